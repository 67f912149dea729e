package co.pqrsd.server.auditoria;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.BiConsumer;

import co.pqrsd.core.comun.ErrorDominio;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit screens for Control Interno: search, timelines, verification and exports. */
@Controller
class AuditoriaController {

	private final BusquedaAuditoria busqueda;

	private final VerificacionAuditoria verificacion;

	private final PuntosControl puntos;

	private final PermisosHistorial permisos;

	private final ExportacionAuditoria exportacion;

	private final MessageSource mensajes;

	AuditoriaController(BusquedaAuditoria busqueda, VerificacionAuditoria verificacion, PuntosControl puntos,
			PermisosHistorial permisos, ExportacionAuditoria exportacion, MessageSource mensajes) {
		this.mensajes = mensajes;
		this.busqueda = busqueda;
		this.verificacion = verificacion;
		this.puntos = puntos;
		this.permisos = permisos;
		this.exportacion = exportacion;
	}

	@GetMapping("/auditoria")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	String buscar(@RequestParam Map<String, String> p, Model modelo) {
		modelo.addAttribute("seccion", "auditoria");
		modelo.addAttribute("p", p);
		modelo.addAttribute("acciones", AccionAuditoria.values());
		modelo.addAttribute("puntos", puntos.listar().stream().limit(10).toList());
		try {
			FiltroAuditoria filtro = FiltroAuditoria.de(p.get("usuario"), p.get("accion"), p.get("objetoTipo"),
					p.get("objetoId"), p.get("desde"), p.get("hasta"), p.get("texto"), entero(p.get("pagina"), 1), 50);
			BusquedaAuditoria.Pagina pagina = busqueda.buscar(filtro);
			modelo.addAttribute("pagina", pagina);
			modelo.addAttribute("consulta", consulta(p, null));
			modelo.addAttribute("siguiente", consulta(p, pagina.pagina() + 1));
			modelo.addAttribute("anterior", consulta(p, pagina.pagina() - 1));
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
		}
		return "auditoria/buscar";
	}

	@PostMapping("/auditoria/verificacion")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	String verificar(RedirectAttributes r) {
		ResultadoVerificacion resultado = verificacion.verificar();
		if (resultado.integra()) {
			r.addFlashAttribute("mensaje", texto("auditoria.verificacion.integra", resultado.entradas(),
					resultado.duracionMs(), resultado.ultimoHash()));
		}
		else {
			r.addFlashAttribute("error",
					texto("auditoria.verificacion.alterada", resultado.posicionFalla(),
							resultado.eventoIdFalla() == null ? ""
									: texto("auditoria.verificacion.evento", resultado.eventoIdFalla()),
							resultado.motivo()));
		}
		return "redirect:/auditoria";
	}

	@GetMapping("/auditoria/objetos/{tipo}/{id}")
	String historial(@PathVariable String tipo, @PathVariable String id, Authentication usuario, Model modelo) {
		permisos.exigir(tipo, id, usuario);
		modelo.addAttribute("seccion", "auditoria");
		modelo.addAttribute("objetoTipo", tipo);
		modelo.addAttribute("objetoId", id);
		modelo.addAttribute("entradas", busqueda.historial(tipo, id, permisos.veLecturasDeControl(usuario)));
		modelo.addAttribute("pdf", "/auditoria/objetos/" + tipo + "/" + id + "/historial.pdf");
		return "auditoria/historial";
	}

	// The browser's session gets the same files as the API (and the same audit record).

	@GetMapping(value = "/auditoria/objetos/{tipo}/{id}/historial.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> historialPdf(@PathVariable String tipo, @PathVariable String id, Authentication usuario) {
		permisos.exigir(tipo, id, usuario);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					AuditoriaApiController.adjunto("historial-" + tipo + "-" + id + ".pdf"))
			.contentType(MediaType.APPLICATION_PDF)
			.body(exportacion.historialPdf(tipo, id, permisos.veLecturasDeControl(usuario)));
	}

	@GetMapping("/auditoria/exportacion.csv")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	void csv(@RequestParam Map<String, String> p, HttpServletResponse respuesta) throws IOException {
		exportar(p, respuesta, "text/csv;charset=UTF-8", "auditoria.csv", exportacion::csv);
	}

	@GetMapping("/auditoria/exportacion.xlsx")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	void xlsx(@RequestParam Map<String, String> p, HttpServletResponse respuesta) throws IOException {
		exportar(p, respuesta, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "auditoria.xlsx",
				exportacion::xlsx);
	}

	private static void exportar(Map<String, String> p, HttpServletResponse respuesta, String tipo, String nombre,
			BiConsumer<FiltroAuditoria, OutputStream> escritor) throws IOException {
		// Parsed before anything is written: bad parameters still get a clean 400 page.
		FiltroAuditoria filtro = AuditoriaApiController.filtro(p);
		respuesta.setContentType(tipo);
		respuesta.setHeader(HttpHeaders.CONTENT_DISPOSITION, AuditoriaApiController.adjunto(nombre));
		escritor.accept(filtro, respuesta.getOutputStream());
	}

	@GetMapping("/auditoria/usuarios/{username}")
	String actividad(@PathVariable String username, Authentication usuario, Model modelo) {
		permisos.exigir("USUARIO", username, usuario);
		modelo.addAttribute("seccion", "auditoria");
		modelo.addAttribute("actividadDe", username);
		modelo.addAttribute("entradas", busqueda.actividadDe(username));
		return "auditoria/historial";
	}

	private String texto(String clave, @Nullable Object... argumentos) {
		return mensajes.getMessage(clave, argumentos, LocaleContextHolder.getLocale());
	}

	private static String consulta(Map<String, String> p, Integer pagina) {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		p.forEach((k, v) -> {
			if (!k.equals("pagina") && v != null && !v.isBlank()) {
				b.queryParam(k, v);
			}
		});
		if (pagina != null) {
			b.queryParam("pagina", pagina);
		}
		String q = b.encode().build().getQuery();
		return q == null ? "" : q;
	}

	private static int entero(String valor, int predeterminado) {
		try {
			return valor == null || valor.isBlank() ? predeterminado : Integer.parseInt(valor);
		}
		catch (NumberFormatException e) {
			throw new ErrorDominio("PARAMETRO_INVALIDO", "La página debe ser un número.");
		}
	}

}
