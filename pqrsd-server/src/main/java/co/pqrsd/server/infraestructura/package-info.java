/**
 * Runtime plumbing: the embedded or external PostgreSQL, the data directory, the domain
 * clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Infraestructura", allowedDependencies = {})
@NullMarked
package co.pqrsd.server.infraestructura;

import org.jspecify.annotations.NullMarked;
