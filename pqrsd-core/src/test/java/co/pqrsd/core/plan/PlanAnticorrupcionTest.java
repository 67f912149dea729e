package co.pqrsd.core.plan;

import static co.pqrsd.core.plan.Datos.PAAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.plan.Datos.UnaActividad;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanAnticorrupcionTest {

	/* 31 de enero de 2024, 18:00 en Bogotá */
	private static final Instant ENERO = Instant.parse("2024-01-31T23:00:00Z");

	private static final List<Actividad> ACTIVIDADES = List.of(UnaActividad.conCodigo("1.1").build(),
			UnaActividad.conCodigo("3.1").enComponente("PAAC_3").build());

	private static PlanAnticorrupcion borrador() {
		return PlanAnticorrupcion.crear("Alcaldía de Sesquilé", 2024, PAAC, ACTIVIDADES);
	}

	@Nested
	class Plantillas {

		/* vigencia | plantilla (R-PTEP-1: PAAC hasta 2024, PTEP desde 2025) */
		@ParameterizedTest
		@CsvSource({ "2021,PAAC_V2", "2024,PAAC_V2", "2025,PTEP_2024", "2028,PTEP_2024" })
		void eligeLaPlantillaPorVigencia(int vigencia, String plantilla) {
			assertThat(co.pqrsd.core.plan.Plantillas.porVigencia(vigencia).codigo()).isEqualTo(plantilla);
		}

		@Test
		void laPlantillaPaacTieneSeisComponentes() {
			assertThat(PAAC.componentes()).extracting(ComponentePlantilla::nombre)
				.containsExactly("Gestión del riesgo de corrupción – Mapa de riesgos de corrupción",
						"Racionalización de trámites", "Rendición de cuentas",
						"Mecanismos para mejorar la atención al ciudadano",
						"Mecanismos para la transparencia y acceso a la información", "Iniciativas adicionales");
		}

		@Test
		void laPlantillaPtepSigueElArticulo73() {
			assertThat(co.pqrsd.core.plan.Plantillas.porCodigo("PTEP_2024").componentes()).hasSize(6)
				.first()
				.extracting(ComponentePlantilla::nombre)
				.isEqualTo("Medidas de debida diligencia");
		}

		/* celda «Componente» | componente reconocido */
		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "Componente 1. Gestión del Riesgo | PAAC_1", "Componente Atención ciudadano | PAAC_4",
						"Componente Rendición cuentas | PAAC_3",
						"COMPONENTE 5: TRANSPARENCIA Y ACCESO A LA INFORMACIÓN | PAAC_5",
						"Componente 6. Iniciativas adicionales | PAAC_6", "Componente 2 | PAAC_2" })
		void reconoceElComponentePorSusPalabras(String celda, String codigo) {
			assertThat(PAAC.reconocer(celda)).get().extracting(ComponentePlantilla::codigo).isEqualTo(codigo);
		}

		@Test
		void noReconoceLoQueNoEsComponente() {
			assertThat(PAAC.reconocer("Consolidación del documento")).isEmpty();
		}

	}

	@Nested
	class Borrador {

		@Test
		void rechazaUnComponenteFueraDeLaPlantilla() {
			List<Actividad> otras = List.of(UnaActividad.conCodigo("1.1").enComponente("PTEP_A").build());
			assertThatThrownBy(() -> PlanAnticorrupcion.crear("Alcaldía", 2024, PAAC, otras)).extracting("codigo")
				.isEqualTo("COMPONENTE_FUERA_DE_PLANTILLA");
		}

		@Test
		void rechazaCodigosRepetidos() {
			List<Actividad> repetidas = List.of(UnaActividad.conCodigo("1.1").build(),
					UnaActividad.conCodigo("1.1").build());
			assertThatThrownBy(() -> PlanAnticorrupcion.crear("Alcaldía", 2024, PAAC, repetidas)).extracting("codigo")
				.isEqualTo("ACTIVIDAD_DUPLICADA");
		}

		@Test
		void noSePublicaSinActividades() {
			assertThatThrownBy(() -> PlanAnticorrupcion.crear("Alcaldía", 2024, PAAC, List.of()).publicar("p", ENERO))
				.extracting("codigo")
				.isEqualTo("PLAN_SIN_ACTIVIDADES");
		}

		@Test
		void unBorradorNoTieneVersionVigente() {
			assertThatThrownBy(() -> borrador().versionVigente()).extracting("codigo").isEqualTo("PLAN_NO_PUBLICADO");
			assertThatThrownBy(() -> borrador().ajustar(ACTIVIDADES, "motivo", "p", ENERO)).extracting("codigo")
				.isEqualTo("PLAN_NO_PUBLICADO");
		}

	}

	@Nested
	class Versiones {

		@Test
		void publicarCreaLaVersionUno() {
			PlanAnticorrupcion plan = borrador().publicar("secretario.planeacion", ENERO);
			assertThat(plan.versionVigente().numero()).isEqualTo(1);
			assertThat(plan.versionVigente().motivo()).isNull();
			assertThat(plan.actividades()).isEqualTo(ACTIVIDADES);
			assertThat(plan.publicadoATiempo()).isTrue();
		}

		/* 1 de febrero de 2024 a las 00:30 en Bogotá: fuera del 31 de enero (R-PAAC-1) */
		@Test
		void sabeSiSePublicoDespuesDelTreintaYUnoDeEnero() {
			assertThat(borrador().publicar("p", Instant.parse("2024-02-01T05:30:00Z")).publicadoATiempo()).isFalse();
			assertThat(borrador().publicadoATiempo()).isFalse();
		}

		@Test
		void unPlanPublicadoSoloCambiaPorAjusteMotivado() {
			PlanAnticorrupcion plan = borrador().publicar("p", ENERO);
			assertThatThrownBy(() -> plan.conActividades(ACTIVIDADES)).extracting("codigo").isEqualTo("PLAN_PUBLICADO");
			assertThatThrownBy(() -> plan.publicar("p", ENERO)).extracting("codigo").isEqualTo("PLAN_PUBLICADO");
			assertThatThrownBy(() -> plan.ajustar(ACTIVIDADES, "  ", "p", ENERO)).extracting("codigo")
				.isEqualTo("AJUSTE_SIN_MOTIVO");
		}

		@Test
		void elAjusteGuardaQuienCuandoYPorQue() {
			Instant junio = Instant.parse("2024-06-10T15:00:00Z");
			List<Actividad> nuevas = List.of(UnaActividad.conCodigo("1.1").build());
			PlanAnticorrupcion plan = borrador().publicar("p", ENERO)
				.ajustar(nuevas, "Se retira la actividad 3.1 por decisión del comité", "jefe.planeacion", junio);
			VersionPlan v2 = plan.versionVigente();
			assertThat(v2.numero()).isEqualTo(2);
			assertThat(v2.publicadaPor()).isEqualTo("jefe.planeacion");
			assertThat(v2.publicadaEn()).isEqualTo(junio);
			assertThat(v2.motivo()).contains("comité");
			assertThat(plan.versiones()).hasSize(2);
			assertThat(plan.versionAl(LocalDate.of(2024, 4, 30)).numero()).isEqualTo(1);
			assertThat(plan.versionAl(LocalDate.of(2024, 8, 31)).numero()).isEqualTo(2);
		}

		@Test
		void unAjusteNoPuedeSerAnteriorALaVersionVigente() {
			PlanAnticorrupcion plan = borrador().publicar("p", ENERO);
			assertThatThrownBy(() -> plan.ajustar(ACTIVIDADES, "motivo", "p", Instant.parse("2024-01-01T00:00:00Z")))
				.extracting("codigo")
				.isEqualTo("AJUSTE_ANTERIOR_A_LA_VERSION");
		}

		@Test
		void noHayVersionAntesDeLaPublicacion() {
			PlanAnticorrupcion plan = borrador().publicar("p", ENERO);
			assertThatThrownBy(() -> plan.versionAl(LocalDate.of(2024, 1, 15))).extracting("codigo")
				.isEqualTo("PLAN_NO_PUBLICADO");
		}

	}

}
