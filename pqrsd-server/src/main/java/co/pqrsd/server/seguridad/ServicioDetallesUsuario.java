package co.pqrsd.server.seguridad;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for Spring Security. */
@Service
class ServicioDetallesUsuario implements UserDetailsService {

	private final UsuarioRepository repositorio;

	private final Clock reloj;

	ServicioDetallesUsuario(UsuarioRepository repositorio, Clock reloj) {
		this.repositorio = repositorio;
		this.reloj = reloj;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UsuarioRepository.Fila fila = repositorio.buscar(username)
			.orElseThrow(() -> new UsernameNotFoundException("Usuario o contraseña incorrectos"));
		Usuario u = fila.usuario();
		return new UsuarioAutenticado(u.username(), u.nombre(), u.roles(), u.dependencias(), fila.hash(), u.activo(),
				!u.bloqueado(reloj.instant()), fila.debeCambiar());
	}

}
