package co.pqrsd.core.archivo.indice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Test;

class IndiceElectronicoTest {

	private static final CabeceraIndice CABECERA = new CabeceraIndice("2026-100-2-40-0001", "Contrato 1", "100",
			"100.2.40", "Contratos", "Obra", LocalDate.of(2026, 1, 5), null);

	static EntradaIndice entrada(int orden, int inicio, int fin, String huella) {
		return new EntradaIndice(orden, "D" + orden, "doc" + orden + ".pdf", "Oficio", LocalDate.of(2026, 1, orden),
				Instant.parse("2026-01-10T15:00:00Z"), huella, "SHA-256", inicio, fin, "PDF", 1000L * orden,
				OrigenDocumento.ELECTRONICO, null, huella);
	}

	@Test
	void ordenSinSaltosYPaginasAcumuladas() {
		IndiceElectronico indice = new IndiceElectronico(CABECERA,
				List.of(entrada(1, 1, 3, "a".repeat(64)), entrada(2, 4, 4, "b".repeat(64))));
		assertThat(indice.totalPaginas()).isEqualTo(4);
		assertThat(indice.totalBytes()).isEqualTo(3000);
		assertThat(IndiceElectronico.paginasSiguiente(indice.entradas(), 5)).containsExactly(5, 9);
		assertThat(IndiceElectronico.paginasSiguiente(List.of(), 0)).containsExactly(1, 1);
	}

	@Test
	void rechazaSaltosDeOrdenYDePaginas() {
		assertThatThrownBy(() -> new IndiceElectronico(CABECERA,
				List.of(entrada(1, 1, 3, "a".repeat(64)), entrada(3, 4, 4, "b".repeat(64)))))
			.isInstanceOf(ErrorDominio.class)
			.extracting("codigo")
			.isEqualTo("INDICE_ORDEN_INVALIDO");
		assertThatThrownBy(() -> new IndiceElectronico(CABECERA,
				List.of(entrada(1, 1, 3, "a".repeat(64)), entrada(2, 5, 6, "b".repeat(64)))))
			.extracting("codigo")
			.isEqualTo("INDICE_PAGINACION_INVALIDA");
	}

	@Test
	void laHuellaDelIndiceCambiaConCualquierCampo() {
		List<EntradaIndice> entradas = new ArrayList<>(List.of(entrada(1, 1, 3, "a".repeat(64))));
		String h1 = new IndiceElectronico(CABECERA, entradas).huella();
		assertThat(h1).hasSize(64).isEqualTo(new IndiceElectronico(CABECERA, entradas).huella());
		entradas.set(0, entrada(1, 1, 3, "c".repeat(64)));
		assertThat(new IndiceElectronico(CABECERA, entradas).huella()).isNotEqualTo(h1);
	}

}
