package co.pqrsd.server.seguridad;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/usuarios")
class UsuariosApiController {

	private final Usuarios usuarios;

	UsuariosApiController(Usuarios usuarios) {
		this.usuarios = usuarios;
	}

	@GetMapping("/yo")
	Map<String, Object> yo(@AuthenticationPrincipal UsuarioAutenticado yo) {
		Usuario u = usuarios.obtener(yo.username());
		return Map.of("username", u.username(), "nombre", u.nombre(), "email", u.email(), "cargo",
				u.cargo() == null ? "" : u.cargo(), "roles", u.roles().stream().map(Enum::name).sorted().toList(),
				"dependencias", List.copyOf(u.dependencias()));
	}

	record CambioContrasena(@NotBlank(message = "Es obligatorio") String actual,
			@NotBlank(message = "Es obligatorio") String nueva) {
	}

	@PostMapping("/yo/contrasena")
	ResponseEntity<Void> cambiarContrasena(@AuthenticationPrincipal UsuarioAutenticado yo,
			@Valid @RequestBody CambioContrasena c, HttpServletRequest solicitud) {
		usuarios.cambiarContrasena(yo.username(), c.actual(), c.nueva(), solicitud.getRemoteAddr(), null);
		return ResponseEntity.noContent().build();
	}

	@GetMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<Usuario> listar() {
		return usuarios.listar();
	}

	@GetMapping("/{username}")
	@PreAuthorize("hasRole('ADMIN') or #username == authentication.name")
	Usuario obtener(@PathVariable String username) {
		return usuarios.obtener(username);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Usuario> crear(@Valid @RequestBody SolicitudUsuario solicitud) {
		return ResponseEntity.status(HttpStatus.CREATED).body(usuarios.crear(solicitud));
	}

	@PutMapping("/{username}")
	@PreAuthorize("hasRole('ADMIN')")
	Usuario actualizar(@PathVariable String username, @Valid @RequestBody SolicitudUsuario solicitud) {
		return usuarios.actualizar(username, solicitud);
	}

}
