/**
 * What every feature shares: the API's problem+json errors and the web layer's common
 * pieces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Común",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package co.pqrsd.server.comun;

import org.jspecify.annotations.NullMarked;
