package co.pqrsd.server.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bandeja per role, its colour counters and filters, the paged list, and
 * /api/v1/tareas, on the real server.
 */
@PruebaIntegracion
class BandejaPqrsdTest extends PruebaConMotor {

	/** Tuesday 1 September 2026. */
	static final LocalDate MARTES = LocalDate.of(2026, 9, 1);

	@BeforeEach
	void preparar() {
		preparar("bk", "852");
		p.usuarios("bj", "851");
	}

	/**
	 * The bandeja's queries state the open cases as the covering indexes do (V33): else
	 * the planner cannot use them and a jefe's bandeja reads one table page per case.
	 */
	@Test
	void laBandejaNombraLosEstadosAbiertosComoSusIndices() {
		String cerrados = java.util.Arrays.stream(co.pqrsd.core.pqrsd.EstadoPqrsd.values())
			.filter(e -> !e.abierta())
			.map(e -> "'" + e.name() + "'")
			.collect(java.util.stream.Collectors.joining(", "));
		assertThat(BandejaPqrsd.ABIERTO_SEGUN_INDICES).isEqualTo("estado NOT IN (" + cerrados + ")");
		for (String indice : List.of("pqrsd_caso_bandeja_asignado", "pqrsd_caso_bandeja_dependencia")) {
			String definicion = jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = ?", String.class,
					indice);
			for (co.pqrsd.core.pqrsd.EstadoPqrsd e : co.pqrsd.core.pqrsd.EstadoPqrsd.values()) {
				assertThat(definicion.contains("'" + e.name() + "'")).as(indice + " / " + e).isEqualTo(!e.abierta());
			}
			assertThat(definicion).contains("INCLUDE");
		}
	}

	@Test
	void cadaRolVeSuBandejaConSusColoresYLasTareasTienenLaFormaFijada() {
		p.fijar(MARTES, 10);
		String asignada = p.crear("bjventanilla", "PETICION", "GENERAL", "851", "");
		p.asignar("bjjefe", asignada, "bjfunc");
		String enReparto = p.crear("bjventanilla", "QUEJA", "GENERAL", "851", "");
		String denuncia = p.crear("bjventanilla", "DENUNCIA", "GENERAL", "851", ",\"denunciaCorrupcion\":true");
		p.asignar("bjjefe", denuncia, "bjotro");
		String otra = p.crear("bkventanilla", "RECLAMO", "GENERAL", "852", "");
		p.asignar("bkjefe", otra, "bkfunc");
		Set<String> mias = Set.of(asignada, enReparto, denuncia, otra);

		JsonNode func = bandeja("bjfunc", "");
		assertThat(radicados(func)).containsExactly(asignada);
		JsonNode fila = func.get("filas").get(0);
		assertThat(fila.get("etiqueta").asString()).isEqualTo("PETICION");
		assertThat(fila.get("modalidad").asString()).isEqualTo("GENERAL");
		assertThat(fila.get("estado").asString()).isEqualTo("EN_TRAMITE");
		assertThat(fila.get("semaforo").asString()).isEqualTo("VERDE");
		assertThat(fila.get("diasHabilesRestantes").asInt()).isEqualTo(15);
		assertThat(fila.get("peticionario").asString()).isEqualTo("Ana Ruiz");
		assertThat(fila.get("asunto").asString()).isEqualTo("Asunto PETICION");
		assertThat(fila.get("dependencia").asString()).isEqualTo("851");
		assertThat(fila.get("asignadoA").asString()).isEqualTo("bjfunc");
		assertThat(fila.get("escalada").asBoolean()).isFalse();
		assertThat(func.get("total").asLong()).isEqualTo(1);
		assertThat(func.get("contadores").get("VERDE").asLong()).isEqualTo(1);
		assertThat(func.get("contadores").get("ROJO").asLong()).isZero();

		// The jefe sees his dependencia's cases, the reserved denuncia included (he holds
		// its reparto), not another dependencia's.
		assertThat(radicados(bandeja("bjjefe", ""))).containsExactlyInAnyOrder(asignada, enReparto, denuncia);
		assertThat(radicados(bandeja("bjjefe", "alcance=MIAS"))).isEmpty();
		// The denuncia only to its assignee among funcionarios.
		assertThat(radicados(bandeja("bjotro", ""))).containsExactly(denuncia);
		assertThat(bandeja("bjotro", "").get("filas").get(0).get("peticionario").asString()).isEqualTo("Ana Ruiz");
		assertThat(radicados(bandeja("bkfunc", ""))).containsExactly(otra);
		// Control Interno: nothing while all are green.
		assertThat(radicados(bandeja("mtcontrol", "tamano=200"))).doesNotContainAnyElementsOf(mias);
		assertThat(radicados(bandeja("admin", "tamano=200&orden=-recibido"))).containsAll(mias);

		// A repartidor named by the jefe sees the cases waiting for his reparto, a
		// reserved
		// denuncia among them without its peticionario's identity, and has their reparto
		// task.
		String denunciaEnReparto = p.crear("bjventanilla", "DENUNCIA", "GENERAL", "851",
				",\"denunciaCorrupcion\":true");
		var nombrado = p.como("bjjefe").put("/api/v1/pqrsd/repartidores/851", "{\"usuarios\":[\"bjfunc\"]}");
		assertThat(nombrado.estado()).as(nombrado.cuerpo()).isEqualTo(200);
		JsonNode repartidor = bandeja("bjfunc", "");
		assertThat(radicados(repartidor)).containsExactlyInAnyOrder(asignada, enReparto, denunciaEnReparto);
		repartidor.get("filas").forEach(f -> {
			if (f.get("radicado").asString().equals(denunciaEnReparto)) {
				assertThat(f.get("peticionario").asString()).isEqualTo("Reservado");
			}
		});
		List<String> tareasRepartidor = new ArrayList<>();
		p.como("bjfunc").get("/api/v1/tareas").json().forEach(t -> tareasRepartidor.add(t.get("radicado").asString()));
		assertThat(tareasRepartidor).contains(enReparto, denunciaEnReparto, asignada);
		p.como("bjjefe").put("/api/v1/pqrsd/repartidores/851", "{\"usuarios\":[]}");
		p.asignar("bjjefe", denunciaEnReparto, "bjotro");

		// Tasks: the jefe has the reparto of the unassigned one, the funcionario his
		// trámite.
		var jefe = p.como("bjjefe").get("/api/v1/tareas");
		assertThat(jefe.estado()).isEqualTo(200);
		List<String> tareasJefe = new ArrayList<>();
		jefe.json().forEach(t -> {
			List<String> campos = new ArrayList<>();
			t.propertyNames().forEach(campos::add);
			assertThat(campos).containsExactly("id", "nombre", "radicado", "vencimiento", "semaforo",
					"diasHabilesRestantes");
			tareasJefe.add(t.get("radicado").asString() + " " + t.get("nombre").asString());
		});
		assertThat(tareasJefe).contains(enReparto + " Reparto").noneMatch(t -> t.startsWith(asignada));
		JsonNode tareaFunc = p.como("bjfunc").get("/api/v1/tareas").json().get(0);
		assertThat(tareaFunc.get("radicado").asString()).isEqualTo(asignada);
		assertThat(tareaFunc.get("nombre").asString()).isEqualTo("Trámite y proyección de la respuesta");
		assertThat(tareaFunc.get("vencimiento").asString()).isEqualTo(fila.get("vencimiento").asString());
		assertThat(tareaFunc.get("semaforo").asString()).isEqualTo("VERDE");
		assertThat(tareaFunc.get("diasHabilesRestantes").asInt()).isEqualTo(15);

		// Thirteen business days later all four are red: Control Interno sees them.
		LocalDate vence = LocalDate.parse(fila.get("vencimiento").asString());
		p.fijar(vence.minusDays(1), 12);
		mias.forEach(p::esperarTimer);
		JsonNode control = bandeja("mtcontrol", "tamano=200");
		assertThat(radicados(control)).containsAll(mias);
		assertThat(control.get("contadores").get("ROJO").asLong()).isGreaterThanOrEqualTo(4);
		assertThat(radicados(bandeja("mtcontrol", "tamano=200&semaforo=VERDE"))).isEmpty();
		JsonNode rojoFunc = bandeja("bjfunc", "semaforo=ROJO");
		assertThat(radicados(rojoFunc)).containsExactly(asignada);
		assertThat(rojoFunc.get("contadores").get("ROJO").asLong()).isEqualTo(1);
		assertThat(radicados(bandeja("bjfunc", "semaforo=VERDE"))).isEmpty();
		// The paged list filters by semáforo in SQL too.
		var lista = p.como("bjjefe").get("/api/v1/pqrsd?semaforo=ROJO&dependencia=851&tamano=2&pagina=0").json();
		assertThat(lista.get("total").asLong()).isEqualTo(4);
		assertThat(lista.get("elementos")).hasSize(2);
		assertThat(lista.get("elementos").get(0).get("semaforo").asString()).isEqualTo("ROJO");
		assertThat(p.como("bjfunc").get("/api/v1/pqrsd?dependencia=851&tamano=50").json().get("total").asLong())
			.isEqualTo(2);

		// After expiry and escalation: VENCIDO, marked escalated, in Control Interno's
		// inbox.
		p.fijar(vence.plusDays(1), 12);
		while (LocalDate.ofInstant(reloj.instant(), co.pqrsd.core.comun.Colombia.ZONA).getDayOfWeek().getValue() > 5) {
			reloj.fijar(reloj.instant().plusSeconds(86400));
		}
		mias.forEach(p::esperarTimer);
		JsonNode vencidas = bandeja("mtcontrol", "tamano=200&semaforo=VENCIDO");
		List<JsonNode> filas = new ArrayList<>();
		vencidas.get("filas").forEach(f -> {
			if (mias.contains(f.get("radicado").asString())) {
				filas.add(f);
			}
		});
		assertThat(filas).hasSize(4).allMatch(f -> f.get("escalada").asBoolean());
		assertThat(filas).allMatch(f -> f.get("diasHabilesRestantes").asInt() == 0);
		assertThat(p.como("bjfunc").get("/api/v1/bandeja?orden=nada").estado()).isEqualTo(400);
	}

	private JsonNode bandeja(String usuario, String consulta) {
		var r = usuario.equals("admin") ? p.admin().get("/api/v1/bandeja?" + consulta)
				: p.como(usuario).get("/api/v1/bandeja?" + consulta);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json();
	}

	private static List<String> radicados(JsonNode pagina) {
		List<String> r = new ArrayList<>();
		pagina.get("filas").forEach(f -> r.add(f.get("radicado").asString()));
		return r;
	}

}
