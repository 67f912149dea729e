package co.pqrsd.core.riesgos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The methodology versions read from their data files (domain-rules.md §5). */
class MetodologiaTest {

	static final Metodologia V6 = Metodologias.porId("DAFP_V6");

	static final Metodologia GUIA_2015 = Metodologias.porId("CORRUPCION_2015");

	static List<Boolean> respuestasSi(int... preguntas) {
		List<Boolean> r = new ArrayList<>(Collections.nCopies(19, false));
		for (int p : preguntas) {
			r.set(p - 1, true);
		}
		return r;
	}

	static List<Boolean> primerasSi(int cuantas) {
		List<Boolean> r = new ArrayList<>(Collections.nCopies(19, false));
		for (int i = 0; i < cuantas; i++) {
			r.set(i == 15 ? 18 : i, true);
		}
		return r;
	}

	@Nested
	class Version {

		/*
		 * vigencia | metodología 2019, 2020 | Guía de riesgos de corrupción 2015 2021,
		 * 2022 | DAFP v5 2023 en adelante | DAFP v6 (v7 sin parametrizar)
		 */
		@ParameterizedTest
		@CsvSource({ "2019,CORRUPCION_2015", "2020,CORRUPCION_2015", "2021,DAFP_V5", "2022,DAFP_V5", "2023,DAFP_V6",
				"2026,DAFP_V6" })
		void eligeLaVersionPorVigencia(int vigencia, String id) {
			assertThat(Metodologias.porVigencia(vigencia).id()).isEqualTo(id);
		}

		@Test
		void rechazaUnaVersionDesconocida() {
			assertThatThrownBy(() -> Metodologias.porId("DAFP_V9")).isInstanceOf(ErrorDominio.class)
				.extracting("codigo")
				.isEqualTo("METODOLOGIA_DESCONOCIDA");
		}

		@Test
		void traeLasDiecinuevePreguntasDeImpacto() {
			assertThat(V6.preguntas()).hasSize(19).element(15).asString().contains("vidas humanas");
			assertThat(GUIA_2015.preguntas()).isEqualTo(V6.preguntas());
		}

	}

	@Nested
	class ProbabilidadPorFrecuencia {

		/* veces por año | nivel (R-RSK-1, domain-rules.md §5.2) */
		@ParameterizedTest
		@CsvSource({ "0,MUY_BAJA", "2,MUY_BAJA", "3,BAJA", "24,BAJA", "25,MEDIA", "500,MEDIA", "501,ALTA", "5000,ALTA",
				"5001,MUY_ALTA", "1000000,MUY_ALTA" })
		void derivaElNivelDeLaFrecuenciaAnual(int veces, String nivel) {
			assertThat(V6.probabilidadPorFrecuencia(veces).codigo()).isEqualTo(nivel);
		}

		@Test
		void rechazaFrecuenciaNegativa() {
			assertThatThrownBy(() -> V6.probabilidadPorFrecuencia(-1)).extracting("codigo")
				.isEqualTo("FRECUENCIA_INVALIDA");
		}

		@Test
		void laGuiaDe2015NoDerivaLaProbabilidadDeLaFrecuencia() {
			assertThatThrownBy(() -> GUIA_2015.probabilidadPorFrecuencia(10)).extracting("codigo")
				.isEqualTo("CRITERIO_PROBABILIDAD");
		}

	}

	@Nested
	class ImpactoDeCorrupcion {

		/* respuestas «Sí» | impacto (R-RSK-2); nunca Leve ni Menor */
		@ParameterizedTest
		@CsvSource({ "0,MODERADO", "1,MODERADO", "5,MODERADO", "6,MAYOR", "11,MAYOR", "12,CATASTROFICO",
				"18,CATASTROFICO" })
		void clasificaPorNumeroDeRespuestasAfirmativas(int si, String impacto) {
			ImpactoCuestionario r = V6.impactoCorrupcion(primerasSi(si));
			assertThat(r.nivel().codigo()).isEqualTo(impacto);
			assertThat(r.afirmativas()).isEqualTo(si);
		}

