package co.pqrsd.server.archivo.trd;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The archivist's CCD/TRD screens: versions, a version with its approval data, import
 * (with the report of every rejected row), entry into force, CCD tree and rows. Everyone
 * reads; ARCHIVISTA writes.
 */
@Controller
class TrdController {

	private final ServicioTrd servicio;

	private final ConsultaTrd consulta;

	private final MessageSource mensajes;

	TrdController(ServicioTrd servicio, ConsultaTrd consulta, MessageSource mensajes) {
		this.servicio = servicio;
		this.consulta = consulta;
		this.mensajes = mensajes;
	}

	@GetMapping("/archivo/trd")
	String versiones(@AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("versiones", consulta.versiones());
		modelo.addAttribute("hayVigente", consulta.vigente().isPresent());
		modelo.addAttribute("archivista", yo.tiene(Rol.ARCHIVISTA));
		return "archivo/trd";
	}

	@PostMapping("/archivo/trd")
	@PreAuthorize(TrdApiController.ARCHIVISTA)
	String crear(@RequestParam String nombre, RedirectAttributes r) {
		if (nombre.isBlank() || nombre.length() > 200) {
			r.addFlashAttribute("error", texto("archivo.trd.nombre.invalido"));
			return "redirect:/archivo/trd";
		}
		VersionTrd v = servicio.crear(nombre);
		r.addFlashAttribute("mensaje", texto("archivo.trd.creada", v.nombre()));
		return "redirect:/archivo/trd/" + v.id();
	}

	@GetMapping("/archivo/trd/{id}")
	String version(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo, Model modelo) {
		modelo.addAttribute("seccion", "archivo");
		modelo.addAttribute("version", servicio.version(id));
		modelo.addAttribute("filas", consulta.filas(id));
		modelo.addAttribute("ccd", servicio.ccd(id));
		modelo.addAttribute("archivista", yo.tiene(Rol.ARCHIVISTA));
		return "archivo/trd-version";
	}

	@PostMapping("/archivo/trd/{id}/datos")
	@PreAuthorize(TrdApiController.ARCHIVISTA)
	String datos(@PathVariable long id, @RequestParam String nombre,
			@RequestParam(required = false) @Nullable String actoAprobacion,
			@RequestParam(required = false) @Nullable String fechaAprobacion,
			@RequestParam(required = false) @Nullable String fechaConvalidacion,
			@RequestParam(required = false) @Nullable String inscripcionRusd, RedirectAttributes r) {
		try {
			servicio.datos(id, nombre, vacio(actoAprobacion), fecha(fechaAprobacion), fecha(fechaConvalidacion),
					vacio(inscripcionRusd));
			r.addFlashAttribute("mensaje", texto("archivo.trd.guardada"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/trd/" + id;
	}

	@PostMapping("/archivo/trd/{id}/importacion")
	@PreAuthorize(TrdApiController.ARCHIVISTA)
	String importar(@PathVariable long id, @RequestParam("archivo") MultipartFile archivo, RedirectAttributes r)
			throws IOException {
		try {
			if (archivo.getSize() > TablasTrd.TAMANO_MAXIMO) {
				throw TablasTrd.demasiadoGrande();
			}
			ServicioTrd.Importacion i = servicio.importar(id, String.valueOf(archivo.getOriginalFilename()),
					archivo.getBytes());
			r.addFlashAttribute("mensaje", texto("archivo.trd.importada", i.filas(), i.oficinas()));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
			Object rechazos = e.parametros().get("rechazos");
			if (rechazos instanceof List<?> lista) {
				r.addFlashAttribute("rechazos", lista.stream().map(x -> (Map<?, ?>) x).toList());
			}
		}
		return "redirect:/archivo/trd/" + id;
	}

	@PostMapping("/archivo/trd/{id}/vigencia")
	@PreAuthorize(TrdApiController.ARCHIVISTA)
	String vigencia(@PathVariable long id, @RequestParam(required = false) @Nullable String vigenteDesde,
			RedirectAttributes r) {
		try {
			VersionTrd v = servicio.ponerEnVigencia(id, fecha(vigenteDesde));
			r.addFlashAttribute("mensaje", texto("archivo.trd.vigente", v.nombre()));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/archivo/trd/" + id;
	}

	@GetMapping("/archivo/trd/{id}/exportacion.xlsx")
	org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return TrdApiController.descarga(servicio.xlsx(id), TrdApiController.XLSX, "trd-" + id + ".xlsx");
	}

	@GetMapping("/archivo/trd/{id}/exportacion.csv")
	org.springframework.http.ResponseEntity<byte[]> csv(@PathVariable long id) {
		return TrdApiController.descarga(servicio.csv(id).getBytes(java.nio.charset.StandardCharsets.UTF_8),
				org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"), "trd-" + id + ".csv");
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
