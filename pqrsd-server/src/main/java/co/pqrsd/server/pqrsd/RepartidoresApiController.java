package co.pqrsd.server.pqrsd;

import java.util.List;

import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Per-dependencia settings of the PQRSD work: repartidores and the approval step. */
@RestController
@RequestMapping("/api/v1/pqrsd")
class RepartidoresApiController {

	private final RepartidoresPqrsd repartidores;

	private final AprobacionDependencias aprobacion;

	RepartidoresApiController(RepartidoresPqrsd repartidores, AprobacionDependencias aprobacion) {
		this.repartidores = repartidores;
		this.aprobacion = aprobacion;
	}

	record Repartidores(String dependencia, List<String> usuarios) {
	}

	record SolicitudRepartidores(@NotNull(message = "Es obligatoria (puede ser vacía)") @Size(max = 100,
			message = "Máximo 100 usuarios") List<@NotNull(message = "No puede ser nulo") @Size(min = 1, max = 40,
					message = "De 1 a 40 caracteres") String> usuarios) {
	}

	@GetMapping("/repartidores/{dependencia}")
	Repartidores repartidores(@PathVariable String dependencia, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return new Repartidores(dependencia, repartidores.listar(dependencia, yo));
	}

	@PutMapping(value = "/repartidores/{dependencia}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Repartidores definirRepartidores(@PathVariable String dependencia, @Valid @RequestBody SolicitudRepartidores s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return new Repartidores(dependencia, repartidores.definir(dependencia, s.usuarios(), yo));
	}

	record SolicitudAprobacion(@NotNull(message = "Es obligatorio: true o false") Boolean requiereAprobacion) {
	}

	@GetMapping("/dependencias/{codigo}/aprobacion")
	AprobacionDependencias.Configuracion aprobacion(@PathVariable String codigo) {
		return aprobacion.obtener(codigo);
	}

	@PutMapping(value = "/dependencias/{codigo}/aprobacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	AprobacionDependencias.Configuracion definirAprobacion(@PathVariable String codigo,
			@Valid @RequestBody SolicitudAprobacion s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return aprobacion.definir(codigo, s.requiereAprobacion(), yo);
	}

}
