package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PalabrasPredeciblesTest {

	private final PalabrasPredecibles palabras = new PalabrasPredecibles("Alcaldía de Santa Rosa de Osos");

	@Test
	void rechazaPalabrasComunesConUnAnioSinImportarMayusculasNiTildes() {
		assertThat(palabras.predecible("ana", "Alcaldia2026")).isTrue();
		assertThat(palabras.predecible("ana", "ALCALDÍA-2026!")).isTrue();
		assertThat(palabras.predecible("ana", "Contraseña2026")).isTrue();
		assertThat(palabras.predecible("ana", "2026Colombia")).isTrue();
		assertThat(palabras.predecible("ana", "AdminPqrsd2026")).isTrue();
	}

	@Test
	void rechazaElNombreDeLaEntidadYElUsuario() {
		assertThat(palabras.predecible("ana", "SantaRosa2026")).isTrue();
		assertThat(palabras.predecible("ana", "Osos123456789")).isTrue();
		assertThat(palabras.predecible("ana", "RosaLindaEnElJardin5")).isFalse();
		assertThat(palabras.predecible("jperez", "Jperez2026!!")).isTrue();
	}

	@Test
	void aceptaFrasesPropias() {
		assertThat(palabras.predecible("ana", "Clave2026segura")).isFalse();
		assertThat(palabras.predecible("ana", "MiGatoComeMango7")).isFalse();
		assertThat(palabras.predecible("ana", "Demo2026pqrsd")).isFalse();
	}

}
