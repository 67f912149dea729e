package co.pqrsd.core.terminos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.Cierre;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.calendario.TipoCierre;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.terminos.PasoExplicacion.Tipo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked vectors, counted day by day against the holiday lists of domain-rules.md
 * §2.3.
 */
class MotorTerminosTest {

	private static final CalendarioFestivos FESTIVOS = new CalendarioFestivos(FestivosNacionales.reglas());

	private static final CatalogoTerminos CATALOGO = new CatalogoTerminos(TerminosLegales.reglas());

	private static MotorTerminos motor(List<Cierre> cierres, PoliticaTerminos politica) {
		return new MotorTerminos(new CalendarioHabil(FESTIVOS, JornadaLaboral.predeterminada(), cierres), CATALOGO,
				politica);
	}

	private final MotorTerminos motor = motor(List.of(), PoliticaTerminos.predeterminada());

	private static OffsetDateTime bogota(String fechaHora) {
		return OffsetDateTime.parse(fechaHora + "-05:00");
	}

	@Nested
	class PeticionGeneral {

		/*
		 * recibida | término | vence vie 2025-12-19 10:00 | 15 días | mié 2026-01-14
		 * (salta 25-dic, 1-ene y lun 12-ene Reyes)
		 */
		@Test
		void saltaNavidadAnioNuevoYReyesTrasladadoAlLunes() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2025-12-19T10:00:00"));
			assertThat(v.fecha()).isEqualTo("2026-01-14");
			assertThat(omitidos(v)).contains("2025-12-25", "2026-01-01", "2026-01-12");
			assertThat(v.explicacion()).filteredOn(p -> p.fecha().equals(LocalDate.of(2026, 1, 12)))
				.singleElement()
				.satisfies(p -> assertThat(p.detalle()).contains("Reyes Magos").contains("Ley 51 de 1983"));
		}

