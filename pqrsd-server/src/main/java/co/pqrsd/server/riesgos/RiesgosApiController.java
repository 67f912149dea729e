package co.pqrsd.server.riesgos;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.Evidencia;
import co.pqrsd.core.riesgos.AccionTratamiento;
import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.ImplementacionControl;
import co.pqrsd.core.riesgos.Materializacion;
import co.pqrsd.core.riesgos.OpcionTratamiento;
import co.pqrsd.core.riesgos.RedaccionRiesgo;
import co.pqrsd.core.riesgos.SeguimientoMapaRiesgos;
import co.pqrsd.core.riesgos.TipoControl;
import co.pqrsd.core.riesgos.TipoRiesgo;
import co.pqrsd.core.riesgos.ZonaRiesgo;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the corruption risk map (issue #10; shapes in docs/riesgos.md). */
@RestController
@RequestMapping("/api/v1/riesgos")
class RiesgosApiController {

	private final ServicioRiesgos servicio;

	private final MapaRiesgos mapa;

	RiesgosApiController(ServicioRiesgos servicio, MapaRiesgos mapa) {
		this.servicio = servicio;
		this.mapa = mapa;
	}

	record Redaccion(@Size(max = 500, message = "Máximo 500 caracteres") @Nullable String accionUOmision,
			@Size(max = 500, message = "Máximo 500 caracteres") @Nullable String usoDelPoder,
			@Size(max = 500, message = "Máximo 500 caracteres") @Nullable String desviacion,
			@Size(max = 500, message = "Máximo 500 caracteres") @Nullable String beneficioPrivado) {

		RedaccionRiesgo core() {
			return new RedaccionRiesgo(texto(accionUOmision), texto(usoDelPoder), texto(desviacion),
					texto(beneficioPrivado));
		}

	}

	record SolicitudRiesgo(
			@NotNull(message = "Es obligatorio") @Min(value = 2000, message = "Desde 2000") @Max(value = 2100,
					message = "Hasta 2100") Integer vigencia,
			@Nullable @Pattern(regexp = "[A-Za-z0-9._-]{0,20}",
					message = "Hasta 20 letras, dígitos, punto, guion o guion bajo") String codigo,
			@NotBlank(message = "Es obligatorio") @Size(max = 200, message = "Máximo 200 caracteres") String proceso,
			@Nullable @Pattern(regexp = "\\d{1,5}", message = "Código de 1 a 5 dígitos") String dependencia,
			@Nullable TipoRiesgo tipo,
			@NotNull(message = "Es obligatorio") @Size(max = 20,
					message = "Máximo 20 causas") List<@NotNull(message = "Es obligatorio") @Size(max = 500,
							message = "Máximo 500 caracteres") String> causas,
			@NotNull(message = "Es obligatorio") @Valid Redaccion redaccion,
			@Nullable @Size(max = 20,
					message = "Máximo 20 consecuencias") List<@NotNull(message = "Es obligatorio") @Size(max = 500,
							message = "Máximo 500 caracteres") String> consecuencias) {

		ServicioRiesgos.Identificacion identificacion() {
			return new ServicioRiesgos.Identificacion(codigo, proceso, dependencia,
					tipo == null ? TipoRiesgo.CORRUPCION : tipo, causas, redaccion.core(),
					consecuencias == null ? List.of() : consecuencias);
		}

	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VistaRiesgo> crear(@Valid @RequestBody SolicitudRiesgo s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		VistaRiesgo v = VistaRiesgo.de(servicio.crear(s.vigencia(), s.identificacion(), yo));
		return ResponseEntity.created(URI.create("/api/v1/riesgos/" + v.id())).body(v);
	}

	@GetMapping
	List<VistaRiesgo> listar(@RequestParam @Min(value = 2000, message = "Desde 2000") @Max(value = 2100,
			message = "Hasta 2100") int vigencia) {
		return servicio.listar(vigencia).stream().map(VistaRiesgo::de).toList();
	}

	@GetMapping("/{id}")
	VistaRiesgo obtener(@PathVariable long id) {
		return VistaRiesgo.de(servicio.obtener(id));
	}

	@PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaRiesgo actualizar(@PathVariable long id, @Valid @RequestBody SolicitudRiesgo s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return VistaRiesgo.de(servicio.actualizar(id, s.identificacion(), yo));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> eliminar(@PathVariable long id, @AuthenticationPrincipal UsuarioAutenticado yo) {
		servicio.eliminar(id, yo);
		return ResponseEntity.noContent().build();
	}

	record SolicitudEvaluacion(@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String metodologia,
			@Nullable @Min(value = 0, message = "No puede ser negativa") Integer frecuenciaAnual,
			@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String probabilidad,
			@Nullable @Size(max = 40,
					message = "Máximo 40 respuestas") List<@NotNull(message = "Responda Sí o No") Boolean> respuestas,
			@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String impacto) {
	}

	@PostMapping(value = "/{id}/evaluacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaRiesgo evaluar(@PathVariable long id, @Valid @RequestBody SolicitudEvaluacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return VistaRiesgo.de(servicio.evaluar(id, new ServicioRiesgos.DatosEvaluacion(s.metodologia(),
				s.frecuenciaAnual(), s.probabilidad(), s.respuestas(), s.impacto()), yo));
	}

	record SolicitudControl(
			@NotBlank(message = "Es obligatorio") @Size(max = 200,
					message = "Máximo 200 caracteres") String responsable,
			@NotBlank(message = "Es obligatorio") @Size(max = 500, message = "Máximo 500 caracteres") String accion,
			@Nullable @Size(max = 1000, message = "Máximo 1000 caracteres") String complemento,
			@NotNull(message = "Es obligatorio") TipoControl tipo,
			@NotNull(message = "Es obligatorio") ImplementacionControl implementacion, @Nullable Boolean documentado,
			@Nullable Boolean continuo, @Nullable Boolean conRegistro) {

		Control core() {
			return new Control(responsable.strip(), accion.strip(), texto(complemento), tipo, implementacion,
					documentado == null || documentado, continuo == null || continuo,
					conRegistro == null || conRegistro);
		}

	}

	@PostMapping(value = "/{id}/controles", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VistaRiesgo> agregarControl(@PathVariable long id, @Valid @RequestBody SolicitudControl s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		VistaRiesgo v = VistaRiesgo.de(servicio.agregarControl(id, s.core(), yo));
		return ResponseEntity.created(URI.create("/api/v1/riesgos/" + id + "/controles/" + v.controles().size()))
			.body(v);
	}

	@DeleteMapping("/{id}/controles/{posicion}")
	VistaRiesgo retirarControl(@PathVariable long id, @PathVariable int posicion,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return VistaRiesgo.de(servicio.retirarControl(id, posicion, yo));
	}

	record SolicitudAccion(
			@NotBlank(message = "Es obligatorio") @Size(max = 500, message = "Máximo 500 caracteres") String actividad,
			@NotBlank(message = "Es obligatorio") @Size(max = 200,
					message = "Máximo 200 caracteres") String responsable,
			@NotNull(message = "Es obligatorio") LocalDate fecha, @NotBlank(message = "Es obligatorio") @Size(max = 500,
					message = "Máximo 500 caracteres") String evidencia) {
	}

	record SolicitudTratamiento(@NotNull(message = "Es obligatorio") OpcionTratamiento opcion,
			@Nullable @Size(max = 50, message = "Máximo 50 acciones") List<@NotNull(
					message = "Es obligatorio") @Valid SolicitudAccion> acciones) {
	}

	@PostMapping(value = "/{id}/tratamiento", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaRiesgo tratar(@PathVariable long id, @Valid @RequestBody SolicitudTratamiento s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		List<AccionTratamiento> acciones = new ArrayList<>();
		if (s.acciones() != null) {
			s.acciones()
				.forEach(a -> acciones.add(new AccionTratamiento(a.actividad().strip(), a.responsable().strip(),
						a.fecha(), a.evidencia().strip())));
		}
		return VistaRiesgo.de(servicio.tratar(id, s.opcion(), acciones, yo));
	}

	record SolicitudMaterializacion(@NotNull(message = "Es obligatorio") LocalDate fecha,
			@NotBlank(message = "Es obligatorio") @Size(max = 2000,
					message = "Máximo 2000 caracteres") String descripcion,
			@Nullable Set<Materializacion.@NotNull(message = "Es obligatorio") Autoridad> autoridades,
			@Nullable @Size(max = 200, message = "Máximo 200 caracteres") String entidad,
			@Nullable LocalDate fechaInforme,
			@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String radicadoOficio) {
	}

	@PostMapping(value = "/{id}/materializacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaRiesgo materializar(@PathVariable long id, @Valid @RequestBody SolicitudMaterializacion s,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		String radicado = s.radicadoOficio() == null || s.radicadoOficio().isBlank() ? null
				: s.radicadoOficio().strip();
		return VistaRiesgo.de(servicio.materializar(id,
				new Materializacion(s.fecha(), s.descripcion().strip(),
						s.autoridades() == null ? Set.of() : s.autoridades(), radicado),
				new InformeAutoridad(s.entidad() == null || s.entidad().isBlank() ? null : s.entidad().strip(),
						s.fechaInforme(), radicado),
				yo));
	}

	record VistaSeguimiento(int vigencia, int corte, LocalDate fechaCorte, LocalDate limitePublicacion,
			@Nullable LocalDate publicadoEl, @Nullable String publicadoPor, boolean publicadoATiempo,
			List<VistaRegistro> registros) {

		static VistaSeguimiento de(ServicioRiesgos.Seguimiento s) {
			Corte c = s.corte();
			SeguimientoMapaRiesgos seg = s.seguimiento();
			return new VistaSeguimiento(c.vigencia(), c.numero(), c.fecha(), c.limitePublicacion(), seg.publicadoEl(),
					seg.publicadoPor(), seg.publicadoATiempo(),
					seg.registros()
						.values()
						.stream()
						.map(r -> new VistaRegistro(s.ids().get(r.riesgo()), r.riesgo(), r.zonaResidual(),
								r.monitoreo(), r.observacion()))
						.toList());
		}

	}

	record VistaRegistro(long riesgoId, String riesgo, @Nullable ZonaRiesgo zonaResidual,
			SeguimientoMapaRiesgos.@Nullable Monitoreo monitoreo,
			SeguimientoMapaRiesgos.@Nullable Observacion observacion) {
	}

	@GetMapping("/seguimientos/{corte}")
	VistaSeguimiento seguimiento(@PathVariable int corte, @RequestParam @Min(value = 2000,
			message = "Desde 2000") @Max(value = 2100, message = "Hasta 2100") int vigencia) {
		return VistaSeguimiento.de(servicio.seguimiento(vigencia, corte));
	}

	record SolicitudEvidencia(@NotNull(message = "Es obligatorio") Evidencia.Tipo tipo,
			@NotBlank(message = "Es obligatorio") @Size(max = 500, message = "Máximo 500 caracteres") String referencia,
			@Nullable @Size(max = 64, message = "Máximo 64 caracteres") String sha256) {
	}

	record SolicitudMonitoreo(@NotNull(message = "Es obligatorio") Boolean controlesAplicados,
			@NotNull(message = "Es obligatorio") @DecimalMin(value = "0",
					message = "Desde 0") @DecimalMax(value = "100", message = "Hasta 100") BigDecimal avanceAcciones,
			@NotBlank(message = "Es obligatorio") @Size(max = 4000,
					message = "Máximo 4000 caracteres") String accionesRealizadas,
			@Nullable @Size(max = 50, message = "Máximo 50 evidencias") List<@NotNull(
					message = "Es obligatorio") @Valid SolicitudEvidencia> evidencias) {
	}

	@PostMapping(value = "/{id}/seguimientos/{corte}/monitoreo", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaSeguimiento monitorear(@PathVariable long id, @PathVariable int corte,
			@Valid @RequestBody SolicitudMonitoreo s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		List<Evidencia> evidencias = s.evidencias() == null ? List.of()
				: s.evidencias()
					.stream()
					.map(e -> new Evidencia(e.tipo(), e.referencia().strip(), e.sha256()))
					.toList();
		return VistaSeguimiento
			.de(servicio.monitorear(id, corte, new ServicioRiesgos.MonitoreoSolicitado(s.controlesAplicados(),
					s.avanceAcciones(), s.accionesRealizadas().strip(), evidencias), yo));
	}

	record SolicitudObservacion(@NotBlank(message = "Es obligatorio") @Size(max = 4000,
			message = "Máximo 4000 caracteres") String observaciones) {
	}

	@PostMapping(value = "/{id}/seguimientos/{corte}/observacion", consumes = MediaType.APPLICATION_JSON_VALUE)
	VistaSeguimiento observar(@PathVariable long id, @PathVariable int corte,
			@Valid @RequestBody SolicitudObservacion s, @AuthenticationPrincipal UsuarioAutenticado yo) {
		return VistaSeguimiento.de(servicio.observar(id, corte, s.observaciones(), yo));
	}

	@PostMapping("/seguimientos/{corte}/publicacion")
	VistaSeguimiento publicar(@PathVariable int corte, @RequestParam @Min(value = 2000,
			message = "Desde 2000") @Max(value = 2100, message = "Hasta 2100") int vigencia,
			@AuthenticationPrincipal UsuarioAutenticado yo) {
		return VistaSeguimiento.de(servicio.publicar(vigencia, corte, yo));
	}

	record VistaCelda(String probabilidad, String probabilidadNombre, String impacto, String impactoNombre,
			ZonaRiesgo zona, int cantidad, List<Long> riesgos) {
	}

	record VistaMapaCalor(int vigencia, String metodologia, String tipo, List<VistaCelda> celdas, List<Long> sinEvaluar,
			Map<ZonaRiesgo, Integer> porZona) {
	}

	@GetMapping("/mapa-calor")
	VistaMapaCalor mapaCalor(
			@RequestParam @Min(value = 2000, message = "Desde 2000") @Max(value = 2100,
					message = "Hasta 2100") int vigencia,
			@RequestParam(defaultValue = "inherente") @Pattern(regexp = "inherente|residual",
					message = "inherente o residual") String tipo,
			@RequestParam(required = false) @Nullable @Size(max = 40,
					message = "Máximo 40 caracteres") String metodologia) {
		boolean residual = tipo.equals("residual");
		MapaRiesgos.HeatMap m = mapa.mapaCalor(vigencia, metodologia);
		return new VistaMapaCalor(vigencia, m.metodologia(), tipo,
				m.celdas()
					.stream()
					.map(c -> new VistaCelda(c.probabilidad(), c.probabilidadNombre(), c.impacto(), c.impactoNombre(),
							c.zona(), c.cantidad(residual), residual ? c.residuales() : c.inherentes()))
					.toList(),
				m.sinEvaluar(), residual ? m.porZonaResidual() : m.porZonaInherente());
	}

	private static String texto(@Nullable String valor) {
		return valor == null ? "" : valor.strip();
	}

}
