package co.pqrsd.server.ciudadano;

import java.util.Set;

import co.pqrsd.server.radicacion.EntradasRadicacion;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of POST /api/v1/publico/pqrsd: that of POST /api/v1/pqrsd without
 * {@code dependencia} (the ventanilla decides it, and the label and modality when
 * missing). {@code modalidad}, {@code prioridades} and {@code pruebaPrioridad} are taken
 * as the citizen's indication for the ventanilla, which classifies; {@code canal} can
 * only be FORMULARIO_WEB.
 *
 * @param sitioWeb the honeypot: people never fill it (it is hidden), robots do
 * @param autorizaDatos the data-protection consent (Ley 1581 de 2012) of a named
 * peticionario; absent is no (the petition is received anyway and his data serve only to
 * answer it); ignored for an anonymous filing
 */
record SolicitudPublica(@Nullable @Pattern(regexp = "PETICION|QUEJA|RECLAMO|SUGERENCIA|DENUNCIA|FELICITACION",
		message = "Valores permitidos: PETICION, QUEJA, RECLAMO, SUGERENCIA, DENUNCIA, FELICITACION") String etiqueta,
		@Nullable @Pattern(regexp = "[A-Z0-9_]{1,40}",
				message = "Código de modalidad en mayúsculas, por ejemplo GENERAL") String modalidad,
		@Nullable @Size(max = 1000, message = "Máximo 1000 caracteres") String asunto,
		@Nullable @Size(max = 20000, message = "Máximo 20000 caracteres") String descripcion,
		@Nullable @Pattern(regexp = "FORMULARIO_WEB",
				message = "El canal público es FORMULARIO_WEB (o no lo indique)") String canal,
		@Valid EntradasRadicacion.@Nullable Peticionario peticionario, @Nullable Set<String> prioridades,
		@Nullable @Size(max = 5000, message = "Máximo 5000 caracteres") String pruebaPrioridad,
		@Nullable Boolean denunciaCorrupcion,
		@Nullable @Pattern(regexp = "CORREO_ELECTRONICO|CORREO_POSTAL|PRESENCIAL",
				message = "Valores permitidos: CORREO_ELECTRONICO, CORREO_POSTAL, PRESENCIAL") String canalRespuesta,
		@Nullable String sitioWeb,
		@Schema(description = "Autorización de tratamiento de datos personales (Ley 1581 de 2012) del peticionario "
				+ "identificado, tras mostrarle la política de la entidad (pqrsd.ciudadano.politica-datos). Opcional: "
				+ "sin ella se entiende no autorizada; la petición se recibe igual y sus datos se usan solo para "
				+ "responderla. No aplica a una solicitud anónima.") @Nullable Boolean autorizaDatos) {

}
