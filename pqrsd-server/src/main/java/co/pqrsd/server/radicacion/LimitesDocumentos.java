package co.pqrsd.server.radicacion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for everything that parses an uploaded file ({@code pqrsd.documentos.*}): type
 * detection, text extraction, page counting and stamping run in worker JVMs with their
 * own heap, so a decompression bomb can only exhaust a worker, never the server.
 *
 * @param trabajadores worker JVMs kept running (each parses one file at a time)
 * @param memoriaTrabajador maximum heap of each worker ({@code -Xmx})
 * @param tiempoMaximo time one file may take in a worker before it is killed
 * @param maximoCaracteres characters of text kept per document (the rest is dropped)
 * @param profundidadMaxima nesting of embedded documents parsed (attachments of
 * attachments)
 * @param maximoEmbebidos embedded documents parsed per file
 */
@ConfigurationProperties("pqrsd.documentos")
record LimitesDocumentos(@DefaultValue("2") int trabajadores, @DefaultValue("384MB") DataSize memoriaTrabajador,
		@DefaultValue("30s") Duration tiempoMaximo, @DefaultValue("2000000") int maximoCaracteres,
		@DefaultValue("3") int profundidadMaxima, @DefaultValue("200") int maximoEmbebidos) {

	public LimitesDocumentos {
		if (trabajadores < 1 || maximoCaracteres < 1 || profundidadMaxima < 0 || maximoEmbebidos < 0) {
			throw new IllegalArgumentException("pqrsd.documentos: valores fuera de rango");
		}
	}

}
