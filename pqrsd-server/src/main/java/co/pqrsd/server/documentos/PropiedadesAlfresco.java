package co.pqrsd.server.documentos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import org.jspecify.annotations.Nullable;

/**
 * The pqrsd:* properties the Alfresco adapter writes, with their Java types
 * ({@link #ESCRITAS}): {@code PropiedadesModeloTest} checks each one against
 * pqrsd-platform-module's content model (it exists there, with a compatible type) and
 * that the model has no property nothing writes. The expediente's come through the
 * archive's hook {@link AlmacenDocumentos#clasificar}.
 */
final class PropiedadesAlfresco {

	private PropiedadesAlfresco() {
	}

	static final List<String> ASPECTOS_EXPEDIENTE = List.of("pqrsd:expediente", "pqrsd:clasificacion",
			"pqrsd:retencion");

	static final String ASPECTO_PQRSD = "pqrsd:pqrsd";

	/** Alfresco's ISO 8601 form, in Colombia's time (what a person sees in Share). */
	private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	/** Every property written, by aspect or type, with the Java type of its value. */
	static final Map<String, Class<?>> ESCRITAS = escritas();

	private static Map<String, Class<?>> escritas() {
		Map<String, Class<?>> m = new LinkedHashMap<>();
		// pqrsd:documento (type)
		m.put("pqrsd:hash", String.class);
		m.put("pqrsd:tipoDetectado", String.class);
		m.put("pqrsd:documentoId", Long.class);
		m.put("pqrsd:nombreOriginal", String.class);
		m.put("pqrsd:rol", String.class);
		m.put("pqrsd:version", Integer.class);
		// pqrsd:radicado
		m.put("pqrsd:numeroRadicado", String.class);
		m.put("pqrsd:anio", Integer.class);
		m.put("pqrsd:tipoRadicado", String.class);
		m.put("pqrsd:consecutivo", Long.class);
		m.put("pqrsd:fechaRadicacion", Instant.class);
		m.put("pqrsd:dependencia", String.class);
		m.put("pqrsd:asunto", String.class);
		m.put("pqrsd:medio", String.class);
		m.put("pqrsd:radicador", String.class);
		m.put("pqrsd:estadoRadicado", String.class);
		m.put("pqrsd:folios", Integer.class);
		m.put("pqrsd:remitente", String.class);
		m.put("pqrsd:destinatario", String.class);
		m.put("pqrsd:anexos", String.class);
		m.put("pqrsd:radicadoRelacionado", String.class);
		// pqrsd:expediente, pqrsd:clasificacion, pqrsd:retencion (the archive's hook)
		m.put("pqrsd:numeroExpediente", String.class);
		m.put("pqrsd:dependenciaExpediente", String.class);
		m.put("pqrsd:estadoExpediente", String.class);
		m.put("pqrsd:fechaApertura", LocalDate.class);
		m.put("pqrsd:fechaCierre", LocalDate.class);
		m.put("pqrsd:serieCodigo", String.class);
		m.put("pqrsd:subserieCodigo", String.class);
		m.put("pqrsd:codigoTrd", String.class);
		m.put("pqrsd:nivelAcceso", String.class);
		m.put("pqrsd:retencionGestion", Integer.class);
		m.put("pqrsd:retencionCentral", Integer.class);
		m.put("pqrsd:disposicion", String.class);
		m.put("pqrsd:finGestion", LocalDate.class);
		m.put("pqrsd:finCentral", LocalDate.class);
		// pqrsd:pqrsd (the PQRSD module's hook)
		m.put("pqrsd:etiqueta", String.class);
		m.put("pqrsd:modalidad", String.class);
		m.put("pqrsd:estadoPqrsd", String.class);
		m.put("pqrsd:canal", String.class);
		m.put("pqrsd:canalRespuesta", String.class);
		m.put("pqrsd:recibida", Instant.class);
		m.put("pqrsd:vencimiento", LocalDate.class);
		m.put("pqrsd:dependenciaResponsable", String.class);
		m.put("pqrsd:asignadoA", String.class);
		m.put("pqrsd:prioridades", List.class);
		m.put("pqrsd:denunciaCorrupcion", Boolean.class);
		m.put("pqrsd:anonimo", Boolean.class);
		m.put("pqrsd:radicadoRespuesta", String.class);
		m.put("pqrsd:fechaComunicacion", Instant.class);
		return Map.copyOf(m);
	}

