package co.pqrsd.server.seguridad;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dependencias")
class DependenciasApiController {

	private final Dependencias dependencias;

	DependenciasApiController(Dependencias dependencias) {
		this.dependencias = dependencias;
	}

	@GetMapping
	List<Dependencia> listar() {
		return dependencias.listar();
	}

	@GetMapping("/{codigo}")
	Dependencia obtener(@PathVariable String codigo) {
		return dependencias.obtener(codigo);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Dependencia> crear(@Valid @RequestBody SolicitudDependencia solicitud) {
		return ResponseEntity.status(HttpStatus.CREATED).body(dependencias.crear(solicitud));
	}

	@PutMapping("/{codigo}")
	@PreAuthorize("hasRole('ADMIN')")
	Dependencia actualizar(@PathVariable String codigo, @Valid @RequestBody SolicitudDependencia solicitud) {
		return dependencias.actualizar(codigo, solicitud);
	}

}
