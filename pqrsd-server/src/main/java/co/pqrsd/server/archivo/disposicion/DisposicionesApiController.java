package co.pqrsd.server.archivo.disposicion;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.archivo.retencion.PlazosRetencion.Vencimiento;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.archivo.retencion.ListaPendientes;
import co.pqrsd.server.archivo.retencion.Retencion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disposición final ({@code /api/v1/disposiciones/...}), legal holds
 * ({@code /api/v1/bloqueos}) and the public inventory with citizens' observations
 * ({@code /api/v1/publico/disposiciones}); shapes in docs/archivo-indice.md.
 */
@RestController
class DisposicionesApiController {

	private final ServicioDisposicion servicio;

	private final Bloqueos bloqueos;

	private final Retencion retencion;

	private final java.time.Clock reloj;

	DisposicionesApiController(ServicioDisposicion servicio, Bloqueos bloqueos, Retencion retencion,
			java.time.Clock reloj) {
		this.servicio = servicio;
		this.bloqueos = bloqueos;
		this.retencion = retencion;
		this.reloj = reloj;
	}

	/**
	 * Expedientes whose retention in the archivo central ended and whose TRD allows
	 * elimination.
	 */
	@GetMapping("/api/v1/disposiciones/candidatos")
	ListaPendientes candidatos(@RequestParam(required = false) @Nullable String dependencia,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int pagina,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return retencion.pendientes(Vencimiento.DISPOSICION_FINAL, LocalDate.ofInstant(reloj.instant(), Colombia.ZONA),
				dependencia, pagina);
	}

	record SolicitudDisposicion(
			@NotBlank(message = "Es obligatorio") @Size(max = 500,
					message = "Máximo 500 caracteres") String descripcion,
			@NotNull(message = "Es obligatorio") @Size(min = 1, max = ServicioDisposicion.MAXIMO_ITEMS,
					message = "Entre 1 y 2000 expedientes") List<@NotBlank @Size(max = 60) String> expedientes) {
	}

