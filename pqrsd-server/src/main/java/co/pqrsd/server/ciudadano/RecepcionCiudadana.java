package co.pqrsd.server.ciudadano;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Resultado;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the web form and the public API share: the honeypot, the conversion of the
 * citizen's data into a filing, and the delivery of a communicated answer's documents to
 * whom holds the consultation code.
 */
@Component
class RecepcionCiudadana {

	private final ServicioCiudadano servicio;

	private final PqrsdCiudadano pqrsd;

	private final EntradasRadicacion entradas;

	private final Auditoria auditoria;

	RecepcionCiudadana(ServicioCiudadano servicio, PqrsdCiudadano pqrsd, EntradasRadicacion entradas,
			Auditoria auditoria) {
		this.servicio = servicio;
		this.pqrsd = pqrsd;
		this.entradas = entradas;
		this.auditoria = auditoria;
	}

	ServicioCiudadano.Recibo radicar(SolicitudPublica s, List<EntradasRadicacion.Adjunto> adjuntos,
			HttpServletRequest req) {
		exigirSinTrampa(s.sitioWeb());
		EntradasRadicacion.Peticionario p = s.peticionario() == null
				? new EntradasRadicacion.Peticionario(true, null, null, null, null, null, null, null, null)
				: s.peticionario();
		return servicio.radicar(new PqrsdCiudadano.Solicitud(s.etiqueta(), s.asunto() == null ? "" : s.asunto(),
				s.descripcion(), "FORMULARIO_WEB", p, s.canalRespuesta(), adjuntos,
				Boolean.TRUE.equals(s.denunciaCorrupcion()), null), s.autorizaDatos(), req.getRemoteAddr());
	}

	/**
	 * A filled honeypot is a robot: refused (400) and audited, nothing radicated.
	 */
	void exigirSinTrampa(@Nullable String trampa) {
		if (trampa != null && !trampa.isBlank()) {
			auditoria.registrarAparte(AccionAuditoria.CIUDADANO_INTENTO_RECHAZADO, "CIUDADANO", null,
					Resultado.DENEGADO, Map.of("motivo", "CAMPO_TRAMPA"));
			throw new ErrorDominio("SOLICITUD_AUTOMATICA_RECHAZADA",
					"La solicitud parece enviada por un programa automático y no se radicó. Si usted es una persona, "
							+ "deje vacío el campo «Sitio web» y envíela de nuevo, o acuda a la ventanilla.");
		}
	}

	/**
	 * A document of the communicated answer, for whom holds the code (the same 404 as for
	 * a wrong code otherwise).
	 */
	ResponseEntity<byte[]> documentoRespuesta(String radicado, @Nullable String pin, String salida, long id,
			HttpServletRequest req) {
		servicio.consultar(radicado, pin == null ? "" : pin, req.getRemoteAddr());
		if (!pqrsd.esRespuestaComunicada(radicado.strip(), salida)) {
			throw ServicioCiudadano.noEncontrada();
		}
		EntradasRadicacion.DocumentoAbierto d = entradas.abrirDocumento(salida, id)
			.orElseThrow(ServicioCiudadano::noEncontrada);
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("radicadoSalida", salida);
		detalles.put("documento", id);
		detalles.put("sha256", d.sha256());
		auditoria.registrarAparte(AccionAuditoria.DOCUMENTO_DESCARGADO, "RADICADO", radicado.strip(), Resultado.EXITO,
				detalles);
		String ascii = d.nombre().replaceAll("[^A-Za-z0-9._-]", "_");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.tipoMime()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.body(d.contenido());
	}

}
