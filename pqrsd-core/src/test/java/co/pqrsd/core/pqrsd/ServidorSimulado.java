package co.pqrsd.core.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import co.pqrsd.core.comun.Colombia;

/**
 * What the server will do with the domain, hour by hour: recompute the plan after every
 * change, send what is due and not yet sent, call the engine's actions at their due time,
 * and switch calendars when the entity declares a closure ({@code CalendarioModificado}).
 */
final class ServidorSimulado {

	private Pqrsd caso;

	private Plazos plazos;

	private final Set<String> enviadas = new HashSet<>();

	private final List<String> registro = new ArrayList<>();

	private final TreeMap<Instant, Plazos> cambiosDeCalendario = new TreeMap<>();

	private final TreeMap<Instant, UnaryOperator<Pqrsd>> acciones = new TreeMap<>();

	ServidorSimulado(Pqrsd caso, Plazos plazos) {
		this.caso = caso;
		this.plazos = plazos;
	}

	/** The entity declares a closure (or revokes one) at that instant. */
	ServidorSimulado cambiaElCalendarioEl(String fechaHora, Plazos nuevos) {
		cambiosDeCalendario.put(Escenario.bogota(fechaHora), nuevos);
		return this;
	}

	/** Someone acts on the case at that instant. */
	ServidorSimulado actuaEl(String fechaHora, UnaryOperator<Pqrsd> accion) {
		acciones.put(Escenario.bogota(fechaHora), accion);
		return this;
	}

	/**
	 * Walks hour by hour from {@code desde} to {@code hasta} (inclusive).
	 * @return the avisos sent, as "TIPO yyyy-MM-ddTHH:mm" in Colombia, in order
	 */
	List<String> recorrer(String desde, String hasta) {
		Instant fin = Escenario.bogota(hasta);
		for (Instant t = Escenario.bogota(desde); !t.isAfter(fin); t = t.plus(1, ChronoUnit.HOURS)) {
			Map.Entry<Instant, Plazos> cambio = cambiosDeCalendario.floorEntry(t);
			if (cambio != null) {
				plazos = cambio.getValue();
			}
			UnaryOperator<Pqrsd> accion = acciones.remove(t);
			if (accion != null) {
				caso = accion.apply(caso);
			}
			for (Aviso a : PlanAvisos.pendientes(PlanAvisos.de(caso, plazos), enviadas, t)) {
				assertThat(enviadas.add(a.clave())).as("el aviso %s se envía una sola vez", a.clave()).isTrue();
				registro.add(a.tipo() + " " + LocalDateTime.ofInstant(a.programadoPara(), Colombia.ZONA));
				verificarColor(a, t);
				if (a.tipo() == Aviso.Tipo.VENCIMIENTO) {
					caso = caso.vencer(Actor.sistema(), plazos, t).pqrsd();
				}
				if (a.tipo() == Aviso.Tipo.PLAZO_PETICIONARIO_VENCIDO) {
					caso = caso.vencerPlazoPeticionario(Actor.sistema(), plazos, t).pqrsd();
				}
			}
		}
		return registro;
	}

	Pqrsd caso() {
		return caso;
	}

	Plazos plazos() {
		return plazos;
	}

	private void verificarColor(Aviso a, Instant t) {
		var color = plazos.situacion(caso, Plazos.fecha(t)).color();
		if (a.tipo() == Aviso.Tipo.SEMAFORO_AMARILLO) {
			assertThat(color).as("color el día del aviso %s", a.clave())
				.isEqualTo(co.pqrsd.core.terminos.Semaforo.Color.AMARILLO);
		}
		if (a.tipo() == Aviso.Tipo.SEMAFORO_ROJO) {
			assertThat(color).as("color el día del aviso %s", a.clave())
				.isEqualTo(co.pqrsd.core.terminos.Semaforo.Color.ROJO);
		}
	}

}
