package co.pqrsd.server.operacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin screen's backup status: the last good backup counts, failed ones do not, and
 * it warns once the last good one is older than {@code pqrsd.respaldo.antiguedad-maxima}.
 */
@PruebaIntegracion
class EstadoRespaldosTest {

	@Autowired
	EstadoRespaldos estado;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@AfterEach
	void restablecer() {
		reloj.restablecer();
	}

	@Test
	void avisaCuandoElUltimoRespaldoCorrectoEsViejo() {
		jdbc.update("DELETE FROM operacion_respaldo");
		assertThat(estado.estado().vencido()).isTrue();
		assertThat(estado.estado().ultimoCorrecto()).isNull();
		OffsetDateTime ahora = OffsetDateTime.ofInstant(reloj.instant(), Colombia.ZONA)
			.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		registrar(ahora.minusHours(2), true);
		registrar(ahora.minusHours(1), false);
		var e = estado.estado();
		assertThat(e.vencido()).isFalse();
		assertThat(e.ultimoCorrecto().fin()).isEqualTo(ahora.minusHours(2).toInstant());
		assertThat(e.recientes()).hasSize(2).first().extracting(EstadoRespaldos.Respaldo::correcto).isEqualTo(false);
		reloj.fijar(reloj.instant().plus(Duration.ofHours(25)));
		assertThat(estado.estado().vencido()).as("27 h > 26 h").isTrue();
	}

	private void registrar(OffsetDateTime fin, boolean correcto) {
		jdbc.update(
				"""
						INSERT INTO operacion_respaldo (inicio, fin, destino, modo, version_esquema, archivos, bytes, documentos,
						                                correcto, mensaje)
						VALUES (?, ?, '/respaldos/x', 'base', '26', 3, 1024, 1, ?, '')""",
				fin.minusMinutes(1), fin, correcto);
	}

}
