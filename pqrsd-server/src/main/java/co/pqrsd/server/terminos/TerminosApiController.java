package co.pqrsd.server.terminos;

import co.pqrsd.server.comun.ParametrosFecha;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.terminos.ReglaTermino;
import co.pqrsd.core.terminos.Vencimiento;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/terminos")
class TerminosApiController {

	private final CalendarioEntidad calendario;

	TerminosApiController(CalendarioEntidad calendario) {
		this.calendario = calendario;
	}

	/**
	 * The deadline of a petition received at {@code recibido}, with its explanation.
	 * Optionally checks a prórroga to {@code prorrogaHasta} informed at
	 * {@code prorrogaInformada}.
	 */
	@GetMapping("/vencimiento")
	RespuestaVencimiento vencimiento(@RequestParam String modalidad, @RequestParam String recibido,
			@RequestParam(required = false) @Nullable String prorrogaHasta,
			@RequestParam(required = false) @Nullable String prorrogaInformada,
			@RequestParam(required = false) @Nullable String motivoProrroga) {
		Vencimiento v = calendario.motor().calcular(modalidad, ParametrosFecha.instante("recibido", recibido));
		if (prorrogaHasta != null && !prorrogaHasta.isBlank()) {
			LocalDate nueva = ParametrosFecha.dia("prorrogaHasta", prorrogaHasta);
			var informada = prorrogaInformada == null || prorrogaInformada.isBlank() ? calendario.ahora()
					: ParametrosFecha.instante("prorrogaInformada", prorrogaInformada);
			v = calendario.motor()
				.prorrogar(v, nueva, informada, motivoProrroga == null ? "(sin motivo indicado)" : motivoProrroga);
		}
		return RespuestaVencimiento.de(v, calendario);
	}

	@GetMapping("/modalidades")
	List<Map<String, Object>> modalidades() {
		return calendario.modalidades();
	}

	@PostMapping("/modalidades")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<ReglaTermino> crear(@Valid @RequestBody SolicitudModalidad solicitud) {
		return ResponseEntity.status(HttpStatus.CREATED).body(calendario.crearModalidad(solicitud));
	}

}
