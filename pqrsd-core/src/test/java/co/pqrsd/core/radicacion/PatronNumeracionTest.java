package co.pqrsd.core.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Test;

class PatronNumeracionTest {

	private final PatronNumeracion orfeo = new PatronNumeracion(PatronNumeracion.ORFEO);

	@Test
	void elPatronDeOrfeoDaCatorceDigitos() {
		assertThat(orfeo.formatear(2026, "100", TipoRadicado.ENTRADA, 1)).isEqualTo("20261000000012");
		assertThat(orfeo.formatear(2015, "900", TipoRadicado.ENTRADA, 1)).isEqualTo("20159000000012");
		assertThat(orfeo.formatear(2026, "110", TipoRadicado.SALIDA, 123456)).isEqualTo("20261101234561");
	}

	@Test
	void elAlcanceDelContadorEsElNumeroSinConsecutivo() {
		assertThat(orfeo.alcance(2026, "100", TipoRadicado.ENTRADA)).isEqualTo("2026100·2");
		assertThat(orfeo.alcance(2026, "100", TipoRadicado.SALIDA))
			.isNotEqualTo(orfeo.alcance(2026, "100", TipoRadicado.ENTRADA));
		assertThat(orfeo.alcance(2027, "100", TipoRadicado.ENTRADA))
			.isNotEqualTo(orfeo.alcance(2026, "100", TipoRadicado.ENTRADA));
	}

	@Test
	void aceptaLiteralesYSinDependencia() {
		PatronNumeracion patron = new PatronNumeracion("RAD-{AAAA}-{T}-{N:5}");
		assertThat(patron.formatear(2026, "100", TipoRadicado.INTERNA, 42)).isEqualTo("RAD-2026-3-00042");
		assertThat(patron.usaDependencia()).isFalse();
		assertThat(patron.alcance(2026, "100", TipoRadicado.INTERNA))
			.isEqualTo(patron.alcance(2026, "999", TipoRadicado.INTERNA));
	}

	@Test
	void rechazaPatronesQueNoGarantizanUnicidadAnual() {
		for (String malo : new String[] { "{N:6}{T}", "{AAAA}{N:6}", "{AAAA}{T}", "{AAAA}{T}{N:6}{N:6}",
				"{AAAA}{T}{N:2}", "{AAAA}{T}{N:6}{X}" }) {
			assertThatThrownBy(() -> new PatronNumeracion(malo)).isInstanceOfSatisfying(ErrorDominio.class,
					e -> assertThat(e.codigo()).isEqualTo("PATRON_NUMERACION_INVALIDO"));
		}
	}

	@Test
	void unConsecutivoQueNoCabeEsUnErrorClaro() {
		assertThat(orfeo.maximo()).isEqualTo(999_999);
		assertThatThrownBy(() -> orfeo.formatear(2026, "100", TipoRadicado.ENTRADA, 1_000_000))
			.isInstanceOfSatisfying(ErrorDominio.class, e -> assertThat(e.codigo()).isEqualTo("NUMERACION_AGOTADA"));
	}

}
