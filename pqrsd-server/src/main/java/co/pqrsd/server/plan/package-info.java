/**
 * The anti-corruption plan (PAAC, and PTEP from 2025) of each vigencia: its versions, the
 * import of the municipalities' tables (XLSX, CSV), Control Interno's follow-up at the
 * three yearly cuts with evidence, scoring and semáforo, the follow-up report (XLSX,
 * PDF), its API and screens (issue #10; domain-rules.md §6). The rules live in the core
 * ({@code co.pqrsd.core.plan}); this module loads, acts, stores and audits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan anticorrupción",
		allowedDependencies = { "terminos", "auditoria", "seguridad", "comun", "operacion" })
@NullMarked
package co.pqrsd.server.plan;

import org.jspecify.annotations.NullMarked;
