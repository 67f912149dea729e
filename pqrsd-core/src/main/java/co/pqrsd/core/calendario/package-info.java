/**
 * Business-day calendar: Colombian national holidays by rule (Ley 51 de 1983) and the
 * entity's own closures.
 */
@NullMarked
package co.pqrsd.core.calendario;

import org.jspecify.annotations.NullMarked;
