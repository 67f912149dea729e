package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What moves a case's timer: a prórroga (new keys), a closure declared and revoked, a
 * requerimiento that suspends the term (no reminders while SUSPENDIDA) and the citizen's
 * answer that restarts it.
 */
@PruebaIntegracion
class AvisosPqrsdTest extends PruebaConMotor {

	@BeforeEach
	void preparar() {
		preparar("av", "861");
	}

	@Test
	void unaProrrogaMueveLosAvisosYAbreClavesNuevas() {
		p.fijar(LocalDate.of(2026, 10, 1), 10);
		String r = p.crear("avventanilla", "PETICION", "GENERAL", "861", "");
		p.asignar("avjefe", r, "avfunc");
		Instant antes = motor.timer(r);
		LocalDate vence = LocalDate
			.parse(p.como("avfunc").get("/api/v1/pqrsd/" + r).json().get("vencimiento").asString());
		LocalDate nueva = vence.plusDays(14);
		var prorroga = p.como("avfunc")
			.post("/api/v1/pqrsd/" + r + "/prorroga",
					"{\"motivo\":\"Concepto técnico\",\"nuevoVencimiento\":\"" + nueva + "\"}");
		assertThat(prorroga.estado()).as(prorroga.cuerpo()).isEqualTo(200);
		assertThat(motor.timer(r)).isAfter(antes);
		for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(nueva.plusDays(5)); d = d.plusDays(1)) {
			p.fijar(d, 12);
			p.esperarTimer(r);
		}
		assertThat(p.notificaciones(r)).containsExactly(r + "/SEMAFORO_AMARILLO/t0p avfunc",
				r + "/SEMAFORO_ROJO/t0p avfunc", r + "/ESCALAMIENTO/t0p avfunc", r + "/ESCALAMIENTO/t0p avjefe",
				r + "/ESCALAMIENTO/t0p mtcontrol");
		assertThat(p.estado(r)).isEqualTo("VENCIDA");
	}

	@Test
	void unCierreDeclaradoYRevocadoReprogramaLosTemporizadores() {
		LocalDate martes = LocalDate.of(2026, 11, 3);
		p.fijar(martes, 10);
		String r = p.crear("avventanilla", "PETICION", "GENERAL", "861", "");
		p.asignar("avjefe", r, "avfunc");
		Instant antes = Objects.requireNonNull(motor.timer(r));
		LocalDate amarillo = jdbc.queryForObject("SELECT amarillo_desde FROM pqrsd_caso WHERE radicado = ?",
				LocalDate.class, r);
		LocalDate dia = LocalDate.of(2026, 11, 5);
		var cierre = p.admin()
			.post("/api/v1/calendario/cierres", ClienteApi.json(Map.of("desde", dia.toString(), "hasta", dia.toString(),
					"tipo", "CIERRE", "acto", "Decreto 80", "fechaActo", "2026-11-01", "motivo", "Jornada electoral")));
		assertThat(cierre.estado()).as(cierre.cuerpo()).isEqualTo(201);
		long id = cierre.json().get("id").asLong();
		try {
			Instant despues = esperarCambio(r, antes);
			assertThat(despues).isAfter(antes);
			assertThat(
					jdbc.queryForObject("SELECT amarillo_desde FROM pqrsd_caso WHERE radicado = ?", LocalDate.class, r))
				.isAfter(amarillo);
			var revocado = p.admin()
				.post("/api/v1/calendario/cierres/" + id + "/revocacion", "{\"motivo\":\"Se aplazó la jornada\"}");
			assertThat(revocado.estado()).as(revocado.cuerpo()).isEqualTo(200);
			id = -1;
			assertThat(esperarCambio(r, despues)).isEqualTo(antes);
			assertThat(
					jdbc.queryForObject("SELECT amarillo_desde FROM pqrsd_caso WHERE radicado = ?", LocalDate.class, r))
				.isEqualTo(amarillo);
		}
		finally {
			if (id > 0) {
				p.admin().post("/api/v1/calendario/cierres/" + id + "/revocacion", "{\"motivo\":\"Fin\"}");
			}
		}
	}

	@Test
	void unRequerimientoSuspendeLosAvisosYLaRespuestaDelCiudadanoLosReanuda() {
		LocalDate inicio = LocalDate.of(2026, 11, 3);
		p.fijar(inicio, 10);
		String r = p.crear("avventanilla", "PETICION", "GENERAL", "861", "");
		p.asignar("avjefe", r, "avfunc");
		p.fijar(inicio.plusDays(2), 10);
		var requerimiento = p.como("avfunc")
			.post("/api/v1/pqrsd/" + r + "/requerimiento", "{\"solicitud\":\"Aporte el certificado\"}");
		assertThat(requerimiento.estado()).as(requerimiento.cuerpo()).isEqualTo(200);
		assertThat(p.estado(r)).isEqualTo("SUSPENDIDA");
		assertThat(p.como("avfunc").get("/api/v1/bandeja").json().get("contadores").get("SUSPENDIDO").asLong())
			.isEqualTo(1);
		// While suspended only the peticionario's plazo is pending: no reminders for 20
		// days.
		for (LocalDate d = inicio.plusDays(2); !d.isAfter(inicio.plusDays(22)); d = d.plusDays(1)) {
			p.fijar(d, 12);
			p.esperarTimer(r);
		}
		assertThat(p.notificaciones(r)).isEmpty();
		assertThat(p.estado(r)).isEqualTo("SUSPENDIDA");
		var respuesta = p.como("avfunc")
			.post("/api/v1/pqrsd/" + r + "/respuesta-peticionario", "{\"texto\":\"Adjunto el certificado\"}");
		assertThat(respuesta.estado()).as(respuesta.cuerpo()).isEqualTo(200);
		assertThat(p.estado(r)).isEqualTo("EN_TRAMITE");
		LocalDate vence = LocalDate
			.parse(p.como("avfunc").get("/api/v1/pqrsd/" + r).json().get("vencimiento").asString());
		for (LocalDate d = inicio.plusDays(23); !d.isAfter(vence.plusDays(1)); d = d.plusDays(1)) {
			p.fijar(d, 12);
			p.esperarTimer(r);
		}
		List<String> n = p.notificaciones(r);
		assertThat(n).anyMatch(x -> x.contains("/SEMAFORO_ROJO/") && x.endsWith(" avfunc"));
		assertThat(p.estado(r)).isEqualTo("VENCIDA");
	}

	@Test
	void sinRespuestaDelCiudadanoElMotorAbreLaTareaDeDesistimientoQueElActoCierra() {
		LocalDate inicio = LocalDate.of(2026, 6, 2);
		p.fijar(inicio, 10);
		String r = p.crear("avventanilla", "PETICION", "GENERAL", "861", "");
		p.asignar("avjefe", r, "avfunc");
		var requerimiento = p.como("avfunc")
			.post("/api/v1/pqrsd/" + r + "/requerimiento", "{\"solicitud\":\"Aporte el plano\"}");
		assertThat(requerimiento.estado()).as(requerimiento.cuerpo()).isEqualTo(200);
		Instant plazo = Objects.requireNonNull(motor.timer(r));
		// Ley 1755 de 2015, art. 17: one month for the citizen; then the engine opens the
		// desistimiento task for the jefe.
		reloj.fijar(plazo.plusSeconds(3600));
		p.esperarTimer(r);
		assertThat(p.estado(r)).isEqualTo("SUSPENDIDA");
		java.util.List<String> tareas = new java.util.ArrayList<>();
		p.como("avjefe").get("/api/v1/tareas").json().forEach(t -> {
			if (t.get("radicado").asString().equals(r)) {
				tareas.add(t.get("nombre").asString());
			}
		});
		assertThat(tareas).singleElement().asString().startsWith("Decretar desistimiento tácito");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM auditoria_evento WHERE accion = "
				+ "'PQRSD_PLAZO_PETICIONARIO_VENCIDO' AND objeto_id = ?", Long.class, r))
			.isEqualTo(1);
		var desistida = p.como("avjefe")
			.post("/api/v1/pqrsd/" + r + "/desistimiento", "{\"tipo\":\"TACITO\",\"acto\":\"Resolución 45\","
					+ "\"motivacion\":\"No aportó el plano en el plazo legal\"}");
		assertThat(desistida.estado()).as(desistida.cuerpo()).isEqualTo(200);
		assertThat(p.estado(r)).isEqualTo("DESISTIDA");
		assertThat(p.como("avjefe").get("/api/v1/tareas").json().toString()).doesNotContain(r);
		assertThat(motor.pasoActual(r)).isNull();
	}

	/** Waits (bounded) for the calendar change to reach the case's timer. */
	private Instant esperarCambio(String r, Instant antes) {
		for (int i = 0; i < 200; i++) {
			Instant t = motor.timer(r);
			if (t != null && !t.equals(antes)) {
				return t;
			}
			PruebaPqrsdMotor.dormir(100);
		}
		throw new AssertionError("El temporizador de " + r + " no se reprogramó");
	}

}
