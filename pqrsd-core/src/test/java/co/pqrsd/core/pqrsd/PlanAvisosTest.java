package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.ANA;
import static co.pqrsd.core.pqrsd.Escenario.PLAZOS;
import static co.pqrsd.core.pqrsd.Escenario.bogota;
import static co.pqrsd.core.pqrsd.Escenario.cierre;
import static co.pqrsd.core.pqrsd.Escenario.conCierres;
import static co.pqrsd.core.pqrsd.Escenario.dia;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One case of each modality walked hour by hour through its whole term, with holidays and
 * a closure declared while it runs: the reminders, the expiry and the escalation arrive
 * in order, once each. Semáforo 60 % / 80 %; people are notified at 08:00 of business
 * days, the engine acts at midnight.
 */
class PlanAvisosTest {

	@Nested
	class CadaModalidadDiaADia {

		/*
		 * GENERAL, vie 2026-06-05 10:00, 15 días. Festivos lun 8, 15 y 29-jun. El 10-jun
		 * la entidad cierra el vie 19-jun (Resolución 210). día 1 mar 9-jun … día 8 lun
		 * 22 · día 9 (60 %) mar 23 · día 12 (80 %) vie 26 · día 15 jue 2-jul (sin el
		 * cierre: 1-jul) · silencio negativo: 3 meses = sáb 5-sep → lun 7-sep; aviso mar
		 * 8-sep
		 */
		@Test
		void peticionGeneral() {
			Pqrsd caso = UnaPqrsd.peticion().recibidaEl("2026-06-05T10:00").asignada();
			List<String> avisos = new ServidorSimulado(caso, PLAZOS)
				.cambiaElCalendarioEl("2026-06-10T12:00", conCierres(cierre("2026-06-19", "Resolución 210")))
				.recorrer("2026-06-05T11:00", "2026-09-10T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-06-23T08:00", "SEMAFORO_ROJO 2026-06-26T08:00",
					"VENCIMIENTO 2026-07-03T00:00", "ESCALAMIENTO 2026-07-03T08:00",
					"SILENCIO_NEGATIVO 2026-09-08T08:00");
		}

		/*
		 * DOCUMENTOS, mié 2026-07-08 09:00, 10 días. Festivos lun 13 y 20-jul. día 6 (60
		 * %) vie 17-jul: amarillo. El mar 21-jul, ya enviado el amarillo, la entidad
		 * cierra el mié 22 (Decreto 77): día 8 (80 %) pasa del 22 al jue 23; día 10 lun
		 * 27-jul. Silencio positivo: copias a más tardar jue 30-jul; aviso vie 31.
		 */
		@Test
		void peticionDeDocumentos() {
			Pqrsd caso = UnaPqrsd.peticion().deModalidad("DOCUMENTOS").recibidaEl("2026-07-08T09:00").asignada();
			ServidorSimulado servidor = new ServidorSimulado(caso, PLAZOS).cambiaElCalendarioEl("2026-07-21T10:00",
					conCierres(cierre("2026-07-22", "Decreto 77")));
			List<String> avisos = servidor.recorrer("2026-07-08T10:00", "2026-08-10T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-07-17T08:00", "SEMAFORO_ROJO 2026-07-23T08:00",
					"VENCIMIENTO 2026-07-28T00:00", "ESCALAMIENTO 2026-07-28T08:00",
					"ENTREGA_COPIAS_VENCIDA 2026-07-31T08:00");
			assertThat(servidor.caso().estado()).isEqualTo(EstadoPqrsd.VENCIDA_SILENCIO_POSITIVO);
			assertThat(servidor.caso().venceEntregaCopias()).isEqualTo("2026-07-30");
		}

		/*
		 * CONSULTA, lun 2026-11-23 08:00, 30 días. Festivos 8 y 25-dic, 1 y lun
		 * 11-ene-2027. día 18 (60 %) vie 18-dic. El lun 21-dic la entidad cierra el 24 y
		 * el 31-dic (Decreto 300): día 24 (80 %) pasa del mar 29 al mié 30-dic; día 30
		 * pasa del jue 7-ene al mar 12-ene-2027.
		 */
		@Test
		void consulta() {
			Pqrsd caso = UnaPqrsd.peticion().deModalidad("CONSULTA").recibidaEl("2026-11-23T08:00").asignada();
			List<String> avisos = new ServidorSimulado(caso, PLAZOS)
				.cambiaElCalendarioEl("2026-12-21T09:00",
						conCierres(cierre("2026-12-24", "Decreto 300"), cierre("2026-12-31", "Decreto 300")))
				.recorrer("2026-11-23T10:00", "2027-01-20T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-12-18T08:00", "SEMAFORO_ROJO 2026-12-30T08:00",
					"VENCIMIENTO 2027-01-13T00:00", "ESCALAMIENTO 2027-01-13T08:00");
		}

