package co.pqrsd.server.auditoria;

import java.util.Set;

/** What the trail records of the acting user; the security principal implements it. */
public interface SujetoAuditado {

	String username();

	Set<String> roles();

	Set<String> codigosDependencias();

}
