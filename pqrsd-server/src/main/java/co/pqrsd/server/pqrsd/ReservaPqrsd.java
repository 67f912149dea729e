package co.pqrsd.server.pqrsd;

import co.pqrsd.core.pqrsd.VisibilidadPqrsd;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.stereotype.Component;

/**
 * Who sees the reserved radicado of a corruption denuncia: whoever may see the
 * denunciante's identity on the case (Ley 1474 de 2011, art. 76), or the case itself when
 * the filing is anonymous.
 */
@Component
class ReservaPqrsd implements EntradasRadicacion.Reserva {

	private final PqrsdRepository repositorio;

	private final AccionesRepositorio acciones;

	ReservaPqrsd(PqrsdRepository repositorio, AccionesRepositorio acciones) {
		this.repositorio = repositorio;
		this.acciones = acciones;
	}

	/**
	 * {@inheritDoc} A SALIDA the case produced (its answer, its oficio remisorio) follows
	 * the case's rule.
	 */
	@Override
	public boolean puedeVer(String numero, UsuarioAutenticado usuario) {
		String radicado = acciones.casoDeSalida(numero).orElse(numero);
		return repositorio.buscar(radicado).map(caso -> {
			var actor = ServicioPqrsd.actor(usuario, java.util.Set.of());
			return caso.anonimo() ? VisibilidadPqrsd.puedeVer(caso, actor)
					: VisibilidadPqrsd.puedeVerIdentidad(caso, actor);
		}).orElse(false);
	}

}
