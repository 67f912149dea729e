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
import org.springframework.http.HttpStatus;
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
		mvc.perform(post("/api/v1/dependencias").with(SeguridadDeRebanada.como("admin"))
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
		mvc.perform(post("/api/v1/dependencias").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nombre\":")).andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "JSON_INVALIDO"));
		mvc.perform(post("/api/v1/dependencias").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "CUERPO_REQUERIDO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void unaDependenciaInexistenteDa404ConElCodigoDelServicio() throws Exception {
		given(dependencias.obtener("999"))
			.willThrow(new NoEncontrado("DEPENDENCIA_NO_ENCONTRADA", "No existe la dependencia 999."));
		mvc.perform(get("/api/v1/dependencias/999").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.NOT_FOUND, "DEPENDENCIA_NO_ENCONTRADA"));
	}

	@Test
	void unMetodoNoSoportadoDa405YUnTipoDeContenidoNoSoportadoDa415() throws Exception {
		mvc.perform(delete("/api/v1/dependencias/200").with(SeguridadDeRebanada.como("admin")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO"));
		mvc.perform(post("/api/v1/dependencias").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("codigo=300"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void sinCredencialesOConClaveErradaDa401() throws Exception {
		mvc.perform(get("/api/v1/dependencias"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.code").value("NO_AUTENTICADO"));
		mvc.perform(get("/api/v1/dependencias").with(SeguridadDeRebanada.como("admin", "Equivocada2026")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNAUTHORIZED, "NO_AUTENTICADO"));
		verifyNoInteractions(dependencias);
	}

	@Test
	void soloElAdministradorCreaOModificaYLaDenegacionSeInforma() throws Exception {
		mvc.perform(post("/api/v1/dependencias").with(SeguridadDeRebanada.como("funcionario"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"codigo\":\"300\",\"nombre\":\"Hacienda\"}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		mvc.perform(put("/api/v1/dependencias/300").with(SeguridadDeRebanada.como("control"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nombre\":\"Hacienda\"}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		verifyNoInteractions(dependencias);
		assertThat(denegaciones.rutas()).containsExactly("POST /api/v1/dependencias", "PUT /api/v1/dependencias/300");
	}

	@Test
	void elAdministradorCreaYRecibe201() throws Exception {
		given(dependencias.crear(any())).willReturn(new Dependencia("300", "Hacienda", null, null, true));
		mvc.perform(post("/api/v1/dependencias").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"codigo\":\"300\",\"nombre\":\"Hacienda\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.codigo").value("300"));
		org.mockito.Mockito.verify(dependencias)
			.crear(eq(new SolicitudDependencia("300", "Hacienda", null, null, null)));
	}

}
