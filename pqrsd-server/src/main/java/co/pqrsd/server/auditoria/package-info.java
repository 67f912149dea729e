/**
 * The audit trail Control Interno relies on: every security event and business action,
 * written in the same transaction as the action, append-only in PostgreSQL, hash-chained
 * and verifiable, searchable and exportable. Features call
 * {@link co.pqrsd.server.auditoria.Auditoria#registrar}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Auditoría", allowedDependencies = { "comun" })
@NullMarked
package co.pqrsd.server.auditoria;

import org.jspecify.annotations.NullMarked;
