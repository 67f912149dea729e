/**
 * Legal terms of petitions (Ley 1755 de 2015): deadlines, suspensions, prórroga,
 * semáforo, each with its explanation.
 */
@NullMarked
package co.pqrsd.core.terminos;

import org.jspecify.annotations.NullMarked;
