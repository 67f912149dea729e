package co.pqrsd.server.ciudadano;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.comun.PdfSimple;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's pages, without login: the entry page, the PQRSD form (plain POST with
 * server-side validation and PRG, so it works with JavaScript off), the receipt (page and
 * PDF) with the code shown once, the status lookup by radicado and code, and the
 * data-protection policy.
 */
@Controller
class CiudadanoController {

	static final List<String> ETIQUETAS = List.of("PETICION", "QUEJA", "RECLAMO", "SUGERENCIA", "DENUNCIA",
			"FELICITACION");

	static final List<String> TIPOS_DOCUMENTO = List.of("CC", "TI", "RC", "NUIP", "CE", "PA", "PEP", "PPT", "NIT",
			"OTRO");

	static final List<String> CANALES_RESPUESTA = List.of("CORREO_ELECTRONICO", "CORREO_POSTAL", "PRESENCIAL");

	private final ServicioCiudadano servicio;

	private final RecepcionCiudadana recepcion;

	private final PqrsdCiudadano pqrsd;

	private final CiudadanoProperties propiedades;

	private final Validator validador;

	private final Fechas fechas;

	CiudadanoController(ServicioCiudadano servicio, RecepcionCiudadana recepcion, PqrsdCiudadano pqrsd,
			CiudadanoProperties propiedades, Validator validador, Fechas fechas) {
		this.servicio = servicio;
		this.recepcion = recepcion;
		this.pqrsd = pqrsd;
		this.propiedades = propiedades;
		this.validador = validador;
		this.fechas = fechas;
	}

	@GetMapping("/ciudadano")
	String portal(Model modelo) {
		modelo.addAttribute("politicaDatos", propiedades.getPoliticaDatos());
		return "ciudadano/portal";
	}

	@GetMapping("/ciudadano/pqrsd")
	String formulario(Model modelo) {
		return formulario(modelo, FormularioCiudadano.vacio(), Map.of(), null);
	}

