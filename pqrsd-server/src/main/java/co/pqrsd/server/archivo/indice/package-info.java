/**
 * The índice electrónico of an expediente as a signed document: XML with an enveloped
 * XAdES signature and a readable PDF with a PAdES signature (R-EXP-2..4), and its
 * verification (every file's hash against the store, the index's own hash, the
 * signature). Internal to the {@code archivo} module.
 */
@NullMarked
package co.pqrsd.server.archivo.indice;

import org.jspecify.annotations.NullMarked;
