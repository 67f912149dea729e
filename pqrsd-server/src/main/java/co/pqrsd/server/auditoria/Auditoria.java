package co.pqrsd.server.auditoria;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place every feature records what it did. {@link #registrar} joins the caller's
 * transaction (and refuses to run without one), so an action that commits always has its
 * entry and a rolled-back action leaves none. Denied or failed attempts, whose own
 * transaction rolls back or never exists, use {@link #registrarAparte}.
 */
@Service
public class Auditoria {

	/** Suffix of a value cut to fit its column. */
	static final String TRUNCADO = "…[truncado]";

	// Column sizes of auditoria_evento (V2__auditoria.sql).
	private static final int USUARIO = 40;

	private static final int IP = 64;

	private static final int AGENTE = 500;

	private static final int OBJETO_TIPO = 40;

	private static final int OBJETO_ID = 200;

	private final BitacoraRepository bitacora;

	private final ContextoSolicitud contexto;

	private final Clock reloj;

	Auditoria(BitacoraRepository bitacora, ContextoSolicitud contexto, Clock reloj) {
		this.bitacora = bitacora;
		this.contexto = contexto;
		this.reloj = reloj;
	}

	/** Records a successful action inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void registrar(AccionAuditoria accion, String objetoTipo, @Nullable String objetoId,
			Map<String, ?> detalles) {
		escribir(contexto.actor(), accion, objetoTipo, objetoId, Resultado.EXITO, detalles);
	}

	/** Records a successful action without details inside the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void registrar(AccionAuditoria accion, String objetoTipo, @Nullable String objetoId) {
		registrar(accion, objetoTipo, objetoId, Map.of());
	}

	/**
	 * Records an action of the application itself (a timer of the process engine, a
	 * scheduled job) inside the caller's transaction, as the user {@code sistema}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void registrarDelSistema(AccionAuditoria accion, String objetoTipo, @Nullable String objetoId,
			Map<String, ?> detalles) {
		escribir(new ContextoSolicitud.Actor("sistema", java.util.List.of(), java.util.List.of()), accion, objetoTipo,
				objetoId, Resultado.EXITO, detalles);
	}

	/**
	 * Records an attempt in its own transaction: it stays even when the attempted action
	 * rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void registrarAparte(AccionAuditoria accion, String objetoTipo, @Nullable String objetoId,
			Resultado resultado, Map<String, ?> detalles) {
		escribir(contexto.actor(), accion, objetoTipo, objetoId, resultado, detalles);
	}

	/**
	 * Records, in its own transaction, an event whose user is not the authenticated one
	 * (a failed login names the attempted username; a lockout names the locked account).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void registrarPara(String usuario, AccionAuditoria accion, String objetoTipo, @Nullable String objetoId,
			Resultado resultado, Map<String, ?> detalles) {
		escribir(new ContextoSolicitud.Actor(usuario, java.util.List.of(), java.util.List.of()), accion, objetoTipo,
				objetoId, resultado, detalles);
	}

	/**
	 * Records, in its own transaction, an event of a user who is authenticating right now
	 * (login, logout).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void registrarPara(org.springframework.security.core.Authentication autenticacion, AccionAuditoria accion,
			Map<String, ?> detalles) {
		escribir(contexto.actor(autenticacion), accion, "USUARIO", autenticacion.getName(), Resultado.EXITO, detalles);
	}

	private void escribir(ContextoSolicitud.Actor actor, AccionAuditoria accion, String objetoTipo,
			@Nullable String objetoId, Resultado resultado, Map<String, ?> detalles) {
		// PostgreSQL keeps microseconds; truncating here keeps what is hashed equal to
		// what is stored.
		Instant instante = reloj.instant().truncatedTo(ChronoUnit.MICROS);
		ContextoSolicitud.Actor cabe = new ContextoSolicitud.Actor(recortar(actor.usuario(), USUARIO), actor.roles(),
				actor.dependencias());
		ContextoSolicitud.Origen origen = contexto.origen();
		bitacora.insertar(instante, cabe,
				new ContextoSolicitud.Origen(recortarNulo(origen.ip(), IP), recortarNulo(origen.agente(), AGENTE)),
				accion, recortar(objetoTipo, OBJETO_TIPO), recortarNulo(objetoId, OBJETO_ID), resultado, detalles);
	}

	/**
	 * Fits a value into its column (V2__auditoria.sql), marking the cut so that nobody
	 * reads a shortened value as the original one. An attacker controls usernames and
	 * paths: the entry must be written whatever their length.
	 */
	static String recortar(String valor, int maximo) {
		if (valor.length() <= maximo) {
			return valor;
		}
		int corte = maximo - TRUNCADO.length();
		// Never split a surrogate pair.
		if (Character.isHighSurrogate(valor.charAt(corte - 1))) {
			corte--;
		}
		return valor.substring(0, corte) + TRUNCADO;
	}

	private static @Nullable String recortarNulo(@Nullable String valor, int maximo) {
		return valor == null ? null : recortar(valor, maximo);
	}

	/**
	 * Verifies the stored chain read-only, on any database holding pqrsd's tables (a
	 * backup being checked, a restored copy): {@code null} when intact, otherwise the
	 * first mismatch. Entries not sealed yet are not a failure.
	 */
	public static @Nullable String verificarCadena(javax.sql.DataSource datos) {
		org.springframework.jdbc.core.JdbcTemplate lector = new org.springframework.jdbc.core.JdbcTemplate(datos);
		var verificador = VerificacionAuditoria.recorrer(lector);
		var falla = verificador.falla();
		if (falla != null) {
			return "posición " + falla.posicion() + ": " + falla.motivo();
		}
		Long sellos = lector.queryForObject("SELECT count(*) FROM auditoria_sello", Long.class);
		if (sellos != null && sellos > verificador.verificadas()) {
			return "falta la posición " + (verificador.verificadas() + 1) + " de la cadena";
		}
		return null;
	}

}
