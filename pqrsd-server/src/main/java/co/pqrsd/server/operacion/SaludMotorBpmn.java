package co.pqrsd.server.operacion;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code motorBpmn} in the readiness and liveness probes: the BPMN engine is working when
 * no timer is left unfired, and unlocked, longer than
 * {@code pqrsd.salud.atraso-temporizadores} (5 minutes) after its due time. A stuck or
 * dead job executor shows here first; restarting the node is the remedy. When the
 * database cannot be reached this says UNKNOWN (the {@code db} indicator reports it), so
 * a database outage does not restart every node.
 */
@Component("motorBpmn")
class SaludMotorBpmn implements HealthIndicator {

	private final JdbcClient jdbc;

	private final Clock reloj;

	private final Duration atrasoMaximo;

	SaludMotorBpmn(JdbcClient jdbc, Clock reloj,
			@Value("${pqrsd.salud.atraso-temporizadores:5m}") Duration atrasoMaximo) {
		this.jdbc = jdbc;
		this.reloj = reloj;
		this.atrasoMaximo = atrasoMaximo;
	}

	@Override
	public Health health() {
		long atrasados;
		try {
			atrasados = jdbc
				.sql("SELECT count(*) FROM act_ru_timer_job WHERE duedate_ < :limite AND lock_owner_ IS NULL")
				.param("limite", OffsetDateTime.now(reloj).minus(atrasoMaximo))
				.query(Long.class)
				.single();
		}
		catch (RuntimeException e) {
			return Health.unknown().build();
		}
		return atrasados == 0 ? Health.up().build()
				: Health.down().withDetail("temporizadoresAtrasados", atrasados).build();
	}

}
