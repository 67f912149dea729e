package co.pqrsd.core.plan;

import static co.pqrsd.core.plan.Datos.CALENDARIO;
import static co.pqrsd.core.plan.Datos.PAAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.plan.Datos.UnaActividad;
import co.pqrsd.core.plan.RegistroSeguimiento.Avance;
import co.pqrsd.core.plan.RegistroSeguimiento.Verificacion;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeguimientoCorteTest {

	private static final Corte AGOSTO = new CortesSeguimiento(CALENDARIO).corte(2024, 2);

	private static final Instant SEPTIEMBRE = Instant.parse("2024-09-05T14:00:00Z");

	private static final VersionPlan VERSION = new VersionPlan(1,
			List.of(UnaActividad.conCodigo("1.1").conMeta("2").para("30 de abril 31 de agosto").build(),
					UnaActividad.conCodigo("1.2").conMeta("100%").para("30 de junio").build()),
			Instant.parse("2024-01-20T15:00:00Z"), "planeacion", null);

	private static final Evidencia ACTA = new Evidencia(Evidencia.Tipo.DOCUMENTO, "acta-comite.pdf", "a".repeat(64));

	private static Avance avance(int valor) {
		return new Avance(BigDecimal.valueOf(valor), "Se hicieron los seguimientos", List.of(ACTA), "jefe.planeacion",
				SEPTIEMBRE);
	}

	private static Verificacion verificacion(int valor) {
		return new Verificacion(BigDecimal.valueOf(valor), "Evidencia suficiente", "jefe.control.interno", SEPTIEMBRE);
	}

	private static SeguimientoCorte conAvances() {
		return SeguimientoCorte.abrir(AGOSTO, VERSION)
			.reportarAvance("1.1", avance(2))
			.verificar("1.1", verificacion(1))
			.verificar("1.2", verificacion(100));
	}

	@Test
	void guardaElReporteYLaVerificacionDeCadaActividad() {
		SeguimientoCorte s = conAvances();
		RegistroSeguimiento r = s.registros().get("1.1");
		assertThat(r.reportado().valor()).isEqualByComparingTo("2");
		assertThat(r.reportado().evidencias()).containsExactly(ACTA);
		assertThat(r.verificado().valor()).isEqualByComparingTo("1");
		assertThat(s.sinVerificar()).isEmpty();
	}

	/* 1.1: 1 de 2 = 50 %; 1.2: 100 de 100 = 100 %; componente 1 = 75 % amarillo */
	@Test
	void calificaConElAvanceVerificadoNoConElReportado() {
		CalificacionPlan c = conAvances().calificar(PAAC, CALENDARIO,
				CalificacionPlan.Agregacion.PROMEDIO_DE_ACTIVIDADES);
		assertThat(c.porcentaje()).isEqualByComparingTo("75");
		assertThat(c.semaforo()).isEqualTo(SemaforoPlan.AMARILLO);
	}

	@Test
	void armaElInformeDelCorte() {
		InformeSeguimiento informe = InformeSeguimiento.de("Alcaldía de Sesquilé", PAAC,
				conAvances().publicar(LocalDate.of(2024, 9, 10), "oci"), CALENDARIO,
				CalificacionPlan.Agregacion.PROMEDIO_DE_ACTIVIDADES);
		assertThat(informe.vigencia()).isEqualTo(2024);
		assertThat(informe.fechaPublicacion()).isEqualTo(LocalDate.of(2024, 9, 10));
		assertThat(informe.componentes()).hasSize(6);
		InformeSeguimiento.Componente riesgo = informe.componentes().get(0);
		assertThat(riesgo.programadas()).isEqualTo(2);
		assertThat(riesgo.cumplidas()).isEqualTo(1);
		assertThat(riesgo.porcentaje()).isEqualByComparingTo("75");
		assertThat(riesgo.actividades().get(0).observaciones()).isEqualTo("Evidencia suficiente");
		assertThat(riesgo.actividades().get(0).evidencias()).containsExactly(ACTA);
		assertThat(riesgo.actividades().get(0).porcentaje()).isEqualByComparingTo("50");
		assertThat(riesgo.actividades().get(0).atrasada()).isTrue();
		assertThat(informe.semaforo()).isEqualTo(SemaforoPlan.AMARILLO);
	}

	@Nested
	class Publicacion {

		@Test
		void unCortePublicadoNoSePuedeEditar() {
			SeguimientoCorte publicado = conAvances().publicar(LocalDate.of(2024, 9, 10), "jefe.control.interno");
			assertThatThrownBy(() -> publicado.reportarAvance("1.1", avance(2))).extracting("codigo")
				.isEqualTo("CORTE_PUBLICADO");
			assertThatThrownBy(() -> publicado.verificar("1.2", verificacion(50))).extracting("codigo")
				.isEqualTo("CORTE_PUBLICADO");
			assertThatThrownBy(() -> publicado.publicar(LocalDate.of(2024, 9, 11), "otro")).extracting("codigo")
				.isEqualTo("CORTE_PUBLICADO");
			assertThat(publicado.registros().get("1.2").verificado().valor()).isEqualByComparingTo("100");
		}

		@Test
		void noSePublicaAntesDeTerminarElCorte() {
			assertThatThrownBy(() -> conAvances().publicar(LocalDate.of(2024, 8, 31), "jefe.control.interno"))
				.extracting("codigo")
				.isEqualTo("CORTE_NO_CERRADO");
		}

		/* límite del corte de agosto de 2024: 13 de septiembre */
		@Test
		void sabeSiSePublicoDentroDeLosDiezDiasHabiles() {
			assertThat(conAvances().publicar(LocalDate.of(2024, 9, 13), "oci").publicadoATiempo()).isTrue();
			assertThat(conAvances().publicar(LocalDate.of(2024, 9, 16), "oci").publicadoATiempo()).isFalse();
			assertThat(conAvances().publicadoATiempo()).isFalse();
		}

	}

	@Nested
	class Rechazos {

		@Test
		void rechazaUnaActividadQueNoEstaEnLaVersion() {
			assertThatThrownBy(() -> SeguimientoCorte.abrir(AGOSTO, VERSION).verificar("9.9", verificacion(1)))
				.extracting("codigo")
				.isEqualTo("ACTIVIDAD_DESCONOCIDA");
		}

		@Test
		void rechazaAvanceNegativoOPorcentajeMayorQueCien() {
			SeguimientoCorte s = SeguimientoCorte.abrir(AGOSTO, VERSION);
			assertThatThrownBy(() -> s.reportarAvance("1.1", avance(-1))).extracting("codigo")
				.isEqualTo("AVANCE_INVALIDO");
			assertThatThrownBy(() -> s.verificar("1.2", verificacion(101))).extracting("codigo")
				.isEqualTo("AVANCE_INVALIDO");
		}

		@Test
		void unDocumentoDeEvidenciaLlevaSuHuella() {
			assertThatThrownBy(() -> new Evidencia(Evidencia.Tipo.DOCUMENTO, "acta.pdf", null)).extracting("codigo")
				.isEqualTo("EVIDENCIA_SIN_HASH");
			assertThat(new Evidencia(Evidencia.Tipo.RADICADO, "2024-ER-000123", null).referencia())
				.isEqualTo("2024-ER-000123");
		}

	}

}
