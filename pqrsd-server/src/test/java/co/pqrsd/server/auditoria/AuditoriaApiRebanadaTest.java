package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.pqrsd.server.seguridad.SeguridadDeRebanada;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit API alone: filter validation, error shape and who may search. It takes no
 * request bodies, so there is no 415 to test.
 */
@WebMvcTest(AuditoriaApiController.class)
@Import(SeguridadDeRebanada.class)
class AuditoriaApiRebanadaTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SeguridadDeRebanada.Denegaciones denegaciones;

	@MockitoBean
	BusquedaAuditoria busqueda;

	@MockitoBean
	ExportacionAuditoria exportacion;

	@MockitoBean
	VerificacionAuditoria verificacion;

	@MockitoBean
	PuntosControl puntos;

	@MockitoBean
	PermisosHistorial permisos;

	@BeforeEach
	void limpiar() {
		denegaciones.limpiar();
	}

	@Test
	void filtrosInvalidosDan400ConCodigoYNoConsultanNada() throws Exception {
		String control = SeguridadDeRebanada.basic("control");
		mvc.perform(get("/api/v1/auditoria?accion=INVENTADA").header(HttpHeaders.AUTHORIZATION, control))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "VALOR_NO_PERMITIDO"));
		mvc.perform(get("/api/v1/auditoria?desde=ayer").header(HttpHeaders.AUTHORIZATION, control))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "FECHA_INVALIDA"));
		mvc.perform(get("/api/v1/auditoria?tamano=5000").header(HttpHeaders.AUTHORIZATION, control))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "PARAMETRO_INVALIDO"));
		mvc.perform(get("/api/v1/auditoria?pagina=x").header(HttpHeaders.AUTHORIZATION, control))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "PARAMETRO_INVALIDO"))
			.andExpect(jsonPath("$.errores[0].campo").value("pagina"));
		verifyNoInteractions(busqueda);
	}

	@Test
	void unaExportacionConFiltroInvalidoDa400SinEscribirElArchivo() throws Exception {
		mvc.perform(get("/api/v1/auditoria/exportacion.csv?hasta=31-12-2026").with(SeguridadDeRebanada.como("admin")))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.BAD_REQUEST, "FECHA_INVALIDA"));
		verifyNoInteractions(exportacion);
	}

	@Test
	void unaRutaInexistenteDa404YUnMetodoNoSoportadoDa405() throws Exception {
		String admin = SeguridadDeRebanada.basic("admin");
		mvc.perform(get("/api/v1/auditoria/objetos/RADICADO").header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.NOT_FOUND, "RECURSO_NO_ENCONTRADO"));
		mvc.perform(delete("/api/v1/auditoria").header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.METHOD_NOT_ALLOWED, "METODO_NO_PERMITIDO"));
		mvc.perform(get("/api/v1/auditoria/verificacion").header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(status().isMethodNotAllowed());
		verifyNoInteractions(verificacion);
	}

	@Test
	void sinCredencialesDa401YUnFuncionarioNoBuscaNiVerificaNiExporta() throws Exception {
		mvc.perform(get("/api/v1/auditoria/acciones"))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.UNAUTHORIZED, "NO_AUTENTICADO"));
		String funcionario = SeguridadDeRebanada.basic("funcionario");
		mvc.perform(get("/api/v1/auditoria?usuario=admin").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(SeguridadDeRebanada.problema(HttpStatus.FORBIDDEN, "ACCESO_DENEGADO"));
		mvc.perform(post("/api/v1/auditoria/verificacion").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/auditoria/exportacion.xlsx").header(HttpHeaders.AUTHORIZATION, funcionario))
			.andExpect(status().isForbidden());
		verifyNoInteractions(busqueda, verificacion, exportacion);
		assertThat(denegaciones.rutas()).containsExactly("GET /api/v1/auditoria", "POST /api/v1/auditoria/verificacion",
				"GET /api/v1/auditoria/exportacion.xlsx");
	}

	@Test
	void elCatalogoDeAccionesEsParaCualquierUsuarioAutenticado() throws Exception {
		mvc.perform(get("/api/v1/auditoria/acciones").with(SeguridadDeRebanada.como("funcionario")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.codigo == 'RADICADO_CREADO')]").exists());
	}

}
