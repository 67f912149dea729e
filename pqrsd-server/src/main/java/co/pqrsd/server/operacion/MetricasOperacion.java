package co.pqrsd.server.operacion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.server.pqrsd.EstadisticasPqrsd;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The business gauges on {@code /actuator/prometheus} (docs/operacion.md, «Métricas»).
 * They are computed every {@code pqrsd.metricas.intervalo} (30 s) by a few cheap queries,
 * never per scrape: a scraper asking every second costs nothing.
 */
@Component
class MetricasOperacion {

	private static final Logger log = LoggerFactory.getLogger(MetricasOperacion.class);

	private final JdbcClient jdbc;

	private final EstadisticasPqrsd pqrsd;

	private final MeterRegistry registro;

	private final Clock reloj;

	private final Map<String, AtomicLong> valores = new ConcurrentHashMap<>();

	MetricasOperacion(JdbcClient jdbc, EstadisticasPqrsd pqrsd, MeterRegistry registro, Clock reloj) {
		this.jdbc = jdbc;
		this.pqrsd = pqrsd;
		this.registro = registro;
		this.reloj = reloj;
		for (Semaforo.Color c : Semaforo.Color.values()) {
			fijar("pqrsd.casos.abiertos", "PQRSD abiertas por color del semáforo", Tags.of("semaforo", c.name()), 0);
		}
	}

	@Scheduled(fixedDelayString = "${pqrsd.metricas.intervalo:30s}", initialDelayString = "${pqrsd.metricas.inicio:5s}")
	void actualizar() {
		try {
			calcular();
		}
		catch (RuntimeException e) {
			// The database may be down: the gauges keep their last value, health says
			// why.
			log.warn("No se pudieron actualizar las métricas: {}", e.getMessage());
		}
	}

	/** One round of queries; the gauges read what it leaves. */
	void calcular() {
		OffsetDateTime ahora = OffsetDateTime.now(reloj);
		jdbc.sql("SELECT tipo, sum(ultimo) FROM radicado_consecutivo GROUP BY tipo").query(rs -> {
			fijar("pqrsd.radicados", "Radicados asignados (todos los años), por tipo", Tags.of("tipo", rs.getString(1)),
					rs.getLong(2));
		});
		pqrsd.porEstado()
			.forEach((estado, n) -> fijar("pqrsd.casos", "PQRSD por estado", Tags.of("estado", estado), n));
		pqrsd.porSemaforo(new EstadisticasPqrsd.Alcance(true, Set.of(), ""))
			.forEach((color, n) -> fijar("pqrsd.casos.abiertos", "PQRSD abiertas por color del semáforo",
					Tags.of("semaforo", color.name()), n));
		// Flowable's own tables, read only (counts): the engine's package is the only one
		// that imports the engine.
		jdbc.sql("""
				SELECT (SELECT count(*) FROM act_ru_timer_job),
				       (SELECT count(*) FROM act_ru_timer_job WHERE duedate_ <= :ahora),
				       (SELECT count(*) FROM act_ru_deadletter_job),
				       (SELECT count(*) FROM pqrsd_aviso_enviado),
				       (SELECT count(*) FROM auditoria_evento e
				         WHERE e.id > (SELECT coalesce(max(evento_id), 0) FROM auditoria_sello)),
				       (SELECT min(e.instante) FROM auditoria_evento e
				         WHERE e.id > (SELECT coalesce(max(evento_id), 0) FROM auditoria_sello)),
				       (SELECT max(fin) FROM operacion_respaldo WHERE correcto)""").param("ahora", ahora).query(rs -> {
			fijar("pqrsd.temporizadores.programados", "Temporizadores de PQRSD programados en el motor", Tags.empty(),
					rs.getLong(1));
			fijar("pqrsd.temporizadores.vencidos", "Temporizadores cuyo momento ya llegó y aún no se han disparado",
					Tags.empty(), rs.getLong(2));
			fijar("pqrsd.motor.trabajos.fallidos", "Trabajos del motor agotados (dead letter)", Tags.empty(),
					rs.getLong(3));
			fijar("pqrsd.avisos.enviados", "Avisos de PQRSD disparados (semáforo, vencimiento, escalamiento…)",
					Tags.empty(), rs.getLong(4));
			fijar("pqrsd.auditoria.sin.sellar", "Entradas de auditoría que aún no están en la cadena", Tags.empty(),
					rs.getLong(5));
			OffsetDateTime masVieja = rs.getObject(6, OffsetDateTime.class);
			fijar("pqrsd.auditoria.retraso.sellado.segundos",
					"Antigüedad de la entrada de auditoría más vieja sin sellar", Tags.empty(),
					masVieja == null ? 0 : Math.max(0, ahora.toEpochSecond() - masVieja.toEpochSecond()));
			OffsetDateTime respaldo = rs.getObject(7, OffsetDateTime.class);
			fijar("pqrsd.respaldo.edad.segundos", "Segundos desde el último respaldo correcto (-1: ninguno)",
					Tags.empty(), respaldo == null ? -1 : ahora.toEpochSecond() - respaldo.toEpochSecond());
		});
		fijar("pqrsd.metricas.actualizadas.segundos", "Momento (epoch) en que se calcularon estas métricas",
				Tags.empty(), ahora.toEpochSecond());
	}

	private void fijar(String nombre, String descripcion, Tags etiquetas, long valor) {
		String clave = nombre + etiquetas;
		valores.computeIfAbsent(clave, k -> {
			AtomicLong nuevo = new AtomicLong();
			Gauge.builder(nombre, nuevo, AtomicLong::doubleValue)
				.description(descripcion)
				.tags(etiquetas)
				.register(registro);
			return nuevo;
		}).set(valor);
	}

}
