package co.pqrsd.server.seguridad;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import co.pqrsd.server.PruebaIntegracion;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole server as deployed behind a reverse proxy on this machine: X-Forwarded-For
 * and X-Forwarded-Proto from the loopback are trusted, so a test can act from many client
 * addresses and over HTTPS. One shared context for every class using it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PruebaIntegracion
@TestPropertySource(properties = { "pqrsd.auditoria.proxies-confiables=127.0.0.1,0:0:0:0:0:0:0:1",
		"pqrsd.seguridad.origenes-marco=https://share.alcaldia.example" })
@interface DetrasDeProxy {

}
