package co.pqrsd.server.informes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of one open-data row, served at
 * {@code /api/v1/publico/datos-abiertos/esquema} and described in docs/datos-abiertos.md.
 */
final class EsquemaDatosAbiertos {

	static final Map<String, Object> ESQUEMA;

	static {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("radicado", campo("string", "Número del radicado de entrada"));
		p.put("etiqueta", enumerado("Tipo de PQRSD",
				List.of("PETICION", "QUEJA", "RECLAMO", "SUGERENCIA", "DENUNCIA", "FELICITACION")));
		p.put("modalidad", campo(List.of("string", "null"),
				"Modalidad legal que fija el término (GENERAL, DOCUMENTOS, CONSULTA…); null para felicitaciones"));
		p.put("canal", enumerado("Medio de recepción", List.of("PRESENCIAL", "PRESENCIAL_VERBAL", "CORREO_POSTAL",
				"CORREO_ELECTRONICO", "FORMULARIO_WEB", "TELEFONICO", "OTRO")));
		p.put("dependencia", campo("string", "Código de la dependencia responsable"));
		p.put("fecha_radicacion", fecha("Fecha de radicación (hora de Colombia)", false));
		p.put("vencimiento", fecha("Último día del término vigente (con prórroga)", true));
		p.put("fecha_respuesta", fecha("Fecha en que se comunicó la respuesta", true));
		p.put("estado", campo("string", "Estado del caso (RADICADA, EN_TRAMITE, RESPONDIDA, TRASLADADA…)"));
		p.put("situacion", enumerado("Situación para los informes", List.of("RESPONDIDA_A_TIEMPO", "RESPONDIDA_TARDE",
				"PENDIENTE", "PENDIENTE_VENCIDA", "TRASLADADA", "DESISTIDA", "SIN_RESPUESTA_DEBIDA")));
		p.put("dias_habiles_respuesta", campo(List.of("integer", "null"),
				"Días hábiles desde la radicación hasta la comunicación de la respuesta, sin los días suspendidos"));
		p.put("oportuna", campo(List.of("boolean", "null"), "Si la respuesta se comunicó dentro del término"));
		p.put("trasladada", campo("boolean", "Si se trasladó por competencia a otra autoridad"));
		p.put("fecha_traslado", fecha("Fecha del traslado", true));
		p.put("prorrogada", campo("boolean", "Si se prorrogó el término (Ley 1755 de 2015, art. 14 par.)"));
		p.put("anonima", campo("boolean", "Si la petición es anónima"));
		Map<String, Object> fila = new LinkedHashMap<>();
		fila.put("type", "object");
		fila.put("required", List.copyOf(p.keySet()));
		fila.put("properties", p);
		fila.put("additionalProperties", false);
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		e.put("title", "Registro de PQRSD sin datos personales");
		e.put("type", "object");
		e.put("required", List.of("esquema", "desde", "hasta", "registros"));
		e.put("properties",
				Map.of("esquema", Map.of("type", "string"), "desde", Map.of("type", "string", "format", "date"),
						"hasta", Map.of("type", "string", "format", "date"), "registros",
						Map.of("type", "array", "items", fila)));
		ESQUEMA = java.util.Collections.unmodifiableMap(e);
	}

	private EsquemaDatosAbiertos() {
	}

	private static Map<String, Object> campo(Object tipo, String descripcion) {
		return Map.of("type", tipo, "description", descripcion);
	}

	private static Map<String, Object> fecha(String descripcion, boolean nula) {
		return Map.of("type", nula ? List.of("string", "null") : "string", "format", "date", "description",
				descripcion);
	}

	private static Map<String, Object> enumerado(String descripcion, List<String> valores) {
		return Map.of("type", "string", "enum", valores, "description", descripcion);
	}

}
