package co.pqrsd.core.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CadenaAuditoriaTest {

	private record Entrada(long posicion, String canonico, String anterior, String hash) {
	}

	private static List<Entrada> cadena(String... contenidos) {
		List<Entrada> entradas = new ArrayList<>();
		String anterior = CadenaAuditoria.GENESIS;
		for (int i = 0; i < contenidos.length; i++) {
			String hash = CadenaAuditoria.enlazar(anterior, contenidos[i]);
			entradas.add(new Entrada(i + 1, contenidos[i], anterior, hash));
			anterior = hash;
		}
		return entradas;
	}

	private static VerificadorCadena verificar(List<Entrada> entradas) {
		VerificadorCadena v = new VerificadorCadena();
		for (Entrada e : entradas) {
			if (!v.aceptar(e.posicion(), e.posicion() * 10, e.canonico(), e.anterior(), e.hash())) {
				break;
			}
		}
		return v;
	}

	@Test
	void unaCadenaIntactaSeVerificaCompleta() {
		VerificadorCadena v = verificar(cadena("a", "b", "c"));
		assertThat(v.falla()).isNull();
		assertThat(v.verificadas()).isEqualTo(3);
		assertThat(v.ultimoHash()).hasSize(64).isNotEqualTo(CadenaAuditoria.GENESIS);
	}

	@Test
	void detectaElContenidoAlteradoYSuPosicion() {
		List<Entrada> entradas = cadena("a", "b", "c");
		Entrada b = entradas.get(1);
		entradas.set(1, new Entrada(2, "B", b.anterior(), b.hash()));
		VerificadorCadena v = verificar(entradas);
		assertThat(v.falla().posicion()).isEqualTo(2);
		assertThat(v.falla().eventoId()).isEqualTo(20);
		assertThat(v.falla().motivo()).contains("contenido");
	}

	@Test
	void detectaUnHashRecalculadoPorqueRompeElEnlaceSiguiente() {
		List<Entrada> entradas = cadena("a", "b", "c");
		Entrada b = entradas.get(1);
		entradas.set(1, new Entrada(2, "B", b.anterior(), CadenaAuditoria.enlazar(b.anterior(), "B")));
		VerificadorCadena v = verificar(entradas);
		assertThat(v.falla().posicion()).isEqualTo(3);
		assertThat(v.falla().motivo()).contains("enlace");
	}

	@Test
	void detectaUnaEntradaEliminada() {
		List<Entrada> entradas = cadena("a", "b", "c");
		entradas.remove(1);
		assertThat(verificar(entradas).falla().posicion()).isEqualTo(3);
	}

	@Test
	void elContenidoCanonicoNoPermiteConfundirCampos() {
		assertThat(CadenaAuditoria.canonico("ab", "c")).isNotEqualTo(CadenaAuditoria.canonico("a", "bc"));
		assertThat(CadenaAuditoria.canonico("a", null)).isNotEqualTo(CadenaAuditoria.canonico("a", "null"));
	}

}
