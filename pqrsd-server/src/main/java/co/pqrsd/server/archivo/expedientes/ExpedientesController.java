package co.pqrsd.server.archivo.expedientes;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.trd.ConsultaTrd;
import co.pqrsd.server.archivo.trd.FilaGuardada;
import co.pqrsd.server.seguridad.Dependencias;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dependencia's expediente screens: its expedientes, apertura under the TRD in force,
 * the expediente with its índice, incorporation (an uploaded file or a radicado's
 * documents) and cierre.
 */
@Controller
class ExpedientesController {

	private final ServicioExpedientes servicio;

	private final ConsultaTrd trd;

	private final Dependencias dependencias;

	private final MessageSource mensajes;

	ExpedientesController(ServicioExpedientes servicio, ConsultaTrd trd, Dependencias dependencias,
			MessageSource mensajes) {
		this.servicio = servicio;
		this.trd = trd;
		this.dependencias = dependencias;
		this.mensajes = mensajes;
	}

	/** A serie the user may open an expediente under. */
	record Opcion(String valor, String texto) {
	}

	@GetMapping("/archivo/expedientes")
	String expedientes(@RequestParam(required = false) @Nullable String estado,
			@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "archivo");
		String filtro = "ABIERTO".equals(estado) || "CERRADO".equals(estado) ? estado : null;
		modelo.addAttribute("expedientes", servicio.listar(yo, null, filtro));
		List<Opcion> series = new ArrayList<>();
		trd.vigente().ifPresent(v -> {
			for (FilaGuardada f : trd.filas(v.id())) {
				if (servicio.puedeEscribir(yo, f.fila().dependencia())) {
					series.add(new Opcion(f.id() + "", f.fila().codigo() + " " + f.fila().nombre()));
				}
			}
		});
		modelo.addAttribute("series", series);
		modelo.addAttribute("hayTrd", trd.vigente().isPresent());
		modelo.addAttribute("archivista", yo.tiene(Rol.ARCHIVISTA));
		if (yo.tiene(Rol.ARCHIVISTA)) {
			modelo.addAttribute("seriesPqrsd", servicio.seriesPqrsd());
		}
		return "archivo/expedientes";
	}

	@PostMapping("/archivo/expedientes")
	String abrir(@RequestParam long fila, @RequestParam String nombre,
			@RequestParam(required = false) @Nullable String descripcion,
			@RequestParam(required = false) @Nullable String ubicacionFisica,
			@RequestParam(required = false) @Nullable String nivelAcceso,
			@RequestParam(required = false) @Nullable String fundamentoReserva,
			@RequestParam(required = false) @Nullable String reservaHasta,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			FilaGuardada f = trd.fila(fila)
				.orElseThrow(() -> new ErrorDominio("EXPEDIENTE_SIN_SERIE_VIGENTE",
						"La serie elegida no está en la TRD vigente."));
			if (nombre.isBlank() || nombre.length() > 300) {
				throw new ErrorDominio("EXPEDIENTE_NOMBRE_INVALIDO", texto("archivo.expediente.nombre.invalido"));
			}
			Expediente e = servicio.abrir(new ServicioExpedientes.Apertura(f.fila().dependencia(),
					f.fila().serieCodigo(), f.fila().subserieCodigo(), nombre, vacio(descripcion), null,
					vacio(ubicacionFisica), nivel(nivelAcceso), vacio(fundamentoReserva), fecha(reservaHasta)), yo);
			r.addFlashAttribute("mensaje", texto("archivo.expediente.abierto", e.numero()));
			return "redirect:/archivo/expedientes/" + e.id();
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
			return "redirect:/archivo/expedientes";
		}
	}

	/** ARCHIVISTA: the serie of the TRD in force where a dependencia files its PQRSD. */
	@PostMapping("/archivo/expedientes/series-pqrsd")
	@org.springframework.security.access.prepost.PreAuthorize("hasRole('ARCHIVISTA')")
	String seriePqrsd(@RequestParam long fila, @RequestParam(required = false) @Nullable String tipologia,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			FilaGuardada f = trd.fila(fila)
				.orElseThrow(() -> new ErrorDominio("EXPEDIENTE_SIN_SERIE_VIGENTE",
						"La serie elegida no está en la TRD vigente."));
			servicio.configurarSeriePqrsd(f.fila().dependencia(), f.fila().serieCodigo(), f.fila().subserieCodigo(),
					vacio(tipologia), yo);
			r.addFlashAttribute("mensaje", texto("archivo.seriePqrsd.guardada", f.fila().codigo()));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/expedientes";
	}

	@GetMapping("/archivo/expedientes/{id}")
	String expediente(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		Expediente e = servicio.obtener(id, yo);
		List<EntradaIndice> indice = servicio.indice(id, yo);
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("expediente", e);
		modelo.addAttribute("indice", indice);
		modelo.addAttribute("dependencia", dependencias.buscar(e.dependencia()).map(d -> d.nombre()).orElse(""));
		modelo.addAttribute("escribe",
				e.estado().name().equals("ABIERTO") && servicio.puedeEscribir(yo, e.dependencia()));
		return "archivo/expediente";
	}

	@GetMapping("/archivo/expedientes/{id}/documentos/{orden}")
	org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> documento(
			@PathVariable long id, @PathVariable int orden, @AuthenticationPrincipal UsuarioAutenticado yo) {
		ServicioExpedientes.Descarga d = servicio.documento(id, orden, yo);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(d.nombre(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new org.springframework.core.io.InputStreamResource(d.contenido()));
	}

	@PostMapping("/archivo/expedientes/{id}/documentos")
	String incorporar(@PathVariable long id, @RequestParam("archivo") MultipartFile archivo,
			@RequestParam(required = false) @Nullable String tipologia,
			@RequestParam(required = false) @Nullable String origen,
			@RequestParam(required = false) @Nullable String fechaCreacion,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) throws IOException {
		try {
			if (archivo.isEmpty() || archivo.getSize() > ServicioExpedientes.TAMANO_MAXIMO) {
				throw new ErrorDominio("EXPEDIENTE_ARCHIVO_INVALIDO", texto("archivo.expediente.archivo.invalido"));
			}
			String nombre = archivo.getOriginalFilename() == null || archivo.getOriginalFilename().isBlank()
					? "documento" : archivo.getOriginalFilename();
			EntradaIndice e = servicio.incorporarArchivo(id,
					new ServicioExpedientes.Carga(nombre, archivo.getBytes(), vacio(tipologia),
							"DIGITALIZADO".equals(origen) ? OrigenDocumento.DIGITALIZADO : OrigenDocumento.ELECTRONICO,
							fecha(fechaCreacion)),
					yo);
			r.addFlashAttribute("mensaje", texto("archivo.expediente.incorporado", e.orden(), e.nombre()));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/expedientes/" + id;
	}

	@PostMapping("/archivo/expedientes/{id}/radicados")
	String incorporarRadicado(@PathVariable long id, @RequestParam String radicado,
			@RequestParam(required = false) @Nullable String tipologia, @AuthenticationPrincipal UsuarioAutenticado yo,
			RedirectAttributes r) {
		try {
			List<EntradaIndice> nuevas = servicio.incorporarRadicado(id, radicado.strip(), vacio(tipologia), yo);
			r.addFlashAttribute("mensaje", texto("archivo.expediente.radicadoIncorporado", nuevas.size(), radicado));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/expedientes/" + id;
	}

	@PostMapping("/archivo/expedientes/{id}/cierre")
	String cerrar(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			Expediente e = servicio.cerrar(id, yo);
			r.addFlashAttribute("mensaje", texto("archivo.expediente.cerrado", e.numero()));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/expedientes/" + id;
	}

	private static NivelAcceso nivel(@Nullable String s) {
		try {
			return s == null || s.isBlank() ? NivelAcceso.PUBLICA : NivelAcceso.valueOf(s);
		}
		catch (IllegalArgumentException e) {
			return NivelAcceso.PUBLICA;
		}
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable LocalDate fecha(@Nullable String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(s.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new ErrorDominio("FECHA_INVALIDA", "La fecha «" + s + "» no es válida (AAAA-MM-DD).");
		}
	}

	private String texto(String clave, Object... args) {
		return mensajes.getMessage(clave, args, LocaleContextHolder.getLocale());
	}

}