	@PostMapping(value = "/ciudadano/pqrsd")
	String radicar(@RequestParam(name = "archivos", required = false) @Nullable List<MultipartFile> archivos,
			Model modelo, HttpServletRequest req, HttpServletResponse res, RedirectAttributes redireccion) {
		FormularioCiudadano f = FormularioCiudadano.de(req);
		Map<String, String> errores = validar(f);
		if (!errores.isEmpty()) {
			res.setStatus(400);
			return formulario(modelo, f, errores, null);
		}
		ServicioCiudadano.Recibo recibo;
		try {
			recepcion.exigirSinTrampa(f.sitioWeb());
			recibo = servicio.radicar(solicitud(f, PublicoApiController.adjuntos(archivos)), f.autorizaDatos(),
					req.getRemoteAddr());
		}
		catch (LimitesCiudadano.LimiteExcedido e) {
			res.setStatus(429);
			res.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.segundos()));
			return formulario(modelo, f, Map.of(), e.getMessage());
		}
		catch (ErrorDominio e) {
			res.setStatus(400);
			String codigo = e.codigo();
			if (codigo.startsWith("DOCUMENTO_") || codigo.startsWith("TIPO_DOCUMENTO") || codigo.contains("ARCHIVO")
					|| codigo.startsWith("ADJUNTO")) {
				return formulario(modelo, f, Map.of("archivos", e.getMessage()), null);
			}
			return formulario(modelo, f, Map.of(), e.getMessage());
		}
		redireccion.addFlashAttribute("recibo", recibo);
		return "redirect:/ciudadano/pqrsd/recibo";
	}

	@GetMapping("/ciudadano/pqrsd/recibo")
	String recibo(Model modelo) {
		return "ciudadano/recibo";
	}

	@PostMapping("/ciudadano/pqrsd/recibo.pdf")
	ResponseEntity<byte[]> reciboPdf(@RequestParam String radicado, @RequestParam String pin, HttpServletRequest req) {
		servicio.exigirCodigo(radicado, pin, req.getRemoteAddr());
		PqrsdCiudadano.Radicada r = pqrsd.radicada(radicado.strip()).orElseThrow(ServicioCiudadano::noEncontrada);
		byte[] pdf;
		try (PdfSimple d = new PdfSimple("Constancia de radicación " + r.radicado())) {
			d.titulo("Constancia de radicación de su PQRSD")
				.campo("Número de radicado", r.radicado())
				.campo("Fecha y hora de radicación (hora de Colombia)", fechas.fechaHora(r.fechaRadicacion()))
				.campo("Vence el", r.vencimiento() == null ? "Sin término legal" : fechas.fecha(r.vencimiento()))
				.campo("Código de consulta", pin.strip())
				.espacio()
				.subtitulo("Cómo se cuenta el plazo")
				.parrafo(r.explicacionVencimiento())
				.espacio()
				.parrafo("Consulte el estado de su solicitud con el número de radicado y el código de consulta en "
						+ "la página «Consultar mi PQRSD». Guarde el código: por seguridad no se puede recuperar. "
						+ "(Ley 1437 de 2011, arts. 15 y 16; Decreto 1081 de 2015, art. 2.1.1.3.1.2.)");
			pdf = d.bytes();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"constancia-" + r.radicado() + ".pdf\"")
			.body(pdf);
	}

	@GetMapping("/ciudadano/consulta")
	String consulta(Model modelo) {
		return "ciudadano/consulta";
	}

	@PostMapping("/ciudadano/consulta")
	String consultar(@RequestParam(required = false) @Nullable String radicado,
			@RequestParam(required = false) @Nullable String pin, Model modelo, HttpServletRequest req,
			HttpServletResponse res) {
		modelo.addAttribute("radicado", radicado);
		try {
			PqrsdCiudadano.Estado e = servicio.consultar(radicado == null ? "" : radicado, pin == null ? "" : pin,
					req.getRemoteAddr());
			modelo.addAttribute("estado", e);
			modelo.addAttribute("pin", pin);
		}
		catch (LimitesCiudadano.LimiteExcedido e) {
			res.setStatus(429);
			res.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.segundos()));
			modelo.addAttribute("errorConsulta", e.getMessage());
		}
		catch (NoEncontrado e) {
			res.setStatus(404);
			modelo.addAttribute("errorConsulta", e.getMessage());
		}
		return "ciudadano/consulta";
	}

	@PostMapping("/ciudadano/consulta/documento")
	ResponseEntity<byte[]> documento(@RequestParam String radicado, @RequestParam String pin,
			@RequestParam String salida, @RequestParam long id, HttpServletRequest req) {
		return recepcion.documentoRespuesta(radicado, pin, salida, id, req);
	}

	@GetMapping("/ciudadano/tratamiento-datos")
	String tratamientoDatos() {
		return "ciudadano/tratamiento-datos";
	}

	private String formulario(Model modelo, FormularioCiudadano f, Map<String, String> errores,
			@Nullable String errorGeneral) {
		modelo.addAttribute("f", f);
		modelo.addAttribute("politicaDatos", propiedades.getPoliticaDatos());
		modelo.addAttribute("errores", errores);
		modelo.addAttribute("errorGeneral", errorGeneral);
		modelo.addAttribute("etiquetas", ETIQUETAS);
		modelo.addAttribute("tiposDocumento", TIPOS_DOCUMENTO);
		modelo.addAttribute("canalesRespuesta", CANALES_RESPUESTA);
		return "ciudadano/formulario";
	}

	/** Server-side validation, each error tied to its field. */
	private Map<String, String> validar(FormularioCiudadano f) {
		Map<String, String> errores = new LinkedHashMap<>();
		if (!FormularioCiudadano.lleno(f.asunto())) {
			// Ley 1437 de 2011, art. 16 par. 2: only the object is required.
			errores.put("asunto", "Escriba qué solicita: es el único dato obligatorio.");
		}
		else if (f.asunto().length() > 1000) {
			errores.put("asunto", "Máximo 1000 caracteres; escriba el detalle en la descripción.");
		}
		if (f.descripcion() != null && f.descripcion().length() > 20000) {
			errores.put("descripcion", "Máximo 20000 caracteres; adjunte un documento si necesita más.");
		}
		if (f.etiqueta() != null && !f.etiqueta().isBlank() && !ETIQUETAS.contains(f.etiqueta())) {
			errores.put("etiqueta", "Elija un tipo de la lista.");
		}
		if (f.canalRespuesta() != null && !f.canalRespuesta().isBlank()
				&& !CANALES_RESPUESTA.contains(f.canalRespuesta())) {
			errores.put("canalRespuesta", "Elija un medio de la lista.");
		}
		if (!f.esAnonimo()) {
			if (!FormularioCiudadano.lleno(f.nombre())) {
				errores.put("nombre", "Escriba su nombre para recibir la respuesta, o marque «Quiero presentarla de "
						+ "forma anónima» y deje vacíos sus datos.");
			}
			if (FormularioCiudadano.lleno(f.tipoDocumento()) != FormularioCiudadano.lleno(f.numeroDocumento())) {
				errores.put("numeroDocumento",
						"Escriba el tipo y el número de documento, o deje ambos vacíos (no es obligatorio).");
			}
			if (FormularioCiudadano.lleno(f.tipoDocumento()) && !TIPOS_DOCUMENTO.contains(f.tipoDocumento())) {
				errores.put("tipoDocumento", "Elija un tipo de documento de la lista.");
			}
			for (ConstraintViolation<EntradasRadicacion.Peticionario> v : validador.validate(peticionario(f, false))) {
				errores.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
			}
		}
		if ("CORREO_ELECTRONICO".equals(f.canalRespuesta()) && !FormularioCiudadano.lleno(f.correo())
				&& !f.esAnonimo()) {
			errores.putIfAbsent("correo", "Escriba su correo electrónico para recibir la respuesta por ese medio.");
		}
		return errores;
	}

	private static EntradasRadicacion.Peticionario peticionario(FormularioCiudadano f, boolean anonimo) {
		if (anonimo) {
			return new EntradasRadicacion.Peticionario(true, null, null, null, null, null, null, null, null);
		}
		return new EntradasRadicacion.Peticionario(false,
				FormularioCiudadano.lleno(f.tipoPersona()) ? f.tipoPersona() : "NATURAL",
				FormularioCiudadano.limpio(f.tipoDocumento()), FormularioCiudadano.limpio(f.numeroDocumento()),
				FormularioCiudadano.limpio(f.nombre()), FormularioCiudadano.limpio(f.direccion()),
				FormularioCiudadano.limpio(f.municipio()), FormularioCiudadano.limpio(f.correo()),
				FormularioCiudadano.limpio(f.telefono()));
	}

	private static PqrsdCiudadano.Solicitud solicitud(FormularioCiudadano f, List<EntradasRadicacion.Adjunto> a) {
		return new PqrsdCiudadano.Solicitud(FormularioCiudadano.limpio(f.etiqueta()),
				java.util.Objects.requireNonNull(f.asunto()).strip(), FormularioCiudadano.limpio(f.descripcion()),
				"FORMULARIO_WEB", peticionario(f, f.esAnonimo()), FormularioCiudadano.limpio(f.canalRespuesta()), a,
				Boolean.TRUE.equals(f.denunciaCorrupcion()), null);
	}

}
