package co.pqrsd.server.comun;

import java.util.Map;

import co.pqrsd.core.comun.ConflictoDeEstado;

/** The request clashes with what is stored, e.g. a duplicate code (HTTP 409). */
public class Conflicto extends ConflictoDeEstado {

	public Conflicto(String codigo, String mensaje) {
		super(codigo, mensaje);
	}

	public Conflicto(String codigo, String mensaje, Map<String, Object> parametros) {
		super(codigo, mensaje, parametros);
	}

}
