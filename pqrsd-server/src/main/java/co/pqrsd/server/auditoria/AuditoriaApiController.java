package co.pqrsd.server.auditoria;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audit API for Control Interno: search, timelines, exports, verification and
 * checkpoints.
 */
@RestController
@RequestMapping("/api/v1/auditoria")
class AuditoriaApiController {

	private final BusquedaAuditoria busqueda;

	private final ExportacionAuditoria exportacion;

	private final VerificacionAuditoria verificacion;

	private final PuntosControl puntos;

	private final PermisosHistorial permisos;

	AuditoriaApiController(BusquedaAuditoria busqueda, ExportacionAuditoria exportacion,
			VerificacionAuditoria verificacion, PuntosControl puntos, PermisosHistorial permisos) {
		this.busqueda = busqueda;
		this.exportacion = exportacion;
		this.verificacion = verificacion;
		this.puntos = puntos;
		this.permisos = permisos;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	BusquedaAuditoria.Pagina buscar(@RequestParam(required = false) @Nullable String usuario,
			@RequestParam(required = false) @Nullable String accion,
			@RequestParam(required = false) @Nullable String objetoTipo,
			@RequestParam(required = false) @Nullable String objetoId,
			@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String texto,
			@RequestParam(required = false) @Nullable Integer pagina,
			@RequestParam(required = false) @Nullable Integer tamano) {
		return busqueda
			.buscar(FiltroAuditoria.de(usuario, accion, objetoTipo, objetoId, desde, hasta, texto, pagina, tamano));
	}

	@GetMapping("/acciones")
	List<Map<String, String>> acciones() {
		return Arrays.stream(AccionAuditoria.values())
			.map(a -> Map.of("codigo", a.name(), "descripcion", a.descripcion()))
			.toList();
	}

	@GetMapping("/objetos/{tipo}/{id}")
	List<EntradaAuditoria> historial(@PathVariable String tipo, @PathVariable String id, Authentication usuario) {
		permisos.exigir(tipo, id, usuario);
		return busqueda.historial(tipo, id, permisos.veLecturasDeControl(usuario));
	}

	@GetMapping(value = "/objetos/{tipo}/{id}/historial.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> historialPdf(@PathVariable String tipo, @PathVariable String id, Authentication usuario) {
		permisos.exigir(tipo, id, usuario);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, adjunto("historial-" + tipo + "-" + id + ".pdf"))
			.contentType(MediaType.APPLICATION_PDF)
			.body(exportacion.historialPdf(tipo, id, permisos.veLecturasDeControl(usuario)));
	}

	@GetMapping("/usuarios/{username}")
	List<EntradaAuditoria> actividad(@PathVariable String username, Authentication usuario) {
		permisos.exigir("USUARIO", username, usuario);
		return busqueda.actividadDe(username);
	}

	@GetMapping("/exportacion.csv")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	void csv(@RequestParam Map<String, String> p, HttpServletResponse respuesta) throws java.io.IOException {
		exportar(p, respuesta, "text/csv;charset=UTF-8", "auditoria.csv", exportacion::csv);
	}

	@GetMapping("/exportacion.xlsx")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	void xlsx(@RequestParam Map<String, String> p, HttpServletResponse respuesta) throws java.io.IOException {
		exportar(p, respuesta, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "auditoria.xlsx",
				exportacion::xlsx);
	}

	private static void exportar(Map<String, String> p, HttpServletResponse respuesta, String tipo, String nombre,
			java.util.function.BiConsumer<FiltroAuditoria, java.io.OutputStream> escritor) throws java.io.IOException {
		// The filter is parsed before anything is written, so bad parameters still get a
		// clean 400.
		FiltroAuditoria filtro = filtro(p);
		respuesta.setContentType(tipo);
		respuesta.setHeader(HttpHeaders.CONTENT_DISPOSITION, adjunto(nombre));
		escritor.accept(filtro, respuesta.getOutputStream());
	}

	@PostMapping("/verificacion")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	ResultadoVerificacion verificar() {
		return verificacion.verificar();
	}

	@GetMapping("/puntos-control")
	@PreAuthorize("hasAnyRole('CONTROL_INTERNO','ADMIN')")
	List<PuntosControl.PuntoControl> puntosControl() {
		return puntos.listar();
	}

	static FiltroAuditoria filtro(Map<String, String> p) {
		return FiltroAuditoria.de(p.get("usuario"), p.get("accion"), p.get("objetoTipo"), p.get("objetoId"),
				p.get("desde"), p.get("hasta"), p.get("texto"), null, 1);
	}

	static String adjunto(String nombre) {
		return ContentDisposition.attachment()
			.filename(nombre, java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString();
	}

}
