package co.pqrsd.server.seguridad;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.seguridad.PoliticaContrasena;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Cambios;
import co.pqrsd.server.auditoria.Resultado;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: create, change, roles and dependencias, passwords. Every change is
 * audited.
 */
@Service
class Usuarios {

	private final UsuarioRepository repositorio;

	private final DependenciaRepository dependencias;

	private final PasswordEncoder codificador;

	private final PoliticaContrasena politica = PoliticaContrasena.predeterminada();

	private final Auditoria auditoria;

	private final CierreSesiones sesiones;

	private final LimitadorIntentos limitador;

	private final ControlIntentos intentos;

	private final PalabrasPredecibles predecibles;

	private final Clock reloj;

	Usuarios(UsuarioRepository repositorio, DependenciaRepository dependencias, PasswordEncoder codificador,
			Auditoria auditoria, CierreSesiones sesiones, LimitadorIntentos limitador, ControlIntentos intentos,
			@Value("${pqrsd.entidad.nombre:Alcaldía Municipal}") String entidad, Clock reloj) {
		this.repositorio = repositorio;
		this.dependencias = dependencias;
		this.codificador = codificador;
		this.auditoria = auditoria;
		this.sesiones = sesiones;
		this.limitador = limitador;
		this.intentos = intentos;
		this.predecibles = new PalabrasPredecibles(entidad);
		this.reloj = reloj;
	}

	@Transactional(readOnly = true)
	public List<Usuario> listar() {
		return repositorio.todos();
	}

	/**
	 * @throws NoEncontrado {@code USUARIO_NO_ENCONTRADO}
	 */
	@Transactional(readOnly = true)
	public Usuario obtener(String username) {
		return repositorio.buscar(username)
			.map(UsuarioRepository.Fila::usuario)
			.orElseThrow(() -> noEncontrado(username));
	}

	@Transactional(readOnly = true)
	public boolean hayUsuarios() {
		return repositorio.contar() > 0;
	}

	/**
	 * @throws ErrorDominio {@code CAMPO_REQUERIDO}, {@code CONTRASENA_DEBIL},
	 * {@code DEPENDENCIA_NO_ENCONTRADA}
	 * @throws Conflicto {@code USUARIO_DUPLICADO}
	 */
	@Transactional
	public Usuario crear(SolicitudUsuario s) {
		if (s.username() == null || s.username().isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO", "El nombre de usuario es obligatorio.");
		}
		if (s.password() == null || s.password().isEmpty()) {
			throw new ErrorDominio("CAMPO_REQUERIDO", "La contraseña es obligatoria al crear un usuario.");
		}
		exigirPolitica(s.username(), s.password());
		Usuario nuevo = usuarioDe(s.username(), s);
		if (!repositorio.insertar(nuevo, codificador.encode(s.password()), reloj.instant())) {
			throw new Conflicto("USUARIO_DUPLICADO", "Ya existe el usuario " + s.username() + ".",
					Map.of("username", s.username()));
		}
		auditoria.registrar(AccionAuditoria.USUARIO_CREADO, "USUARIO", nuevo.username(), valores(nuevo));
		return nuevo;
	}

	/**
	 * Changes a user; a new password is a reset by the administrator, which the user must
	 * replace at the next login. Changing roles, dependencias, state or password ends the
	 * user's sessions.
	 * @throws Conflicto {@code ULTIMO_ADMINISTRADOR} when it would leave no active ADMIN
	 */
	@Transactional
	public Usuario actualizar(String username, SolicitudUsuario s) {
		Usuario antes = obtener(username);
		Usuario despues = usuarioDe(username, s);
		boolean nuevaContrasena = s.password() != null && !s.password().isEmpty();
		if (nuevaContrasena) {
			exigirPolitica(username, s.password());
		}
		exigirOtroAdministrador(antes, despues);
		repositorio.actualizar(despues, reloj.instant());
		Map<String, Object> cambios = Cambios.entre(valores(antes), valores(despues));
		if (!cambios.isEmpty()) {
			auditoria.registrar(AccionAuditoria.USUARIO_MODIFICADO, "USUARIO", username, Map.of("cambios", cambios));
		}
		if (!antes.roles().equals(despues.roles())) {
			auditoria.registrar(AccionAuditoria.ROLES_MODIFICADOS, "USUARIO", username, Map.of("cambios",
					Cambios.entre(Map.of("roles", nombres(antes.roles())), Map.of("roles", nombres(despues.roles())))));
		}
		if (!antes.dependencias().equals(despues.dependencias())) {
			auditoria.registrar(AccionAuditoria.DEPENDENCIAS_USUARIO_MODIFICADAS, "USUARIO", username,
					Map.of("cambios", Cambios.entre(Map.of("dependencias", List.copyOf(antes.dependencias())),
							Map.of("dependencias", List.copyOf(despues.dependencias())))));
		}
		if (nuevaContrasena) {
			repositorio.cambiarContrasena(username, codificador.encode(s.password()), true, reloj.instant());
			auditoria.registrar(AccionAuditoria.CONTRASENA_CAMBIADA, "USUARIO", username,
					Map.of("porAdministrador", true, "cambioObligatorio", true));
			limitador.olvidarCuenta(username);
		}
		// Dependencias decide which radicados a user may see: a change of permissions
		// too.
		if (nuevaContrasena || antes.activo() != despues.activo() || !antes.roles().equals(despues.roles())
				|| !antes.dependencias().equals(despues.dependencias())) {
			sesiones.cerrar(username, null);
		}
		else {
			sesiones.olvidarCredenciales(username);
		}
		return despues;
	}

