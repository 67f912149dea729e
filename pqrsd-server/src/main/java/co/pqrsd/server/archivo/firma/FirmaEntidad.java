package co.pqrsd.server.archivo.firma;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.List;
import java.util.Objects;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.NoDisponible;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signs the índice electrónico with the entity's certificate (XAdES enveloped for the
 * XML, PAdES for the PDF; baseline B, offline) and validates signed copies offline with
 * DSS, trusting only the entity's own certificate. The keystore is read on first use, so
 * a keystore installed after start-up is picked up without a restart.
 */
@Component
public class FirmaEntidad {

	private final FirmaProperties propiedades;

	private volatile @Nullable Llave llave;

	public FirmaEntidad(FirmaProperties propiedades) {
		this.propiedades = propiedades;
	}

	private record Llave(Pkcs12SignatureToken token, DSSPrivateKeyEntry entrada) {
	}

	/**
	 * @return the XML with an enveloped XAdES-BASELINE-B signature of the entity.
	 */
	public byte[] firmarXml(byte[] xml) {
		Llave l = llave();
		XAdESSignatureParameters p = new XAdESSignatureParameters();
		p.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
		p.setSignaturePackaging(SignaturePackaging.ENVELOPED);
		p.setDigestAlgorithm(DigestAlgorithm.SHA256);
		p.setSigningCertificate(l.entrada().getCertificate());
		p.setCertificateChain(l.entrada().getCertificateChain());
		XAdESService servicio = new XAdESService(new CommonCertificateVerifier());
		DSSDocument documento = new InMemoryDocument(xml, "indice.xml", MimeTypeEnum.XML);
		ToBeSigned datos = servicio.getDataToSign(documento, p);
		SignatureValue valor = l.token().sign(datos, p.getDigestAlgorithm(), l.entrada());
		return bytes(servicio.signDocument(documento, p, valor));
	}

	/**
	 * @return the PDF with a PAdES-BASELINE-B signature of the entity.
	 */
	public byte[] firmarPdf(byte[] pdf, String razon) {
		Llave l = llave();
		PAdESSignatureParameters p = new PAdESSignatureParameters();
		p.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
		p.setDigestAlgorithm(DigestAlgorithm.SHA256);
		p.setSigningCertificate(l.entrada().getCertificate());
		p.setCertificateChain(l.entrada().getCertificateChain());
		p.setReason(razon);
		PAdESService servicio = new PAdESService(new CommonCertificateVerifier());
		DSSDocument documento = new InMemoryDocument(pdf, "indice.pdf", MimeTypeEnum.PDF);
		ToBeSigned datos = servicio.getDataToSign(documento, p);
		SignatureValue valor = l.token().sign(datos, p.getDigestAlgorithm(), l.entrada());
		return bytes(servicio.signDocument(documento, p, valor));
	}

	/**
	 * Validates every signature of a signed XML or PDF offline (no AIA, OCSP or CRL),
	 * trusting the entity's certificate only.
	 * @throws ErrorDominio {@code DOCUMENTO_FIRMADO_ILEGIBLE} when it is neither
	 */
	public ValidacionFirma validar(byte[] firmado, String nombre) {
		CertificateToken certificado = llave().entrada().getCertificate();
		SignedDocumentValidator validador;
		try {
			validador = SignedDocumentValidator.fromDocument(new InMemoryDocument(firmado, nombre));
		}
		catch (RuntimeException ex) {
			throw new ErrorDominio("DOCUMENTO_FIRMADO_ILEGIBLE",
					"El archivo no es un XML ni un PDF firmado que se pueda validar.");
		}
		CommonCertificateVerifier verificador = new CommonCertificateVerifier();
		CommonTrustedCertificateSource confiables = new CommonTrustedCertificateSource();
		confiables.addCertificate(certificado);
		verificador.setTrustedCertSources(confiables);
		verificador.setAIASource(null);
		verificador.setOcspSource(null);
		verificador.setCrlSource(null);
		validador.setCertificateVerifier(verificador);
		Reports informes;
		try {
			informes = validador.validateDocument();
		}
		catch (RuntimeException ex) {
			return new ValidacionFirma(false, "TOTAL_FAILED", "ILEGIBLE", null, null);
		}
		SimpleReport simple = informes.getSimpleReport();
		List<String> firmas = simple.getSignatureIdList();
		if (firmas.isEmpty()) {
			return new ValidacionFirma(false, "SIN_FIRMA", null, null, null);
		}
		DiagnosticData diagnostico = informes.getDiagnosticData();
		boolean valida = true;
		String indicacion = Indication.TOTAL_PASSED.name();
		String sub = null;
		String firmante = null;
		java.time.Instant fecha = null;
		for (String id : firmas) {
			SignatureWrapper firma = diagnostico.getSignatureById(id);
			boolean propia = firma.getSigningCertificate() != null
					&& Objects.equals(firma.getSigningCertificate().getId(), certificado.getDSSIdAsString());
			Indication ind = simple.getIndication(id);
			boolean estaBien = firma.isSignatureIntact() && firma.isSignatureValid() && propia
					&& ind == Indication.TOTAL_PASSED;
			if (!estaBien && valida) {
				valida = false;
				indicacion = ind == null ? "TOTAL_FAILED" : ind.name();
				sub = simple.getSubIndication(id) == null ? (propia ? null : "CERTIFICADO_AJENO")
						: simple.getSubIndication(id).name();
			}
			firmante = simple.getSignedBy(id);
			fecha = simple.getSigningTime(id) == null ? null : simple.getSigningTime(id).toInstant();
		}
		return new ValidacionFirma(valida, indicacion, sub, firmante, fecha);
	}

	private Llave llave() {
		Llave l = llave;
		if (l != null) {
			return l;
		}
		synchronized (this) {
			if (llave == null) {
				llave = cargar();
			}
			return Objects.requireNonNull(llave);
		}
	}

	private Llave cargar() {
		if (propiedades.keystore() == null || propiedades.password() == null) {
			throw new NoDisponible("FIRMA_NO_CONFIGURADA",
					"No hay certificado de firma de la entidad: configure pqrsd.archivo.firma.keystore, password y alias.");
		}
		if (!Files.isReadable(propiedades.keystore())) {
			throw new NoDisponible("FIRMA_NO_CONFIGURADA",
					"No se encuentra el almacén de claves de la entidad (" + propiedades.keystore() + ").");
		}
		try (InputStream in = Files.newInputStream(propiedades.keystore())) {
			Pkcs12SignatureToken token = new Pkcs12SignatureToken(in,
					new KeyStore.PasswordProtection(propiedades.password().toCharArray()));
			DSSPrivateKeyEntry entrada = propiedades.alias() == null || propiedades.alias().isBlank()
					? token.getKeys().get(0) : token.getKey(propiedades.alias());
			if (entrada == null) {
				throw new NoDisponible("FIRMA_NO_CONFIGURADA",
						"El almacén de claves no tiene la clave '" + propiedades.alias() + "'.");
			}
			return new Llave(token, entrada);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoDisponible ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new NoDisponible("FIRMA_NO_CONFIGURADA",
					"No se pudo abrir el almacén de claves de la entidad (contraseña o formato incorrectos).");
		}
	}

	private static byte[] bytes(DSSDocument documento) {
		try (InputStream in = documento.openStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
