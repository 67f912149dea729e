package co.pqrsd.server.informes;

import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.informes.InformeAcceso;
import co.pqrsd.core.informes.InformePqrsd;
import co.pqrsd.core.informes.Periodo;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports' screens: {@code /informes} for Control Interno, ADMIN and the jefes
 * (tables, SVG charts, XLSX and PDF, publication), and the public
 * {@code /ciudadano/informes} with the published reports, without login.
 */
@Controller
class InformesController {

	private final ServicioInformes servicio;

	private final MessageSource mensajes;

	InformesController(ServicioInformes servicio, MessageSource mensajes) {
		this.servicio = servicio;
		this.mensajes = mensajes;
	}

	@GetMapping("/informes")
	String informes(@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre, @AuthenticationPrincipal UsuarioAutenticado yo,
			Model modelo) {
		modelo.addAttribute("seccion", "informes");
		Periodo periodo;
		try {
			periodo = ParametrosPeriodo.de(desde, hasta, anio, trimestre, semestre, servicio.hoy());
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
			periodo = ParametrosPeriodo.de(null, null, null, null, null, servicio.hoy());
		}
		InformePqrsd informe = servicio.pqrsd(periodo, yo);
		InformeAcceso acceso = servicio.acceso(periodo, yo);
		modelo.addAttribute("periodo", periodo);
		modelo.addAttribute("informe", informe);
		modelo.addAttribute("acceso", acceso);
		modelo.addAttribute("anio", periodo.desde().getYear());
		modelo.addAttribute("consulta", "?desde=" + periodo.desde() + "&hasta=" + periodo.hasta());
		modelo.addAttribute("gestiona", ServicioInformes.gestiona(yo));
		Map<String, Long> etiquetas = new LinkedHashMap<>();
		informe.porEtiqueta().forEach((k, v) -> etiquetas.put(ExportacionInformes.nombreEtiqueta(k), v));
		Map<String, Long> canales = new LinkedHashMap<>();
		informe.porCanal().forEach((k, v) -> canales.put(ExportacionInformes.nombreCanal(k), v));
		Map<String, Long> oportunidad = new LinkedHashMap<>();
		oportunidad.put(texto("informes.aTiempo"), informe.respondidasATiempo());
		oportunidad.put(texto("informes.tarde"), informe.respondidasTarde());
		oportunidad.put(texto("informes.pendientes"), informe.pendientes());
		oportunidad.put(texto("informes.vencidas"), informe.pendientesVencidas());
		oportunidad.put(texto("informes.trasladadas"), informe.trasladadas());
		modelo.addAttribute("etiquetas", etiquetas);
		modelo.addAttribute("canales", canales);
		modelo.addAttribute("graficoEtiquetas",
				ExportacionInformes.barras(texto("informes.grafico.etiquetas"), etiquetas));
		modelo.addAttribute("graficoCanales", ExportacionInformes.barras(texto("informes.grafico.canales"), canales));
		modelo.addAttribute("graficoOportunidad",
				ExportacionInformes.barras(texto("informes.grafico.oportunidad"), oportunidad));
		modelo.addAttribute("graficoDependencias",
				ExportacionInformes.barras(texto("informes.grafico.dependencias"), informe.porDependencia()));
		return "informes/informes";
	}

	/**
	 * The screen's downloads (the session's login; the API's twins answer HTTP Basic).
	 */
	@GetMapping("/informes/{tipo}/{formato}")
	ResponseEntity<byte[]> archivo(@PathVariable String tipo, @PathVariable String formato,
			@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta, @AuthenticationPrincipal UsuarioAutenticado yo) {
		Periodo p = ParametrosPeriodo.de(desde, hasta, null, null, null, servicio.hoy());
		if ("acceso".equals(tipo)) {
			InformeAcceso i = servicio.acceso(p, yo);
			return InformesApiController.archivo(formato, "informe-acceso-informacion-" + p.desde() + "-" + p.hasta(),
					() -> ExportacionInformes.xlsx(i), () -> ExportacionInformes.pdf(i));
		}
		if (!"pqrsd".equals(tipo)) {
			throw new NoEncontrado("INFORME_DESCONOCIDO_PANTALLA", "No existe ese informe.");
		}
		InformePqrsd i = servicio.pqrsd(p, yo);
		return InformesApiController.archivo(formato, "informe-pqrsd-" + p.desde() + "-" + p.hasta(),
				() -> ExportacionInformes.xlsx(i), () -> ExportacionInformes.pdf(i));
	}

	@PostMapping("/informes/publicar")
	String publicar(@RequestParam String tipo, @RequestParam String desde, @RequestParam String hasta,
			@AuthenticationPrincipal UsuarioAutenticado yo, RedirectAttributes r) {
		try {
			Periodo p = ParametrosPeriodo.de(desde, hasta, null, null, null, servicio.hoy());
			servicio.publicar(tipo, p, yo);
			r.addFlashAttribute("mensaje", texto("informes.publicado"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/informes?desde=" + desde.replaceAll("[^0-9-]", "") + "&hasta="
				+ hasta.replaceAll("[^0-9-]", "");
	}

	@GetMapping("/ciudadano/informes")
	String publicos(Model modelo) {
		modelo.addAttribute("publicados", servicio.publicados());
		return "ciudadano/informes";
	}

	private String texto(String clave) {
		return mensajes.getMessage(clave, null, LocaleContextHolder.getLocale());
	}

}
