/**
 * The legal PQRSD reports (issue #12; domain-rules.md §7): the Informe de PQRSD of any
 * period (Ley 1474 de 2011, art. 76; Ley 190 de 1995, art. 54), the informe de
 * solicitudes de acceso a la información (Decreto 1081 de 2015, art. 2.1.1.6.2) and its
 * publication on {@code /ciudadano/informes}, and the registro of PQRSD as open data
 * without personal data (CSV and JSON, schema in docs/datos-abiertos.md). The arithmetic
 * lives in the core ({@code co.pqrsd.core.informes}); this module reads, scopes, renders
 * and publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Informes",
		allowedDependencies = { "pqrsd", "auditoria", "seguridad", "comun" })
@NullMarked
package co.pqrsd.server.informes;

import org.jspecify.annotations.NullMarked;
