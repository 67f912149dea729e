package co.pqrsd.server.archivo.transferencias;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.archivo.retencion.TipoTransferencia;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.archivo.retencion.ListaPendientes;
import co.pqrsd.server.archivo.retencion.Retencion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfers and their FUID (docs/archivo-indice.md): {@code /api/v1/transferencias/...}.
 */
@RestController
@RequestMapping("/api/v1/transferencias")
class TransferenciasApiController {

	private final ServicioTransferencias servicio;

	private final Retencion retencion;

	private final java.time.Clock reloj;

	TransferenciasApiController(ServicioTransferencias servicio, Retencion retencion, java.time.Clock reloj) {
		this.servicio = servicio;
		this.retencion = retencion;
		this.reloj = reloj;
	}

	/** The archivist's due list: transferencias primarias or secundarias due today. */
	@GetMapping("/pendientes")
	ListaPendientes pendientes(@RequestParam(defaultValue = "PRIMARIA") TipoTransferencia tipo,
			@RequestParam(required = false) @Nullable String dependencia,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100000) int pagina,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return retencion.pendientes(ServicioTransferencias.vencimiento(tipo),
				LocalDate.ofInstant(reloj.instant(), Colombia.ZONA), dependencia, pagina);
	}

	record SolicitudItem(@NotBlank(message = "Es obligatorio") @Size(max = 60) String expediente,
			@NotBlank(message = "Es obligatorio") @Size(max = 100,
					message = "Máximo 100 caracteres") String unidadConservacion,
			@NotNull(message = "Es obligatorio") @Min(value = 0,
					message = "No puede ser negativo") @Max(1000000) Integer folios,
			@NotBlank(message = "Es obligatorio") @Size(max = 60,
					message = "Máximo 60 caracteres") String frecuenciaConsulta,
			@Nullable @Size(max = 1000, message = "Máximo 1000 caracteres") String notas) {
	}

	record SolicitudTransferencia(@NotNull(message = "Es obligatorio") TipoTransferencia tipo,
			@NotBlank(message = "Es obligatorio") @Size(max = 10) String dependencia,
			@NotNull(message = "Es obligatorio") @Size(min = 1, max = ServicioTransferencias.MAXIMO_ITEMS,
					message = "Entre 1 y 2000 expedientes") List<@NotNull @Valid SolicitudItem> expedientes) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Transferencia> crear(@Valid @RequestBody SolicitudTransferencia s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Transferencia t = servicio.crear(s.tipo(), s.dependencia(),
				s.expedientes()
					.stream()
					.map(i -> new ServicioTransferencias.ItemSolicitud(i.expediente().strip(),
							i.unidadConservacion().strip(), i.folios(), i.frecuenciaConsulta().strip(), i.notas()))
					.toList(),
				yo);
		return ResponseEntity.created(URI.create("/api/v1/transferencias/" + t.numero())).body(t);
	}

	@GetMapping
	List<Transferencia> listar(@AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return servicio.listar();
	}

	@GetMapping("/{numero}")
	Transferencia obtener(@PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return servicio.obtener(numero);
	}

	@GetMapping("/{numero}/fuid.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return adjunto(Fuid.xlsx(servicio.obtener(numero)),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"fuid-nt-" + numero + ".xlsx");
	}

	@GetMapping("/{numero}/fuid.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Expedientes.exigirArchivista(yo);
		return adjunto(Fuid.pdf(servicio.obtener(numero)), MediaType.APPLICATION_PDF, "fuid-nt-" + numero + ".pdf");
	}

	record SolicitudAceptacion(@Nullable Map<String, @Size(max = 300) String> ubicaciones) {
	}

	@PostMapping(value = "/{numero}/aceptacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	Transferencia aceptar(@PathVariable int numero, @Valid @RequestBody SolicitudAceptacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.aceptar(numero, s.ubicaciones() == null ? Map.of() : s.ubicaciones(), yo);
	}

	record SolicitudDevolucion(@NotBlank(message = "Es obligatorio") @Size(max = 4000,
			message = "Máximo 4000 caracteres") String observaciones) {
	}

	@PostMapping(value = "/{numero}/devolucion", consumes = MediaType.APPLICATION_JSON_VALUE)
	Transferencia devolver(@PathVariable int numero, @Valid @RequestBody SolicitudDevolucion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.devolver(numero, s.observaciones().strip(), yo);
	}

	static ResponseEntity<byte[]> adjunto(byte[] contenido, MediaType tipo, String nombre) {
		return ResponseEntity.ok()
			.contentType(tipo)
			.header("Content-Disposition", "attachment; filename=\"" + nombre + "\"")
			.body(contenido);
	}

}
