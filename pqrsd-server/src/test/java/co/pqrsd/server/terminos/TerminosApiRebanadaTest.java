package co.pqrsd.server.terminos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

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

/** The deadlines API alone: validation, error shape and authorization. */
@WebMvcTest(TerminosApiController.class)
@Import(SeguridadDeRebanada.class)
class TerminosApiRebanadaTest {

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
		mvc.perform(post("/api/v1/terminos/modalidades").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modalidad\":\"consulta\",\"nombre\":\"Consulta\",\"termino\":0,\"unidad\":\"HABILES\","
					+ "\"fundamento\":\"Ley 1755 de 2015, art. 14\",\"admiteProrroga\":true}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALIDACION_FALLIDA"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'modalidad')].codigo").value("FORMATO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'termino')].codigo").value("VALOR_FUERA_DE_RANGO"));
		mvc.perform(post("/api/v1/terminos/modalidades").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modalidad\":\"CONSULTA\",\"termino\":\"diez\",\"admiteProrroga\":true}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "TIPO_INVALIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("termino"));
		verifyNoInteractions(calendario);
	}

	@Test
	void elVencimientoSinFechaDeRecibidoDa400() throws Exception {
		mvc.perform(get("/api/v1/terminos/vencimiento?modalidad=GENERAL").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "PARAMETRO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("recibido"));
		verifyNoInteractions(calendario);
	}

	@Test
	void unaRutaInexistenteDa404YUnMetodoNoSoportadoDa405() throws Exception {
		mvc.perform(get("/api/v1/terminos/no-existe").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.NOT_FOUND, "RECURSO_NO_ENCONTRADO"));
		mvc.perform(put("/api/v1/terminos/vencimiento").with(SeguridadDeRebanada.como("admin")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO"));
		verifyNoInteractions(calendario);
	}

	@Test
	void unaModalidadEnTextoPlanoDa415() throws Exception {
		mvc.perform(post("/api/v1/terminos/modalidades").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("CONSULTA"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(calendario);
	}

	@Test
	void sinCredencialesDa401YSoloElAdministradorCreaModalidades() throws Exception {
		mvc.perform(get("/api/v1/terminos/modalidades"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNAUTHORIZED, "NO_AUTENTICADO"));
		mvc.perform(post("/api/v1/terminos/modalidades").with(SeguridadDeRebanada.como("control"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"modalidad\":\"CONSULTA\",\"nombre\":\"Consulta\",\"termino\":10,\"unidad\":\"HABILES\","
					+ "\"fundamento\":\"Ley 1755 de 2015, art. 14\",\"admiteProrroga\":true}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		verifyNoInteractions(calendario);
		assertThat(denegaciones.rutas()).containsExactly("POST /api/v1/terminos/modalidades");
	}

}
