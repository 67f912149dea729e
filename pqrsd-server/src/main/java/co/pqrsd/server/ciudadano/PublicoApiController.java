package co.pqrsd.server.ciudadano;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The citizen's channel without a browser, for the entity's web portal and apps: file a
 * PQRSD (JSON, or multipart with attachments) and look up its state by radicado and
 * consultation code. No login.
 */
@RestController
@RequestMapping("/api/v1/publico/pqrsd")
class PublicoApiController {

	private final ServicioCiudadano servicio;

	private final RecepcionCiudadana recepcion;

	PublicoApiController(ServicioCiudadano servicio, RecepcionCiudadana recepcion) {
		this.servicio = servicio;
		this.recepcion = recepcion;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> radicar(@Valid @RequestBody SolicitudPublica s, HttpServletRequest req) {
		return creada(recepcion.radicar(s, List.of(), req));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, Object>> radicarConAdjuntos(@Valid @RequestPart("solicitud") SolicitudPublica s,
			@RequestParam(name = "archivos", required = false) @Nullable List<MultipartFile> archivos,
			HttpServletRequest req) {
		return creada(recepcion.radicar(s, adjuntos(archivos), req));
	}

	@GetMapping("/{radicado}")
	Map<String, Object> estado(@PathVariable String radicado, @RequestParam(required = false) @Nullable String pin,
			HttpServletRequest req) {
		PqrsdCiudadano.Estado e = servicio.consultar(radicado, pin == null ? "" : pin, req.getRemoteAddr());
		Map<String, Object> cuerpo = new LinkedHashMap<>();
		cuerpo.put("radicado", e.radicado());
		cuerpo.put("estado", e.estado());
		cuerpo.put("vencimiento", e.vencimiento());
		List<Map<String, Object>> respuestas = new ArrayList<>();
		for (PqrsdCiudadano.RespuestaComunicada r : e.respuestas()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("radicadoSalida", r.radicadoSalida());
			m.put("fecha", r.fecha());
			m.put("medio", r.medio());
			m.put("documentos",
					r.documentos()
						.stream()
						.map(d -> Map.of("id", d.id(), "nombre", d.nombre(), "tipoMime", d.tipoMime(), "tamano",
								d.tamano(), "enlace",
								"/api/v1/publico/pqrsd/" + e.radicado() + "/respuestas/" + r.radicadoSalida()
										+ "/documentos/" + d.id()))
						.toList());
			respuestas.add(m);
		}
		cuerpo.put("respuestas", respuestas);
		return cuerpo;
	}

	@GetMapping("/{radicado}/respuestas/{salida}/documentos/{id}")
	ResponseEntity<byte[]> documento(@PathVariable String radicado, @PathVariable String salida, @PathVariable long id,
			@RequestParam(required = false) @Nullable String pin, HttpServletRequest req) {
		return recepcion.documentoRespuesta(radicado, pin, salida, id, req);
	}

	private static ResponseEntity<Map<String, Object>> creada(ServicioCiudadano.Recibo r) {
		Map<String, Object> cuerpo = new LinkedHashMap<>();
		cuerpo.put("radicado", r.radicado());
		cuerpo.put("fechaRadicacion", r.fechaRadicacion());
		cuerpo.put("vencimiento", r.vencimiento());
		cuerpo.put("pin", r.pin());
		return ResponseEntity.created(URI.create("/api/v1/publico/pqrsd/" + r.radicado())).body(cuerpo);
	}

	static List<EntradasRadicacion.Adjunto> adjuntos(@Nullable List<MultipartFile> archivos) {
		List<EntradasRadicacion.Adjunto> adjuntos = new ArrayList<>();
		for (MultipartFile f : archivos == null ? List.<MultipartFile>of() : archivos) {
			if (f.isEmpty()) {
				continue;
			}
			try (InputStream in = f.getInputStream()) {
				String nombre = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "adjunto"
						: f.getOriginalFilename();
				adjuntos.add(new EntradasRadicacion.Adjunto(nombre, f.getContentType(), in.readAllBytes()));
			}
			catch (IOException e) {
				throw new ErrorDominio("ADJUNTO_ILEGIBLE", "No se pudo leer el archivo adjunto; envíelo de nuevo.");
			}
		}
		return adjuntos;
	}

}
