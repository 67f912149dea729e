package co.pqrsd.server.radicacion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.core.comun.ErrorDominio;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Receives files before any transaction starts: stores each in a temporary place, detects
 * its real type, refuses what is not allowed, and extracts its text. Slow work stays
 * outside the database transaction.
 */
@Component
class RecepcionArchivos {

	private final AlmacenDocumentos almacen;

	private final AnalizadorDocumentos analizador;

	private final RadicacionProperties propiedades;

	RecepcionArchivos(AlmacenDocumentos almacen, AnalizadorDocumentos analizador, RadicacionProperties propiedades) {
		this.almacen = almacen;
		this.analizador = analizador;
		this.propiedades = propiedades;
	}

	/** A file ready to be stored with its radicado. */
	record Listo(Archivo archivo, AlmacenDocumentos.Recibido recibido,
			AnalizadorDocumentos.Analisis analisis) implements AutoCloseable {

		String nombre() {
			String n = archivo.nombre().replace('\\', '/');
			n = n.substring(n.lastIndexOf('/') + 1).strip();
			return n.isEmpty() ? "documento" : n;
		}

		@Override
		public void close() throws IOException {
			recibido.close();
		}

	}

	/**
	 * @return the files analyzed; on any refusal, nothing received is kept
	 */
	List<Listo> recibir(List<Archivo> archivos) {
		archivos.forEach(a -> exigirNombreValido(a.nombre()));
		List<Listo> listos = new ArrayList<>();
		try {
			for (Archivo a : archivos) {
				AlmacenDocumentos.Recibido r = almacen.recibir(a.contenido(), propiedades.tamanoMaximo().toBytes(),
						a.nombre());
				try {
					String tipo = analizador.detectar(r.archivo());
					analizador.exigirPermitido(tipo, a.nombre());
					listos.add(new Listo(a, r, analizador.analizar(r.archivo(), tipo)));
				}
				catch (RuntimeException e) {
					r.close();
					throw e;
				}
			}
			return listos;
		}
		catch (RuntimeException | IOException e) {
			descartar(listos);
			if (e instanceof RuntimeException re) {
				throw re;
			}
			throw new java.io.UncheckedIOException((IOException) e);
		}
	}

	/**
	 * Refuses file names with control or bidirectional formatting characters: a
	 * right-to-left override (U+202E) makes "factura[RLO]fdp.exe" read as
	 * "facturaexe.pdf".
	 * @throws ErrorDominio {@code NOMBRE_ARCHIVO_INVALIDO}
	 */
	static void exigirNombreValido(String nombre) {
		for (int i = 0; i < nombre.length(); i++) {
			char c = nombre.charAt(i);
			if (Character.isISOControl(c) || c == '\u200E' || c == '\u200F' || c == '\u061C'
					|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
				throw new ErrorDominio("NOMBRE_ARCHIVO_INVALIDO", String.format(
						"El nombre del archivo contiene un carácter de control o de dirección de texto (U+%04X), "
								+ "que puede disfrazar su tipo. Cambie el nombre del archivo y vuelva a enviarlo.",
						(int) c), Map.of("caracter", String.format("U+%04X", (int) c)));
			}
		}
	}

	void guardar(Listo listo) {
		almacen.guardar(listo.recibido());
	}

	/**
	 * Tells the document store which radicado a stored document belongs to (with Alfresco
	 * it is queued in the current transaction).
	 */
	void registrar(Supplier<AlmacenDocumentos.Radicado> radicado, long id, String rol, int version,
			@Nullable Long versionDe, Listo listo) {
		if (almacen.enAlfresco()) {
			almacen.registrar(radicado.get(), new AlmacenDocumentos.Documento(id, listo.nombre(), rol, version,
					versionDe, listo.analisis().tipoMime(), listo.recibido().sha256()));
		}
	}

	static void descartar(List<Listo> listos) {
		for (Listo l : listos) {
			try {
				l.close();
			}
			catch (IOException e) {
				// A temporary file left behind is harmless: it is never referenced.
			}
		}
	}

}
