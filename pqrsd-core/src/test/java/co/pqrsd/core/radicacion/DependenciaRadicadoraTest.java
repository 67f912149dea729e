package co.pqrsd.core.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Test;

class DependenciaRadicadoraTest {

	@Test
	void laDependenciaNombradaPorElFuncionarioSiEsSuya() {
		assertThat(DependenciaRadicadora.elegir("120", "200", Set.of("120", "130"), false)).isEqualTo("120");
	}

	@Test
	void rechazaRadicarANombreDeUnaDependenciaAjena() {
		assertThatThrownBy(() -> DependenciaRadicadora.elegir("300", "200", Set.of("120"), false))
			.extracting(e -> ((ErrorDominio) e).codigo())
			.isEqualTo("DEPENDENCIA_RADICADORA_INVALIDA");
		assertThat(DependenciaRadicadora.elegir("300", "200", Set.of("120"), true)).isEqualTo("300");
	}

	@Test
	void sinNombrarlaEsLaResponsableSiEsSuyaSinoLaPrimeraDeLasSuyas() {
		assertThat(DependenciaRadicadora.elegir(null, "200", Set.of("130", "200"), false)).isEqualTo("200");
		assertThat(DependenciaRadicadora.elegir(" ", "200", Set.of("130", "120"), false)).isEqualTo("120");
		assertThat(DependenciaRadicadora.elegir(null, "200", Set.of(), true)).isEqualTo("200");
	}

}
