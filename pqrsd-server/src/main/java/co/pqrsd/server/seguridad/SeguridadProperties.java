package co.pqrsd.server.seguridad;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param intentosMaximos failed logins in a row that lock the account
 * @param duracionBloqueo how long a locked account stays locked
 */
@ConfigurationProperties("pqrsd.seguridad")
record SeguridadProperties(@DefaultValue("5") int intentosMaximos, @DefaultValue("15m") Duration duracionBloqueo) {
}
