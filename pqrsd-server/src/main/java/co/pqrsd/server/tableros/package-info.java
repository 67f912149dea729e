/**
 * Dashboards and dashlets (issue #10): each dashlet's figures as JSON
 * ({@code /api/v1/tableros/{nombre}}) and as an embeddable view of its own
 * ({@code /tableros/dashlets/{nombre}}, about 400 px wide, for the Alfresco Share
 * dashlets), and a dashboard per role composed of them. Read-only; the figures come from
 * the modules' read facades (plan, risk map, PQRSD, radicación), filtered by role as the
 * app does.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tableros",
		allowedDependencies = { "plan", "riesgos", "pqrsd", "radicacion", "terminos", "seguridad", "comun",
				"infraestructura" })
@NullMarked
package co.pqrsd.server.tableros;

import org.jspecify.annotations.NullMarked;
