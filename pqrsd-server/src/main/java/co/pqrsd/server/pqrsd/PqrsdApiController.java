package co.pqrsd.server.pqrsd;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.Desistimiento;
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
import org.springframework.web.multipart.MultipartFile;

/** REST API of PQRSD cases (JSON shapes fixed by issue #9). */
@RestController
@RequestMapping("/api/v1/pqrsd")
class PqrsdApiController {

	private final ServicioPqrsd servicio;

	private final SentidosRespuesta sentidos;

	PqrsdApiController(ServicioPqrsd servicio, SentidosRespuesta sentidos) {
		this.servicio = servicio;
		this.sentidos = sentidos;
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

	private static final String TEXTO_MAXIMO = "Máximo 20000 caracteres";

	record SolicitudReasignacion(
			@NotBlank(message = "Es obligatoria") @Pattern(regexp = "\\d{1,5}",
					message = "Código de 1 a 5 dígitos") String dependencia,
			@NotBlank(message = "Es obligatorio") @Size(max = 5000, message = "Máximo 5000 caracteres") String motivo) {
	}

	@PostMapping(value = "/{radicado}/reasignacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd reasignar(@PathVariable String radicado, @Valid @RequestBody SolicitudReasignacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.reasignar(radicado, s.dependencia(), s.motivo(), yo);
	}

	record SolicitudTraslado(
			@NotBlank(message = "Es obligatoria") @Size(max = 300, message = "Máximo 300 caracteres") String entidad,
			@NotBlank(message = "Es obligatorio") @Size(max = 5000, message = "Máximo 5000 caracteres") String motivo) {
	}

	@PostMapping(value = "/{radicado}/traslado", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd trasladar(@PathVariable String radicado, @Valid @RequestBody SolicitudTraslado s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.trasladar(radicado, s.entidad(), s.motivo(), yo);
	}

	/**
	 * @param plazo the peticionario's last day (AAAA-MM-DD); none gives the whole month
	 */
	record SolicitudRequerimiento(
			@NotBlank(message = "Es obligatoria") @Size(max = 20000, message = TEXTO_MAXIMO) String solicitud,
			@Nullable LocalDate plazo) {
	}

	@PostMapping(value = "/{radicado}/requerimiento", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd requerir(@PathVariable String radicado, @Valid @RequestBody SolicitudRequerimiento s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.requerir(radicado, s.solicitud(), s.plazo(), yo);
	}

	/**
	 * @param nuevoPlazo the new last day; none gives the whole extension
	 */
	record SolicitudProrrogaPeticionario(@Nullable LocalDate nuevoPlazo) {
	}

	@PostMapping(value = "/{radicado}/requerimiento/prorroga", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd prorrogarPlazoPeticionario(@PathVariable String radicado,
			@Valid @RequestBody SolicitudProrrogaPeticionario s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.prorrogarPlazoPeticionario(radicado, s.nuevoPlazo(), yo);
	}

	record SolicitudTexto(
			@NotBlank(message = "Es obligatorio") @Size(max = 20000, message = TEXTO_MAXIMO) String texto) {
	}

	@PostMapping(value = "/{radicado}/respuesta-peticionario", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd respuestaPeticionario(@PathVariable String radicado, @Valid @RequestBody SolicitudTexto s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.registrarRespuestaPeticionario(radicado, s.texto(), yo);
	}

	/**
	 * @param sentido for requests of information or documents (modality DOCUMENTOS,
	 * required there): CONCEDIDA, NEGADA or PARCIAL
	 * @param causal for NEGADA and PARCIAL: the code of the ground of Ley 1712 de 2014,
	 * arts. 18 or 19 ({@code GET /api/v1/pqrsd/causales-negacion})
	 * @param motivacion for NEGADA and PARCIAL: why (Ley 1437 de 2011, art. 25)
	 */
	record SolicitudRespuesta(
			@NotBlank(message = "Es obligatorio") @Size(max = 20000, message = TEXTO_MAXIMO) String texto,
			@Nullable @Size(max = 10, message = "CONCEDIDA, NEGADA o PARCIAL") String sentido,
			@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String causal,
			@Nullable @Size(max = 5000, message = "Máximo 5000 caracteres") String motivacion) {
	}

	@PostMapping(value = "/{radicado}/respuesta", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd responder(@PathVariable String radicado, @Valid @RequestBody SolicitudRespuesta s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.responder(radicado, s.texto(), List.of(),
				new SentidosRespuesta.Solicitado(s.sentido(), s.causal(), s.motivacion()), yo);
	}

	/** The grounds on which access to information may be denied, in force. */
	@GetMapping("/causales-negacion")
	List<SentidosRespuesta.Causal> causalesNegacion() {
		return sentidos.causales();
	}

	@PostMapping(value = "/{radicado}/respuesta", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	VistaPqrsd responderConDocumentos(@PathVariable String radicado,
			@RequestParam(required = false) @Nullable String texto,
			@RequestParam(name = "documentos", required = false) @Nullable List<MultipartFile> documentos,
			@RequestParam(required = false) @Nullable String sentido,
			@RequestParam(required = false) @Nullable String causal,
			@RequestParam(required = false) @Nullable String motivacion, @AuthenticationPrincipal UsuarioAutenticado yo)
			throws IOException {
		if (texto != null && texto.length() > 20000) {
			throw new ErrorDominio("RESPUESTA_DEMASIADO_LARGA",
					"El texto de la respuesta admite máximo 20000 caracteres; adjunte el resto como documento.");
		}
		List<RespuestaAdjunto> adjuntos = new ArrayList<>();
		for (MultipartFile f : documentos == null ? List.<MultipartFile>of() : documentos) {
			if (f.isEmpty()) {
				continue;
			}
			adjuntos.add(new RespuestaAdjunto(f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()
					? "documento" : f.getOriginalFilename(), f.getContentType(), f.getBytes()));
		}
		return servicio.responder(radicado, texto == null ? "" : texto, adjuntos,
				new SentidosRespuesta.Solicitado(sentido, causal, motivacion), yo);
	}

	record SolicitudAprobacion(@NotNull(message = "Es obligatorio: true o false") Boolean aprobada,
			@Nullable @Size(max = 5000, message = "Máximo 5000 caracteres") String observaciones) {
	}

	@PostMapping(value = "/{radicado}/aprobacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd aprobar(@PathVariable String radicado, @Valid @RequestBody SolicitudAprobacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.aprobar(radicado, s.aprobada(), s.observaciones(), yo);
	}

	/**
	 * @param acto EXPRESO: the radicado of the written withdrawal; TACITO: the number of
	 * the motivated act
	 * @param motivacion TACITO: the act's reasons (required); EXPRESO: the peticionario's
	 * words
	 */
	record SolicitudDesistimiento(@NotNull(message = "Es obligatorio: EXPRESO o TACITO") Desistimiento.Tipo tipo,
			@NotBlank(message = "Es obligatorio") @Size(max = 300, message = "Máximo 300 caracteres") String acto,
			@Nullable @Size(max = 20000, message = TEXTO_MAXIMO) String motivacion) {
	}

	@PostMapping(value = "/{radicado}/desistimiento", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd desistir(@PathVariable String radicado, @Valid @RequestBody SolicitudDesistimiento s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.desistir(radicado, s.tipo(), s.acto(), s.motivacion(), yo);
	}

	@PostMapping(value = "/{radicado}/notas", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd registrarNota(@PathVariable String radicado, @Valid @RequestBody SolicitudTexto s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.registrarNota(radicado, s.texto(), yo);
	}

	record SolicitudConsulta(
			@NotBlank(message = "Es obligatoria") @Pattern(regexp = "\\d{1,5}",
					message = "Código de 1 a 5 dígitos") String dependencia,
			@NotBlank(message = "Es obligatoria") @Size(max = 20000, message = TEXTO_MAXIMO) String pregunta,
			@NotNull(message = "Es obligatoria (AAAA-MM-DD)") LocalDate vence) {
	}

	@PostMapping(value = "/{radicado}/consultas", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd consultar(@PathVariable String radicado, @Valid @RequestBody SolicitudConsulta s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.consultar(radicado, s.dependencia(), s.pregunta(), s.vence(), yo);
	}

	@PostMapping(value = "/{radicado}/consultas/{numero}/respuesta", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaPqrsd responderConsulta(@PathVariable String radicado, @PathVariable int numero,
			@Valid @RequestBody SolicitudTexto s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.responderConsulta(radicado, numero, s.texto(), yo);
	}

	@PostMapping("/{radicado}/cierre")
	VistaPqrsd cerrar(@PathVariable String radicado, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.cerrar(radicado, yo);
	}

	/** What the user may do now, each refused action with its reason. */
	record AccionVista(String accion, String nombre, boolean permitida, @Nullable String codigo,
			@Nullable String motivo) {
	}

	@GetMapping("/{radicado}/acciones")
	List<AccionVista> acciones(@PathVariable String radicado, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.acciones(radicado, yo)
			.stream()
			.map(e -> new AccionVista(e.accion().name(), e.accion().nombre(), e.permitida(),
					e.rechazo() == null ? null : e.rechazo().codigo(),
					e.rechazo() == null ? null : e.rechazo().motivo()))
			.toList();
	}

	record DocumentoVista(String origen, String radicado, long id, String rol, String nombre, int version,
			String tipoMime, long tamano, String url) {
	}

	@GetMapping("/{radicado}/documentos")
	List<DocumentoVista> documentos(@PathVariable String radicado, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.documentos(radicado, yo)
			.stream()
			.map(d -> new DocumentoVista(d.origen(), d.radicado(), d.id(), d.rol(), d.nombre(), d.version(),
					d.tipoMime(), d.tamano(), d.url()))
			.toList();
	}

	@ExceptionHandler(AccionNoAutorizada.class)
	ResponseEntity<ProblemDetail> noAutorizada(AccionNoAutorizada e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problemas.conParametros(Problemas.de(HttpStatus.FORBIDDEN, e.codigo(), e.getMessage()),
					e.parametros()));
	}

}
