/**
 * The citizen's public channel (issue #12; Ley 1474 de 2011, art. 76; CPACA arts. 5, 15
 * and 16): the PQRSD web form without login, its receipt (page and PDF) with the
 * consultation code (PIN), the status lookup by radicado and PIN, the same as a public
 * API, abuse protection (rate limits in the database, honeypot, size limits), and the
 * ventanilla's queue of filings to classify. The case itself is the PQRSD module's
 * ({@code PqrsdCiudadano}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Canal ciudadano",
		allowedDependencies = { "pqrsd", "radicacion", "auditoria", "seguridad", "comun" })
@NullMarked
package co.pqrsd.server.ciudadano;

import org.jspecify.annotations.NullMarked;
