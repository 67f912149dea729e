package co.pqrsd.server.documentos;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where documents live ({@code pqrsd.documentos.*}, docs/alfresco.md).
 *
 * @param almacen {@code embebido} (default: the data directory) or {@code alfresco}
 * (Alfresco Content Services through its REST API; the SDK reads
 * {@code content.service.url} and {@code content.service.security.basicAuth.*})
 * @param alfresco the Alfresco adapter's settings
 */
@ConfigurationProperties("pqrsd.documentos")
record DocumentosProperties(@DefaultValue("embebido") Tipo almacen, @DefaultValue Alfresco alfresco) {

	enum Tipo {

		EMBEBIDO, ALFRESCO

	}

	/**
	 * @param nodoRaiz the node the relative path starts from ({@code -root-} is Company
	 * Home)
	 * @param ruta the folder under it that holds pqrsd's folders, e.g.
	 * {@code Sites/pqrsd/documentLibrary} (a site's document library) or {@code pqrsd}
	 * @param conservarCopiaLocal keep the embedded copy after Alfresco holds the content
	 * (a cache; by default it is removed and every read goes to Alfresco)
	 * @param intentosMaximos attempts before a row waits for an administrator (it is
	 * still retried at the longest wait)
	 * @param esperaInicial wait after the first failure; it doubles after each further
	 * one
	 * @param esperaMaxima the longest wait between two attempts
	 * @param sondeo how often each node looks for due rows
	 */
	record Alfresco(@DefaultValue("-root-") String nodoRaiz, @DefaultValue("pqrsd") String ruta,
			@DefaultValue("false") boolean conservarCopiaLocal, @DefaultValue("20") int intentosMaximos,
			@DefaultValue("30s") Duration esperaInicial, @DefaultValue("1h") Duration esperaMaxima,
			@DefaultValue("5s") Duration sondeo) {

		/**
		 * @return the wait before the next attempt after {@code intentos} failures.
		 */
		Duration espera(int intentos) {
			Duration d = esperaInicial;
			for (int i = 1; i < intentos && d.compareTo(esperaMaxima) < 0; i++) {
				d = d.multipliedBy(2);
			}
			return d.compareTo(esperaMaxima) > 0 ? esperaMaxima : d;
		}

	}

}
