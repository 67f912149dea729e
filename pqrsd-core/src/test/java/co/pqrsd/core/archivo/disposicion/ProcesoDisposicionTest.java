package co.pqrsd.core.archivo.disposicion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.archivo.trd.Disposicion;
import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;
import org.junit.jupiter.api.Test;

class ProcesoDisposicionTest {

	private final CalendarioHabil calendario = new CalendarioHabil(new CalendarioFestivos(FestivosNacionales.reglas()),
			JornadaLaboral.predeterminada(), List.of());

	private static final LocalDate HOY = LocalDate.of(2026, 3, 10);

	@Test
	void recorreLosPasosYRechazaLosAtajos() {
		ProcesoDisposicion p = ProcesoDisposicion.nuevo();
		assertThatThrownBy(() -> p.ejecutar(HOY, 0)).extracting("codigo").isEqualTo("DISPOSICION_NO_APROBADA");
		ProcesoDisposicion aprobada = p.aprobar("Acta 12", HOY, HOY);
		assertThatThrownBy(() -> aprobada.ejecutar(HOY, 0)).extracting("codigo").isEqualTo("PUBLICACION_PENDIENTE");
		ProcesoDisposicion publicada = aprobada.publicar(HOY, calendario);
		// 60 business days from 10 March 2026 (Semana Santa and 1 May, 18 May are
		// holidays).
		assertThat(publicada.publicacionHasta()).isEqualTo(calendario.habilNumero(HOY, 60));
		assertThat(publicada.publicacionHasta()).isAfter(HOY.plusDays(84));
		assertThatThrownBy(() -> publicada.firmarActa("AE-1", publicada.publicacionHasta(), 0)).extracting("codigo")
			.isEqualTo("PUBLICACION_EN_CURSO");
		LocalDate despues = publicada.publicacionHasta().plusDays(1);
		assertThatThrownBy(() -> publicada.ejecutar(despues, 0)).extracting("codigo")
			.isEqualTo("ACTA_ELIMINACION_PENDIENTE");
		assertThatThrownBy(() -> publicada.firmarActa("AE-1", despues, 1)).extracting("codigo")
			.isEqualTo("OBSERVACION_PENDIENTE");
		ProcesoDisposicion acta = publicada.firmarActa("AE-1", despues, 0);
		assertThat(acta.ejecutar(despues, 0).estado()).isEqualTo(EstadoDisposicion.EJECUTADA);
		assertThatThrownBy(() -> acta.ejecutar(despues, 2)).extracting("codigo").isEqualTo("OBSERVACION_PENDIENTE");
	}

	@Test
	void candidatosYBloqueos() {
		Disposicion e = new Disposicion(false, true, false, false);
		Disposicion ct = new Disposicion(true, false, false, false);
		assertThatThrownBy(() -> ReglasDisposicion.candidatoEliminacion("X", e, HOY.plusDays(1), HOY))
			.extracting("codigo")
			.isEqualTo("RETENCION_NO_CUMPLIDA");
		assertThatThrownBy(() -> ReglasDisposicion.candidatoEliminacion("X", ct, HOY, HOY)).extracting("codigo")
			.isEqualTo("DISPOSICION_NO_ADMITE_ELIMINACION");
		ReglasDisposicion.candidatoEliminacion("X", e, HOY, HOY);
		assertThatThrownBy(() -> ReglasDisposicion.sinBloqueo("X", "Proceso 2026-01")).extracting("codigo")
			.isEqualTo("BLOQUEO_LEGAL");
	}

}
