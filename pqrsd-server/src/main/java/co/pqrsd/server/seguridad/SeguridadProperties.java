package co.pqrsd.server.seguridad;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param intentosMaximos wrong passwords from one address for one account, within
 * {@code duracionBloqueo}, that stop that address trying that account
 * @param duracionBloqueo how long such a block lasts (and the window failures are counted
 * in)
 * @param fallosMaximosPorIp wrong passwords from one address on any accounts, within
 * {@code duracionBloqueo}, that stop that address trying any account
 * @param origenesMarco origins allowed to show our pages in a frame (CSP
 * {@code frame-ancestors}), e.g. the Alfresco Share server
 * {@code https://share.alcaldia.gov.co}; empty: only our own origin
 */
@ConfigurationProperties("pqrsd.seguridad")
record SeguridadProperties(@DefaultValue("5") int intentosMaximos, @DefaultValue("15m") Duration duracionBloqueo,
		@DefaultValue("30") int fallosMaximosPorIp, @DefaultValue List<String> origenesMarco) {
}