		/*
		 * ENTRE_AUTORIDADES, vie 2026-03-20 16:00, 10 días. Festivos lun 23-mar, jue 2 y
		 * vie 3-abr. El mar 24-mar la entidad cierra el vie 27 (Resolución 55). día 1 mar
		 * 24 · día 6 (60 %) mié 1-abr · día 8 (80 %) mar 7-abr · día 10 jue 9-abr
		 */
		@Test
		void entreAutoridades() {
			Pqrsd caso = UnaPqrsd.peticion().deModalidad("ENTRE_AUTORIDADES").recibidaEl("2026-03-20T16:00").asignada();
			List<String> avisos = new ServidorSimulado(caso, PLAZOS)
				.cambiaElCalendarioEl("2026-03-24T12:00", conCierres(cierre("2026-03-27", "Resolución 55")))
				.recorrer("2026-03-20T18:00", "2026-04-20T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-04-01T08:00", "SEMAFORO_ROJO 2026-04-07T08:00",
					"VENCIMIENTO 2026-04-10T00:00", "ESCALAMIENTO 2026-04-10T08:00");
		}

	}

	@Nested
	class SuspensionYProrroga {

		/*
		 * GENERAL lun 2026-09-07; requerimiento jue 10-sep (día 3); responde mié 30-sep;
		 * día 9 jue 8-oct · día 12 mié 14-oct (salta 12-oct) · vence lun 19-oct
		 */
		@Test
		void mientrasElRelojEstaDetenidoNoHayAvisosYAlReanudarSeReprograman() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			List<String> avisos = new ServidorSimulado(caso, PLAZOS)
				.actuaEl("2026-09-10T11:00",
						c -> c.requerirInformacion("Certificado", null, ANA, PLAZOS, bogota("2026-09-10T11:00"))
							.pqrsd())
				.actuaEl("2026-09-30T15:00",
						c -> c.registrarRespuestaPeticionario("Aporta", ANA, PLAZOS, bogota("2026-09-30T15:00"))
							.pqrsd())
				.recorrer("2026-09-07T10:00", "2026-10-25T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-10-08T08:00", "SEMAFORO_ROJO 2026-10-14T08:00",
					"VENCIMIENTO 2026-10-20T00:00", "ESCALAMIENTO 2026-10-20T08:00");
		}

