/**
 * The corruption risk map (Mapa de Riesgos de Corrupción; domain-rules.md §5, issue #10):
 * the risks of each vigencia with their evaluation, controls, treatment, materializations
 * and their follow-up at the three yearly cuts, its API, its screens and the heat-map
 * facade for the dashboards. The rules live in the core ({@code co.pqrsd.core.riesgos});
 * this module loads, acts, stores and audits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mapa de riesgos",
		allowedDependencies = { "terminos", "auditoria", "seguridad", "comun", "operacion" })
@NullMarked
package co.pqrsd.server.riesgos;

import org.jspecify.annotations.NullMarked;
