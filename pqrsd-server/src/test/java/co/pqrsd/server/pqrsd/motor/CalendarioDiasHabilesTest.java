package co.pqrsd.server.pqrsd.motor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.Cierre;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.calendario.TipoCierre;
import co.pqrsd.core.comun.Colombia;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.junit.jupiter.api.Test;

/**
 * The business calendar {@code diasHabiles} resolves a plazo on the entity's calendar
 * (national festivos, Monday to Friday, declared closures) and the engine's clock.
 */
class CalendarioDiasHabilesTest {

	private static final Instant VIERNES_20_MARZO = Instant.parse("2026-03-20T15:00:00Z");

	private final List<Cierre> cierres = new ArrayList<>();

	private Instant ahora = VIERNES_20_MARZO;

	private final CalendarioDiasHabiles calendario = new CalendarioDiasHabiles(new RelojMotor(new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return Colombia.ZONA;
		}

		@Override
		public Clock withZone(java.time.ZoneId zona) {
			return this;
		}

		@Override
		public Instant instant() {
			return ahora;
		}
	}), () -> new CalendarioHabil(new CalendarioFestivos(FestivosNacionales.reglas()), JornadaLaboral.predeterminada(),
			cierres), Colombia.ZONA);

	/*
	 * hoy (Bogotá) | plazo | vence (medianoche que cierra el día, Bogotá) vie 2026-03-20
	 * 10:00 | P1D | mar 2026-03-24 (lun 23 San José, festivo) lun 2026-03-30 10:00 | P3D
	 * | lun 2026-04-06 (jueves y viernes santos) vie 2026-03-20 10:00 | P1D, cierre mar
	 * 24 | mié 2026-03-25 vie 2026-03-20 10:00 | 2026-03-21 (sábado) | mar 2026-03-24 vie
	 * 2026-03-20 10:00 | 2026-03-24T08:00-05:00 | ese instante vie 2026-03-20 10:00 |
	 * PT4H | 14:00 del mismo día (tiempo corrido)
	 */
	@Test
	void unDiaHabilDesdeElViernesAntesDelLunesFestivoVenceElMartes() {
		assertThat(calendario.resolveDuedate("P1D").toInstant()).isEqualTo(Instant.parse("2026-03-25T05:00:00Z"));
	}

	@Test
	void tresDiasHabilesSaltanJuevesYViernesSantos() {
		ahora = Instant.parse("2026-03-30T15:00:00Z");
		assertThat(calendario.resolveDuedate("P3D").toInstant()).isEqualTo(Instant.parse("2026-04-07T05:00:00Z"));
	}

	@Test
	void unCierreDeclaradoCorreElVencimiento() {
		cierres.add(new Cierre(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 24), TipoCierre.CIERRE, "Resolución 10",
				LocalDate.of(2026, 3, 1), "Traslado de sede"));
		assertThat(calendario.resolveDuedate("P1D").toInstant()).isEqualTo(Instant.parse("2026-03-26T05:00:00Z"));
	}

	@Test
	void unUltimoDiaNoHabilPasaAlSiguienteHabil() {
		assertThat(calendario.resolveDuedate("2026-03-21").toInstant())
			.isEqualTo(Instant.parse("2026-03-25T05:00:00Z"));
	}

	@Test
	void unInstanteConZonaSeRespeta() {
		assertThat(calendario.resolveDuedate("2026-03-24T08:00-05:00").toInstant())
			.isEqualTo(Instant.parse("2026-03-24T13:00:00Z"));
	}

	@Test
	void unaDuracionEnHorasEsTiempoCorrido() {
		assertThat(calendario.resolveDuedate("PT4H").toInstant()).isEqualTo(VIERNES_20_MARZO.plusSeconds(4 * 3600));
	}

	@Test
	void rechazaUnPlazoIlegibleOFueraDelCalendario() {
		assertThatThrownBy(() -> calendario.resolveDuedate("mañana"))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("mañana");
		assertThatThrownBy(() -> calendario.resolveDuedate("2101-01-03"))
			.isInstanceOf(FlowableIllegalArgumentException.class)
			.hasMessageContaining("2101-01-03");
	}

	@Test
	void elRelojDelMotorSigueAlRelojInyectado() {
		RelojMotor reloj = new RelojMotor(Clock.fixed(VIERNES_20_MARZO, Colombia.ZONA));
		assertThat(reloj.getCurrentTime().toInstant()).isEqualTo(VIERNES_20_MARZO);
		assertThat(reloj.getCurrentTimeZone().getID()).isEqualTo("America/Bogota");
		assertThatThrownBy(() -> reloj.setCurrentTime(new java.util.Date())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reloj inyectado");
		assertThatThrownBy(() -> reloj.setCurrentCalendar(java.util.Calendar.getInstance()))
			.isInstanceOf(IllegalStateException.class);
		assertThat(reloj.getCurrentTime().toInstant()).as("nada cambió la hora").isEqualTo(VIERNES_20_MARZO);
	}

}
