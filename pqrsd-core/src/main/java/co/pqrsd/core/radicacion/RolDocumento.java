package co.pqrsd.core.radicacion;

import java.util.ArrayList;
import java.util.List;

/**
 * Role of a document within its radicado: one PRINCIPAL (the communication itself) and
 * any number of ANEXO.
 */
public enum RolDocumento {

	PRINCIPAL, ANEXO;

	/**
	 * Roles of the documents received with a radicación: the documents marked main are
	 * PRINCIPAL; when none is marked, the first one is.
	 * @param marcadosPrincipal for each document in arrival order, whether the sender
	 * marked it as the main one
	 * @return one role per document, in the same order; never {@code null}
	 */
	public static List<RolDocumento> alRadicar(List<Boolean> marcadosPrincipal) {
		boolean alguno = marcadosPrincipal.contains(Boolean.TRUE);
		List<RolDocumento> roles = new ArrayList<>(marcadosPrincipal.size());
		for (int i = 0; i < marcadosPrincipal.size(); i++) {
			boolean principal = Boolean.TRUE.equals(marcadosPrincipal.get(i)) || !alguno && i == 0;
			roles.add(principal ? PRINCIPAL : ANEXO);
		}
		return roles;
	}

	/**
	 * Role of a document added later: a radicado keeps a single PRINCIPAL, so a second
	 * one becomes an ANEXO.
	 */
	public static RolDocumento alAgregar(boolean anexo, boolean yaTienePrincipal) {
		return anexo || yaTienePrincipal ? ANEXO : PRINCIPAL;
	}

}
