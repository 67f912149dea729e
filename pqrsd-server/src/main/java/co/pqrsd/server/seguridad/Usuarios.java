package co.pqrsd.server.seguridad;

import java.time.Clock;
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
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
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

	private final CacheCredenciales cache;

	private final Clock reloj;

	Usuarios(UsuarioRepository repositorio, DependenciaRepository dependencias, PasswordEncoder codificador,
			Auditoria auditoria, CacheCredenciales cache, Clock reloj) {
		this.repositorio = repositorio;
		this.dependencias = dependencias;
		this.codificador = codificador;
		this.auditoria = auditoria;
		this.cache = cache;
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

	@Transactional
	public Usuario actualizar(String username, SolicitudUsuario s) {
		Usuario antes = obtener(username);
		Usuario despues = usuarioDe(username, s);
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
		if (s.password() != null && !s.password().isEmpty()) {
			exigirPolitica(username, s.password());
			repositorio.cambiarContrasena(username, codificador.encode(s.password()), reloj.instant());
			auditoria.registrar(AccionAuditoria.CONTRASENA_CAMBIADA, "USUARIO", username,
					Map.of("porAdministrador", true));
		}
		cache.olvidar(username);
		return despues;
	}

	/**
	 * A user changes their own password, proving the current one.
	 * @throws ErrorDominio {@code CONTRASENA_ACTUAL_INCORRECTA} or
	 * {@code CONTRASENA_DEBIL}
	 */
	@Transactional
	public void cambiarContrasena(String username, String actual, String nueva) {
		UsuarioRepository.Fila fila = repositorio.buscar(username).orElseThrow(() -> noEncontrado(username));
		if (!codificador.matches(actual, fila.hash())) {
			throw new ErrorDominio("CONTRASENA_ACTUAL_INCORRECTA", "La contraseña actual no es correcta.");
		}
		exigirPolitica(username, nueva);
		repositorio.cambiarContrasena(username, codificador.encode(nueva), reloj.instant());
		auditoria.registrar(AccionAuditoria.CONTRASENA_CAMBIADA, "USUARIO", username,
				Map.of("porAdministrador", false));
		cache.olvidar(username);
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
		List<String> problemas = politica.incumplimientos(username, contrasena);
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
