package co.pqrsd.server.archivo.firma;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed RSA-2048 certificate of a test entity (keyUsage digitalSignature and
 * nonRepudiation) in a PKCS#12 keystore, made with BouncyCastle (stack.md, DSS).
 */
public final class CertificadoPrueba {

	public static final String CLAVE = "prueba-firma";

	public static final String ALIAS = "entidad";

	/**
	 * Where the shared test configuration (application.yml of the tests) looks for it.
	 */
	public static final Path RUTA = Path.of("target/pruebas/firma/entidad.p12");

	private CertificadoPrueba() {
	}

	/** Writes the test keystore at {@link #RUTA} once per JVM run. */
	public static synchronized Path asegurar() {
		if (!Files.exists(RUTA)) {
			Path temporal = RUTA.resolveSibling("entidad.p12.tmp");
			crear(temporal, "CN=Alcaldía de Prueba, O=Municipio de Prueba, C=CO");
			try {
				Files.move(temporal, RUTA, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return RUTA;
	}

	/** Writes a new keystore with a new self-signed key under {@link #ALIAS}. */
	public static void crear(Path destino, String sujeto) {
		try {
			Files.createDirectories(destino.toAbsolutePath().getParent());
			KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
			g.initialize(2048);
			KeyPair par = g.generateKeyPair();
			X500Name nombre = new X500Name(sujeto);
			// Fixed validity around the tests' clock (2026) and today's date.
			Instant desde = Instant.parse("2020-01-01T00:00:00Z");
			Instant hasta = Instant.parse("2040-01-01T00:00:00Z").plus(1, ChronoUnit.DAYS);
			JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(nombre, BigInteger.valueOf(20260310L),
					Date.from(desde), Date.from(hasta), nombre, par.getPublic());
			b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate cert = new JcaX509CertificateConverter()
				.getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(par.getPrivate())));
			KeyStore ks = KeyStore.getInstance("PKCS12");
			ks.load(null, null);
			ks.setKeyEntry(ALIAS, par.getPrivate(), CLAVE.toCharArray(), new X509Certificate[] { cert });
			try (OutputStream out = Files.newOutputStream(destino)) {
				ks.store(out, CLAVE.toCharArray());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
