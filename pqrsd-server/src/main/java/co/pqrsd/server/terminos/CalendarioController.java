package co.pqrsd.server.terminos;

import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.comun.ParametrosFecha;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.MotivoNoHabil;
import co.pqrsd.core.calendario.TipoCierre;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.terminos.PoliticaTerminos;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar screen: year view, deadline calculator, and (for ADMIN) closures and
 * working pattern.
 */
@Controller
class CalendarioController {

	private static final Locale ES = Locale.forLanguageTag("es-CO");

	private final CalendarioEntidad calendario;

	private final MessageSource mensajes;

	private final Fechas fechas;

	CalendarioController(CalendarioEntidad calendario, MessageSource mensajes, Fechas fechas) {
		this.calendario = calendario;
		this.mensajes = mensajes;
		this.fechas = fechas;
	}

	/** A modality of the calculator: its code and the name a person reads. */
	record Modalidad(String codigo, String nombre) {
	}

	/**
	 * @param etiqueta what a screen reader says of the day (null for padding cells)
	 */
	record Dia(@Nullable LocalDate fecha, String clase, String titulo, @Nullable String etiqueta) {
	}

	record Mes(String nombre, List<List<Dia>> semanas) {
	}

	@GetMapping("/calendario")
	String ver(@RequestParam(required = false) @Nullable Integer anio,
			@RequestParam(required = false) @Nullable String modalidad,
			@RequestParam(required = false) @Nullable String fecha,
			@RequestParam(required = false) @Nullable String hora, Model modelo) {
		int a = anio == null ? calendario.hoy().getYear() : anio;
		modelo.addAttribute("seccion", "calendario");
		modelo.addAttribute("anio", a);
		try {
			modelo.addAttribute("festivos", calendario.calendario().festivos().festivos(a));
			modelo.addAttribute("meses", meses(a));
		}
		catch (ErrorDominio e) {
			modelo.addAttribute("error", e.getMessage());
			modelo.addAttribute("meses", List.of());
		}
		modelo.addAttribute("cierres", calendario.cierres());
		modelo.addAttribute("configuracion", calendario.configuracion());
		modelo.addAttribute("modalidades", modalidades());
		modelo.addAttribute("tiposCierre", TipoCierre.values());
		modelo.addAttribute("diasSemana", DayOfWeek.values());
		modelo.addAttribute("modalidad", modalidad == null ? "GENERAL" : modalidad);
		modelo.addAttribute("fecha", fecha == null ? calendario.hoy().toString() : fecha);
		modelo.addAttribute("hora", hora == null ? "10:00" : hora);
		if (fecha != null && modalidad != null) {
			try {
				LocalTime h = hora == null || hora.isBlank() ? LocalTime.NOON : LocalTime.parse(hora);
				var recibido = LocalDate.parse(fecha)
					.atTime(h)
					.atZone(co.pqrsd.core.terminos.MotorTerminos.ZONA)
					.toOffsetDateTime();
				modelo.addAttribute("resultado",
						RespuestaVencimiento.de(calendario.motor().calcular(modalidad, recibido), calendario));
			}
			catch (ErrorDominio e) {
				modelo.addAttribute("error", e.getMessage());
			}
			catch (java.time.format.DateTimeParseException e) {
				modelo.addAttribute("error", texto("calendario.error.fechaHora"));
			}
		}
		return "calendario/calendario";
	}

