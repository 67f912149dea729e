package co.pqrsd.core.riesgos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RiesgoTest {

	static final Metodologia V6 = MetodologiaTest.V6;

	static final RedaccionRiesgo REDACCION = new RedaccionRiesgo("Recibir dádivas",
			"aprovechando la facultad de aprobar licencias de construcción", "en el trámite de licencias urbanísticas",
			"para favorecer a un particular");

	static final AccionTratamiento ACCION = new AccionTratamiento("Implementar la doble revisión de licencias",
			"Secretario de Planeación", LocalDate.of(2026, 6, 30), "Actas de revisión");

	/** Test-data builder: a corruption risk already evaluated. */
	static Riesgo unRiesgoDeCorrupcion(int frecuencia, int respuestasSi) {
		Riesgo r = Riesgo.identificar("RC-01", "Gestión de licencias", TipoRiesgo.CORRUPCION,
				List.of("Concentración de funciones"), REDACCION, List.of("Pérdida de confianza"));
		return r.evaluar(V6.evaluarCorrupcion(frecuencia, MetodologiaTest.primerasSi(respuestasSi), List.of()), V6);
	}

	static Riesgo unRiesgoDeGestion(String probabilidad, String impacto) {
		Riesgo r = Riesgo.identificar("RG-01", "Gestión documental", TipoRiesgo.GESTION, List.of("Falta de personal"),
				new RedaccionRiesgo("", "", "", ""), List.of());
		return r.evaluar(
				V6.evaluar(TipoRiesgo.GESTION, null, V6.probabilidad(probabilidad), V6.impacto(impacto), "", List.of()),
				V6);
	}

	@Nested
	class Redaccion {

		@Test
		void informaQueParteFalta() {
			RedaccionRiesgo r = new RedaccionRiesgo("Omitir la verificación de requisitos", "", "en la contratación",
					" ");
			assertThat(r.faltantes()).containsExactly(ParteRedaccion.USO_DEL_PODER, ParteRedaccion.BENEFICIO_PRIVADO);
			assertThat(r.completa()).isFalse();
		}

		@Test
		void unRiesgoDeCorrupcionNoSeIdentificaConRedaccionIncompleta() {
			RedaccionRiesgo r = new RedaccionRiesgo("Omitir la verificación de requisitos", "usando el cargo",
					"en la contratación", "");
			assertThatThrownBy(() -> Riesgo.identificar("RC-02", "Contratación", TipoRiesgo.CORRUPCION,
					List.of("Presión de terceros"), r, List.of()))
				.isInstanceOfSatisfying(ErrorDominio.class, e -> {
					assertThat(e.codigo()).isEqualTo("REDACCION_INCOMPLETA");
					assertThat(e.getMessage()).contains("Beneficio privado").contains("favorecer a un tercero");
					assertThat(e.parametros()).containsEntry("faltantes", List.of("BENEFICIO_PRIVADO"));
				});
		}

		@Test
		void componeLaFraseDelRiesgo() {
			assertThat(REDACCION.texto())
				.isEqualTo("Posibilidad de recibir dádivas aprovechando la facultad de aprobar "
						+ "licencias de construcción en el trámite de licencias urbanísticas para favorecer a un particular.");
		}

		@Test
		void revisaUnaRedaccionLibreCompleta() {
			RevisionRedaccion r = RevisionRedaccion.revisar("Posibilidad de recibir o solicitar cualquier dádiva o "
					+ "beneficio a nombre propio o de un tercero, usando el cargo, en el trámite de licencias de construcción");
			assertThat(r.completa()).isTrue();
			assertThat(r.encontradas()).containsEntry(ParteRedaccion.USO_DEL_PODER, "cargo");
		}

		@Test
		void unaRedaccionLibreSinBeneficioNiPoderSeSenala() {
			RevisionRedaccion r = RevisionRedaccion.revisar("Pérdida de expedientes en el trámite de licencias");
			assertThat(r.faltantes()).containsExactly(ParteRedaccion.ACCION_U_OMISION, ParteRedaccion.USO_DEL_PODER,
					ParteRedaccion.BENEFICIO_PRIVADO);
			assertThat(r.mensaje()).startsWith("Revise la redacción; parece faltar: Acción u omisión.");
		}

		@Test
		void unRiesgoSinCausaNoSeIdentifica() {
			assertThatThrownBy(() -> Riesgo.identificar("RC-03", "Contratación", TipoRiesgo.CORRUPCION, List.of(""),
					REDACCION, List.of()))
				.extracting("codigo")
				.isEqualTo("RIESGO_SIN_CAUSA");
		}

	}

	@Nested
	class Tratamiento {

		@Test
		void unRiesgoDeCorrupcionNuncaSeAcepta() {
			Riesgo r = unRiesgoDeCorrupcion(1, 0);
			assertThat(r.evaluacion().zonaResidual()).isEqualTo(ZonaRiesgo.MODERADO);
			assertThatThrownBy(() -> r.tratar(V6, OpcionTratamiento.ACEPTAR, List.of())).extracting("codigo")
				.isEqualTo("ACEPTAR_NO_PERMITIDO");
		}

		@Test
		void unRiesgoDeCorrupcionSeReduceConPlanDeAccion() {
			Riesgo r = unRiesgoDeCorrupcion(100, 8).tratar(V6, OpcionTratamiento.REDUCIR, List.of(ACCION));
			assertThat(r.tratamiento().opcion()).isEqualTo(OpcionTratamiento.REDUCIR);
			assertThat(r.tratamiento().acciones()).containsExactly(ACCION);
		}

		@Test
		void reducirEvitarOCompartirNecesitanAcciones() {
			assertThatThrownBy(() -> unRiesgoDeCorrupcion(100, 8).tratar(V6, OpcionTratamiento.EVITAR, List.of()))
				.extracting("codigo")
				.isEqualTo("TRATAMIENTO_SIN_ACCIONES");
		}

		@Test
		void unRiesgoDeGestionEnZonaBajaSePuedeAceptar() {
			Riesgo r = unRiesgoDeGestion("MUY_BAJA", "LEVE").tratar(V6, OpcionTratamiento.ACEPTAR, List.of());
			assertThat(r.tratamiento().opcion()).isEqualTo(OpcionTratamiento.ACEPTAR);
		}

		@Test
		void unRiesgoDeGestionFueraDeZonaBajaNoSeAcepta() {
			assertThatThrownBy(
					() -> unRiesgoDeGestion("BAJA", "MENOR").tratar(V6, OpcionTratamiento.ACEPTAR, List.of()))
				.extracting("codigo")
				.isEqualTo("ACEPTAR_FUERA_DE_ZONA");
		}

		@Test
		void unaAccionSinEvidenciaSeRechaza() {
			assertThatThrownBy(() -> new AccionTratamiento("Revisar", "Jefe", LocalDate.of(2026, 1, 1), ""))
				.extracting("codigo")
				.isEqualTo("ACCION_INCOMPLETA");
		}

		@Test
		void noSeTrataUnRiesgoSinEvaluar() {
			Riesgo r = Riesgo.identificar("RC-04", "Contratación", TipoRiesgo.CORRUPCION, List.of("Presión"), REDACCION,
					List.of());
			assertThatThrownBy(() -> r.tratar(V6, OpcionTratamiento.REDUCIR, List.of(ACCION))).extracting("codigo")
				.isEqualTo("RIESGO_SIN_EVALUAR");
		}

	}

	@Nested
	class Materializado {

		static final Materializacion HECHO = new Materializacion(LocalDate.of(2026, 3, 10),
				"Se aprobó una licencia sin el estudio de suelos", Set.of(Materializacion.Autoridad.DISCIPLINARIA),
				"2026-EE-000123");

		@Test
		void obligaAReevaluarAntesDeSeguirConElRiesgo() {
			Riesgo r = unRiesgoDeCorrupcion(100, 8).registrarMaterializacion(HECHO);
			assertThat(r.requiereReevaluacion()).isTrue();
			assertThatThrownBy(r::exigirEvaluacionVigente).extracting("codigo")
				.isEqualTo("RIESGO_MATERIALIZADO_SIN_REEVALUAR");
			assertThatThrownBy(() -> r.tratar(V6, OpcionTratamiento.REDUCIR, List.of(ACCION))).extracting("codigo")
				.isEqualTo("RIESGO_MATERIALIZADO_SIN_REEVALUAR");
		}

		@Test
		void laNuevaEvaluacionLevantaLaExigencia() {
			Riesgo r = unRiesgoDeCorrupcion(100, 8).registrarMaterializacion(HECHO)
				.evaluar(V6.evaluarCorrupcion(600, MetodologiaTest.primerasSi(8), List.of()), V6);
			assertThat(r.requiereReevaluacion()).isFalse();
			assertThat(r.exigirEvaluacionVigente().zonaInherente()).isEqualTo(ZonaRiesgo.ALTO);
			assertThat(r.materializaciones()).containsExactly(HECHO);
		}

		@Test
		void unRiesgoDeCorrupcionMaterializadoSeInformaAUnaAutoridad() {
			Materializacion sinAutoridad = new Materializacion(LocalDate.of(2026, 3, 10), "Hecho", Set.of(), null);
			assertThatThrownBy(() -> unRiesgoDeCorrupcion(100, 8).registrarMaterializacion(sinAutoridad))
				.extracting("codigo")
				.isEqualTo("MATERIALIZACION_SIN_AUTORIDAD");
		}

		@Test
		void noAceptaUnaEvaluacionDeOtroTipoDeRiesgo() {
			EvaluacionRiesgo gestion = V6.evaluar(TipoRiesgo.GESTION, null, V6.probabilidad("BAJA"), V6.impacto("LEVE"),
					"", List.of());
			assertThatThrownBy(() -> unRiesgoDeCorrupcion(100, 8).evaluar(gestion, V6)).extracting("codigo")
				.isEqualTo("TIPO_DE_RIESGO_DISTINTO");
		}

	}

}
