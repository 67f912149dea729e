package co.pqrsd.server.seguridad;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Cambios;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organigrama: create, rename, move, (in)activate. Dependencias are never deleted.
 */
@Service
public class Dependencias {

	private final DependenciaRepository repositorio;

	private final UsuarioRepository usuarios;

	private final Auditoria auditoria;

	Dependencias(DependenciaRepository repositorio, UsuarioRepository usuarios, Auditoria auditoria) {
		this.repositorio = repositorio;
		this.usuarios = usuarios;
		this.auditoria = auditoria;
	}

	@Transactional(readOnly = true)
	public List<Dependencia> listar() {
		return repositorio.todas();
	}

	@Transactional(readOnly = true)
	public Optional<Dependencia> buscar(String codigo) {
		return repositorio.buscar(codigo);
	}

	/**
	 * @return whether that user exists, is active and belongs to the dependencia (who a
	 * case of the dependencia may be assigned to).
	 */
	@Transactional(readOnly = true)
	public boolean esMiembroActivo(String username, String codigo) {
		return usuarios.buscar(username)
			.map(f -> f.usuario().activo() && f.usuario().dependencias().contains(codigo))
			.orElse(false);
	}

	/**
	 * @throws NoEncontrado {@code DEPENDENCIA_NO_ENCONTRADA}
	 */
	@Transactional(readOnly = true)
	public Dependencia obtener(String codigo) {
		return repositorio.buscar(codigo).orElseThrow(() -> noEncontrada(codigo));
	}

	/**
	 * @throws ErrorDominio when the code is missing, the parent or head do not exist
	 * @throws Conflicto {@code DEPENDENCIA_DUPLICADA}
	 */
	@Transactional
	public Dependencia crear(SolicitudDependencia s) {
		if (s.codigo() == null || s.codigo().isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO", "El código de la dependencia es obligatorio.");
		}
		Dependencia nueva = new Dependencia(s.codigo(), s.nombre().strip(), UsuarioRepository.nulo(s.padre()),
				UsuarioRepository.nulo(s.jefe()), s.activa() == null || s.activa());
		validarReferencias(nueva);
		if (!repositorio.insertar(nueva)) {
			throw new Conflicto("DEPENDENCIA_DUPLICADA",
					"Ya existe una dependencia con el código " + nueva.codigo() + ".",
					Map.of("codigo", nueva.codigo()));
		}
		auditoria.registrar(AccionAuditoria.DEPENDENCIA_CREADA, "DEPENDENCIA", nueva.codigo(), valores(nueva));
		return nueva;
	}

	@Transactional
	public Dependencia actualizar(String codigo, SolicitudDependencia s) {
		Dependencia antes = repositorio.bloquear(codigo).orElseThrow(() -> noEncontrada(codigo));
		Dependencia despues = new Dependencia(codigo, s.nombre().strip(), UsuarioRepository.nulo(s.padre()),
				UsuarioRepository.nulo(s.jefe()), s.activa() == null ? antes.activa() : s.activa());
		validarReferencias(despues);
		validarSinCiclo(despues);
		repositorio.actualizar(despues);
		auditoria.registrar(AccionAuditoria.DEPENDENCIA_MODIFICADA, "DEPENDENCIA", codigo,
				Map.of("cambios", Cambios.entre(valores(antes), valores(despues))));
		return despues;
	}

	private void validarReferencias(Dependencia d) {
		if (d.padre() != null && repositorio.buscar(d.padre()).isEmpty()) {
			throw new ErrorDominio("DEPENDENCIA_PADRE_INEXISTENTE", "La dependencia padre " + d.padre() + " no existe.",
					Map.of("padre", d.padre()));
		}
		if (d.jefe() != null && usuarios.buscar(d.jefe()).isEmpty()) {
			throw new ErrorDominio("USUARIO_INEXISTENTE",
					"El jefe indicado (" + d.jefe() + ") no es un usuario registrado.", Map.of("jefe", d.jefe()));
		}
	}

	private void validarSinCiclo(Dependencia d) {
		Set<String> vistos = new HashSet<>();
		vistos.add(d.codigo());
		String actual = d.padre();
		while (actual != null) {
			if (!vistos.add(actual)) {
				throw new ErrorDominio("DEPENDENCIA_CICLO",
						"La dependencia " + d.codigo() + " no puede depender de una de sus propias subdependencias.");
			}
			actual = repositorio.buscar(actual).map(Dependencia::padre).orElse(null);
		}
	}

	private static Map<String, Object> valores(Dependencia d) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("codigo", d.codigo());
		v.put("nombre", d.nombre());
		v.put("padre", d.padre());
		v.put("jefe", d.jefe());
		v.put("activa", d.activa());
		return v;
	}

	static NoEncontrado noEncontrada(@Nullable String codigo) {
		return new NoEncontrado("DEPENDENCIA_NO_ENCONTRADA", "No existe la dependencia " + codigo + ".");
	}

}
