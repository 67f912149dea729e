/**
 * Disposición final (R-TRD-8..11) and legal holds: candidates, committee approval, the
 * public 60-business-day publication with citizens' observations, acta de eliminación,
 * execution (bytes destroyed, tombstone kept), CT and M/D evidence. Internal to the
 * {@code archivo} module.
 */
@NullMarked
package co.pqrsd.server.archivo.disposicion;

import org.jspecify.annotations.NullMarked;
