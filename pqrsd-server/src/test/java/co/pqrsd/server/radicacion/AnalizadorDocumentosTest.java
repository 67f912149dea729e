package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Real Apache Tika on real files: detection from the bytes only, extraction, and failures
 * that keep the file.
 */
class AnalizadorDocumentosTest {

	private final RadicacionProperties propiedades = new RadicacionProperties("{AAAA}{DEP}{N:6}{T}", "", "http://x",
			DataSize.ofMegabytes(50), List.of("application/pdf", "image/*", "text/plain",
					"application/vnd.openxmlformats-officedocument.*", "message/rfc822"),
			100, 50);

	private final TrabajadoresDocumentos trabajadores = new TrabajadoresDocumentos(
			new LimitesDocumentos(1, DataSize.ofMegabytes(256), java.time.Duration.ofSeconds(60), 2_000_000, 3, 200));

	private final AnalizadorDocumentos analizador = new AnalizadorDocumentos(propiedades, trabajadores);

	@org.junit.jupiter.api.AfterEach
	void cerrar() {
		trabajadores.destroy();
	}

	@TempDir
	Path dir;

	@Test
	void detectaUnPdfPorSusBytesYExtraeTextoPaginasYAutor() throws Exception {
		Path pdf = dir.resolve("sin-extension");
		Files.write(pdf, Ventanilla.pdf("Peticion sobre alumbrado publico"));
		String tipo = analizador.detectar(pdf);
		assertThat(tipo).isEqualTo("application/pdf");
		var a = analizador.analizar(pdf, tipo);
		assertThat(a.texto()).contains("alumbrado publico");
		assertThat(a.paginas()).isEqualTo(1);
		assertThat(a.autor()).isEqualTo("María José Pérez");
		assertThat(a.titulo()).isEqualTo("Derecho de petición");
	}

	@Test
	void unEjecutableConNombreDePdfSeDetectaComoEjecutableYSeRechaza() throws Exception {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		Path archivo = dir.resolve("factura.pdf");
		Files.write(archivo, exe);
		String tipo = analizador.detectar(archivo);
		assertThat(tipo).isNotEqualTo("application/pdf");
		assertThatThrownBy(() -> analizador.exigirPermitido(tipo, "factura.pdf")).isInstanceOfSatisfying(
				ErrorDominio.class, e -> assertThat(e.codigo()).isEqualTo("TIPO_DOCUMENTO_NO_PERMITIDO"));
		Path script = dir.resolve("leeme.txt");
		Files.writeString(script, "#!/bin/sh\nrm -rf /\n");
		assertThatThrownBy(() -> analizador.exigirPermitido(analizador.detectar(script), "leeme.txt"))
			.isInstanceOf(ErrorDominio.class);
	}

	@Test
	void detectaDocumentosDeOficinaYCorreos() throws Exception {
		Path docx = dir.resolve("oficio.bin");
		try (XWPFDocument d = new XWPFDocument(); var out = Files.newOutputStream(docx)) {
			d.createParagraph().createRun().setText("Oficio de la Secretaría de Gobierno");
			d.write(out);
		}
		String tipo = analizador.detectar(docx);
		assertThat(tipo).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(analizador.analizar(docx, tipo).texto()).contains("Secretaría de Gobierno");
		Path eml = dir.resolve("correo");
		Files.writeString(eml,
				"From: ana@correo.co\r\nTo: ventanilla@alcaldia.gov.co\r\nSubject: Queja por basuras\r\nDate: Mon, 23 Nov 2026 10:00:00 -0500\r\n"
						+ "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nLas basuras no se recogen desde hace una semana.\r\n",
				StandardCharsets.UTF_8);
		String tipoEml = analizador.detectar(eml);
		assertThat(tipoEml).isEqualTo("message/rfc822");
		assertThat(analizador.analizar(eml, tipoEml).texto()).contains("basuras no se recogen");
	}

	@Test
	void unPdfDanadoConservaElArchivoYQuedaSinTexto() throws Exception {
		Path roto = dir.resolve("roto.pdf");
		Files.writeString(roto, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF garbage garbage");
		String tipo = analizador.detectar(roto);
		assertThat(tipo).isEqualTo("application/pdf");
		var a = analizador.analizar(roto, tipo);
		assertThat(a.conTexto()).isFalse();
	}

	@Test
	void unaBombaQueAgotaLaMemoriaDelTrabajadorQuedaExcedidaYElSiguienteDocumentoSeAnaliza() throws Exception {
		TrabajadoresDocumentos pequenos = new TrabajadoresDocumentos(new LimitesDocumentos(1, DataSize.ofMegabytes(96),
				java.time.Duration.ofSeconds(60), 2_000_000, 3, 200));
		try {
			AnalizadorDocumentos conPocaMemoria = new AnalizadorDocumentos(propiedades, pequenos);
			Path bomba = dir.resolve("bomba.docx");
			Files.write(bomba, DocumentosHostilesTest.bombaDocx(1L << 30));
			var a = conPocaMemoria.analizar(bomba, conPocaMemoria.detectar(bomba));
			assertThat(a.estadoTexto()).isEqualTo("EXCEDIDO");
			assertThat(a.texto()).isNull();
			Path pdf = dir.resolve("normal.pdf");
			Files.write(pdf, Ventanilla.pdf("Peticion despues de la bomba"));
			var normal = conPocaMemoria.analizar(pdf, "application/pdf");
			assertThat(normal.estadoTexto()).isEqualTo("EXTRAIDO");
			assertThat(normal.texto()).contains("despues de la bomba");
		}
		finally {
			pequenos.destroy();
		}
	}

	@Test
	void unaBombaQueTardaDemasiadoSeDetienePorTiempo() throws Exception {
		TrabajadoresDocumentos apurados = new TrabajadoresDocumentos(new LimitesDocumentos(1, DataSize.ofMegabytes(256),
				java.time.Duration.ofSeconds(3), 2_000_000, 3, 200));
		try {
			AnalizadorDocumentos conPocoTiempo = new AnalizadorDocumentos(propiedades, apurados);
			Path bomba = dir.resolve("bomba.pdf");
			Files.write(bomba, DocumentosHostilesTest.bombaPdf(1L << 30));
			long inicio = System.nanoTime();
			var a = conPocoTiempo.analizar(bomba, "application/pdf");
			assertThat(a.estadoTexto()).isEqualTo("EXCEDIDO");
			assertThat((System.nanoTime() - inicio) / 1_000_000_000).isLessThan(30);
		}
		finally {
			apurados.destroy();
		}
	}

}
