/**
 * Notifications to staff: in the application (the bell, with its unread count) and by
 * e-mail, each key delivered to each user at most once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notificaciones",
		allowedDependencies = { "seguridad", "comun", "infraestructura" })
@NullMarked
package co.pqrsd.server.notificaciones;

import org.jspecify.annotations.NullMarked;
