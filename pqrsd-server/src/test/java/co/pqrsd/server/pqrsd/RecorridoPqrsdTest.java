package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One PQRSD of each modality walked day by day through its whole term with the test
 * clock, on the real engine (its async executor fires the timers) and PostgreSQL: a
 * Monday festivo (20 July 2026) and a declared closure fall inside the term; the
 * reminders, the expiry and the escalation arrive in order, on business days, once each.
 */
@PruebaIntegracion
class RecorridoPqrsdTest extends PruebaConMotor {

	/** Friday 17 July 2026; Monday 20 July is a festivo (Independencia). */
	static final LocalDate VIERNES = LocalDate.of(2026, 7, 17);

	/** A closure declared inside every term walked here. */
	static final LocalDate CIERRE = LocalDate.of(2026, 7, 29);

	Long cierre;

	@BeforeEach
	void preparar() {
		preparar("rc", "841");
		p.fijar(VIERNES.minusDays(1), 10);
		var r = p.admin()
			.post("/api/v1/calendario/cierres",
					ClienteApi.json(Map.of("desde", CIERRE.toString(), "hasta", CIERRE.toString(), "tipo", "CIERRE",
							"acto", "Decreto 77", "fechaActo", "2026-07-01", "motivo", "Traslado de sede")));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		cierre = r.json().get("id").asLong();
	}

	@AfterEach
	void limpiar() {
		if (cierre != null) {
			p.admin().post("/api/v1/calendario/cierres/" + cierre + "/revocacion", "{\"motivo\":\"Fin de la prueba\"}");
		}
		reloj.restablecer();
	}

	@ParameterizedTest
	@CsvSource({ "PETICION,GENERAL,VENCIDA", "PETICION,DOCUMENTOS,VENCIDA_SILENCIO_POSITIVO",
			"PETICION,CONSULTA,VENCIDA", "PETICION,ENTRE_AUTORIDADES,VENCIDA" })
	void recorreElTerminoDiaADiaConAvisosEnOrdenYUnaSolaVez(String etiqueta, String modalidad, String estadoFinal) {
		p.fijar(VIERNES, 10);
		String radicado = p.crear("rcventanilla", etiqueta, modalidad, "841", "");
		assertThat(p.estado(radicado)).isEqualTo("EN_REPARTO");
		assertThat(motor.pasoActual(radicado)).isEqualTo("reparto");
		p.asignar("rcjefe", radicado, "rcfunc");
		assertThat(motor.pasoActual(radicado)).isEqualTo("tramite");
		LocalDate vence = LocalDate
			.parse(p.como("rcfunc").get("/api/v1/pqrsd/" + radicado).json().get("vencimiento").asString());
		var motorTerminos = p.como("rcfunc")
			.get("/api/v1/terminos/vencimiento?modalidad=" + modalidad + "&recibido=2026-07-17T10:00:00-05:00")
			.json();
		assertThat(vence.toString()).isEqualTo(motorTerminos.get("vencimiento").asString());

		Map<String, LocalDate> primeraVez = new LinkedHashMap<>();
		List<String> vistas = new ArrayList<>();
		for (LocalDate dia = VIERNES; !dia.isAfter(vence.plusDays(6)); dia = dia.plusDays(1)) {
			p.fijar(dia, 12);
			p.esperarTimer(radicado);
			for (String n : p.notificaciones(radicado)) {
				if (!vistas.contains(n)) {
					vistas.add(n);
					primeraVez.putIfAbsent(n.substring(radicado.length() + 1, n.indexOf(' ')), dia);
				}
			}
		}
		String r = radicado + "/";
		assertThat(vistas).containsExactly(r + "SEMAFORO_AMARILLO/t0 rcfunc", r + "SEMAFORO_ROJO/t0 rcfunc",
				r + "ESCALAMIENTO/t0 mtcontrol", r + "ESCALAMIENTO/t0 rcfunc", r + "ESCALAMIENTO/t0 rcjefe");
		LocalDate amarillo = primeraVez.get("SEMAFORO_AMARILLO/t0");
		LocalDate rojo = primeraVez.get("SEMAFORO_ROJO/t0");
		LocalDate escalada = primeraVez.get("ESCALAMIENTO/t0");
		assertThat(amarillo).isBefore(rojo);
		assertThat(rojo).isBeforeOrEqualTo(vence);
		assertThat(escalada).isAfter(vence);
		for (LocalDate d : primeraVez.values()) {
			assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(d).isNotIn(LocalDate.of(2026, 7, 20), CIERRE, LocalDate.of(2026, 8, 7));
		}
		assertThat(p.estado(radicado)).isEqualTo(estadoFinal);
		assertThat(jdbc.queryForObject("SELECT escalada_en IS NOT NULL FROM pqrsd_caso WHERE radicado = ?",
				Boolean.class, radicado))
			.isTrue();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM auditoria_evento WHERE accion = 'PQRSD_TERMINO_VENCIDO' AND objeto_id = ?",
				Long.class, radicado))
			.isEqualTo(1);
		var tareas = p.como("rcfunc").get("/api/v1/tareas").json();
		List<String> nombres = new ArrayList<>();
		tareas.forEach(t -> {
			if (t.get("radicado").asString().equals(radicado)) {
				nombres.add(t.get("nombre").asString());
			}
		});
		if (modalidad.equals("DOCUMENTOS")) {
			assertThat(nombres).anyMatch(n -> n.startsWith("Entregar copias"));
		}
		else {
			assertThat(nombres).noneMatch(n -> n.startsWith("Entregar copias"));
		}
	}

}
