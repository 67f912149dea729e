package co.pqrsd.server.pqrsd;

import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ventanilla's classification of what citizens filed: the queue of cases in RADICADA
 * state and their classification, which sends each to its dependencia's reparto.
 */
@RestController
class ClasificacionApiController {

	private final PqrsdCiudadano ciudadano;

	ClasificacionApiController(PqrsdCiudadano ciudadano) {
		this.ciudadano = ciudadano;
	}

	/** Body of POST /api/v1/pqrsd/{radicado}/clasificacion. */
	record SolicitudClasificacion(@NotBlank(
			message = "Es obligatorio: PETICION, QUEJA, RECLAMO, SUGERENCIA, DENUNCIA o FELICITACION") String etiqueta,
			@Nullable @Pattern(regexp = "[A-Z0-9_]{1,40}",
					message = "Código de modalidad en mayúsculas, por ejemplo GENERAL") String modalidad,
			@NotBlank(message = "Indique la dependencia responsable") @Pattern(regexp = "\\d{1,5}",
					message = "Código de 1 a 5 dígitos") String dependencia,
			@Nullable Boolean denunciaCorrupcion, @Nullable Set<String> prioridades,
			@Nullable @Size(max = 5000, message = "Máximo 5000 caracteres") String pruebaPrioridad) {
	}

	@GetMapping("/api/v1/pqrsd/clasificacion")
	List<PqrsdCiudadano.Pendiente> pendientes(@AuthenticationPrincipal UsuarioAutenticado yo) {
		return ciudadano.pendientes(yo);
	}

	@PostMapping(value = "/api/v1/pqrsd/{radicado}/clasificacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> clasificar(@PathVariable String radicado, @Valid @RequestBody SolicitudClasificacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		String estado = ciudadano.clasificar(radicado, new PqrsdCiudadano.Clasificacion(s.etiqueta(), s.modalidad(),
				s.dependencia(), Boolean.TRUE.equals(s.denunciaCorrupcion()), s.prioridades(), s.pruebaPrioridad()),
				yo);
		return Map.of("radicado", radicado, "estado", estado);
	}

}