	@PostMapping(value = "/api/v1/disposiciones", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Disposicion> crear(@Valid @RequestBody SolicitudDisposicion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Disposicion d = servicio.crear(s.descripcion().strip(), s.expedientes().stream().map(String::strip).toList(),
				yo);
		return ResponseEntity.created(URI.create("/api/v1/disposiciones/" + d.id())).body(d);
	}

	@GetMapping("/api/v1/disposiciones")
	List<Disposicion> listar(@AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return servicio.listar();
	}

	@GetMapping("/api/v1/disposiciones/{id}")
	Disposicion obtener(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return servicio.obtener(id);
	}

	record SolicitudAprobacion(
			@NotBlank(message = "Es obligatorio") @Size(max = 100, message = "Máximo 100 caracteres") String acta,
			@NotNull(message = "Es obligatorio") LocalDate fecha) {
	}

	@PostMapping(value = "/api/v1/disposiciones/{id}/aprobacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	Disposicion aprobar(@PathVariable long id, @Valid @RequestBody SolicitudAprobacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.aprobar(id, s.acta().strip(), s.fecha(), yo);
	}

	@PostMapping("/api/v1/disposiciones/{id}/publicacion")
	Disposicion publicar(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.publicar(id, yo);
	}

	record SolicitudRespuesta(@NotBlank(message = "Es obligatorio") @Size(max = 4000,
			message = "Máximo 4000 caracteres") String respuesta, @Nullable Boolean excluye) {
	}

	@PostMapping(value = "/api/v1/disposiciones/{id}/observaciones/{observacion}/respuesta",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	Disposicion responder(@PathVariable long id, @PathVariable long observacion,
			@Valid @RequestBody SolicitudRespuesta s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.responder(id, observacion, s.respuesta().strip(), Boolean.TRUE.equals(s.excluye()), yo);
	}

	record SolicitudActa(
			@NotBlank(message = "Es obligatorio") @Size(max = 100, message = "Máximo 100 caracteres") String acta) {
	}

	@PostMapping(value = "/api/v1/disposiciones/{id}/acta", consumes = MediaType.APPLICATION_JSON_VALUE)
	Disposicion acta(@PathVariable long id, @Valid @RequestBody SolicitudActa s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.firmarActa(id, s.acta().strip(), yo);
	}

	@PostMapping("/api/v1/disposiciones/{id}/ejecucion")
	Disposicion ejecutar(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.ejecutar(id, yo);
	}

	@GetMapping("/api/v1/disposiciones/lapidas/{numero}")
	Map<String, Object> lapida(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return servicio.lapida(numero);
	}

	record SolicitudConservacion(
			@NotBlank(message = "Es obligatorio") @Pattern(regexp = "CT|MD", message = "CT o MD") String tipo,
			@NotBlank(message = "Es obligatorio") @Size(max = 2000,
					message = "Máximo 2000 caracteres") String descripcion,
			@Nullable @Pattern(regexp = "[0-9a-f]{64}",
					message = "Huella SHA-256 en hexadecimal") String evidenciaSha256) {
	}

	@PostMapping(value = "/api/v1/disposiciones/conservacion/{numero}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> conservar(@PathVariable String numero,
			@Valid @RequestBody SolicitudConservacion s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		long id = servicio.registrarConservacion(numero, s.tipo(), s.descripcion().strip(), s.evidenciaSha256(), yo);
		return ResponseEntity.status(201).body(Map.of("id", id, "expediente", numero, "tipo", s.tipo()));
	}

	// Legal holds

	record SolicitudBloqueo(@NotBlank(message = "Es obligatorio") @Size(max = 60) String expediente,
			@NotBlank(message = "Es obligatorio") @Size(max = 500, message = "Máximo 500 caracteres") String motivo,
			@Nullable @Size(max = 200, message = "Máximo 200 caracteres") String referencia) {
	}

	@PostMapping(value = "/api/v1/bloqueos", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Bloqueos.Bloqueo> bloquear(@Valid @RequestBody SolicitudBloqueo s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Bloqueos.Bloqueo b = bloqueos.crear(s.expediente().strip(), s.motivo().strip(), s.referencia(), yo);
		return ResponseEntity.created(URI.create("/api/v1/bloqueos/" + b.id())).body(b);
	}

	@GetMapping("/api/v1/bloqueos")
	List<Bloqueos.Bloqueo> bloqueos(@RequestParam(defaultValue = "true") boolean vigentes,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return bloqueos.listar(vigentes);
	}

	record SolicitudLevantamiento(
			@NotBlank(message = "Es obligatorio") @Size(max = 500, message = "Máximo 500 caracteres") String motivo) {
	}

	@PostMapping(value = "/api/v1/bloqueos/{id}/levantamiento", consumes = MediaType.APPLICATION_JSON_VALUE)
	Bloqueos.Bloqueo levantar(@PathVariable long id, @Valid @RequestBody SolicitudLevantamiento s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return bloqueos.levantar(id, s.motivo().strip(), yo);
	}

	// Public inventory (R-TRD-9), no login

	record InventarioPublico(long id, String descripcion, @Nullable LocalDate publicacionDesde,
			@Nullable LocalDate publicacionHasta, @Nullable String actaComite, List<FilaPublica> filas) {
	}

	record FilaPublica(int orden, String expediente, String codigoTrd, String serie, @Nullable LocalDate fechaInicial,
			@Nullable LocalDate fechaFinal, String disposicion) {
	}

	static InventarioPublico publico(Disposicion d) {
		return new InventarioPublico(d.id(), d.descripcion(), d.publicacionDesde(), d.publicacionHasta(),
				d.actaComite(),
				d.items()
					.stream()
					.map(i -> new FilaPublica(i.orden(), i.expediente(), i.codigoTrd(), i.serie(), i.fechaApertura(),
							i.fechaCierre(), i.disposicion()))
					.toList());
	}

	@GetMapping("/api/v1/publico/disposiciones")
	List<InventarioPublico> publicadas() {
		return servicio.publicadas().stream().map(DisposicionesApiController::publico).toList();
	}

	record SolicitudObservacion(@Nullable @Min(1) Integer orden,
			@NotBlank(message = "Es obligatorio") @Size(max = 200, message = "Máximo 200 caracteres") String nombre,
			@Nullable @Email(message = "Correo inválido") @Size(max = 200) String correo,
			@NotBlank(message = "Es obligatorio") @Size(max = 4000, message = "Máximo 4000 caracteres") String texto) {
	}

	@PostMapping(value = "/api/v1/publico/disposiciones/{id}/observaciones",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> observar(@PathVariable long id, @Valid @RequestBody SolicitudObservacion s) {
		Disposicion.Observacion o = servicio.observar(id, s.orden(), s.nombre().strip(), s.correo(), s.texto().strip());
		return ResponseEntity.status(201).body(Map.of("id", o.id(), "recibidaEn", o.recibidaEn()));
	}

}
