package co.pqrsd.core.calendario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Holiday lists of domain-rules.md §2.3, checked date by date. */
class CalendarioFestivosTest {

	private final CalendarioFestivos calendario = new CalendarioFestivos(FestivosNacionales.reglas());

	@Test
	void calculaLosDieciochoFestivosDe2024() {
		assertThat(fechas(2024)).containsExactly("2024-01-01", "2024-01-08", "2024-03-25", "2024-03-28", "2024-03-29",
				"2024-05-01", "2024-05-13", "2024-06-03", "2024-06-10", "2024-07-01", "2024-07-20", "2024-08-07",
				"2024-08-19", "2024-10-14", "2024-11-04", "2024-11-11", "2024-12-08", "2024-12-25");
	}

	@Test
	void calculaDiecisieteFechasEn2025PorqueDosFestivosCoinciden() {
		assertThat(fechas(2025)).containsExactly("2025-01-01", "2025-01-06", "2025-03-24", "2025-04-17", "2025-04-18",
				"2025-05-01", "2025-06-02", "2025-06-23", "2025-06-30", "2025-07-20", "2025-08-07", "2025-08-18",
				"2025-10-13", "2025-11-03", "2025-11-17", "2025-12-08", "2025-12-25");
		Festivo doble = calendario.festivos(2025)
			.stream()
			.filter(f -> f.fecha().equals(LocalDate.of(2025, 6, 30)))
			.findFirst()
			.orElseThrow();
		assertThat(doble.nombre()).isEqualTo("Sagrado Corazón y San Pedro y San Pablo");
	}

	@Test
	void incluyeChiquinquiraDesde2026TrasladadoAlLunes() {
		assertThat(fechas(2026)).containsExactly("2026-01-01", "2026-01-12", "2026-03-23", "2026-04-02", "2026-04-03",
				"2026-05-01", "2026-05-18", "2026-06-08", "2026-06-15", "2026-06-29", "2026-07-13", "2026-07-20",
				"2026-08-07", "2026-08-17", "2026-10-12", "2026-11-02", "2026-11-16", "2026-12-08", "2026-12-25");
		assertThat(calendario.festivos(2026)).filteredOn(f -> f.fecha().equals(LocalDate.of(2026, 7, 13)))
			.singleElement()
			.satisfies(f -> assertThat(f.fundamento()).isEqualTo("Ley 2578 de 2026, art. 6"));
	}

	@Test
	void calculaLosDiecinueveFestivosDe2027() {
		assertThat(fechas(2027)).containsExactly("2027-01-01", "2027-01-11", "2027-03-22", "2027-03-25", "2027-03-26",
				"2027-05-01", "2027-05-10", "2027-05-31", "2027-06-07", "2027-07-05", "2027-07-12", "2027-07-20",
				"2027-08-07", "2027-08-16", "2027-10-18", "2027-11-01", "2027-11-15", "2027-12-08", "2027-12-25");
	}

	@Test
	void chiquinquiraNoExisteAntesDe2026() {
		assertThat(fechas(2025)).doesNotContain("2025-07-14");
		assertThat(calendario.festivos(2029)).anyMatch(f -> f.fecha().equals(LocalDate.of(2029, 7, 9)));
	}

	@Test
	void calculaPascuaDeAniosConocidos() {
		assertThat(Pascua.domingo(2024)).isEqualTo("2024-03-31");
		assertThat(Pascua.domingo(2025)).isEqualTo("2025-04-20");
		assertThat(Pascua.domingo(2026)).isEqualTo("2026-04-05");
		assertThat(Pascua.domingo(2027)).isEqualTo("2027-03-28");
		assertThat(Pascua.domingo(2100)).isEqualTo("2100-03-28");
	}

	@Test
	void cubreDe1984A2100YRechazaLoDemas() {
		assertThat(calendario.festivos(1984)).hasSizeGreaterThanOrEqualTo(17);
		assertThat(calendario.festivos(2100)).hasSizeGreaterThanOrEqualTo(17);
		assertThatThrownBy(() -> calendario.festivos(1983)).isInstanceOf(FueraDeRango.class)
			.hasMessageContaining("1984 a 2100");
	}

	private List<String> fechas(int anio) {
		return calendario.festivos(anio).stream().map(f -> f.fecha().toString()).toList();
	}

}
