package co.pqrsd.server.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.plan.RepositorioPlan.FilaActividad;
import co.pqrsd.server.plan.RepositorioPlan.FilaEvidencia;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the anti-corruption plan (issue #10): everyone authenticated reads; ADMIN
 * and CONTROL_INTERNO create, import, publish, adjust, verify and publish cuts; the
 * responsible dependencia reports avance.
 */
@RestController
@RequestMapping("/api/v1/planes")
class PlanApiController {

	private static final String GESTION = "hasAnyRole('ADMIN','CONTROL_INTERNO')";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ServicioPlan servicio;

	private final TerminosEntidad terminos;

	PlanApiController(ServicioPlan servicio, TerminosEntidad terminos) {
		this.servicio = servicio;
		this.terminos = terminos;
	}

	@GetMapping
	List<VistasPlan.Plan> listar() {
		return servicio.listar().stream().map(VistasPlan.Plan::de).toList();
	}

	record SolicitudPlan(@NotNull(message = "Es obligatoria") Integer vigencia,
			@Size(max = 40, message = "Máximo 40 caracteres") @Nullable String plantilla) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(GESTION)
	ResponseEntity<VistasPlan.Plan> crear(@Valid @RequestBody SolicitudPlan s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		VistasPlan.Plan p = VistasPlan.Plan.de(servicio.crear(s.vigencia(), s.plantilla(), yo));
		return ResponseEntity.created(URI.create("/api/v1/planes/" + p.vigencia())).body(p);
	}

	@GetMapping("/{vigencia}")
	VistasPlan.Plan obtener(@PathVariable int vigencia) {
		return VistasPlan.Plan.de(servicio.obtener(vigencia));
	}

	@PostMapping(value = "/{vigencia}/importacion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(GESTION)
	VistasPlan.Importacion importar(@PathVariable int vigencia, @RequestPart("archivo") MultipartFile archivo,
			@RequestParam(required = false) @Nullable String motivo, @AuthenticationPrincipal UsuarioAutenticado yo)
			throws IOException {
		if (archivo.getSize() > LectorTablas.TAMANO_MAXIMO) {
			throw LectorTablas.demasiadoGrande();
		}
		return VistasPlan.Importacion.de(servicio.importar(vigencia, String.valueOf(archivo.getOriginalFilename()),
				archivo.getBytes(), motivo, yo));
	}

	@PostMapping("/{vigencia}/publicacion")
	@PreAuthorize(GESTION)
	VistasPlan.Plan publicar(@PathVariable int vigencia, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return VistasPlan.Plan.de(servicio.publicar(vigencia, yo));
	}

	record SolicitudAjuste(@NotBlank(message = "Es obligatorio: escriba por qué se ajusta el plan") String motivo,
			@NotNull(message = "Es obligatorio") @Size(min = 1, max = 2000,
					message = "Entre 1 y 2000 actividades") List<@Valid FilaActividad> actividades) {
	}

	@PostMapping(value = "/{vigencia}/ajustes", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(GESTION)
	VistasPlan.Plan ajustar(@PathVariable int vigencia, @Valid @RequestBody SolicitudAjuste s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		for (FilaActividad a : s.actividades()) {
			if (a == null || a.codigo() == null || a.componente() == null || a.descripcion() == null || a.meta() == null
					|| a.fecha() == null || a.responsable() == null) {
				throw new ErrorDominio("ACTIVIDAD_INCOMPLETA",
						"Cada actividad necesita código, componente, descripción, meta, fecha y responsable.");
			}
		}
		return VistasPlan.Plan.de(servicio.ajustar(vigencia, s.actividades(), s.motivo(), yo));
	}

	@GetMapping("/{vigencia}/versiones")
	List<VistasPlan.Version> versiones(@PathVariable int vigencia) {
		return servicio.obtener(vigencia).plan().versiones().stream().map(VistasPlan.Version::de).toList();
	}

	@GetMapping("/{vigencia}/actividades")
	List<VistasPlan.VistaActividad> actividades(@PathVariable int vigencia,
			@RequestParam(required = false) @Nullable String componente) {
		return servicio.obtener(vigencia)
			.plan()
			.actividades()
			.stream()
			.filter(a -> componente == null || a.componente().equals(componente))
			.map(a -> VistasPlan.VistaActividad.de(a, terminos.calendario()))
			.toList();
	}

	@GetMapping("/{vigencia}/actividades/{codigo}")
	VistasPlan.VistaActividad actividad(@PathVariable int vigencia, @PathVariable String codigo) {
		return servicio.obtener(vigencia)
			.plan()
			.actividades()
			.stream()
			.filter(a -> a.codigo().equals(codigo))
			.findFirst()
			.map(a -> VistasPlan.VistaActividad.de(a, terminos.calendario()))
			.orElseThrow(() -> new NoEncontrado("ACTIVIDAD_NO_ENCONTRADA",
					"El plan " + vigencia + " no tiene la actividad " + codigo + "."));
	}

	@GetMapping("/{vigencia}/cortes")
	List<VistasPlan.VistaCorte> cortes(@PathVariable int vigencia) {
		servicio.obtener(vigencia);
		return List.of(1, 2, 3).stream().map(n -> {
			ServicioPlan.Seguimiento s = servicio.seguimiento(vigencia, n);
			return VistasPlan.VistaCorte.de(s, servicio.calificar(s));
		}).toList();
	}

	@GetMapping("/{vigencia}/cortes/{numero}")
	VistasPlan.DetalleCorte corte(@PathVariable int vigencia, @PathVariable int numero) {
		ServicioPlan.Seguimiento s = servicio.seguimiento(vigencia, numero);
		return VistasPlan.DetalleCorte.de(s, servicio.calificar(s));
	}

	record SolicitudAvance(
			@NotNull(message = "Es obligatorio") @DecimalMin(value = "0",
					message = "No puede ser negativo") BigDecimal valor,
			@NotBlank(message = "Describa lo que se hizo") @Size(max = 4000,
					message = "Máximo 4000 caracteres") String descripcion,
			@Size(max = 50, message = "Máximo 50 evidencias") @Nullable List<FilaEvidencia> evidencias) {
	}

	@PutMapping(value = "/{vigencia}/cortes/{numero}/actividades/{codigo}/avance",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	VistasPlan.DetalleCorte avance(@PathVariable int vigencia, @PathVariable int numero, @PathVariable String codigo,
			@Valid @RequestBody SolicitudAvance s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		List<FilaEvidencia> evidencias = s.evidencias() == null ? List.of() : s.evidencias();
		for (FilaEvidencia e : evidencias) {
			if (e == null || e.tipo() == null || e.referencia() == null) {
				throw new ErrorDominio("EVIDENCIA_INCOMPLETA", "La evidencia necesita un tipo y una referencia.");
			}
		}
		ServicioPlan.Seguimiento r = servicio.reportarAvance(vigencia, numero, codigo,
				new ServicioPlan.SolicitudAvance(s.valor(), s.descripcion(), evidencias), yo);
		return VistasPlan.DetalleCorte.de(r, servicio.calificar(r));
	}

	@PostMapping(value = "/{vigencia}/cortes/{numero}/actividades/{codigo}/evidencias",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RepositorioPlan.DocumentoEvidencia> evidencia(@PathVariable int vigencia, @PathVariable int numero,
			@PathVariable String codigo, @RequestPart("archivo") MultipartFile archivo,
			@AuthenticationPrincipal UsuarioAutenticado yo) throws IOException {
		if (archivo.getSize() > ServicioPlan.EVIDENCIA_MAXIMA) {
			throw new co.pqrsd.server.comun.DemasiadoGrande("EVIDENCIA_DEMASIADO_GRANDE",
					"Un documento de evidencia no pasa de " + ServicioPlan.EVIDENCIA_MAXIMA / (1024 * 1024) + " MB.",
					java.util.Map.of("maximo", ServicioPlan.EVIDENCIA_MAXIMA));
		}
		RepositorioPlan.DocumentoEvidencia d = servicio.cargarEvidencia(vigencia, numero, codigo,
				String.valueOf(archivo.getOriginalFilename()),
				archivo.getContentType() == null ? "application/octet-stream" : archivo.getContentType(),
				archivo.getBytes(), yo);
		return ResponseEntity
			.created(URI.create("/api/v1/planes/" + vigencia + "/cortes/" + numero + "/evidencias/" + d.id()))
			.body(d);
	}

	@GetMapping("/{vigencia}/cortes/{numero}/evidencias/{id}")
	ResponseEntity<byte[]> descargarEvidencia(@PathVariable int vigencia, @PathVariable int numero,
			@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evidencia-" + id).build().toString())
			.body(servicio.evidencia(vigencia, numero, id));
	}

	record SolicitudVerificacion(
			@NotNull(message = "Es obligatorio") @DecimalMin(value = "0",
					message = "No puede ser negativo") BigDecimal valor,
			@Size(max = 4000, message = "Máximo 4000 caracteres") @Nullable String observaciones) {
	}

	@PutMapping(value = "/{vigencia}/cortes/{numero}/actividades/{codigo}/verificacion",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(GESTION)
	VistasPlan.DetalleCorte verificacion(@PathVariable int vigencia, @PathVariable int numero,
			@PathVariable String codigo, @Valid @RequestBody SolicitudVerificacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		ServicioPlan.Seguimiento r = servicio.verificar(vigencia, numero, codigo, s.valor(),
				s.observaciones() == null ? "" : s.observaciones(), yo);
		return VistasPlan.DetalleCorte.de(r, servicio.calificar(r));
	}

	@PostMapping("/{vigencia}/cortes/{numero}/publicacion")
	@PreAuthorize(GESTION)
	VistasPlan.DetalleCorte publicarCorte(@PathVariable int vigencia, @PathVariable int numero,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		ServicioPlan.Seguimiento r = servicio.publicarCorte(vigencia, numero, yo);
		return VistasPlan.DetalleCorte.de(r, servicio.calificar(r));
	}

	@GetMapping("/{vigencia}/cortes/{numero}/informe.xlsx")
	ResponseEntity<byte[]> informeXlsx(@PathVariable int vigencia, @PathVariable int numero) {
		byte[] b = InformesPlan.xlsx(servicio.informe(servicio.seguimiento(vigencia, numero)));
		return descarga(b, XLSX, "seguimiento-plan-" + vigencia + "-corte-" + numero + ".xlsx");
	}

	@GetMapping("/{vigencia}/cortes/{numero}/informe.pdf")
	ResponseEntity<byte[]> informePdf(@PathVariable int vigencia, @PathVariable int numero) {
		byte[] b = InformesPlan.pdf(servicio.informe(servicio.seguimiento(vigencia, numero)));
		return descarga(b, MediaType.APPLICATION_PDF, "seguimiento-plan-" + vigencia + "-corte-" + numero + ".pdf");
	}

	static ResponseEntity<byte[]> descarga(byte[] b, MediaType tipo, String nombre) {
		return ResponseEntity.ok()
			.contentType(tipo)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(nombre).build().toString())
			.body(b);
	}

}
