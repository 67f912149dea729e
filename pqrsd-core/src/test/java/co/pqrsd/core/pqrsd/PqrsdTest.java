package co.pqrsd.core.pqrsd;

import static co.pqrsd.core.pqrsd.Escenario.ANA;
import static co.pqrsd.core.pqrsd.Escenario.HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.JEFE;
import static co.pqrsd.core.pqrsd.Escenario.LUIS;
import static co.pqrsd.core.pqrsd.Escenario.PEDRO_HACIENDA;
import static co.pqrsd.core.pqrsd.Escenario.PLANEACION;
import static co.pqrsd.core.pqrsd.Escenario.PLAZOS;
import static co.pqrsd.core.pqrsd.Escenario.REPARTIDOR;
import static co.pqrsd.core.pqrsd.Escenario.SISTEMA;
import static co.pqrsd.core.pqrsd.Escenario.VENTANILLA;
import static co.pqrsd.core.pqrsd.Escenario.bogota;
import static co.pqrsd.core.pqrsd.Escenario.codigos;
import static co.pqrsd.core.pqrsd.Escenario.dia;
import static co.pqrsd.core.pqrsd.Escenario.rechazo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.pqrsd.HechoPqrsd.PqrsdRadicada;
import co.pqrsd.core.pqrsd.HechoPqrsd.TareaCreada;
import co.pqrsd.core.terminos.CatalogoTerminos;
import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.ReglaTermino;
import co.pqrsd.core.terminos.TerminosLegales;
import co.pqrsd.core.terminos.UnidadTermino;
import co.pqrsd.core.terminos.Semaforo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The aggregate, rule by rule, with worked examples counted by hand against the 2026
 * holiday list (domain-rules.md §2.3): 12-ene Reyes, 23-mar San José, 2 y 3-abr Semana
 * Santa, 8 y 15-jun, 29-jun, 13-jul Chiquinquirá, 20-jul, 7 y 17-ago, 12-oct, 2 y 16-nov,
 * 8 y 25-dic.
 */
class PqrsdTest {

	@Nested
	class Radicacion {

		/*
		 * recibida | modalidad | día 1 | vence vie 2026-01-09 | GENERAL | mar 13-ene (lun
		 * 12 Reyes) | lun 2026-02-02
		 */
		@Test
		void unaPeticionGeneralRadicadaElViernesAntesDeUnLunesFestivoVenceComoDiceElMotor() {
			SolicitudPqrsd s = UnaPqrsd.peticion().recibidaEl("2026-01-09T10:00").solicitud();
			Resultado r = Pqrsd.radicar(s, PLAZOS, bogota("2026-01-09T10:00"));
			assertThat(r.pqrsd().estado()).isEqualTo(EstadoPqrsd.RADICADA);
			assertThat(PLAZOS.fechaVencimiento(r.pqrsd())).contains(dia("2026-02-02"))
				.contains(PLAZOS.motor().fechaVencimiento("GENERAL", s.recibido().toInstant()));
			assertThat(r.hechos()).singleElement()
				.isInstanceOfSatisfying(PqrsdRadicada.class, h -> assertThat(h.vencimiento()).isEqualTo("2026-02-02"));
			assertThat(PLAZOS.situacion(r.pqrsd(), dia("2026-01-09")).explicacion())
				.anyMatch(p -> p.fecha().equals(dia("2026-01-12")) && p.detalle().contains("Reyes Magos"));
		}

		@Test
		void unaFelicitacionNoTieneModalidadNiTermino() {
			Pqrsd f = UnaPqrsd.conEtiqueta(Etiqueta.FELICITACION).radicada();
			assertThat(f.modalidad()).isNull();
			assertThat(PLAZOS.fechaVencimiento(f)).isEmpty();
			assertThat(PLAZOS.situacion(f, dia("2026-12-01")).color()).isNull();
			assertThat(f.cerrar(JEFE, PLAZOS, bogota("2026-09-07T10:00")).pqrsd().estado())
				.isEqualTo(EstadoPqrsd.CERRADA);
		}

		@Test
		void unaFelicitacionConModalidadSeRechaza() {
			SolicitudPqrsd s = UnaPqrsd.conEtiqueta(Etiqueta.FELICITACION).deModalidad("GENERAL").solicitud();
			rechazo(() -> Pqrsd.radicar(s, PLAZOS, bogota("2026-09-07T09:00")), "MODALIDAD_NO_APLICABLE");
		}

		@Test
		void sinModalidadNoSeSabeElTerminoYSeRechaza() {
			SolicitudPqrsd s = UnaPqrsd.conEtiqueta(Etiqueta.QUEJA).deModalidad(null).solicitud();
			rechazo(() -> Pqrsd.radicar(s, PLAZOS, bogota("2026-09-07T09:00")), "MODALIDAD_REQUERIDA");
		}

		@Test
		void lasFilasDelProcedimientoNoSonModalidadesDePeticion() {
			SolicitudPqrsd s = UnaPqrsd.peticion().deModalidad("TRASLADO").solicitud();
			rechazo(() -> Pqrsd.radicar(s, PLAZOS, bogota("2026-09-07T09:00")), "MODALIDAD_NO_APLICABLE");
		}

		@Test
		void unaModalidadDesconocidaSeRechazaConElCodigoDelCatalogo() {
			SolicitudPqrsd s = UnaPqrsd.peticion().deModalidad("INVENTADA").solicitud();
			rechazo(() -> Pqrsd.radicar(s, PLAZOS, bogota("2026-09-07T09:00")), "MODALIDAD_DESCONOCIDA");
		}

		@Test
		void laAtencionPrioritariaExigePruebaSumaria() {
			SolicitudPqrsd sinPrueba = UnaPqrsd.peticion()
				.conPrioridad(Prioridad.ATENCION_PRIORITARIA, " ")
				.solicitud();
			rechazo(() -> Pqrsd.radicar(sinPrueba, PLAZOS, bogota("2026-09-07T09:00")), "PRUEBA_SUMARIA_REQUERIDA");
			SolicitudPqrsd conPrueba = UnaPqrsd.peticion()
				.conPrioridad(Prioridad.ATENCION_PRIORITARIA, "Historia clínica: diálisis semanal")
				.solicitud();
			assertThat(Pqrsd.radicar(conPrueba, PLAZOS, bogota("2026-09-07T09:00")).pqrsd().prioridades())
				.containsExactly(Prioridad.ATENCION_PRIORITARIA);
		}

