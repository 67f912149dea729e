package co.pqrsd.server.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the document store between the embedded store and Alfresco, resumably, verifying
 * every SHA-256 (docs/alfresco.md, «Migrar el almacenamiento»). Into Alfresco: every
 * registered document not yet in the queue (a radicado's, or one uploaded directly to an
 * expediente) is queued (its embedded copy must verify), the queue is drained, and every
 * stored node is read back and verified. Back: every content Alfresco holds and the
 * embedded store lacks is downloaded (verified on the way) into the embedded store, and
 * every embedded copy is verified. Running it again continues where it stopped.
 */
@Component
@ConditionalOnProperty(name = "pqrsd.documentos.almacen", havingValue = "alfresco")
class MigracionAlmacen {

	private static final Logger log = LoggerFactory.getLogger(MigracionAlmacen.class);

	private final ColaAlfresco cola;

	private final AlmacenEmbebido embebido;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaccion;

	private final ObjectProvider<DocumentosRegistrados> registrados;

	MigracionAlmacen(ColaAlfresco cola, AlmacenEmbebido embebido, JdbcClient jdbc,
			PlatformTransactionManager transacciones, ObjectProvider<DocumentosRegistrados> registrados) {
		this.cola = cola;
		this.embebido = embebido;
		this.jdbc = jdbc;
		this.transaccion = new TransactionTemplate(transacciones);
		this.registrados = registrados;
	}

	/**
	 * @param encolados documents queued by this run
	 * @param verificados contents read back and matching their hash
	 * @param pendientes queue rows still waiting (Alfresco down: run again)
	 * @param fallas contents missing or not matching their hash
	 */
	record Informe(int encolados, int verificados, long pendientes, List<String> fallas) {

		boolean completo() {
			return pendientes == 0 && fallas.isEmpty();
		}

	}

	Informe haciaAlfresco(Duration espera) {
		List<String> fallas = new ArrayList<>();
		int[] encolados = { 0 };
		registrados.orderedStream().forEach(r -> r.recorrer((radicado, documento) -> {
			boolean ya = jdbc.sql(
					"SELECT EXISTS (SELECT 1 FROM documento_alfresco WHERE documento_id = ? AND operacion = 'GUARDAR')")
				.param(documento.id())
				.query(Boolean.class)
				.single();
			if (ya) {
				return;
			}
			if (!copiaLocalVerificada(documento.sha256(), radicado.numero() + "/" + documento.id(), fallas)) {
				return;
			}
			transaccion.executeWithoutResult(t -> cola.encolar(radicado, documento));
			encolados[0]++;
		}));
		registrados.orderedStream().forEach(r -> r.recorrerExpedientes((expediente, documento) -> {
			if (cola.encolado(expediente.numero(), documento.sha256())) {
				return;
			}
			if (!copiaLocalVerificada(documento.sha256(), expediente.numero() + "/" + documento.orden(), fallas)) {
				return;
			}
			transaccion.executeWithoutResult(t -> cola.encolar(expediente, documento));
			encolados[0]++;
		}));
		long limite = System.nanoTime() + espera.toNanos();
		while (cola.longitud() > 0 && System.nanoTime() < limite) {
			cola.ronda();
			if (cola.longitud() > 0) {
				dormir();
			}
		}
		int verificados = 0;
		for (String sha : jdbc.sql("""
				SELECT DISTINCT sha256 FROM documento_alfresco
				WHERE operacion = 'GUARDAR' AND almacenado_en IS NOT NULL ORDER BY sha256""")
			.query(String.class)
			.list()) {
			if (cola.verificar(sha.trim())) {
				verificados++;
			}
			else {
				fallas.add(sha + ": Alfresco no devuelve el contenido registrado");
			}
		}
		Informe i = new Informe(encolados[0], verificados, cola.longitud(), fallas);
		log.info("Migración hacia Alfresco: {} encolados, {} verificados, {} pendientes, {} fallas", i.encolados(),
				i.verificados(), i.pendientes(), i.fallas().size());
		return i;
	}

	Informe haciaEmbebido() {
		List<String> fallas = new ArrayList<>();
		int verificados = 0;
		for (String sha : jdbc.sql("""
				SELECT DISTINCT sha256 FROM documento_alfresco WHERE operacion = 'GUARDAR' ORDER BY sha256""")
			.query(String.class)
			.list()) {
			String h = sha.trim();
			try {
				if (!embebido.existe(h) && !cola.nodos(h).isEmpty()) {
					try (InputStream in = cola.abrir(h)) {
						AlmacenDocumentos.Recibido r = embebido.recibir(in, Long.MAX_VALUE, h);
						if (!r.sha256().equals(h)) {
							r.close();
							fallas.add(h + ": lo descargado no coincide");
							continue;
						}
						embebido.guardar(r);
					}
				}
				if (embebido.existe(h) && embebido.verificar(h)) {
					verificados++;
				}
				else {
					fallas.add(h + ": no está en el almacenamiento embebido");
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (RuntimeException e) {
				fallas.add(h + ": " + e.getMessage());
			}
		}
		Informe i = new Informe(0, verificados, 0, fallas);
		log.info("Migración hacia el almacenamiento embebido: {} verificados, {} fallas", i.verificados(),
				i.fallas().size());
		return i;
	}

	private static void dormir() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @return whether the embedded copy is there and still hashes to {@code sha256};
	 * otherwise the failure is recorded for {@code documento}.
	 */
	private boolean copiaLocalVerificada(String sha256, String documento, List<String> fallas) {
		if (embebido.existe(sha256) && embebido.verificar(sha256)) {
			return true;
		}
		fallas.add(documento + ": la copia local falta o no coincide con " + sha256);
		return false;
	}

}
