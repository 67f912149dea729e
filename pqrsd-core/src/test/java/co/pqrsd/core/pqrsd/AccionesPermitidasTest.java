package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Accion.CERRAR;
import static co.pqrsd.core.pqrsd.Accion.CONSULTAR_DEPENDENCIA;
import static co.pqrsd.core.pqrsd.Accion.PROYECTAR_RESPUESTA;
import static co.pqrsd.core.pqrsd.Accion.PRORROGAR;
import static co.pqrsd.core.pqrsd.Accion.REGISTRAR_DESISTIMIENTO_EXPRESO;
import static co.pqrsd.core.pqrsd.Accion.REGISTRAR_NOTA;
import static co.pqrsd.core.pqrsd.Accion.REQUERIR_INFORMACION;
import static co.pqrsd.core.pqrsd.Accion.TRASLADAR;
import static co.pqrsd.core.pqrsd.Escenario.ADMIN;
import static co.pqrsd.core.pqrsd.Escenario.ANA;
import static co.pqrsd.core.pqrsd.Escenario.CONTROL_INTERNO;
import static co.pqrsd.core.pqrsd.Escenario.HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.JEFE;
import static co.pqrsd.core.pqrsd.Escenario.LUIS;
import static co.pqrsd.core.pqrsd.Escenario.PEDRO_HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.PLAZOS;
import static co.pqrsd.core.pqrsd.Escenario.REPARTIDOR;
import static co.pqrsd.core.pqrsd.Escenario.SISTEMA;
import static co.pqrsd.core.pqrsd.Escenario.VENTANILLA;
import static co.pqrsd.core.pqrsd.Escenario.bogota;
import static co.pqrsd.core.pqrsd.Escenario.dia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The case view's buttons: only the actions allowed now, each refusal with its reason.
 */
class AccionesPermitidasTest {

	@Nested
	class SegunRolYEstado {

		@Test
		void alFuncionarioAsignadoLeMuestraLasAccionesDelTramite() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			assertThat(AccionesPermitidas.permitidas(caso, ANA, PLAZOS, bogota("2026-09-08T10:00"))).containsExactly(
					REGISTRAR_NOTA, CONSULTAR_DEPENDENCIA, PROYECTAR_RESPUESTA, TRASLADAR, REQUERIR_INFORMACION,
					REGISTRAR_DESISTIMIENTO_EXPRESO, PRORROGAR);
		}

