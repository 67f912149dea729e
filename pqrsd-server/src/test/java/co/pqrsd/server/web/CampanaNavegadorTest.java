package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.notificaciones.Notificacion;
import co.pqrsd.server.notificaciones.Notificaciones;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell in the header: the unread count, the list, marking one read makes the count
 * drop; at zero the badge is gone.
 */
class CampanaNavegadorTest extends PruebaNavegador {

	@Autowired
	Notificaciones notificaciones;

	@Autowired
	PlatformTransactionManager transacciones;

	@Autowired
	JdbcTemplate jdbc;

	@Override
	void antesDeAbrir() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		assertThat(admin.post("/api/v1/notificaciones/leidas", "").estado()).isEqualTo(200);
		String base = "prueba/campana-navegador/" + System.nanoTime();
		new TransactionTemplate(transacciones).executeWithoutResult(s -> {
			notificaciones.notificar(new Notificacion(base + "/1", Set.of(ClienteApi.ADMIN),
					"Petición 2026-E-1 en amarillo", "Le quedan 5 días hábiles para responder.", "/calendario"));
			notificaciones.notificar(new Notificacion(base + "/2", Set.of(ClienteApi.ADMIN),
					"Petición 2026-E-2 vencida", "El término venció ayer.", null));
		});
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar(ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void laCampanaMuestraElContadorYBajaAlMarcarUnaLeida() {
		navegador.ir("/");
		WebElement campana = navegador.esperar(By.id("campana"));
		assertThat(campana.getAttribute("aria-label")).isEqualTo("Notificaciones: 2 sin leer");
		assertThat(navegador.texto(By.cssSelector("#campana .insignia"))).isEqualTo("2");

		navegador.enviarYEsperar(campana);
		assertThat(navegador.texto(By.tagName("h1"))).isEqualTo("Notificaciones");
		assertThat(navegador.texto(By.cssSelector(".lista-notificaciones li:first-child strong")))
			.isEqualTo("Petición 2026-E-2 vencida");
		assertThat(navegador.texto(By.cssSelector(".lista-notificaciones li:first-child time"))).contains("2026");
		navegador.captura("notificaciones");

		navegador.enviarYEsperar(
				navegador.driver().findElement(By.cssSelector(".lista-notificaciones li:first-child .marcar-leida")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito"))).isEqualTo("Notificación marcada como leída.");
		assertThat(navegador.esperar(By.id("campana")).getAttribute("aria-label"))
			.isEqualTo("Notificaciones: 1 sin leer");
		assertThat(navegador.texto(By.cssSelector("#campana .insignia"))).isEqualTo("1");
		assertThat(navegador.texto(By.cssSelector(".lista-notificaciones li:first-child .estado-lectura")))
			.isEqualTo("Leída");

		navegador.enviarYEsperar(navegador.driver().findElement(By.id("marcar-todas")));
		assertThat(navegador.esperar(By.id("campana")).getAttribute("aria-label"))
			.isEqualTo("Notificaciones: ninguna sin leer");
		assertThat(navegador.driver().findElements(By.cssSelector("#campana .insignia"))).isEmpty();
	}

	@Test
	void quienDesactivaElCorreoSoloRecibeLaCampana() {
		navegador.ir("/notificaciones");
		WebElement correo = navegador.esperar(By.name("correo"));
		assertThat(correo.isSelected()).isTrue();
		correo.click();
		navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector(".preferencia-correo button")));
		assertThat(navegador.texto(By.cssSelector(".aviso.exito")))
			.isEqualTo("Recibirá las notificaciones solo en la campana.");
		assertThat(navegador.esperar(By.name("correo")).isSelected()).isFalse();
		try {
			String clave = "prueba/sin-correo/" + System.nanoTime();
			new TransactionTemplate(transacciones).executeWithoutResult(s -> notificaciones
				.notificar(new Notificacion(clave, Set.of(ClienteApi.ADMIN), "Solo en la campana", "Texto", null)));
			assertThat(jdbc.queryForObject("SELECT count(*) FROM notificacion WHERE clave = ?", Long.class, clave))
				.isEqualTo(1);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM correo_saliente WHERE clave LIKE ?", Long.class,
					clave + "/%"))
				.isZero();
		}
		finally {
			navegador.esperar(By.name("correo")).click();
			navegador.enviarYEsperar(navegador.driver().findElement(By.cssSelector(".preferencia-correo button")));
			assertThat(navegador.esperar(By.name("correo")).isSelected()).isTrue();
		}
	}

}
