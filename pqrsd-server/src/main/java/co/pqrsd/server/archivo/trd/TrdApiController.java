package co.pqrsd.server.archivo.trd;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.server.comun.NoEncontrado;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the CCD and TRD (issue #11): every authenticated user reads; ARCHIVISTA
 * drafts, imports and puts versions in force. The version in force is also published
 * without login under {@code /api/v1/publico/trd} (Ley 1712 de 2014; Decreto 1081 de
 * 2015, art. 2.1.1.2.1.4).
 */
@RestController
class TrdApiController {

	static final String ARCHIVISTA = "hasRole('ARCHIVISTA')";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ServicioTrd servicio;

	private final ConsultaTrd consulta;

	TrdApiController(ServicioTrd servicio, ConsultaTrd consulta) {
		this.servicio = servicio;
		this.consulta = consulta;
	}

	@GetMapping("/api/v1/trd/versiones")
	List<VersionTrd> versiones() {
		return consulta.versiones();
	}

	record SolicitudVersion(
			@NotBlank(message = "Es obligatorio") @Size(max = 200, message = "Máximo 200 caracteres") String nombre) {
	}

	@PostMapping(value = "/api/v1/trd/versiones", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(ARCHIVISTA)
	ResponseEntity<VersionTrd> crear(@Valid @RequestBody SolicitudVersion s) {
		VersionTrd v = servicio.crear(s.nombre());
		return ResponseEntity.created(URI.create("/api/v1/trd/versiones/" + v.id())).body(v);
	}

	@GetMapping("/api/v1/trd/versiones/{id}")
	VersionTrd version(@PathVariable long id) {
		return servicio.version(id);
	}

	@GetMapping("/api/v1/trd/vigente")
	VersionTrd vigente() {
		return consulta.vigente().orElseThrow(() -> new NoEncontrado("TRD_SIN_VIGENTE", "Aún no hay una TRD vigente."));
	}

	record SolicitudDatos(
			@NotBlank(message = "Es obligatorio") @Size(max = 200, message = "Máximo 200 caracteres") String nombre,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String actoAprobacion,
			@Nullable LocalDate fechaAprobacion, @Nullable LocalDate fechaConvalidacion,
			@Nullable @Size(max = 100, message = "Máximo 100 caracteres") String inscripcionRusd) {
	}

	@PutMapping(value = "/api/v1/trd/versiones/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(ARCHIVISTA)
	VersionTrd datos(@PathVariable long id, @Valid @RequestBody SolicitudDatos s) {
		return servicio.datos(id, s.nombre(), s.actoAprobacion(), s.fechaAprobacion(), s.fechaConvalidacion(),
				s.inscripcionRusd());
	}

	record Resultado(VersionTrd version, int filas, int oficinas) {
	}

	@PostMapping(value = "/api/v1/trd/versiones/{id}/importacion", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(ARCHIVISTA)
	Resultado importar(@PathVariable long id, @RequestPart("archivo") MultipartFile archivo) throws IOException {
		if (archivo.getSize() > TablasTrd.TAMANO_MAXIMO) {
			throw TablasTrd.demasiadoGrande();
		}
		ServicioTrd.Importacion r = servicio.importar(id, String.valueOf(archivo.getOriginalFilename()),
				archivo.getBytes());
		return new Resultado(r.version(), r.filas(), r.oficinas());
	}

	record SolicitudVigencia(@Nullable LocalDate vigenteDesde) {
	}

	@PostMapping(value = "/api/v1/trd/versiones/{id}/vigencia", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(ARCHIVISTA)
	VersionTrd vigencia(@PathVariable long id, @RequestBody SolicitudVigencia s) {
		return servicio.ponerEnVigencia(id, s.vigenteDesde());
	}

	@GetMapping("/api/v1/trd/versiones/{id}/filas")
	List<FilaGuardada> filas(@PathVariable long id) {
		servicio.version(id);
		return consulta.filas(id);
	}

	@GetMapping("/api/v1/trd/versiones/{id}/ccd")
	ServicioTrd.Nodo ccd(@PathVariable long id) {
		return servicio.ccd(id);
	}

	@GetMapping("/api/v1/trd/versiones/{id}/exportacion.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return descarga(servicio.xlsx(id), XLSX, "trd-" + id + ".xlsx");
	}

	@GetMapping("/api/v1/trd/versiones/{id}/exportacion.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		return descarga(servicio.csv(id).getBytes(StandardCharsets.UTF_8),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), "trd-" + id + ".csv");
	}

	/** The TRD in force, for the entity's web site: no login (Ley 1712 de 2014). */
	@GetMapping("/api/v1/publico/trd.xlsx")
	ResponseEntity<byte[]> publicaXlsx() {
		return descarga(servicio.xlsx(vigente().id()), XLSX, "tabla-retencion-documental.xlsx");
	}

	@GetMapping("/api/v1/publico/trd.csv")
	ResponseEntity<byte[]> publicaCsv() {
		return descarga(servicio.csv(vigente().id()).getBytes(StandardCharsets.UTF_8),
				MediaType.parseMediaType("text/csv;charset=UTF-8"), "tabla-retencion-documental.csv");
	}

	@GetMapping("/api/v1/publico/trd/ccd")
	ServicioTrd.Nodo publicaCcd() {
		return servicio.ccd(vigente().id());
	}

	static ResponseEntity<byte[]> descarga(byte[] contenido, MediaType tipo, String nombre) {
		return ResponseEntity.ok()
			.contentType(tipo)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(nombre, StandardCharsets.UTF_8).build().toString())
			.body(contenido);
	}

}
