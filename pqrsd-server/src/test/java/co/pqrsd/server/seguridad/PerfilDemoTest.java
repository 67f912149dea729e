package co.pqrsd.server.seguridad;

import static org.assertj.core.api.Assertions.assertThat;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo profile loads a sample municipality with a user of each role; production mode
 * loads nothing.
 */
@PruebaIntegracion
@ActiveProfiles({ "test", "demo" })
class PerfilDemoTest {

	@LocalServerPort
	int puerto;

	@Test
	void cargaDependenciasYUnUsuarioDeCadaRol() {
		// The demo profile documents its own admin password (application-demo.yml).
		var deps = ClienteApi.como(puerto, ClienteApi.ADMIN, DatosDemo.CONTRASENA).get("/api/v1/dependencias").json();
		assertThat(deps.toString()).contains("Despacho del Alcalde").contains("Oficina de Control Interno");
		for (String[] u : new String[][] { { "ventanilla", "RADICADOR" }, { "funcionario", "FUNCIONARIO" },
				{ "jgobierno", "JEFE_DEPENDENCIA" }, { "archivo", "ARCHIVISTA" },
				{ "controlinterno", "CONTROL_INTERNO" } }) {
			var yo = ClienteApi.como(puerto, u[0], DatosDemo.CONTRASENA).get("/api/v1/usuarios/yo");
			assertThat(yo.estado()).as(u[0]).isEqualTo(200);
			assertThat(yo.json().get("roles").toString()).contains(u[1]);
		}
	}

}
