package co.pqrsd.core.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import co.pqrsd.core.comun.ConflictoDeEstado;
import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RadicadoRegistradoTest {

	private static final Instant AHORA = Instant.parse("2026-03-02T15:00:00Z");

	private final RadicadoRegistrado entrada = RadicadoRegistrado.nuevo("20261200000012", TipoRadicado.ENTRADA);

	private final RadicadoRegistrado salida = RadicadoRegistrado.nuevo("20262000000011", TipoRadicado.SALIDA);

	@Nested
	class Anulacion_ {

		@Test
		void anularConservaElNumeroYGuardaQuienCuandoPorQueYActa() {
			RadicadoRegistrado anulado = entrada
				.anular(Anulacion.de(AHORA, "jefecorresp", "  Se radicó dos veces ", "ACTA-4"));
			assertThat(anulado.numero()).isEqualTo("20261200000012");
			assertThat(anulado.estado()).isEqualTo(EstadoRadicado.ANULADO);
			assertThat(anulado.anulacion())
				.isEqualTo(new Anulacion(AHORA, "jefecorresp", "Se radicó dos veces", "ACTA-4"));
			assertThat(entrada.vigente()).as("el original no cambia").isTrue();
		}

		@Test
		void unRadicadoAnuladoNoSeAnulaOtraVez() {
			RadicadoRegistrado anulado = entrada.anular(Anulacion.de(AHORA, "admin", "Error", "A-1"));
			assertThatThrownBy(() -> anulado.anular(Anulacion.de(AHORA, "admin", "Otra", "A-2")))
				.isInstanceOf(ConflictoDeEstado.class)
				.extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("RADICADO_YA_ANULADO");
		}

		@Test
		void laAnulacionExigeJustificacionYActa() {
			assertThatThrownBy(() -> Anulacion.de(AHORA, "admin", "Error", " ")).isInstanceOf(ErrorDominio.class)
				.extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("CAMPO_REQUERIDO");
			assertThatThrownBy(() -> Anulacion.de(AHORA, "admin", null, "A-1")).isInstanceOf(ErrorDominio.class);
		}

		@Test
		void unaJustificacionDemasiadoLargaSeRechaza() {
			assertThatThrownBy(() -> Anulacion.de(AHORA, "admin", "x".repeat(4001), "A-1"))
				.extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("TEXTO_DEMASIADO_LARGO");
		}

		@Test
		void elEstadoAnuladoVaSiempreConSuAnulacion() {
			assertThatThrownBy(() -> new RadicadoRegistrado("1", TipoRadicado.ENTRADA, EstadoRadicado.ANULADO, null))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> new RadicadoRegistrado("1", TipoRadicado.ENTRADA, EstadoRadicado.VIGENTE,
					new Anulacion(AHORA, "a", "b", "c")))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

	@Nested
	class Documentos {

		@Test
		void unDocumentoRecibidoNoAdmiteNuevaVersion() {
			assertThatThrownBy(() -> entrada.versionar(RolDocumento.PRINCIPAL, 1)).isInstanceOf(ConflictoDeEstado.class)
				.extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("DOCUMENTO_RECIBIDO_INMUTABLE");
		}

		@Test
		void unDocumentoProducidoAdmiteNuevaVersionConSuRol() {
			assertThat(salida.versionar(RolDocumento.PRINCIPAL, 1))
				.isEqualTo(new RadicadoRegistrado.NuevaVersion(RolDocumento.PRINCIPAL, 2));
		}

		@Test
		void unRadicadoAnuladoNoAdmiteDocumentos() {
			RadicadoRegistrado anulado = salida.anular(Anulacion.de(AHORA, "admin", "Error", "A-1"));
			assertThatThrownBy(anulado::exigirAdmiteDocumentos).extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("RADICADO_ANULADO");
			assertThatThrownBy(() -> anulado.versionar(RolDocumento.ANEXO, 1))
				.extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("RADICADO_ANULADO");
		}

	}

	@Nested
	class Anotaciones {

		@Test
		void unaAnotacionSeGuardaSinEspaciosSobrantes() {
			assertThat(entrada.anotacion("  Corrige el teléfono ")).isEqualTo("Corrige el teléfono");
		}

		@Test
		void rechazaAnotacionVacia() {
			assertThatThrownBy(() -> entrada.anotacion("  ")).extracting(e -> ((ErrorDominio) e).codigo())
				.isEqualTo("CAMPO_REQUERIDO");
		}

		@Test
		void rechazaAnotacionDemasiadoLarga() {
			assertThat(entrada.anotacion("x".repeat(4000))).hasSize(4000);
			assertThatThrownBy(() -> entrada.anotacion("x".repeat(4001))).isInstanceOf(ErrorDominio.class)
				.satisfies(e -> {
					assertThat(((ErrorDominio) e).codigo()).isEqualTo("TEXTO_DEMASIADO_LARGO");
					assertThat(((ErrorDominio) e).parametros()).containsEntry("campo", "texto")
						.containsEntry("maximo", 4000);
				});
		}

	}

}
