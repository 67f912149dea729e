package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.ANA;
import static co.pqrsd.core.pqrsd.Escenario.HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.JEFE;
import static co.pqrsd.core.pqrsd.Escenario.JEFE_HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.PLAZOS;
import static co.pqrsd.core.pqrsd.Escenario.bogota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The accountability timeline of CPACA art. 31: who held the petition, for how long. */
class HistorialTest {

	/*
	 * paso | desde | hasta | titular | días radicada | lun 7-sep 09:00 | lun 7-sep 09:00
	 * | Reparto PLANEACION| 0 en reparto | lun 7-sep 09:00 | lun 7-sep 10:00 | Reparto
	 * PLANEACION| 0 en trámite (ana) | lun 7-sep 10:00 | jue 10-sep | ana | 3 reasignada
	 * a Hacienda | jue 10-sep | lun 14-sep | Reparto HACIENDA | 2 en trámite (pedro) |
	 * lun 14-sep | mié 16-sep | pedro | 2 en aprobación | mié 16-sep | vie 18-sep | Jefe
	 * de HACIENDA | 2 aprobada, por comunicar | vie 18-sep | vie 18-sep | pedro | 0
	 * respondida | vie 18-sep | | — | 0
	 */
	@Test
	void cadaPasoDiceQuienLoTuvoYCuantosDiasHabiles() {
		Pqrsd caso = UnaPqrsd.peticion()
			.asignada()
			.reasignar(HACIENDA, "Impuesto predial", JEFE, PLAZOS, bogota("2026-09-10T09:00"))
			.pqrsd()
			.asignar("pedro", JEFE_HACIENDA, PLAZOS, bogota("2026-09-14T09:00"))
			.pqrsd();
		Actor pedro = Escenario.PEDRO_HACIENDA;
		Pqrsd respondida = caso.proyectarRespuesta("Se informa", true, pedro, PLAZOS, bogota("2026-09-16T09:00"))
			.pqrsd()
			.aprobarRespuesta("", JEFE_HACIENDA, PLAZOS, bogota("2026-09-18T09:00"))
			.pqrsd()
			.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", pedro, PLAZOS, bogota("2026-09-18T11:00"))
			.pqrsd();
		List<Historial.Tramo> tramos = Historial.de(respondida, PLAZOS.calendario(), bogota("2026-10-01T09:00"));
		assertThat(tramos).extracting(t -> t.paso().estado() + " " + t.paso().titular() + " " + t.diasHabiles())
			.containsExactly("RADICADA Reparto de PLANEACION 0", "EN_REPARTO Reparto de PLANEACION 0",
					"EN_TRAMITE ana 3", "EN_REPARTO Reparto de HACIENDA 2", "EN_TRAMITE pedro 2",
					"EN_APROBACION Jefe de HACIENDA 2", "EN_APROBACION pedro 0", "RESPONDIDA pedro 0");
		assertThat(Historial.diasPorTitular(respondida, PLAZOS.calendario(), bogota("2026-10-01T09:00")))
			.containsExactly(entry("Reparto de PLANEACION", 0), entry("ana", 3), entry("Reparto de HACIENDA", 2),
					entry("pedro", 2), entry("Jefe de HACIENDA", 2));
	}

	@Test
	void elPasoAbiertoCuentaHastaHoy() {
		Pqrsd caso = UnaPqrsd.peticion().asignada();
		assertThat(Historial.de(caso, PLAZOS.calendario(), bogota("2026-09-11T15:00"))).last().satisfies(t -> {
			assertThat(t.paso().hasta()).isNull();
			assertThat(t.paso().responsable()).isEqualTo(ANA.usuario());
			assertThat(t.diasHabiles()).isEqualTo(4);
		});
	}

}
