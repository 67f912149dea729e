package co.pqrsd.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import co.pqrsd.core.plan.Datos.UnaActividad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetaYActividadTest {

	/* texto | valor | unidad */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1 | 1 | NUMERO", "12 | 12 | NUMERO", "90% | 90 | PORCENTAJE",
			"100 % | 100 | PORCENTAJE", "1,5 | 1.5 | NUMERO", "' 50%' | 50 | PORCENTAJE" })
	void leeMetasEnNumeroOPorcentaje(String texto, BigDecimal valor, Meta.Unidad unidad) {
		Meta meta = Meta.leer(texto);
		assertThat(meta.valor()).isEqualByComparingTo(valor);
		assertThat(meta.unidad()).isEqualTo(unidad);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Uno", "N/A", "1 informe", "-3" })
	void rechazaUnaMetaIlegible(String texto) {
		assertThatThrownBy(() -> Meta.leer(texto)).extracting("codigo").isEqualTo("META_ILEGIBLE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0%", "120%" })
	void rechazaUnaMetaCeroOPorcentajeMayorQueCien(String texto) {
		assertThatThrownBy(() -> Meta.leer(texto)).extracting("codigo").isEqualTo("META_INVALIDA");
	}

	@Test
	void unaActividadNecesitaDescripcionResponsableYPesoPositivo() {
		Actividad base = UnaActividad.conCodigo("1.1").build();
		assertThatThrownBy(() -> new Actividad("1.1", "PAAC_1", "", "", " ", "", base.meta(), base.fecha(), "Oficina",
				BigDecimal.ONE))
			.extracting("codigo")
			.isEqualTo("ACTIVIDAD_INCOMPLETA");
		assertThatThrownBy(() -> new Actividad("1.1", "PAAC_1", "", "", "Revisar", "", base.meta(), base.fecha(), "",
				BigDecimal.ONE))
			.extracting("codigo")
			.isEqualTo("ACTIVIDAD_SIN_RESPONSABLE");
		assertThatThrownBy(() -> UnaActividad.conCodigo("1.1").conPeso(0).build()).extracting("codigo")
			.isEqualTo("PESO_INVALIDO");
	}

	@Test
	void unaEvidenciaNecesitaReferencia() {
		assertThatThrownBy(() -> new Evidencia(Evidencia.Tipo.ENLACE, " ", null)).extracting("codigo")
			.isEqualTo("EVIDENCIA_INCOMPLETA");
	}

	@Test
	void rechazaUnaPlantillaDesconocida() {
		assertThatThrownBy(() -> Plantillas.porCodigo("PAAC_V9")).extracting("codigo")
			.isEqualTo("PLANTILLA_DESCONOCIDA");
	}

}
