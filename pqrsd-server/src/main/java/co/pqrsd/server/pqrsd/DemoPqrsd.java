package co.pqrsd.server.pqrsd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.EstadoPqrsd;
import co.pqrsd.core.pqrsd.Etapa;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.server.comun.RelojDemo;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import co.pqrsd.server.terminos.TerminosEntidad;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code demo}: a year of PQRSD and correspondence of the demo municipality,
 * seeded through the real services ({@link ServicioPqrsd}, {@link PqrsdCiudadano},
 * radicación's {@link EntradasRadicacion}) with the demo clock ({@link RelojDemo}) moved
 * to the business days of the last twelve months, in chronological order, then returned
 * to real time: the engine's timers that fell due meanwhile fire as they would have
 * (semáforo avisos, VENCIDA, the peticionario's expired plazo).
 * <p>
 * What it leaves: about a hundred cases of the past year answered on time or late, with
 * prórrogas, traslados, requerimientos answered, answers returned and approved, citizen
 * filings classified, a denuncia de corrupción and anonymous ones; and, open today, cases
 * in every state and semáforo colour (radicada and waiting for the ventanilla's
 * classification, en reparto, en trámite VERDE, AMARILLO, ROJO and VENCIDO, answer
 * waiting for approval or returned, prorrogada, suspended by a requerimiento, one whose
 * peticionario's plazo expired, reasignada, a denuncia, anonymous). Dates are business
 * days of the entity calendar counted back from today; terms, semáforo and due dates are
 * the terms engine's. Deterministic: a fixed pseudo-random seed, fixed texts, the same
 * plan relative to the start day. Skipped when the demo's cases exist.
 * <p>
 * An {@link ApplicationRunner} right after the users (seguridad's {@code DatosDemo}) and
 * before {@code operacion.SembradorDemo}, not an {@code operacion.PasoDemo}: operación
 * reads PQRSD statistics, so PQRSD depending on operación would be a module cycle.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DemoPqrsd implements ApplicationRunner {

	/**
	 * The demo's answers grant what was asked (Ley 1712 de 2014: a denial needs its
	 * ground).
	 */
	private static final SentidosRespuesta.Solicitado CONCEDIDA = new SentidosRespuesta.Solicitado("CONCEDIDA", null,
			null);

	static final String PREFIJO = "Demostración: ";

	/** The pseudo-random seed: the same municipality on every start. */
	private static final long SEMILLA = 20231114L;

	private static final Logger log = LoggerFactory.getLogger(DemoPqrsd.class);

	private static final String[][] ASUNTOS = { { "PETICION", "reparación del andén de la calle 5" },
			{ "PETICION", "certificado de residencia" }, { "QUEJA", "ruido de un establecimiento nocturno" },
			{ "RECLAMO", "cobro doble del impuesto predial" }, { "PETICION", "poda de árboles en el parque principal" },
			{ "SUGERENCIA", "horario extendido de la ventanilla" }, { "PETICION", "copia del plan de ordenamiento" },
			{ "QUEJA", "atención en la inspección de policía" }, { "PETICION", "permiso para evento cultural" },
			{ "RECLAMO", "alumbrado público apagado en la vereda" }, { "PETICION", "información sobre subsidios" },
			{ "FELICITACION", "atención de la comisaría de familia" },
			{ "PETICION", "licencia de ocupación de espacio" }, { "QUEJA", "basuras en la quebrada" },
			{ "PETICION", "arreglo de la vía a la vereda El Hato" },
			{ "PETICION", "estado de la solicitud de vivienda" }, { "RECLAMO", "daño en la red de acueducto" },
			{ "PETICION", "inscripción en el programa de adulto mayor" }, { "QUEJA", "invasión del espacio público" },
			{ "PETICION", "certificado de estratificación" } };

	private static final String[] NOMBRES = { "Ana Lucía Moreno", "José Ignacio Castro", "Martha Cecilia Ruiz",
			"Luis Eduardo Pinzón", "Diana Marcela Suárez", "Hernán Darío Ospina", "Gloria Esperanza Vargas",
			"Jairo Alberto Rincón", "Blanca Inés Forero", "Édgar Mauricio Sánchez", "Rosa Elvira Cuervo",
			"Fabio Nelson Garzón" };

	private static final String[] OFICIOS = { "Oficio de la Gobernación de Cundinamarca sobre el plan de vías",
			"Circular de la Procuraduría Provincial sobre ley de garantías", "Cuenta de cobro del contratista de aseo",
			"Invitación de la CAR a la mesa de cuencas", "Solicitud de información de la Contraloría de Cundinamarca",
			"Oficio del Concejo Municipal: citación a debate", "Factura de la empresa de energía",
			"Remisión de la Registraduría: jornada de cedulación", "Oficio del ICBF sobre hogares comunitarios",
			"Respuesta del Ministerio de Vivienda a la postulación" };

	/** Cases of the past year, closed by now: the history behind the reports. */
	static final int HISTORICOS = 84;

	/** Plain correspondence (ENTRADA, not PQRSD) over the year. */
	static final int OFICIOS_DEL_ANIO = 60;

	private final ServicioPqrsd servicio;

	private final PqrsdCiudadano ciudadano;

	private final EntradasRadicacion entradas;

	private final TerminosEntidad terminos;

	private final UserDetailsService usuarios;

	private final JdbcClient jdbc;

	private final Clock reloj;

	private final TransactionTemplate transaccion;

	DemoPqrsd(ServicioPqrsd servicio, PqrsdCiudadano ciudadano, EntradasRadicacion entradas, TerminosEntidad terminos,
			UserDetailsService usuarios, JdbcClient jdbc, Clock reloj, PlatformTransactionManager transacciones) {
		this.servicio = servicio;
		this.ciudadano = ciudadano;
		this.entradas = entradas;
		this.terminos = terminos;
		this.usuarios = usuarios;
		this.jdbc = jdbc;
		this.reloj = reloj;
		this.transaccion = new TransactionTemplate(transacciones);
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existentes = jdbc
			.sql("SELECT count(*) FROM pqrsd_caso c JOIN radicado r ON r.numero = c.radicado WHERE r.asunto LIKE :p")
			.param("p", PREFIJO + "%")
			.query(Integer.class)
			.single();
		if (existentes != null && existentes > 0) {
			return;
		}
		RelojDemo demo = RelojDemo.de(reloj).orElse(null);
		if (demo == null) {
			log.warn("Municipio de demostración: el reloj no es el de la demostración; no se siembra la historia");
			return;
		}
		long inicio = System.nanoTime();
		Plan plan = new Plan(demo.hoyPresente(), terminos.calendario());
		planear(plan);
		log.info("Municipio de demostración: un año de PQRSD y correspondencia ({} pasos)", plan.pasos.size());
		int hechos = 0;
		try {
			plan.pasos.sort(Comparator.comparing(Paso::cuando).thenComparing(Paso::orden));
			Instant limite = demo.presente().minusSeconds(60);
			for (Paso p : plan.pasos) {
				if (p.cuando().isAfter(limite)) {
					continue; // never in the future of the real start
				}
				demo.viajarA(p.cuando());
				try {
					p.accion().run();
					hechos++;
				}
				catch (RuntimeException e) {
					log.warn("Municipio de demostración: no se pudo {}: {}", p.que(), e.getMessage());
				}
			}
		}
		finally {
			demo.volver();
		}
		log.info("Municipio de demostración: {} acciones en {} s", hechos,
				(System.nanoTime() - inicio) / 1_000_000_000);
	}

	/** One dated action of the plan. */
	private record Paso(Instant cuando, int orden, String que, Runnable accion) {
	}

	/** A case of the plan: its radicado once created. */
	private static final class Caso {

		@Nullable String radicado;

		final LocalDate radicadoEl;

		Caso(LocalDate radicadoEl) {
			this.radicadoEl = radicadoEl;
		}

	}

	/** The dated actions, and the business days counted on the entity calendar. */
	private static final class Plan {

		final LocalDate hoy;

		final CalendarioHabil calendario;

		final List<Paso> pasos = new ArrayList<>();

		final Random azar = new Random(SEMILLA);

		int orden;

		Plan(LocalDate hoy, CalendarioHabil calendario) {
			this.hoy = hoy;
			this.calendario = calendario;
		}

		/** The business day {@code n} business days before today (0: the last one). */
		LocalDate atras(int n) {
			LocalDate d = hoy;
			while (!calendario.esHabil(d) || calendario.habilesEntre(d, hoy) < n) {
				d = d.minusDays(1);
			}
			return d;
		}

		/** The {@code n}-th business day after {@code dia} ({@code dia} itself for 0). */
		LocalDate despues(LocalDate dia, int n) {
			return n <= 0 ? dia : calendario.habilNumero(dia, n);
		}

		void en(LocalDate dia, LocalTime hora, String que, Runnable accion) {
			pasos.add(new Paso(dia.atTime(hora).atZone(Colombia.ZONA).toInstant(), orden++, que, accion));
		}

	}

	private static final LocalTime APERTURA = LocalTime.of(8, 10);

	private void planear(Plan plan) {
		UsuarioAutenticado ventanilla = usuario("ventanilla");
		UsuarioAutenticado jefe = usuario("jgobierno");
		UsuarioAutenticado funcionario = usuario("funcionario");
		Actores a = new Actores(ventanilla, jefe, funcionario);
		historia(plan, a);
		correspondencia(plan, ventanilla);
		abiertas(plan, a);
	}

	private record Actores(UsuarioAutenticado ventanilla, UsuarioAutenticado jefe, UsuarioAutenticado funcionario) {
	}

	/** The past year: cases worked to their end, spread over the business days. */
	private void historia(Plan plan, Actores a) {
		for (int k = 0; k < HISTORICOS; k++) {
			int i = k;
			String[] asunto = ASUNTOS[i % ASUNTOS.length];
			Etiqueta etiqueta = i % 37 == 11 ? Etiqueta.DENUNCIA : Etiqueta.valueOf(asunto[0]);
			// From about 245 business days ago (a year) to 30 ago, a little jitter.
			int atras = 245 - i * (215 / HISTORICOS) - plan.azar.nextInt(2);
			LocalDate dia = plan.atras(Math.max(30, atras));
			LocalTime hora = APERTURA.plusMinutes(plan.azar.nextInt(400));
			boolean anonimo = i % 15 == 7;
			Canal canal = switch (i % 5) {
				case 0 -> Canal.CORREO_ELECTRONICO;
				case 1 -> Canal.CORREO_POSTAL;
				case 2 -> Canal.PRESENCIAL_VERBAL;
				default -> Canal.PRESENCIAL;
			};
			String modalidad = etiqueta == Etiqueta.FELICITACION ? null : etiqueta == Etiqueta.PETICION && i % 4 == 1
					? "DOCUMENTOS" : etiqueta == Etiqueta.PETICION && i % 9 == 4 ? "CONSULTA" : "GENERAL";
			Caso c;
			if (i % 12 == 6) {
				// Filed by a citizen on the web form; the ventanilla classifies it the
				// next business day.
				c = web(plan, dia, hora, asunto[1], i, anonimo, false, Canal.FORMULARIO_WEB);
				accion(plan, c, 1, LocalTime.of(8, 30), "clasificar", a.ventanilla(),
						r -> ciudadano.clasificar(r,
								new PqrsdCiudadano.Clasificacion(etiqueta.name(), modalidad, "200", false, null, null),
								a.ventanilla()));
			}
			else {
				c = crear(plan, dia, hora, etiqueta, modalidad, asunto[1], "200", canal, i, anonimo,
						etiqueta == Etiqueta.DENUNCIA, a.ventanilla());
			}
			int desde = i % 12 == 6 ? 2 : 1;
			UsuarioAutenticado encargado = i % 7 == 3 ? a.jefe() : a.funcionario();
			accion(plan, c, desde, LocalTime.of(9, 0), "asignar", a.jefe(),
					r -> servicio.asignar(r, encargado.username(), a.jefe()));
			switch (i % 10) {
				case 1 ->
					accion(plan, c, desde + 2, LocalTime.of(10, 0), "trasladar", encargado, r -> servicio.trasladar(r,
							"Empresa de Servicios Públicos de Sesquilé",
							"El asunto es de competencia de la empresa de servicios públicos (traslado por competencia)",
							encargado));
				case 0 -> {
					accion(plan, c, desde + 6, LocalTime.of(11, 0), "prorrogar", encargado, r -> {
						LocalDate vence = servicio.obtener(r, a.jefe()).vencimiento();
						if (vence != null) {
							// Ley 1755 de 2015, art. 14 parágrafo: up to twice the
							// initial term.
							servicio.prorrogar(r, "Se requiere visita técnica al sitio",
									plan.calendario.habilNumero(vence, 5), encargado);
						}
					});
					responder(plan, c, desde + 17, encargado, a.jefe(), false);
				}
				case 2 -> {
					accion(plan, c, desde + 2, LocalTime.of(10, 0), "requerir", encargado, r -> servicio.requerir(r,
							"Indique la dirección exacta y adjunte fotografías", null, encargado));
					accion(plan, c, desde + 8, LocalTime.of(9, 30), "respuesta del peticionario", a.ventanilla(),
							r -> servicio.registrarRespuestaPeticionario(r,
									"El peticionario aportó la dirección y tres fotografías.", a.ventanilla()));
					responder(plan, c, desde + 14, encargado, a.jefe(), false);
				}
				case 3 -> {
					accion(plan, c, desde + 8, LocalTime.of(15, 0), "responder", encargado, r -> servicio.responder(r,
							"Proyecto de respuesta sin el soporte técnico.", List.of(), CONCEDIDA, encargado));
					accion(plan, c, desde + 9, LocalTime.of(9, 0), "devolver", a.jefe(),
							r -> servicio.aprobar(r, false, "Falta el concepto técnico de la visita.", a.jefe()));
					responder(plan, c, desde + 11, encargado, a.jefe(), false);
				}
				case 4 -> responder(plan, c, desde + 17, encargado, a.jefe(), true);
				default -> {
					responder(plan, c, desde + 4 + plan.azar.nextInt(8), encargado, a.jefe(), false);
					if (i % 10 == 6) {
						accion(plan, c, desde + 14, LocalTime.of(16, 0), "cerrar", encargado,
								r -> servicio.cerrar(r, encargado));
					}
				}
			}
		}
	}

	/**
	 * The answer drafted, approved by the jefe the next business day and communicated.
	 */
	private void responder(Plan plan, Caso c, int dias, UsuarioAutenticado encargado, UsuarioAutenticado jefe,
			boolean tarde) {
		accion(plan, c, dias, LocalTime.of(14, 0), "responder", encargado, r -> {
			if (tarde) {
				// Answered after its term: first the engine's timer marks it VENCIDA.
				esperarEstado(r, EstadoPqrsd.VENCIDA, jefe);
			}
			servicio.responder(r,
					"Se atendió su solicitud: la dependencia realizó la visita y tomó las medidas del caso.", List.of(),
					CONCEDIDA, encargado);
		});
		accion(plan, c, dias + 1, LocalTime.of(10, 0), "aprobar", jefe, r -> {
			// A late answer's case stays VENCIDA while its answer waits: the step says
			// it.
			if (servicio.obtener(r, jefe).etapa() == Etapa.APROBACION) {
				servicio.aprobar(r, true, "Aprobada.", jefe);
			}
		});
	}

	/** A year of ordinary correspondence for the secretarías (ENTRADA radicados). */
	private void correspondencia(Plan plan, UsuarioAutenticado ventanilla) {
		String[] dependencias = { "300", "400", "500", "130", "100" };
		String[] medios = { "CORREO_POSTAL", "CORREO_ELECTRONICO", "PRESENCIAL" };
		for (int k = 0; k < OFICIOS_DEL_ANIO; k++) {
			int i = k;
			LocalDate dia = plan.atras(Math.max(1, 240 - i * 4 - plan.azar.nextInt(3)));
			LocalTime hora = APERTURA.plusMinutes(plan.azar.nextInt(420));
			String asunto = PREFIJO + OFICIOS[i % OFICIOS.length];
			plan.en(dia, hora, "radicar un oficio",
					() -> transaccion.executeWithoutResult(t -> como(ventanilla,
							() -> entradas.radicarEntrada(new EntradasRadicacion.NuevaEntrada(asunto,
									"Correspondencia de demostración número " + (i + 1) + ".",
									dependencias[i % dependencias.length], medios[i % medios.length],
									new EntradasRadicacion.Peticionario(false, "ENTIDAD", "NIT",
											String.valueOf(899_999_000 + i * 13), "Entidad remitente " + (i % 7 + 1),
											"Carrera 7 # " + (i + 2) + "-10", "Bogotá", null, null)),
									ventanilla))));
		}
	}

	/** What is open today: every state and semáforo colour. */
	private void abiertas(Plan plan, Actores a) {
		int n = 100;
		// En trámite, VERDE: a few business days of a 15-day term.
		for (int d : new int[] { 1, 2, 3, 4, 5 }) {
			tramite(plan, n++, d, "GENERAL", a.funcionario(), a);
		}
		// AMARILLO (from 60 % of the term) and ROJO (from 80 %), Semaforo.predeterminado.
		for (int d : new int[] { 9, 10, 11 }) {
			tramite(plan, n++, d, "GENERAL", a.funcionario(), a);
		}
		tramite(plan, n++, 7, "DOCUMENTOS", a.funcionario(), a);
		for (int d : new int[] { 12, 13, 14 }) {
			tramite(plan, n++, d, "GENERAL", a.funcionario(), a);
		}
		// VENCIDO: the term ran out, no answer yet.
		for (int d : new int[] { 17, 22, 35 }) {
			tramite(plan, n++, d, "GENERAL", a.funcionario(), a);
		}
		tramite(plan, n++, 19, "GENERAL", a.jefe(), a);
		// En reparto.
		for (int d : new int[] { 1, 2, 3 }) {
			crear(plan, plan.atras(d), LocalTime.of(11, 0), Etiqueta.PETICION, "GENERAL", asunto(n), "200",
					Canal.PRESENCIAL, n++, false, false, a.ventanilla());
		}
		crear(plan, plan.atras(2), LocalTime.of(9, 40), Etiqueta.RECLAMO, "GENERAL",
				"cobro del impuesto de industria y comercio", "300", Canal.CORREO_ELECTRONICO, n++, false, false,
				a.ventanilla());
		crear(plan, plan.atras(1), LocalTime.of(10, 20), Etiqueta.PETICION, "GENERAL", "licencia de construcción",
				"400", Canal.PRESENCIAL, n++, false, false, a.ventanilla());
		crear(plan, plan.atras(3), LocalTime.of(15, 10), Etiqueta.QUEJA, "GENERAL", "alumbrado del parque (anónima)",
				"200", Canal.PRESENCIAL_VERBAL, n++, true, false, a.ventanilla());
		// Answer drafted, waiting for the jefe's approval; and one returned by him.
		Caso aprobacion = tramite(plan, n++, 8, "GENERAL", a.funcionario(), a);
		accion(plan, aprobacion, 6, LocalTime.of(15, 0), "responder", a.funcionario(), r -> servicio.responder(r,
				"Se programó la reparación para la próxima semana.", List.of(), CONCEDIDA, a.funcionario()));
		Caso aprobacion2 = tramite(plan, n++, 6, "GENERAL", a.funcionario(), a);
		accion(plan, aprobacion2, 5, LocalTime.of(11, 0), "responder", a.funcionario(), r -> servicio.responder(r,
				"Se expidió el certificado solicitado.", List.of(), CONCEDIDA, a.funcionario()));
		Caso devuelta = tramite(plan, n++, 7, "GENERAL", a.funcionario(), a);
		accion(plan, devuelta, 4, LocalTime.of(15, 0), "responder", a.funcionario(), r -> servicio.responder(r,
				"Proyecto de respuesta sin el concepto de la inspección.", List.of(), CONCEDIDA, a.funcionario()));
		accion(plan, devuelta, 5, LocalTime.of(9, 0), "devolver", a.jefe(), r -> servicio.aprobar(r, false,
				"Anexe el concepto de la inspección de policía antes de responder.", a.jefe()));
		// Prorrogada: the new due date told to the peticionario.
		Caso prorroga = tramite(plan, n++, 14, "GENERAL", a.funcionario(), a);
		accion(plan, prorroga, 11, LocalTime.of(10, 0), "prorrogar", a.funcionario(), r -> {
			LocalDate vence = servicio.obtener(r, a.jefe()).vencimiento();
			if (vence != null) {
				// Ley 1755 de 2015, art. 14 parágrafo: up to twice the initial term.
				servicio.prorrogar(r, "Se requiere concepto de la Secretaría de Planeación",
						plan.calendario.habilNumero(vence, 10), a.funcionario());
			}
		});
		// Requerimiento de información: the term suspended while the peticionario answers
		// (Ley 1755 de 2015, art. 17); and one whose plazo ran out (desistimiento
		// tácito).
		Caso requerida = tramite(plan, n++, 8, "GENERAL", a.funcionario(), a);
		accion(plan, requerida, 3, LocalTime.of(10, 0), "requerir", a.funcionario(), r -> servicio.requerir(r,
				"Indique el número de matrícula inmobiliaria del predio", null, a.funcionario()));
		Caso desistimiento = tramite(plan, n++, 45, "GENERAL", a.funcionario(), a);
		accion(plan, desistimiento, 3, LocalTime.of(10, 0), "requerir", a.funcionario(), r -> servicio.requerir(r,
				"Aporte copia del certificado de tradición y libertad", null, a.funcionario()));
		// Traslado por competencia (Ley 1755 de 2015, art. 21), days ago.
		Caso traslado = crear(plan, plan.atras(4), LocalTime.of(9, 0), Etiqueta.PETICION, "GENERAL",
				"subsidio de energía para la vereda Boitivá", "200", Canal.CORREO_POSTAL, n++, false, false,
				a.ventanilla());
		accion(plan, traslado, 2, LocalTime.of(11, 0), "trasladar", a.jefe(),
				r -> servicio.trasladar(r, "Enel Colombia S. A.",
						"La tarifa y los subsidios de energía son competencia de la empresa prestadora", a.jefe()));
		// Reasignada to another secretaría by the jefe.
		Caso reasignada = crear(plan, plan.atras(5), LocalTime.of(14, 0), Etiqueta.PETICION, "GENERAL",
				"inscripción en el programa de adulto mayor", "200", Canal.PRESENCIAL, n++, false, false,
				a.ventanilla());
		accion(plan, reasignada, 1, LocalTime.of(9, 0), "reasignar", a.jefe(), r -> servicio.reasignar(r, "500",
				"Los programas de adulto mayor son de la Secretaría de Desarrollo Social", a.jefe()));
		// A denuncia de corrupción: only control interno and the case's hands see it.
		crear(plan, plan.atras(13), LocalTime.of(10, 30), Etiqueta.DENUNCIA, "GENERAL",
				"presunto cobro indebido por un trámite de licencias", "200", Canal.PRESENCIAL, n++, false, true,
				a.ventanilla());
		// Citizen filings waiting for the ventanilla's classification.
		web(plan, plan.atras(1), LocalTime.of(19, 45), "hueco en la vía principal del barrio Centro", n++, false, false,
				Canal.FORMULARIO_WEB);
		web(plan, plan.atras(2), LocalTime.of(7, 5), "solicitud de copia del acta de la junta de acción comunal", n++,
				false, false, Canal.FORMULARIO_WEB);
		web(plan, plan.atras(1), LocalTime.of(22, 30), "venta de licor a menores en la tienda del parque", n++, true,
				false, Canal.FORMULARIO_WEB);
		web(plan, plan.atras(1), LocalTime.of(11, 15), "certificado de estratificación por correo", n++, false, false,
				Canal.CORREO_ELECTRONICO);
		web(plan, plan.atras(3), LocalTime.of(16, 50), "fuga de agua en la escuela de la vereda", n++, false, false,
				Canal.CORREO_ELECTRONICO);
	}

	/**
	 * A case assigned the next business day, radicated {@code dias} business days ago.
	 */
	private Caso tramite(Plan plan, int i, int dias, String modalidad, UsuarioAutenticado encargado, Actores a) {
		Caso c = crear(plan, plan.atras(dias), APERTURA.plusMinutes(plan.azar.nextInt(300)), Etiqueta.PETICION,
				modalidad, asunto(i), "200", i % 3 == 0 ? Canal.CORREO_ELECTRONICO : Canal.PRESENCIAL, i, false, false,
				a.ventanilla());
		accion(plan, c, dias > 1 ? 1 : 0, dias > 1 ? LocalTime.of(9, 0) : LocalTime.of(16, 0), "asignar", a.jefe(),
				r -> servicio.asignar(r, encargado.username(), a.jefe()));
		return c;
	}

	private static String asunto(int i) {
		return ASUNTOS[i % ASUNTOS.length][1];
	}

	private Caso crear(Plan plan, LocalDate dia, LocalTime hora, Etiqueta etiqueta, @Nullable String modalidad,
			String asunto, String dependencia, Canal canal, int i, boolean anonimo, boolean denuncia,
			UsuarioAutenticado ventanilla) {
		Caso c = new Caso(dia);
		plan.en(dia, hora, "radicar la PQRSD " + i, () -> {
			VistaPqrsd caso = como(ventanilla,
					() -> servicio.crear(new SolicitudCreacion(null, etiqueta, modalidad, PREFIJO + asunto,
							"Caso de demostración número " + (i + 1) + ".", dependencia, canal,
							peticionario(i, anonimo), Set.of(), null, denuncia), ventanilla));
			c.radicado = caso.radicado();
		});
		return c;
	}

	/**
	 * Filed by a citizen (web form or e-mail): RADICADA until the ventanilla classifies
	 * it.
	 */
	private Caso web(Plan plan, LocalDate dia, LocalTime hora, String asunto, int i, boolean anonimo, boolean denuncia,
			Canal canal) {
		Caso c = new Caso(dia);
		plan.en(dia, hora, "recibir la PQRSD " + i + " del canal " + canal, () -> {
			PqrsdCiudadano.Radicada r = ciudadano.radicar(new PqrsdCiudadano.Solicitud(null, PREFIJO + asunto,
					"Solicitud ciudadana de demostración número " + (i + 1) + ".", canal.name(),
					peticionario(i, anonimo), null, List.of(), denuncia,
					canal == Canal.CORREO_ELECTRONICO ? "<demo-" + i + "@correo.invalid>" : null));
			c.radicado = r.radicado();
		});
		return c;
	}

	private static EntradasRadicacion.Peticionario peticionario(int i, boolean anonimo) {
		if (anonimo) {
			return new EntradasRadicacion.Peticionario(true, null, null, null, null, null, null, null, null);
		}
		return new EntradasRadicacion.Peticionario(false, "NATURAL", "CC", String.valueOf(52_000_000 + i * 7919),
				NOMBRES[i % NOMBRES.length], "Calle " + (i % 30 + 1) + " # 4-20", "Sesquilé",
				"peticionario" + i + "@correo.invalid", null);
	}

	/** An action on the case {@code dias} business days after its radicación. */
	private void accion(Plan plan, Caso c, int dias, LocalTime hora, String que, UsuarioAutenticado actor,
			Consumer<String> accion) {
		plan.en(plan.despues(c.radicadoEl, dias), hora, que + " (caso del " + c.radicadoEl + ")", () -> {
			String r = c.radicado;
			if (r != null) {
				como(actor, () -> {
					accion.accept(r);
					return r;
				});
			}
		});
	}

	/** Waits (bounded) for the engine's timer to take the case to {@code estado}. */
	private void esperarEstado(String radicado, EstadoPqrsd estado, UsuarioAutenticado jefe) {
		LocalDate vence = servicio.obtener(radicado, jefe).vencimiento();
		if (vence == null || !vence.isBefore(LocalDate.ofInstant(reloj.instant(), Colombia.ZONA))) {
			return; // a longer term (a consulta): still on time
		}
		long hasta = System.nanoTime() + 15_000_000_000L;
		while (servicio.obtener(radicado, jefe).estado() != estado && System.nanoTime() < hasta) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private UsuarioAutenticado usuario(String username) {
		return (UsuarioAutenticado) usuarios.loadUserByUsername(username);
	}

	private static <T> T como(UsuarioAutenticado usuario, Supplier<T> accion) {
		var anterior = SecurityContextHolder.getContext();
		var contexto = SecurityContextHolder.createEmptyContext();
		contexto.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(usuario, null, usuario.getAuthorities()));
		SecurityContextHolder.setContext(contexto);
		try {
			return accion.get();
		}
		finally {
			SecurityContextHolder.setContext(anterior);
		}
	}

}
