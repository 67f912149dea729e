package co.pqrsd.server.radicacion;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.documentos.DocumentosRegistrados;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Radicación's documents for the document store's migration command. */
@Component
class RegistroDocumentosRadicacion implements DocumentosRegistrados {

	private final JdbcClient jdbc;

	private final RadicadoRepository repositorio;

	RegistroDocumentosRadicacion(JdbcClient jdbc, RadicadoRepository repositorio) {
		this.jdbc = jdbc;
		this.repositorio = repositorio;
	}

	@Override
	public void recorrer(BiConsumer<AlmacenDocumentos.Radicado, AlmacenDocumentos.Documento> visita) {
		Map<String, AlmacenDocumentos.Radicado> radicados = new HashMap<>();
		jdbc.sql("SELECT id, numero, nombre, rol, version, version_de, tipo_mime, sha256 FROM documento ORDER BY id")
			.query((rs,
					i) -> new Object[] { rs.getString("numero"),
							new AlmacenDocumentos.Documento(rs.getLong("id"), rs.getString("nombre"),
									rs.getString("rol"), rs.getInt("version"), rs.getObject("version_de", Long.class),
									rs.getString("tipo_mime"), rs.getString("sha256").trim()) })
			.list()
			.forEach(f -> visita.accept(radicados.computeIfAbsent((String) f[0], repositorio::paraAlmacen),
					(AlmacenDocumentos.Documento) f[1]));
	}

}
