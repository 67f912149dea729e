/**
 * Verification of an expediente's índice electrónico (domain-rules.md §4.7, R-EXP-4):
 * every file's recomputed hash against its entry, the index's canonical hash
 * ({@link co.pqrsd.core.archivo.expedientes.IndiceElectronico#huella}) against the hash
 * sealed at cierre, and what a signed copy states, each mismatch reported.
 */
@NullMarked
package co.pqrsd.core.archivo.indice;

import org.jspecify.annotations.NullMarked;
