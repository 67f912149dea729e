package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.pqrsd.motor.MotorPqrsd;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shared set-up of the engine tests: their own dependencias and users (so that other
 * classes sharing the server do not interfere), and bounded waits for the engine's
 * timers, fired by the real async executor.
 */
final class PruebaPqrsdMotor {

	static final String CLAVE = "Peticiones2026";

	final int puerto;

	final JdbcTemplate jdbc;

	final RelojAjustable reloj;

	final MotorPqrsd motor;

	String prefijo = "";

	PruebaPqrsdMotor(int puerto, JdbcTemplate jdbc, RelojAjustable reloj, MotorPqrsd motor) {
		this.puerto = puerto;
		this.jdbc = jdbc;
		this.reloj = reloj;
		this.motor = motor;
	}

	/**
	 * Dependencia 8{@code n}0 with a jefe, two funcionarios, and a ventanilla; one
	 * Control Interno user for all.
	 */
	void usuarios(String prefijo, String dependencia) {
		this.prefijo = prefijo;
		ClienteApi admin = admin();
		if (admin.get("/api/v1/usuarios/" + prefijo + "ventanilla").estado() == 200) {
			return;
		}
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", dependencia, "nombre", "Dep " + prefijo)));
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "899", "nombre", "Control Interno")));
		usuario(admin, prefijo + "ventanilla", List.of("RADICADOR"), dependencia);
		usuario(admin, prefijo + "jefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), dependencia);
		usuario(admin, prefijo + "func", List.of("FUNCIONARIO"), dependencia);
		usuario(admin, prefijo + "otro", List.of("FUNCIONARIO"), dependencia);
		if (admin.get("/api/v1/usuarios/mtcontrol").estado() != 200) {
			usuario(admin, "mtcontrol", List.of("CONTROL_INTERNO"), "899");
		}
	}

	ClienteApi admin() {
		return ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
	}

	ClienteApi como(String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	String crear(String ventanilla, String etiqueta, String modalidad, String dependencia, String extra) {
		String json = "{\"etiqueta\":\"" + etiqueta + "\","
				+ (modalidad == null ? "" : "\"modalidad\":\"" + modalidad + "\",") + "\"asunto\":\"Asunto " + etiqueta
				+ "\",\"descripcion\":\"Solicito\",\"dependencia\":\"" + dependencia + "\",\"canal\":\"PRESENCIAL\","
				+ "\"peticionario\":{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"52123456\",\"nombre\":\"Ana Ruiz\"}"
				+ extra + "}";
		var r = como(ventanilla).post("/api/v1/pqrsd", json);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json().get("radicado").asString();
	}

	void asignar(String jefe, String radicado, String funcionario) {
		var r = como(jefe).post("/api/v1/pqrsd/" + radicado + "/asignacion", "{\"usuario\":\"" + funcionario + "\"}");
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
	}

	/** Sets the clock at that hour of the day in Bogotá. */
	void fijar(LocalDate dia, int hora) {
		reloj.fijar(dia.atTime(LocalTime.of(hora, 0)).atZone(Colombia.ZONA).toInstant());
	}

	/**
	 * Waits (bounded) until the case's timer is waiting in the future again: every aviso
	 * due now has been done by the executor.
	 */
	void esperarTimer(String radicado) {
		for (int intento = 0;; intento++) {
			Instant t = motor.timer(radicado);
			if (t != null && t.isAfter(reloj.instant())) {
				return;
			}
			if (t == null && motor.pasoActual(radicado) == null) {
				return;
			}
			if (intento > 300) {
				throw new AssertionError("El temporizador de " + radicado + " no se disparó a tiempo: " + t);
			}
			dormir(100);
		}
	}

	static void dormir(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * @return the notifications of the case, oldest first: "clave usuario".
	 */
	List<String> notificaciones(String radicado) {
		return jdbc.queryForList(
				"SELECT clave || ' ' || usuario FROM notificacion WHERE clave LIKE ?"
						+ " AND (usuario LIKE ? OR usuario = 'mtcontrol') ORDER BY id",
				String.class, radicado + "/%", prefijo + "%");
	}

	String estado(String radicado) {
		return jdbc.queryForObject("SELECT estado FROM pqrsd_caso WHERE radicado = ?", String.class, radicado);
	}

}
