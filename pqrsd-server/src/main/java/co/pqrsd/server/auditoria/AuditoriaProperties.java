package co.pqrsd.server.auditoria;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param proxiesConfiables addresses of reverse proxies whose X-Forwarded-For header is
 * trusted; from any other peer the header is ignored, so a client cannot forge its
 * recorded IP
 */
@ConfigurationProperties("pqrsd.auditoria")
record AuditoriaProperties(@DefaultValue List<String> proxiesConfiables) {
}
