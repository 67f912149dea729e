package co.pqrsd.core.plan;

import static co.pqrsd.core.plan.Datos.CALENDARIO;
import static co.pqrsd.core.plan.Datos.PAAC;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.plan.CalificacionPlan.Agregacion;
import co.pqrsd.core.plan.Datos.UnaActividad;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * domain-rules.md R-PAAC-5 and R-PAAC-6, with the rules stated on
 * {@link CalificacionPlan}.
 */
class CalificacionPlanTest {

	private static final CortesSeguimiento CORTES = new CortesSeguimiento(CALENDARIO);

	private static final Corte ABRIL = CORTES.corte(2024, 1);

	private static final Corte AGOSTO = CORTES.corte(2024, 2);

	private static final Corte DICIEMBRE = CORTES.corte(2024, 3);

	private static VersionPlan version(Actividad... actividades) {
		return new VersionPlan(1, List.of(actividades), Instant.parse("2024-01-20T15:00:00Z"), "planeacion", null);
	}

	private static BigDecimal programado(String meta, String fecha, Corte corte) {
		return CalificacionPlan.programado(UnaActividad.conCodigo("1.1").conMeta(meta).para(fecha).build(),
				corte.fecha(), CALENDARIO);
	}

	@Nested
	class MetaExigibleAlCorte {

