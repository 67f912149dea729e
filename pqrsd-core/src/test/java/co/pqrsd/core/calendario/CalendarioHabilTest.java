package co.pqrsd.core.calendario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarioHabilTest {

	private final CalendarioFestivos festivos = new CalendarioFestivos(FestivosNacionales.reglas());

	private final CalendarioHabil calendario = new CalendarioHabil(festivos, JornadaLaboral.predeterminada(),
			List.of(new Cierre(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), TipoCierre.CIERRE, "Decreto 200",
					LocalDate.of(2026, 12, 1), "Nochebuena")));

	@Test
	void distingueDiasHabilesFinesDeSemanaFestivosYCierres() {
		assertThat(calendario.esHabil(LocalDate.of(2026, 11, 23))).isTrue();
		assertThat(calendario.motivo(LocalDate.of(2026, 11, 21)).orElseThrow().clase())
			.isEqualTo(MotivoNoHabil.Clase.FIN_DE_SEMANA);
		assertThat(calendario.motivo(LocalDate.of(2026, 11, 16)).orElseThrow().descripcion())
			.contains("Independencia de Cartagena");
		assertThat(calendario.motivo(LocalDate.of(2026, 12, 24)).orElseThrow().descripcion()).contains("Decreto 200")
			.contains("Nochebuena");
	}

	@Test
	void unFestivoEnDomingoDiceQueCaeEnDomingo() {
		assertThat(calendario.motivo(LocalDate.of(2025, 7, 20)).orElseThrow().descripcion())
			.contains("Día de la Independencia")
			.contains("domingo");
	}

	@Test
	void elDiaUnoEsElPrimerHabilSiguiente() {
		assertThat(calendario.habilNumero(LocalDate.of(2025, 3, 15), 1)).isEqualTo("2025-03-17");
		assertThat(calendario.habilNumero(LocalDate.of(2026, 3, 31), 2)).isEqualTo("2026-04-06");
	}

	@Test
	void cuentaHabilesEntreDosFechas() {
		assertThat(calendario.habilesEntre(LocalDate.of(2025, 12, 19), LocalDate.of(2026, 1, 14))).isEqualTo(15);
		assertThat(calendario.habilesEntre(LocalDate.of(2026, 1, 14), LocalDate.of(2025, 12, 19))).isZero();
	}

	@Test
	void unaJornadaDeLunesASabadoHaceHabilElSabado() {
		CalendarioHabil conSabado = new CalendarioHabil(festivos,
				new JornadaLaboral(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0),
						LocalTime.of(12, 0)),
				List.of());
		assertThat(conSabado.esHabil(LocalDate.of(2026, 11, 21))).isTrue();
		assertThat(conSabado.esHabil(LocalDate.of(2026, 11, 22))).isFalse();
	}

}
