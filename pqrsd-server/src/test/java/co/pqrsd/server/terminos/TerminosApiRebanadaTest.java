package co.pqrsd.server.terminos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.pqrsd.server.seguridad.SeguridadDeRebanada;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The deadlines API alone: validation, error shape and authorization. */
@WebMvcTest(TerminosApiController.class)
@Import(SeguridadDeRebanada.class)
class TerminosApiRebanadaTest {

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
	void unaModalidadConCodigoEnMinusculasYTerminoCeroDa400ConCadaCampo() throws Exception {
		mvc.perform(post("/api/v1/terminos/modalidades")
			.header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modalidad\":\"consulta\",\"nombre\":\"Consulta\",\"termino\":0,\"unidad\":\"HABILES\","
					+ "\"fundamento\":\"Ley 1755 de 2015, art. 14\",\"admiteProrroga\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("VALIDACION_FALLIDA"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'modalidad')].codigo").value("FORMATO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'termino')].codigo").value("VALOR_FUERA_DE_RANGO"));
		mvc.perform(post("/api/v1/terminos/modalidades")
			.header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modalidad\":\"CONSULTA\",\"termino\":\"diez\",\"admiteProrroga\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("TIPO_INVALIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("termino"));
		verifyNoInteractions(calendario);
	}

	@Test
	void elVencimientoSinFechaDeRecibidoDa400() throws Exception {
		mvc.perform(get("/api/v1/terminos/vencimiento?modalidad=GENERAL").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("funcionario")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("PARAMETRO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("recibido"));
		verifyNoInteractions(calendario);
	}

	@Test
	void unaRutaInexistenteDa404YUnMetodoNoSoportadoDa405() throws Exception {
		mvc.perform(get("/api/v1/terminos/no-existe").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("funcionario")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("RECURSO_NO_ENCONTRADO"));
		mvc.perform(put("/api/v1/terminos/vencimiento").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("admin")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.code").value("METODO_NO_PERMITIDO"));
		verifyNoInteractions(calendario);
	}

	@Test
	void unaModalidadEnTextoPlanoDa415() throws Exception {
		mvc.perform(post("/api/v1/terminos/modalidades")
			.header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("CONSULTA"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(calendario);
	}

	@Test
	void sinCredencialesDa401YSoloElAdministradorCreaModalidades() throws Exception {
		mvc.perform(get("/api/v1/terminos/modalidades"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("NO_AUTENTICADO"));
		mvc.perform(post("/api/v1/terminos/modalidades")
			.header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("control"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modalidad\":\"CONSULTA\",\"nombre\":\"Consulta\",\"termino\":10,\"unidad\":\"HABILES\","
					+ "\"fundamento\":\"Ley 1755 de 2015, art. 14\",\"admiteProrroga\":true}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("ACCESO_DENEGADO"));
		verifyNoInteractions(calendario);
		assertThat(denegaciones.rutas()).containsExactly("POST /api/v1/terminos/modalidades");
	}

}
