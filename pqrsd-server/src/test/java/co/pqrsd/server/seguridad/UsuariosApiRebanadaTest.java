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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The users API alone: validation, error shape and authorization. */
@WebMvcTest(UsuariosApiController.class)
@Import(SeguridadDeRebanada.class)
class UsuariosApiRebanadaTest {

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
		mvc.perform(post("/api/v1/usuarios").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"Mal Nombre\",\"nombre\":\"Ana\",\"email\":\"no-es-correo\",\"roles\":[]}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALIDACION_FALLIDA"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'email')].codigo").value("CORREO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'username')].codigo").value("FORMATO_INVALIDO"))
			.andExpect(jsonPath("$.errores[?(@.campo == 'roles')].codigo").value("CAMPO_REQUERIDO"));
		verifyNoInteractions(usuarios);
	}

	@Test
	void unRolInexistenteDa400ConLosValoresPermitidos() throws Exception {
		mvc.perform(post("/api/v1/usuarios").with(SeguridadDeRebanada.como("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"ana\",\"nombre\":\"Ana\",\"email\":\"a@x.co\",\"roles\":[\"REY\"]}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALOR_NO_PERMITIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("roles[0]"));
		verifyNoInteractions(usuarios);
	}

	@Test
	void unUsuarioInexistenteDa404() throws Exception {
		given(usuarios.obtener("nadie"))
			.willThrow(new NoEncontrado("USUARIO_NO_ENCONTRADO", "No existe el usuario nadie."));
		mvc.perform(get("/api/v1/usuarios/nadie").with(SeguridadDeRebanada.como("admin")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.NOT_FOUND, "USUARIO_NO_ENCONTRADO"));
	}

	@Test
	void borrarUsuariosNoExisteYUnCuerpoQueNoEsJsonDa415() throws Exception {
		mvc.perform(delete("/api/v1/usuarios/ana").with(SeguridadDeRebanada.como("admin")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO"));
		mvc.perform(post("/api/v1/usuarios/yo/contrasena").with(SeguridadDeRebanada.como("funcionario"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("actual=a&nueva=b"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "TIPO_CONTENIDO_NO_SOPORTADO"));
		verifyNoInteractions(usuarios);
	}

	@Test
	void sinCredencialesDa401() throws Exception {
		mvc.perform(get("/api/v1/usuarios/yo"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNAUTHORIZED, "NO_AUTENTICADO"));
	}

	@Test
	void unFuncionarioNoListaNiLeeAOtrosUsuarios() throws Exception {
		mvc.perform(get("/api/v1/usuarios").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		mvc.perform(get("/api/v1/usuarios/admin").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(status().isForbidden());
		verifyNoInteractions(usuarios);
		assertThat(denegaciones.rutas()).containsExactly("GET /api/v1/usuarios", "GET /api/v1/usuarios/admin");
	}

	@Test
	void cambiarLaContrasenaSinLaActualDa400() throws Exception {
		mvc.perform(post("/api/v1/usuarios/yo/contrasena").with(SeguridadDeRebanada.como("funcionario"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"nueva\":\"Nueva2026clave\"}"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "CAMPO_REQUERIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("actual"));
		verifyNoInteractions(usuarios);
	}

}
