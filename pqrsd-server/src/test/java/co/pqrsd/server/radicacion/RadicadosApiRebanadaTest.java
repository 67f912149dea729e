package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The radicados API alone: request validation and error shape. Who may radicar or read a
 * radicado is decided in the services (tested on the real server); here a denial from the
 * service must still come out as a 403 problem and be reported.
 */
@WebMvcTest(RadicadosApiController.class)
@Import(SeguridadDeRebanada.class)
class RadicadosApiRebanadaTest {

	private static final String VALIDO = "{\"tipo\":\"ENTRADA\",\"asunto\":\"Certificado\",\"dependencia\":\"200\","
			+ "\"medio\":\"PRESENCIAL\"}";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeguridadDeRebanada.Denegaciones denegaciones;

	@MockitoBean
	Radicacion radicacion;

	@MockitoBean
	ConsultaRadicados consulta;

	@MockitoBean
	DirectorioTerceros directorio;

	@BeforeEach
	void limpiar() {
		denegaciones.limpiar();
	}

	@Test
	void unaSolicitudSinCamposObligatoriosYConCorreoInvalidoDa400ConCadaCampo() throws Exception {
		mvc.perform(post("/api/v1/radicados").with(SeguridadDeRebanada.como("radicador"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dependencia\":\"2x\",\"remitente\":{\"correo\":\"no-es-correo\"}}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALIDACION_FALLIDA"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'tipo')].codigo").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'asunto')].codigo").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'medio')].codigo").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'dependencia')].codigo").value("FORMATO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'remitente.correo')].codigo").value("CORREO_INVALIDO"));
		mvc.perform(post("/api/v1/radicados").with(SeguridadDeRebanada.como("radicador"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALIDO.replace("ENTRADA", "CIRCULAR")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALOR_NO_PERMITIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("tipo"));
		verifyNoInteractions(radicacion);
	}

	@Test
	void unaBusquedaConParametrosFueraDeRangoDa400() throws Exception {
		String funcionario = SeguridadDeRebanada.basic("funcionario");
		mvc.perform(get("/api/v1/radicados?tamano=500").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "PARAMETRO_INVALIDO"));
		mvc.perform(get("/api/v1/radicados?estado=BORRADO").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALOR_NO_PERMITIDO"));
		mvc.perform(get("/api/v1/radicados?tipo=CIRCULAR").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errores[0].campo").value("tipo"));
		mvc.perform(get("/api/v1/radicados?desde=ayer").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "FECHA_INVALIDA"));
		verifyNoInteractions(consulta);
	}

	@Test
	void unRadicadoInexistenteDa404() throws Exception {
		given(consulta.obtener(eq("20261200000001"), any()))
			.willThrow(new NoEncontrado("RADICADO_NO_ENCONTRADO", "No existe el radicado 20261200000001."));
		mvc.perform(get("/api/v1/radicados/20261200000001").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.NOT_FOUND, "RADICADO_NO_ENCONTRADO"));
	}

	@Test
	void unRadicadoNoSeBorraYNoSeRadicaEnTextoPlano() throws Exception {
		String radicador = SeguridadDeRebanada.basic("radicador");
		mvc.perform(delete("/api/v1/radicados/20261200000001").header(HttpHeaders.AUTHORIZATION, radicador))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO"));
		mvc.perform(post("/api/v1/radicados").header(HttpHeaders.AUTHORIZATION, radicador)
			.contentType(MediaType.TEXT_PLAIN)
			.content(VALIDO))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(radicacion);
	}

	@Test
	void sinCredencialesDa401YUnaDenegacionDelServicioDa403Informado() throws Exception {
		mvc.perform(post("/api/v1/radicados").contentType(MediaType.APPLICATION_JSON).content(VALIDO))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNAUTHORIZED, "NO_AUTENTICADO"));
		verifyNoInteractions(radicacion);
		given(radicacion.radicar(any(), anyList(), any())).willThrow(new AccessDeniedException("no radica"));
		mvc.perform(post("/api/v1/radicados").with(SeguridadDeRebanada.como("control"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VALIDO)).andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		assertThat(denegaciones.rutas()).containsExactly("POST /api/v1/radicados");
	}

}
