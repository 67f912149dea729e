package co.pqrsd.server.informes;

import java.util.List;
import java.util.Map;

import co.pqrsd.core.informes.InformeAcceso;
import co.pqrsd.core.informes.InformePqrsd;
import co.pqrsd.core.informes.Periodo;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports' API: {@code /api/v1/informes/...} for Control Interno, ADMIN and the jefes
 * (their dependencias), and the public {@code /api/v1/publico/...}: published reports and
 * the open-data registro.
 */
@RestController
class InformesApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ServicioInformes servicio;

	InformesApiController(ServicioInformes servicio) {
		this.servicio = servicio;
	}

	private Periodo periodo(@Nullable String desde, @Nullable String hasta, @Nullable String anio,
			@Nullable String trimestre, @Nullable String semestre) {
		return ParametrosPeriodo.de(desde, hasta, anio, trimestre, semestre, servicio.hoy());
	}

	@GetMapping("/api/v1/informes/pqrsd")
	InformePqrsd pqrsd(@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.pqrsd(periodo(desde, hasta, anio, trimestre, semestre), yo);
	}

	@GetMapping("/api/v1/informes/pqrsd/{formato}")
	ResponseEntity<byte[]> pqrsdArchivo(@PathVariable String formato,
			@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre, @AuthenticationPrincipal UsuarioAutenticado yo) {
		InformePqrsd i = servicio.pqrsd(periodo(desde, hasta, anio, trimestre, semestre), yo);
		return archivo(formato, "informe-pqrsd-" + i.periodo().desde() + "-" + i.periodo().hasta(),
				() -> ExportacionInformes.xlsx(i), () -> ExportacionInformes.pdf(i));
	}

	@GetMapping("/api/v1/informes/acceso-informacion")
	InformeAcceso acceso(@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return servicio.acceso(periodo(desde, hasta, anio, trimestre, semestre), yo);
	}

	@GetMapping("/api/v1/informes/acceso-informacion/{formato}")
	ResponseEntity<byte[]> accesoArchivo(@PathVariable String formato,
			@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre, @AuthenticationPrincipal UsuarioAutenticado yo) {
		InformeAcceso i = servicio.acceso(periodo(desde, hasta, anio, trimestre, semestre), yo);
		return archivo(formato, "informe-acceso-informacion-" + i.periodo().desde() + "-" + i.periodo().hasta(),
				() -> ExportacionInformes.xlsx(i), () -> ExportacionInformes.pdf(i));
	}

	record SolicitudPublicacion(@Nullable String tipo, @Nullable String desde, @Nullable String hasta,
			@Nullable String anio, @Nullable String trimestre, @Nullable String semestre) {
	}

	record Publicacion(long id, String tipo, String titulo, String desde, String hasta, String publicadoPor,
			String publicadoEn, String enlace) {

		static Publicacion de(ServicioInformes.Publicado p) {
			return new Publicacion(p.id(), p.tipo(), p.titulo(), p.periodo().desde().toString(),
					p.periodo().hasta().toString(), p.publicadoPor(), p.publicadoEn().toString(),
					"/api/v1/publico/informes/" + p.id());
		}

	}

	@PostMapping(path = "/api/v1/informes/publicaciones", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Publicacion> publicar(@RequestBody SolicitudPublicacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		Periodo p = periodo(s.desde(), s.hasta(), s.anio(), s.trimestre(), s.semestre());
		ServicioInformes.Publicado publicado = servicio.publicar(s.tipo() == null ? "ACCESO" : s.tipo(), p, yo);
		return ResponseEntity.status(HttpStatus.CREATED).body(Publicacion.de(publicado));
	}

	@GetMapping("/api/v1/publico/informes")
	List<Publicacion> publicados() {
		return servicio.publicados().stream().map(Publicacion::de).toList();
	}

	@GetMapping("/api/v1/publico/informes/{id}")
	Map<String, Object> publicado(@PathVariable String id) {
		ServicioInformes.Publicado p = buscar(id);
		Object informe = "ACCESO".equals(p.tipo()) ? servicio.comoAcceso(p) : servicio.comoPqrsd(p);
		return Map.of("publicacion", Publicacion.de(p), "informe", informe);
	}

	@GetMapping("/api/v1/publico/informes/{id}/{formato}")
	ResponseEntity<byte[]> publicadoArchivo(@PathVariable String id, @PathVariable String formato) {
		ServicioInformes.Publicado p = buscar(id);
		String nombre = ("ACCESO".equals(p.tipo()) ? "informe-acceso-informacion-" : "informe-pqrsd-")
				+ p.periodo().desde() + "-" + p.periodo().hasta();
		if ("ACCESO".equals(p.tipo())) {
			InformeAcceso i = servicio.comoAcceso(p);
			return archivo(formato, nombre, () -> ExportacionInformes.xlsx(i), () -> ExportacionInformes.pdf(i));
		}
		InformePqrsd i = servicio.comoPqrsd(p);
		return archivo(formato, nombre, () -> ExportacionInformes.xlsx(i), () -> ExportacionInformes.pdf(i));
	}

	ServicioInformes.Publicado buscar(String id) {
		try {
			return servicio.publicado(Long.parseLong(id))
				.orElseThrow(
						() -> new NoEncontrado("INFORME_NO_ENCONTRADO", "No hay un informe publicado con ese número."));
		}
		catch (NumberFormatException e) {
			throw new NoEncontrado("INFORME_NO_ENCONTRADO", "No hay un informe publicado con ese número.");
		}
	}

	@GetMapping("/api/v1/publico/datos-abiertos/pqrsd.csv")
	ResponseEntity<byte[]> datosCsv(@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre) {
		Periodo p = periodoAbierto(desde, hasta, anio, trimestre, semestre);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("registro-pqrsd-" + p.desde() + "-" + p.hasta() + ".csv")
						.build()
						.toString())
			.body(ExportacionInformes.csv(servicio.datosAbiertos(p)));
	}

	record DatosAbiertos(String esquema, String desde, String hasta, List<Map<String, @Nullable Object>> registros) {
	}

	@GetMapping("/api/v1/publico/datos-abiertos/pqrsd.json")
	DatosAbiertos datosJson(@RequestParam(required = false) @Nullable String desde,
			@RequestParam(required = false) @Nullable String hasta,
			@RequestParam(required = false) @Nullable String anio,
			@RequestParam(required = false) @Nullable String trimestre,
			@RequestParam(required = false) @Nullable String semestre) {
		Periodo p = periodoAbierto(desde, hasta, anio, trimestre, semestre);
		return new DatosAbiertos("/api/v1/publico/datos-abiertos/esquema", p.desde().toString(), p.hasta().toString(),
				servicio.datosAbiertos(p).stream().map(ExportacionInformes::filaAbierta).toList());
	}

	@GetMapping("/api/v1/publico/datos-abiertos/esquema")
	Map<String, Object> esquema() {
		return EsquemaDatosAbiertos.ESQUEMA;
	}

	/** Open data without a period: the current year. */
	private Periodo periodoAbierto(@Nullable String desde, @Nullable String hasta, @Nullable String anio,
			@Nullable String trimestre, @Nullable String semestre) {
		if (desde == null && hasta == null && anio == null) {
			return Periodo.anio(servicio.hoy().getYear());
		}
		return periodo(desde, hasta, anio, trimestre, semestre);
	}

	static ResponseEntity<byte[]> archivo(String formato, String nombre, java.util.function.Supplier<byte[]> xlsx,
			java.util.function.Supplier<byte[]> pdf) {
		boolean esXlsx = "xlsx".equals(formato);
		if (!esXlsx && !"pdf".equals(formato)) {
			throw new NoEncontrado("FORMATO_DESCONOCIDO", "Los formatos son xlsx y pdf.");
		}
		return ResponseEntity.ok()
			.contentType(esXlsx ? XLSX : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(nombre + "." + formato).build().toString())
			.body(esXlsx ? xlsx.get() : pdf.get());
	}

}
