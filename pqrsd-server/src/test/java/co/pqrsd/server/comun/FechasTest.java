package co.pqrsd.server.comun;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** One format, always Colombia's time (UTC-5), whatever the value's own offset. */
class FechasTest {

	private final Fechas fechas = new Fechas();

	private static final Instant UTC_13_37 = Instant.parse("2026-12-01T13:37:42.123456Z");

	@Test
	void unInstanteSeMuestraEnHoraDeColombia() {
		assertThat(fechas.fechaHora(UTC_13_37)).isEqualTo("01/12/2026 08:37");
		assertThat(fechas.fechaHora(UTC_13_37.atOffset(ZoneOffset.UTC))).isEqualTo("01/12/2026 08:37");
		assertThat(fechas.fechaHora(Timestamp.from(UTC_13_37))).as("timestamptz leído por JDBC")
			.isEqualTo("01/12/2026 08:37");
		assertThat(fechas.hora(OffsetDateTime.parse("2026-12-01T08:37:00-05:00"))).isEqualTo("08:37");
	}

	@Test
	void cercaDeMedianocheElDiaEsElDeColombia() {
		assertThat(fechas.fecha(Instant.parse("2026-12-02T03:00:00Z"))).isEqualTo("01/12/2026");
	}

	@Test
	void lasFechasSinHoraNoCambian() {
		assertThat(fechas.fecha(LocalDate.of(2026, 1, 14))).isEqualTo("14/01/2026");
		assertThat(fechas.fechaLarga(LocalDate.of(2026, 1, 14))).isEqualTo("miércoles 14 de enero de 2026");
		assertThat(fechas.fechaHora(null)).isEmpty();
	}

}
