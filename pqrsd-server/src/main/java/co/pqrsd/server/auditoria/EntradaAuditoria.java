package co.pqrsd.server.auditoria;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail as Control Interno reads it. {@code posicion} and {@code hash}
 * are null until sealed.
 */
record EntradaAuditoria(long id, OffsetDateTime instante, String usuario, List<String> roles, List<String> dependencias,
		@Nullable String ip, @Nullable String agente, String accion, String accionDescripcion, String objetoTipo,
		@Nullable String objetoId, String resultado, Map<String, Object> detalles, @Nullable Long posicion,
		@Nullable String hash) {

	/**
	 * @return the before/after pairs of an update, or an empty map.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Map<String, Object>> cambios() {
		Object cambios = detalles.get("cambios");
		return cambios instanceof Map<?, ?> m ? (Map<String, Map<String, Object>>) m : Map.of();
	}

}
