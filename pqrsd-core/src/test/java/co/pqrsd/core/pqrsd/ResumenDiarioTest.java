package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.JEFE;
import static co.pqrsd.core.pqrsd.Escenario.PLAZOS;
import static co.pqrsd.core.pqrsd.Escenario.SISTEMA;
import static co.pqrsd.core.pqrsd.Escenario.bogota;
import static co.pqrsd.core.pqrsd.Escenario.dia;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.pqrsd.core.terminos.Semaforo;
import org.junit.jupiter.api.Test;

/** The working-morning digest of cases at risk. */
class ResumenDiarioTest {

	/*
	 * hoy vie 2026-09-18 | ana: GENERAL del lun 7-sep (día 9 de 15, amarillo), GENERAL
	 * del vie 14-ago vencida el 4-sep, GENERAL del lun 14-sep (verde, no va) | luis:
	 * DOCUMENTOS del mar 8-sep (día 8 de 10, rojo)
	 */
	@Test
	void cadaFuncionarioRecibeSusCasosEnRiesgoLosVencidosPrimero() {
		Pqrsd amarilla = UnaPqrsd.peticion().recibidaEl("2026-09-07T09:00").asignada();
		Pqrsd vieja = UnaPqrsd.peticion().recibidaEl("2026-08-14T09:00").asignada();
		Pqrsd vencida = vieja.vencer(SISTEMA, PLAZOS, Plazos.finDelDia(PLAZOS.fechaVencimiento(vieja).orElseThrow()))
			.pqrsd();
		Pqrsd verde = UnaPqrsd.peticion().recibidaEl("2026-09-14T09:00").asignada();
		Pqrsd roja = UnaPqrsd.peticion()
			.deModalidad("DOCUMENTOS")
			.recibidaEl("2026-09-08T09:00")
			.enReparto()
			.asignar("luis", JEFE, PLAZOS, bogota("2026-09-08T10:00"))
			.pqrsd();
		List<ResumenDiario.Resumen> resumenes = ResumenDiario.para(List.of(amarilla, vencida, verde, roja), PLAZOS,
				dia("2026-09-18"));
		assertThat(resumenes).extracting(ResumenDiario.Resumen::usuario).containsExactly("ana", "luis");
		assertThat(resumenes.get(0).clave()).isEqualTo("resumen/ana/2026-09-18");
		assertThat(resumenes.get(0).programadoPara()).isEqualTo(bogota("2026-09-18T08:00"));
		assertThat(resumenes.get(0).lineas()).extracting(ResumenDiario.Linea::radicado, ResumenDiario.Linea::color)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(vencida.radicado(), Semaforo.Color.VENCIDO),
					org.assertj.core.groups.Tuple.tuple(amarilla.radicado(), Semaforo.Color.AMARILLO));
		assertThat(resumenes.get(1).lineas()).singleElement()
			.satisfies(l -> assertThat(l.color()).isEqualTo(Semaforo.Color.ROJO));
	}

	@Test
	void soloEnDiasHabilesALaHoraDeApertura() {
		Pqrsd amarilla = UnaPqrsd.peticion().recibidaEl("2026-09-07T09:00").asignada();
		assertThat(ResumenDiario.para(List.of(amarilla), PLAZOS, dia("2026-09-19"))).isEmpty();
		/* vie 9-oct 17:00 → lun 12-oct Día de la Raza → mar 13-oct 08:00 */
		assertThat(ResumenDiario.siguienteEnvio(bogota("2026-10-09T17:00"), PLAZOS))
			.isEqualTo(bogota("2026-10-13T08:00"));
		assertThat(ResumenDiario.siguienteEnvio(bogota("2026-10-13T07:59"), PLAZOS))
			.isEqualTo(bogota("2026-10-13T08:00"));
	}

}
