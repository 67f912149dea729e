package co.pqrsd.server.radicacion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import co.pqrsd.core.radicacion.Anulacion;
import co.pqrsd.core.radicacion.EstadoRadicado;
import co.pqrsd.core.radicacion.RadicadoRegistrado;
import co.pqrsd.core.radicacion.TipoRadicado;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * A radicado as the API and the screens show it: small value types, flattened in JSON.
 * Rules over its state live in {@link RadicadoRegistrado} ({@link #registro()}).
 *
 * @param estado VIGENTE or ANULADO ({@link EstadoRadicado}), as text for the screens
 * @param anulacion present if and only if ANULADO
 */
record Radicado(@JsonUnwrapped Numeracion numeracion, String estado, @JsonUnwrapped Asignacion asignacion,
		@JsonUnwrapped Contenido contenido, @JsonUnwrapped Recepcion recepcion, @Nullable Parte remitente,
		@Nullable Parte destinatario, @Nullable Anulacion anulacion, List<Documento> documentos,
		List<Anotacion> anotaciones, List<Advertencia> advertencias) {

	/**
	 * The number and its date and time, both from the server (AGN Acuerdo 060 de 2001,
	 * art. 5).
	 */
	public record Numeracion(String numero, int anio, TipoRadicado tipo, long consecutivo,
			OffsetDateTime fechaRadicacion) {
	}

	/**
	 * @param dependencia the responsible dependencia's code
	 * @param dependenciaRadicadora {DEP} in the number
	 * @param radicador username of the clerk
	 */
	public record Asignacion(String dependencia, String dependenciaNombre, String dependenciaRadicadora,
			String radicador) {
	}

	public record Contenido(String asunto, @Nullable String descripcion, @Nullable String observaciones,
			@Nullable String radicadoRelacionado) {
	}

	/** How it arrived or leaves, and what physically came with it. */
	public record Recepcion(Medio medio, @Nullable String guia, @Nullable Integer folios, int anexosCantidad,
			@Nullable String anexosDescripcion) {
	}

	/** A radicado as stored, before its documents, annotations and warnings are read. */
	static Radicado registrado(Numeracion numeracion, String estado, Asignacion asignacion, Contenido contenido,
			Recepcion recepcion, @Nullable Parte remitente, @Nullable Parte destinatario,
			@Nullable Anulacion anulacion) {
		return new Radicado(numeracion, estado, asignacion, contenido, recepcion, remitente, destinatario, anulacion,
				List.of(), List.of(), List.of());
	}

	/** The same radicado with its documents and annotations. */
	Radicado conDetalle(List<Documento> documentos, List<Anotacion> anotaciones) {
		return new Radicado(numeracion, estado, asignacion, contenido, recepcion, remitente, destinatario, anulacion,
				documentos, anotaciones, advertencias);
	}

	/** The same radicado with other parties (e.g. their personal data masked). */
	Radicado conPartes(@Nullable Parte remitente, @Nullable Parte destinatario) {
		return new Radicado(numeracion, estado, asignacion, contenido, recepcion, remitente, destinatario, anulacion,
				documentos, anotaciones, advertencias);
	}

	Radicado conAdvertencias(List<Advertencia> advertencias) {
		return new Radicado(numeracion, estado, asignacion, contenido, recepcion, remitente, destinatario, anulacion,
				documentos, anotaciones, advertencias);
	}

	public String numero() {
		return numeracion.numero();
	}

	public int anio() {
		return numeracion.anio();
	}

	public TipoRadicado tipo() {
		return numeracion.tipo();
	}

	public long consecutivo() {
		return numeracion.consecutivo();
	}

	public OffsetDateTime fechaRadicacion() {
		return numeracion.fechaRadicacion();
	}

	public String dependencia() {
		return asignacion.dependencia();
	}

	public String dependenciaNombre() {
		return asignacion.dependenciaNombre();
	}

	public String dependenciaRadicadora() {
		return asignacion.dependenciaRadicadora();
	}

	public String radicador() {
		return asignacion.radicador();
	}

	public String asunto() {
		return contenido.asunto();
	}

	public @Nullable String descripcion() {
		return contenido.descripcion();
	}

	public @Nullable String observaciones() {
		return contenido.observaciones();
	}

	public @Nullable String radicadoRelacionado() {
		return contenido.radicadoRelacionado();
	}

	public Medio medio() {
		return recepcion.medio();
	}

	public @Nullable String guia() {
		return recepcion.guia();
	}

	public @Nullable Integer folios() {
		return recepcion.folios();
	}

	public int anexosCantidad() {
		return recepcion.anexosCantidad();
	}

	public @Nullable String anexosDescripcion() {
		return recepcion.anexosDescripcion();
	}

	public record Anotacion(long id, String texto, String autor, Instant creadoEn) {
	}

	/**
	 * A non-blocking warning (the law forbids refusing to radicate, CPACA art. 15 par.
	 * 2).
	 */
	public record Advertencia(String codigo, String mensaje, List<String> radicados) {
	}

	/**
	 * @param sha256 hash of the stored bytes, re-verifiable
	 * @param tipoMime the type Tika detected from the bytes
	 * @param estadoTexto EXTRAIDO; SIN_TEXTO when no text could be extracted; EXCEDIDO
	 * when the file exceeded the parsing limits (kept, text not extracted)
	 */
	public record Documento(long id, String rol, String nombre, int version, @Nullable Long versionDe, String sha256,
			long tamano, String tipoMime, @Nullable String tipoDeclarado, @Nullable Integer paginas,
			@Nullable String autor, @Nullable String titulo, String estadoTexto, String cargadoPor, Instant cargadoEn) {
	}

	/** The aggregate whose rules guard every change to this radicado. */
	RadicadoRegistrado registro() {
		return new RadicadoRegistrado(numero(), tipo(), EstadoRadicado.valueOf(estado), anulacion);
	}

	boolean vigente() {
		return registro().vigente();
	}

}
