package co.pqrsd.server.auditoria;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.ParametrosFecha;
import org.jspecify.annotations.Nullable;

/**
 * Search filters; every one is optional and they combine with AND.
 *
 * @param desde from this instant (inclusive)
 * @param hasta up to this instant (exclusive)
 * @param pagina 1-based page
 * @param tamano page size, 1 to 200
 */
record FiltroAuditoria(@Nullable String usuario, @Nullable String accion, @Nullable String objetoTipo,
		@Nullable String objetoId, @Nullable Instant desde, @Nullable Instant hasta, @Nullable String texto, int pagina,
		int tamano) {

	public FiltroAuditoria {
		usuario = vacioANulo(usuario);
		accion = vacioANulo(accion);
		objetoTipo = vacioANulo(objetoTipo);
		objetoId = vacioANulo(objetoId);
		texto = vacioANulo(texto);
		if (pagina < 1) {
			throw new ErrorDominio("PARAMETRO_INVALIDO", "La página debe ser 1 o mayor.");
		}
		if (tamano < 1 || tamano > 200) {
			throw new ErrorDominio("PARAMETRO_INVALIDO", "El tamaño de página debe estar entre 1 y 200.");
		}
		if (accion != null) {
			try {
				AccionAuditoria.valueOf(accion);
			}
			catch (IllegalArgumentException e) {
				throw new ErrorDominio("VALOR_NO_PERMITIDO",
						"La acción '" + accion + "' no existe en el catálogo " + "(GET /api/v1/auditoria/acciones).",
						Map.of("accion", accion));
			}
		}
		if (desde != null && hasta != null && !desde.isBefore(hasta)) {
			throw new ErrorDominio("RANGO_FECHAS_INVALIDO", "La fecha 'desde' debe ser anterior a 'hasta'.");
		}
	}

	/**
	 * Parses the query parameters. Dates may be plain days ({@code 2026-11-23}, a whole
	 * day in America/Bogota) or ISO-8601 instants with offset.
	 */
	public static FiltroAuditoria de(@Nullable String usuario, @Nullable String accion, @Nullable String objetoTipo,
			@Nullable String objetoId, @Nullable String desde, @Nullable String hasta, @Nullable String texto,
			@Nullable Integer pagina, @Nullable Integer tamano) {
		return new FiltroAuditoria(usuario, accion, objetoTipo, objetoId, ParametrosFecha.limite("desde", desde, false),
				ParametrosFecha.limite("hasta", hasta, true), texto, pagina == null ? 1 : pagina,
				tamano == null ? 50 : tamano);
	}

	/** The filters as the audit entry of the search records them. */
	Map<String, Object> comoDetalles() {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("usuario", usuario);
		d.put("accion", accion);
		d.put("objetoTipo", objetoTipo);
		d.put("objetoId", objetoId);
		d.put("desde", desde == null ? null : desde.toString());
		d.put("hasta", hasta == null ? null : hasta.toString());
		d.put("texto", texto);
		d.values().removeIf(java.util.Objects::isNull);
		return d;
	}

	private static @Nullable String vacioANulo(@Nullable String valor) {
		return valor == null || valor.isBlank() ? null : valor.strip();
	}

}
