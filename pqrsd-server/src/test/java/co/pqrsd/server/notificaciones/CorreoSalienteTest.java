package co.pqrsd.server.notificaciones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail out through a real SMTP server (GreenMail on a free port): each key once, retries
 * while the server is down, mails to citizens, and several senders over one database.
 */
@PruebaIntegracion
class CorreoSalienteTest {

	static final int PUERTO_SMTP = puertoLibre();

	static final ServerSetup SMTP = new ServerSetup(PUERTO_SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	static GreenMail servidor;

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registro) {
		registro.add("spring.mail.host", () -> "127.0.0.1");
		registro.add("spring.mail.port", () -> PUERTO_SMTP);
		registro.add("pqrsd.correo.sondeo", () -> "300ms");
		registro.add("pqrsd.correo.remitente", () -> "pqrsd@alcaldia.prueba");
		registro.add("pqrsd.correo.nombre-remitente", () -> "Alcaldía de Prueba");
	}

	@LocalServerPort
	int puerto;

	@Autowired
	Notificaciones notificaciones;

	@Autowired
	EnvioCorreos envio;

	@Autowired
	PlatformTransactionManager transacciones;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@BeforeAll
	static void arrancarSmtp() {
		servidor = new GreenMail(SMTP);
		servidor.start();
	}

