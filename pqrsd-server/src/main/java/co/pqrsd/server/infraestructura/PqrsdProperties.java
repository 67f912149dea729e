package co.pqrsd.server.infraestructura;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the runtime, bound from {@code pqrsd.*} (environment: {@code PQRSD_*}).
 *
 * @param datosDir data directory: the embedded database and the stored documents (env
 * {@code PQRSD_DATA_DIR})
 * @param db database settings
 */
@ConfigurationProperties("pqrsd")
public record PqrsdProperties(@DefaultValue("./data") Path datosDir, @DefaultValue Db db) {

	/**
	 * @param url JDBC URL of an external PostgreSQL ({@code PQRSD_DB_URL}); empty means
	 * the embedded one
	 * @param user user of the external database ({@code PQRSD_DB_USER})
	 * @param password password of the external database ({@code PQRSD_DB_PASSWORD})
	 * @param puerto fixed loopback port of the embedded database
	 * ({@code PQRSD_DB_PUERTO})
	 * @param durable fsync and synchronous_commit on; only tests turn it off
	 */
	public record Db(@Nullable String url, @Nullable String user, @Nullable String password,
			@DefaultValue("54329") int puerto, @DefaultValue("true") boolean durable) {

		public boolean externa() {
			return url != null && !url.isBlank();
		}

	}

}
