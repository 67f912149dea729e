package co.pqrsd.server.tableros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.pqrsd.core.riesgos.ZonaRiesgo;
import org.junit.jupiter.api.Test;

/**
 * The colours the dashlets draw meet WCAG 2.1 AA, as {@code web/ContrasteTest} checks the
 * stylesheet: text 4.5:1 on its background (the charts' text sits on white, the heat
 * map's on its cell), and every bar or cell outlined in the text colour (3:1 against
 * white, WCAG 1.4.11), since some fills (amarillo) are too light by themselves. The
 * colour never carries meaning alone: each bar and cell also says its value and label.
 */
class TablerosContrasteTest {

	@Test
	void elTextoDeLosGraficosYDelMapaDeCalorCumpleAA() {
		assertThat(contraste(VistasTableros.TEXTO, VistasTableros.BLANCO)).isGreaterThanOrEqualTo(4.5);
		for (Map.Entry<ZonaRiesgo, String[]> z : VistasTableros.ZONAS.entrySet()) {
			assertThat(contraste(z.getValue()[1], z.getValue()[0])).as("texto de la zona %s", z.getKey())
				.isGreaterThanOrEqualTo(4.5);
		}
		assertThat(VistasTableros.ZONAS).hasSize(ZonaRiesgo.values().length);
	}

	@Test
	void elContornoDeBarrasYCeldasSeDistingueDelFondo() {
		// Bars and cells are drawn with stroke="#1b1f24" (tableros/fragmentos.html).
		assertThat(contraste(VistasTableros.TEXTO, VistasTableros.BLANCO)).isGreaterThanOrEqualTo(3);
		for (String relleno : VistasTableros.SEMAFORO_PLAN.values()) {
			assertThat(contraste(VistasTableros.TEXTO, relleno) >= 3 || contraste(relleno, VistasTableros.BLANCO) >= 3)
				.as("barra %s", relleno)
				.isTrue();
		}
		for (String relleno : VistasTableros.SEMAFORO_PQRSD.values()) {
			assertThat(contraste(VistasTableros.TEXTO, relleno) >= 3 || contraste(relleno, VistasTableros.BLANCO) >= 3)
				.as("barra %s", relleno)
				.isTrue();
		}
		assertThat(contraste(VistasTableros.AZUL, VistasTableros.BLANCO)).isGreaterThanOrEqualTo(4.5);
	}

	static double contraste(String a, String b) {
		double la = luminancia(a);
		double lb = luminancia(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminancia(String hex) {
		String h = hex.substring(1);
		double[] c = new double[3];
		for (int i = 0; i < 3; i++) {
			double v = Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16) / 255.0;
			c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}

}
