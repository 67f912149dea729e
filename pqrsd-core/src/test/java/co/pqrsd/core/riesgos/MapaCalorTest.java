package co.pqrsd.core.riesgos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MapaCalorTest {

	private static final Metodologia V6 = MetodologiaTest.V6;

	/*
	 * riesgo | inherente | residual RC-01 | Media × Mayor (Alto) | Media × Mayor (sin
	 * controles) RC-02 | Alta × Moderado (Alto) | Media × Moderado (preventivo manual: 80
	 * → 48) RC-03 | materializado sin reevaluar: fuera del mapa
	 */
	@Test
	void cuentaLosRiesgosEnCadaCeldaAntesYDespuesDeLosControles() {
		Riesgo uno = RiesgoTest.unRiesgoDeCorrupcion(100, 8);
		Riesgo dos = Riesgo
			.identificar("RC-02", "Contratación", TipoRiesgo.CORRUPCION, List.of("Presión"), RiesgoTest.REDACCION,
					List.of())
			.evaluar(V6.evaluarCorrupcion(600, MetodologiaTest.primerasSi(3),
					List.of(MetodologiaTest.Controles.PREVENTIVO_MANUAL)), V6);
		Riesgo tres = Riesgo
			.identificar("RC-03", "Tesorería", TipoRiesgo.CORRUPCION, List.of("Presión"), RiesgoTest.REDACCION,
					List.of())
			.evaluar(V6.evaluarCorrupcion(10, MetodologiaTest.primerasSi(1), List.of()), V6)
			.registrarMaterializacion(new Materializacion(LocalDate.of(2026, 2, 1), "Hecho",
					Set.of(Materializacion.Autoridad.FISCAL), null));
		MapaCalor mapa = MapaCalor.de(V6, List.of(uno, dos, tres));
		assertThat(mapa.filas()).hasSize(5).allSatisfy(f -> assertThat(f).hasSize(5));
		CeldaMapaCalor mediaMayor = mapa.filas().get(2).get(3);
		assertThat(mediaMayor.probabilidad().codigo()).isEqualTo("MEDIA");
		assertThat(mediaMayor.impacto().codigo()).isEqualTo("MAYOR");
		assertThat(mediaMayor.zona()).isEqualTo(ZonaRiesgo.ALTO);
		assertThat(mediaMayor.inherentes()).containsExactly("RC-01");
		assertThat(mediaMayor.residuales()).containsExactly("RC-01");
		assertThat(mapa.filas().get(1).get(2).inherentes()).containsExactly("RC-02");
		assertThat(mapa.filas().get(2).get(2).residuales()).containsExactly("RC-02");
		assertThat(mapa.sinEvaluar()).containsExactly("RC-03");
	}

	@Test
	void noMezclaMetodologias() {
		Riesgo riesgo = RiesgoTest.unRiesgoDeCorrupcion(100, 8);
		assertThatThrownBy(() -> MapaCalor.de(Metodologias.porId("DAFP_V5"), List.of(riesgo))).extracting("codigo")
			.isEqualTo("METODOLOGIA_DISTINTA");
	}

}
