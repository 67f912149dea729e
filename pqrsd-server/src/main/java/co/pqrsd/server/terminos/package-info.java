/**
 * The entity's business-day calendar and the legal-terms engine: holidays by rule,
 * closures by administrative act, office hours, entity policies, deadlines with their
 * explanation, and the semáforo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendario y términos",
		allowedDependencies = { "auditoria", "comun" })
@NullMarked
package co.pqrsd.server.terminos;

import org.jspecify.annotations.NullMarked;
