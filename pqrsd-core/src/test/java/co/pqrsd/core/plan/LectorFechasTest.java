package co.pqrsd.core.plan;

import static co.pqrsd.core.plan.Datos.CALENDARIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The due-date forms of the Sesquilé 2023 and Paz de Ariporo 2021 seeds and issue #10.
 */
class LectorFechasTest {

	private static FechaCumplimiento leer(String texto) {
		return LectorFechas.leer(texto, 2023);
	}

	@Nested
	class UnaFecha {

		/* texto (vigencia 2023) | fecha */
		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "30 de junio | 2023-06-30", "31 de Enero | 2023-01-31", "28 de Febrero | 2023-02-28",
						"30 de Diciembre | 2023-12-30", "30 diciembre | 2023-12-30",
						"A 31 de diciembre de 2023 | 2023-12-31", "a 31 de diciembre del 2024 | 2024-12-31",
						"2021-03-25 | 2021-03-25", "25/03/2021 | 2021-03-25", "antes del 31 de marzo | 2023-03-31",
						"  31 de marzo. | 2023-03-31", "15 de SETIEMBRE | 2023-09-15" })
		void leeUnaFecha(String texto, LocalDate fecha) {
			assertThat(leer(texto)).isEqualTo(new FechaCumplimiento.Unica(texto, fecha));
		}

		@Test
		void conservaElTextoOriginal() {
			assertThat(leer("30 de Junio").texto()).isEqualTo("30 de Junio");
			assertThat(leer("30 de Junio").descripcion()).isEqualTo("El 30 de junio de 2023");
		}

	}

	@Nested
	class Rango {

		/* texto | desde | hasta */
		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "1 de enero - 30 de junio | 2023-01-01 | 2023-06-30",
				"1 de julio a 30 de Diciembre | 2023-07-01 | 2023-12-30",
				"1 de enero 30 de junio | 2023-01-01 | 2023-06-30",
				"1 enero a 30 de Diciembre | 2023-01-01 | 2023-12-30",
				"30 de marzo a 30 diciembre | 2023-03-30 | 2023-12-30",
				"1 de julio – 31 de diciembre | 2023-07-01 | 2023-12-31",
				"desde el 15 de mayo hasta el 15 de agosto | 2023-05-15 | 2023-08-15",
				"entre el 1 de febrero y el 28 de febrero | 2023-02-01 | 2023-02-28",
				"1 de diciembre al 31 de enero | 2023-12-01 | 2024-01-31",
				"Enero a diciembre | 2023-01-01 | 2023-12-31", "febrero - noviembre | 2023-02-01 | 2023-11-30",
				"Junio | 2023-06-01 | 2023-06-30", "Durante la vigencia | 2023-01-01 | 2023-12-31",
				"Primer semestre | 2023-01-01 | 2023-06-30", "segundo semestre de 2023 | 2023-07-01 | 2023-12-31",
				"tercer trimestre | 2023-07-01 | 2023-09-30" })
		void leeUnRango(String texto, LocalDate desde, LocalDate hasta) {
			FechaCumplimiento f = leer(texto);
			assertThat(f).isEqualTo(new FechaCumplimiento.Rango(texto, desde, hasta));
			assertThat(f.vencimientos(CALENDARIO)).containsExactly(hasta);
		}

		@Test
		void describeElRango() {
			assertThat(leer("1 de julio - 31 de diciembre").descripcion())
				.isEqualTo("Del 1 de julio de 2023 al 31 de diciembre de 2023");
		}

	}

	@Nested
	class VariasFechas {

		@Test
		void leeLasFechasDeSeguimientoDelMapaDeRiesgos() {
			assertThat(leer("30 de Abril 30 de Agosto 30 de Diciembre").vencimientos(CALENDARIO))
				.containsExactly(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 8, 30), LocalDate.of(2023, 12, 30));
		}

		/* 10 de mayo, 10 de septiembre y 10 de enero: enero es del año siguiente */
		@Test
		void unaFechaAnteriorALaPrecedentePasaAlAnioSiguiente() {
			assertThat(leer("10 de Mayo 10 de septiembre 10 de enero").vencimientos(CALENDARIO))
				.containsExactly(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 9, 10), LocalDate.of(2024, 1, 10));
		}

		@Test
		void leeFechasTrimestralesYSemestrales() {
			assertThat(leer("30 de Marzo 30 de Junio 30 de Septiembre 30 de Diciembre").vencimientos(CALENDARIO))
				.hasSize(4);
			assertThat(leer("30 de Junio 30 de Diciembre")).isInstanceOf(FechaCumplimiento.Varias.class);
			assertThat(leer("30 de junio y 30 de diciembre").vencimientos(CALENDARIO))
				.containsExactly(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 12, 30));
			assertThat(leer("31 de marzo, 30 de junio, 30 de septiembre").vencimientos(CALENDARIO)).hasSize(3);
		}

	}

	@Nested
	class Recurrencias {

		/*
		 * Sesquilé: un informe mensual que vence el día 5 del mes siguiente; el de
		 * diciembre, el 5 de enero
		 */
		@Test
		void mensualCincoPrimerosDiasDelMesSiguiente() {
			FechaCumplimiento f = leer("Mensual, cinco primeros días del mes siguiente");
			assertThat(f).isEqualTo(new Recurrencia("Mensual, cinco primeros días del mes siguiente",
					Periodicidad.MENSUAL, 2023, 5, false));
			assertThat(f.vencimientos(CALENDARIO)).hasSize(12)
				.startsWith(LocalDate.of(2023, 2, 5))
				.endsWith(LocalDate.of(2024, 1, 5));
		}

		@Test
		void semestralmenteCincoPrimerosDiasDelMesSiguiente() {
			assertThat(leer("semestralmente, cinco primeros días del mes siguiente").vencimientos(CALENDARIO))
				.containsExactly(LocalDate.of(2023, 7, 5), LocalDate.of(2024, 1, 5));
		}

		/*
		 * 5 primeros días hábiles de julio de 2023: 4, 5, 6, 7 y 10 de julio (3 de julio,
		 * San Pedro)
		 */
		@Test
		void cuentaLosDiasHabilesDelMesSiguienteConElCalendario() {
			assertThat(
					leer("Semestral, dentro de los 5 primeros días hábiles del mes siguiente").vencimientos(CALENDARIO))
				.first()
				.isEqualTo(LocalDate.of(2023, 7, 10));
		}

		/* periodicidad | vencimientos en 2023 */
		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "Trimestral | 2023-03-31,2023-06-30,2023-09-30,2023-12-31",
				"Trimestralmente | 2023-03-31,2023-06-30,2023-09-30,2023-12-31", "Semestral | 2023-06-30,2023-12-31",
				"Cuatrimestral | 2023-04-30,2023-08-31,2023-12-31", "Anual | 2023-12-31", "cada año | 2023-12-31",
				"Cada 4 meses | 2023-04-30,2023-08-31,2023-12-31",
				"cada tres meses | 2023-03-31,2023-06-30,2023-09-30,2023-12-31",
				"Bimestral | 2023-02-28,2023-04-30,2023-06-30,2023-08-31,2023-10-31,2023-12-31" })
		void venceAlFinalDeCadaPeriodo(String texto, String fechas) {
			assertThat(leer(texto).vencimientos(CALENDARIO)).map(LocalDate::toString)
				.containsExactly(fechas.split(","));
		}

		@ParameterizedTest
		@ValueSource(strings = { "Permanente", "permanentemente", "Continuo", "Cada vez que se requiera", "A demanda" })
		void permanenteEsUnaRecurrenciaSinFechasQueConservaElTexto(String texto) {
			FechaCumplimiento f = leer(texto);
			assertThat(f).isInstanceOfSatisfying(Recurrencia.class,
					r -> assertThat(r.periodicidad()).isEqualTo(Periodicidad.PERMANENTE));
			assertThat(f.texto()).isEqualTo(texto);
			assertThat(f.vencimientos(CALENDARIO)).isEmpty();
		}

		@Test
		void unDetalleDesconocidoSeConservaEnElTexto() {
			FechaCumplimiento f = leer("Trimestral (según cronograma del comité)");
			assertThat(f).isInstanceOf(Recurrencia.class);
			assertThat(f.texto()).isEqualTo("Trimestral (según cronograma del comité)");
			assertThat(f.vencimientos(CALENDARIO)).hasSize(4);
		}

	}

	@Nested
	class Ilegibles {

		/* texto | motivo */
		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "'' | está vacía", "31 de junio | el 31 de junio de 2023 no existe",
						"29 de febrero | el 29 de febrero de 2023 no existe",
						"Cuando Dios quiera | no se reconoce ninguna fecha",
						"30 de junio o cuando se pueda | no se entiende «o cuando se pueda»",
						"hacia el 30 de junio | no se entiende «hacia el» antes de la fecha",
						"30 de junio pero 31 de julio | no se entiende «pero» entre las fechas",
						"cada 5 meses | no divide el año", "quinto semestre | no se reconoce ninguna fecha",
						"30 de diciembre a 1 de enero de 2023 | el rango termina antes de empezar" })
		void daLaRazon(String texto, String motivo) {
			assertThatThrownBy(() -> leer(texto)).isInstanceOfSatisfying(ErrorDominio.class, e -> {
				assertThat(e.codigo()).isEqualTo("FECHA_ILEGIBLE");
				assertThat(e.getMessage()).contains(motivo).contains("No se pudo leer la fecha de cumplimiento");
			});
		}

	}

}
