package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** The users API alone: validation, error shape and authorization. */
@WebMvcTest(UsuariosApiController.class)
@Import(SeguridadDeRebanada.class)
class UsuariosApiRebanadaTest {

	private static final String PROBLEMA = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Autowired
	MockMvc mvc;

	@Autowired
	SeguridadDeRebanada.Denegaciones denegaciones;

	@MockitoBean
	Usuarios usuarios;

	@BeforeEach
	void limpiar() {
		denegaciones.limpiar();
	}

	@Test
	void unUsuarioConCorreoInvalidoYSinRolesDa400ConCadaCampo() throws Exception {
		mvc.perform(post("/api/v1/usuarios").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"Mal Nombre\",\"nombre\":\"Ana\",\"email\":\"no-es-correo\",\"roles\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("VALIDACION_FALLIDA"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'email')].codigo").value("CORREO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'username')].codigo").value("FORMATO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'roles')].codigo").value("CAMPO_REQUERIDO"));
		verifyNoInteractions(usuarios);
	}

	@Test
	void unRolInexistenteDa400ConLosValoresPermitidos() throws Exception {
		mvc.perform(post("/api/v1/usuarios").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ana\",\"nombre\":\"Ana\",\"email\":\"a@x.co\",\"roles\":[\"REY\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALOR_NO_PERMITIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("roles[0]"));
		verifyNoInteractions(usuarios);
	}

	@Test
	void unUsuarioInexistenteDa404() throws Exception {
		given(usuarios.obtener("nadie"))
			.willThrow(new NoEncontrado("USUARIO_NO_ENCONTRADO", "No existe el usuario nadie."));
		mvc.perform(get("/api/v1/usuarios/nadie").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("USUARIO_NO_ENCONTRADO"));
	}

	@Test
	void borrarUsuariosNoExisteYUnCuerpoQueNoEsJsonDa415() throws Exception {
		mvc.perform(
				delete("/api/v1/usuarios/ana").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("admin")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$.code").value("METODO_NO_PERMITIDO"));
		mvc.perform(post("/api/v1/usuarios/yo/contrasena")
			.header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("funcionario"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("actual=a&nueva=b"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.code").value("TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(usuarios);
	}

	@Test
	void sinCredencialesDa401() throws Exception {
		mvc.perform(get("/api/v1/usuarios/yo"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("NO_AUTENTICADO"));
	}

	@Test
	void unFuncionarioNoListaNiLeeAOtrosUsuarios() throws Exception {
		mvc.perform(get("/api/v1/usuarios").header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("funcionario")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(PROBLEMA))
			.andExpect(jsonPath("$.code").value("ACCESO_DENEGADO"));
		mvc.perform(get("/api/v1/usuarios/admin").header(HttpHeaders.AUTHORIZATION,
				SeguridadDeRebanada.basic("funcionario")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(usuarios);
		assertThat(denegaciones.rutas()).containsExactly("GET /api/v1/usuarios", "GET /api/v1/usuarios/admin");
	}

	@Test
	void cambiarLaContrasenaSinLaActualDa400() throws Exception {
		mvc.perform(post("/api/v1/usuarios/yo/contrasena")
			.header(HttpHeaders.AUTHORIZATION, SeguridadDeRebanada.basic("funcionario"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nueva\":\"Nueva2026clave\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("actual"));
		verifyNoInteractions(usuarios);
	}

}
