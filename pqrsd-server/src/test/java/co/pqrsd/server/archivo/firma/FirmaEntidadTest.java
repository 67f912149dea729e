package co.pqrsd.server.archivo.firma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import co.pqrsd.server.comun.NoDisponible;
import co.pqrsd.server.comun.PdfSimple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XAdES and PAdES with a self-signed test certificate, validated offline by DSS; one
 * changed byte and a foreign certificate are detected; without a keystore, 503.
 */
class FirmaEntidadTest {

	private final FirmaEntidad firma = new FirmaEntidad(
			new FirmaProperties(CertificadoPrueba.asegurar(), CertificadoPrueba.CLAVE, CertificadoPrueba.ALIAS));

	@Test
	void firmaYValidaXmlYPdf() {
		byte[] xml = firma
			.firmarXml("<indice xmlns=\"urn:x\"><doc>uno</doc></indice>".getBytes(StandardCharsets.UTF_8));
		ValidacionFirma v = firma.validar(xml, "indice.xml");
		assertThat(v.valida()).as(v.toString()).isTrue();
		assertThat(v.firmante()).contains("Alcaldía de Prueba");

		byte[] pdf;
		try (PdfSimple p = new PdfSimple("Prueba")) {
			pdf = p.titulo("Índice").parrafo("uno").bytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(firma.validar(firma.firmarPdf(pdf, "Prueba"), "indice.pdf").valida()).isTrue();
	}

	@Test
	void detectaUnByteCambiadoYUnCertificadoAjeno(@TempDir Path dir) {
		String firmado = new String(
				firma.firmarXml("<indice xmlns=\"urn:x\"><doc>uno</doc></indice>".getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8);
		ValidacionFirma alterada = firma.validar(firmado.replace(">uno<", ">unO<").getBytes(StandardCharsets.UTF_8),
				"indice.xml");
		assertThat(alterada.valida()).isFalse();
		assertThat(alterada.indicacion()).isEqualTo("TOTAL_FAILED");

		Path otro = dir.resolve("otro.p12");
		CertificadoPrueba.crear(otro, "CN=Impostor, C=CO");
		FirmaEntidad ajena = new FirmaEntidad(new FirmaProperties(otro, CertificadoPrueba.CLAVE, null));
		byte[] deOtro = ajena.firmarXml("<a xmlns=\"urn:x\">1</a>".getBytes(StandardCharsets.UTF_8));
		assertThat(firma.validar(deOtro, "otro.xml").valida()).isFalse();
		assertThat(firma.validar("<a>sin firma</a>".getBytes(StandardCharsets.UTF_8), "a.xml").indicacion())
			.isEqualTo("SIN_FIRMA");
	}

	@Test
	void sinAlmacenDeClavesRespondeNoDisponible(@TempDir Path dir) {
		FirmaEntidad sin = new FirmaEntidad(new FirmaProperties(null, null, null));
		assertThatThrownBy(() -> sin.firmarXml(new byte[0])).isInstanceOf(NoDisponible.class)
			.extracting("codigo")
			.isEqualTo("FIRMA_NO_CONFIGURADA");
		FirmaEntidad ausente = new FirmaEntidad(new FirmaProperties(dir.resolve("no.p12"), "x", null));
		assertThatThrownBy(() -> ausente.firmarPdf(new byte[0], "x")).extracting("codigo")
			.isEqualTo("FIRMA_NO_CONFIGURADA");
		FirmaEntidad malaClave = new FirmaEntidad(
				new FirmaProperties(CertificadoPrueba.asegurar(), "equivocada", CertificadoPrueba.ALIAS));
		assertThatThrownBy(() -> malaClave.firmarXml(new byte[0])).extracting("codigo")
			.isEqualTo("FIRMA_NO_CONFIGURADA");
	}

}
