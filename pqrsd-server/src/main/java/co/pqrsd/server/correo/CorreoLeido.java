package co.pqrsd.server.correo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.server.radicacion.EntradasRadicacion;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jspecify.annotations.Nullable;

/**
 * One mail as read from the mailbox: its raw bytes (kept byte for byte as the radicado's
 * main document) and what the channel needs from them. Parsed from the bytes, never from
 * the IMAP objects, so nothing depends on the folder staying open.
 *
 * @param bytes the message exactly as the server holds it
 * @param clave the dedup key: the Message-ID, or {@code sha256:} and the hash of the
 * bytes when the mail has none
 * @param remitente the From address, {@code null} when absent or unparseable
 * @param asunto the decoded subject, "(sin asunto)" when absent
 * @param texto the first text/plain body, bounded
 * @param adjuntos the attached files, in order
 * @param automatico whether it is an automatic mail (RFC 3834 Auto-Submitted, bulk or
 * list precedence): never answered, never radicated
 * @param rebote for a delivery status notification (RFC 3464), the outbox row it names
 * (header {@code X-Pqrsd-Correo} of the returned mail) or -1 when it names none;
 * {@code null} for an ordinary mail
 * @param messageIdDevuelto for a DSN, the Message-ID of the returned mail, when its
 * headers came back
 * @param radicadoDevuelto for a DSN, the header {@code X-Pqrsd-Radicado} of the returned
 * mail
 */