		@Test
		void elPeligroInminenteAbreDeInmediatoLaTareaDeMedidasUrgentes() {
			SolicitudPqrsd s = UnaPqrsd.peticion().conPrioridad(Prioridad.PELIGRO_INMINENTE, null).solicitud();
			Resultado r = Pqrsd.radicar(s, PLAZOS, bogota("2026-09-07T09:00"));
			assertThat(r.hechos()).filteredOn(TareaCreada.class::isInstance).singleElement().satisfies(h -> {
				Tarea t = ((TareaCreada) h).tarea();
				assertThat(t.tipo()).isEqualTo(Tarea.Tipo.MEDIDAS_URGENTES);
				assertThat(t.vence()).isNull();
				assertThat(t.fundamento()).contains("art. 20");
			});
		}

	}

	@Nested
	class Reparto {

		@Test
		void elJefeOSuRepartidorAsignanYNadieMas() {
			Pqrsd caso = UnaPqrsd.peticion().enReparto();
			assertThat(caso.asignar("ana", JEFE, PLAZOS, bogota("2026-09-07T10:00")).pqrsd().estado())
				.isEqualTo(EstadoPqrsd.EN_TRAMITE);
			assertThat(caso.asignar("ana", REPARTIDOR, PLAZOS, bogota("2026-09-07T10:00")).pqrsd().asignadoA())
				.isEqualTo("ana");
			rechazo(() -> caso.asignar("ana", LUIS, PLAZOS, bogota("2026-09-07T10:00")), "ACCION_NO_AUTORIZADA");
			rechazo(() -> caso.asignar("ana", Escenario.JEFE_HACIENDA, PLAZOS, bogota("2026-09-07T10:00")),
					"ACCION_NO_AUTORIZADA");
		}

		/* lun 2026-09-07 | GENERAL | vence lun 2026-09-28, en Planeación y en Hacienda */
		@Test
		void laReasignacionAOtraDependenciaNoDetieneNiReiniciaElReloj() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Resultado r = caso.reasignar(HACIENDA, "Es un asunto de impuesto predial", JEFE, PLAZOS,
					bogota("2026-09-15T10:00"));
			assertThat(r.pqrsd().dependencia()).isEqualTo(HACIENDA);
			assertThat(r.pqrsd().asignadoA()).isNull();
			assertThat(r.pqrsd().estado()).isEqualTo(EstadoPqrsd.EN_REPARTO);
			assertThat(PLAZOS.fechaVencimiento(r.pqrsd())).isEqualTo(PLAZOS.fechaVencimiento(caso))
				.contains(dia("2026-09-28"));
		}

