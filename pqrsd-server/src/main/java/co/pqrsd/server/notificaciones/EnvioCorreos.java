package co.pqrsd.server.notificaciones;

import java.time.Duration;

import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import co.pqrsd.server.comun.TrabajadorPeriodico;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox ({@code correo_saliente}): woken after each commit that queued mail,
 * and every few seconds for leftovers and retries.
 * <p>
 * Each row is sent while its lock is held ({@code FOR UPDATE SKIP LOCKED}) and marked
 * sent in the same transaction, so two nodes never send one row twice. The only window
 * for a repeat is a crash (or a lost connection to PostgreSQL) after the SMTP server
 * accepted the mail and before the mark commits: the row is then sent again, which beats
 * losing it. A failure records {@code ultimo_error} and retries with a doubling wait, up
 * to {@code pqrsd.correo.intentos-maximos} attempts. A permanent refusal (the server
 * answers 5xx to the recipient or the message) is not retried: the row is left with its
 * error and {@link CorreoNoEntregado} is published in the same transaction, so the case
 * the mail was about records it.
 */
@Component
class EnvioCorreos implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EnvioCorreos.class);

	/** Rows locked and sent per transaction. */
	static final int LOTE = 20;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaccion;

	private final Clock reloj;

	private final CorreoProperties propiedades;

	private final @Nullable JavaMailSender smtp;

	private final ObjectProvider<AdjuntosCorreo> adjuntos;

	private volatile @Nullable TrabajadorPeriodico trabajador;

	private final ApplicationEventPublisher eventos;

	EnvioCorreos(JdbcClient jdbc, PlatformTransactionManager transacciones, Clock reloj, CorreoProperties propiedades,
			ObjectProvider<JavaMailSender> smtp, ObjectProvider<AdjuntosCorreo> adjuntos,
			ApplicationEventPublisher eventos) {
		this.eventos = eventos;
		this.jdbc = jdbc;
		this.transaccion = new TransactionTemplate(transacciones);
		this.reloj = reloj;
		this.propiedades = propiedades;
		this.smtp = smtp.getIfAvailable();
		this.adjuntos = adjuntos;
	}

	/**
	 * @return whether an SMTP server is configured.
	 */
	boolean activo() {
		return smtp != null;
	}

	@Override
	public void start() {
		if (smtp == null) {
			log.info("Correo saliente desactivado: no hay servidor SMTP configurado (spring.mail.host, variable "
					+ "SPRING_MAIL_HOST). Las notificaciones quedan en la campana y los correos pendientes en "
					+ "correo_saliente hasta que se configure.");
			return;
		}
		trabajador = new TrabajadorPeriodico("correo-saliente",
				Duration.ofMillis(Math.max(100, propiedades.sondeo().toMillis())), Duration.ofSeconds(15), this::ronda);
		trabajador.iniciar();
	}

	@Override
	public void stop() {
		TrabajadorPeriodico t = trabajador;
		trabajador = null;
		if (t != null) {
			t.detener();
		}
	}

	@Override
	public boolean isRunning() {
		TrabajadorPeriodico t = trabajador;
		return t != null && t.activo();
	}

	/**
	 * Asks for a round soon, on the worker's thread (called after a commit that queued
	 * mail). Requests while one is waiting collapse into it.
	 */
	void despertar() {
		TrabajadorPeriodico t = trabajador;
		if (t != null) {
			t.despertar();
		}
	}

	/** Sends what is due now, batch after batch, until nothing is due or a send fails. */
	void ronda() {
		if (smtp == null) {
			return;
		}
		try {
			boolean seguir = true;
			while (seguir) {
				Boolean s = transaccion.execute(estado -> enviarLote());
				seguir = Boolean.TRUE.equals(s);
			}
		}
		catch (RuntimeException e) {
			log.warn("Ronda de correo saliente interrumpida; se reintenta en la próxima: {}", e.toString());
		}
	}

	private record Pendiente(long id, String clave, String para, String asunto, String texto, int intentos) {
	}

	/**
	 * @return whether another batch may be due (a full batch, all sent).
	 */
	private boolean enviarLote() {
		Instant ahora = reloj.instant();
		List<Pendiente> lote = jdbc.sql("""
				SELECT id, clave, para, asunto, texto, intentos FROM correo_saliente
				WHERE enviado_en IS NULL AND intentos < ? AND (proximo_intento IS NULL OR proximo_intento <= ?)
				ORDER BY proximo_intento NULLS FIRST, id LIMIT ? FOR UPDATE SKIP LOCKED""")
			.params(propiedades.intentosMaximos(), Timestamp.from(ahora), LOTE)
			.query((rs, i) -> new Pendiente(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6)))
			.list();
		for (Pendiente p : lote) {
			String messageId;
			try {
				messageId = enviar(p);
			}
			catch (MailException | MessagingException | UnsupportedEncodingException e) {
				String rechazo = rechazoPermanente(e);
				if (rechazo != null) {
					rechazado(p, rechazo);
					continue;
				}
				int intentos = p.intentos() + 1;
				Instant proximo = reloj.instant().plus(propiedades.espera(intentos));
				String error = String.valueOf(e.getMessage());
				jdbc.sql("""
						UPDATE correo_saliente SET intentos = ?, ultimo_error = ?, proximo_intento = ? WHERE id = ?""")
					.params(intentos, error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(proximo),
							p.id())
					.update();
				if (intentos >= propiedades.intentosMaximos()) {
					log.warn("Correo {} a {} sin enviar tras {} intentos; queda pendiente: {}", p.id(), p.para(),
							intentos, error);
				}
				else {
					log.info("Correo {} no enviado (intento {}), se reintenta hacia {}: {}", p.id(), intentos, proximo,
							error);
				}
				// The server is probably down: leave the rest of the batch for the next
				// round.
				return false;
			}
			jdbc.sql("UPDATE correo_saliente SET enviado_en = ?, intentos = intentos + 1, ultimo_error = NULL, "
					+ "message_id = ? WHERE id = ?")
				.params(Timestamp.from(reloj.instant()), messageId, p.id())
				.update();
		}
		return lote.size() == LOTE;
	}

	/**
	 * A permanent refusal: the server will refuse this mail again, so it is recorded as
	 * not delivered instead of retried (RFC 5321, 4.2.1: 5yz replies are permanent).
	 */
	private void rechazado(Pendiente p, String rechazo) {
		String error = rechazo.length() > 500 ? rechazo.substring(0, 500) : rechazo;
		jdbc.sql("UPDATE correo_saliente SET intentos = ?, ultimo_error = ?, proximo_intento = NULL WHERE id = ?")
			.params(Math.max(p.intentos() + 1, propiedades.intentosMaximos()), error, p.id())
			.update();
		log.warn("Correo {} a {} rechazado por el servidor SMTP; no se reintenta: {}", p.id(), p.para(), error);
		eventos.publishEvent(new CorreoNoEntregado(p.id(), p.clave(), Notificaciones.radicadoDeClave(p.clave()),
				p.para(), error, CorreoNoEntregado.Origen.SMTP, reloj.instant()));
	}

	private static final Pattern RESPUESTA_PERMANENTE = Pattern.compile("^\\s*5\\d\\d[ -].*", Pattern.DOTALL);

	/**
	 * @return the server's 5xx answer when the failure is a permanent refusal of this
	 * mail (a {@link SendFailedException} carrying a 5xx reply: unknown mailbox, refused
	 * message); {@code null} for anything else (server down, timeout, 4xx, our own
	 * credentials), which is retried
	 */
	static @Nullable String rechazoPermanente(Exception e) {
		ArrayDeque<Throwable> pendientes = new ArrayDeque<>();
		Set<Throwable> vistos = Collections.newSetFromMap(new IdentityHashMap<>());
		pendientes.add(e);
		while (!pendientes.isEmpty() && vistos.size() < 50) {
			Throwable t = pendientes.poll();
			if (!vistos.add(t)) {
				continue;
			}
			String mensaje = t.getMessage();
			if (t instanceof SendFailedException && mensaje != null
					&& RESPUESTA_PERMANENTE.matcher(mensaje).matches()) {
				return mensaje.strip();
			}
			if (t instanceof MailSendException m) {
				pendientes.addAll(Arrays.asList(m.getMessageExceptions()));
			}
			if (t instanceof MessagingException m && m.getNextException() != null) {
				pendientes.add(m.getNextException());
			}
			if (t.getCause() != null) {
				pendientes.add(t.getCause());
			}
		}
		return null;
	}

	/**
	 * @return the Message-ID the mail went out with
	 */
	private @Nullable String enviar(Pendiente p) throws MessagingException, UnsupportedEncodingException {
		JavaMailSender servidor = smtp;
		if (servidor == null) {
			throw new IllegalStateException("Sin servidor SMTP");
		}
		List<AdjuntosCorreo.Adjunto> archivos = new java.util.ArrayList<>();
		try {
			adjuntos.orderedStream().forEach(a -> archivos.addAll(a.adjuntos(p.clave())));
		}
		catch (RuntimeException e) {
			throw new MessagingException("No se pudieron leer los adjuntos: " + e.getMessage(), e);
		}
		MimeMessage mensaje = servidor.createMimeMessage();
		MimeMessageHelper m = new MimeMessageHelper(mensaje, !archivos.isEmpty(), "UTF-8");
		m.setFrom(new InternetAddress(propiedades.remitente(), propiedades.nombreRemitente(), "UTF-8"));
		m.setTo(p.para());
		m.setSubject(p.asunto());
		m.setText(p.texto(), false);
		for (AdjuntosCorreo.Adjunto a : archivos) {
			// Base64 so the file arrives byte for byte (stack.md §12, trap 5).
			jakarta.mail.internet.MimeBodyPart parte = new jakarta.mail.internet.MimeBodyPart();
			parte.setDataHandler(new jakarta.activation.DataHandler(
					new jakarta.mail.util.ByteArrayDataSource(a.contenido(), a.tipo())));
			parte.setFileName(jakarta.mail.internet.MimeUtility.encodeText(a.nombre(), "UTF-8", null));
			parte.setDisposition(jakarta.mail.Part.ATTACHMENT);
			parte.setHeader("Content-Transfer-Encoding", "base64");
			m.getRootMimeMultipart().addBodyPart(parte);
		}
		m.setSentDate(java.util.Date.from(reloj.instant()));
		// Lets a mail client thread repeats of one row (the documented crash window).
		mensaje.setHeader("X-Pqrsd-Correo", Long.toString(p.id()));
		// RFC 3834: out-of-office replies must not answer an automatic mail.
		mensaje.setHeader("Auto-Submitted", "auto-generated");
		String radicado = Notificaciones.radicadoDeClave(p.clave());
		if (radicado != null) {
			// A bounce that returns our headers names its case even without the outbox.
			mensaje.setHeader("X-Pqrsd-Radicado", radicado);
		}
		servidor.send(mensaje);
		return mensaje.getMessageID();
	}

}
