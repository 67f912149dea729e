package co.pqrsd.server.archivo.indice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.archivo.firma.CertificadoPrueba;
import co.pqrsd.server.documentos.AlmacenDocumentos;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The signed índice electrónico on the real server: XML with XAdES and PDF with PAdES,
 * both verified by API; one changed byte in a stored file, a tampered signed copy and a
 * tampered stored signature are each reported; other dependencias cannot read it.
 */
@PruebaIntegracion
class IndiceFirmadoTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AlmacenDocumentos almacen;

	@Autowired
	ApplicationEventPublisher eventos;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Expedientes expedientes;

	@Autowired
	PqrsdProperties propiedades;

	FixturasArchivo fx;

	@BeforeAll
	static void certificado() {
		CertificadoPrueba.asegurar();
	}

	@BeforeEach
	void preparar() {
		FixturasArchivo.usuarios(puerto);
		fx = new FixturasArchivo(jdbc, almacen, eventos, tx);
	}

	private ClienteApi como(String u) {
		return ClienteApi.como(puerto, u, FixturasArchivo.CLAVE);
	}

	private String expedienteCerrado() {
		long fila = fx.fila("880", 2, 8, "E");
		String numero = fx.expediente("IX", "880", fila, LocalDate.of(2026, 1, 10));
		fx.incorporar(numero, "solicitud.pdf", ("Solicitud " + numero).getBytes(StandardCharsets.UTF_8), 2);
		fx.incorporar(numero, "informe.pdf", ("Informe técnico " + numero).getBytes(StandardCharsets.UTF_8), 5);
		fx.incorporar(numero, "respuesta.pdf", ("Respuesta " + numero).getBytes(StandardCharsets.UTF_8), 1);
		fx.cerrar(numero, LocalDate.of(2026, 3, 1), expedientes);
		return numero;
	}

	@Test
	void xmlYPdfFirmadosSeVerificanYUnByteCambiadoSeDetecta() throws Exception {
		String numero = expedienteCerrado();
		ClienteApi jefe = como("axjefe");
		var xml = jefe.get("/api/v1/expedientes/" + numero + "/indice.xml");
		assertThat(xml.estado()).as(xml.cuerpo()).isEqualTo(200);
		assertThat(xml.cuerpo()).contains("<DocumentoIndizado", "<ValorHuella>", "<PaginaFin>8</PaginaFin>",
				"ds:Signature", "<HuellaIndice");
		// The same index returns the same signed copy.
		assertThat(jefe.get("/api/v1/expedientes/" + numero + "/indice.xml").cuerpo()).isEqualTo(xml.cuerpo());

		JsonNode v = jefe.get("/api/v1/expedientes/" + numero + "/indice/verificacion").json();
		assertThat(v.get("integro").asBoolean()).as(v.toString()).isTrue();
		assertThat(v.get("documentos").asInt()).isEqualTo(3);
		assertThat(v.get("firma").get("valida").asBoolean()).isTrue();
		assertThat(v.get("huellaIndice").asString()).isEqualTo(v.get("huellaSellada").asString());

		var pdf = jefe.get("/api/v1/expedientes/" + numero + "/indice.pdf");
		assertThat(pdf.estado()).isEqualTo(200);
		byte[] pdfBytes = pdf.cruda().body();
		assertThat(new String(pdfBytes, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		JsonNode vp = jefe
			.multipart("/api/v1/expedientes/" + numero + "/indice/verificacion",
					Parte.archivo("archivo", "indice.pdf", "application/pdf", pdfBytes))
			.json();
		assertThat(vp.get("integro").asBoolean()).as(vp.toString()).isTrue();

		// One changed byte in a stored file.
		String sha = jdbc
			.sql("SELECT contenido_sha256 FROM archivo_indice_entrada e JOIN archivo_expediente x "
					+ "ON x.id = e.expediente_id WHERE x.numero = ? AND e.orden = 2")
			.param(numero)
			.query(String.class)
			.single();
		Path archivo = propiedades.datosDir()
			.resolve("documentos")
			.resolve(sha.substring(0, 2))
			.resolve(sha.substring(2, 4))
			.resolve(sha);
		assertThat(Files.exists(archivo)).isTrue();
		try (RandomAccessFile f = new RandomAccessFile(archivo.toFile(), "rw")) {
			f.seek(3);
			int b = f.read();
			f.seek(3);
			f.write(b ^ 0x01);
		}
		JsonNode alterado = jefe.get("/api/v1/expedientes/" + numero + "/indice/verificacion").json();
		assertThat(alterado.get("integro").asBoolean()).isFalse();
		assertThat(alterado.get("discrepancias")).hasSize(1);
		assertThat(alterado.get("discrepancias").get(0).get("tipo").asString()).isEqualTo("HUELLA_ARCHIVO");
		assertThat(alterado.get("discrepancias").get(0).get("orden").asInt()).isEqualTo(2);
	}

	@Test
	void unaFirmaRotaSeDetecta() {
		String numero = expedienteCerrado();
		ClienteApi archivista = como("axarchivo");
		String xml = archivista.get("/api/v1/expedientes/" + numero + "/indice.xml").cuerpo();
		byte[] alterado = xml.replace("informe.pdf", "informe.PDF").getBytes(StandardCharsets.UTF_8);
		JsonNode v = archivista
			.multipart("/api/v1/expedientes/" + numero + "/indice/verificacion",
					Parte.archivo("archivo", "indice.xml", "application/xml", alterado))
			.json();
		assertThat(v.get("integro").asBoolean()).isFalse();
		assertThat(v.get("firma").get("valida").asBoolean()).isFalse();
		assertThat(v.toString()).contains("FIRMA_INVALIDA");

		// The stored signed copy altered in the database.
		jdbc.sql(
				"UPDATE archivo_indice_firmado SET contenido = ? WHERE id = (SELECT max(f.id) FROM archivo_indice_firmado f "
						+ "JOIN archivo_expediente e ON e.id = f.expediente_id WHERE e.numero = ? AND f.formato = 'XML')")
			.params(alterado, numero)
			.update();
		JsonNode guardada = archivista.get("/api/v1/expedientes/" + numero + "/indice/verificacion").json();
		assertThat(guardada.get("integro").asBoolean()).isFalse();
		assertThat(guardada.toString()).contains("FIRMA_INVALIDA");

		var basura = archivista.multipart("/api/v1/expedientes/" + numero + "/indice/verificacion",
				Parte.archivo("archivo", "x.bin", "application/octet-stream", new byte[] { 1, 2, 3 }));
		assertThat(basura.estado()).as(basura.cuerpo()).isEqualTo(400);
	}

	@Test
	void otraDependenciaNoLeeElIndice() {
		String numero = expedienteCerrado();
		assertThat(como("axotro").get("/api/v1/expedientes/" + numero + "/indice.xml").estado()).isEqualTo(403);
		assertThat(como("axotro").get("/api/v1/expedientes/NO-EXISTE/indice/verificacion").estado()).isEqualTo(404);
	}

}
