package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.security.MessageDigest;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.archivo.trd.ArchivoPrueba;
import co.pqrsd.server.radicacion.Ventanilla;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration command's work (docs/alfresco.md) against the Swagger-validated Alfresco
 * stand-in: an embedded document that was never queued (a radicado's, or one uploaded
 * directly to an expediente) goes into Alfresco and comes back, every hash verified, and
 * running it again changes nothing.
 */
class MigracionAlmacenTest extends PruebaConAlfresco {

	@LocalServerPort
	int puerto;

	@Autowired
	MigracionAlmacen migracion;

	@Autowired
	AlmacenEmbebido embebido;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void respetaLaDefinicion() {
		alfresco().levantar();
		alfresco().validar();
	}

	@Test
	void unAlmacenEmbebidoPasaAAlfrescoYVuelveConCadaHuellaVerificada() throws Exception {
		Ventanilla.preparar(puerto);
		ClienteApi ventanilla = Ventanilla.como(puerto, "radicador1");
		byte[] pdf = Ventanilla.pdf("Peticion radicada antes de conectar Alfresco");
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		// A document of the embedded era: its content is on disk and nothing queued it.
		alfresco().caer();
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Petición de la era embebida", "200", "61616161")),
				Parte.archivo("principal", "antigua.pdf", "application/pdf", pdf));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		jdbc.update("DELETE FROM documento_alfresco WHERE radicado = ?", numero);
		alfresco().levantar();
		assertThat(embebido.existe(sha)).isTrue();

		MigracionAlmacen.Informe ida = haciaAlfrescoConAlgoEncolado();
		assertThat(ida.verificados()).isPositive();
		assertThat(alfresco().nodos()).anySatisfy(n -> {
			assertThat(n.propiedades).containsEntry("pqrsd:numeroRadicado", numero).containsEntry("pqrsd:hash", sha);
			assertThat(n.contenido).isEqualTo(pdf);
		});
		MigracionAlmacen.Informe vuelta = otraVezYDeVuelta(sha);
		assertThat(vuelta.verificados()).isEqualTo(ida.verificados());
	}

	@Test
	void unDocumentoSubidoAUnExpedienteAntesDeAlfrescoPasaASuCarpetaYVuelve() throws Exception {
		ArchivoPrueba.trdVigente(puerto);
		ClienteApi jefe = ArchivoPrueba.como(puerto, "arqjefe");
		var e = jefe.post("/api/v1/expedientes", ClienteApi.json(java.util.Map.of("dependencia", "811", "serie", "02",
				"subserie", "02", "nombre", "Convenios de la era embebida", "nivelAcceso", "PUBLICA")));
		assertThat(e.estado()).as(e.cuerpo()).isEqualTo(201);
		long id = e.json().get("id").asLong();
		String numero = e.json().get("numero").asString();
		byte[] pdf = ArchivoPrueba.pdf(1, "Convenio interadministrativo " + numero);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		// Uploaded in the embedded era: its content is on disk and nothing queued it.
		alfresco().caer();
		var subido = jefe.multipart("/api/v1/expedientes/" + id + "/documentos",
				Parte.archivo("archivo", "convenio.pdf", "application/pdf", pdf));
		assertThat(subido.estado()).as(subido.cuerpo()).isEqualTo(201);
		int orden = subido.json().get("orden").asInt();
		jdbc.update("DELETE FROM documento_alfresco WHERE expediente = ?", numero);
		alfresco().levantar();
		assertThat(embebido.existe(sha)).isTrue();

		MigracionAlmacen.Informe ida = haciaAlfrescoConAlgoEncolado();
		AlfrescoSimulado.Nodo n = alfresco()
			.porRuta(RUTA + "/expedientes/" + numero + "/indice-" + orden + "-convenio.pdf");
		assertThat(n).isNotNull();
		assertThat(n.contenido).isEqualTo(pdf);
		assertThat(n.aspectos).contains("pqrsd:expediente", "pqrsd:clasificacion", "pqrsd:retencion");
		assertThat(n.propiedades).containsEntry("pqrsd:hash", sha)
			.containsEntry("pqrsd:numeroExpediente", numero)
			.containsEntry("pqrsd:nombreOriginal", "convenio.pdf")
			.containsEntry("pqrsd:tipoDetectado", "application/pdf");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM documento_alfresco WHERE expediente = ?"
				+ " AND operacion = 'GUARDAR' AND almacenado_en IS NOT NULL", Integer.class, numero))
			.isEqualTo(1);
		otraVezYDeVuelta(sha);
	}

	/** The move into Alfresco, complete and without failures, having queued something. */
	private MigracionAlmacen.Informe haciaAlfrescoConAlgoEncolado() {
		MigracionAlmacen.Informe ida = migracion.haciaAlfresco(Duration.ofSeconds(30));
		assertThat(ida.fallas()).isEmpty();
		assertThat(ida.completo()).isTrue();
		assertThat(ida.encolados()).isGreaterThanOrEqualTo(1);
		return ida;
	}

	/**
	 * Once in Alfresco the local copy is freed and a second run queues nothing; the way
	 * back brings the content home, verified.
	 */
	private MigracionAlmacen.Informe otraVezYDeVuelta(String sha) {
		assertThat(embebido.existe(sha)).as("la copia local se libera").isFalse();
		MigracionAlmacen.Informe otraVez = migracion.haciaAlfresco(Duration.ofSeconds(30));
		assertThat(otraVez.encolados()).isZero();
		assertThat(otraVez.completo()).isTrue();
		MigracionAlmacen.Informe vuelta = migracion.haciaEmbebido();
		assertThat(vuelta.fallas()).isEmpty();
		assertThat(embebido.existe(sha)).isTrue();
		assertThat(embebido.verificar(sha)).isTrue();
		return vuelta;
	}

}
