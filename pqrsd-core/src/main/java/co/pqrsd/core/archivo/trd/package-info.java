/**
 * Tablas de Retención Documental and the Cuadro de Clasificación Documental they are
 * built on (domain-rules.md §4.1, §4.2, §4.6): rows with their stable hierarchical codes,
 * the legal combinations of final disposition (R-TRD-2), versions that are never edited
 * once in force, and the AGN layout municipalities use to exchange them.
 */
@NullMarked
package co.pqrsd.core.archivo.trd;

import org.jspecify.annotations.NullMarked;
