package co.pqrsd.server.pqrsd;

import co.pqrsd.core.comun.ErrorDominio;

/**
 * The core refused because of the actor's role ({@code ACCION_NO_AUTORIZADA}): 403 with
 * the core's code and reason.
 */
class AccionNoAutorizada extends ErrorDominio {

	AccionNoAutorizada(ErrorDominio e) {
		super(e.codigo(), e.getMessage(), e.parametros());
	}

}