		@Test
		void diecinueveSiEsCatastrofico() {
			assertThat(V6.impactoCorrupcion(Collections.nCopies(19, true)).nivel().codigo()).isEqualTo("CATASTROFICO");
		}

		@Test
		void lasVidasHumanasHacenCatastroficoAunConUnSoloSi() {
			ImpactoCuestionario r = V6.impactoCorrupcion(respuestasSi(16));
			assertThat(r.nivel().codigo()).isEqualTo("CATASTROFICO");
			assertThat(r.explicacion()).contains("pregunta 16");
		}

		@Test
		void rechazaUnCuestionarioIncompleto() {
			assertThatThrownBy(() -> V6.impactoCorrupcion(Collections.nCopies(18, false))).extracting("codigo")
				.isEqualTo("CUESTIONARIO_INCOMPLETO");
		}

	}

	@Nested
	class MapaDeCalor {

		/*
		 * domain-rules.md §5.4 (filas = probabilidad, columnas = impacto): Leve Menor
		 * Moderado Mayor Catastrófico Muy alta Alto Alto Alto Alto Extremo Alta Moderado
		 * Moderado Alto Alto Extremo Media Moderado Moderado Moderado Alto Extremo Baja
		 * Bajo Moderado Moderado Alto Extremo Muy baja Bajo Bajo Moderado Alto Extremo
		 */
		@ParameterizedTest(name = "{0} × {1} = {2}")
		@CsvSource({ "MUY_ALTA,LEVE,ALTO", "MUY_ALTA,MENOR,ALTO", "MUY_ALTA,MODERADO,ALTO", "MUY_ALTA,MAYOR,ALTO",
				"MUY_ALTA,CATASTROFICO,EXTREMO", "ALTA,LEVE,MODERADO", "ALTA,MENOR,MODERADO", "ALTA,MODERADO,ALTO",
				"ALTA,MAYOR,ALTO", "ALTA,CATASTROFICO,EXTREMO", "MEDIA,LEVE,MODERADO", "MEDIA,MENOR,MODERADO",
				"MEDIA,MODERADO,MODERADO", "MEDIA,MAYOR,ALTO", "MEDIA,CATASTROFICO,EXTREMO", "BAJA,LEVE,BAJO",
				"BAJA,MENOR,MODERADO", "BAJA,MODERADO,MODERADO", "BAJA,MAYOR,ALTO", "BAJA,CATASTROFICO,EXTREMO",
				"MUY_BAJA,LEVE,BAJO", "MUY_BAJA,MENOR,BAJO", "MUY_BAJA,MODERADO,MODERADO", "MUY_BAJA,MAYOR,ALTO",
				"MUY_BAJA,CATASTROFICO,EXTREMO" })
		void daLaZonaDeCadaUnaDeLasVeinticincoCeldas(String probabilidad, String impacto, ZonaRiesgo zona) {
			assertThat(V6.zona(V6.probabilidad(probabilidad), V6.impacto(impacto))).isEqualTo(zona);
			assertThat(Metodologias.porId("DAFP_V5").zona(V6.probabilidad(probabilidad), V6.impacto(impacto)))
				.isEqualTo(zona);
		}

