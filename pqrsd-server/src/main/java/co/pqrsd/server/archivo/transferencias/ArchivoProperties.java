package co.pqrsd.server.archivo.transferencias;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param entidad the entity's name in the FUID header (entidad remitente and productora)
 */
@ConfigurationProperties("pqrsd.archivo")
record ArchivoProperties(@DefaultValue("Alcaldía municipal") String entidad) {
}
