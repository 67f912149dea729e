package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.ADMIN;
import static co.pqrsd.core.pqrsd.Escenario.ANA;
import static co.pqrsd.core.pqrsd.Escenario.CONTROL_INTERNO;
import static co.pqrsd.core.pqrsd.Escenario.HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.JEFE;
import static co.pqrsd.core.pqrsd.Escenario.JEFE_HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.LUIS;
import static co.pqrsd.core.pqrsd.Escenario.PEDRO_HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.PLAZOS;
import static co.pqrsd.core.pqrsd.Escenario.REPARTIDOR;
import static co.pqrsd.core.pqrsd.Escenario.VENTANILLA;
import static co.pqrsd.core.pqrsd.Escenario.bogota;
import static co.pqrsd.core.pqrsd.Escenario.dia;
import static co.pqrsd.core.pqrsd.Escenario.rechazo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reserve of corruption denuncias and of the denunciante's identity (Ley 1474, art. 76).
 */
class VisibilidadPqrsdTest {

	@Nested
	class DenunciaDeCorrupcion {

		private final Pqrsd enReparto = UnaPqrsd.peticion().deCorrupcion().enReparto();

		private final Pqrsd asignada = enReparto.asignar("ana", JEFE, PLAZOS, bogota("2026-09-07T10:00")).pqrsd();

		@Test
		void esInvisibleParaUnFuncionarioNoAsignado() {
			assertThat(VisibilidadPqrsd.puedeVer(asignada, LUIS)).isFalse();
			assertThat(AccionesPermitidas.evaluar(asignada, LUIS, PLAZOS, bogota("2026-09-08T10:00"))).isEmpty();
			rechazo(() -> asignada.registrarNota("curioseo", LUIS, PLAZOS, bogota("2026-09-08T10:00")),
					"PQRSD_NO_ENCONTRADA");
			assertThat(VisibilidadPqrsd.puedeVer(asignada, JEFE_HACIENDA)).isFalse();
			assertThat(VisibilidadPqrsd.puedeVer(asignada, VENTANILLA)).isFalse();
		}

		@Test
		void laVenControlInternoElAdministradorYLosAsignados() {
			assertThat(VisibilidadPqrsd.puedeVer(asignada, CONTROL_INTERNO)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVer(asignada, ADMIN)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVer(asignada, ANA)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVer(asignada, JEFE)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVerIdentidad(asignada, ANA)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVerIdentidad(asignada, CONTROL_INTERNO)).isTrue();
		}

		@Test
		void elRepartidorLaVeSoloMientrasEsperaReparto() {
			assertThat(VisibilidadPqrsd.puedeVer(enReparto, REPARTIDOR)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVer(asignada, REPARTIDOR)).isFalse();
		}

		@Test
		void laDependenciaConsultadaVeElCasoPeroNoAlDenunciante() {
			Pqrsd consultada = asignada
				.consultarDependencia(HACIENDA, "¿Hay pagos?", dia("2026-09-18"), ANA, PLAZOS,
						bogota("2026-09-08T10:00"))
				.pqrsd();
			assertThat(VisibilidadPqrsd.puedeVer(consultada, PEDRO_HACIENDA)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVerIdentidad(consultada, PEDRO_HACIENDA)).isFalse();
			Pqrsd respondida = consultada.responderConsulta(1, "No", PEDRO_HACIENDA, PLAZOS, bogota("2026-09-09T10:00"))
				.pqrsd();
			assertThat(VisibilidadPqrsd.puedeVer(respondida, PEDRO_HACIENDA)).isFalse();
		}

	}

	@Nested
	class DemasCasos {

		@Test
		void unaPeticionComunLaVeCualquierFuncionario() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			assertThat(VisibilidadPqrsd.puedeVer(caso, LUIS)).isTrue();
			assertThat(VisibilidadPqrsd.puedeVerIdentidad(caso, LUIS)).isTrue();
		}

		@Test
		void laIdentidadDeUnAnonimoNoSeMuestraANadie() {
			Pqrsd anonima = UnaPqrsd.peticion().anonima().asignada();
			assertThat(VisibilidadPqrsd.puedeVerIdentidad(anonima, CONTROL_INTERNO)).isFalse();
			assertThat(VisibilidadPqrsd.puedeVer(anonima, LUIS)).isTrue();
		}

	}

}
