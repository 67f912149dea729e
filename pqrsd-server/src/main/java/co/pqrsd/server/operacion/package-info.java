/**
 * Running pqrsd in an alcaldía (issue #14): online backup, restore and verification of
 * the database and the document store, the last backup on the admin screen, metrics and
 * health, the OpenAPI description and the demo municipality.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operación",
		allowedDependencies = { "auditoria", "infraestructura", "comun", "seguridad", "pqrsd" })
@NullMarked
package co.pqrsd.server.operacion;

import org.jspecify.annotations.NullMarked;
