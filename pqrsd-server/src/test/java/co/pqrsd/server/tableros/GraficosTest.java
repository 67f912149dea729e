package co.pqrsd.server.tableros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.pqrsd.server.tableros.Graficos.Barra;
import co.pqrsd.server.tableros.Graficos.GraficoBarras;
import org.junit.jupiter.api.Test;

/** The bar charts' geometry and labels, without a server. */
class GraficosTest {

	@Test
	void laBarraMideSuValorSobreElMaximoYElRotuloSiempreMuestraElValor() {
		Barra llena = new Barra("A", "Corto", 100, "100,0 % · Verde", "#1e6b30");
		Barra media = new Barra("B", "Gestión del riesgo de corrupción – Mapa de riesgos de corrupción", 50,
				"50,0 % · Rojo", "#a4161a");
		Barra cero = new Barra("C", "Nada", 0, "sin actividades exigibles", "#6b7785");
		GraficoBarras g = new GraficoBarras("g", "t", "d", List.of(llena, media, cero), 100);
		assertThat(g.ancho(llena)).isEqualTo(Graficos.ANCHO - 4);
		assertThat(g.ancho(media)).isEqualTo((Graficos.ANCHO - 4) / 2);
		assertThat(g.ancho(cero)).isZero();
		assertThat(g.alto()).isEqualTo(3 * Graficos.ALTO_BARRA + 4);
		assertThat(llena.rotulo()).isEqualTo("Corto: 100,0 % · Verde");
		assertThat(media.rotulo()).endsWith("…: 50,0 % · Rojo").startsWith("Gestión del riesgo");
		assertThat(media.rotulo().length()).isLessThanOrEqualTo(Barra.CABEN);
		// Without a fixed maximum the largest value fills the chart.
		GraficoBarras relativo = new GraficoBarras("r", "t", "d", List.of(media, cero), 0);
		assertThat(relativo.ancho(media)).isEqualTo(Graficos.ANCHO - 4);
	}

}
