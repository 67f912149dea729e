/**
 * Retention clocks and what is due (domain-rules.md §4.3-4.4, R-TRD-3..6): the end of the
 * Archivo de Gestión and Archivo Central retention in calendar years from the start
 * event, and which expedientes are due for transferencia primaria (AG → AC) or secundaria
 * (AC → histórico for CT and the selected part of S), or for disposition.
 */
@NullMarked
package co.pqrsd.core.archivo.retencion;

import org.jspecify.annotations.NullMarked;
