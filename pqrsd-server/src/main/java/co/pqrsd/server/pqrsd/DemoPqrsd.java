package co.pqrsd.server.pqrsd;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Etapa;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
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

/**
 * Profile {@code demo}: the PQRSD of the demo municipality, radicated by the ventanilla
 * through {@link ServicioPqrsd} and worked by the Secretaría de Gobierno: most assigned
 * to the funcionario, some in reparto, one prorrogada, one trasladada, one with a
 * requerimiento de información, a denuncia de corrupción, and three answered (one waiting
 * for the jefe's approval where the dependencia requires it, one communicated, one
 * closed). Deterministic (fixed texts, fixed order) and skipped when the demo's cases
 * exist.
 * <p>
 * An {@link ApplicationRunner} right after the users (seguridad's {@code DatosDemo}) and
 * before {@code operacion.SembradorDemo}, not an {@code operacion.PasoDemo}: operación
 * reads PQRSD statistics, so PQRSD depending on operación would be a module cycle.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DemoPqrsd implements ApplicationRunner {

	static final String PREFIJO = "Demostración: ";

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
			"Jairo Alberto Rincón" };

	private final ServicioPqrsd servicio;

	private final UserDetailsService usuarios;

	private final JdbcClient jdbc;

	DemoPqrsd(ServicioPqrsd servicio, UserDetailsService usuarios, JdbcClient jdbc) {
		this.servicio = servicio;
		this.usuarios = usuarios;
		this.jdbc = jdbc;
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
		log.info("Municipio de demostración: PQRSD");
		UsuarioAutenticado ventanilla = usuario("ventanilla");
		UsuarioAutenticado jefe = usuario("jgobierno");
		UsuarioAutenticado funcionario = usuario("funcionario");
		int creados = 0;
		for (int n = 0; n < 40; n++) {
			int i = n;
			String[] a = ASUNTOS[i % ASUNTOS.length];
			boolean denuncia = i == 7;
			String dependencia = i % 10 == 9 ? "300" : i % 10 == 8 ? "400" : "200";
			EntradasRadicacion.Peticionario p = new EntradasRadicacion.Peticionario(false, "NATURAL", "CC",
					String.valueOf(52_000_000 + i * 7919), NOMBRES[i % NOMBRES.length], "Calle " + (i + 1) + " # 4-20",
					"Sesquilé", "peticionario" + i + "@correo.invalid", null);
			VistaPqrsd caso = como(ventanilla, () -> servicio.crear(
					new SolicitudCreacion(null, denuncia ? Etiqueta.DENUNCIA : Etiqueta.valueOf(a[0]),
							a[0].equals("FELICITACION") ? null
									: a[0].equals("PETICION") && i % 3 == 1 ? "DOCUMENTOS" : "GENERAL",
							PREFIJO + (denuncia ? "presunto cobro indebido por un trámite" : a[1]),
							"Caso de demostración número " + (i + 1) + ".", dependencia,
							i % 4 == 0 ? Canal.CORREO_ELECTRONICO : Canal.PRESENCIAL, p, Set.of(), null, denuncia),
					ventanilla));
			creados++;
			String radicado = caso.radicado();
			if (!dependencia.equals("200") || i % 6 == 5) {
				continue; // stays in reparto
			}
			String asignado = i % 6 == 1 ? "jgobierno" : "funcionario";
			intentar("asignar " + radicado, () -> como(jefe, () -> servicio.asignar(radicado, asignado, jefe)));
			if (i == 2) {
				LocalDate vence = caso.vencimiento();
				if (vence != null) {
					intentar("prorrogar " + radicado, () -> como(funcionario, () -> servicio.prorrogar(radicado,
							"Se requiere visita técnica al sitio", vence.plusWeeks(2), funcionario)));
				}
			}
			else if (i == 3) {
				intentar("trasladar " + radicado,
						() -> como(funcionario, () -> servicio.trasladar(radicado, "Empresa de Servicios Públicos",
								"El cobro lo hace la empresa de servicios públicos, no la alcaldía", funcionario)));
			}
			else if (i == 4) {
				intentar("requerir " + radicado, () -> como(funcionario, () -> servicio.requerir(radicado,
						"Indique la dirección exacta del parque y adjunte fotografías", null, funcionario)));
			}
			else if (i == 14 || i == 16 || i == 20) {
				intentar("responder " + radicado,
						() -> como(funcionario, () -> servicio.responder(radicado,
								"Se atendió su solicitud; la cuadrilla de obras visitará el sitio esta semana.",
								List.of(), new SentidosRespuesta.Solicitado("CONCEDIDA", null, null), funcionario)));
				if (i != 16 && como(jefe, () -> servicio.obtener(radicado, jefe)).etapa() == Etapa.APROBACION) {
					intentar("aprobar " + radicado,
							() -> como(jefe, () -> servicio.aprobar(radicado, true, "Aprobada.", jefe)));
				}
				if (i == 20) {
					intentar("cerrar " + radicado,
							() -> como(funcionario, () -> servicio.cerrar(radicado, funcionario)));
				}
			}
			else if (i == 10) {
				intentar("nota " + radicado, () -> como(funcionario, () -> servicio.registrarNota(radicado,
						"Se consultó el programa de subsidios vigente.", funcionario)));
			}
		}
		log.info("Municipio de demostración: {} PQRSD radicadas", creados);
	}

	private UsuarioAutenticado usuario(String username) {
		return (UsuarioAutenticado) usuarios.loadUserByUsername(username);
	}

	private static void intentar(String que, Runnable accion) {
		try {
			accion.run();
		}
		catch (RuntimeException e) {
			log.warn("Municipio de demostración: no se pudo {}: {}", que, e.getMessage());
		}
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
