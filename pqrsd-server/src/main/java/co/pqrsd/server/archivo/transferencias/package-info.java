/**
 * Transferencias documentales (R-TRD-6) with the FUID inventory: the oficina productora
 * or the archivist sends due expedientes, the receiving archive accepts them (their
 * location changes, recorded) or returns them with observations; the FUID exports as XLSX
 * and PDF. Internal to the {@code archivo} module.
 */
@NullMarked
package co.pqrsd.server.archivo.transferencias;

import org.jspecify.annotations.NullMarked;