	private void exigirOtroAdministrador(Usuario antes, Usuario despues) {
		boolean eraAdministrador = antes.activo() && antes.roles().contains(Rol.ADMIN);
		boolean sigueSiendolo = despues.activo() && despues.roles().contains(Rol.ADMIN);
		if (!eraAdministrador || sigueSiendolo) {
			return;
		}
		repositorio.bloquearAdministradoresActivos();
		if (repositorio.administradoresActivos().stream().allMatch(a -> a.equals(antes.username()))) {
			auditoria.registrarAparte(AccionAuditoria.USUARIO_MODIFICADO, "USUARIO", antes.username(),
					Resultado.DENEGADO, Map.of("motivo", "ULTIMO_ADMINISTRADOR"));
			throw new Conflicto("ULTIMO_ADMINISTRADOR",
					"No se puede desactivar ni quitar el rol Administrador a " + antes.username()
							+ ": es el último administrador activo. Asigne antes el rol a otro usuario.",
					Map.of("username", antes.username()));
		}
	}

	/**
	 * A user changes their own password, proving the current one. Wrong current passwords
	 * are audited and throttled like logins; a change ends the user's other sessions.
	 * @param ip the client's address
	 * @param sesionActual the web session to keep, or null (API)
	 * @throws ErrorDominio {@code CONTRASENA_ACTUAL_INCORRECTA}, {@code CONTRASENA_DEBIL}
	 * or {@code DEMASIADOS_INTENTOS}
	 */
	@Transactional
	public void cambiarContrasena(String username, String actual, String nueva, String ip,
			@Nullable String sesionActual) {
		UsuarioRepository.Fila fila = repositorio.buscar(username).orElseThrow(() -> noEncontrado(username));
		Instant bloqueo = limitador.bloqueadoHasta(LimitadorIntentos.cambio(username), ip);
		if (bloqueo != null) {
			auditoria.registrarAparte(AccionAuditoria.CONTRASENA_CAMBIADA, "USUARIO", username, Resultado.DENEGADO,
					Map.of("motivo", "demasiados intentos"));
			throw new DemasiadosIntentos(bloqueo);
		}
		if (!codificador.matches(actual, fila.hash())) {
			auditoria.registrarAparte(AccionAuditoria.CONTRASENA_CAMBIADA, "USUARIO", username, Resultado.DENEGADO,
					Map.of("motivo", "contraseña actual incorrecta"));
			intentos.contarFallo(username, LimitadorIntentos.cambio(username), ip);
			throw new ErrorDominio("CONTRASENA_ACTUAL_INCORRECTA", "La contraseña actual no es correcta.");
		}
		limitador.exito(LimitadorIntentos.cambio(username), ip);
		exigirPolitica(username, nueva);
		repositorio.cambiarContrasena(username, codificador.encode(nueva), false, reloj.instant());
		auditoria.registrar(AccionAuditoria.CONTRASENA_CAMBIADA, "USUARIO", username,
				Map.of("porAdministrador", false));
		sesiones.cerrar(username, sesionActual);
	}

	private Usuario usuarioDe(String username, SolicitudUsuario s) {
		Set<String> deps = new TreeSet<>(s.dependencias() == null ? List.of() : s.dependencias());
		for (String codigo : deps) {
			if (dependencias.buscar(codigo).isEmpty()) {
				throw new ErrorDominio("DEPENDENCIA_NO_ENCONTRADA", "La dependencia " + codigo + " no existe.",
						Map.of("dependencia", codigo));
			}
		}
		Set<Rol> roles = s.roles().isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(s.roles());
		return new Usuario(username, s.nombre().strip(), s.email().strip(), UsuarioRepository.nulo(s.cargo()),
				s.activo() == null || s.activo(), roles, new LinkedHashSet<>(deps), null);
	}

	private void exigirPolitica(String username, String contrasena) {
		List<String> problemas = new ArrayList<>(politica.incumplimientos(username, contrasena));
		if (predecibles.predecible(username, contrasena)) {
			problemas.add(PalabrasPredecibles.mensaje());
		}
		if (!problemas.isEmpty()) {
			throw new ErrorDominio("CONTRASENA_DEBIL",
					"La contraseña no cumple la política: " + String.join(" ", problemas),
					Map.of("incumplimientos", problemas));
		}
	}

	private static Map<String, Object> valores(Usuario u) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("username", u.username());
		v.put("nombre", u.nombre());
		v.put("email", u.email());
		v.put("cargo", u.cargo());
		v.put("activo", u.activo());
		v.put("roles", nombres(u.roles()));
		v.put("dependencias", List.copyOf(u.dependencias()));
		return v;
	}

	private static List<String> nombres(Set<Rol> roles) {
		return roles.stream().map(Enum::name).sorted().toList();
	}

	static NoEncontrado noEncontrado(String username) {
		return new NoEncontrado("USUARIO_NO_ENCONTRADO", "No existe el usuario " + username + ".");
	}

}
