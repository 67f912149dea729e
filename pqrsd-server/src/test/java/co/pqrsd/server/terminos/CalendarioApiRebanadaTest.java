package co.pqrsd.server.terminos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.SeguridadDeRebanada;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar API alone: validation, error shape and authorization. */
@WebMvcTest(CalendarioApiController.class)
@Import(SeguridadDeRebanada.class)
class CalendarioApiRebanadaTest {

	private static final String PROBLEMA = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Autowired
	MockMvc mvc;

	@Autowired
	SeguridadDeRebanada.Denegaciones denegaciones;

	@MockitoBean
	CalendarioEntidad calendario;

	@BeforeEach
	void limpiar() {
		denegaciones.limpiar();
		// The container already called the mock once (it is a
		// SmartInitializingSingleton).
		clearInvocations(calendario);
	}

	@Test
	void unCierreSinActoNiFechasDa400ConCadaCampo() throws Exception {
		mvc.perform(post("/api/v1/calendario/cierres").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tipo\":\"CIERRE\",\"motivo\":\"x\"}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'acto')].codigo").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'desde')].codigo").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'fechaActo')].codigo").value("CAMPO_REQUERIDO"));
		mvc.perform(post("/api/v1/calendario/cierres").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"desde\":\"ayer\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA));
		verifyNoInteractions(calendario);
	}

	@Test
	void unAnioQueNoEsNumeroOAusenteDa400() throws Exception {
		mvc.perform(get("/api/v1/calendario/festivos?anio=dos").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "PARAMETRO_INVALIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("anio"));
		mvc.perform(get("/api/v1/calendario/festivos").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "PARAMETRO_REQUERIDO"));
		verifyNoInteractions(calendario);
	}

	@Test
	void revocarUnCierreInexistenteDa404() throws Exception {
		given(calendario.revocarCierre(eq(404L), anyString()))
			.willThrow(new NoEncontrado("CIERRE_NO_ENCONTRADO", "No existe el cierre 404."));
		mvc.perform(post("/api/v1/calendario/cierres/404/revocacion").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"motivo\":\"error\"}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.NOT_FOUND, "CIERRE_NO_ENCONTRADO"));
	}

	@Test
	void metodoNoPermitidoDa405YTipoDeContenidoNoSoportadoDa415() throws Exception {
		mvc.perform(delete("/api/v1/calendario/cierres").with(SeguridadDeRebanada.como("admin")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO"));
		mvc.perform(post("/api/v1/calendario/cierres").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_XML)
			.content("<cierre/>"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(calendario);
	}

	@Test
	void sinCredencialesDa401YUnFuncionarioNoDeclaraCierres() throws Exception {
		mvc.perform(get("/api/v1/calendario/cierres"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNAUTHORIZED, "NO_AUTENTICADO"));
		mvc.perform(post("/api/v1/calendario/cierres").with(SeguridadDeRebanada.como("funcionario"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"desde\":\"2031-05-05\",\"hasta\":\"2031-05-05\",\"tipo\":\"CIERRE\",\"acto\":\"Decreto 2\","
					+ "\"fechaActo\":\"2031-05-01\",\"motivo\":\"x\"}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		verifyNoInteractions(calendario);
		assertThat(denegaciones.rutas()).containsExactly("POST /api/v1/calendario/cierres");
	}

}
