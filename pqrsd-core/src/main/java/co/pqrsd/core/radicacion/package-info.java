/**
 * Radicado numbering rules (AGN Acuerdo 060 de 2001, art. 5): patterns, counter scopes.
 */
@NullMarked
package co.pqrsd.core.radicacion;

import org.jspecify.annotations.NullMarked;