		/*
		 * meta | fecha | abril | agosto | diciembre 3 | 30 abr, 31 ago, 31 dic | 1 | 2 |
		 * 3 1 | 30 de junio | 0 | 1 | 1 12 | mensual, 5 días del mes siguiente | 3 | 7 |
		 * 11 (el de diciembre vence en enero) 12 | permanente | 4 | 8 | 12 100 % | 30 de
		 * diciembre | 0 | 0 | 100 100 % | mensual | 100 | 100 | 100 90 % | permanente |
		 * 90 | 90 | 90 2 | 1 de enero - 31 de diciembre | 0 | 0 | 2
		 */
		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "3 | 30 de abril 31 de agosto 31 de diciembre | 1 | 2 | 3", "1 | 30 de junio | 0 | 1 | 1",
						"12 | Mensual, cinco primeros días del mes siguiente | 3 | 7 | 11",
						"12 | Permanente | 4 | 8 | 12", "100% | 30 de diciembre | 0 | 0 | 100",
						"100% | Mensual, cinco primeros días del mes siguiente | 100 | 100 | 100",
						"90% | Permanente | 90 | 90 | 90", "2 | 1 de enero - 31 de diciembre | 0 | 0 | 2" })
		void programaLaParteDeLaMetaVencidaAlCorte(String meta, String fecha, BigDecimal abril, BigDecimal agosto,
				BigDecimal diciembre) {
			assertThat(programado(meta, fecha, ABRIL)).isEqualByComparingTo(abril);
			assertThat(programado(meta, fecha, AGOSTO)).isEqualByComparingTo(agosto);
			assertThat(programado(meta, fecha, DICIEMBRE)).isEqualByComparingTo(diciembre);
		}

		@Test
		void unaActividadSinNadaExigibleNoCuentaComoCero() {
			VersionPlan v = version(UnaActividad.conCodigo("1.1").para("30 de junio").build(),
					UnaActividad.conCodigo("1.2").para("31 de marzo").build());
			CalificacionPlan c = CalificacionPlan.calcular(PAAC, v, ABRIL, Map.of("1.2", BigDecimal.ONE), CALENDARIO,
					Agregacion.PROMEDIO_DE_ACTIVIDADES);
			CalificacionActividad junio = c.componentes().get(0).actividades().get(0);
			assertThat(junio.exigible()).isFalse();
			assertThat(junio.porcentaje()).isNull();
			assertThat(junio.atrasada()).isFalse();
			assertThat(c.porcentaje()).isEqualByComparingTo("100");
			assertThat(c.programadas()).isEqualTo(1);
		}

	}

	@Nested
	class Porcentajes {

		/*
		 * actividad | programado | verificado | % 1.1 | 3 | 2 | 66,67 (amarillo,
		 * atrasada) 1.2 | 1 | 2 | 100 (tope) 1.3 | 90 % | 45 | 50 (rojo) 2.1 | 1 | sin
		 * verificar | 0 (rojo) componente 1 = (66,67 + 100 + 50) / 3 = 72,22; plan =
		 * (66,67 + 100 + 50 + 0) / 4 = 54,17
		 */
		@Test
		void calificaPorActividadComponenteYPlan() {
			VersionPlan v = version(
					UnaActividad.conCodigo("1.1").conMeta("3").para("30 de abril 31 de agosto 31 de diciembre").build(),
					UnaActividad.conCodigo("1.2").para("31 de marzo").build(),
					UnaActividad.conCodigo("1.3").conMeta("90%").para("30 de noviembre").build(),
					UnaActividad.conCodigo("2.1").enComponente("PAAC_2").para("30 de junio").build());
			CalificacionPlan c = CalificacionPlan.calcular(PAAC, v, DICIEMBRE,
					Map.of("1.1", BigDecimal.valueOf(2), "1.2", BigDecimal.valueOf(2), "1.3", BigDecimal.valueOf(45)),
					CALENDARIO, Agregacion.PROMEDIO_DE_ACTIVIDADES);
			List<CalificacionActividad> uno = c.componentes().get(0).actividades();
			assertThat(uno.get(0).porcentaje()).isEqualByComparingTo("66.66666666666667");
			assertThat(uno.get(0).semaforo()).isEqualTo(SemaforoPlan.AMARILLO);
			assertThat(uno.get(1).porcentaje()).isEqualByComparingTo("100");
			assertThat(uno.get(2).porcentaje()).isEqualByComparingTo("50");
			CalificacionComponente componente1 = c.componentes().get(0);
			assertThat(componente1.porcentaje()).isBetween(new BigDecimal("72.22"), new BigDecimal("72.23"));
			assertThat(componente1.programadas()).isEqualTo(3);
			assertThat(componente1.cumplidas()).isEqualTo(1);
			CalificacionActividad sinVerificar = c.componentes().get(1).actividades().get(0);
			assertThat(sinVerificar.verificada()).isFalse();
			assertThat(sinVerificar.porcentaje()).isEqualByComparingTo("0");
			assertThat(c.porcentaje()).isBetween(new BigDecimal("54.16"), new BigDecimal("54.17"));
			assertThat(c.semaforo()).isEqualTo(SemaforoPlan.ROJO);
			assertThat(c.atrasadas()).extracting(a -> a.actividad().codigo()).containsExactly("1.1", "1.3", "2.1");
			assertThat(c.componentes()).hasSize(6);
			assertThat(c.componentes().get(2).porcentaje()).isNull();
		}

		/* plan = promedio de componentes: (72,22 + 0) / 2 = 36,11 */
		@Test
		void puedePromediarPorComponentes() {
			VersionPlan v = version(UnaActividad.conCodigo("1.1").build(), UnaActividad.conCodigo("1.2").build(),
					UnaActividad.conCodigo("2.1").enComponente("PAAC_2").build());
			CalificacionPlan porActividades = CalificacionPlan.calcular(PAAC, v, AGOSTO,
					Map.of("1.1", BigDecimal.ONE, "1.2", BigDecimal.ONE), CALENDARIO,
					Agregacion.PROMEDIO_DE_ACTIVIDADES);
			CalificacionPlan porComponentes = CalificacionPlan.calcular(PAAC, v, AGOSTO,
					Map.of("1.1", BigDecimal.ONE, "1.2", BigDecimal.ONE), CALENDARIO,
					Agregacion.PROMEDIO_DE_COMPONENTES);
			assertThat(porActividades.porcentaje()).isBetween(new BigDecimal("66.66"), new BigDecimal("66.67"));
			assertThat(porComponentes.porcentaje()).isEqualByComparingTo("50");
		}

		/* pesos 3 y 1: (100 × 3 + 0 × 1) / 4 = 75 */
		@Test
		void ponderaPorElPesoDeLaActividad() {
			VersionPlan v = version(UnaActividad.conCodigo("1.1").conPeso(3).build(),
					UnaActividad.conCodigo("1.2").conPeso(1).build());
			CalificacionPlan c = CalificacionPlan.calcular(PAAC, v, AGOSTO, Map.of("1.1", BigDecimal.ONE), CALENDARIO,
					Agregacion.PROMEDIO_DE_ACTIVIDADES);
			assertThat(c.porcentaje()).isEqualByComparingTo("75");
		}

		@Test
		void unPlanSinNadaExigibleNoTieneSemaforo() {
			CalificacionPlan c = CalificacionPlan.calcular(PAAC, version(UnaActividad.conCodigo("1.1").build()), ABRIL,
					Map.of(), CALENDARIO, Agregacion.PROMEDIO_DE_ACTIVIDADES);
			assertThat(c.porcentaje()).isNull();
			assertThat(c.semaforo()).isNull();
		}

	}

	@Nested
	class Semaforo {

		/* porcentaje sin redondear | color | se muestra */
		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "0 | ROJO | 0,0 %", "59 | ROJO | 59,0 %", "59.5 | ROJO | 59,5 %", "59.999 | ROJO | 59,9 %",
						"60 | AMARILLO | 60,0 %", "79.99 | AMARILLO | 79,9 %", "80 | VERDE | 80,0 %",
						"100 | VERDE | 100,0 %" })
		void decideElColorSobreElValorSinRedondear(BigDecimal porcentaje, SemaforoPlan color, String mostrado) {
			assertThat(SemaforoPlan.de(porcentaje)).isEqualTo(color);
			assertThat(SemaforoPlan.mostrar(porcentaje)).isEqualTo(mostrado);
		}

		/* 3 de 5 = 60 % exacto: amarillo, sin errores de coma flotante */
		@Test
		void tresDeCincoEsAmarillo() {
			VersionPlan v = version(UnaActividad.conCodigo("1.1").conMeta("5").para("31 de marzo").build());
			CalificacionPlan c = CalificacionPlan.calcular(PAAC, v, ABRIL, Map.of("1.1", BigDecimal.valueOf(3)),
					CALENDARIO, Agregacion.PROMEDIO_DE_ACTIVIDADES);
			assertThat(c.porcentaje()).isEqualByComparingTo("60");
			assertThat(c.semaforo()).isEqualTo(SemaforoPlan.AMARILLO);
		}

	}

	@Test
	void elCorteDeDiciembreCalificaHastaElTreintaYUno() {
		assertThat(DICIEMBRE.fecha()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

}
