package co.pqrsd.server.radicacion;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.radicacion.TipoRadicado;
import co.pqrsd.server.comun.DemasiadoGrande;
import co.pqrsd.server.comun.ParametrosFecha;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
class RadicadosApiController {

	private final Radicacion radicacion;

	private final ConsultaRadicados consulta;

	private final DirectorioTerceros directorio;

	private final JsonMapper json;

	private final DataSize maximoJson;

	private final SmartValidator validador;

	RadicadosApiController(Radicacion radicacion, ConsultaRadicados consulta, DirectorioTerceros directorio,
			JsonMapper json, SmartValidator validador,
			@Value("${pqrsd.api.tamano-maximo-json:1MB}") DataSize maximoJson) {
		this.maximoJson = maximoJson;
		this.radicacion = radicacion;
		this.consulta = consulta;
		this.directorio = directorio;
		this.json = json;
		this.validador = validador;
	}

	@PostMapping(value = "/radicados", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Radicado> radicar(@Valid @RequestBody SolicitudRadicacion solicitud,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return creado(radicacion.radicar(solicitud, List.of(), yo));
	}

	/**
	 * Multipart: a {@code radicado} part with the JSON and file parts; a part named
	 * {@code principal} is the main document.
	 */
	@PostMapping(value = "/radicados", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Radicado> radicarConDocumentos(MultipartHttpServletRequest req,
			@AuthenticationPrincipal UsuarioAutenticado yo) throws IOException, BindException {
		SolicitudRadicacion solicitud = leer(req);
		List<Archivo> archivos = new ArrayList<>();
		for (Map.Entry<String, List<MultipartFile>> parte : req.getMultiFileMap().entrySet()) {
			if (parte.getKey().equals("radicado")) {
				continue;
			}
			for (MultipartFile f : parte.getValue()) {
				archivos.add(new Archivo(parte.getKey(), nombre(f), f.getContentType(), f.getInputStream()));
			}
		}
		return creado(radicacion.radicar(solicitud, archivos, yo));
	}

	@GetMapping("/radicados/{numero}")
	Radicado obtener(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return consulta.obtener(numero, yo);
	}

	@GetMapping("/radicados")
	ResultadoBusqueda buscar(@RequestParam(required = false) @Nullable String numero,
			@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable TipoRadicado tipo,
			@RequestParam(required = false) @Nullable String dependencia,
			@RequestParam(required = false) @Nullable String tercero,
			@RequestParam(required = false) @Nullable String asunto,
			@RequestParam(required = false) @Nullable Medio medio,
			@RequestParam(required = false) @Nullable String estado,
			@RequestParam(required = false) @Nullable String radicador,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int pagina,
			@RequestParam(defaultValue = "50") int tamano, @AuthenticationPrincipal UsuarioAutenticado yo) {
		if (pagina < 1 || tamano < 1 || tamano > 200) {
			throw new ErrorDominio("PARAMETRO_INVALIDO",
					"La página debe ser 1 o mayor y el tamaño estar entre 1 y 200.");
		}
		if (estado != null && !estado.isBlank() && !estado.equals("VIGENTE") && !estado.equals("ANULADO")) {
			throw new ErrorDominio("VALOR_NO_PERMITIDO", "El estado debe ser VIGENTE o ANULADO.");
		}
		return consulta.buscar(FiltroRadicados.builder()
			.numero(numero)
			.entre(ParametrosFecha.limite("desde", desde, false), ParametrosFecha.limite("hasta", hasta, true))
			.tipo(tipo)
			.dependencia(dependencia)
			.tercero(tercero)
			.asunto(asunto)
			.medio(medio)
			.estado(estado)
			.radicador(radicador)
			.texto(q)
			.pagina(pagina, tamano)
			.build(), yo);
	}

	record SolicitudAnulacion(@Nullable String justificacion, @Nullable String acta) {
	}

	@PostMapping("/radicados/{numero}/anulacion")
	Radicado anular(@PathVariable String numero, @RequestBody SolicitudAnulacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return radicacion.anular(numero, s.justificacion(), s.acta(), yo);
	}

	record SolicitudAnotacion(@Nullable String texto) {
	}

	@PostMapping("/radicados/{numero}/anotaciones")
	ResponseEntity<Radicado.Anotacion> anotar(@PathVariable String numero, @RequestBody SolicitudAnotacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return ResponseEntity.status(201).body(radicacion.anotar(numero, s.texto(), yo));
	}

	@PostMapping(value = "/radicados/{numero}/documentos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Radicado.Documento> agregarDocumento(@PathVariable String numero, MultipartHttpServletRequest req,
			@RequestParam(required = false) @Nullable Long versionDe,
			@RequestParam(defaultValue = "false") boolean anexo, @AuthenticationPrincipal UsuarioAutenticado yo)
			throws IOException {
		List<MultipartFile> archivos = req.getMultiFileMap().values().stream().flatMap(List::stream).toList();
		if (archivos.size() != 1) {
			throw new ErrorDominio("PARTE_REQUERIDA",
					"Envíe exactamente un archivo por solicitud (se recibieron " + archivos.size() + ").");
		}
		MultipartFile f = archivos.get(0);
		Radicado.Documento d = radicacion.agregarDocumento(numero,
				new Archivo(f.getName(), nombre(f), f.getContentType(), f.getInputStream()), versionDe, anexo, yo);
		return ResponseEntity.created(URI.create("/api/v1/radicados/" + numero + "/documentos/" + d.id())).body(d);
	}

	@GetMapping("/radicados/{numero}/documentos/{id}")
	ResponseEntity<InputStreamResource> descargar(@PathVariable String numero, @PathVariable long id,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.descarga(consulta.descargar(numero, id, yo));
	}

	@GetMapping("/radicados/{numero}/documentos/{id}/verificacion")
	Map<String, Object> verificarDocumento(@PathVariable String numero, @PathVariable long id,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Map.of("documento", id, "integro", consulta.verificarDocumento(numero, id, yo));
	}

	@GetMapping(value = "/radicados/{numero}/documentos/{id}/estampado.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> estampado(@PathVariable String numero, @PathVariable long id,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.pdf("estampado-" + numero + ".pdf", consulta.estampado(numero, id, yo));
	}

	@GetMapping(value = "/radicados/{numero}/rotulo.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> rotulo(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.pdf("rotulo-" + numero + ".pdf", consulta.rotulo(numero, yo));
	}

	@GetMapping(value = "/radicados/{numero}/constancia.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> constancia(@PathVariable String numero, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return Respuestas.pdf("constancia-" + numero + ".pdf", consulta.constancia(numero, yo));
	}

	@GetMapping("/radicados/anulaciones")
	List<Map<String, Object>> anulaciones(@RequestParam int anio, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return consulta.anulaciones(anio, yo);
	}

	@GetMapping("/radicados/posibles-duplicados")
	List<String> duplicados(@RequestParam String numeroDocumento, @RequestParam String asunto,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return consulta.posiblesDuplicados(numeroDocumento, asunto, yo);
	}

	@GetMapping("/terceros")
	List<Map<String, Object>> terceros(@RequestParam String q, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return directorio.buscar(q, yo);
	}

	@PutMapping("/terceros/{id}")
	Map<String, Object> actualizarTercero(@PathVariable long id, @Valid @RequestBody SolicitudTercero s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return directorio.actualizar(id, s, yo);
	}

	private SolicitudRadicacion leer(MultipartHttpServletRequest req) throws IOException, BindException {
		String texto = req.getParameter("radicado");
		MultipartFile parte = req.getFile("radicado");
		if (texto == null && parte != null) {
			// The data part obeys the JSON limit, whatever the multipart limit for files.
			if (parte.getSize() > maximoJson.toBytes()) {
				throw new DemasiadoGrande("CUERPO_DEMASIADO_GRANDE",
						"La parte 'radicado' supera el máximo de " + maximoJson.toKilobytes() + " KB.",
						Map.of("maximo", maximoJson.toBytes()));
			}
			texto = new String(parte.getBytes(), StandardCharsets.UTF_8);
		}
		if (texto == null || texto.isBlank()) {
			throw new ErrorDominio("PARTE_REQUERIDA", "Falta la parte 'radicado' con los datos en JSON.");
		}
		SolicitudRadicacion solicitud;
		try {
			solicitud = json.readValue(texto, SolicitudRadicacion.class);
		}
		catch (JacksonException e) {
			throw new HttpMessageNotReadableException("radicado", e,
					new ServletServerHttpRequest((HttpServletRequest) req));
		}
		BeanPropertyBindingResult errores = new BeanPropertyBindingResult(solicitud, "radicado");
		validador.validate(solicitud, errores);
		if (errores.hasErrors()) {
			throw new BindException(errores);
		}
		return solicitud;
	}

	private static String nombre(MultipartFile f) {
		return f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? f.getName()
				: f.getOriginalFilename();
	}

	private static ResponseEntity<Radicado> creado(Radicado r) {
		return ResponseEntity.created(URI.create("/api/v1/radicados/" + r.numero())).body(r);
	}

}
