package co.pqrsd.server.informes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.informes.CasoRegistrado;
import co.pqrsd.core.informes.InformeAcceso;
import co.pqrsd.core.informes.InformePqrsd;
import co.pqrsd.core.informes.Periodo;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.pqrsd.RegistroPqrsd;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the reports from the registro, in the scope of who asks: Control Interno and
 * ADMIN see the entity, a jefe his dependencias; publishes them.
 */
@Service
class ServicioInformes {

	private final RegistroPqrsd registro;

	private final JdbcClient jdbc;

	private final Auditoria auditoria;

	private final JsonMapper json;

	private final Clock reloj;

	ServicioInformes(RegistroPqrsd registro, JdbcClient jdbc, Auditoria auditoria, JsonMapper json, Clock reloj) {
		this.registro = registro;
		this.jdbc = jdbc;
		this.auditoria = auditoria;
		this.json = json;
		this.reloj = reloj;
	}

	/**
	 * @return the dependencias the user's reports cover; {@code null} for the whole
	 * entity
	 * @throws AccessDeniedException for users who see no report
	 */
	static @Nullable Set<String> alcance(UsuarioAutenticado u) {
		if (u.tiene(Rol.ADMIN) || u.tiene(Rol.CONTROL_INTERNO)) {
			return null;
		}
		if (u.tiene(Rol.JEFE_DEPENDENCIA) && !u.codigosDependencias().isEmpty()) {
			return Set.copyOf(u.codigosDependencias());
		}
		throw new AccessDeniedException("Los informes son de Control Interno, el administrador y los jefes");
	}

	static boolean gestiona(UsuarioAutenticado u) {
		return u.tiene(Rol.ADMIN) || u.tiene(Rol.CONTROL_INTERNO);
	}

	LocalDate hoy() {
		return registro.hoy();
	}

	InformePqrsd pqrsd(Periodo periodo, UsuarioAutenticado u) {
		Set<String> deps = alcance(u);
		return InformePqrsd.calcular(periodo, registro.hoy(), registro.casos(periodo.desde(), periodo.hasta(), deps));
	}

	InformeAcceso acceso(Periodo periodo, UsuarioAutenticado u) {
		Set<String> deps = alcance(u);
		return InformeAcceso.calcular(periodo, registro.hoy(), registro.casos(periodo.desde(), periodo.hasta(), deps));
	}

	/**
	 * @return the open-data registro of the period: corruption denuncias left out (they
	 * are reserved, Ley 1474 de 2011, art. 76; R-REP-5).
	 */
	List<CasoRegistrado> datosAbiertos(Periodo periodo) {
		return registro.casos(periodo.desde(), periodo.hasta(), null)
			.stream()
			.filter(c -> !c.denunciaCorrupcion())
			.toList();
	}

	/** A published report, its figures frozen as published. */
	record Publicado(long id, String tipo, Periodo periodo, String titulo, String datos, String publicadoPor,
			Instant publicadoEn) {
	}

	/**
	 * Publishes the entity's report of the period (Ley 1712 de 2014, art. 11 lit. h). A
	 * period is published once.
	 */
	@Transactional
	Publicado publicar(String tipo, Periodo periodo, UsuarioAutenticado u) {
		if (!gestiona(u)) {
			throw new AccessDeniedException("Publica Control Interno o el administrador");
		}
		Object informe;
		String titulo;
		if ("ACCESO".equals(tipo)) {
			informe = InformeAcceso.calcular(periodo, registro.hoy(),
					registro.casos(periodo.desde(), periodo.hasta(), null));
			titulo = "Informe de solicitudes de acceso a la información";
		}
		else if ("PQRSD".equals(tipo)) {
			informe = InformePqrsd.calcular(periodo, registro.hoy(),
					registro.casos(periodo.desde(), periodo.hasta(), null));
			titulo = "Informe de PQRSD";
		}
		else {
			throw new ErrorDominio("INFORME_DESCONOCIDO", "El tipo de informe es PQRSD o ACCESO.");
		}
		Instant ahora = reloj.instant();
		Long id = jdbc.sql("""
				INSERT INTO informe_publicado (tipo, desde, hasta, titulo, datos, publicado_por, publicado_en)
				VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?) ON CONFLICT (tipo, desde, hasta) DO NOTHING RETURNING id""")
			.params(tipo, periodo.desde(), periodo.hasta(), titulo, json.writeValueAsString(informe), u.username(),
					Timestamp.from(ahora))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new Conflicto("INFORME_YA_PUBLICADO", "El informe de ese periodo ya está publicado.",
					Map.of("tipo", tipo)));
		auditoria.registrar(AccionAuditoria.INFORME_PUBLICADO, "INFORME", Long.toString(id),
				Map.of("tipo", tipo, "desde", periodo.desde().toString(), "hasta", periodo.hasta().toString()));
		return publicado(id).orElseThrow();
	}

	List<Publicado> publicados() {
		return jdbc.sql("""
				SELECT id, tipo, desde, hasta, titulo, datos::text, publicado_por, publicado_en FROM informe_publicado
				ORDER BY hasta DESC, tipo, id DESC""").query((rs, i) -> publicado(rs)).list();
	}

	Optional<Publicado> publicado(long id) {
		return jdbc.sql("""
				SELECT id, tipo, desde, hasta, titulo, datos::text, publicado_por, publicado_en FROM informe_publicado
				WHERE id = ?""").param(id).query((rs, i) -> publicado(rs)).optional();
	}

	InformeAcceso comoAcceso(Publicado p) {
		return json.readValue(p.datos(), InformeAcceso.class);
	}

	InformePqrsd comoPqrsd(Publicado p) {
		return json.readValue(p.datos(), InformePqrsd.class);
	}

	private static Publicado publicado(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Publicado(rs.getLong(1), rs.getString(2),
				new Periodo(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
	}

}