	@PostMapping("/calendario/cierres")
	@PreAuthorize("hasRole('ADMIN')")
	String declarar(@RequestParam String desde, @RequestParam String hasta, @RequestParam TipoCierre tipo,
			@RequestParam String acto, @RequestParam String fechaActo, @RequestParam String motivo,
			RedirectAttributes r) {
		try {
			if (acto.isBlank() || motivo.isBlank()) {
				throw new ErrorDominio("CAMPO_REQUERIDO", texto("calendario.error.actoMotivo"));
			}
			calendario.declararCierre(
					new SolicitudCierre(ParametrosFecha.dia("desde", desde), ParametrosFecha.dia("hasta", hasta), tipo,
							acto, ParametrosFecha.dia("fechaActo", fechaActo), motivo));
			r.addFlashAttribute("mensaje", texto("calendario.cierresDeclarados", acto));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/calendario?anio=" + desde.substring(0, Math.min(4, desde.length()));
	}

	@PostMapping("/calendario/cierres/{id}/revocacion")
	@PreAuthorize("hasRole('ADMIN')")
	String revocar(@PathVariable long id, @RequestParam String motivo, RedirectAttributes r) {
		try {
			calendario.revocarCierre(id, motivo);
			r.addFlashAttribute("mensaje", texto("calendario.cierreRevocado"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/calendario";
	}

	@PostMapping("/calendario/configuracion")
	@PreAuthorize("hasRole('ADMIN')")
	String configurar(@RequestParam(required = false) @Nullable List<DayOfWeek> dias, @RequestParam String apertura,
			@RequestParam String cierre, @RequestParam(required = false) @Nullable String fueraDeHorario,
			@RequestParam PoliticaTerminos.Reanudacion reanudacion, @RequestParam double amarillo,
			@RequestParam double rojo, RedirectAttributes r) {
		try {
			if (dias == null || dias.isEmpty()) {
				throw new ErrorDominio("CAMPO_REQUERIDO", texto("calendario.error.dias"));
			}
			Set<DayOfWeek> laborales = EnumSet.copyOf(dias);
			calendario.configurar(new ConfiguracionCalendario(laborales, LocalTime.parse(apertura),
					LocalTime.parse(cierre), fueraDeHorario != null, reanudacion, amarillo / 100, rojo / 100));
			r.addFlashAttribute("mensaje", texto("calendario.configuracionGuardada"));
		}
		catch (ErrorDominio e) {
			r.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/calendario";
	}

	/**
	 * The calculator's choices by name; a modality shows the name of its rule in force
	 * today, or of its latest rule.
	 */
	private List<Modalidad> modalidades() {
		var catalogo = calendario.motor().catalogo();
		LocalDate hoy = calendario.hoy();
		List<Modalidad> opciones = new ArrayList<>();
		for (String codigo : catalogo.modalidades()) {
			String nombre;
			try {
				nombre = catalogo.regla(codigo, hoy).nombre();
			}
			catch (ErrorDominio e) {
				nombre = catalogo.reglas()
					.stream()
					.filter(r -> r.modalidad().equals(codigo))
					.reduce((a, b) -> b)
					.map(r -> r.nombre())
					.orElse(codigo);
			}
			opciones.add(new Modalidad(codigo, nombre));
		}
		opciones.sort(java.util.Comparator.comparing((Modalidad m) -> !m.codigo().equals("GENERAL"))
			.thenComparing(Modalidad::nombre));
		return opciones;
	}

	private String texto(String clave, Object... argumentos) {
		return mensajes.getMessage(clave, argumentos, LocaleContextHolder.getLocale());
	}

	private List<Mes> meses(int anio) {
		CalendarioHabil habil = calendario.calendario();
		String diaHabil = texto("calendario.diaHabil");
		List<Mes> meses = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth mes = YearMonth.of(anio, m);
			List<List<Dia>> semanas = new ArrayList<>();
			List<Dia> semana = new ArrayList<>();
			for (int i = 1; i < mes.atDay(1).getDayOfWeek().getValue(); i++) {
				semana.add(new Dia(null, "", "", null));
			}
			for (int d = 1; d <= mes.lengthOfMonth(); d++) {
				LocalDate fecha = mes.atDay(d);
				var motivo = habil.motivo(fecha);
				String clase = motivo.map(x -> switch (x.clase()) {
					case FESTIVO -> "dia-festivo";
					case CIERRE -> "dia-cierre";
					case FIN_DE_SEMANA -> "dia-finde";
				}).orElse("");
				String titulo = motivo.map(MotivoNoHabil::descripcion).orElse(diaHabil);
				semana.add(new Dia(fecha, clase, titulo, fechas.fechaLarga(fecha) + ": " + titulo));
				if (semana.size() == 7) {
					semanas.add(semana);
					semana = new ArrayList<>();
				}
			}
			if (!semana.isEmpty()) {
				while (semana.size() < 7) {
					semana.add(new Dia(null, "", "", null));
				}
				semanas.add(semana);
			}
			String nombre = mes.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, ES);
			meses.add(new Mes(Character.toUpperCase(nombre.charAt(0)) + nombre.substring(1), semanas));
		}
		return meses;
	}

}
