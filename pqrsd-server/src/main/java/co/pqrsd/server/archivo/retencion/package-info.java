/**
 * Retention clocks stored when an expediente closes and the archivist's due lists
 * (transferencias primarias, secundarias, candidates for disposition), as index range
 * scans over the stored end dates. Internal to the {@code archivo} module.
 */
@NullMarked
package co.pqrsd.server.archivo.retencion;

import org.jspecify.annotations.NullMarked;
