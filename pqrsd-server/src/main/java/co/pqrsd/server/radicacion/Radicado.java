package co.pqrsd.server.radicacion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import co.pqrsd.core.radicacion.TipoRadicado;
import org.jspecify.annotations.Nullable;

/** A radicado as the API and the screens show it. */
record Radicado(String numero, int anio, TipoRadicado tipo, long consecutivo, OffsetDateTime fechaRadicacion,
		String estado, String dependencia, String dependenciaNombre, String dependenciaRadicadora, String asunto,
		@Nullable String descripcion, Medio medio, @Nullable String guia, @Nullable Integer folios, int anexosCantidad,
		@Nullable String anexosDescripcion, @Nullable Parte remitente, @Nullable Parte destinatario,
		@Nullable String radicadoRelacionado, String radicador, @Nullable String observaciones,
		@Nullable Anulacion anulacion, List<Documento> documentos, List<Anotacion> anotaciones,
		List<Advertencia> advertencias) {

	/**
	 * @param acta number of the acta de anulación signed by the jefe of the
	 * correspondence unit
	 */
	public record Anulacion(Instant anuladoEn, String anuladoPor, String justificacion, String acta) {
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

	boolean vigente() {
		return "VIGENTE".equals(estado);
	}

}