		/*
		 * sin respuesta del peticionario: su plazo vence mar 13-oct; a la medianoche se
		 * abre la tarea del desistimiento tácito, una sola vez
		 */
		@Test
		void alVencerElPlazoDelPeticionarioElMotorAbreLaTareaDelDesistimiento() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			ServidorSimulado servidor = new ServidorSimulado(caso, PLAZOS).actuaEl("2026-09-10T11:00",
					c -> c.requerirInformacion("Certificado", null, ANA, PLAZOS, bogota("2026-09-10T11:00")).pqrsd());
			assertThat(servidor.recorrer("2026-09-07T10:00", "2026-10-30T12:00"))
				.containsExactly("PLAZO_PETICIONARIO_VENCIDO 2026-10-14T00:00");
			assertThat(servidor.caso().requerimientoPendiente().orElseThrow().vencidoSinRespuesta()).isTrue();
		}

		/*
		 * GENERAL lun 2026-09-07: amarillo vie 18-sep (día 9), rojo mié 23 (día 12).
		 * Prórroga el jue 24 al mar 20-oct (30 días): día 13 de 30 = verde; nuevo
		 * amarillo día 18 jue 1-oct, nuevo rojo día 24 vie 9-oct, vence mar 20-oct
		 */
		@Test
		void laProrrogaAbreUnNuevoConteoConSusPropiosAvisos() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			List<String> avisos = new ServidorSimulado(caso, PLAZOS)
				.actuaEl("2026-09-24T10:00",
						c -> c.prorrogar("Visita técnica", dia("2026-10-20"), ANA, PLAZOS, bogota("2026-09-24T10:00"))
							.pqrsd())
				.recorrer("2026-09-07T10:00", "2026-10-25T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-09-18T08:00", "SEMAFORO_ROJO 2026-09-23T08:00",
					"SEMAFORO_AMARILLO 2026-10-01T08:00", "SEMAFORO_ROJO 2026-10-09T08:00",
					"VENCIMIENTO 2026-10-21T00:00", "ESCALAMIENTO 2026-10-21T08:00");
		}

		@Test
		void unaPqrsdRespondidaATiempoNoProduceMasAvisos() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			List<String> avisos = new ServidorSimulado(caso, PLAZOS)
				.actuaEl("2026-09-21T10:00",
						c -> c.proyectarRespuesta("Se informa", false, ANA, PLAZOS, bogota("2026-09-21T10:00"))
							.pqrsd()
							.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", ANA, PLAZOS,
									bogota("2026-09-21T10:00"))
							.pqrsd())
				.recorrer("2026-09-07T10:00", "2026-12-30T12:00");
			assertThat(avisos).containsExactly("SEMAFORO_AMARILLO 2026-09-18T08:00");
		}

	}

	@Nested
	class Reprogramacion {

		@Test
		void unCambioDeCalendarioMueveLasFechasPeroConservaLasClaves() {
			Pqrsd caso = UnaPqrsd.peticion().recibidaEl("2026-06-05T10:00").asignada();
			List<Aviso> antes = PlanAvisos.de(caso, PLAZOS);
			List<Aviso> despues = PlanAvisos.de(caso, conCierres(cierre("2026-06-19", "Resolución 210")));
			assertThat(despues).extracting(Aviso::clave).isEqualTo(antes.stream().map(Aviso::clave).toList());
			assertThat(despues).extracting(Aviso::programadoPara)
				.isNotEqualTo(antes.stream().map(Aviso::programadoPara).toList());
			assertThat(PlanAvisos.de(caso, PLAZOS)).isEqualTo(antes);
		}

		/* amarillo vie 18-sep y rojo mié 23-sep; el servidor estuvo caído del 17 al 24 */
		@Test
		void trasUnaCaidaSoloSeEnviaElUltimoEscalonVencido() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			List<Aviso> plan = PlanAvisos.de(caso, PLAZOS);
			assertThat(PlanAvisos.pendientes(plan, Set.of(), bogota("2026-09-24T09:00"))).extracting(Aviso::tipo)
				.containsExactly(Aviso.Tipo.SEMAFORO_ROJO);
			String rojo = plan.stream()
				.filter(a -> a.tipo() == Aviso.Tipo.SEMAFORO_ROJO)
				.findFirst()
				.orElseThrow()
				.clave();
			assertThat(PlanAvisos.pendientes(plan, Set.of(rojo), bogota("2026-09-24T10:00"))).isEmpty();
		}

		@Test
		void unaDenunciaDeCorrupcionSeAvisaAControlInternoAlRadicar() {
			Pqrsd caso = UnaPqrsd.peticion().deCorrupcion().radicada();
			assertThat(PlanAvisos.pendientes(PlanAvisos.de(caso, PLAZOS), Set.of(), bogota("2026-09-07T09:00")))
				.singleElement()
				.satisfies(a -> {
					assertThat(a.tipo()).isEqualTo(Aviso.Tipo.DENUNCIA_CORRUPCION);
					assertThat(a.destinatarios()).containsExactly(Aviso.Destinatario.CONTROL_INTERNO);
					assertThat(a.mensaje()).contains("art. 76");
				});
		}

		@Test
		void elPeligroInminenteSeAvisaAlRadicar() {
			Pqrsd caso = UnaPqrsd.peticion().conPrioridad(Prioridad.PELIGRO_INMINENTE, null).radicada();
			assertThat(PlanAvisos.pendientes(PlanAvisos.de(caso, PLAZOS), Set.of(), bogota("2026-09-07T09:00")))
				.singleElement()
				.satisfies(a -> {
					assertThat(a.tipo()).isEqualTo(Aviso.Tipo.PELIGRO_INMINENTE);
					assertThat(a.destinatarios()).contains(Aviso.Destinatario.JEFE);
				});
		}

	}

}
