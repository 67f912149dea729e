/**
 * Users, roles and dependencias (the organigrama), login for people (form, session, CSRF)
 * and for scripts (HTTP Basic on /api/**), password policy and lockout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seguridad",
		allowedDependencies = { "auditoria", "comun" })
@NullMarked
package co.pqrsd.server.seguridad;

import org.jspecify.annotations.NullMarked;
