package co.pqrsd.server.pqrsd;

import java.net.URI;
import java.time.LocalDate;

import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.comun.Problemas;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of PQRSD cases (JSON shapes fixed by issue #9). */
@RestController
@RequestMapping("/api/v1/pqrsd")
class PqrsdApiController {

	private final ServicioPqrsd servicio;

	PqrsdApiController(ServicioPqrsd servicio) {
		this.servicio = servicio;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VistaPqrsd> crear(@Valid @RequestBody SolicitudCreacion solicitud,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		VistaPqrsd v = servicio.crear(solicitud, yo);
		return ResponseEntity.created(URI.create("/api/v1/pqrsd/" + v.radicado())).body(v);
	}

	@GetMapping("/{radicado}")
	VistaPqrsd obtener(@PathVariable String radicado, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.obtener(radicado, yo);
	}

	@GetMapping
	ServicioPqrsd.Pagina listar(@RequestParam(required = false) @Nullable EstadoPqrsd estado,
			@RequestParam(required = false) Semaforo.@Nullable Color semaforo,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "\\d{1,5}",
					message = "Código de 1 a 5 dígitos") String dependencia,
			@RequestParam(required = false) @Nullable Etiqueta etiqueta,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "No puede ser negativa") int pagina,
			@RequestParam(defaultValue = "20") @Min(value = 1, message = "Mínimo 1") @Max(value = 200,
					message = "Máximo 200") int tamano,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.listar(estado == null ? null : estado.name(), semaforo == null ? null : semaforo.name(),
				dependencia, etiqueta == null ? null : etiqueta.name(), pagina, tamano, yo);
	}

	record SolicitudAsignacion(
			@NotBlank(message = "Es obligatorio") @Size(max = 40, message = "Máximo 40 caracteres") String usuario) {
	}

	@PostMapping(value = "/{radicado}/asignacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd asignar(@PathVariable String radicado, @Valid @RequestBody SolicitudAsignacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.asignar(radicado, s.usuario(), yo);
	}

	record SolicitudProrroga(
			@NotBlank(message = "Es obligatorio") @Size(max = 5000, message = "Máximo 5000 caracteres") String motivo,
			@NotNull(message = "Es obligatoria (AAAA-MM-DD)") LocalDate nuevoVencimiento) {
	}

	@PostMapping(value = "/{radicado}/prorroga", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd prorrogar(@PathVariable String radicado, @Valid @RequestBody SolicitudProrroga s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.prorrogar(radicado, s.motivo(), s.nuevoVencimiento(), yo);
	}

	@ExceptionHandler(AccionNoAutorizada.class)
	ResponseEntity<ProblemDetail> noAutorizada(AccionNoAutorizada e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problemas.conParametros(Problemas.de(HttpStatus.FORBIDDEN, e.codigo(), e.getMessage()),
					e.parametros()));
	}

}
