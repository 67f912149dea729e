package co.pqrsd.core.plan;

import static co.pqrsd.core.plan.Datos.CALENDARIO;
import static co.pqrsd.core.plan.Datos.PAAC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.plan.NotaImportacion.Tipo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImportadorPlanTest {

	private static final List<String> ENCABEZADO = List.of("Componente", "Subcomponente / Estrategia", "Objetivo",
			"Actividades", "Indicador", "Meta", "Fecha de cumplimiento", "Responsable");

	private static ResultadoImportacion importar(List<List<String>> filas) {
		return new ImportadorPlan(PAAC, 2024).importar(filas);
	}

	@Nested
	class SesquileDosMilVeintitres {

		private final ResultadoImportacion resultado = new ImportadorPlan(PAAC, 2023)
			.importar(Datos.csv("paac-sesquile-2023.csv"));

		/*
		 * componente de la semilla | actividades 1 Gestión del riesgo | 8 (5 en la
		 * primera página y 3 en la segunda) 2 Racionalización de trámites | 5 «Atención
		 * ciudadano» (la semilla la numera 3; es el componente 4) | 13 (con la fila
		 * corrida a la izquierda) «Rendición cuentas» (la semilla la numera 4; es el
		 * componente 3) | 10 5 Transparencia | 15 (líneas 1 a 6: 2 + 2 + 2 + 3 + 4 + 2) 6
		 * Iniciativas adicionales | 3
		 */
		@Test
		void encuentraLasActividadesDeCadaComponente() {
			assertThat(resultado.actividadesPorComponente()).containsExactly(entry("PAAC_1", 8), entry("PAAC_2", 5),
					entry("PAAC_4", 13), entry("PAAC_3", 10), entry("PAAC_5", 15), entry("PAAC_6", 3));
			assertThat(resultado.actividades()).hasSize(54);
		}

		@Test
		void reportaLasFilasDeFirmasComoIlegiblesSinDescartarlasEnSilencio() {
			assertThat(resultado.rechazadas()).hasSize(2)
				.allSatisfy(n -> assertThat(n.motivo()).contains("no corresponde a ningún componente"))
				.extracting(NotaImportacion::motivo)
				.anySatisfy(m -> assertThat(m).contains("Consolidación del documento"))
				.anySatisfy(m -> assertThat(m).contains("Seguimiento del plan"));
		}

		@Test
		void saltaElEncabezadoRepetidoEnCadaPagina() {
			assertThat(resultado.notas()).filteredOn(n -> n.tipo() == Tipo.ENCABEZADO).hasSize(7);
			assertThat(resultado.notas()).filteredOn(n -> n.tipo() == Tipo.VACIA).hasSize(6);
		}

		@Test
		void lasCeldasCombinadasValenLoMismoQueLaDeArriba() {
			Actividad segunda = resultado.actividades().get(1);
			assertThat(segunda.codigo()).isEqualTo("1.2");
			assertThat(segunda.subcomponente()).isEqualTo("Mapa de Riesgos de Corrupción de la entidad");
			assertThat(segunda.descripcion()).startsWith("Actualización y publicación mapa de riesgos de corrupción");
		}

		/*
		 * el objetivo del componente 1 sigue en la página 2 con «elaboración de
		 * mecanismos…»
		 */
		@Test
		void unObjetivoPartidoPorElSaltoDePaginaSeUne() {
			String objetivo = "Promover la identificación y prevención de los riesgos de corrupción y administrativos "
					+ "de la entidad, permitiendo a su vez la generación de alarmas y la elaboración de mecanismos "
					+ "orientados a prevenirlos o evitarlos.";
			assertThat(resultado.actividades().subList(0, 8))
				.allSatisfy(a -> assertThat(a.objetivo()).isEqualTo(objetivo));
			assertThat(resultado.notas()).filteredOn(n -> n.tipo() == Tipo.CONTINUACION).hasSize(1);
		}

		@Test
		void devuelveASuSitioLaFilaCorridaALaIzquierda() {
			assertThat(resultado.notas()).filteredOn(n -> n.tipo() == Tipo.REALINEADA).hasSize(1);
			Actividad pqrs = resultado.actividades()
				.stream()
				.filter(a -> a.descripcion().startsWith("Coordinar y hacer seguimiento"))
				.findFirst()
				.orElseThrow();
			assertThat(pqrs.codigo()).isEqualTo("4.13");
			assertThat(pqrs.meta()).isEqualTo(Meta.leer("12"));
			assertThat(pqrs.fecha()).isInstanceOf(Recurrencia.class);
			assertThat(pqrs.responsable()).isEqualTo("Secretaria Administrativa y de Gobierno-Control Interno");
			assertThat(pqrs.subcomponente()).isEqualTo("3. Mecanismo para mejorar la atención al ciudadano");
		}

		@Test
		void unaCeldaDeVariasLineasQuedaEnUnaSolaActividad() {
			Actividad integridad = resultado.actividades()
				.stream()
				.filter(a -> a.codigo().equals("6.1"))
				.findFirst()
				.orElseThrow();
			assertThat(integridad.descripcion()).contains("código de integridad Difundir y fortalecer la cultura")
				.doesNotContain("\n");
			assertThat(integridad.fecha().vencimientos(CALENDARIO)).containsExactly(LocalDate.of(2023, 12, 30));
		}

		@Test
		void leeMetasEnNumeroYPorcentajeYTodasLasFechas() {
			assertThat(resultado.actividades()).filteredOn(a -> a.meta().unidad() == Meta.Unidad.PORCENTAJE)
				.hasSize(13);
			Actividad informes = resultado.actividades().get(5);
			assertThat(informes.fecha().vencimientos(CALENDARIO)).last().isEqualTo(LocalDate.of(2024, 1, 10));
		}

		@Test
		void lasLineasDeTransparenciaConservanSuEstrategia() {
			assertThat(resultado.actividades()).filteredOn(a -> a.componente().equals("PAAC_5"))
				.extracting(Actividad::subcomponente)
				.filteredOn(s -> s.startsWith("Línea 6"))
				.hasSize(2);
		}

		@Test
		void elPlanImportadoSePuedeCrear() {
			PlanAnticorrupcion plan = PlanAnticorrupcion.crear("Alcaldía de Sesquilé", 2023, PAAC,
					resultado.actividades());
			assertThat(plan.actividades()).hasSize(54);
		}

	}

	@Nested
	class FilasIlegibles {

		@Test
		void reportaUnaFechaIlegibleConSuRazon() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO, List.of("Componente 1. Gestión del riesgo", "Mapa",
					"Objetivo", "Revisar el mapa", "Mapa revisado", "1", "31 de junio", "Planeación")));
			assertThat(r.actividades()).isEmpty();
			assertThat(r.rechazadas()).singleElement().satisfies(n -> {
				assertThat(n.fila()).isEqualTo(2);
				assertThat(n.motivo()).contains("Revisar el mapa").contains("el 31 de junio de 2024 no existe");
			});
		}

		@Test
		void reportaUnaMetaIlegible() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO, List.of("Componente 1", "Mapa", "Objetivo",
					"Revisar el mapa", "Mapa revisado", "Uno", "30 de junio", "Planeación")));
			assertThat(r.rechazadas()).singleElement()
				.extracting(NotaImportacion::motivo)
				.asString()
				.contains("No se pudo leer la meta «Uno»");
		}

		@Test
		void reportaUnaActividadSinResponsable() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO, List.of("Componente 1", "Mapa", "Objetivo",
					"Revisar el mapa", "Mapa revisado", "1", "30 de junio", "")));
			assertThat(r.rechazadas()).singleElement()
				.extracting(NotaImportacion::motivo)
				.asString()
				.contains("no tiene responsable");
		}

		@Test
		void reportaLasFilasDeUnComponenteDesconocido() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO,
					List.of("Componente Gobierno digital", "Línea 1", "Objetivo", "Publicar datos", "Datos", "1",
							"30 de junio", "TIC"),
					List.of("", "", "", "Publicar más datos", "Datos", "1", "30 de junio", "TIC")));
			assertThat(r.actividades()).isEmpty();
			assertThat(r.rechazadas()).extracting(NotaImportacion::motivo)
				.satisfiesExactly(m -> assertThat(m).contains("«Componente Gobierno digital» no corresponde"),
						m -> assertThat(m).contains("Pertenece al componente «Componente Gobierno digital»"));
		}

		@Test
		void reportaUnaFilaSinComponenteAntes() {
			ResultadoImportacion r = importar(
					List.of(ENCABEZADO, List.of("", "", "", "Publicar", "Datos", "1", "30 de junio", "TIC")));
			assertThat(r.rechazadas()).singleElement()
				.extracting(NotaImportacion::motivo)
				.asString()
				.contains("la tabla no lo nombra antes de esta fila");
		}

		@Test
		void reportaUnaFilaSinActividad() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO,
					List.of("Componente 1", "Mapa", "Objetivo", "", "Indicador suelto", "1", "30 de junio", "TIC")));
			assertThat(r.rechazadas()).singleElement()
				.extracting(NotaImportacion::motivo)
				.asString()
				.contains("no tiene actividad");
		}

	}

	/*
	 * issue #10: un plan de 500 actividades se importa en menos de 2 s (aquí solo la
	 * lectura de filas)
	 */
	@Test
	void importaQuinientasActividadesEnMenosDeDosSegundos() {
		List<List<String>> filas = new java.util.ArrayList<>();
		String[] fechas = { "30 de junio", "1 de julio - 31 de diciembre",
				"Mensual, cinco primeros días del mes siguiente", "Permanente",
				"30 de Abril 30 de Agosto 30 de Diciembre" };
		for (int i = 0; i < 500; i++) {
			if (i % 25 == 0) {
				filas.add(ENCABEZADO);
			}
			String componente = i % 100 == 0 ? "Componente " + (i / 100 + 1) : "";
			filas.add(List.of(componente, "", "", "Actividad número " + i, "Indicador", i % 2 == 0 ? "1" : "100%",
					fechas[i % fechas.length], "Secretaría de Planeación"));
		}
		long inicio = System.nanoTime();
		ResultadoImportacion r = importar(filas);
		long milisegundos = (System.nanoTime() - inicio) / 1_000_000;
		assertThat(r.actividades()).hasSize(500);
		assertThat(r.rechazadas()).isEmpty();
		assertThat(r.actividadesPorComponente()).containsValues(100, 100, 100, 100, 100);
		assertThat(milisegundos).isLessThan(2000);
	}

	@Nested
	class FormasDeLaTabla {

		@Test
		void usaElOrdenDeColumnasDelEncabezado() {
			List<String> otroOrden = List.of("Actividad", "Componente", "Responsable", "Meta", "Fecha de cumplimiento",
					"Indicador", "Objetivo", "Estrategia");
			ResultadoImportacion r = importar(List.of(otroOrden, List.of("Publicar el informe", "Componente 3",
					"Planeación", "2", "Semestral", "Informes", "Rendir cuentas", "Audiencias")));
			assertThat(r.actividades()).singleElement().satisfies(a -> {
				assertThat(a.componente()).isEqualTo("PAAC_3");
				assertThat(a.responsable()).isEqualTo("Planeación");
				assertThat(a.subcomponente()).isEqualTo("Audiencias");
				assertThat(a.fecha().vencimientos(CALENDARIO)).hasSize(2);
			});
		}

		@Test
		void sinEncabezadoSuponeElOrdenUsual() {
			ResultadoImportacion r = importar(List.of(List.of("Componente 2. Trámites", "Antitrámites", "Objetivo",
					"Racionalizar trámites", "Trámites", "3", "Permanente", "Gobierno")));
			assertThat(r.actividades()).singleElement().extracting(Actividad::codigo).isEqualTo("2.1");
		}

		@Test
		void unaActividadPartidaPorElSaltoDePaginaSeUne() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO,
					List.of("Componente 1", "Mapa", "Objetivo", "Revisar los mapas de riesgos de", "Mapas", "1",
							"30 de junio", "Planeación"),
					ENCABEZADO, List.of("", "", "", "todos los procesos", "", "", "", "")));
			assertThat(r.actividades()).singleElement()
				.extracting(Actividad::descripcion)
				.isEqualTo("Revisar los mapas de riesgos de todos los procesos");
			assertThat(r.notas()).extracting(NotaImportacion::tipo).contains(Tipo.CONTINUACION);
		}

		@Test
		void unaFilaDeTituloFijaElComponenteDeLasSiguientes() {
			ResultadoImportacion r = importar(List.of(ENCABEZADO, List.of("Componente 6. Iniciativas adicionales"),
					List.of("", "Integridad", "", "Socializar el código", "Actividades", "1", "30 de junio", "TH")));
			assertThat(r.actividades()).singleElement().extracting(Actividad::componente).isEqualTo("PAAC_6");
			assertThat(r.notas()).extracting(NotaImportacion::tipo).containsExactly(Tipo.ENCABEZADO, Tipo.TITULO);
		}

	}

}
