package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.archivo.trd.ArchivoPrueba;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PQRSD and archive metadata reach Alfresco (issue #13): a PQRSD's radicado gets the
 * {@code pqrsd:pqrsd} aspect and it follows the case's changes; a radicado incorporated
 * into an expediente moves to the expediente's folder (created once) with the expediente,
 * classification and retention aspects; what is queued while Alfresco is down survives a
 * restart of the queue's worker. Every request is validated against Alfresco's Swagger
 * definition ({@link AlfrescoSimulado}).
 */
class AlfrescoMetadatosTest extends PruebaConAlfresco {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AlmacenDocumentos almacen;

	@Autowired
	ColaAlfresco cola;

	@BeforeEach
	void preparar() {
		ArchivoPrueba.trdVigente(puerto);
		alfresco().levantar();
		alfresco().reiniciarValidacion();
	}

	@AfterEach
	void cadaPeticionRespetaLaDefinicion() {
		alfresco().levantar();
		alfresco().validar();
	}

	private record Radicado(String numero, long documento) {
	}

	private Radicado radicar(String asunto) {
		var r = ArchivoPrueba.como(puerto, "arqradicador")
			.multipart("/api/v1/radicados",
					ClienteApi.Parte.json("radicado",
							ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", asunto, "dependencia", "811", "medio",
									"PRESENCIAL", "remitente",
									Map.of("tipoDocumento", "CC", "numeroDocumento", "73073073", "nombre",
											"h3 Ana Ruiz", "correo", "h3-ana@correo.co")))),
					ClienteApi.Parte.archivo("principal", "h3-peticion.pdf", "application/pdf",
							ArchivoPrueba.pdf(1, asunto)));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return new Radicado(r.json().get("numero").asString(), r.json().get("documentos").get(0).get("id").asLong());
	}

	private String pqrsdSobre(String radicado) {
		var creada = ArchivoPrueba.como(puerto, "arqradicador")
			.post("/api/v1/pqrsd", ClienteApi.json(Map.of("radicado", radicado, "etiqueta", "PETICION", "modalidad",
					"GENERAL", "canal", "PRESENCIAL", "dependencia", "811")));
		assertThat(creada.estado()).as(creada.cuerpo()).isEqualTo(201);
		return creada.json().get("estado").asString();
	}

	private static void esperar(String que, BooleanSupplier condicion) throws InterruptedException {
		long limite = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condicion.getAsBoolean()) {
			assertThat(System.nanoTime()).as("esperando: " + que).isLessThan(limite);
			Thread.sleep(50);
		}
	}

	private int pendientes(String radicado) {
		return jdbc.queryForObject(
				"SELECT count(*) FROM documento_alfresco WHERE radicado = ? AND almacenado_en IS NULL", Integer.class,
				radicado);
	}

	private AlfrescoSimulado.Nodo nodo(Radicado r) {
		return alfresco().nodos()
			.stream()
			.filter(n -> Long.valueOf(r.documento())
				.toString()
				.equals(String.valueOf(n.propiedades.get("pqrsd:documentoId"))))
			.findFirst()
			.orElseThrow(() -> new AssertionError("sin nodo del documento " + r.documento()));
	}

	@Test
	void unaPqrsdLlevaSuAspectoAlNodoYLoActualizaCuandoCambiaDeEstado() throws Exception {
		Radicado r = radicar("h3 Solicitud de copia del acta de la junta");
		String estado = pqrsdSobre(r.numero());
		esperar("almacenado y clasificado", () -> pendientes(r.numero()) == 0);
		AlfrescoSimulado.Nodo n = nodo(r);
		assertThat(n.ruta).isEqualTo(RUTA + "/Radicados/" + r.numero() + "/" + r.documento() + "-h3-peticion.pdf");
		assertThat(n.aspectos).contains("pqrsd:radicado", "pqrsd:pqrsd");
		assertThat(n.propiedades).containsEntry("pqrsd:etiqueta", "PETICION")
			.containsEntry("pqrsd:modalidad", "GENERAL")
			.containsEntry("pqrsd:estadoPqrsd", estado)
			.containsEntry("pqrsd:canal", "PRESENCIAL")
			.containsEntry("pqrsd:dependenciaResponsable", "811")
			.containsKey("pqrsd:vencimiento")
			.containsKey("pqrsd:recibida");
		assertThat(PropiedadesAlfresco.ESCRITAS.keySet()).containsAll(n.propiedades.keySet());

		var asignada = ArchivoPrueba.como(puerto, "arqjefe")
			.post("/api/v1/pqrsd/" + r.numero() + "/asignacion", "{\"usuario\":\"arqjefe\"}");
		assertThat(asignada.estado()).as(asignada.cuerpo()).isEqualTo(200);
		String nuevo = asignada.json().get("estado").asString();
		assertThat(nuevo).isNotEqualTo(estado);
		esperar("actualizado", () -> pendientes(r.numero()) == 0);
		assertThat(nodo(r).propiedades).containsEntry("pqrsd:estadoPqrsd", nuevo)
			.containsEntry("pqrsd:asignadoA", "arqjefe");
		assertThat(List.copyOf(nodo(r).aspectos)).doesNotHaveDuplicates();
		assertThat(alfresco().creaciones()).containsEntry(n.ruta, 1);
	}

	@Test
	void unRadicadoIncorporadoAUnExpedienteSeMueveASuCarpetaConClasificacionYRetencion() throws Exception {
		ClienteApi jefe = ArchivoPrueba.como(puerto, "arqjefe");
		Radicado r1 = radicar("h3 Derecho de petición sobre el alumbrado");
		Radicado r2 = radicar("h3 Derecho de petición sobre el acueducto");
		esperar("almacenados", () -> pendientes(r1.numero()) == 0 && pendientes(r2.numero()) == 0);
		var e = jefe.post("/api/v1/expedientes", ClienteApi.json(Map.of("dependencia", "811", "serie", "02", "subserie",
				"02", "nombre", "h3 Peticiones de servicios", "nivelAcceso", "PUBLICA")));
		assertThat(e.estado()).as(e.cuerpo()).isEqualTo(201);
		long id = e.json().get("id").asLong();
		String numero = e.json().get("numero").asString();
		String carpeta = RUTA + "/expedientes/" + numero;
		for (Radicado r : List.of(r1, r2)) {
			var inc = jefe.post("/api/v1/expedientes/" + id + "/radicados",
					ClienteApi.json(Map.of("radicado", r.numero(), "tipologia", "Solicitud")));
			assertThat(inc.estado()).as(inc.cuerpo()).isEqualTo(200);
		}
		esperar("movidos", () -> pendientes(r1.numero()) == 0 && pendientes(r2.numero()) == 0);
		assertThat(alfresco().carpeta(carpeta)).isNotNull();
		assertThat(alfresco().carpetasCreadas()).containsEntry(carpeta, 1);
		assertThat(alfresco().en(carpeta)).extracting(n -> n.id).containsExactlyInAnyOrder(nodo(r1).id, nodo(r2).id);
		assertThat(alfresco().en(RUTA + "/Radicados/" + r1.numero())).isEmpty();
		AlfrescoSimulado.Nodo n = nodo(r1);
		assertThat(n.aspectos).contains("pqrsd:radicado", "pqrsd:expediente", "pqrsd:clasificacion", "pqrsd:retencion");
		assertThat(n.propiedades).containsEntry("pqrsd:numeroExpediente", numero)
			.containsEntry("pqrsd:serieCodigo", "02")
			.containsEntry("pqrsd:subserieCodigo", "02")
			.containsEntry("pqrsd:codigoTrd", "811.02.02")
			.containsEntry("pqrsd:estadoExpediente", "ABIERTO")
			.containsKey("pqrsd:retencionGestion")
			.containsKey("pqrsd:disposicion")
			.containsKey("pqrsd:hash");
		assertThat(jdbc.queryForList(
				"SELECT DISTINCT carpeta FROM documento_alfresco WHERE radicado = ?" + " AND operacion = 'GUARDAR'",
				String.class, r1.numero()))
			.containsExactly("expedientes/" + numero);

		// Incorporating again queues nothing, moves nothing.
		int movimientos = alfresco().movimientos().size();
		jefe.post("/api/v1/expedientes/" + id + "/radicados", ClienteApi.json(Map.of("radicado", r1.numero())));

		// The cierre brings its date, state and retention dates.
		var cierre = jefe.post("/api/v1/expedientes/" + id + "/cierre", "");
		assertThat(cierre.estado()).as(cierre.cuerpo()).isEqualTo(200);
		esperar("cierre en Alfresco", () -> pendientes(r1.numero()) == 0 && pendientes(r2.numero()) == 0
				&& "CERRADO".equals(nodo(r1).propiedades.get("pqrsd:estadoExpediente")));
		assertThat(nodo(r2).propiedades).containsEntry("pqrsd:estadoExpediente", "CERRADO")
			.containsKey("pqrsd:fechaCierre")
			.containsKey("pqrsd:finGestion")
			.containsKey("pqrsd:finCentral");
		assertThat(alfresco().movimientos()).hasSize(movimientos);
		assertThat(alfresco().carpetasCreadas()).containsEntry(carpeta, 1);
	}

	@Test
	void loEncoladoConAlfrescoCaidoSobreviveAUnReinicioYSeAplica() throws Exception {
		ClienteApi jefe = ArchivoPrueba.como(puerto, "arqjefe");
		Radicado r = radicar("h3 Petición de información sobre la obra");
		esperar("almacenado", () -> pendientes(r.numero()) == 0);
		alfresco().caer();
		pqrsdSobre(r.numero());
		var e = jefe.post("/api/v1/expedientes", ClienteApi.json(Map.of("dependencia", "811", "serie", "02", "subserie",
				"02", "nombre", "h3 Peticiones de obras", "nivelAcceso", "PUBLICA")));
		long id = e.json().get("id").asLong();
		String numero = e.json().get("numero").asString();
		assertThat(
				jefe.post("/api/v1/expedientes/" + id + "/radicados", ClienteApi.json(Map.of("radicado", r.numero())))
					.estado())
			.isEqualTo(200);
		// Both changes committed with their rows, whatever Alfresco does.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM documento_alfresco WHERE radicado = ?"
				+ " AND operacion = 'CLASIFICAR' AND almacenado_en IS NULL", Integer.class, r.numero()))
			.isGreaterThanOrEqualTo(2);
		// A restart of the worker over the same database (what a new process does).
		cola.stop();
		cola.start();
		alfresco().levantar();
		// On a slow machine the outage lasts more attempts and the doubling wait outgrows
		// this test's patience: the rows are due now, as after a long outage.
		jdbc.update("UPDATE documento_alfresco SET proximo_intento = NULL WHERE radicado = ? AND almacenado_en IS NULL",
				r.numero());
		esperar("aplicado", () -> pendientes(r.numero()) == 0);
		AlfrescoSimulado.Nodo n = nodo(r);
		assertThat(n.ruta).startsWith(RUTA + "/expedientes/" + numero + "/");
		assertThat(n.aspectos).contains("pqrsd:pqrsd", "pqrsd:expediente");
		assertThat(n.propiedades).containsEntry("pqrsd:numeroExpediente", numero)
			.containsEntry("pqrsd:etiqueta", "PETICION");
	}

}
