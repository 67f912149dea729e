/**
 * Expedientes and their índice electrónico (domain-rules.md §4.7): the numbering pattern,
 * states (open, closed and frozen), access levels, the índice's entries with cumulative
 * pagination and the canonical hash that seals it at the cierre (R-EXP-2 to R-EXP-5).
 */
@NullMarked
package co.pqrsd.core.archivo.expedientes;

import org.jspecify.annotations.NullMarked;
