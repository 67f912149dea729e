package co.pqrsd.core.archivo.expedientes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ConflictoDeEstado;
import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Test;

/** The índice electrónico and the expediente's numbering (R-EXP-3, R-EXP-4). */
class IndiceElectronicoTest {

	static final String H = "a".repeat(64);

	@Test
	void laPaginacionEsAcumuladaYElOrdenSinSaltos() {
		List<EntradaIndice> e = new ArrayList<>();
		e.add(IndiceElectronico.siguiente(e, "d1", "Solicitud", "Solicitud", null, Instant.EPOCH, H, 3, "PDF", 10,
				OrigenDocumento.ELECTRONICO, "2026100000001"));
		e.add(IndiceElectronico.siguiente(e, "d2", "Anexo", null, LocalDate.of(2026, 3, 1), Instant.EPOCH, H, 0, "PNG",
				5, OrigenDocumento.DIGITALIZADO, null));
		e.add(IndiceElectronico.siguiente(e, "d3", "Respuesta", null, null, Instant.EPOCH, H, 2, "PDF", 7,
				OrigenDocumento.ELECTRONICO, null));
		assertThat(e).extracting(EntradaIndice::orden).containsExactly(1, 2, 3);
		assertThat(e).extracting(EntradaIndice::paginaInicio).containsExactly(1, 4, 5);
		assertThat(e).extracting(EntradaIndice::paginaFin).containsExactly(3, 4, 6);
		IndiceElectronico.exigirConsistente(e);
		String huella = IndiceElectronico.huella("X-1", e);
		assertThat(huella).hasSize(64).isEqualTo(IndiceElectronico.huella("X-1", List.copyOf(e)));
		assertThat(IndiceElectronico.huella("X-1", e.subList(0, 2))).isNotEqualTo(huella);
	}

	@Test
	void elNumeroPredeterminadoEsAnioDependenciaSerieSubserieYConsecutivo() {
		PatronExpediente p = new PatronExpediente(PatronExpediente.PREDETERMINADO);
		assertThat(p.formatear(2026, "100", "20", "01", 7)).isEqualTo("2026-100-20-01-0007");
		assertThat(p.prefijo(2026, "100", "02", null)).isEqualTo("2026-100-02-0-");
		assertThatThrownBy(() -> p.formatear(2026, "100", "20", "01", 10000)).isInstanceOf(ErrorDominio.class);
		assertThatThrownBy(() -> new PatronExpediente("{AAAA}-{N:4}")).isInstanceOf(ErrorDominio.class);
	}

	@Test
	void unExpedienteCerradoNoAdmiteCambios() {
		assertThatThrownBy(() -> EstadoExpediente.CERRADO.exigirAbierto("X")).isInstanceOf(ConflictoDeEstado.class)
			.hasFieldOrPropertyWithValue("codigo", "EXPEDIENTE_CERRADO");
		EstadoExpediente.ABIERTO.exigirAbierto("X");
	}

	@Test
	void laReservaTieneFundamentoYPlazo() {
		LocalDate hoy = LocalDate.of(2026, 3, 10);
		assertThatThrownBy(() -> NivelAcceso.RESERVADA.validar("Ley 1712, art. 19", null, hoy))
			.isInstanceOf(ErrorDominio.class);
		assertThatThrownBy(() -> NivelAcceso.CLASIFICADA.validar(" ", null, hoy)).isInstanceOf(ErrorDominio.class);
		NivelAcceso.RESERVADA.validar("Ley 1712, art. 19", hoy.plusYears(2), hoy);
		assertThat(NivelAcceso.RESERVADA.restringido(hoy.plusYears(2), hoy)).isTrue();
		assertThat(NivelAcceso.RESERVADA.restringido(hoy.minusDays(1), hoy)).isFalse();
	}

}
