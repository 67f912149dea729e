package co.pqrsd.core.pqrsd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.pqrsd.HechoPqrsd.AdvertenciaRegistrada;
import org.jspecify.annotations.Nullable;

/**
 * A mutable copy of a case, used only inside one action to build the next immutable case.
 */
final class CambioPqrsd {

	private final Pqrsd de;

	String dependencia;

	@Nullable String asignadoA;

	EstadoPqrsd estado;

	Etapa etapa;

	final List<Requerimiento> requerimientos;

	@Nullable Prorroga prorroga;

	@Nullable Respuesta respuesta;

	@Nullable Comunicacion comunicacion;

	final List<ConsultaInterna> consultas;

	@Nullable Traslado traslado;

	@Nullable Desistimiento desistimiento;

	@Nullable LocalDate venceEntregaCopias;

	final List<Advertencia> advertencias;

	final List<Paso> historial;

	CambioPqrsd(Pqrsd p) {
		this.de = p;
		this.dependencia = p.dependencia();
		this.asignadoA = p.asignadoA();
		this.estado = p.estado();
		this.etapa = p.etapa();
		this.requerimientos = new ArrayList<>(p.requerimientos());
		this.prorroga = p.prorroga();
		this.respuesta = p.respuesta();
		this.comunicacion = p.comunicacion();
		this.consultas = new ArrayList<>(p.consultas());
		this.traslado = p.traslado();
		this.desistimiento = p.desistimiento();
		this.venceEntregaCopias = p.venceEntregaCopias();
		this.advertencias = new ArrayList<>(p.advertencias());
		this.historial = new ArrayList<>(p.historial());
	}

	/** Moves to a new state and holder, closing the current step of the timeline. */
	CambioPqrsd paso(EstadoPqrsd nuevoEstado, Etapa nuevaEtapa, String nuevaDependencia, @Nullable String responsable,
			Instant ahora, String accion) {
		this.estado = nuevoEstado;
		this.etapa = nuevaEtapa;
		this.dependencia = nuevaDependencia;
		this.asignadoA = responsable;
		int ultimo = historial.size() - 1;
		historial.set(ultimo, historial.get(ultimo).cerradoEn(ahora));
		historial.add(new Paso(nuevoEstado, nuevaEtapa, nuevaDependencia, responsable, ahora,
				nuevoEstado.abierta() ? null : ahora, accion));
		return this;
	}

	AdvertenciaRegistrada advertir(String codigo, String mensaje, Instant ahora) {
		Advertencia a = new Advertencia(codigo, mensaje, ahora);
		advertencias.add(a);
		return new AdvertenciaRegistrada(de.radicado(), ahora, a);
	}

	Pqrsd crear() {
		return new Pqrsd(de.radicado(), de.etiqueta(), de.modalidad(), de.canal(), de.anonimo(), de.prioridades(),
				de.pruebaPrioridad(), de.denunciaCorrupcion(), de.recibido(), dependencia, asignadoA, estado, etapa,
				requerimientos, prorroga, respuesta, comunicacion, consultas, traslado, desistimiento,
				venceEntregaCopias, advertencias, historial);
	}

}
