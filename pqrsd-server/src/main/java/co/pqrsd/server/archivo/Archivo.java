package co.pqrsd.server.archivo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's public API for other modules: where a radicado's documents are filed.
 * Everything else (TRD, expedientes, índice) is used through the module's own screens and
 * REST API.
 */
@Service
public class Archivo {

	private final JdbcClient jdbc;

	Archivo(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the numbers of the expedientes where documents of the radicado are
	 * incorporated, oldest first; empty when none.
	 */
	@Transactional(readOnly = true)
	public List<String> expedientesDelRadicado(String radicado) {
		return jdbc.sql("""
				SELECT e.numero FROM archivo_expediente e
				 WHERE EXISTS (SELECT 1 FROM archivo_indice_entrada i WHERE i.expediente_id = e.id AND i.radicado = ?)
				 ORDER BY e.id""").param(radicado).query(String.class).list();
	}

}