		/*
		 * Guía 2015 (sin confirmar; dos celdas corroboradas por una hoja de 2020):
		 * Moderado(5) Mayor(10) Catastrófico(20) Casi seguro Alta Extrema Extrema
		 * Probable Alta Extrema Extrema Posible Moderada Alta Extrema Improbable Baja
		 * Moderada Alta Rara vez Baja Baja Moderada
		 */
		@ParameterizedTest(name = "{0} × {1} = {2}")
		@CsvSource({ "CASI_SEGURO,MODERADO,ALTO", "CASI_SEGURO,MAYOR,EXTREMO", "CASI_SEGURO,CATASTROFICO,EXTREMO",
				"PROBABLE,MODERADO,ALTO", "PROBABLE,MAYOR,EXTREMO", "PROBABLE,CATASTROFICO,EXTREMO",
				"POSIBLE,MODERADO,MODERADO", "POSIBLE,MAYOR,ALTO", "POSIBLE,CATASTROFICO,EXTREMO",
				"IMPROBABLE,MODERADO,BAJO", "IMPROBABLE,MAYOR,MODERADO", "IMPROBABLE,CATASTROFICO,ALTO",
				"RARA_VEZ,MODERADO,BAJO", "RARA_VEZ,MAYOR,BAJO", "RARA_VEZ,CATASTROFICO,MODERADO" })
		void laGuiaDe2015TieneSuPropiaMatriz(String probabilidad, String impacto, ZonaRiesgo zona) {
			assertThat(GUIA_2015.zona(GUIA_2015.probabilidad(probabilidad), GUIA_2015.impacto(impacto)))
				.isEqualTo(zona);
		}

		@Test
		void rechazaUnNivelQueLaVersionNoTiene() {
			assertThatThrownBy(() -> GUIA_2015.impacto("LEVE")).extracting("codigo").isEqualTo("NIVEL_DESCONOCIDO");
		}

	}

	@Nested
	class ZonaResidual {

		/*
		 * valor residual | nivel (0–20 → 1.º, más de 20 hasta 40 → 2.º, …; sin redondear)
		 */
		@ParameterizedTest
		@CsvSource({ "0,MUY_BAJA", "20,MUY_BAJA", "20.0001,BAJA", "40,BAJA", "40.0001,MEDIA", "60,MEDIA",
				"60.0001,ALTA", "80,ALTA", "80.0001,MUY_ALTA", "100,MUY_ALTA" })
		void ubicaLaProbabilidadResidualPorRangos(BigDecimal valor, String nivel) {
			assertThat(V6.nivelProbabilidad(valor).codigo()).isEqualTo(nivel);
		}

		@ParameterizedTest
		@CsvSource({ "20,LEVE", "20.5,MENOR", "40,MENOR", "41,MODERADO", "60,MODERADO", "60.1,MAYOR", "80,MAYOR",
				"80.01,CATASTROFICO" })
		void ubicaElImpactoResidualPorRangos(BigDecimal valor, String nivel) {
			assertThat(V6.nivelImpacto(valor).codigo()).isEqualTo(nivel);
		}

		/*
		 * prob | impacto | zona 20 | 60 | Moderado (Muy baja × Moderado) 20.01 | 40 |
		 * Moderado (Baja × Menor) 40 | 20 | Bajo (Baja × Leve) 60 | 60 | Moderado (Media
		 * × Moderado) 60.01 | 60 | Alto (Alta × Moderado) 80 | 40 | Moderado (Alta ×
		 * Menor) 80.01 | 40 | Alto (Muy alta × Menor) 28.8 | 80 | Alto (Baja × Mayor) 100
		 * | 80.01 | Extremo (Muy alta × Catastrófico)
		 */
		@ParameterizedTest
		@CsvSource({ "20,60,MODERADO", "20.01,40,MODERADO", "40,20,BAJO", "60,60,MODERADO", "60.01,60,ALTO",
				"80,40,MODERADO", "80.01,40,ALTO", "28.8,80,ALTO", "100,80.01,EXTREMO" })
		void daLaZonaDeValoresResidualesEnLosLimites(BigDecimal probabilidad, BigDecimal impacto, ZonaRiesgo zona) {
			assertThat(V6.zonaResidual(probabilidad, impacto)).isEqualTo(zona);
		}

	}

	@Nested
	class Controles {

