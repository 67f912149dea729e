/**
 * The índice electrónico of an expediente (domain-rules.md §4.7, R-EXP-2..5): its entries
 * in order without gaps, cumulative pagination, and the index's own hash over a canonical
 * text, so that anyone can verify the expediente's integrity.
 */
@NullMarked
package co.pqrsd.core.archivo.indice;

import org.jspecify.annotations.NullMarked;
