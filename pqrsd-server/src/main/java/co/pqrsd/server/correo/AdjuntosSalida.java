package co.pqrsd.server.correo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.notificaciones.AdjuntosCorreo;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import org.springframework.stereotype.Component;

/**
 * The answer of a PQRSD goes out by e-mail with its SALIDA's documents (the latest
 * version of each): the outbox key {@code pqrsd/<entrada>/respuesta/<salida>} names the
 * SALIDA (Decreto 1081 de 2015, art. 2.1.1.3.1.5: information held electronically is sent
 * electronically at no cost).
 */
@Component
class AdjuntosSalida implements AdjuntosCorreo {

	static final Pattern RESPUESTA = Pattern.compile("pqrsd/([^/]+)/respuesta/([^/]+)");

	/**
	 * Attachments above this total stay out of the mail (common SMTP limits are ~25 MB).
	 */
	static final long MAXIMO = 20L * 1024 * 1024;

	private final EntradasRadicacion radicados;

	private final AlmacenDocumentos almacen;

	AdjuntosSalida(EntradasRadicacion radicados, AlmacenDocumentos almacen) {
		this.radicados = radicados;
		this.almacen = almacen;
	}

	@Override
	public List<Adjunto> adjuntos(String clave) {
		Matcher m = RESPUESTA.matcher(clave);
		if (!m.matches()) {
			return List.of();
		}
		String salida = m.group(2);
		Map<String, EntradasRadicacion.DocumentoRadicado> ultimos = new LinkedHashMap<>();
		for (EntradasRadicacion.DocumentoRadicado d : radicados.documentos(salida)) {
			EntradasRadicacion.DocumentoRadicado previo = ultimos.get(d.nombre());
			if (previo == null || previo.version() < d.version()) {
				ultimos.put(d.nombre(), d);
			}
		}
		List<Adjunto> adjuntos = new ArrayList<>();
		long total = 0;
		for (EntradasRadicacion.DocumentoRadicado d : ultimos.values()) {
			total += d.tamano();
			if (total > MAXIMO) {
				break;
			}
			String huella = radicados.huellaDocumento(salida, d.id()).orElseThrow();
			try (InputStream in = almacen.abrir(huella)) {
				adjuntos.add(new Adjunto(d.nombre(), d.tipoMime(), in.readAllBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return adjuntos;
	}

}
