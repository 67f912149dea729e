package co.pqrsd.server.notificaciones;

import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the bell of the logged-in user. The count is read only when a page
 * shows it, so API calls cost nothing.
 */
@ControllerAdvice
class ModeloCampana {

	private final ObjectProvider<BandejaNotificaciones> bandeja;

	/**
	 * @param bandeja absent in web slices of other modules' tests, which then show no
	 * bell
	 */
	ModeloCampana(ObjectProvider<BandejaNotificaciones> bandeja) {
		this.bandeja = bandeja;
	}

	/** The bell of one user; reads the unread count at most once per request. */
	static final class Campana {

		private final BandejaNotificaciones bandeja;

		private final String usuario;

		private @Nullable Long noLeidas;

		Campana(BandejaNotificaciones bandeja, String usuario) {
			this.bandeja = bandeja;
			this.usuario = usuario;
		}

		public long getNoLeidas() {
			Long n = noLeidas;
			if (n == null) {
				n = bandeja.noLeidas(usuario);
				noLeidas = n;
			}
			return n;
		}

	}

	@ModelAttribute("campana")
	@Nullable Campana campana(@Nullable Authentication autenticacion) {
		BandejaNotificaciones b = bandeja.getIfAvailable();
		if (b != null && autenticacion != null && autenticacion.getPrincipal() instanceof UsuarioAutenticado u) {
			return new Campana(b, u.username());
		}
		return null;
	}

}
