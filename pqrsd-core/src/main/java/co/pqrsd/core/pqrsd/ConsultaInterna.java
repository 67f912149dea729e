package co.pqrsd.core.pqrsd;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An internal consultation to another dependencia: a sub-task with its own internal due
 * date, never later than the case's deadline. It does not stop the legal clock.
 *
 * @param numero 1, 2, … within the case
 * @param dependencia the consulted dependencia's code
 * @param pregunta what is asked
 * @param solicitadaPor who asked
 * @param solicitadaEn when
 * @param vence the internal due date (a business day)
 * @param respuesta the consulted dependencia's answer, {@code null} while pending
 * @param respondidaPor who answered, {@code null} while pending
 * @param respondidaEn when, {@code null} while pending
 */
public record ConsultaInterna(int numero, String dependencia, String pregunta, String solicitadaPor,
		LocalDate solicitadaEn, LocalDate vence, @Nullable String respuesta, @Nullable String respondidaPor,
		@Nullable LocalDate respondidaEn) {

	public boolean pendiente() {
		return respuesta == null;
	}

	ConsultaInterna respondida(String texto, String usuario, LocalDate fecha) {
		return new ConsultaInterna(numero, dependencia, pregunta, solicitadaPor, solicitadaEn, vence, texto, usuario,
				fecha);
	}

}
