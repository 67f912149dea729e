package co.pqrsd.server.pqrsd;

import java.util.Set;

import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.pqrsd.Prioridad;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of POST /api/v1/pqrsd: either the data of a new ENTRADA (asunto, dependencia,
 * peticionario) or the number of an existing one ({@code radicado}).
 *
 * @param modalidad the legal modality (GENERAL, DOCUMENTOS, CONSULTA, ENTRE_AUTORIDADES
 * or one the entity defined); none for a FELICITACION
 * @param dependencia the responsible dependencia; with {@code radicado}, defaults to the
 * radicado's
 * @param pruebaPrioridad summary proof required with ATENCION_PRIORITARIA
 * @param canalRespuesta the peticionario's preferred answer channel; none: by e-mail when
 * he gave one, else at the ventanilla (an anonymous filing's answer is published)
 */
record SolicitudCreacion(@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String radicado, @NotNull(
		message = "Es obligatorio: PETICION, QUEJA, RECLAMO, SUGERENCIA, DENUNCIA o FELICITACION") Etiqueta etiqueta,
		@Nullable @Pattern(regexp = "[A-Z0-9_]{1,40}",
				message = "Código de modalidad en mayúsculas, por ejemplo GENERAL") String modalidad,
		@Nullable @Size(max = 1000, message = "Máximo 1000 caracteres") String asunto,
		@Nullable @Size(max = 20000, message = "Máximo 20000 caracteres") String descripcion,
		@Nullable @Pattern(regexp = "\\d{1,5}", message = "Código de 1 a 5 dígitos") String dependencia,
		@NotNull(message = "Es obligatorio: PRESENCIAL, PRESENCIAL_VERBAL, CORREO_POSTAL, CORREO_ELECTRONICO, "
				+ "FORMULARIO_WEB, TELEFONICO u OTRO") Canal canal,
		@Valid EntradasRadicacion.@Nullable Peticionario peticionario, @Nullable Set<Prioridad> prioridades,
		@Nullable @Size(max = 5000, message = "Máximo 5000 caracteres") String pruebaPrioridad,
		@Nullable Boolean denunciaCorrupcion, @Nullable CanalRespuesta canalRespuesta) {

	/** How the peticionario wants the answer. */
	enum CanalRespuesta {

		CORREO_ELECTRONICO, CORREO_POSTAL, PRESENCIAL

	}

	/** Without a preferred answer channel. */
	SolicitudCreacion(@Nullable String radicado, Etiqueta etiqueta, @Nullable String modalidad, @Nullable String asunto,
			@Nullable String descripcion, @Nullable String dependencia, Canal canal,
			EntradasRadicacion.@Nullable Peticionario peticionario, @Nullable Set<Prioridad> prioridades,
			@Nullable String pruebaPrioridad, @Nullable Boolean denunciaCorrupcion) {
		this(radicado, etiqueta, modalidad, asunto, descripcion, dependencia, canal, peticionario, prioridades,
				pruebaPrioridad, denunciaCorrupcion, null);
	}

	Set<Prioridad> prioridadesOVacias() {
		return prioridades == null ? Set.of() : prioridades;
	}

	boolean esDenunciaCorrupcion() {
		return Boolean.TRUE.equals(denunciaCorrupcion);
	}

}
