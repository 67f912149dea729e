package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.ANA;
import static co.pqrsd.core.pqrsd.Escenario.JEFE;
import static co.pqrsd.core.pqrsd.Escenario.PLANEACION;
import static co.pqrsd.core.pqrsd.Escenario.SISTEMA;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import co.pqrsd.core.comun.Colombia;
import org.jspecify.annotations.Nullable;

/**
 * Test-data builder:
 * {@code UnaPqrsd.peticion().deModalidad("DOCUMENTOS").recibidaEl(...)}.
 */
final class UnaPqrsd {

	private static int consecutivo = 1;

	private Etiqueta etiqueta = Etiqueta.PETICION;

	private @Nullable String modalidad = "GENERAL";

	private Canal canal = Canal.FORMULARIO_WEB;

	private boolean anonima;

	private final Set<Prioridad> prioridades = EnumSet.noneOf(Prioridad.class);

	private @Nullable String prueba;

	private boolean denuncia;

	private Instant recibida = Escenario.bogota("2026-09-07T09:00");

	private Plazos plazos = Escenario.PLAZOS;

	private UnaPqrsd() {
	}

	static UnaPqrsd peticion() {
		return new UnaPqrsd();
	}

	static UnaPqrsd conEtiqueta(Etiqueta etiqueta) {
		UnaPqrsd b = new UnaPqrsd();
		b.etiqueta = etiqueta;
		b.modalidad = etiqueta.tieneTermino() ? "GENERAL" : null;
		return b;
	}

	UnaPqrsd deModalidad(String codigo) {
		this.modalidad = codigo;
		return this;
	}

	/**
	 * @param fechaHora in Colombia, e.g. "2026-01-09T10:00"
	 */
	UnaPqrsd recibidaEl(String fechaHora) {
		this.recibida = Escenario.bogota(fechaHora);
		return this;
	}

	UnaPqrsd porCanal(Canal canal) {
		this.canal = canal;
		return this;
	}

	UnaPqrsd anonima() {
		this.anonima = true;
		return this;
	}

	UnaPqrsd deCorrupcion() {
		this.etiqueta = Etiqueta.DENUNCIA;
		this.denuncia = true;
		return this;
	}

	UnaPqrsd conPrioridad(Prioridad prioridad, @Nullable String prueba) {
		this.prioridades.add(prioridad);
		this.prueba = prueba;
		return this;
	}

	UnaPqrsd con(Plazos plazos) {
		this.plazos = plazos;
		return this;
	}

	SolicitudPqrsd solicitud() {
		return new SolicitudPqrsd("20260001234" + (consecutivo++) + "2", etiqueta, modalidad, canal, anonima,
				prioridades, prueba, denuncia, OffsetDateTime.ofInstant(recibida, Colombia.ZONA), PLANEACION);
	}

	/** State RADICADA. */
	Pqrsd radicada() {
		return Pqrsd.radicar(solicitud(), plazos, recibida).pqrsd();
	}

	/** State EN_REPARTO. */
	Pqrsd enReparto() {
		return radicada().enviarAReparto(SISTEMA, plazos, recibida).pqrsd();
	}

	/** State EN_TRAMITE, assigned to Ana by her jefe the same day. */
	Pqrsd asignada() {
		return enReparto().asignar(ANA.usuario(), JEFE, plazos, recibida.plusSeconds(3600)).pqrsd();
	}

}