		@Test
		void reasignarExigeMotivoYOtraDependencia() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			rechazo(() -> caso.reasignar(HACIENDA, " ", JEFE, PLAZOS, bogota("2026-09-08T10:00")), "MOTIVO_REQUERIDO");
			rechazo(() -> caso.reasignar(PLANEACION, "x", JEFE, PLAZOS, bogota("2026-09-08T10:00")),
					"DEPENDENCIA_IGUAL");
		}

		@Test
		void unaAccionQueElEstadoNoPermiteDiceElEstado() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			ErrorDominio e = rechazo(() -> caso.aprobarRespuesta("ok", JEFE, PLAZOS, bogota("2026-09-08T10:00")),
					"ACCION_NO_PERMITIDA");
			assertThat(e.parametros()).containsEntry("estado", "EN_TRAMITE");
			assertThat(e.getMessage()).contains("En trámite");
			rechazo(() -> caso.enviarAReparto(SISTEMA, PLAZOS, bogota("2026-09-08T10:00")), "ACCION_NO_PERMITIDA");
		}

	}

	@Nested
	class ConsultaInternaADependencia {

		/*
		 * lun 2026-09-07 | vence lun 2026-09-28: la fecha interna no puede pasar de ahí
		 */
		@Test
		void abreUnaSubtareaConFechaInternaQueNoPasaDelVencimiento() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Resultado r = caso.consultarDependencia(HACIENDA, "¿El predio tiene deuda?", dia("2026-09-18"), ANA, PLAZOS,
					bogota("2026-09-09T10:00"));
			assertThat(r.hechos()).filteredOn(TareaCreada.class::isInstance)
				.singleElement()
				.satisfies(h -> assertThat(((TareaCreada) h).tarea().dependencia()).isEqualTo(HACIENDA));
			rechazo(() -> caso.consultarDependencia(HACIENDA, "x", dia("2026-09-29"), ANA, PLAZOS,
					bogota("2026-09-09T10:00")), "CONSULTA_INTERNA_FECHA_INVALIDA");
			rechazo(() -> caso.consultarDependencia(HACIENDA, "x", dia("2026-09-19"), ANA, PLAZOS,
					bogota("2026-09-09T10:00")), "CONSULTA_INTERNA_FECHA_INVALIDA");
			Pqrsd consultado = r.pqrsd();
			rechazo(() -> consultado.responderConsulta(1, "Sí", LUIS, PLAZOS, bogota("2026-09-10T10:00")),
					"ACCION_NO_AUTORIZADA");
			Pqrsd respondido = consultado
				.responderConsulta(1, "Debe 2 vigencias", PEDRO_HACIENDA, PLAZOS, bogota("2026-09-10T10:00"))
				.pqrsd();
			assertThat(respondido.consultas()).singleElement()
				.satisfies(c -> assertThat(c.respondidaPor()).isEqualTo("pedro"));
			assertThat(PLAZOS.fechaVencimiento(respondido)).contains(dia("2026-09-28"));
		}

	}

	@Nested
	class Respuesta {

		@Test
		void conAprobacionElJefeApruebaODevuelve() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Pqrsd proyectada = caso.proyectarRespuesta("Se autoriza…", true, ANA, PLAZOS, bogota("2026-09-10T10:00"))
				.pqrsd();
			assertThat(proyectada.estado()).isEqualTo(EstadoPqrsd.EN_APROBACION);
			rechazo(() -> proyectada.aprobarRespuesta("ok", ANA, PLAZOS, bogota("2026-09-10T11:00")),
					"ACCION_NO_AUTORIZADA");
			rechazo(() -> proyectada.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", ANA, PLAZOS,
					bogota("2026-09-10T11:00")), "ACCION_NO_PERMITIDA");
			rechazo(() -> proyectada.devolverRespuesta(" ", JEFE, PLAZOS, bogota("2026-09-10T11:00")),
					"OBSERVACIONES_REQUERIDAS");
			Pqrsd devuelta = proyectada.devolverRespuesta("Cite el POT", JEFE, PLAZOS, bogota("2026-09-10T11:00"))
				.pqrsd();
			assertThat(devuelta.estado()).isEqualTo(EstadoPqrsd.EN_TRAMITE);
			Pqrsd aprobada = devuelta.proyectarRespuesta("Según el POT…", true, ANA, PLAZOS, bogota("2026-09-11T10:00"))
				.pqrsd()
				.aprobarRespuesta("", JEFE, PLAZOS, bogota("2026-09-11T11:00"))
				.pqrsd();
			assertThat(aprobada.respuesta().aprobadaPor()).isEqualTo("jefe.planeacion");
			Pqrsd respondida = aprobada
				.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", ANA, PLAZOS, bogota("2026-09-11T12:00"))
				.pqrsd();
			assertThat(respondida.estado()).isEqualTo(EstadoPqrsd.RESPONDIDA);
			assertThat(respondida.comunicacion().oportuna()).isTrue();
			assertThat(respondida.comunicacion().diasHabilesUsados()).isEqualTo(4);
		}

		@Test
		void sinPasoDeAprobacionLaRespuestaQuedaListaParaComunicar() {
			Pqrsd lista = UnaPqrsd.peticion()
				.asignada()
				.proyectarRespuesta("Se informa…", false, ANA, PLAZOS, bogota("2026-09-10T10:00"))
				.pqrsd();
			assertThat(lista.etapa()).isEqualTo(Etapa.COMUNICACION);
			assertThat(lista
				.comunicarRespuesta("2026000999991", "CORREO_POSTAL", VENTANILLA, PLAZOS, bogota("2026-09-10T15:00"))
				.pqrsd()
				.estado()).isEqualTo(EstadoPqrsd.RESPONDIDA);
		}

		/*
		 * lun 2026-09-07 | vence lun 28-sep | aprobada (firmada) lun 28-sep, comunicada
		 * mar 29-sep → extemporánea: el término se cumple al comunicar, no al firmar
		 */
		@Test
		void elTerminoSeCumpleAlComunicarNoAlFirmar() {
			Pqrsd firmada = UnaPqrsd.peticion()
				.asignada()
				.proyectarRespuesta("Se informa…", true, ANA, PLAZOS, bogota("2026-09-28T10:00"))
				.pqrsd()
				.aprobarRespuesta("", JEFE, PLAZOS, bogota("2026-09-28T16:00"))
				.pqrsd();
			Resultado r = firmada.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", ANA, PLAZOS,
					bogota("2026-09-29T08:30"));
			assertThat(r.pqrsd().comunicacion().oportuna()).isFalse();
			assertThat(r.pqrsd().comunicacion().fecha()).isEqualTo("2026-09-29");
			assertThat(codigos(r.pqrsd().advertencias())).containsExactly("RESPUESTA_EXTEMPORANEA");
			Resultado aTiempo = firmada.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", ANA, PLAZOS,
					bogota("2026-09-28T23:59"));
			assertThat(aTiempo.pqrsd().comunicacion().oportuna()).isTrue();
		}

		/*
		 * anónima; respuesta publicada vie 2026-07-10 | 5 días hábiles siguientes: 14,
		 * 15, 16, 17 y 21-jul (13 Chiquinquirá, 20 Independencia) → retiro mar 21-jul;
		 * notificación surtida al finalizar mié 22-jul
		 */
		@Test
		void laRespuestaAUnaPeticionAnonimaSePublicaCincoDiasHabiles() {
			Pqrsd caso = UnaPqrsd.peticion().anonima().recibidaEl("2026-07-01T09:00").asignada();
			Pqrsd respondida = caso.proyectarRespuesta("Se informa…", false, ANA, PLAZOS, bogota("2026-07-10T09:00"))
				.pqrsd()
				.comunicarRespuesta("2026000999991", "PUBLICACION_WEB", ANA, PLAZOS, bogota("2026-07-10T10:00"))
				.pqrsd();
			PublicacionAnonima p = respondida.comunicacion().publicacion();
			assertThat(p.desde()).isEqualTo("2026-07-10");
			assertThat(p.retiro()).isEqualTo("2026-07-21");
			assertThat(p.notificacionSurtida()).isEqualTo("2026-07-22");
			assertThat(p.fundamento()).contains("art. 69");
			rechazo(() -> respondida.cerrar(ANA, PLAZOS, bogota("2026-07-22T16:00")), "CIERRE_ANTES_DE_NOTIFICACION");
			assertThat(respondida.cerrar(ANA, PLAZOS, bogota("2026-07-23T08:00")).pqrsd().estado())
				.isEqualTo(EstadoPqrsd.CERRADA);
		}

	}

	@Nested
	class TrasladoPorCompetencia {

		/* lun 2026-09-07 | 5 días: 8, 9, 10, 11 y lun 14-sep */
		@Test
		void dentroDeLosCincoDiasNoDejaAdvertencia() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Resultado r = caso.trasladar("Superintendencia de Servicios Públicos", "Tarifas de acueducto",
					"2026000777771", ANA, PLAZOS, bogota("2026-09-14T16:00"));
			assertThat(r.pqrsd().estado()).isEqualTo(EstadoPqrsd.TRASLADADA);
			assertThat(r.pqrsd().traslado().limite()).isEqualTo("2026-09-14");
			assertThat(r.pqrsd().advertencias()).isEmpty();
		}

		@Test
		void fueraDeTerminoSeRegistraLaAdvertenciaPeroSeTraslada() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Resultado r = caso.trasladar("Superintendencia de Servicios Públicos", "Tarifas de acueducto",
					"2026000777771", ANA, PLAZOS, bogota("2026-09-15T08:00"));
			assertThat(r.pqrsd().estado()).isEqualTo(EstadoPqrsd.TRASLADADA);
			assertThat(r.pqrsd().traslado().extemporaneo()).isTrue();
			assertThat(codigos(r.pqrsd().advertencias())).containsExactly("TRASLADO_EXTEMPORANEO");
			assertThat(r.pqrsd().advertencias().get(0).mensaje()).contains("art. 21").contains("2026-09-14");
			assertThat(r.pqrsd().cerrar(ANA, PLAZOS, bogota("2026-09-15T09:00")).pqrsd().estado())
				.isEqualTo(EstadoPqrsd.CERRADA);
		}

		@Test
		void aQuienActuoVerbalmenteSeLeInformaDeInmediato() {
			Pqrsd verbal = UnaPqrsd.peticion().porCanal(Canal.PRESENCIAL_VERBAL).asignada();
			assertThat(verbal.trasladar("Gobernación", "x", "2026000777771", ANA, PLAZOS, bogota("2026-09-07T16:00"))
				.pqrsd()
				.advertencias()).isEmpty();
			assertThat(codigos(
					verbal.trasladar("Gobernación", "x", "2026000777771", ANA, PLAZOS, bogota("2026-09-08T08:00"))
						.pqrsd()
						.advertencias()))
				.containsExactly("TRASLADO_EXTEMPORANEO");
		}

	}

	@Nested
	class RequerimientoDeInformacion {

		/*
		 * lun 2026-09-07; requerimiento jue 10-sep (día 3 cuenta); responde mié 30-sep;
		 * se reanudan los 12 días restantes desde jue 1-oct, saltando lun 12-oct → lun
		 * 2026-10-19 (el mismo vector del motor de términos)
		 */
		@Test
		void detieneElRelojYLaRespuestaDelPeticionarioLoReanuda() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Resultado req = caso.requerirInformacion("Copia del certificado de tradición", null, ANA, PLAZOS,
					bogota("2026-09-10T11:00"));
			Pqrsd suspendida = req.pqrsd();
			assertThat(suspendida.estado()).isEqualTo(EstadoPqrsd.SUSPENDIDA);
			assertThat(PLAZOS.fechaVencimiento(suspendida)).isEmpty();
			SituacionTermino enPausa = PLAZOS.situacion(suspendida, dia("2026-09-25"));
			assertThat(enPausa.color()).isEqualTo(Semaforo.Color.SUSPENDIDO);
			assertThat(enPausa.diasHabilesRestantes()).isEqualTo(12);
			Resultado respuesta = suspendida.registrarRespuestaPeticionario("Aporta el certificado", VENTANILLA, PLAZOS,
					bogota("2026-09-30T15:00"));
			assertThat(respuesta.pqrsd().estado()).isEqualTo(EstadoPqrsd.EN_TRAMITE);
			assertThat(PLAZOS.fechaVencimiento(respuesta.pqrsd())).contains(dia("2026-10-19"));
			assertThat(respuesta.hechos().get(0)).isInstanceOfSatisfying(HechoPqrsd.RequerimientoAtendido.class, h -> {
				assertThat(h.nuevoVencimiento()).isEqualTo("2026-10-19");
				assertThat(h.reanudacion()).contains("reanudan los días restantes");
			});
		}

		/*
		 * la misma petición con la política de reiniciar: 15 días desde el 1-oct → jue
		 * 2026-10-22
		 */
		@Test
		void conLaPoliticaDeReiniciarElTerminoCorreCompletoOtraVez() {
			Plazos reinicia = Escenario
				.plazos(new PoliticaTerminos(false, PoliticaTerminos.Reanudacion.REINICIAR_TERMINO_COMPLETO));
			Pqrsd respondida = UnaPqrsd.peticion()
				.con(reinicia)
				.asignada()
				.requerirInformacion("Certificado", null, ANA, reinicia, bogota("2026-09-10T11:00"))
				.pqrsd()
				.registrarRespuestaPeticionario("Aporta", ANA, reinicia, bogota("2026-09-30T15:00"))
				.pqrsd();
			assertThat(reinicia.fechaVencimiento(respondida)).contains(dia("2026-10-22"));
		}

		/* lun 2026-09-07 | 10 días: hasta lun 21-sep inclusive */
		@Test
		void soloProcedeDentroDeLosDiezDiasHabilesSiguientesALaRadicacion() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			assertThat(PLAZOS.limiteRequerimiento(caso)).isEqualTo("2026-09-21");
			assertThat(caso.requerirInformacion("x", null, ANA, PLAZOS, bogota("2026-09-21T23:00")).pqrsd().estado())
				.isEqualTo(EstadoPqrsd.SUSPENDIDA);
			ErrorDominio e = rechazo(() -> caso.requerirInformacion("x", null, ANA, PLAZOS, bogota("2026-09-22T08:00")),
					"REQUERIMIENTO_EXTEMPORANEO");
			assertThat(e.getMessage()).contains("art. 17").contains("2026-09-21");
		}

		/*
		 * requerido jue 2026-09-10 | un mes: sáb 10-oct → lun 12-oct festivo → mar 13-oct
		 * | prórroga hasta por un término igual: mar 2026-11-10
		 */
		@Test
		void elPeticionarioTieneUnMesYUnaSolaProrrogaPedidaAntesDeVencer() {
			Pqrsd suspendida = UnaPqrsd.peticion()
				.asignada()
				.requerirInformacion("Certificado", null, ANA, PLAZOS, bogota("2026-09-10T11:00"))
				.pqrsd();
			Requerimiento r = suspendida.requerimientoPendiente().orElseThrow();
			assertThat(r.plazo()).isEqualTo("2026-10-13");
			assertThat(PLAZOS.topeProrrogaPeticionario(r)).isEqualTo("2026-11-10");
			rechazo(() -> suspendida.prorrogarPlazoPeticionario(dia("2026-11-11"), VENTANILLA, PLAZOS,
					bogota("2026-10-13T10:00")), "PRORROGA_PETICIONARIO_EXCEDE_TOPE");
			rechazo(() -> suspendida.prorrogarPlazoPeticionario(null, VENTANILLA, PLAZOS, bogota("2026-10-14T08:00")),
					"PRORROGA_PETICIONARIO_EXTEMPORANEA");
			Pqrsd prorrogada = suspendida
				.prorrogarPlazoPeticionario(null, VENTANILLA, PLAZOS, bogota("2026-10-13T16:00"))
				.pqrsd();
			assertThat(prorrogada.requerimientoPendiente().orElseThrow().plazo()).isEqualTo("2026-11-10");
			rechazo(() -> prorrogada.prorrogarPlazoPeticionario(null, VENTANILLA, PLAZOS, bogota("2026-10-20T08:00")),
					"PRORROGA_PETICIONARIO_YA_CONCEDIDA");
		}

		@Test
		void unPlazoMayorAUnMesSeRechaza() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			rechazo(() -> caso.requerirInformacion("x", dia("2026-10-14"), ANA, PLAZOS, bogota("2026-09-10T11:00")),
					"PLAZO_PETICIONARIO_INVALIDO");
			assertThat(caso.requerirInformacion("x", dia("2026-09-25"), ANA, PLAZOS, bogota("2026-09-10T11:00"))
				.pqrsd()
				.requerimientoPendiente()
				.orElseThrow()
				.plazo()).isEqualTo("2026-09-25");
		}

		@Test
		void sinRespuestaElDesistimientoTacitoExigeActoMotivadoYNoSeDecretaAntesDeTiempo() {
			Pqrsd suspendida = UnaPqrsd.peticion()
				.asignada()
				.requerirInformacion("Certificado", null, ANA, PLAZOS, bogota("2026-09-10T11:00"))
				.pqrsd();
			rechazo(() -> suspendida.decretarDesistimientoTacito("Resolución 45", "No aportó", JEFE, PLAZOS,
					bogota("2026-10-13T16:00")), "DESISTIMIENTO_TACITO_PREMATURO");
			rechazo(() -> suspendida.vencerPlazoPeticionario(SISTEMA, PLAZOS, bogota("2026-10-13T23:59")),
					"DESISTIMIENTO_TACITO_PREMATURO");
			Resultado vencido = suspendida.vencerPlazoPeticionario(SISTEMA, PLAZOS, bogota("2026-10-14T00:00"));
			assertThat(vencido.pqrsd().estado()).isEqualTo(EstadoPqrsd.SUSPENDIDA);
			assertThat(vencido.hechos()).filteredOn(TareaCreada.class::isInstance)
				.singleElement()
				.satisfies(
						h -> assertThat(((TareaCreada) h).tarea().tipo()).isEqualTo(Tarea.Tipo.DECRETAR_DESISTIMIENTO));
			Pqrsd pendienteActo = vencido.pqrsd();
			rechazo(() -> pendienteActo.decretarDesistimientoTacito("Resolución 45", " ", JEFE, PLAZOS,
					bogota("2026-10-15T10:00")), "ACTO_MOTIVADO_REQUERIDO");
			rechazo(() -> pendienteActo.decretarDesistimientoTacito("Resolución 45", "No aportó", ANA, PLAZOS,
					bogota("2026-10-15T10:00")), "ACCION_NO_AUTORIZADA");
			Pqrsd desistida = pendienteActo
				.decretarDesistimientoTacito("Resolución 45 del 2026-10-15", "No aportó el certificado en el plazo",
						JEFE, PLAZOS, bogota("2026-10-15T10:00"))
				.pqrsd();
			assertThat(desistida.estado()).isEqualTo(EstadoPqrsd.DESISTIDA);
			assertThat(desistida.desistimiento().tipo()).isEqualTo(Desistimiento.Tipo.TACITO);
			assertThat(desistida.desistimiento().fundamento()).contains("recurso de reposición");
		}

		@Test
		void unaRespuestaTardiaAntesDelActoSeAceptaConAdvertencia() {
			Pqrsd tarde = UnaPqrsd.peticion()
				.asignada()
				.requerirInformacion("Certificado", null, ANA, PLAZOS, bogota("2026-09-10T11:00"))
				.pqrsd()
				.registrarRespuestaPeticionario("Aporta", VENTANILLA, PLAZOS, bogota("2026-10-14T09:00"))
				.pqrsd();
			assertThat(tarde.estado()).isEqualTo(EstadoPqrsd.EN_TRAMITE);
			assertThat(codigos(tarde.advertencias())).containsExactly("RESPUESTA_REQUERIMIENTO_EXTEMPORANEA");
		}

		@Test
		void mientrasEstaSuspendidaNoSeProyectaRespuestaNiSeProrroga() {
			Pqrsd suspendida = UnaPqrsd.peticion()
				.asignada()
				.requerirInformacion("Certificado", null, ANA, PLAZOS, bogota("2026-09-10T11:00"))
				.pqrsd();
			ErrorDominio e = rechazo(
					() -> suspendida.proyectarRespuesta("x", true, ANA, PLAZOS, bogota("2026-09-11T10:00")),
					"ACCION_NO_PERMITIDA");
			assertThat(e.getMessage()).contains("art. 17");
			rechazo(() -> suspendida.prorrogar("x", dia("2026-10-20"), ANA, PLAZOS, bogota("2026-09-11T10:00")),
					"PRORROGA_TERMINO_SUSPENDIDO");
		}

	}

	@Nested
	class DesistimientoExpreso {

		@Test
		void elPeticionarioPuedeDesistirEnCualquierMomento() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			rechazo(() -> caso.registrarDesistimientoExpreso(" ", "", VENTANILLA, PLAZOS, bogota("2026-09-08T10:00")),
					"DOCUMENTO_REQUERIDO");
			Pqrsd desistida = caso
				.registrarDesistimientoExpreso("2026000555552", "Ya no lo necesito", VENTANILLA, PLAZOS,
						bogota("2026-09-08T10:00"))
				.pqrsd();
			assertThat(desistida.estado()).isEqualTo(EstadoPqrsd.DESISTIDA);
			assertThat(desistida.desistimiento().fundamento()).contains("art. 18");
		}

	}

	@Nested
	class ProrrogaDelTermino {

		/*
		 * lun 2026-09-07 | vence lun 28-sep | tope: 30 días hábiles desde el 7-sep = mar
		 * 2026-10-20 (salta lun 12-oct Día de la Raza)
		 */
		@Test
		void seConcedeAntesDelVencimientoConMotivosYHastaElDoble() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			Resultado r = caso.prorrogar("Se requiere visita técnica", dia("2026-10-20"), ANA, PLAZOS,
					bogota("2026-09-28T17:00"));
			Prorroga p = r.pqrsd().prorroga();
			assertThat(p.fechaOriginal()).isEqualTo("2026-09-28");
			assertThat(p.tope()).isEqualTo("2026-10-20");
			assertThat(PLAZOS.fechaVencimiento(r.pqrsd())).contains(dia("2026-10-20"));
			assertThat(r.hechos()).singleElement().isInstanceOf(HechoPqrsd.TerminoProrrogado.class);
		}

		@Test
		void pedidaDespuesDelVencimientoSeRechazaComoExtemporanea() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			ErrorDominio e = rechazo(
					() -> caso.prorrogar("Visita técnica", dia("2026-10-15"), ANA, PLAZOS, bogota("2026-09-29T08:00")),
					"PRORROGA_EXTEMPORANEA");
			assertThat(e.getMessage()).contains("2026-09-28").contains("art. 14 parágrafo");
			Pqrsd vencida = caso.vencer(SISTEMA, PLAZOS, bogota("2026-09-29T00:00")).pqrsd();
			rechazo(() -> vencida.prorrogar("Visita técnica", dia("2026-10-15"), ANA, PLAZOS,
					bogota("2026-09-29T08:00")), "PRORROGA_EXTEMPORANEA");
		}

		@Test
		void noExcedeElDobleNiSeConcedeDosVeces() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			ErrorDominio e = rechazo(
					() -> caso.prorrogar("x", dia("2026-10-21"), ANA, PLAZOS, bogota("2026-09-20T10:00")),
					"PRORROGA_EXCEDE_TOPE");
			assertThat(e.parametros()).containsEntry("fechaMaxima", "2026-10-20");
			Pqrsd prorrogada = caso.prorrogar("x", dia("2026-10-09"), ANA, PLAZOS, bogota("2026-09-21T10:00")).pqrsd();
			rechazo(() -> prorrogada.prorrogar("y", dia("2026-10-19"), ANA, PLAZOS, bogota("2026-09-22T10:00")),
					"PRORROGA_YA_CONCEDIDA");
			rechazo(() -> caso.prorrogar(" ", dia("2026-10-09"), ANA, PLAZOS, bogota("2026-09-21T10:00")),
					"MOTIVO_REQUERIDO");
		}

		/* la nueva fecha: posterior al vencimiento (lun 28-sep) y día hábil */
		@Test
		void laNuevaFechaEsHabilYPosteriorAlVencimiento() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			rechazo(() -> caso.prorrogar("x", dia("2026-09-28"), ANA, PLAZOS, bogota("2026-09-20T10:00")),
					"PRORROGA_FECHA_INVALIDA");
			rechazo(() -> caso.prorrogar("x", dia("2026-10-12"), ANA, PLAZOS, bogota("2026-09-20T10:00")),
					"PRORROGA_DIA_NO_HABIL");
		}

		@Test
		void despuesDeUnaProrrogaNoSeRequiereInformacion() {
			Pqrsd prorrogada = UnaPqrsd.peticion()
				.asignada()
				.prorrogar("x", dia("2026-10-09"), ANA, PLAZOS, bogota("2026-09-08T10:00"))
				.pqrsd();
			rechazo(() -> prorrogada.requerirInformacion("x", null, ANA, PLAZOS, bogota("2026-09-09T10:00")),
					"REQUERIMIENTO_TRAS_PRORROGA");
		}

		@Test
		void entreAutoridadesNoAdmiteProrroga() {
			Pqrsd caso = UnaPqrsd.peticion().deModalidad("ENTRE_AUTORIDADES").asignada();
			rechazo(() -> caso.prorrogar("x", dia("2026-09-28"), ANA, PLAZOS, bogota("2026-09-10T10:00")),
					"PRORROGA_NO_PERMITIDA");
		}

		/*
		 * prórroga al 9-oct; luego la entidad cierra el 8-oct: la fecha informada no se
		 * mueve
		 */
		@Test
		void laFechaInformadaAlPeticionarioNoCambiaSiLuegoCambiaElCalendario() {
			Pqrsd prorrogada = UnaPqrsd.peticion()
				.asignada()
				.prorrogar("x", dia("2026-10-09"), ANA, PLAZOS, bogota("2026-09-21T10:00"))
				.pqrsd();
			Plazos conCierre = Escenario.conCierres(Escenario.cierre("2026-10-08", "Decreto 90"));
			assertThat(conCierre.fechaVencimiento(prorrogada)).contains(dia("2026-10-09"));
		}

	}

	@Nested
	class Vencimiento {

		/* lun 2026-09-07 | vence lun 28-sep a la medianoche */
		@Test
		void alTerminarElUltimoDiaQuedaVencidaYAbierta() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			rechazo(() -> caso.vencer(SISTEMA, PLAZOS, bogota("2026-09-28T23:59")), "TERMINO_NO_VENCIDO");
			rechazo(() -> caso.vencer(ANA, PLAZOS, bogota("2026-09-29T00:00")), "ACCION_NO_AUTORIZADA");
			Pqrsd vencida = caso.vencer(SISTEMA, PLAZOS, bogota("2026-09-29T00:00")).pqrsd();
			assertThat(vencida.estado()).isEqualTo(EstadoPqrsd.VENCIDA);
			assertThat(vencida.estado().abierta()).isTrue();
			ErrorDominio e = rechazo(() -> vencida.cerrar(ANA, PLAZOS, bogota("2026-09-29T10:00")),
					"ACCION_NO_PERMITIDA");
			assertThat(e.parametros()).containsEntry("estado", "VENCIDA");
			assertThat(e.getMessage()).contains("arts. 83 y 31");
			Pqrsd respondida = vencida
				.proyectarRespuesta("Tarde, pero se responde", false, ANA, PLAZOS, bogota("2026-09-30T10:00"))
				.pqrsd()
				.comunicarRespuesta("2026000999991", "CORREO_ELECTRONICO", ANA, PLAZOS, bogota("2026-09-30T11:00"))
				.pqrsd();
			assertThat(respondida.estado()).isEqualTo(EstadoPqrsd.RESPONDIDA);
			assertThat(codigos(respondida.advertencias())).containsExactly("RESPUESTA_EXTEMPORANEA");
		}

		/*
		 * mié 2026-07-08 | DOCUMENTOS 10 días | vence vie 24-jul (salta 13 y 20-jul) |
		 * silencio positivo: copias dentro de los 3 días siguientes: 27, 28 y mié 29-jul
		 */
		@Test
		void unaPeticionDeDocumentosLlegaASilencioPositivoConSuTareaDeCopias() {
			Pqrsd caso = UnaPqrsd.peticion().deModalidad("DOCUMENTOS").recibidaEl("2026-07-08T09:00").asignada();
			Resultado r = caso.vencer(SISTEMA, PLAZOS, bogota("2026-07-25T00:00"));
			assertThat(r.pqrsd().estado()).isEqualTo(EstadoPqrsd.VENCIDA_SILENCIO_POSITIVO);
			assertThat(r.pqrsd().venceEntregaCopias()).isEqualTo("2026-07-29");
			assertThat(r.hechos()).filteredOn(TareaCreada.class::isInstance).singleElement().satisfies(h -> {
				Tarea t = ((TareaCreada) h).tarea();
				assertThat(t.tipo()).isEqualTo(Tarea.Tipo.ENTREGAR_COPIAS);
				assertThat(t.vence()).isEqualTo("2026-07-29");
				assertThat(t.asignadoA()).isEqualTo("ana");
				assertThat(t.fundamento()).contains("art. 14 num. 1");
			});
			Pqrsd sp = r.pqrsd();
			rechazo(() -> sp.trasladar("Otra", "x", "1", ANA, PLAZOS, bogota("2026-07-27T10:00")),
					"ACCION_NO_PERMITIDA");
			Pqrsd entregadas = sp
				.proyectarRespuesta("Se entregan las copias", false, ANA, PLAZOS, bogota("2026-07-30T09:00"))
				.pqrsd()
				.comunicarRespuesta("2026000999991", "PRESENCIAL", ANA, PLAZOS, bogota("2026-07-30T10:00"))
				.pqrsd();
			assertThat(codigos(entregadas.advertencias())).containsExactly("RESPUESTA_EXTEMPORANEA",
					"ENTREGA_COPIAS_EXTEMPORANEA");
		}

		/*
		 * modalidad definida por la entidad: HABEAS_DATA_CONSULTA, 10 días hábiles, sin
		 * prórroga | lun 2026-09-07 → lun 21-sep | al vencer: VENCIDA (sin silencio
		 * positivo: ninguna norma especial lo da, CPACA art. 84)
		 */
		@Test
		void unaModalidadDefinidaPorLaEntidadUsaSuFilaDelCatalogo() {
			List<ReglaTermino> reglas = new ArrayList<>(TerminosLegales.reglas());
			reglas.add(new ReglaTermino("HABEAS_DATA_CONSULTA", "Consulta de datos personales", 10,
					UnidadTermino.HABILES, "Ley 1581 de 2012, art. 14", dia("2013-01-01"), null, false));
			Plazos entidad = new Plazos(new MotorTerminos(PLAZOS.calendario(), new CatalogoTerminos(reglas),
					PoliticaTerminos.predeterminada()), Semaforo.predeterminado(), Escenario.NORMAS);
			Pqrsd caso = UnaPqrsd.peticion().deModalidad("HABEAS_DATA_CONSULTA").con(entidad).asignada();
			assertThat(entidad.fechaVencimiento(caso)).contains(dia("2026-09-21"));
			rechazo(() -> caso.prorrogar("x", dia("2026-09-25"), ANA, entidad, bogota("2026-09-08T10:00")),
					"PRORROGA_NO_PERMITIDA");
			assertThat(caso.vencer(SISTEMA, entidad, bogota("2026-09-22T00:00")).pqrsd().estado())
				.isEqualTo(EstadoPqrsd.VENCIDA);
		}

		@Test
		void lasDemasModalidadesNoTienenSilencioPositivo() {
			for (String modalidad : new String[] { "GENERAL", "CONSULTA", "ENTRE_AUTORIDADES" }) {
				Pqrsd caso = UnaPqrsd.peticion().deModalidad(modalidad).asignada();
				LocalDate vence = PLAZOS.fechaVencimiento(caso).orElseThrow();
				assertThat(caso.vencer(SISTEMA, PLAZOS, Plazos.finDelDia(vence)).pqrsd().estado())
					.isEqualTo(EstadoPqrsd.VENCIDA);
			}
		}

	}

	@Nested
	class DatosObligatoriosYOrden {

		@Test
		void cadaAccionExigeSusDatos() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			var t = bogota("2026-09-08T10:00");
			rechazo(() -> caso.asignar(" ", JEFE, PLAZOS, t), "USUARIO_REQUERIDO");
			rechazo(() -> caso.asignar("ana", JEFE, PLAZOS, t), "FUNCIONARIO_YA_ASIGNADO");
			rechazo(() -> caso.registrarNota(" ", ANA, PLAZOS, t), "TEXTO_REQUERIDO");
			rechazo(() -> caso.proyectarRespuesta(" ", true, ANA, PLAZOS, t), "TEXTO_REQUERIDO");
			rechazo(() -> caso.requerirInformacion(" ", null, ANA, PLAZOS, t), "TEXTO_REQUERIDO");
			rechazo(() -> caso.trasladar(" ", "x", "1", ANA, PLAZOS, t), "ENTIDAD_REQUERIDA");
			rechazo(() -> caso.trasladar("Gobernación", " ", "1", ANA, PLAZOS, t), "MOTIVO_REQUERIDO");
			rechazo(() -> caso.trasladar("Gobernación", "x", " ", ANA, PLAZOS, t), "RADICADO_SALIDA_REQUERIDO");
			Pqrsd lista = caso.proyectarRespuesta("x", false, ANA, PLAZOS, t).pqrsd();
			rechazo(() -> lista.comunicarRespuesta(" ", "CORREO_ELECTRONICO", ANA, PLAZOS, t),
					"RADICADO_SALIDA_REQUERIDO");
		}

		@Test
		void soloSeRespondeUnaConsultaPendienteDeLaPropiaDependencia() {
			Pqrsd consultada = UnaPqrsd.peticion()
				.asignada()
				.consultarDependencia(HACIENDA, "¿?", dia("2026-09-18"), ANA, PLAZOS, bogota("2026-09-08T10:00"))
				.pqrsd();
			rechazo(() -> consultada.responderConsulta(2, "x", PEDRO_HACIENDA, PLAZOS, bogota("2026-09-09T10:00")),
					"CONSULTA_INTERNA_INEXISTENTE");
			rechazo(() -> consultada.consultarDependencia(PLANEACION, "¿?", dia("2026-09-18"), ANA, PLAZOS,
					bogota("2026-09-08T11:00")), "DEPENDENCIA_IGUAL");
		}

		@Test
		void ningunaAccionSeFechaAntesDelUltimoPaso() {
			Pqrsd caso = UnaPqrsd.peticion().asignada();
			rechazo(() -> caso.registrarNota("x", ANA, PLAZOS, bogota("2026-09-06T23:59")),
					"INSTANTE_ANTERIOR_AL_HISTORIAL");
			assertThat(caso.registrarNota("x", ANA, PLAZOS, bogota("2026-09-07T09:59")).hechos()).hasSize(1);
		}

		@Test
		void unCasoGuardadoSeReconstruyeIgualYSusInvariantesSeVerifican() {
			Pqrsd caso = UnaPqrsd.peticion()
				.asignada()
				.requerirInformacion("x", null, ANA, PLAZOS, bogota("2026-09-08T10:00"))
				.pqrsd();
			Pqrsd copia = new Pqrsd(caso.radicado(), caso.etiqueta(), caso.modalidad(), caso.canal(), caso.anonimo(),
					caso.prioridades(), caso.pruebaPrioridad(), caso.denunciaCorrupcion(), caso.recibido(),
					caso.dependencia(), caso.asignadoA(), caso.estado(), caso.etapa(), caso.requerimientos(),
					caso.prorroga(), caso.respuesta(), caso.comunicacion(), caso.consultas(), caso.traslado(),
					caso.desistimiento(), caso.venceEntregaCopias(), caso.advertencias(), caso.historial());
			assertThat(copia).isEqualTo(caso);
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> new Pqrsd(caso.radicado(), caso.etiqueta(), caso.modalidad(), caso.canal(),
						caso.anonimo(), caso.prioridades(), caso.pruebaPrioridad(), caso.denunciaCorrupcion(),
						caso.recibido(), caso.dependencia(), caso.asignadoA(), EstadoPqrsd.EN_TRAMITE, caso.etapa(),
						caso.requerimientos(), caso.prorroga(), caso.respuesta(), caso.comunicacion(), caso.consultas(),
						caso.traslado(), caso.desistimiento(), caso.venceEntregaCopias(), caso.advertencias(),
						caso.historial()))
				.isInstanceOf(IllegalArgumentException.class);
		}

	}

	@Nested
	class SituacionParaListas {

		/*
		 * la situación resumida coincide con la completa, día a día, con y sin prórroga
		 */
		@Test
		void laSituacionResumidaCoincideConLaCompleta() {
			Plazos conPolitica = Escenario
				.plazos(new PoliticaTerminos(true, PoliticaTerminos.Reanudacion.REANUDAR_DIAS_RESTANTES));
			for (Plazos plazos : List.of(PLAZOS, conPolitica)) {
				Pqrsd general = UnaPqrsd.peticion().recibidaEl("2026-09-04T18:30").con(plazos).asignada();
				Pqrsd prorrogada = general.prorrogar("x", dia("2026-10-13"), ANA, plazos, bogota("2026-09-10T10:00"))
					.pqrsd();
				Pqrsd documentos = UnaPqrsd.peticion()
					.deModalidad("DOCUMENTOS")
					.recibidaEl("2026-09-05T10:00")
					.con(plazos)
					.asignada();
				for (Pqrsd caso : List.of(general, prorrogada, documentos)) {
					for (LocalDate d = dia("2026-09-04"); d.isBefore(dia("2026-11-01")); d = d.plusDays(1)) {
						SituacionTermino completa = plazos.situacion(caso, d);
						SituacionTermino resumida = plazos.situacionResumida(caso, d);
						assertThat(resumida.vencimiento()).isEqualTo(completa.vencimiento());
						assertThat(resumida.color()).as("%s el %s", caso.modalidad(), d).isEqualTo(completa.color());
						assertThat(resumida.diasHabilesRestantes()).isEqualTo(completa.diasHabilesRestantes());
					}
				}
			}
		}

	}

}
