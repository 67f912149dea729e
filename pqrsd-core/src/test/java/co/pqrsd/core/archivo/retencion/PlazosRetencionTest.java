package co.pqrsd.core.archivo.retencion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import co.pqrsd.core.archivo.trd.Disposicion;

import co.pqrsd.core.archivo.retencion.PlazosRetencion.Vencimiento;
import org.junit.jupiter.api.Test;

class PlazosRetencionTest {

	private static final Disposicion CT = new Disposicion(true, false, false, false);

	private static final Disposicion E = new Disposicion(false, true, false, true);

	@Test
	void aniosCalendarioDesdeElEventoDeInicio() {
		PlazosRetencion p = PlazosRetencion.calcular(LocalDate.of(2024, 2, 29), 2, 8);
		assertThat(p.finGestion()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(p.finCentral()).isEqualTo(LocalDate.of(2034, 2, 28));
	}

	@Test
	void unFinDeRetencionEnDiaNoHabilPasaAlSiguienteHabil() {
		// 2026-12-25 (Navidad) is a Friday: the next business day is Monday 2026-12-28.
		PlazosRetencion p = PlazosRetencion.calcular(LocalDate.of(2024, 12, 25), 2, 1,
				d -> d.equals(LocalDate.of(2026, 12, 25)) ? LocalDate.of(2026, 12, 28) : d);
		assertThat(p.finGestion()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(p.finCentral()).isEqualTo(LocalDate.of(2027, 12, 25));
	}

	@Test
	void loDebidoSegunUbicacionYDisposicion() {
		PlazosRetencion p = PlazosRetencion.calcular(LocalDate.of(2020, 6, 30), 2, 3);
		assertThat(p.debido(LocalDate.of(2022, 6, 29), Ubicacion.GESTION, E)).isEmpty();
		assertThat(p.debido(LocalDate.of(2022, 6, 30), Ubicacion.GESTION, E))
			.contains(Vencimiento.TRANSFERENCIA_PRIMARIA);
		assertThat(p.debido(LocalDate.of(2025, 6, 29), Ubicacion.CENTRAL, E)).isEmpty();
		assertThat(p.debido(LocalDate.of(2025, 6, 30), Ubicacion.CENTRAL, E)).contains(Vencimiento.DISPOSICION_FINAL);
		assertThat(p.debido(LocalDate.of(2025, 6, 30), Ubicacion.CENTRAL, CT))
			.contains(Vencimiento.TRANSFERENCIA_SECUNDARIA);
		assertThat(p.debido(LocalDate.of(2030, 1, 1), Ubicacion.HISTORICO, CT)).isEmpty();
		assertThat(E.codigos()).containsExactly("E", "MD");
	}

}
