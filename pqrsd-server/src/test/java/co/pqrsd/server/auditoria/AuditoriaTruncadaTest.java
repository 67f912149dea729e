package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Values longer than their audit column are recorded cut and marked, never a 500. */
@PruebaIntegracion
class AuditoriaTruncadaTest {

	@LocalServerPort
	int puerto;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void unIngresoFallidoConUnUsuarioDeMasDe40CaracteresQuedaAuditadoYMarcado() {
		String largo = "atacante-con-un-nombre-de-usuario-larguisimo-" + "x".repeat(60);
		var r = ClienteApi.como(puerto, largo, "Cualquiera2026").get("/api/v1/usuarios/yo");
		assertThat(r.estado()).isEqualTo(401);
		String esperado = largo.substring(0, 40 - Auditoria.TRUNCADO.length()) + Auditoria.TRUNCADO;
		assertThat(esperado).hasSize(40);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'INICIO_SESION_FALLIDO' AND usuario = ? AND objeto_id = ?",
				Long.class, esperado, largo))
			.isEqualTo(1);
	}

	@Test
	void unaSolicitudDenegadaConUnaRutaDeMasDe200CaracteresQuedaAuditadaYMarcada() {
		ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", "ruta.larga", "nombre", "R", "email", "r@x.co",
					"password", "Denegada2026xyz", "roles", List.of("FUNCIONARIO"))));
		String ruta = "/api/v1/usuarios/" + "y".repeat(300);
		var r = ClienteApi.como(puerto, "ruta.larga", "Denegada2026xyz").get(ruta);
		assertThat(r.estado()).isEqualTo(403);
		String esperado = ruta.substring(0, 200 - Auditoria.TRUNCADO.length()) + Auditoria.TRUNCADO;
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'ACCESO_DENEGADO' AND usuario = 'ruta.larga' AND objeto_id = ?",
				Long.class, esperado))
			.isEqualTo(1);
	}

	@Test
	void recortarNoPartePares() {
		String emoji = "a".repeat(28) + "😀" + "b".repeat(20);
		String recortado = Auditoria.recortar(emoji, 40);
		assertThat(recortado).endsWith(Auditoria.TRUNCADO).hasSizeLessThanOrEqualTo(40);
		assertThat(Character.isHighSurrogate(recortado.charAt(recortado.length() - Auditoria.TRUNCADO.length() - 1)))
			.isFalse();
		assertThat(Auditoria.recortar("corto", 40)).isEqualTo("corto");
	}

}
