package co.pqrsd.server.archivo.expedientes;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the expedientes (issue #11): the dependencia (or ARCHIVISTA) opens,
 * incorporates and closes; reads honour the access level.
 */
@RestController
@RequestMapping("/api/v1/expedientes")
class ExpedientesApiController {

	private final ServicioExpedientes servicio;

	ExpedientesApiController(ServicioExpedientes servicio) {
		this.servicio = servicio;
	}

	@GetMapping
	List<Expediente> listar(@RequestParam(required = false) @Nullable String dependencia,
			@RequestParam(required = false) @Nullable @Pattern(regexp = "ABIERTO|CERRADO",
					message = "Valores permitidos: ABIERTO, CERRADO") String estado,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.listar(yo, dependencia, estado);
	}

	record SolicitudApertura(
			@NotBlank(message = "Es obligatoria") @Pattern(regexp = "[0-9]{1,5}",
					message = "Código de 1 a 5 dígitos") String dependencia,
			@NotBlank(message = "Es obligatoria") @Size(max = 10, message = "Máximo 10 caracteres") String serie,
			@Nullable @Size(max = 10, message = "Máximo 10 caracteres") String subserie,
			@NotBlank(message = "Es obligatorio") @Size(max = 300, message = "Máximo 300 caracteres") String nombre,
			@Nullable @Size(max = 4000, message = "Máximo 4000 caracteres") String descripcion,
			@Nullable @Pattern(regexp = "FISICO|ELECTRONICO|HIBRIDO",
					message = "Valores permitidos: FISICO, ELECTRONICO, HIBRIDO") String soporte,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String ubicacionFisica,
			@Nullable NivelAcceso nivelAcceso,
			@Nullable @Size(max = 1000, message = "Máximo 1000 caracteres") String fundamentoReserva,
			@Nullable LocalDate reservaHasta) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Expediente> abrir(@Valid @RequestBody SolicitudApertura s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Expediente e = servicio.abrir(new ServicioExpedientes.Apertura(s.dependencia(), s.serie(), s.subserie(),
				s.nombre(), s.descripcion(), s.soporte(), s.ubicacionFisica(),
				s.nivelAcceso() == null ? NivelAcceso.PUBLICA : s.nivelAcceso(), s.fundamentoReserva(),
				s.reservaHasta()), yo);
		return ResponseEntity.created(URI.create("/api/v1/expedientes/" + e.id())).body(e);
	}

	@GetMapping("/{id}")
	Expediente obtener(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.obtener(id, yo);
	}

	@GetMapping("/{id}/indice")
	List<EntradaIndice> indice(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.indice(id, yo);
	}

	@PostMapping(value = "/{id}/documentos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EntradaIndice> incorporar(@PathVariable long id, @RequestPart("archivo") MultipartFile archivo,
			@RequestParam(required = false) @Nullable @Size(max = 300,
					message = "Máximo 300 caracteres") String tipologia,
			@RequestParam(required = false) @Nullable OrigenDocumento origen,
			@RequestParam(required = false) @Nullable LocalDate fechaCreacion,
			@AuthenticationPrincipal UsuarioAutenticado yo) throws IOException {
		if (archivo.getSize() > ServicioExpedientes.TAMANO_MAXIMO) {
			throw new co.pqrsd.server.comun.DemasiadoGrande("DOCUMENTO_DEMASIADO_GRANDE",
					"El documento supera el tamaño máximo permitido ("
							+ ServicioExpedientes.TAMANO_MAXIMO / (1024 * 1024) + " MB).",
					java.util.Map.of("documento", String.valueOf(archivo.getOriginalFilename())));
		}
		String nombre = archivo.getOriginalFilename() == null || archivo.getOriginalFilename().isBlank() ? "documento"
				: archivo.getOriginalFilename();
		EntradaIndice e = servicio.incorporarArchivo(id, new ServicioExpedientes.Carga(nombre, archivo.getBytes(),
				tipologia, origen == null ? OrigenDocumento.ELECTRONICO : origen, fechaCreacion), yo);
		return ResponseEntity.created(URI.create("/api/v1/expedientes/" + id + "/documentos/" + e.orden())).body(e);
	}

	record SolicitudRadicado(
			@NotBlank(message = "Es obligatorio") @Size(max = 40, message = "Máximo 40 caracteres") String radicado,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String tipologia) {
	}

	@PostMapping(value = "/{id}/radicados", consumes = MediaType.APPLICATION_JSON_VALUE)
	List<EntradaIndice> incorporarRadicado(@PathVariable long id, @Valid @RequestBody SolicitudRadicado s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.incorporarRadicado(id, s.radicado().strip(), s.tipologia(), yo);
	}

	@PostMapping("/{id}/cierre")
	Expediente cerrar(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.cerrar(id, yo);
	}

	record SolicitudInicio(@NotNull(message = "Es obligatoria") LocalDate fecha) {
	}

	@PostMapping(value = "/{id}/inicio-retencion", consumes = MediaType.APPLICATION_JSON_VALUE)
	Expediente inicioRetencion(@PathVariable long id, @Valid @RequestBody SolicitudInicio s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.fijarInicioRetencion(id, s.fecha(), yo);
	}

	@GetMapping("/{id}/documentos/{orden}")
	ResponseEntity<InputStreamResource> documento(@PathVariable long id, @PathVariable int orden,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		ServicioExpedientes.Descarga d = servicio.documento(id, orden, yo);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.nombre(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(d.contenido()));
	}

	@GetMapping("/series-pqrsd")
	List<RepositorioExpedientes.SeriePqrsd> seriesPqrsd() {
		return servicio.seriesPqrsd();
	}

	record SolicitudSeriePqrsd(
			@NotBlank(message = "Es obligatoria") @Size(max = 10, message = "Máximo 10 caracteres") String serie,
			@Nullable @Size(max = 10, message = "Máximo 10 caracteres") String subserie,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String tipologia) {
	}

	@PutMapping(value = "/series-pqrsd/{dependencia}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ARCHIVISTA')")
	void configurar(@PathVariable String dependencia, @Valid @RequestBody @NotNull SolicitudSeriePqrsd s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		servicio.configurarSeriePqrsd(dependencia, s.serie(), s.subserie(), s.tipologia(), yo);
	}

}
