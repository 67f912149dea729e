/** Types shared by every part of the domain. */
@NullMarked
package co.pqrsd.core.comun;

import org.jspecify.annotations.NullMarked;
