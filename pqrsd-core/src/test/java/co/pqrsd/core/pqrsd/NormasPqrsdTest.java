package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.NORMAS;
import static co.pqrsd.core.pqrsd.Escenario.dia;
import static co.pqrsd.core.pqrsd.Escenario.rechazo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The versioned tables efectos-vencimiento.csv and plazos-pqrsd.csv. */
class NormasPqrsdTest {

	@Test
	void soloLaPeticionDeDocumentosTieneSilencioPositivo() {
		assertThat(NORMAS.silencioPositivo("DOCUMENTOS", dia("2026-01-01"))).hasValueSatisfying(s -> {
			assertThat(s.tarea()).isEqualTo(Tarea.Tipo.ENTREGAR_COPIAS);
			assertThat(s.plazoTarea()).isEqualTo("ENTREGA_COPIAS");
		});
		assertThat(Escenario.CATALOGO.modalidades()).filteredOn(NormasPqrsd::esModalidadDePeticion)
			.containsExactlyInAnyOrder("GENERAL", "DOCUMENTOS", "CONSULTA", "ENTRE_AUTORIDADES")
			.filteredOn(m -> !m.equals("DOCUMENTOS"))
			.allSatisfy(m -> assertThat(NORMAS.silencioPositivo(m, dia("2026-01-01"))).isEmpty());
	}

	@Test
	void laPublicacionDeRespuestasAnonimasDuraCincoDiasHabiles() {
		NormasPqrsd.PlazoProcedimiento p = NORMAS.plazo(NormasPqrsd.PUBLICACION_ANONIMO, dia("2026-01-01"));
		assertThat(p.plazo()).isEqualTo(5);
		assertThat(p.fundamento()).contains("art. 69");
	}

	@Test
	void unPlazoSinFilaVigenteEsUnErrorConCodigo() {
		NormasPqrsd vacias = new NormasPqrsd(List.of(), List.of());
		rechazo(() -> vacias.plazo(NormasPqrsd.PUBLICACION_ANONIMO, dia("2026-01-01")), "PLAZO_SIN_REGLA_VIGENTE");
	}

}