		static final Control PREVENTIVO_MANUAL = Control.de("Secretario de Hacienda", "verifica",
				"cada pago contra el registro presupuestal", TipoControl.PREVENTIVO, ImplementacionControl.MANUAL);

		static final Control DETECTIVO_AUTOMATICO = Control.de("Profesional de sistemas", "revisa",
				"el reporte diario de alertas", TipoControl.DETECTIVO, ImplementacionControl.AUTOMATICO);

		static final Control CORRECTIVO_AUTOMATICO = Control.de("Jefe de contratación", "suspende",
				"el proceso ante una alerta", TipoControl.CORRECTIVO, ImplementacionControl.AUTOMATICO);

		/*
		 * tipo + implementación | peso (R-RSK-6) preventivo manual | 40; preventivo
		 * automático | 50; correctivo manual | 25
		 */
		@ParameterizedTest
		@CsvSource({ "PREVENTIVO,MANUAL,40", "PREVENTIVO,AUTOMATICO,50", "DETECTIVO,MANUAL,30",
				"DETECTIVO,AUTOMATICO,40", "CORRECTIVO,MANUAL,25", "CORRECTIVO,AUTOMATICO,35" })
		void pesaTipoMasImplementacion(TipoControl tipo, ImplementacionControl implementacion, BigDecimal peso) {
			assertThat(V6.peso(Control.de("Cargo", "hace", "algo", tipo, implementacion))).isEqualByComparingTo(peso);
		}

		/*
		 * R-RSK-7: inherente 80 % (Alta); preventivo manual 40 % → 48 % (Media);
		 * detectivo automático 40 % → 28,8 % (Baja)
		 */
		@Test
		void aplicaLosControlesUnoTrasOtroSobreElValorQueDejaElAnterior() {
			EvaluacionRiesgo e = V6.evaluar(TipoRiesgo.GESTION, 1000, V6.probabilidad("ALTA"), V6.impacto("MAYOR"), "",
					List.of(PREVENTIVO_MANUAL, DETECTIVO_AUTOMATICO));
			assertThat(e.pasos()).extracting(PasoControl::despues)
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(new BigDecimal("48"), new BigDecimal("28.8"));
			assertThat(e.nivelProbabilidadResidual().codigo()).isEqualTo("BAJA");
			assertThat(e.zonaInherente()).isEqualTo(ZonaRiesgo.ALTO);
			assertThat(e.zonaResidual()).isEqualTo(ZonaRiesgo.ALTO);
		}

		@Test
		void elOrdenDeLosControlesNoCambiaElResultado() {
			EvaluacionRiesgo a = V6.evaluar(TipoRiesgo.GESTION, null, V6.probabilidad("ALTA"), V6.impacto("MAYOR"), "",
					List.of(PREVENTIVO_MANUAL, DETECTIVO_AUTOMATICO));
			EvaluacionRiesgo b = V6.evaluar(TipoRiesgo.GESTION, null, V6.probabilidad("ALTA"), V6.impacto("MAYOR"), "",
					List.of(DETECTIVO_AUTOMATICO, PREVENTIVO_MANUAL));
			assertThat(a.probabilidadResidual()).isEqualByComparingTo(b.probabilidadResidual());
		}

		/* gestión: Mayor 80 % con correctivo automático 35 % → 52 % (Moderado) */
		@Test
		void unControlCorrectivoMueveElImpactoDeUnRiesgoDeGestion() {
			EvaluacionRiesgo e = V6.evaluar(TipoRiesgo.GESTION, null, V6.probabilidad("MEDIA"), V6.impacto("MAYOR"), "",
					List.of(CORRECTIVO_AUTOMATICO));
			assertThat(e.impactoResidual()).isEqualByComparingTo("52");
			assertThat(e.nivelImpactoResidual().codigo()).isEqualTo("MODERADO");
			assertThat(e.zonaResidual()).isEqualTo(ZonaRiesgo.MODERADO);
		}