		@Test
		void aOtroFuncionarioNoLeMuestraNadaYLeDiceQuienPuede() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			List<AccionesPermitidas.Evaluacion> evaluaciones = AccionesPermitidas.evaluar(caso, LUIS, PLAZOS,
					bogota("2026-09-08T10:00"));
			assertThat(evaluaciones).isNotEmpty().noneMatch(AccionesPermitidas.Evaluacion::permitida);
			assertThat(evaluaciones).filteredOn(e -> e.accion() == PROYECTAR_RESPUESTA).singleElement().satisfies(e -> {
				assertThat(e.rechazo().codigo()).isEqualTo("ACCION_NO_AUTORIZADA");
				assertThat(e.rechazo().motivo()).contains("funcionario asignado");
			});
		}

		@Test
		void lasAccionesDelMotorNoSeOfrecenALasPersonas() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			assertThat(AccionesPermitidas.evaluar(caso, ADMIN, PLAZOS, bogota("2026-09-08T10:00")))
				.extracting(AccionesPermitidas.Evaluacion::accion)
				.doesNotContain(Accion.VENCER, Accion.ENVIAR_A_REPARTO, Accion.VENCER_PLAZO_PETICIONARIO);
			assertThat(AccionesPermitidas.rechazo(Accion.VENCER, caso, SISTEMA, PLAZOS, bogota("2026-09-08T10:00")))
				.hasValueSatisfying(r -> assertThat(r.codigo()).isEqualTo("TERMINO_NO_VENCIDO"));
		}

		@Test
		void elJefeRepartePeroNoApruebaLoQueNoSeHaProyectado() {
			Pqrsd caso = UnaPqrsd.peticion().enReparto();
			assertThat(AccionesPermitidas.permitidas(caso, JEFE, PLAZOS, bogota("2026-09-07T10:00")))
				.contains(Accion.ASIGNAR, Accion.REASIGNAR, TRASLADAR, PRORROGAR)
				.doesNotContain(Accion.APROBAR_RESPUESTA, PROYECTAR_RESPUESTA);
			assertThat(AccionesPermitidas.rechazo(Accion.APROBAR_RESPUESTA, caso, JEFE, PLAZOS,
					bogota("2026-09-07T10:00")))
				.hasValueSatisfying(r -> {
					assertThat(r.codigo()).isEqualTo("ACCION_NO_PERMITIDA");
					assertThat(r.parametros()).containsEntry("estado", "EN_REPARTO");
				});
		}

	}

	@Nested
	class ConSuRazonLegal {

		/* lun 2026-09-07: el requerimiento se puede hasta lun 21-sep */
		@Test
		void pasadosDiezDiasElRequerimientoDesapareceConSuRazon() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			assertThat(AccionesPermitidas.permitidas(caso, ANA, PLAZOS, bogota("2026-09-21T16:00")))
				.contains(REQUERIR_INFORMACION);
			assertThat(AccionesPermitidas.permitidas(caso, ANA, PLAZOS, bogota("2026-09-22T08:00")))
				.doesNotContain(REQUERIR_INFORMACION);
			assertThat(AccionesPermitidas.rechazo(REQUERIR_INFORMACION, caso, ANA, PLAZOS, bogota("2026-09-22T08:00")))
				.hasValueSatisfying(r -> {
					assertThat(r.codigo()).isEqualTo("REQUERIMIENTO_EXTEMPORANEO");
					assertThat(r.motivo()).contains("10 días hábiles").contains("art. 17");
				});
		}

		@Test
		void vencidaNoSeProrrogaNiSeCierraPeroSeResponde() {
			Pqrsd vencida = UnaPqrsd.peticion().asignada().vencer(SISTEMA, PLAZOS, bogota("2026-09-29T00:00")).pqrsd();
			Instant ahora = bogota("2026-09-29T09:00");
			assertThat(AccionesPermitidas.permitidas(vencida, ANA, PLAZOS, ahora)).contains(PROYECTAR_RESPUESTA)
				.doesNotContain(PRORROGAR, CERRAR);
			assertThat(AccionesPermitidas.rechazo(PRORROGAR, vencida, ANA, PLAZOS, ahora))
				.hasValueSatisfying(r -> assertThat(r.codigo()).isEqualTo("PRORROGA_EXTEMPORANEA"));
			assertThat(AccionesPermitidas.rechazo(CERRAR, vencida, ANA, PLAZOS, ahora))
				.hasValueSatisfying(r -> assertThat(r.motivo()).contains("arts. 83 y 31"));
		}

		@Test
		void unaFelicitacionNoTieneProrroga() {
			Pqrsd felicitacion = UnaPqrsd.conEtiqueta(Etiqueta.FELICITACION).asignada();
			assertThat(AccionesPermitidas.rechazo(PRORROGAR, felicitacion, ANA, PLAZOS, bogota("2026-09-08T10:00")))
				.hasValueSatisfying(r -> assertThat(r.codigo()).isEqualTo("SIN_TERMINO_LEGAL"));
			assertThat(AccionesPermitidas.permitidas(felicitacion, ANA, PLAZOS, bogota("2026-09-08T10:00")))
				.contains(CERRAR);
		}

	}

	/**
	 * What the view shows is what the aggregate accepts: for many cases, actors and days,
	 * every refused action throws the same code, and no allowed action throws a state,
	 * role or legal-time refusal.
	 */
	@Nested
	class CoherenciaConElAgregado {

		@Test
		void loQueSeMuestraEsLoQueElAgregadoAcepta() {
			List<Pqrsd> casos = casos();
			List<Actor> actores = List.of(ANA, LUIS, JEFE, REPARTIDOR, PEDRO_HACIENDA, CONTROL_INTERNO, ADMIN,
					VENTANILLA, SISTEMA);
			List<Instant> momentos = List.of(bogota("2026-09-08T10:00"), bogota("2026-09-22T10:00"),
					bogota("2026-09-29T10:00"), bogota("2026-10-14T10:00"), bogota("2026-11-20T10:00"));
			int comprobadas = 0;
			for (Pqrsd caso : casos) {
				for (Actor actor : actores) {
					for (Instant ahora : momentos) {
						for (Accion accion : Accion.values()) {
							var rechazo = AccionesPermitidas.rechazo(accion, caso, actor, PLAZOS, ahora);
							Throwable error = catchThrowable(() -> ejecutar(accion, caso, actor, ahora));
							if (rechazo.isPresent()) {
								assertThat(error).as("%s por %s en %s", accion, actor.usuario(), caso.estado())
									.isInstanceOfSatisfying(ErrorDominio.class,
											e -> assertThat(e.codigo()).isEqualTo(rechazo.get().codigo()));
							}
							else if (error instanceof ErrorDominio e) {
								assertThat(e.codigo()).as("%s por %s en %s", accion, actor.usuario(), caso.estado())
									.doesNotStartWith("ACCION_NO")
									.isNotEqualTo("PQRSD_NO_ENCONTRADA")
									.doesNotEndWith("EXTEMPORANEO")
									.doesNotEndWith("EXTEMPORANEA");
							}
							else {
								assertThat(error).isNull();
							}
							comprobadas++;
						}
					}
				}
			}
			assertThat(comprobadas).isGreaterThan(5000);
		}

		private List<Pqrsd> casos() {
			List<Pqrsd> casos = new ArrayList<>();
			Pqrsd asignada = UnaPqrsd.peticion().asignada();
			casos.add(UnaPqrsd.peticion().radicada());
			casos.add(UnaPqrsd.peticion().enReparto());
			casos.add(asignada);
			casos.add(UnaPqrsd.peticion().deCorrupcion().asignada());
			casos.add(UnaPqrsd.conEtiqueta(Etiqueta.FELICITACION).asignada());
			casos.add(UnaPqrsd.peticion().deModalidad("ENTRE_AUTORIDADES").asignada());
			Pqrsd suspendida = asignada.requerirInformacion("x", null, ANA, PLAZOS, bogota("2026-09-10T10:00")).pqrsd();
			casos.add(suspendida);
			casos.add(suspendida.vencerPlazoPeticionario(SISTEMA, PLAZOS, bogota("2026-10-14T00:00")).pqrsd());
			Pqrsd enAprobacion = asignada.proyectarRespuesta("x", true, ANA, PLAZOS, bogota("2026-09-08T09:00"))
				.pqrsd();
			casos.add(enAprobacion);
			Pqrsd aprobada = enAprobacion.aprobarRespuesta("", JEFE, PLAZOS, bogota("2026-09-08T09:30")).pqrsd();
			casos.add(aprobada);
			casos.add(aprobada.comunicarRespuesta("1", "CORREO_ELECTRONICO", ANA, PLAZOS, bogota("2026-09-08T09:40"))
				.pqrsd());
			casos.add(asignada.vencer(SISTEMA, PLAZOS, bogota("2026-09-29T00:00")).pqrsd());
			casos.add(UnaPqrsd.peticion()
				.deModalidad("DOCUMENTOS")
				.asignada()
				.vencer(SISTEMA, PLAZOS, bogota("2026-09-22T00:00"))
				.pqrsd());
			casos.add(asignada.prorrogar("x", dia("2026-10-09"), ANA, PLAZOS, bogota("2026-09-08T09:00")).pqrsd());
			casos.add(asignada
				.consultarDependencia(HACIENDA, "x", dia("2026-09-18"), ANA, PLAZOS, bogota("2026-09-08T09:00"))
				.pqrsd());
			casos.add(asignada.trasladar("Gobernación", "x", "1", ANA, PLAZOS, bogota("2026-09-08T09:00")).pqrsd());
			return casos;
		}

		private static void ejecutar(Accion accion, Pqrsd c, Actor a, Instant t) {
			LocalDate hoy = Plazos.fecha(t);
			switch (accion) {
				case ENVIAR_A_REPARTO -> c.enviarAReparto(a, PLAZOS, t);
				case ASIGNAR -> c.asignar("nuevo", a, PLAZOS, t);
				case REASIGNAR ->
					c.reasignar(HACIENDA.equals(c.dependencia()) ? "OTRA" : HACIENDA, "motivo", a, PLAZOS, t);
				case REGISTRAR_NOTA -> c.registrarNota("nota", a, PLAZOS, t);
				case CONSULTAR_DEPENDENCIA -> c.consultarDependencia(HACIENDA, "¿?", hoy, a, PLAZOS, t);
				case RESPONDER_CONSULTA -> c.responderConsulta(1, "respuesta", a, PLAZOS, t);
				case PROYECTAR_RESPUESTA -> c.proyectarRespuesta("texto", true, a, PLAZOS, t);
				case APROBAR_RESPUESTA -> c.aprobarRespuesta("", a, PLAZOS, t);
				case DEVOLVER_RESPUESTA -> c.devolverRespuesta("corregir", a, PLAZOS, t);
				case COMUNICAR_RESPUESTA -> c.comunicarRespuesta("1", "CORREO_ELECTRONICO", a, PLAZOS, t);
				case TRASLADAR -> c.trasladar("Gobernación", "motivo", "1", a, PLAZOS, t);
				case REQUERIR_INFORMACION -> c.requerirInformacion("documento", null, a, PLAZOS, t);
				case REGISTRAR_RESPUESTA_PETICIONARIO -> c.registrarRespuestaPeticionario("aporta", a, PLAZOS, t);
				case PRORROGAR_PLAZO_PETICIONARIO -> c.prorrogarPlazoPeticionario(null, a, PLAZOS, t);
				case VENCER_PLAZO_PETICIONARIO -> c.vencerPlazoPeticionario(a, PLAZOS, t);
				case DECRETAR_DESISTIMIENTO_TACITO ->
					c.decretarDesistimientoTacito("Resolución 1", "motivación", a, PLAZOS, t);
				case REGISTRAR_DESISTIMIENTO_EXPRESO -> c.registrarDesistimientoExpreso("1", "", a, PLAZOS, t);
				case PRORROGAR -> c.prorrogar("motivo", PLAZOS.calendario().habilNumero(hoy, 3), a, PLAZOS, t);
				case VENCER -> c.vencer(a, PLAZOS, t);
				case CERRAR -> c.cerrar(a, PLAZOS, t);
			}
		}

	}

}
