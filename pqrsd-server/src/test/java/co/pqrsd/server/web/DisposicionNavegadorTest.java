package co.pqrsd.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import co.pqrsd.server.archivo.firma.CertificadoPrueba;
import co.pqrsd.server.archivo.indice.Expedientes;
import co.pqrsd.server.archivo.indice.FixturasArchivo;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archivist in the browser: a transferencia primaria from the due list accepted by
 * the central archive, then the disposición final of the same expedientes proposed,
 * approved and published (the public page lists it without login), a legal hold placed,
 * and the índice of an expediente verified with its signed copy.
 */
class DisposicionNavegadorTest extends PruebaNavegador {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlmacenDocumentos almacen;

	@Autowired
	ApplicationEventPublisher eventos;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Expedientes expedientes;

	String a;

	String b;

	@Override
	void antesDeAbrir() {
		CertificadoPrueba.asegurar();
		FixturasArchivo.usuarios(puerto);
		FixturasArchivo fx = new FixturasArchivo(jdbc, almacen, eventos, tx);
		long fila = fx.fila("880", 1, 1, "E");
		a = fx.expediente("NV", "880", fila, LocalDate.of(2019, 6, 1));
		fx.incorporar(a, "oficio.pdf", ("Oficio navegador " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), 2);
		fx.cerrar(a, LocalDate.of(2020, 1, 15), expedientes);
		b = fx.expediente("NV", "880", fila, LocalDate.of(2019, 6, 1));
		fx.incorporar(b, "acta.pdf", ("Acta navegador " + System.nanoTime()).getBytes(StandardCharsets.UTF_8), 1);
		fx.cerrar(b, LocalDate.of(2020, 2, 15), expedientes);
	}

	@Override
	void despuesDeAbrir() {
		navegador.ingresar("axarchivo", FixturasArchivo.CLAVE);
		navegador.esperar(By.tagName("h1"));
	}

	@Test
	void transferenciaDisposicionBloqueoEIndice() {
		navegador.ir("/archivo/expedientes");
		navegador.enviarYEsperar(navegador.esperar(By.id("ir-transferencias")));
		navegador.driver().findElement(By.cssSelector("input[value='" + a + "']")).click();
		navegador.driver().findElement(By.cssSelector("input[value='" + b + "']")).click();
		navegador.driver().findElement(By.id("tr-dependencia")).sendKeys("880");
		navegador.driver().findElement(By.id("tr-unidad")).sendKeys("Caja 4");
		navegador.driver().findElement(By.id("tr-frecuencia")).sendKeys("Baja");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-transferir")));
		assertThat(navegador.texto(By.id("tr-estado"))).isEqualTo("Enviada");
		assertThat(navegador.driver().findElements(By.cssSelector("#tr-fuid tbody tr"))).hasSize(2);
		assertThat(navegador.obtener(navegador.driver().findElement(By.id("fuid-pdf")).getDomProperty("href"))
			.statusCode()).isEqualTo(200);
		navegador.captura("archivo-transferencia");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-aceptar")));
		assertThat(navegador.texto(By.id("tr-estado"))).isEqualTo("Aceptada");

		navegador.enviarYEsperar(navegador.driver().findElement(By.id("ir-disposiciones")));
		navegador.driver().findElement(By.cssSelector("input[value='" + a + "']")).click();
		navegador.driver().findElement(By.cssSelector("input[value='" + b + "']")).click();
		navegador.driver().findElement(By.id("dp-descripcion")).sendKeys("Eliminación de oficios 2020");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-proponer")));
		assertThat(navegador.texto(By.id("dp-estado"))).isEqualTo("Candidatos propuestos");
		navegador.driver().findElement(By.id("dp-acta-comite")).sendKeys("Acta 9");
		((org.openqa.selenium.JavascriptExecutor) navegador.driver()).executeScript("arguments[0].value = '2026-03-09'",
				navegador.driver().findElement(By.id("dp-fecha-comite")));
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-aprobar")));
		assertThat(navegador.texto(By.id("dp-estado"))).as(navegador.driver().getPageSource())
			.isEqualTo("Aprobada por el comité");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-publicar")));
		assertThat(navegador.texto(By.id("dp-estado"))).isEqualTo("En publicación");
		navegador.captura("archivo-disposicion");

		navegador.ir("/verificacion/eliminaciones");
		assertThat(navegador.driver().getPageSource()).contains(a, b);

		navegador.ir("/archivo/bloqueos");
		navegador.driver().findElement(By.id("bl-expediente")).sendKeys(a);
		navegador.driver().findElement(By.id("bl-motivo")).sendKeys("Proceso de responsabilidad fiscal");
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-bloquear")));
		assertThat(navegador.texto(By.id("bl-lista"))).contains(a, "Proceso de responsabilidad fiscal");

		navegador.ir("/archivo/indice/" + a);
		assertThat(
				navegador.obtener(navegador.driver().findElement(By.id("ix-xml")).getDomProperty("href")).statusCode())
			.isEqualTo(200);
		navegador.enviarYEsperar(navegador.driver().findElement(By.id("boton-verificar")));
		assertThat(navegador.texto(By.id("ix-integro"))).isNotBlank();
		navegador.captura("archivo-indice-verificado");
	}

}
