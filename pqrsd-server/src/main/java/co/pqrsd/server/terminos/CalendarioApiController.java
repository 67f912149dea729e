package co.pqrsd.server.terminos;

import co.pqrsd.server.comun.ParametrosFecha;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.calendario.Festivo;
import co.pqrsd.core.calendario.MotivoNoHabil;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendario")
class CalendarioApiController {

	private final CalendarioEntidad calendario;

	CalendarioApiController(CalendarioEntidad calendario) {
		this.calendario = calendario;
	}

	/**
	 * One element per distinct date, sorted; when two holidays share a day,
	 * {@code nombre} names both.
	 */
	@GetMapping("/festivos")
	List<Festivo> festivos(@RequestParam int anio) {
		return calendario.calendario().festivos().festivos(anio);
	}

	@GetMapping("/habil")
	Map<String, Object> habil(@RequestParam String fecha) {
		LocalDate dia = ParametrosFecha.dia("fecha", fecha);
		var motivo = calendario.calendario().motivo(dia);
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("fecha", dia);
		r.put("habil", motivo.isEmpty());
		r.put("motivo", motivo.map(MotivoNoHabil::descripcion).orElse("Día hábil"));
		r.put("clase", motivo.map(m -> m.clase().name()).orElse("HABIL"));
		return r;
	}

	@GetMapping("/cierres")
	List<CierreRegistrado> cierres(@RequestParam(required = false) @Nullable Integer anio) {
		return calendario.cierres()
			.stream()
			.filter(c -> anio == null || c.desde().getYear() <= anio && c.hasta().getYear() >= anio)
			.toList();
	}

	@PostMapping("/cierres")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<CierreRegistrado> declarar(@Valid @RequestBody SolicitudCierre solicitud) {
		return ResponseEntity.status(HttpStatus.CREATED).body(calendario.declararCierre(solicitud));
	}

	record Revocacion(String motivo) {
	}

	@PostMapping("/cierres/{id}/revocacion")
	@PreAuthorize("hasRole('ADMIN')")
	CierreRegistrado revocar(@PathVariable long id, @RequestBody Revocacion revocacion) {
		return calendario.revocarCierre(id, revocacion.motivo());
	}

	@GetMapping("/configuracion")
	ConfiguracionCalendario configuracion() {
		return calendario.configuracion();
	}

	@PutMapping("/configuracion")
	@PreAuthorize("hasRole('ADMIN')")
	ConfiguracionCalendario configurar(@Valid @RequestBody ConfiguracionCalendario configuracion) {
		return calendario.configurar(configuracion);
	}

}