		/*
		 * corrupción: Catastrófico 100 % con correctivo automático → sigue en 100 %
		 * (R-RSK-8)
		 */
		@Test
		void elImpactoDeUnRiesgoDeCorrupcionNoSeMueveConControles() {
			EvaluacionRiesgo e = V6.evaluarCorrupcion(30, primerasSi(12),
					List.of(CORRECTIVO_AUTOMATICO, PREVENTIVO_MANUAL, DETECTIVO_AUTOMATICO, CORRECTIVO_AUTOMATICO));
			assertThat(e.impacto().codigo()).isEqualTo("CATASTROFICO");
			assertThat(e.impactoResidual()).isEqualByComparingTo("100");
			assertThat(e.nivelImpactoResidual().codigo()).isEqualTo("CATASTROFICO");
			assertThat(e.zonaResidual()).isEqualTo(ZonaRiesgo.EXTREMO);
			assertThat(e.pasos()).filteredOn(p -> p.control().tipo() == TipoControl.CORRECTIVO)
				.allSatisfy(p -> assertThat(p.desplaza()).isFalse())
				.allSatisfy(p -> assertThat(p.explicacion()).contains("solo se mueve la probabilidad"));
			// 60 → 36 → 21,6: Media → Baja
			assertThat(e.probabilidadResidual()).isEqualByComparingTo("21.6");
			assertThat(e.nivelProbabilidadResidual().codigo()).isEqualTo("BAJA");
		}

		/*
		 * corrupción: Moderado con probabilidad Alta es Alto; el control la baja a Media
		 * → Moderado
		 */
		@Test
		void unRiesgoDeCorrupcionModeradoBajaDeZonaSoloPorLaProbabilidad() {
			EvaluacionRiesgo e = V6.evaluarCorrupcion(600, primerasSi(3), List.of(PREVENTIVO_MANUAL));
			assertThat(e.zonaInherente()).isEqualTo(ZonaRiesgo.ALTO);
			assertThat(e.probabilidadResidual()).isEqualByComparingTo("48");
			assertThat(e.zonaResidual()).isEqualTo(ZonaRiesgo.MODERADO);
			assertThat(e.frecuenciaAnual()).isEqualTo(600);
			assertThat(e.metodologia()).isEqualTo("DAFP_V6");
		}

		@Test
		void rechazaUnRiesgoDeCorrupcionConImpactoMenorQueModerado() {
			assertThatThrownBy(() -> V6.evaluar(TipoRiesgo.CORRUPCION, 5, V6.probabilidad("BAJA"), V6.impacto("MENOR"),
					"", List.of()))
				.extracting("codigo")
				.isEqualTo("IMPACTO_NO_ADMITIDO");
		}

		@Test
		void laGuiaDe2015NoValoraControles() {
			assertThatThrownBy(() -> GUIA_2015.evaluar(TipoRiesgo.CORRUPCION, null, GUIA_2015.probabilidad("POSIBLE"),
					GUIA_2015.impacto("MAYOR"), "", List.of(PREVENTIVO_MANUAL)))
				.extracting("codigo")
				.isEqualTo("CONTROLES_NO_PARAMETRIZADOS");
		}

		@Test
		void sinControlesElResidualEsElInherente() {
			EvaluacionRiesgo e = GUIA_2015.evaluar(TipoRiesgo.CORRUPCION, null, GUIA_2015.probabilidad("POSIBLE"),
					GUIA_2015.impacto("MAYOR"), "", List.of());
			assertThat(e.zonaResidual()).isEqualTo(e.zonaInherente()).isEqualTo(ZonaRiesgo.ALTO);
		}

		@Test
		void rechazaUnControlSinResponsable() {
			assertThatThrownBy(
					() -> Control.de(" ", "verifica", "", TipoControl.PREVENTIVO, ImplementacionControl.MANUAL))
				.extracting("codigo")
				.isEqualTo("CONTROL_INCOMPLETO");
		}

	}

}
