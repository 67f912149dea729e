package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The engine's open task follows the case (reparto, reasignación back to the new
 * dependencia's reparto, trámite, aprobación, end), and the internal consultation opens a
 * side task for the consulted dependencia that its answer completes.
 */
@PruebaIntegracion
class TareasPqrsdTest extends PruebaConMotor {

	/** Tuesday 5 May 2026. */
	static final LocalDate MARTES = LocalDate.of(2026, 5, 5);

	@BeforeEach
	void preparar() {
		preparar("tq", "882");
		p.usuarios("tp", "881");
	}

	@Test
	void laTareaAbiertaSigueAlCasoYLaConsultaInternaAbreYCierraSuTarea() {
		p.fijar(MARTES, 10);
		String r = p.crear("tpventanilla", "PETICION", "GENERAL", "881", "");
		assertThat(motor.pasoActual(r)).isEqualTo("reparto");
		assertThat(tareas("tpjefe")).contains(r + " Reparto");
		assertThat(tareas("tqjefe")).noneMatch(t -> t.startsWith(r));

		var reasignada = p.como("tpjefe")
			.post("/api/v1/pqrsd/" + r + "/reasignacion",
					"{\"dependencia\":\"882\",\"motivo\":\"Es competencia de la otra dependencia\"}");
		assertThat(reasignada.estado()).as(reasignada.cuerpo()).isEqualTo(200);
		assertThat(motor.pasoActual(r)).isEqualTo("reparto");
		assertThat(tareas("tqjefe")).contains(r + " Reparto");
		assertThat(tareas("tpjefe")).noneMatch(t -> t.startsWith(r));

		p.asignar("tqjefe", r, "tqfunc");
		assertThat(motor.pasoActual(r)).isEqualTo("tramite");
		assertThat(tareas("tqfunc")).contains(r + " Trámite y proyección de la respuesta");
		assertThat(tareas("tqjefe")).noneMatch(t -> t.startsWith(r));

		var consulta = p.como("tqfunc")
			.post("/api/v1/pqrsd/" + r + "/consultas",
					"{\"dependencia\":\"881\",\"pregunta\":\"¿Hay obra programada?\",\"vence\":\"2026-05-08\"}");
		assertThat(consulta.estado()).as(consulta.cuerpo()).isEqualTo(200);
		JsonNode lateral = null;
		for (JsonNode t : p.como("tpjefe").get("/api/v1/tareas").json()) {
			if (t.get("radicado").asString().equals(r)) {
				lateral = t;
			}
		}
		assertThat(lateral).isNotNull();
		assertThat(lateral.get("nombre").asString()).startsWith("Responder consulta interna");
		assertThat(lateral.get("vencimiento").asString()).isEqualTo("2026-05-08");
		assertThat(lateral.get("diasHabilesRestantes").asInt()).isEqualTo(3);
		var respondida = p.como("tpfunc")
			.post("/api/v1/pqrsd/" + r + "/consultas/1/respuesta", "{\"texto\":\"Sí, en junio\"}");
		assertThat(respondida.estado()).as(respondida.cuerpo()).isEqualTo(200);
		assertThat(tareas("tpjefe")).noneMatch(t -> t.startsWith(r));

		var proyectada = p.como("tqfunc")
			.post("/api/v1/pqrsd/" + r + "/respuesta", "{\"texto\":\"Habrá obra en junio.\"}");
		assertThat(proyectada.estado()).as(proyectada.cuerpo()).isEqualTo(200);
		if (proyectada.json().get("estado").asString().equals("EN_APROBACION")) {
			assertThat(motor.pasoActual(r)).isEqualTo("aprobacion");
			assertThat(tareas("tqjefe")).contains(r + " Aprobación de la respuesta");
			var aprobada = p.como("tqjefe").post("/api/v1/pqrsd/" + r + "/aprobacion", "{\"aprobada\":true}");
			assertThat(aprobada.estado()).as(aprobada.cuerpo()).isEqualTo(200);
		}
		assertThat(p.estado(r)).isEqualTo("RESPONDIDA");
		assertThat(motor.pasoActual(r)).as("el proceso terminó").isNull();
		assertThat(motor.timer(r)).isNull();
		assertThat(tareas("tqfunc")).noneMatch(t -> t.startsWith(r));
	}

	@Test
	void lasTareasSeLeenPorPaginasEnOrdenDeVencimientoSinRepetirNiPerderNinguna() {
		p.fijar(MARTES, 9);
		List<String> radicados = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String r = p.crear("tpventanilla", "PETICION", i % 2 == 0 ? "GENERAL" : "CONSULTA", "881", "");
			p.asignar("tpjefe", r, "tpotro");
			radicados.add(r);
		}
		List<String> todas = tareas("tpotro");
		assertThat(todas).hasSizeGreaterThanOrEqualTo(5);
		List<String> porPaginas = new ArrayList<>();
		for (int pagina = 0; pagina * 2 < todas.size(); pagina++) {
			var r = p.como("tpotro").get("/api/v1/tareas?pagina=" + pagina + "&tamano=2");
			assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
			assertThat(r.json().size()).isLessThanOrEqualTo(2);
			r.json().forEach(t -> porPaginas.add(t.get("radicado").asString() + " " + t.get("nombre").asString()));
		}
		assertThat(porPaginas).containsExactlyElementsOf(todas);
		assertThat(todas.stream().map(t -> t.substring(0, t.indexOf(' '))).toList()).containsAll(radicados);
		// The engine's order: a task's own due date first (side tasks), then creation.
		assertThat(todas.stream().map(t -> t.substring(0, t.indexOf(' '))).filter(radicados::contains).toList())
			.containsExactlyElementsOf(radicados);
		var grande = p.como("tpotro").get("/api/v1/tareas?tamano=501");
		assertThat(grande.estado()).as(grande.cuerpo()).isEqualTo(400);
		assertThat(grande.json().get("code").asString()).isEqualTo("PARAMETRO_INVALIDO");
	}

	private List<String> tareas(String usuario) {
		var respuesta = p.como(usuario).get("/api/v1/tareas");
		assertThat(respuesta.estado()).as(respuesta.cuerpo()).isEqualTo(200);
		List<String> r = new ArrayList<>();
		respuesta.json().forEach(t -> r.add(t.get("radicado").asString() + " " + t.get("nombre").asString()));
		return r;
	}

}