		/*
		 * lun 2026-03-30 | 15 días | mié 2026-04-22 (salta Jueves y Viernes Santo 2 y 3
		 * de abril)
		 */
		@Test
		void saltaSemanaSanta() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2026-03-30T09:00:00"));
			assertThat(v.fecha()).isEqualTo("2026-04-22");
			assertThat(omitidos(v)).contains("2026-04-02", "2026-04-03");
		}

		/*
		 * sáb 2025-03-15 22:30 (radicación electrónica) | día 1 lun 17-mar | vence lun
		 * 2025-04-07 (salta San José 24-mar)
		 */
		@Test
		void unaRadicacionElectronicaDeSabadoEnLaNocheEmpiezaElLunes() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2025-03-15T22:30:00"));
			assertThat(v.fecha()).isEqualTo("2025-04-07");
			assertThat(v.explicacion()).filteredOn(p -> p.dia() == 1)
				.singleElement()
				.satisfies(p -> assertThat(p.fecha()).isEqualTo("2025-03-17"));
			assertThat(v.recibido().toLocalDate()).isEqualTo("2025-03-15");
		}

		@Test
		void elInstanteSeInterpretaEnHoraDeColombiaSinImportarLaZonaRecibida() {
			Vencimiento enUtc = motor.calcular("GENERAL", OffsetDateTime.parse("2025-03-16T03:30:00Z"));
			assertThat(enUtc.fecha()).isEqualTo("2025-04-07");
			assertThat(motor.fechaVencimiento("GENERAL", Instant.parse("2025-03-16T03:30:00Z")))
				.isEqualTo("2025-04-07");
		}

		/*
		 * con política de horario: sáb 2025-03-15 se tiene por recibida lun 17-mar; vence
		 * mar 2025-04-08
		 */
		@Test
		void laPoliticaDeHorarioCorreUnDiaYSeExplica() {
			MotorTerminos conPolitica = motor(List.of(),
					new PoliticaTerminos(true, PoliticaTerminos.Reanudacion.REANUDAR_DIAS_RESTANTES));
			Vencimiento v = conPolitica.calcular("GENERAL", bogota("2025-03-15T22:30:00"));
			assertThat(v.fecha()).isEqualTo("2025-04-08");
			assertThat(v.explicacion())
				.anyMatch(p -> p.tipo() == Tipo.NOTA && p.detalle().contains("Política de la entidad"));
			Vencimiento enHorario = conPolitica.calcular("GENERAL", bogota("2025-12-19T10:00:00"));
			assertThat(enHorario.fecha()).isEqualTo("2026-01-14");
			assertThat(enHorario.explicacion()).anyMatch(p -> p.detalle().contains("dentro del horario"));
		}

		/* mié 2026-12-16 con cierres 24 y 31 de dic de 2026 | vence mié 2027-01-13 */
		@Test
		void saltaLosDiasDeCierreDeclaradosPorActoAdministrativo() {
			MotorTerminos conCierres = motor(
					List.of(new Cierre(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), TipoCierre.CIERRE,
							"Decreto 200", LocalDate.of(2026, 12, 1), "Nochebuena"),
							new Cierre(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), TipoCierre.CIERRE,
									"Decreto 200", LocalDate.of(2026, 12, 1), "Fin de año")),
					PoliticaTerminos.predeterminada());
			Vencimiento v = conCierres.calcular("GENERAL", bogota("2026-12-16T11:00:00"));
			assertThat(v.fecha()).isEqualTo("2027-01-13");
			assertThat(v.explicacion()).filteredOn(p -> p.fecha().equals(LocalDate.of(2026, 12, 24)))
				.singleElement()
				.satisfies(p -> assertThat(p.detalle()).contains("Cierre de la entidad").contains("Decreto 200"));
			assertThat(motor.calcular("GENERAL", bogota("2026-12-16T11:00:00")).fecha()).isEqualTo("2027-01-08");
		}

		@Test
		void cadaDiaContadoLlevaSuNumero() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2025-12-19T10:00:00"));
			assertThat(v.explicacion()).filteredOn(p -> p.tipo() == Tipo.CONTADO || p.tipo() == Tipo.VENCIMIENTO)
				.extracting(PasoExplicacion::dia)
				.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
		}

	}

	@Nested
	class OtrasModalidades {

		/*
		 * vie 2025-07-18 | documentos 10 días | vie 2025-08-01 (el 20 de julio cae en
		 * domingo)
		 */
		@Test
		void unFestivoEnDomingoNoAgregaDias() {
			Vencimiento v = motor.calcular("DOCUMENTOS", bogota("2025-07-18T15:00:00"));
			assertThat(v.fecha()).isEqualTo("2025-08-01");
			assertThat(v.explicacion()).filteredOn(p -> p.fecha().equals(LocalDate.of(2025, 7, 20)))
				.singleElement()
				.satisfies(p -> assertThat(p.detalle()).contains("Independencia").contains("domingo"));
		}

		@Test
		void consultaTreintaYTrasladoCincoDias() {
			/*
			 * lun 2026-11-23 | consulta 30 días | jue 2027-01-07 (salta 8 y 25 de dic y 1
			 * de ene)
			 */
			assertThat(motor.calcular("CONSULTA", bogota("2026-11-23T08:00:00")).fecha()).isEqualTo("2027-01-07");
			assertThat(motor.calcular("TRASLADO", bogota("2026-11-23T08:00:00")).fecha()).isEqualTo("2026-11-30");
			assertThat(motor.calcular("ENTRE_AUTORIDADES", bogota("2026-11-23T08:00:00")).regla().fundamento())
				.contains("art. 30");
		}

		/*
		 * lun 2026-04-13 | silencio negativo 3 meses | cae lun 2026-07-13 (Chiquinquirá)
		 * → mar 2026-07-14
		 */
		@Test
		void unTerminoEnMesesQueTerminaEnFestivoPasaAlSiguienteHabil() {
			Vencimiento v = motor.calcular("SILENCIO_NEGATIVO", bogota("2026-04-13T09:00:00"));
			assertThat(v.fecha()).isEqualTo("2026-07-14");
			assertThat(v.explicacion()).anyMatch(p -> p.tipo() == Tipo.OMITIDO && p.detalle().contains("Chiquinquirá"));
		}

		@Test
		void elPlazoDelCiudadanoEsUnMesCalendario() {
			assertThat(motor.calcular("RESPUESTA_REQUERIMIENTO", bogota("2026-02-10T09:00:00")).fecha())
				.isEqualTo("2026-03-10");
		}

		@Test
		void unaModalidadDesconocidaDaUnErrorConCodigo() {
			assertThatThrownBy(() -> motor.calcular("INVENTADA", bogota("2026-02-10T09:00:00")))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("MODALIDAD_DESCONOCIDA"))
				.hasMessageContaining("GENERAL");
		}

	}

	@Nested
	class Decreto491 {

		/*
		 * mar 2021-06-15 | 30 días (Decreto 491) | jue 2021-07-29 (salta 5-jul San Pedro
		 * y 20-jul)
		 */
		@Test
		void duranteLaEmergenciaElTerminoGeneralEraDeTreintaDias() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2021-06-15T10:00:00"));
			assertThat(v.regla().termino()).isEqualTo(30);
			assertThat(v.regla().fundamento()).contains("Decreto Legislativo 491 de 2020");
			assertThat(v.fecha()).isEqualTo("2021-07-29");
		}

		@Test
		void laLey2207RestableceLosTerminosDesdeEl18DeMayoDe2022() {
			assertThat(motor.calcular("GENERAL", bogota("2022-05-17T16:00:00")).regla().termino()).isEqualTo(30);
			assertThat(motor.calcular("GENERAL", bogota("2022-05-18T08:00:00")).regla().termino()).isEqualTo(15);
			assertThat(motor.calcular("DOCUMENTOS", bogota("2020-03-28T08:00:00")).regla().termino()).isEqualTo(20);
			assertThat(motor.calcular("CONSULTA", bogota("2020-03-27T08:00:00")).regla().termino()).isEqualTo(30);
			assertThat(motor.calcular("CONSULTA", bogota("2021-01-27T08:00:00")).regla().termino()).isEqualTo(35);
		}

	}

	@Nested
	class SuspensionPorRequerimiento {

		/*
		 * lun 2026-09-07; requerimiento jue 10-sep (día 3 cuenta); responde mié 30-sep;
		 * reanuda jue 1-oct con 12 días restantes; salta lun 12-oct Día de la Raza → lun
		 * 2026-10-19
		 */
		@Test
		void reanudaLosDiasRestantesDesdeElDiaSiguienteALaRespuesta() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2026-09-07T09:00:00"),
					List.of(new Suspension(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 30))));
			assertThat(v.fecha()).isEqualTo("2026-10-19");
			assertThat(v.explicacion()).filteredOn(p -> p.dia() == 4)
				.singleElement()
				.satisfies(p -> assertThat(p.fecha()).isEqualTo("2026-10-01"));
			assertThat(v.explicacion()).anyMatch(p -> p.tipo() == Tipo.OMITIDO && p.detalle().contains("suspendido"));
		}

		/*
		 * la misma petición con la política de reiniciar: 15 días desde el 1-oct → jue
		 * 2026-10-22
		 */
		@Test
		void laPoliticaDeReiniciarCuentaElTerminoCompleto() {
			MotorTerminos reinicia = motor(List.of(),
					new PoliticaTerminos(false, PoliticaTerminos.Reanudacion.REINICIAR_TERMINO_COMPLETO));
			Vencimiento v = reinicia.calcular("GENERAL", bogota("2026-09-07T09:00:00"),
					List.of(new Suspension(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 30))));
			assertThat(v.fecha()).isEqualTo("2026-10-22");
			assertThat(v.explicacion()).anyMatch(p -> p.detalle().contains("se reinicia"));
		}

		@Test
		void conRequerimientoPendienteNoHayFechaDeVencimiento() {
			Vencimiento v = motor.calcular("GENERAL", bogota("2026-09-07T09:00:00"),
					List.of(new Suspension(LocalDate.of(2026, 9, 10), null)));
			assertThat(v.suspendido()).isTrue();
			assertThat(v.fecha()).isNull();
			assertThat(v.explicacion()).last().satisfies(p -> assertThat(p.detalle()).contains("ya contados: 3"));
		}

	}

	@Nested
	class Prorroga {

		private final Vencimiento original = motor.calcular("GENERAL", bogota("2025-12-19T10:00:00"));

		/*
		 * vence 2026-01-14; el doble (30 días hábiles desde el 19-dic) es mié 2026-02-04
		 */
		@Test
		void admiteLaProrrogaHastaElDobleDelTermino() {
			Vencimiento prorrogado = motor.prorrogar(original, LocalDate.of(2026, 2, 4), bogota("2026-01-14T16:00:00"),
					"Se requiere concepto de Planeación");
			assertThat(prorrogado.fecha()).isEqualTo("2026-02-04");
			assertThat(prorrogado.prorroga().fechaOriginal()).isEqualTo("2026-01-14");
			assertThat(prorrogado.prorroga().tope()).isEqualTo("2026-02-04");
		}

		@Test
		void rechazaUnaFechaMasAllaDelDoble() {
			assertThatThrownBy(
					() -> motor.prorrogar(original, LocalDate.of(2026, 2, 5), bogota("2026-01-14T16:00:00"), "x"))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("PRORROGA_EXCEDE_DOBLE"))
				.hasMessageContaining("2026-02-04");
		}

		@Test
		void rechazaLaProrrogaInformadaDespuesDelVencimiento() {
			assertThatThrownBy(
					() -> motor.prorrogar(original, LocalDate.of(2026, 1, 30), bogota("2026-01-15T00:01:00"), "x"))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("PRORROGA_EXTEMPORANEA"));
		}

		@Test
		void soloSeConcedeUnaProrroga() {
			Vencimiento prorrogado = motor.prorrogar(original, LocalDate.of(2026, 1, 30), bogota("2026-01-10T10:00:00"),
					"x");
			assertThatThrownBy(
					() -> motor.prorrogar(prorrogado, LocalDate.of(2026, 2, 4), bogota("2026-01-20T10:00:00"), "y"))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("PRORROGA_YA_CONCEDIDA"));
		}

		@Test
		void rechazaUnaNuevaFechaEnDiaNoHabilOAnterior() {
			assertThatThrownBy(
					() -> motor.prorrogar(original, LocalDate.of(2026, 1, 31), bogota("2026-01-10T10:00:00"), "x"))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("PRORROGA_DIA_NO_HABIL"));
			assertThatThrownBy(
					() -> motor.prorrogar(original, LocalDate.of(2026, 1, 13), bogota("2026-01-10T10:00:00"), "x"))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("PRORROGA_FECHA_INVALIDA"));
		}

		@Test
		void elTrasladoNoAdmiteProrroga() {
			Vencimiento traslado = motor.calcular("TRASLADO", bogota("2026-11-23T08:00:00"));
			assertThatThrownBy(
					() -> motor.prorrogar(traslado, LocalDate.of(2026, 12, 2), bogota("2026-11-24T08:00:00"), "x"))
				.isInstanceOfSatisfying(ErrorDominio.class,
						e -> assertThat(e.codigo()).isEqualTo("PRORROGA_NO_PERMITIDA"));
		}

	}

	@Nested
	class SemaforoDelTermino {

		private final Vencimiento v = motor.calcular("GENERAL", bogota("2025-12-19T10:00:00"));

		/*
		 * 15 días; hoy = día 6 → 40 % verde; día 9 → 60 % amarillo; día 13 → 87 % rojo;
		 * después del 14-ene vencido
		 */
		@Test
		void cambiaDeColorSegunLaFraccionConsumida() {
			Semaforo semaforo = Semaforo.predeterminado();
			var calendario = motor.calendario();
			assertThat(semaforo.evaluar(v, LocalDate.of(2025, 12, 30), calendario).color())
				.isEqualTo(Semaforo.Color.VERDE);
			assertThat(semaforo.evaluar(v, LocalDate.of(2026, 1, 5), calendario).color())
				.isEqualTo(Semaforo.Color.AMARILLO);
			assertThat(semaforo.evaluar(v, LocalDate.of(2026, 1, 9), calendario).color())
				.isEqualTo(Semaforo.Color.ROJO);
			assertThat(semaforo.evaluar(v, LocalDate.of(2026, 1, 14), calendario).color())
				.isEqualTo(Semaforo.Color.ROJO);
			assertThat(semaforo.evaluar(v, LocalDate.of(2026, 1, 15), calendario).color())
				.isEqualTo(Semaforo.Color.VENCIDO);
		}

		@Test
		void losUmbralesSonConfigurables() {
			Semaforo estricto = new Semaforo(0.3, 0.5);
			assertThat(estricto.evaluar(v, LocalDate.of(2025, 12, 30), motor.calendario()).color())
				.isEqualTo(Semaforo.Color.AMARILLO);
		}

	}

	private static List<String> omitidos(Vencimiento v) {
		return v.explicacion().stream().filter(p -> p.tipo() == Tipo.OMITIDO).map(p -> p.fecha().toString()).toList();
	}

}
