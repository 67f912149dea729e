package co.pqrsd.server.documentos;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import feign.codec.Encoder;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.rest.sdk.config.AlfrescoRestApiAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Alfresco adapter's beans, only with {@code pqrsd.documentos.almacen=alfresco}. The
 * SDK's auto-configuration is excluded in application.yml (it would start every Feign
 * client and fail without {@code content.service.url}) and imported here instead, so an
 * installation without Alfresco never sees it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pqrsd.documentos.almacen", havingValue = "alfresco")
@Import(AlfrescoRestApiAutoConfiguration.class)
class AlfrescoConfiguracion {

	@Bean
	NodosAlfresco nodosAlfresco(NodesApi nodos, DocumentosProperties propiedades) {
		return new NodosAlfresco(nodos, propiedades.alfresco());
	}

	/**
	 * The request bodies as Alfresco's definition wants them: the SDK's models are
	 * Jackson 2 beans whose unset fields would otherwise go out as {@code null} (the
	 * server's Jackson writes every property, application.yml), and {@code "name": null}
	 * or {@code "definition": null} are not valid values in alfresco-core.yaml. Binary
	 * content goes out as is.
	 */
	@Bean
	Encoder codificadorAlfresco() {
		ObjectMapper json = JsonMapper.builder()
			.addModule(new JavaTimeModule())
			.serializationInclusion(JsonInclude.Include.NON_NULL)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.build();
		return (objeto, tipo, plantilla) -> {
			if (objeto instanceof byte[] bytes) {
				plantilla.body(bytes, null);
			}
			else {
				try {
					plantilla.body(json.writeValueAsBytes(objeto), StandardCharsets.UTF_8);
				}
				catch (com.fasterxml.jackson.core.JsonProcessingException e) {
					throw new feign.codec.EncodeException("No se pudo escribir el cuerpo para Alfresco", e);
				}
			}
		};
	}

}
