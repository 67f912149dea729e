package co.pqrsd.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole server on a real embedded PostgreSQL (a temporary data directory, a free
 * port, fsync off as only tests may), on a random HTTP port. Contexts are cached, so test
 * classes with the same setup share one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ConfiguracionPruebas.class)
public @interface PruebaIntegracion {

}
