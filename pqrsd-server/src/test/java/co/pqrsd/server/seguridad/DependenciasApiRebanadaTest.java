package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.pqrsd.server.comun.NoEncontrado;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dependencias API alone: request validation, error shape and authorization, with the
 * real security configuration and the service mocked.
 */
@WebMvcTest(DependenciasApiController.class)
@Import(SeguridadDeRebanada.class)
class DependenciasApiRebanadaTest {

	private static final String PROBLEMA = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Autowired
	MockMvc mvc;

	@Autowired
	SeguridadDeRebanada.Denegaciones denegaciones;

	@MockitoBean
	Dependencias dependencias;

	@BeforeEach
	void limpiar() {
		denegaciones.limpiar();
	}

	@Test
	void unCuerpoSinNombreYConCodigoMalformadoDa400ConCadaCampo() throws Exception {
		mvc.perform(post("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"codigo\":\"12a\",\"nombre\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.code").value("VALIDACION_FALLIDA"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'nombre')].codigo").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'codigo')].codigo").value("FORMATO_INVALIDO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void unJsonMalformadoOSinCuerpoDa400ConCodigo() throws Exception {
		mvc.perform(post("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nombre\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("JSON_INVALIDO"));
		mvc.perform(post("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("CUERPO_REQUERIDO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void unaDependenciaInexistenteDa404ConElCodigoDelServicio() throws Exception {
		given(dependencias.obtener("999"))
			.willThrow(new NoEncontrado("DEPENDENCIA_NO_ENCONTRADA", "No existe la dependencia 999."));
		mvc.perform(get("/api/v1/dependencias/999").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("funcionario")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("DEPENDENCIA_NO_ENCONTRADA"));
	}

	@Test
	void unMetodoNoSoportadoDa405YUnTipoDeContenidoNoSoportadoDa415() throws Exception {
		mvc.perform(delete("/api/v1/dependencias/200").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("admin")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("METODO_NO_PERMITIDO"));
		mvc.perform(post("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("codigo=300"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void sinCredencialesOConClaveErradaDa401() throws Exception {
		mvc.perform(get("/api/v1/dependencias"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.code").value("NO_AUTENTICADO"));
		mvc.perform(get("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("admin", "Equivocada2026")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("NO_AUTENTICADO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void soloElAdministradorCreaOModificaYLaDenegacionSeInforma() throws Exception {
		mvc.perform(
				post("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("funcionario"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"codigo\":\"300\",\"nombre\":\"Hacienda\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("ACCESO_DENEGADO"));
		mvc.perform(
				put("/api/v1/dependencias/300").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("control"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"nombre\":\"Hacienda\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("ACCESO_DENEGADO"));
		verifyNoInteractions(dependencias);
		assertThat(denegaciones.rutas()).containsExactly("POST /api/v1/dependencias", "PUT /api/v1/dependencias/300");
	}

	@Test
	void elAdministradorCreaYRecibe201() throws Exception {
		given(dependencias.crear(any())).willReturn(new Dependencia("300", "Hacienda", null, null, true));
		mvc.perform(post("/api/v1/dependencias").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"codigo\":\"300\",\"nombre\":\"Hacienda\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.codigo").value("300"));
		org.mockito.Mockito.verify(dependencias)
			.crear(eq(new SolicitudDependencia("300", "Hacienda", null, null, null)));
	}

}
