package co.pqrsd.core.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoliticaContrasenaTest {

	private final PoliticaContrasena politica = PoliticaContrasena.predeterminada();

	@Test
	void aceptaUnaContrasenaLargaYMixta() {
		assertThat(politica.incumplimientos("jperez", "Ventanilla2026")).isEmpty();
	}

	@Test
	void explicaCadaIncumplimientoEnEspanol() {
		assertThat(politica.incumplimientos("jperez", "corta1")).containsExactly("Debe tener al menos 10 caracteres.");
		assertThat(politica.incumplimientos("jperez", "soloLetrasMuchas"))
			.containsExactly("Debe combinar letras y números.");
		assertThat(politica.incumplimientos("jperez", "JPerez123456"))
			.containsExactly("No debe contener el nombre de usuario.");
		assertThat(politica.incumplimientos("x", "Colombia123")).contains("Es una contraseña demasiado común.");
	}

}
