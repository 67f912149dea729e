package co.pqrsd.core.plan;

import static co.pqrsd.core.plan.Datos.CALENDARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.Cierre;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.calendario.TipoCierre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain-rules.md §6.3, R-PAAC-4: the publication deadline is the 10th business day. */
class CortesSeguimientoTest {

	private final CortesSeguimiento cortes = new CortesSeguimiento(CALENDARIO);

	/*
	 * vigencia | corte | fecha de corte | límite de publicación (domain-rules.md §6.3)
	 * 2023 | 3 | 31-dic-2023 | 2024-01-16 (1 y 8 de enero festivos) 2024 | 1 |
	 * 30-abr-2024 | 2024-05-16 (1 y 13 de mayo festivos) 2024 | 2 | 31-ago-2024 |
	 * 2024-09-13 2024 | 3 | 31-dic-2024 | 2025-01-16 (1 y 6 de enero) 2025 | 1 |
	 * 30-abr-2025 | 2025-05-15 2025 | 2 | 31-ago-2025 | 2025-09-12 2025 | 3 | 31-dic-2025
	 * | 2026-01-16 2026 | 1 | 30-abr-2026 | 2026-05-15 2026 | 2 | 31-ago-2026 |
	 * 2026-09-14 2026 | 3 | 31-dic-2026 | 2027-01-18 2027 | 1 | 30-abr-2027 | 2027-05-17
	 * 2027 | 2 | 31-ago-2027 | 2027-09-14
	 */
	@ParameterizedTest
	@CsvSource({ "2023,3,2023-12-31,2024-01-16", "2024,1,2024-04-30,2024-05-16", "2024,2,2024-08-31,2024-09-13",
			"2024,3,2024-12-31,2025-01-16", "2025,1,2025-04-30,2025-05-15", "2025,2,2025-08-31,2025-09-12",
			"2025,3,2025-12-31,2026-01-16", "2026,1,2026-04-30,2026-05-15", "2026,2,2026-08-31,2026-09-14",
			"2026,3,2026-12-31,2027-01-18", "2027,1,2027-04-30,2027-05-17", "2027,2,2027-08-31,2027-09-14" })
	void publicaEnElDecimoDiaHabilDelMesSiguiente(int vigencia, int numero, LocalDate fecha, LocalDate limite) {
		Corte corte = cortes.corte(vigencia, numero);
		assertThat(corte.fecha()).isEqualTo(fecha);
		assertThat(corte.limitePublicacion()).isEqualTo(limite);
	}

	@Test
	void hayTresCortesAlAnioNoLosDeLaSemillaDeSesquile() {
		assertThat(cortes.cortes(2023)).extracting(Corte::fecha)
			.containsExactly(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 8, 31), LocalDate.of(2023, 12, 31));
	}

	/* un cierre de la entidad el 2 y 3 de mayo de 2024 corre el límite al 20 de mayo */
	@Test
	void losCierresDeLaEntidadCorrenElLimite() {
		CalendarioHabil conCierre = new CalendarioHabil(CALENDARIO.festivos(), JornadaLaboral.predeterminada(),
				List.of(new Cierre(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 3), TipoCierre.CIERRE,
						"Resolución 100 de 2024", LocalDate.of(2024, 4, 20), "Traslado de sede")));
		assertThat(new CortesSeguimiento(conCierre).corte(2024, 1).limitePublicacion())
			.isEqualTo(LocalDate.of(2024, 5, 20));
	}

	@Test
	void rechazaUnCorteQueNoExiste() {
		assertThatThrownBy(() -> cortes.corte(2024, 4)).extracting("codigo").isEqualTo("CORTE_DESCONOCIDO");
	}

	/* hoy | siguiente corte por publicar */
	@ParameterizedTest
	@CsvSource({ "2026-01-10,2025,3", "2026-01-16,2025,3", "2026-01-17,2026,1", "2026-05-15,2026,1",
			"2026-06-01,2026,2", "2026-12-01,2026,3" })
	void daElSiguienteCortePorPublicar(LocalDate hoy, int vigencia, int numero) {
		assertThat(cortes.siguiente(hoy)).get()
			.extracting(Corte::vigencia, Corte::numero)
			.containsExactly(vigencia, numero);
	}

	@Test
	void nombraElCorte() {
		assertThat(cortes.corte(2024, 2).nombre()).isEqualTo("Seguimiento 2 de 2024 (corte 31 de agosto de 2024)");
	}

}