	@AfterAll
	static void detenerSmtp() {
		servidor.stop();
	}

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/correouno").estado() != 200) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "871", "nombre", "Pruebas correo")));
			var r = admin.post("/api/v1/usuarios",
					ClienteApi.json(Map.of("username", "correouno", "nombre", "Núñez Peña", "email",
							"correouno@funcionarios.prueba", "password", "Correos2026xy", "roles",
							List.of("FUNCIONARIO"), "dependencias", List.of("871"))));
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		}
		assertThat(envio.activo()).isTrue();
	}

	@AfterEach
	void restablecer() {
		reloj.restablecer();
		if (!servidor.isRunning()) {
			servidor = new GreenMail(SMTP);
			servidor.start();
		}
	}

	@Test
	void unaNotificacionLlegaUnaSolaVezAlBuzonAunqueSeRepita() throws Exception {
		String clave = "prueba/correo/" + System.nanoTime();
		Notificacion n = new Notificacion(clave, Set.of("correouno"), "Vence pronto la petición 2026-1",
				"La petición está en ROJO: le quedan 2 días hábiles.", "/pqrsd/casos/2026-1");
		assertThat(enTransaccion(() -> notificaciones.notificar(n))).containsExactly("correouno");
		assertThat(enTransaccion(() -> notificaciones.notificar(n))).isEmpty();

		esperar(() -> recibidos("funcionarios.prueba", "Vence pronto la petición 2026-1").size() >= 1);
		Thread.sleep(1200);
		envio.ronda();
		List<MimeMessage> llegados = recibidos("funcionarios.prueba", "Vence pronto la petición 2026-1");
		assertThat(llegados).hasSize(1);
		MimeMessage m = llegados.get(0);
		assertThat(m.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
		assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("pqrsd@alcaldia.prueba");
		assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("Alcaldía de Prueba");
		assertThat(m.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("correouno@funcionarios.prueba");
		String cuerpo = ((String) m.getContent()).replace("\r\n", "\n");
		assertThat(cuerpo).contains("La petición está en ROJO: le quedan 2 días hábiles.")
			.contains("http://pqrsd.prueba/pqrsd/casos/2026-1")
			.contains("http://pqrsd.prueba/notificaciones");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM correo_saliente WHERE clave = ? AND enviado_en IS NOT NULL AND intentos = 1",
				Long.class, clave + "/correouno"))
			.isEqualTo(1);
	}

	@Test
	void unSmtpCaidoDejaElCorreoPendienteYSeEnviaCuandoVuelve() throws Exception {
		servidor.stop();
		String clave = "prueba/caido/" + System.nanoTime();
		enTransaccion(() -> notificaciones.correoExterno(clave, "pedro@caido.prueba", "Respuesta a su petición",
				"Su petición fue respondida."));
		esperar(() -> jdbc.queryForObject("SELECT intentos FROM correo_saliente WHERE clave = ?", Integer.class,
				clave) >= 1);
		Map<String, Object> fila = jdbc.queryForMap(
				"SELECT enviado_en, intentos, ultimo_error, proximo_intento FROM correo_saliente WHERE clave = ?",
				clave);
		assertThat(fila.get("enviado_en")).isNull();
		assertThat((String) fila.get("ultimo_error")).isNotBlank();

		servidor = new GreenMail(SMTP);
		servidor.start();
		// Before its wait is over nothing is tried again.
		envio.ronda();
		assertThat(jdbc.queryForObject("SELECT intentos FROM correo_saliente WHERE clave = ?", Integer.class, clave))
			.isEqualTo(1);
		reloj.fijar(reloj.instant().plus(Duration.ofMinutes(2)));
		esperar(() -> !recibidos("caido.prueba", "Respuesta a su petición").isEmpty());
		esperar(() -> jdbc.queryForObject(
				"SELECT count(*) FROM correo_saliente WHERE clave = ? AND enviado_en IS NOT NULL", Long.class,
				clave) == 1);
		assertThat(jdbc.queryForObject("SELECT intentos FROM correo_saliente WHERE clave = ?", Integer.class, clave))
			.isEqualTo(2);
	}

	@Test
	void unCorreoExternoLlegaAlCiudadanoUnaVezPorClave() throws Exception {
		String clave = "prueba/externo/" + System.nanoTime();
		assertThat(enTransaccion(() -> notificaciones.correoExterno(clave, "ana.ruiz@ciudadania.prueba",
				"Prórroga de su petición", "Señora Ana: la respuesta llegará a más tardar el 14 de abril.")))
			.isTrue();
		assertThat(enTransaccion(() -> notificaciones.correoExterno(clave, "ana.ruiz@ciudadania.prueba",
				"Prórroga de su petición", "otra vez")))
			.isFalse();
		esperar(() -> !recibidos("ciudadania.prueba", "Prórroga de su petición").isEmpty());
		Thread.sleep(800);
		List<MimeMessage> llegados = recibidos("ciudadania.prueba", "Prórroga de su petición");
		assertThat(llegados).hasSize(1);
		assertThat(GreenMailUtil.getBody(llegados.get(0))).isNotBlank();
		assertThat(((String) llegados.get(0).getContent()))
			.isEqualTo("Señora Ana: la respuesta llegará a más tardar el 14 de abril.");
	}

	@Test
	void variosEnviadoresSobreLaMismaBaseNoEnvianDosVecesUnCorreo() throws Exception {
		String base = "prueba/nodos/" + System.nanoTime();
		enTransaccion(() -> {
			for (int i = 0; i < 45; i++) {
				notificaciones.correoExterno(base + "/" + i, "c" + i + "@nodos.prueba", "Aviso nodos " + i,
						"Texto " + i);
			}
			return null;
		});
		// Besides the worker itself, three more senders at once, as three more nodes
		// would.
		ExecutorService hilos = Executors.newFixedThreadPool(3);
		List<Future<?>> rondas = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			rondas.add(hilos.submit(envio::ronda));
		}
		for (Future<?> f : rondas) {
			f.get();
		}
		hilos.shutdown();
		esperar(() -> recibidos("nodos.prueba", "Aviso nodos ").size() >= 45);
		Thread.sleep(800);
		List<String> asuntos = new ArrayList<>();
		for (MimeMessage m : recibidos("nodos.prueba", "Aviso nodos ")) {
			asuntos.add(m.getSubject());
		}
		assertThat(asuntos).hasSize(45).doesNotHaveDuplicates();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM correo_saliente WHERE clave LIKE ? AND enviado_en IS NOT NULL AND intentos = 1",
				Long.class, base + "/%"))
			.isEqualTo(45);
	}

	private <T> T enTransaccion(java.util.function.Supplier<T> accion) {
		return new TransactionTemplate(transacciones).execute(s -> accion.get());
	}

	private static List<MimeMessage> recibidos(String dominio, String prefijoAsunto) {
		List<MimeMessage> r = new ArrayList<>();
		try {
			for (MimeMessage m : servidor.getReceivedMessagesForDomain(dominio)) {
				if (m.getSubject() != null && m.getSubject().startsWith(prefijoAsunto)) {
					r.add(m);
				}
			}
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
		return r;
	}

	private static void esperar(BooleanSupplier condicion) throws InterruptedException {
		long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condicion.getAsBoolean()) {
			assertThat(System.nanoTime()).as("tiempo de espera agotado").isLessThan(limite);
			Thread.sleep(100);
		}
	}

	private static int puertoLibre() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
