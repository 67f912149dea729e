package co.pqrsd.server.documentos;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import co.pqrsd.server.PruebaIntegracion;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The server configured for Alfresco (against {@link AlfrescoSimulado}) and for the Share
 * trust: one shared context for every test class that extends it. Skipped when Alfresco's
 * definitions ({@code shared/alfresco}) are absent.
 */
@PruebaIntegracion
@TestPropertySource(properties = { "pqrsd.documentos.almacen=alfresco",
		"content.service.security.basicAuth.username=admin", "content.service.security.basicAuth.password=admin",
		"pqrsd.documentos.alfresco.ruta=" + PruebaConAlfresco.RUTA, "pqrsd.documentos.alfresco.sondeo=100ms",
		"pqrsd.documentos.alfresco.espera-inicial=100ms", "pqrsd.documentos.alfresco.espera-maxima=300ms",
		"pqrsd.share.secreto=" + PruebaConAlfresco.SECRETO, "pqrsd.share.origen=" + PruebaConAlfresco.ORIGEN_SHARE })
abstract class PruebaConAlfresco {

	static final String RUTA = "Sites/pqrsd/documentLibrary";

	static final String SECRETO = "secreto-compartido-de-pruebas-con-share-2026";

	static final String ORIGEN_SHARE = "http://share.alcaldia.test:8180";

	static final @Nullable Path DEFINICION = AlfrescoSimulado.definicion();

	static final @Nullable AlfrescoSimulado ALFRESCO = DEFINICION == null ? null : new AlfrescoSimulado(DEFINICION);

	@DynamicPropertySource
	static void alfresco(DynamicPropertyRegistry registro) {
		registro.add("content.service.url", () -> ALFRESCO == null ? "http://localhost:9" : ALFRESCO.url());
	}

	@BeforeAll
	static void requiereLaDefinicion() {
		assumeTrue(ALFRESCO != null, "Sin shared/alfresco/openapi/alfresco-core.yaml (pqrsd.shared.dir): "
				+ "las pruebas con Alfresco simulado necesitan su definición Swagger y se omiten");
	}

	static AlfrescoSimulado alfresco() {
		AlfrescoSimulado a = ALFRESCO;
		assumeTrue(a != null, "sin definición de Alfresco");
		return a;
	}

}
