package co.pqrsd.server.correo;

import java.time.Duration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import co.pqrsd.server.comun.TrabajadorPeriodico;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the institutional mailbox with a fixed delay, one node at a time (a PostgreSQL
 * session advisory lock, released when the round ends or the node dies).
 * <p>
 * A mail leaves the inbox (moved to {@code carpeta-radicados}) only after the transaction
 * that radicated it committed; a crash in between leaves it in the inbox, and the next
 * round finds its Message-ID recorded and only moves it. A failing mail stays where it is
 * with its error recorded and is tried again in the next rounds.
 */
@Component
class SondeoBuzon implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SondeoBuzon.class);

	/** The advisory lock's key: one poller per database. */
	static final String CERROJO = "SELECT pg_try_advisory_lock(hashtext('pqrsd.correo.entrada'))";

	private final BuzonProperties propiedades;

	private final ProcesadorCorreo procesador;

	private final DataSource datos;

	private volatile @Nullable TrabajadorPeriodico trabajador;

	SondeoBuzon(BuzonProperties propiedades, ProcesadorCorreo procesador, DataSource datos) {
		this.propiedades = propiedades;
		this.procesador = procesador;
		this.datos = datos;
	}

	@Override
	public void start() {
		if (!propiedades.activo()) {
			log.info("Correo entrante desactivado: no hay buzón IMAP configurado (pqrsd.correo.entrada.host, "
					+ "variable PQRSD_CORREO_ENTRADA_HOST).");
			return;
		}
		trabajador = new TrabajadorPeriodico("correo-entrante",
				Duration.ofMillis(Math.max(200, propiedades.sondeo().toMillis())), Duration.ofSeconds(30),
				this::rondaSegura);
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

	private void rondaSegura() {
		try {
			ronda();
		}
		catch (RuntimeException | MessagingException | SQLException e) {
			log.warn("Ronda del buzón de correo interrumpida; se reintenta en la próxima: {}", e.toString());
		}
	}

	/** What one round did. */
	record Ronda(boolean ejecutada, int hechos, int fallidos) {
	}

	/**
	 * Reads the mailbox once, if no other node is reading it.
	 */
	Ronda ronda() throws MessagingException, SQLException {
		if (!propiedades.activo()) {
			return new Ronda(false, 0, 0);
		}
		try (Connection sesion = datos.getConnection()) {
			sesion.setAutoCommit(true);
			if (!cerrojo(sesion)) {
				return new Ronda(false, 0, 0);
			}
			try {
				return leerBuzon();
			}
			finally {
				try (PreparedStatement s = sesion
					.prepareStatement("SELECT pg_advisory_unlock(hashtext('pqrsd.correo.entrada'))")) {
					s.execute();
				}
			}
		}
	}

	private static boolean cerrojo(Connection sesion) throws SQLException {
		try (PreparedStatement s = sesion.prepareStatement(CERROJO); ResultSet r = s.executeQuery()) {
			return r.next() && r.getBoolean(1);
		}
	}

	private Ronda leerBuzon() throws MessagingException {
		Properties p = new Properties();
		String protocolo = propiedades.ssl() ? "imaps" : "imap";
		p.put("mail.store.protocol", protocolo);
		p.put("mail." + protocolo + ".peek", "true");
		p.put("mail." + protocolo + ".connectiontimeout", "10000");
		p.put("mail." + protocolo + ".timeout", "60000");
		Session sesion = Session.getInstance(p);
		int hechos = 0;
		int fallidos = 0;
		try (Store buzon = sesion.getStore(protocolo)) {
			buzon.connect(propiedades.host(), propiedades.puerto(), propiedades.usuario(), propiedades.clave());
			Folder entrada = buzon.getFolder(propiedades.carpeta());
			Folder radicados = buzon.getFolder(propiedades.carpetaRadicados());
			if (!radicados.exists()) {
				radicados.create(Folder.HOLDS_MESSAGES);
			}
			entrada.open(Folder.READ_WRITE);
			List<Message> hechosAhora = new ArrayList<>();
			try {
				Message[] mensajes = entrada.getMessages();
				for (int i = 0; i < mensajes.length && hechos + fallidos < propiedades.porRonda(); i++) {
					Message m = mensajes[i];
					if (m.isSet(Flags.Flag.DELETED)) {
						continue;
					}
					CorreoLeido correo = leer(m);
					ProcesadorCorreo.Resultado r = procesador.procesar(correo, propiedades.intentosMaximos());
					if (r == ProcesadorCorreo.Resultado.HECHO) {
						hechos++;
						hechosAhora.add(m);
					}
					else if (r == ProcesadorCorreo.Resultado.FALLIDO) {
						fallidos++;
						log.warn("El correo {} no se pudo radicar; queda en el buzón y se reintenta", correo.clave());
					}
				}
				if (!hechosAhora.isEmpty()) {
					// Only after each commit: copy to the processed folder, then remove.
					entrada.copyMessages(hechosAhora.toArray(Message[]::new), radicados);
					for (Message m : hechosAhora) {
						m.setFlag(Flags.Flag.DELETED, true);
					}
				}
			}
			finally {
				entrada.close(true);
			}
		}
		return new Ronda(true, hechos, fallidos);
	}

	private static CorreoLeido leer(Message m) throws MessagingException {
		byte[] bytes;
		try {
			ByteArrayOutputStream s = new ByteArrayOutputStream();
			m.writeTo(s);
			bytes = s.toByteArray();
		}
		catch (IOException e) {
			throw new MessagingException("No se pudo leer el correo del buzón", e);
		}
		try {
			return CorreoLeido.leer(bytes);
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return CorreoLeido.ilegible(bytes);
		}
	}

}
