package co.pqrsd.server.correo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.comun.PdfSimple;
import co.pqrsd.server.seguridad.SesionWeb;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail channel against real SMTP and IMAP servers (GreenMail in the test JVM): the
 * institutional mailbox polled, answers sent with their SALIDA document, bounces recorded
 * on their case.
 */
@PruebaIntegracion
@org.springframework.context.annotation.Import(CorreoEntranteTest.FallaInyectada.class)
class CorreoEntranteTest {

	static final int SMTP = puertoLibre();

	static final int IMAP = puertoLibre();

	static final String BUZON = "pqrsd@alcaldia.prueba";

	static final String CLAVE_BUZON = "Buzon2026";

	static final String CLAVE = "Correos2026x";

	static GreenMail servidor;

	@DynamicPropertySource
	static void correo(DynamicPropertyRegistry registro) {
		registro.add("spring.mail.host", () -> "127.0.0.1");
		registro.add("spring.mail.port", () -> SMTP);
		registro.add("pqrsd.correo.sondeo", () -> "300ms");
		registro.add("pqrsd.correo.remitente", () -> BUZON);
		registro.add("pqrsd.correo.entrada.host", () -> "127.0.0.1");
		registro.add("pqrsd.correo.entrada.puerto", () -> IMAP);
		registro.add("pqrsd.correo.entrada.usuario", () -> BUZON);
		registro.add("pqrsd.correo.entrada.clave", () -> CLAVE_BUZON);
		registro.add("pqrsd.correo.entrada.ssl", () -> "false");
		// The tests poll themselves; the schedule stays out of their way.
		registro.add("pqrsd.correo.entrada.sondeo", () -> "1h");
	}

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SondeoBuzon sondeo;

