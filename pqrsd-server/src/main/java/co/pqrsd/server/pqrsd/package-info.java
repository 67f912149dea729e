/**
 * PQRSD cases (Ley 1755 de 2015; CPACA arts. 13–33): the record of each petición, queja,
 * reclamo, sugerencia, denuncia or felicitación filed on an ENTRADA radicado, its
 * persistence and its API. The legal rules live in the core aggregate
 * ({@code co.pqrsd.core.pqrsd}); this module loads, acts, stores and audits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "PQRSD",
		allowedDependencies = { "radicacion", "terminos", "auditoria", "seguridad", "notificaciones", "comun" })
@NullMarked
package co.pqrsd.server.pqrsd;

import org.jspecify.annotations.NullMarked;