	static Map<String, Object> dePqrsd(AlmacenDocumentos.Pqrsd p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("pqrsd:etiqueta", p.etiqueta());
		poner(m, "pqrsd:modalidad", p.modalidad());
		m.put("pqrsd:estadoPqrsd", p.estado());
		m.put("pqrsd:canal", p.canal());
		poner(m, "pqrsd:canalRespuesta", p.canalRespuesta());
		m.put("pqrsd:recibida", fechaHora(p.recibida()));
		poner(m, "pqrsd:vencimiento", p.vencimiento() == null ? null : p.vencimiento().toString());
		m.put("pqrsd:dependenciaResponsable", p.dependenciaResponsable());
		poner(m, "pqrsd:asignadoA", p.asignadoA());
		m.put("pqrsd:prioridades", p.prioridades());
		m.put("pqrsd:denunciaCorrupcion", p.denunciaCorrupcion());
		m.put("pqrsd:anonimo", p.anonimo());
		poner(m, "pqrsd:radicadoRespuesta", p.radicadoRespuesta());
		poner(m, "pqrsd:fechaComunicacion", p.fechaComunicacion() == null ? null : fechaHora(p.fechaComunicacion()));
		return m;
	}

	static Map<String, Object> deRadicado(AlmacenDocumentos.Radicado r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("pqrsd:numeroRadicado", r.numero());
		m.put("pqrsd:anio", r.anio());
		m.put("pqrsd:tipoRadicado", r.tipo());
		m.put("pqrsd:consecutivo", r.consecutivo());
		m.put("pqrsd:fechaRadicacion", fechaHora(r.fecha()));
		m.put("pqrsd:dependencia", r.dependencia());
		m.put("pqrsd:asunto", r.asunto());
		m.put("pqrsd:medio", r.medio());
		m.put("pqrsd:radicador", r.radicador());
		m.put("pqrsd:estadoRadicado", r.estado());
		poner(m, "pqrsd:folios", r.folios());
		poner(m, "pqrsd:remitente", r.remitente());
		poner(m, "pqrsd:destinatario", r.destinatario());
		poner(m, "pqrsd:anexos", r.anexos());
		poner(m, "pqrsd:radicadoRelacionado", r.radicadoRelacionado());
		return m;
	}

	/** The document's own properties; {@code pqrsd:hash} is set after the upload. */
	static Map<String, Object> deDocumento(AlmacenDocumentos.Documento d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("pqrsd:documentoId", d.id());
		m.put("pqrsd:nombreOriginal", d.nombre());
		m.put("pqrsd:rol", d.rol());
		m.put("pqrsd:version", d.version());
		m.put("pqrsd:tipoDetectado", d.tipoMime());
		return m;
	}

	/**
	 * The own properties of a document uploaded directly to an expediente: no radicado,
	 * no pqrsd id, no role in a radicado; {@code pqrsd:hash} is set after the upload.
	 */
	static Map<String, Object> deDocumentoExpediente(AlmacenDocumentos.DocumentoExpediente d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("pqrsd:nombreOriginal", d.nombre());
		poner(m, "pqrsd:tipoDetectado", d.tipoMime());
		return m;
	}

	static Map<String, Object> deExpediente(AlmacenDocumentos.Expediente e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("pqrsd:numeroExpediente", e.numero());
		m.put("pqrsd:dependenciaExpediente", e.dependencia());
		m.put("pqrsd:estadoExpediente", e.estado());
		m.put("pqrsd:fechaApertura", e.fechaApertura().toString());
		poner(m, "pqrsd:fechaCierre", e.fechaCierre() == null ? null : e.fechaCierre().toString());
		m.put("pqrsd:serieCodigo", e.serieCodigo());
		poner(m, "pqrsd:subserieCodigo", e.subserieCodigo());
		m.put("pqrsd:codigoTrd", e.codigoTrd());
		m.put("pqrsd:nivelAcceso", e.nivelAcceso());
		m.put("pqrsd:retencionGestion", e.retencionAg());
		m.put("pqrsd:retencionCentral", e.retencionAc());
		m.put("pqrsd:disposicion", e.disposicion());
		poner(m, "pqrsd:finGestion", e.finGestion() == null ? null : e.finGestion().toString());
		poner(m, "pqrsd:finCentral", e.finCentral() == null ? null : e.finCentral().toString());
		return m;
	}

	static String fechaHora(Instant instante) {
		return FECHA_HORA.format(instante.atZone(Colombia.ZONA));
	}

	private static void poner(Map<String, Object> m, String clave, @Nullable Object valor) {
		if (valor != null) {
			m.put(clave, valor);
		}
	}

}
