package co.pqrsd.core.radicacion;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Test;

class DatosParteTest {

	@Test
	void unaEntradaExigeRemitenteYUnaSalidaDestinatario() {
		assertThat(TipoRadicado.ENTRADA.exigeRemitente() && !TipoRadicado.ENTRADA.exigeDestinatario());
		assertThat(TipoRadicado.SALIDA.exigeDestinatario() && TipoRadicado.INTERNA.exigeDestinatario());
		assertThatThrownBy(() -> DatosParte.exigir("destinatario", null, TipoRadicado.SALIDA.exigeDestinatario()))
			.extracting(e -> ((ErrorDominio) e).parametros().get("campo"))
			.isEqualTo("destinatario");
		assertThatCode(() -> DatosParte.exigir("remitente", null, TipoRadicado.SALIDA.exigeRemitente()))
			.doesNotThrowAnyException();
	}

	@Test
	void unRemitenteAnonimoNoNecesitaNombre() {
		assertThatCode(() -> DatosParte.exigir("remitente", new DatosParte(true, null, null, null), true))
			.doesNotThrowAnyException();
	}

	@Test
	void unaParteNoAnonimaNecesitaNombre() {
		assertThatThrownBy(() -> DatosParte.exigir("remitente", new DatosParte(false, " ", "CC", "1"), true))
			.extracting(e -> ((ErrorDominio) e).codigo())
			.isEqualTo("CAMPO_REQUERIDO");
	}

	@Test
	void elTipoDeDocumentoVaConSuNumero() {
		assertThatThrownBy(() -> DatosParte.exigir("remitente", new DatosParte(false, "Ana", "CC", null), true))
			.extracting(e -> ((ErrorDominio) e).codigo())
			.isEqualTo("DOCUMENTO_INCOMPLETO");
		assertThatCode(() -> DatosParte.exigir("remitente", new DatosParte(false, "Ana", null, null), true))
			.doesNotThrowAnyException();
	}

	private static void assertThat(boolean condicion) {
		org.assertj.core.api.Assertions.assertThat(condicion).isTrue();
	}

}
