package co.pqrsd.core.archivo.indice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.IndiceElectronico;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.core.archivo.indice.Discrepancia.Tipo;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VerificadorIndiceTest {

	private static final String A = "a".repeat(64);

	private static final String B = "b".repeat(64);

	private final List<EntradaIndice> entradas = List.of(
			IndiceElectronico.siguiente(List.of(), "D1", "uno.pdf", "Oficio", LocalDate.of(2026, 1, 2),
					Instant.parse("2026-01-10T15:00:00Z"), A, 3, "PDF", 10, OrigenDocumento.ELECTRONICO, null),
			new EntradaIndice(2, "D2", "dos.pdf", "Acta", null, Instant.parse("2026-01-11T15:00:00Z"), B, "SHA-256", 4,
					4, "PDF", 20, OrigenDocumento.DIGITALIZADO, null));

	@Test
	void todoCoincide() {
		Map<String, @Nullable String> reales = Map.of(A, A, B, B);
		String sellada = IndiceElectronico.huella("EXP-1", entradas);
		assertThat(VerificadorIndice.archivos("EXP-1", entradas, List.of(A, B), reales, sellada)).isEmpty();
		assertThat(VerificadorIndice.archivos("EXP-1", entradas, List.of(A, B), reales, null)).isEmpty();
	}

	@Test
	void reportaCadaDiscrepancia() {
		Map<String, @Nullable String> reales = new HashMap<>();
		reales.put(A, "c".repeat(64));
		reales.put(B, null);
		List<Discrepancia> d = VerificadorIndice.archivos("EXP-1", entradas, List.of(A, B), reales, "d".repeat(64));
		assertThat(d).extracting(Discrepancia::tipo)
			.containsExactly(Tipo.HUELLA_ARCHIVO, Tipo.ARCHIVO_AUSENTE, Tipo.HUELLA_INDICE);
		assertThat(d.get(0).orden()).isEqualTo(1);
		assertThat(d.get(0).encontrado()).isEqualTo("c".repeat(64));
	}

}