	@BeforeAll
	static void arrancar() {
		servidor = new GreenMail(new ServerSetup[] { new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(IMAP, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
		servidor.start();
		servidor.setUser(BUZON, BUZON, CLAVE_BUZON);
	}

	@AfterAll
	static void detener() {
		servidor.stop();
	}

	@BeforeEach
	void usuarios() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/corventanilla").estado() == 200) {
			return;
		}
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "977", "nombre", "Correo pruebas")));
		usuario(admin, "corventanilla", List.of("RADICADOR"));
		usuario(admin, "corjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"));
		usuario(admin, "corfunc", List.of("FUNCIONARIO"));
		var r = como("corjefe").put("/api/v1/pqrsd/dependencias/977/aprobacion", "{\"requiereAprobacion\":false}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@funcionarios.prueba", "password", CLAVE, "roles", roles, "dependencias", List.of("977"))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	private ClienteApi como(String u) {
		return ClienteApi.como(puerto, u, CLAVE);
	}

	@Test
	void laRespuestaSaleConElDocumentoDeLaSalidaYSuReboteQuedaEnElCaso() throws Exception {
		String ciudadano = "ana.rebote@externo.prueba";
		var creado = como("corventanilla").post("/api/v1/pqrsd", "{\"etiqueta\":\"PETICION\",\"modalidad\":\"GENERAL\","
				+ "\"asunto\":\"Certificado de estratificación\",\"dependencia\":\"977\",\"canal\":\"PRESENCIAL\","
				+ "\"canalRespuesta\":\"CORREO_ELECTRONICO\",\"peticionario\":{\"tipoDocumento\":\"CC\","
				+ "\"numeroDocumento\":\"52123456\",\"nombre\":\"Ana Ruiz\",\"correo\":\"" + ciudadano + "\"}}");
		assertThat(creado.estado()).as(creado.cuerpo()).isEqualTo(201);
		String radicado = creado.json().get("radicado").asString();
		assertThat(
				como("corjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"corfunc\"}").estado())
			.isEqualTo(200);
		byte[] pdf = new PdfSimple("Respuesta").titulo("Certificado de estratificación").parrafo("Estrato 3").bytes();
		var respuesta = como("corfunc").multipart("/api/v1/pqrsd/" + radicado + "/respuesta",
				new ClienteApi.Parte("texto", null, "text/plain; charset=UTF-8",
						"Adjuntamos el certificado.".getBytes(StandardCharsets.UTF_8)),
				ClienteApi.Parte.archivo("documentos", "certificado.pdf", "application/pdf", pdf));
		assertThat(respuesta.estado()).as(respuesta.cuerpo()).isEqualTo(200);
		String salida = respuesta.json().get("comunicacion").get("radicadoSalida").asString();
		String huella = jdbc.queryForObject("SELECT sha256 FROM documento WHERE numero = ? ORDER BY id LIMIT 1",
				String.class, salida);

		esperar(() -> recibidos(ciudadano).size() >= 1);
		MimeMessage enviado = recibidos(ciudadano).get(0);
		List<byte[]> adjuntos = adjuntos(enviado);
		assertThat(adjuntos).hasSize(1);
		assertThat(CorreoLeido.sha256(adjuntos.get(0))).isEqualTo(huella);
		String idSaliente = enviado.getHeader("X-Pqrsd-Correo")[0];

		// The recipient's server answers with a DSN (RFC 3464) to the mailbox.
		enviarAlBuzon(dsn(ciudadano, idSaliente, enviado.getMessageID()));
		SondeoBuzon.Ronda ronda = sondeo.ronda();
		assertThat(ronda.ejecutada()).isTrue();
		var rebotes = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.get("/api/v1/correo/rebotes?radicado=" + radicado);
		assertThat(rebotes.estado()).as(rebotes.cuerpo()).isEqualTo(200);
		assertThat(rebotes.json()).hasSize(1);
		assertThat(rebotes.json().get(0).get("destinatario").asString()).isEqualTo(ciudadano);
		assertThat(rebotes.json().get(0).get("diagnostico").asString()).contains("5.1.1");
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'CORREO_REBOTE_REGISTRADO' "
						+ "AND objeto_tipo = 'PQRSD' AND objeto_id = ?", Long.class, radicado))
			.isEqualTo(1);
		assertThat(como("corfunc").get("/api/v1/correo/rebotes?radicado=" + radicado).estado()).isEqualTo(403);
		// Handled: out of the inbox, kept in the processed folder; a second round does
		// not record it twice.
		assertThat(mensajes("INBOX")).isZero();
		assertThat(mensajes("Radicados")).isGreaterThanOrEqualTo(1);
		sondeo.ronda();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM correo_rebote WHERE radicado = ?", Long.class, radicado))
			.isEqualTo(1);
	}

	@Test
	void unCorreoConDosAdjuntosEsUnRadicadoConSuEmlIntactoYUnAcuseAunqueSeLeaDosVeces() throws Exception {
		String remitente = "juan.perez@ciudadano.prueba";
		byte[] png = png();
		byte[] pdf = new PdfSimple("Carta").titulo("Solicitud de poda").parrafo("Firmado: Juan Pérez").bytes();
		byte[] crudo = correo("<dos-adjuntos-" + System.nanoTime() + "@ciudadano.prueba>", remitente,
				"Solicitud de poda del árbol", "Buenos días, solicito la poda del árbol frente a mi casa.",
				new Archivo("foto.png", "image/png", png), new Archivo("carta.pdf", "application/pdf", pdf));
		enviarAlBuzon(crudo);
		byte[] enServidor = crudoEnBuzon();
		String messageId = CorreoLeido.leer(enServidor).clave();

		assertThat(sondeo.ronda().hechos()).isEqualTo(1);
		String radicado = jdbc.queryForObject(
				"SELECT radicado FROM correo_entrante WHERE clave = ? AND estado = 'RADICADO'", String.class,
				messageId);
		List<Map<String, Object>> docs = jdbc
			.queryForList("SELECT rol, nombre, sha256 FROM documento WHERE numero = ? ORDER BY id", radicado);
		assertThat(docs).hasSize(3);
		assertThat(docs.get(0)).containsEntry("rol", "PRINCIPAL").containsEntry("nombre", "correo.eml");
		// The mail as the server holds it, byte for byte.
		assertThat(docs.get(0).get("sha256")).isEqualTo(CorreoLeido.sha256(enServidor));
		assertThat(docs.subList(1, 3)).extracting(d -> d.get("nombre")).containsExactly("foto.png", "carta.pdf");
		assertThat(docs.get(1).get("sha256")).isEqualTo(CorreoLeido.sha256(png));
		assertThat(docs.get(2).get("sha256")).isEqualTo(CorreoLeido.sha256(pdf));
		assertThat(
				jdbc.queryForObject("SELECT caso->>'canal' FROM pqrsd_caso WHERE radicado = ?", String.class, radicado))
			.isEqualTo("CORREO_ELECTRONICO");
		esperar(() -> recibidos(remitente).stream().anyMatch(m -> asunto(m).contains(radicado)));
		assertThat(mensajes("INBOX")).isZero();

		// The same mail again (a second poll, a resend with the same Message-ID): still
		// one radicado, no second receipt.
		sondeo.ronda();
		enviarAlBuzon(crudo);
		assertThat(sondeo.ronda().hechos()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM correo_entrante WHERE clave = ?", Long.class, messageId))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado WHERE asunto = 'Solicitud de poda del árbol'",
				Long.class))
			.isEqualTo(1);
		Thread.sleep(1500);
		assertThat(recibidos(remitente).stream().filter(m -> asunto(m).contains(radicado))).hasSize(1);
		assertThat(mensajes("INBOX")).isZero();
	}

	@Test
	void unCorreoQueFallaQuedaEnElBuzonConSuErrorYSeReintentaHastaRadicarse() throws Exception {
		String clave = "<falla-" + System.nanoTime() + "@ciudadano.prueba>";
		enviarAlBuzon(correo(clave, "marta@ciudadano.prueba", "FALLA de prueba", "Texto", new Archivo[0]));
		FallaInyectada.FALLAR.set(true);
		try {
			SondeoBuzon.Ronda r = sondeo.ronda();
			assertThat(r.fallidos()).isEqualTo(1);
			assertThat(mensajes("INBOX")).isEqualTo(1);
			sondeo.ronda();
			Map<String, Object> fila = jdbc.queryForMap(
					"SELECT estado, intentos, ultimo_error, radicado FROM correo_entrante WHERE clave = ?", clave);
			assertThat(fila).containsEntry("estado", "FALLIDO").containsEntry("intentos", 2);
			assertThat((String) fila.get("ultimo_error")).contains("Falla inyectada");
			assertThat(fila.get("radicado")).isNull();
			assertThat(mensajes("INBOX")).isEqualTo(1);
		}
		finally {
			FallaInyectada.FALLAR.set(false);
		}
		assertThat(sondeo.ronda().hechos()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT estado FROM correo_entrante WHERE clave = ?", String.class, clave))
			.isEqualTo("RADICADO");
		assertThat(mensajes("INBOX")).isZero();
	}

	/** Opens a case answered by e-mail to {@code ciudadano}, assigned to corfunc. */
	private String casoPorCorreo(String asunto, String ciudadano) {
		var creado = como("corventanilla")
			.post("/api/v1/pqrsd", "{\"etiqueta\":\"PETICION\",\"modalidad\":\"GENERAL\",\"asunto\":\"" + asunto
					+ "\",\"dependencia\":\"977\",\"canal\":\"PRESENCIAL\",\"canalRespuesta\":\"CORREO_ELECTRONICO\","
					+ "\"peticionario\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"52123457\",\"nombre\":\"Eva Díaz\","
					+ "\"correo\":\"" + ciudadano + "\"}}");
		assertThat(creado.estado()).as(creado.cuerpo()).isEqualTo(201);
		String radicado = creado.json().get("radicado").asString();
		assertThat(
				como("corjefe").post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"corfunc\"}").estado())
			.isEqualTo(200);
		return radicado;
	}

	private long eventosNoEntregado(String radicado) {
		return jdbc.queryForObject("SELECT count(*) FROM pqrsd_hecho WHERE radicado = ? AND tipo = 'CorreoNoEntregado'",
				Long.class, radicado);
	}

	private java.net.http.HttpResponse<String> pantallaDelCaso(String radicado) {
		SesionWeb web = new SesionWeb(puerto);
		assertThat(web.ingresar("corfunc", CLAVE)).doesNotContain("error");
		return web.get("/pqrsd/casos/" + radicado);
	}

	private void avisadoEnLaCampana(String radicado) {
		var campana = como("corfunc").get("/api/v1/notificaciones");
		assertThat(campana.estado()).as(campana.cuerpo()).isEqualTo(200);
		assertThat(campana.cuerpo()).contains("Correo no entregado: PQRSD " + radicado);
	}

	@Test
	void unReboteReconocidoSoloPorElMessageIdQuedaEnElHistorialDelCasoSinRadicarseYAvisaAlFuncionario()
			throws Exception {
		String ciudadano = "h2-eva.rebote@externo.prueba";
		String radicado = casoPorCorreo("h2-Copia del plano predial", ciudadano);
		var respuesta = como("corfunc").post("/api/v1/pqrsd/" + radicado + "/respuesta",
				"{\"texto\":\"Adjuntamos la copia del plano.\"}");
		assertThat(respuesta.estado()).as(respuesta.cuerpo()).isEqualTo(200);
		esperar(() -> recibidos(ciudadano).size() >= 1);
		MimeMessage enviado = recibidos(ciudadano).get(0);
		assertThat(enviado.getHeader("X-Pqrsd-Radicado")).containsExactly(radicado);
		String idSaliente = enviado.getHeader("X-Pqrsd-Correo")[0];
		String messageId = enviado.getMessageID();
		esperar(() -> jdbc.queryForObject("SELECT count(*) FROM correo_saliente WHERE id = ? AND message_id = ?",
				Long.class, Long.parseLong(idSaliente), messageId) == 1);
		long radicadosAntes = jdbc.queryForObject("SELECT count(*) FROM radicado", Long.class);

		// The recipient's server returned only the headers it keeps: no X-Pqrsd-Correo,
		// the original Message-ID.
		String dsn = new String(dsn(ciudadano, idSaliente, messageId), StandardCharsets.US_ASCII)
			.replace("X-Pqrsd-Correo: " + idSaliente + "\r\n", "");
		enviarAlBuzon(dsn.getBytes(StandardCharsets.US_ASCII));
		assertThat(sondeo.ronda().ejecutada()).isTrue();

		// Not radicated as a new PQRSD: recorded on its case.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado", Long.class)).isEqualTo(radicadosAntes);
		assertThat(jdbc.queryForObject("SELECT estado FROM correo_entrante WHERE clave = ?", String.class,
				"<dsn-" + idSaliente + "@mx.externo.prueba>"))
			.isEqualTo("REBOTE");
		assertThat(eventosNoEntregado(radicado)).isEqualTo(1);
		assertThat(
				jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_CORREO_NO_ENTREGADO' "
						+ "AND objeto_id = ?", Long.class, radicado))
			.isEqualTo(1);
		var caso = pantallaDelCaso(radicado);
		assertThat(caso.statusCode()).isEqualTo(200);
		assertThat(caso.body()).contains("id=\"entregas-fallidas\"")
			.contains("Correo de respuesta no entregado a " + ciudadano + ": ")
			.contains("550 5.1.1 User unknown");
		avisadoEnLaCampana(radicado);
		// A second round records nothing more.
		sondeo.ronda();
		assertThat(eventosNoEntregado(radicado)).isEqualTo(1);
	}

	/**
	 * GreenMail accepts every recipient, so the permanent refusal at send time comes from
	 * a minimal SMTP server on GreenMail's port, for this test only: it answers 550 to
	 * the refused recipient, exactly as a real MTA does (RFC 5321, 4.2.1).
	 */
	@Test
	void unRechazoPermanenteDelServidorSmtpQuedaEnElCasoYNoSeReintenta() throws Exception {
		String ciudadano = "h2-rechazado@externo.prueba";
		String radicado = casoPorCorreo("h2-Certificado de residencia", ciudadano);
		servidor.stop();
		try (ServidorQueRechaza mtaExterno = new ServidorQueRechaza(SMTP, "h2-rechazado@")) {
			var respuesta = como("corfunc").post("/api/v1/pqrsd/" + radicado + "/respuesta",
					"{\"texto\":\"Expedimos el certificado.\"}");
			assertThat(respuesta.estado()).as(respuesta.cuerpo()).isEqualTo(200);
			esperar(() -> eventosNoEntregado(radicado) == 1);
			assertThat(mtaExterno.rechazos()).isEqualTo(1);
		}
		finally {
			arrancar();
		}
		Map<String, Object> fila = jdbc.queryForMap(
				"SELECT enviado_en, intentos, ultimo_error FROM correo_saliente WHERE clave LIKE ?",
				"pqrsd/" + radicado + "/respuesta/%");
		assertThat(fila.get("enviado_en")).isNull();
		assertThat((String) fila.get("ultimo_error")).startsWith("550 5.1.1");
		assertThat(jdbc.queryForObject("SELECT origen FROM correo_rebote WHERE radicado = ?", String.class, radicado))
			.isEqualTo("SMTP");
		var caso = pantallaDelCaso(radicado);
		assertThat(caso.body()).contains("Correo de respuesta no entregado a " + ciudadano + ": 550 5.1.1");
		avisadoEnLaCampana(radicado);
		// Not retried: the refusal stays one event even after more rounds.
		Thread.sleep(1000);
		assertThat(eventosNoEntregado(radicado)).isEqualTo(1);
		assertThat(recibidos(ciudadano)).isEmpty();
	}

	/**
	 * An SMTP server that refuses one recipient with 550 and swallows everything else.
	 */
	static final class ServidorQueRechaza implements AutoCloseable {

		private final ServerSocket socket;

		private final String rechazado;

		private final Thread hilo;

		private final java.util.concurrent.atomic.AtomicInteger rechazos = new java.util.concurrent.atomic.AtomicInteger();

		ServidorQueRechaza(int puerto, String rechazado) throws IOException {
			this.socket = new ServerSocket();
			this.socket.setReuseAddress(true);
			this.socket.bind(new java.net.InetSocketAddress("127.0.0.1", puerto));
			this.rechazado = rechazado;
			this.hilo = new Thread(this::atender, "smtp-que-rechaza");
			this.hilo.setDaemon(true);
			this.hilo.start();
		}

		int rechazos() {
			return rechazos.get();
		}

		private void atender() {
			while (!socket.isClosed()) {
				try (java.net.Socket c = socket.accept();
						var entrada = new java.io.BufferedReader(
								new java.io.InputStreamReader(c.getInputStream(), StandardCharsets.US_ASCII));
						var salida = new java.io.PrintWriter(
								new java.io.OutputStreamWriter(c.getOutputStream(), StandardCharsets.US_ASCII))) {
					responder(salida, "220 smtp.externo.prueba ESMTP");
					String linea;
					while ((linea = entrada.readLine()) != null) {
						String orden = linea.toUpperCase(java.util.Locale.ROOT);
						if (orden.startsWith("RCPT") && linea.contains(rechazado)) {
							rechazos.incrementAndGet();
							responder(salida, "550 5.1.1 <" + linea.replaceAll(".*<([^>]*)>.*", "$1")
									+ ">: Recipient address rejected: User unknown");
						}
						else if (orden.startsWith("DATA")) {
							responder(salida, "354 End data with <CR><LF>.<CR><LF>");
							while ((linea = entrada.readLine()) != null && !".".equals(linea)) {
								// Swallowed.
							}
							responder(salida, "250 2.0.0 Ok");
						}
						else if (orden.startsWith("QUIT")) {
							responder(salida, "221 2.0.0 Bye");
							break;
						}
						else {
							responder(salida, "250 Ok");
						}
					}
				}
				catch (IOException e) {
					// Closed, or the client went away: next connection.
				}
			}
		}

		private static void responder(java.io.PrintWriter salida, String linea) {
			salida.print(linea + "\r\n");
			salida.flush();
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

	static byte[] dsn(String destinatario, String idSaliente, String messageId) {
		String limite = "dsn-limite-" + idSaliente;
		String texto = "From: Mail Delivery System <MAILER-DAEMON@mx.externo.prueba>\r\n" + "To: " + BUZON + "\r\n"
				+ "Subject: Undelivered Mail Returned to Sender\r\n" + "Message-ID: <dsn-" + idSaliente
				+ "@mx.externo.prueba>\r\n" + "Auto-Submitted: auto-replied\r\n" + "MIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + limite + "\"\r\n"
				+ "\r\n--" + limite + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
				+ "The mail could not be delivered.\r\n" + "\r\n--" + limite
				+ "\r\nContent-Type: message/delivery-status\r\n\r\n" + "Reporting-MTA: dns; mx.externo.prueba\r\n\r\n"
				+ "Final-Recipient: rfc822; " + destinatario + "\r\n" + "Action: failed\r\n" + "Status: 5.1.1\r\n"
				+ "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n" + "\r\n--" + limite
				+ "\r\nContent-Type: text/rfc822-headers\r\n\r\n" + "From: " + BUZON + "\r\n" + "To: " + destinatario
				+ "\r\n" + "Message-ID: " + messageId + "\r\n" + "X-Pqrsd-Correo: " + idSaliente + "\r\n" + "\r\n--"
				+ limite + "--\r\n";
		return texto.getBytes(StandardCharsets.US_ASCII);
	}

	static void enviarAlBuzon(byte[] crudo) throws Exception {
		enviarAlBuzon(crudo, SMTP);
	}

	static void enviarAlBuzon(byte[] crudo, int smtp) throws Exception {
		Properties p = new Properties();
		p.put("mail.smtp.host", "127.0.0.1");
		p.put("mail.smtp.port", Integer.toString(smtp));
		Session s = Session.getInstance(p);
		MimeMessage m = new MimeMessage(s, new ByteArrayInputStream(crudo)) {
			@Override
			protected void updateMessageID() {
				// Keep the mail's own Message-ID (or none) exactly as written.
			}
		};
		Transport.send(m, new InternetAddress[] { new InternetAddress(BUZON) });
	}

	static int mensajes(String carpeta) throws Exception {
		return mensajes(carpeta, IMAP);
	}

	static int mensajes(String carpeta, int imap) throws Exception {
		Properties p = new Properties();
		Session s = Session.getInstance(p);
		try (Store st = s.getStore("imap")) {
			st.connect("127.0.0.1", imap, BUZON, CLAVE_BUZON);
			Folder f = st.getFolder(carpeta);
			if (!f.exists()) {
				return 0;
			}
			f.open(Folder.READ_ONLY);
			int n = 0;
			for (Message m : f.getMessages()) {
				if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
					n++;
				}
			}
			f.close(false);
			return n;
		}
	}

	static List<MimeMessage> recibidos(String para) {
		List<MimeMessage> r = new ArrayList<>();
		try {
			for (MimeMessage m : servidor.getReceivedMessages()) {
				for (var a : m.getAllRecipients()) {
					if (((InternetAddress) a).getAddress().equalsIgnoreCase(para)) {
						r.add(m);
					}
				}
			}
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
		return r;
	}

	static List<byte[]> adjuntos(Part p) throws Exception {
		List<byte[]> r = new ArrayList<>();
		if (p.isMimeType("multipart/*")) {
			Multipart mp = (Multipart) p.getContent();
			for (int i = 0; i < mp.getCount(); i++) {
				r.addAll(adjuntos(mp.getBodyPart(i)));
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
			try (InputStream in = p.getInputStream()) {
				ByteArrayOutputStream s = new ByteArrayOutputStream();
				in.transferTo(s);
				r.add(s.toByteArray());
			}
		}
		return r;
	}

	static void esperar(BooleanSupplier condicion) throws InterruptedException {
		long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condicion.getAsBoolean()) {
			assertThat(System.nanoTime()).as("tiempo de espera agotado").isLessThan(limite);
			Thread.sleep(100);
		}
	}

	static int puertoLibre() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	record Archivo(String nombre, String tipo, byte[] contenido) {
	}

	/** A citizen's mail as his client would write it: text and attachments. */
	static byte[] correo(String messageId, String de, String asunto, String texto, Archivo... archivos)
			throws Exception {
		MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		m.setFrom(new InternetAddress(de, "Ciudadano de prueba", "UTF-8"));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(BUZON));
		m.setSubject(asunto, "UTF-8");
		m.setSentDate(new java.util.Date(0));
		jakarta.mail.internet.MimeMultipart mp = new jakarta.mail.internet.MimeMultipart();
		jakarta.mail.internet.MimeBodyPart cuerpo = new jakarta.mail.internet.MimeBodyPart();
		cuerpo.setText(texto, "UTF-8");
		mp.addBodyPart(cuerpo);
		for (Archivo a : archivos) {
			jakarta.mail.internet.MimeBodyPart p = new jakarta.mail.internet.MimeBodyPart();
			p.setDataHandler(new jakarta.activation.DataHandler(
					new jakarta.mail.util.ByteArrayDataSource(a.contenido(), a.tipo())));
			p.setFileName(a.nombre());
			p.setDisposition(Part.ATTACHMENT);
			p.setHeader("Content-Transfer-Encoding", "base64");
			mp.addBodyPart(p);
		}
		m.setContent(mp);
		m.saveChanges();
		ByteArrayOutputStream s = new ByteArrayOutputStream();
		m.writeTo(s);
		return s.toByteArray();
	}

	/** The raw bytes of the one mail in the inbox, as the IMAP server gives them. */
	static byte[] crudoEnBuzon() throws Exception {
		try (Store st = Session.getInstance(new Properties()).getStore("imap")) {
			st.connect("127.0.0.1", IMAP, BUZON, CLAVE_BUZON);
			Folder f = st.getFolder("INBOX");
			f.open(Folder.READ_ONLY);
			Message[] todos = f.getMessages();
			assertThat(todos).hasSize(1);
			ByteArrayOutputStream s = new ByteArrayOutputStream();
			todos[0].writeTo(s);
			f.close(false);
			return s.toByteArray();
		}
	}

	static byte[] png() throws IOException {
		java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(4, 4,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		img.setRGB(1, 1, 0x336699);
		ByteArrayOutputStream s = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(img, "png", s);
		return s.toByteArray();
	}

	static String asunto(MimeMessage m) {
		try {
			return String.valueOf(m.getSubject());
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Makes the radication of mails whose subject holds "FALLA" fail while switched on.
	 */
	@org.springframework.boot.test.context.TestConfiguration
	static class FallaInyectada {

		static final java.util.concurrent.atomic.AtomicBoolean FALLAR = new java.util.concurrent.atomic.AtomicBoolean();

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		Radicador radicadorConFalla(RadicadorCiudadano real) {
			return c -> {
				if (FALLAR.get() && c.asunto().contains("FALLA")) {
					throw new IllegalStateException("Falla inyectada en la radicación");
				}
				return real.radicar(c);
			};
		}

	}

}
