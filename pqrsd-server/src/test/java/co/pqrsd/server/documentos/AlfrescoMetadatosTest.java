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
 * restart of the queue's worker; a file uploaded directly to an expediente becomes one
 * node in its folder with the same aspects, updated at the cierre; a multi-valued
 * property reaches the node with all its values. Every request is validated against
 * Alfresco's Swagger definition ({@link AlfrescoSimulado}).
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
		return pqrsdSobre(radicado, List.of());
	}

	private String pqrsdSobre(String radicado, List<String> prioridades) {
		var creada = ArchivoPrueba.como(puerto, "arqradicador")
			.post("/api/v1/pqrsd", ClienteApi.json(Map.of("radicado", radicado, "etiqueta", "PETICION", "modalidad",
					"GENERAL", "canal", "PRESENCIAL", "dependencia", "811", "prioridades", prioridades)));
		assertThat(creada.estado()).as(creada.cuerpo()).isEqualTo(201);
		return creada.json().get("estado").asString();
	}

	private record Expediente(long id, String numero) {
	}

	private Expediente abrirExpediente(String nombre) {
		var e = ArchivoPrueba.como(puerto, "arqjefe")
			.post("/api/v1/expedientes", ClienteApi.json(Map.of("dependencia", "811", "serie", "02", "subserie", "02",
					"nombre", nombre, "nivelAcceso", "PUBLICA")));
		assertThat(e.estado()).as(e.cuerpo()).isEqualTo(201);
		return new Expediente(e.json().get("id").asLong(), e.json().get("numero").asString());
	}

	/** Uploads a file straight to the expediente, as an archivist does: its orden. */
	private int subir(Expediente e, String nombre, byte[] contenido) {
		var r = ArchivoPrueba.como(puerto, "arqjefe")
			.multipart("/api/v1/expedientes/" + e.id() + "/documentos?tipologia=Acta",
					ClienteApi.Parte.archivo("archivo", nombre, "application/pdf", contenido));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		assertThat(r.json().get("radicado").isNull()).isTrue();
		return r.json().get("orden").asInt();
	}

	private int pendientesDelExpediente(String numero) {
		return jdbc.queryForObject(
				"SELECT count(*) FROM documento_alfresco WHERE expediente = ? AND almacenado_en IS NULL", Integer.class,
				numero);
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

	@Test
	void unaPqrsdConDosPrioridadesActualizaSuNodoConAmbosValores() throws Exception {
		Radicado r = radicar("h3 Periodista en situación de discapacidad pide información");
		esperar("almacenado", () -> pendientes(r.numero()) == 0);
		// The node exists: the PQRSD's aspect arrives by an update (PUT /nodes/{id}).
		pqrsdSobre(r.numero(), List.of("SUJETO_ESPECIAL_PROTECCION", "PERIODISTA"));
		esperar("clasificado", () -> pendientes(r.numero()) == 0);
		AlfrescoSimulado.Nodo n = nodo(r);
		assertThat(n.aspectos).contains("pqrsd:pqrsd");
		// Each value on its own, as the model's LIST constraint checks them (not one
		// "PERIODISTA,SUJETO_ESPECIAL_PROTECCION" value).
		assertThat(n.propiedades.get("pqrsd:prioridades"))
			.isEqualTo(List.of("PERIODISTA", "SUJETO_ESPECIAL_PROTECCION"));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM documento_alfresco WHERE radicado = ? AND ultimo_error" + " IS NOT NULL",
				Integer.class, r.numero()))
			.isZero();
	}

	@Test
	void unDocumentoSubidoAUnExpedienteLlegaASuCarpetaConSusAspectosYElCierreLoActualiza() throws Exception {
		Expediente e = abrirExpediente("h3 Actas de visita a obras");
		String carpeta = RUTA + "/expedientes/" + e.numero();
		byte[] pdf = ArchivoPrueba.pdf(2, "h3 Acta de visita a la obra del parque " + e.numero());
		String sha = AlfrescoSimulado.sha256(pdf);
		int orden = subir(e, "acta de visita.pdf", pdf);
		// Queued with the incorporation, in its transaction.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM documento_alfresco WHERE expediente = ? AND sha256 = ?"
				+ " AND operacion = 'GUARDAR' AND radicado IS NULL", Integer.class, e.numero(), sha))
			.isEqualTo(1);
		esperar("almacenado", () -> pendientesDelExpediente(e.numero()) == 0);

		assertThat(alfresco().en(carpeta)).hasSize(1);
		AlfrescoSimulado.Nodo n = alfresco().en(carpeta).get(0);
		String ruta = carpeta + "/indice-" + orden + "-acta de visita.pdf";
		assertThat(n.ruta).isEqualTo(ruta);
		assertThat(alfresco().creaciones()).containsEntry(ruta, 1);
		assertThat(n.tipo).isEqualTo("pqrsd:documento");
		assertThat(n.aspectos).contains("pqrsd:expediente", "pqrsd:clasificacion", "pqrsd:retencion")
			.doesNotContain("pqrsd:radicado");
		assertThat(n.propiedades).containsEntry("pqrsd:numeroExpediente", e.numero())
			.containsEntry("pqrsd:dependenciaExpediente", "811")
			.containsEntry("pqrsd:serieCodigo", "02")
			.containsEntry("pqrsd:subserieCodigo", "02")
			.containsEntry("pqrsd:codigoTrd", "811.02.02")
			.containsEntry("pqrsd:estadoExpediente", "ABIERTO")
			.containsEntry("pqrsd:nivelAcceso", "PUBLICA")
			.containsEntry("pqrsd:nombreOriginal", "acta de visita.pdf")
			.containsEntry("pqrsd:tipoDetectado", "application/pdf")
			.containsEntry("pqrsd:hash", sha)
			.containsKey("pqrsd:fechaApertura")
			.containsKey("pqrsd:retencionGestion")
			.containsKey("pqrsd:disposicion")
			.doesNotContainKey("pqrsd:numeroRadicado");
		assertThat(PropiedadesAlfresco.ESCRITAS.keySet()).containsAll(n.propiedades.keySet());
		assertThat(n.contenido).isEqualTo(pdf);
		assertThat(alfresco().subidas().get(n.id)).containsExactly(sha);
		// Read back through the expediente, verified against its hash.
		var descarga = ArchivoPrueba.como(puerto, "arqjefe")
			.get("/api/v1/expedientes/" + e.id() + "/documentos/" + orden);
		assertThat(descarga.estado()).isEqualTo(200);
		assertThat(descarga.cruda().body()).isEqualTo(pdf);

		// The cierre brings its date, state and retention dates to the same node.
		int movimientos = alfresco().movimientos().size();
		var cierre = ArchivoPrueba.como(puerto, "arqjefe").post("/api/v1/expedientes/" + e.id() + "/cierre", "");
		assertThat(cierre.estado()).as(cierre.cuerpo()).isEqualTo(200);
		esperar("cierre en Alfresco", () -> pendientesDelExpediente(e.numero()) == 0
				&& "CERRADO".equals(n.propiedades.get("pqrsd:estadoExpediente")));
		assertThat(n.propiedades).containsKey("pqrsd:fechaCierre")
			.containsKey("pqrsd:finGestion")
			.containsKey("pqrsd:finCentral")
			.containsEntry("pqrsd:hash", sha);
		assertThat(alfresco().en(carpeta)).extracting(x -> x.id).containsExactly(n.id);
		assertThat(alfresco().movimientos()).hasSize(movimientos);
		assertThat(List.copyOf(n.aspectos)).doesNotHaveDuplicates();
		assertThat(alfresco().subidas().get(n.id)).hasSize(1);
	}

	@Test
	void conAlfrescoCaidoUnDocumentoSubidoAUnExpedienteSeIncorporaYSeAlmacenaAlVolver() throws Exception {
		Expediente e = abrirExpediente("h3 Informes de interventoría");
		byte[] pdf = ArchivoPrueba.pdf(1, "h3 Informe de interventoria " + e.numero());
		String sha = AlfrescoSimulado.sha256(pdf);
		alfresco().caer();
		int orden = subir(e, "informe.pdf", pdf);
		// The incorporation committed with its row, whatever Alfresco does.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM archivo_indice_entrada WHERE contenido_sha256 = ?"
				+ " AND radicado IS NULL AND orden = ?", Integer.class, sha, orden))
			.isEqualTo(1);
		assertThat(pendientesDelExpediente(e.numero())).isEqualTo(1);
		esperar("un intento fallido",
				() -> jdbc.queryForObject(
						"SELECT count(*) FROM documento_alfresco WHERE expediente = ? AND ultimo_error IS NOT NULL",
						Integer.class, e.numero()) > 0);
		// The administrator's screen names the expediente.
		assertThat(cola.listar(ColaDocumentosController.MAXIMO)).anySatisfy(f -> {
			assertThat(f.radicado()).isNull();
			assertThat(f.expediente()).isEqualTo(e.numero());
			assertThat(f.almacenadoEn()).isNull();
			assertThat(f.ultimoError()).contains("503");
		});
		// The content stays readable from the embedded store meanwhile.
		try (var in = almacen.abrir(sha)) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}

		alfresco().levantar();
		// As after a long outage: the row is due now.
		jdbc.update(
				"UPDATE documento_alfresco SET proximo_intento = NULL WHERE expediente = ? AND almacenado_en IS NULL",
				e.numero());
		esperar("almacenado al volver", () -> pendientesDelExpediente(e.numero()) == 0);
		String ruta = RUTA + "/expedientes/" + e.numero() + "/indice-" + orden + "-informe.pdf";
		AlfrescoSimulado.Nodo n = alfresco().porRuta(ruta);
		assertThat(n).isNotNull();
		assertThat(n.contenido).isEqualTo(pdf);
		assertThat(n.propiedades).containsEntry("pqrsd:hash", sha).containsEntry("pqrsd:numeroExpediente", e.numero());
		assertThat(alfresco().creaciones()).containsEntry(ruta, 1);
	}

}
