package co.pqrsd.server.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus metrics and the probes answer on the management port, without login, and
 * nothing else does there; the application's port serves neither but its own
 * {@code /livez} and {@code /readyz}.
 */
@PruebaIntegracion
class MetricasSaludTest {

	@LocalServerPort
	int puerto;

	@LocalManagementPort
	int gestion;

	@Autowired
	MetricasOperacion metricas;

	@Test
	void prometheusEnElPuertoDeGestionConLasCifrasDelNegocio() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "882", "nombre", "Métricas")));
		var radicado = admin.post("/api/v1/radicados", ClienteApi.json(Map.of("tipo", "ENTRADA", "asunto", "Métricas",
				"dependencia", "882", "medio", "PRESENCIAL", "remitente", Map.of("anonimo", true))));
		assertThat(radicado.estado()).as(radicado.cuerpo()).isIn(201, 403);
		metricas.calcular();
		var r = ClienteApi.anonimo(gestion).get("/actuator/prometheus");
		assertThat(r.estado()).isEqualTo(200);
		assertThat(r.cuerpo()).contains("pqrsd_casos_abiertos{semaforo=\"ROJO\"}", "pqrsd_temporizadores_vencidos",
				"pqrsd_auditoria_sin_sellar", "pqrsd_auditoria_retraso_sellado_segundos",
				"pqrsd_respaldo_edad_segundos", "pqrsd_avisos_enviados", "http_server_requests_seconds",
				"hikaricp_connections_active", "jvm_memory_used_bytes");
		if (radicado.estado() == 201) {
			assertThat(r.cuerpo()).contains("pqrsd_radicados{tipo=\"ENTRADA\"}");
		}
		// Not on the application's port.
		assertThat(ClienteApi.anonimo(puerto).get("/actuator/prometheus").estado()).isNotEqualTo(200);
	}

	@Test
	void sondasDeVidaYDisponibilidadReflejanBaseYMotor() {
		for (String sonda : new String[] { "/actuator/health/readiness", "/actuator/health/liveness",
				"/actuator/health" }) {
			var r = ClienteApi.anonimo(gestion).get(sonda);
			assertThat(r.estado()).as(sonda + " " + r.cuerpo()).isEqualTo(200);
			assertThat(r.json().get("status").asString()).isEqualTo("UP");
		}
		assertThat(ClienteApi.anonimo(puerto).get("/readyz").estado()).isEqualTo(200);
		assertThat(ClienteApi.anonimo(puerto).get("/livez").estado()).isEqualTo(200);
		// Nothing else is open on the management port.
		for (String otro : new String[] { "/actuator/env", "/actuator/beans", "/actuator", "/actuator/metrics" }) {
			var r = ClienteApi.anonimo(gestion).get(otro);
			// Refused, not found, or sent to log in (302).
			assertThat(r.estado()).as(otro).isIn(302, 401, 403, 404);
			assertThat(r.cuerpo()).doesNotContain("propertySources", "\"beans\"", "\"names\"");
		}
	}

}