record CorreoLeido(byte[] bytes, String clave, @Nullable String messageId, String sha256, @Nullable String remitente,
		@Nullable String nombreRemitente, String asunto, @Nullable String texto,
		List<EntradasRadicacion.Adjunto> adjuntos, boolean automatico, @Nullable Long rebote,
		@Nullable String diagnostico, @Nullable String destinatarioRebotado, @Nullable String messageIdDevuelto,
		@Nullable String radicadoDevuelto) {

	/** The description's bound (radicación's limit for descripcion). */
	static final int MAXIMO_TEXTO = 20000;

	private static final Pattern CORREO_SALIENTE = Pattern.compile("(?im)^X-Pqrsd-Correo:\\s*(\\d{1,18})\\s*$");

	private static final Pattern MESSAGE_ID_DEVUELTO = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\s]{1,300}>)\\s*$");

	private static final Pattern RADICADO_DEVUELTO = Pattern
		.compile("(?im)^X-Pqrsd-Radicado:\\s*([0-9A-Za-z-]{4,40})\\s*$");

	private static final Pattern DESTINATARIO = Pattern.compile("(?im)^Final-Recipient:\\s*[^;]*;\\s*(\\S+)\\s*$");

	private static final Pattern DIAGNOSTICO = Pattern.compile("(?im)^(Diagnostic-Code:.*|Status:.*)$");

	static CorreoLeido leer(byte[] bytes) throws MessagingException, IOException {
		MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
		String sha256 = sha256(bytes);
		String messageId = limpio(m.getMessageID(), 300);
		String clave = messageId != null ? messageId : "sha256:" + sha256;
		String remitente = null;
		String nombre = null;
		try {
			Address[] de = m.getFrom();
			if (de != null && de.length > 0 && de[0] instanceof InternetAddress ia) {
				remitente = limpio(ia.getAddress(), 254);
				nombre = limpio(ia.getPersonal(), 300);
			}
		}
		catch (MessagingException e) {
			// An unparseable From: radicated without a sender address (nobody to answer).
		}
		String asunto = limpio(decodificar(m.getHeader("Subject", null)), 1000);
		String autoSubmitted = m.getHeader("Auto-Submitted", null);
		String precedence = m.getHeader("Precedence", null);
		boolean automatico = (autoSubmitted != null && !"no".equalsIgnoreCase(autoSubmitted.strip()))
				|| (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|list|junk"));
		Recorrido r = new Recorrido();
		r.recorrer(m, 0);
		Long rebote = null;
		String diagnostico = null;
		String destinatario = null;
		String messageIdDevuelto = null;
		String radicadoDevuelto = null;
		if (m.isMimeType("multipart/report") && r.estadoEntrega != null) {
			String devuelto = r.devuelto == null ? "" : r.devuelto;
			Matcher id = CORREO_SALIENTE.matcher(devuelto);
			rebote = id.find() ? Long.valueOf(id.group(1)) : -1L;
			Matcher mid = MESSAGE_ID_DEVUELTO.matcher(devuelto);
			messageIdDevuelto = mid.find() ? mid.group(1) : null;
			Matcher rad = RADICADO_DEVUELTO.matcher(devuelto);
			radicadoDevuelto = rad.find() ? rad.group(1) : null;
			Matcher d = DESTINATARIO.matcher(r.estadoEntrega);
			destinatario = d.find() ? limpio(d.group(1).replaceAll("^<|>$", ""), 320) : null;
			StringBuilder s = new StringBuilder();
			Matcher g = DIAGNOSTICO.matcher(r.estadoEntrega);
			while (g.find()) {
				s.append(g.group(1).strip()).append('\n');
			}
			diagnostico = limpio(s.isEmpty() ? "Notificación de estado de entrega sin diagnóstico" : s.toString(),
					2000);
			automatico = true;
		}
		String texto = r.texto == null ? null : r.texto.strip();
		if (texto != null && texto.length() > MAXIMO_TEXTO) {
			texto = texto.substring(0, MAXIMO_TEXTO);
		}
		return new CorreoLeido(bytes, clave, messageId, sha256, remitente, nombre,
				asunto == null || asunto.isBlank() ? "(sin asunto)" : asunto, texto, List.copyOf(r.adjuntos),
				automatico, rebote, diagnostico, destinatario, messageIdDevuelto, radicadoDevuelto);
	}

	/**
	 * A mail whose MIME structure cannot be read: still radicated (Ley 1755 de 2015, art.
	 * 15: no petition is refused), the .eml alone, keyed by its hash.
	 */
	static CorreoLeido ilegible(byte[] bytes) {
		String sha256 = sha256(bytes);
		return new CorreoLeido(bytes, "sha256:" + sha256, null, sha256, null, null, "(correo ilegible)", null,
				List.of(), false, null, null, null, null, null);
	}

	/** The .eml as the radicado's main document, then the attachments. */
	List<EntradasRadicacion.Adjunto> documentos() {
		List<EntradasRadicacion.Adjunto> d = new ArrayList<>();
		d.add(new EntradasRadicacion.Adjunto("correo.eml", "message/rfc822", bytes));
		d.addAll(adjuntos);
		return d;
	}

	private static final class Recorrido {

		@Nullable String texto;

		@Nullable String estadoEntrega;

		@Nullable String devuelto;

		final List<EntradasRadicacion.Adjunto> adjuntos = new ArrayList<>();

		void recorrer(Part p, int profundidad) throws MessagingException, IOException {
			if (profundidad > 20) {
				return;
			}
			String nombre = nombre(p);
			boolean adjunto = Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || nombre != null;
			if (p.isMimeType("message/delivery-status")) {
				estadoEntrega = leerTexto(p);
			}
			else if (p.isMimeType("text/rfc822-headers")) {
				devuelto = leerTexto(p);
			}
			else if (p.isMimeType("message/rfc822") && estadoEntrega != null && devuelto == null) {
				devuelto = leerTexto(p);
			}
			else if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
				for (int i = 0; i < mp.getCount(); i++) {
					BodyPart b = mp.getBodyPart(i);
					recorrer(b, profundidad + 1);
				}
			}
			else if (adjunto) {
				adjuntos.add(new EntradasRadicacion.Adjunto(nombre != null ? nombre : "adjunto",
						p.getContentType() == null ? null : p.getContentType().split(";")[0].strip(), bytes(p)));
			}
			else if (texto == null && p.isMimeType("text/plain")) {
				texto = leerTexto(p);
			}
		}

		private static @Nullable String nombre(Part p) throws MessagingException {
			try {
				String n = p.getFileName();
				n = n == null ? null : MimeUtility.decodeText(n);
				return limpio(n == null ? null : n.replaceAll("[\\\\/\\p{Cntrl}]", "_"), 255);
			}
			catch (IOException e) {
				return "adjunto";
			}
		}

		private static String leerTexto(Part p) throws MessagingException, IOException {
			Object c = p.getContent();
			if (c instanceof String s) {
				return s;
			}
			return new String(bytes(p), java.nio.charset.StandardCharsets.UTF_8);
		}

		private static byte[] bytes(Part p) throws MessagingException, IOException {
			try (InputStream in = p.getInputStream()) {
				ByteArrayOutputStream s = new ByteArrayOutputStream();
				in.transferTo(s);
				return s.toByteArray();
			}
		}

	}

	private static @Nullable String decodificar(@Nullable String s) {
		if (s == null) {
			return null;
		}
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(s));
		}
		catch (IOException e) {
			return s;
		}
	}

	static @Nullable String limpio(@Nullable String s, int maximo) {
		if (s == null) {
			return null;
		}
		String t = s.replaceAll("[\\p{Cntrl}&&[^\n\t]]", " ").strip();
		if (t.isEmpty()) {
			return null;
		}
		return t.length() > maximo ? t.substring(0, maximo) : t;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
