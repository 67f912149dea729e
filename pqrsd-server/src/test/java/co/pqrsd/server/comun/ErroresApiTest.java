package co.pqrsd.server.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input always gets a Spanish 4xx problem+json with a stable code, never a 500. */
@PruebaIntegracion
class ErroresApiTest {

	@LocalServerPort
	int puerto;

	ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	@Test
	void unJsonMalformadoDa400JsonInvalido() {
		for (String ruta : new String[] { "/api/v1/usuarios", "/api/v1/dependencias" }) {
			var r = admin().post(ruta, "{\"codigo\": \"1\", ");
			assertThat(r.estado()).as(ruta).isEqualTo(400);
			assertThat(r.tipo()).startsWith("application/problem+json");
			assertThat(r.json().get("code").asString()).isEqualTo("JSON_INVALIDO");
			assertThat(r.json().get("detail").asString()).contains("JSON");
		}
	}

	@Test
	void unCuerpoVacioDa400() {
		var r = admin().post("/api/v1/dependencias", "");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("CUERPO_REQUERIDO");
	}

	@Test
	void unTipoEquivocadoDa400ConElCampo() {
		var r = admin().post("/api/v1/usuarios",
				"{\"username\":\"x1x\",\"nombre\":\"X\",\"email\":\"x@x.co\",\"password\":\"Clave2026abc\",\"roles\":{\"a\":1}}");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("errores").get(0).get("campo").asString()).isEqualTo("roles");
	}

	@Test
	void unaFechaIlegibleDa400ConElCampoYNoComoCuerpoFaltante() {
		var r = admin().post("/api/v1/calendario/cierres", "{\"desde\":\"ayer\",\"hasta\":\"2031-04-01\","
				+ "\"tipo\":\"CIERRE\",\"acto\":\"Decreto 1\",\"fechaActo\":\"2031-03-01\",\"motivo\":\"x\"}");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isNotEqualTo("CUERPO_REQUERIDO");
		assertThat(r.json().get("errores").get(0).get("campo").asString()).isEqualTo("desde");
	}

	@Test
	void unBooleanoObligatorioQueFaltaSeDiceObligatorio() {
		var r = admin().post("/api/v1/terminos/modalidades",
				"{\"modalidad\":\"SIN_PRORROGA_DICHA\",\"nombre\":\"X\",\"termino\":10,\"unidad\":\"HABILES\","
						+ "\"fundamento\":\"Ley 1755 de 2015\"}");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("errores").get(0).get("campo").asString()).isEqualTo("admiteProrroga");
		assertThat(r.json().get("errores").get(0).get("codigo").asString()).isEqualTo("CAMPO_REQUERIDO");
	}

	@Test
	void unValorDeEnumeracionDesconocidoDa400ConLosPermitidos() {
		var r = admin().post("/api/v1/usuarios",
				"{\"username\":\"x2x\",\"nombre\":\"X\",\"email\":\"x@x.co\",\"password\":\"Clave2026abc\",\"roles\":[\"REY\"]}");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("VALOR_NO_PERMITIDO");
		assertThat(r.json().get("detail").asString()).contains("CONTROL_INTERNO");
	}

	@Test
	void losCamposObligatoriosSeListan() {
		var r = admin().post("/api/v1/dependencias", "{\"codigo\":\"901\"}");
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("CAMPO_REQUERIDO");
		assertThat(r.json().get("errores").get(0).get("campo").asString()).isEqualTo("nombre");
	}

	@Test
	void unCuerpoDemasiadoGrandeDa413() {
		String enorme = "{\"codigo\":\"902\",\"nombre\":\"" + "a".repeat(2_000_000) + "\"}";
		var r = admin().post("/api/v1/dependencias", enorme);
		assertThat(r.estado()).isEqualTo(413);
		assertThat(r.json().get("code").asString()).isEqualTo("CUERPO_DEMASIADO_GRANDE");
	}

	@Test
	void unaRutaInexistenteDa404YUnMetodoNoPermitido405() {
		assertThat(admin().get("/api/v1/no-existe").json().get("code").asString()).isEqualTo("RECURSO_NO_ENCONTRADO");
		var r = admin().enviar(admin().peticion("/api/v1/dependencias").DELETE());
		assertThat(r.estado()).isEqualTo(405);
		assertThat(r.json().get("code").asString()).isEqualTo("METODO_NO_PERMITIDO");
	}

	@Test
	void unTipoDeContenidoNoSoportadoDa415() {
		var r = admin().enviar(admin().peticion("/api/v1/dependencias")
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hola")));
		assertThat(r.estado()).isEqualTo(415);
		assertThat(r.json().get("code").asString()).isEqualTo("TIPO_CONTENIDO_NO_SOPORTADO");
	}

}
