/**
 * The radicado aggregate and its rules: numbering (AGN Acuerdo 060 de 2001, art. 5),
 * state and anulación, document roles and versions, parties.
 */
@NullMarked
package co.pqrsd.core.radicacion;

import org.jspecify.annotations.NullMarked;
