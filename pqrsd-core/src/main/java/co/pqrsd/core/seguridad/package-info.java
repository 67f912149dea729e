/** Security rules that are domain policy, such as the password policy. */
@NullMarked
package co.pqrsd.core.seguridad;

import org.jspecify.annotations.NullMarked;
