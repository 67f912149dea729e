package co.pqrsd.server.radicacion;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Cambios;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The senders and addressees directory: personal data (Ley 1581 de 2012), read and
 * changed only by who keeps it, every access audited.
 */
@Service
class DirectorioTerceros {

	/** Shortest query: fewer characters would list half the directory. */
	static final int MINIMO_CONSULTA = 3;

	private final TerceroRepository terceros;

	private final PermisosRadicado permisos;

	private final Auditoria auditoria;

	private final Clock reloj;

	DirectorioTerceros(TerceroRepository terceros, PermisosRadicado permisos, Auditoria auditoria, Clock reloj) {
		this.terceros = terceros;
		this.permisos = permisos;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/**
	 * Entries matching a document number's start or part of a name, for autocomplete.
	 * @throws AccessDeniedException unless RADICADOR or ADMIN (the denial is audited)
	 * @throws ErrorDominio {@code CONSULTA_MUY_CORTA} under {@value #MINIMO_CONSULTA}
	 * characters
	 */
	@Transactional
	public List<Map<String, Object>> buscar(String q, UsuarioAutenticado usuario) {
		if (!permisos.administraDirectorio(usuario)) {
			throw new AccessDeniedException("terceros");
		}
		String consulta = q == null ? "" : q.strip();
		if (consulta.length() < MINIMO_CONSULTA) {
			throw new ErrorDominio("CONSULTA_MUY_CORTA",
					"Escriba al menos " + MINIMO_CONSULTA + " caracteres del nombre o del número de documento.",
					Map.of("campo", "q", "minimo", MINIMO_CONSULTA));
		}
		if (consulta.length() > 300) {
			throw new ErrorDominio("TEXTO_DEMASIADO_LARGO", "La consulta admite máximo 300 caracteres.",
					Map.of("campo", "q", "maximo", 300));
		}
		List<Map<String, Object>> encontrados = terceros.buscar(consulta);
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("consulta", consulta);
		detalles.put("terceros", encontrados.stream().map(t -> t.get("id")).toList());
		auditoria.registrar(AccionAuditoria.TERCERO_CONSULTADO, "TERCERO", null, detalles);
		return encontrados;
	}

	/**
	 * Changes a directory entry's name and contact data; radicados keep the data they
	 * were filed with.
	 * @throws AccessDeniedException unless RADICADOR or ADMIN
	 * @throws NoEncontrado {@code TERCERO_NO_ENCONTRADO}
	 */
	@Transactional
	public Map<String, Object> actualizar(long id, SolicitudTercero s, UsuarioAutenticado usuario) {
		if (!permisos.administraDirectorio(usuario)) {
			throw new AccessDeniedException("tercero " + id);
		}
		Map<String, Object> antes = terceros.bloquear(id)
			.orElseThrow(() -> new NoEncontrado("TERCERO_NO_ENCONTRADO", "No existe el tercero " + id + "."));
		terceros.actualizar(id, s, reloj.instant());
		Map<String, Object> despues = terceros.bloquear(id).orElseThrow();
		auditoria.registrar(AccionAuditoria.TERCERO_ACTUALIZADO, "TERCERO", Long.toString(id),
				Map.of("cambios", Cambios.entre(antes, despues)));
		return despues;
	}

}
