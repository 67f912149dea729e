package co.pqrsd.server.riesgos;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.riesgos.Control;
import co.pqrsd.core.riesgos.ImplementacionControl;
import co.pqrsd.core.riesgos.RedaccionRiesgo;
import co.pqrsd.core.riesgos.TipoControl;
import co.pqrsd.core.riesgos.TipoRiesgo;
import co.pqrsd.server.operacion.PasoDemo;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: the corruption risk map of the current vigencia (the clock's
 * year), identified, evaluated (19 impact answers, a fixed number of them yes) and with
 * controls, through {@link ServicioRiesgos} as Control Interno. Skipped when the vigencia
 * already has risks.
 */
@Component
@Profile("demo")
@Order(30)
class DemoRiesgos implements PasoDemo {

	private static final Logger log = LoggerFactory.getLogger(DemoRiesgos.class);

	private static final String[][] RIESGOS = {
			{ "Gestión financiera", "300", "Omitir la verificación de los soportes de pago",
					"aprovechando la facultad de aprobar órdenes de pago", "en el trámite de cuentas de contratistas",
					"para favorecer a un tercero", "100", "12" },
			{ "Gestión contractual", "130", "Direccionar los pliegos de condiciones",
					"aprovechando la elaboración de los estudios previos", "en los procesos de contratación",
					"para favorecer a un proponente", "10", "16" },
			{ "Control urbano", "400", "Expedir licencias sin el lleno de requisitos",
					"aprovechando la facultad de aprobar licencias", "en el trámite de licencias de construcción",
					"a cambio de dádivas", "1000", "6" },
			{ "Atención al ciudadano", "120", "Alterar el orden de radicación de las peticiones",
					"aprovechando el acceso al sistema de correspondencia", "en la ventanilla única",
					"para favorecer a un particular", "10", "3" } };

	private final ServicioRiesgos servicio;

	private final UserDetailsService usuarios;

	private final Clock reloj;

	DemoRiesgos(ServicioRiesgos servicio, UserDetailsService usuarios, Clock reloj) {
		this.servicio = servicio;
		this.usuarios = usuarios;
		this.reloj = reloj;
	}

	@Override
	public String nombre() {
		return "mapa de riesgos de corrupción con controles";
	}

	@Override
	public void sembrar() {
		int vigencia = LocalDate.ofInstant(reloj.instant(), Colombia.ZONA).getYear();
		if (!servicio.listar(vigencia).isEmpty()) {
			return;
		}
		UsuarioAutenticado control = (UsuarioAutenticado) usuarios.loadUserByUsername("controlinterno");
		for (int i = 0; i < RIESGOS.length; i++) {
			String[] r = RIESGOS[i];
			FilaRiesgo fila = servicio.crear(vigencia,
					new ServicioRiesgos.Identificacion("RC-" + (i + 1), r[0], r[1], TipoRiesgo.CORRUPCION,
							List.of("Concentración de funciones en un solo cargo", "Falta de controles cruzados"),
							new RedaccionRiesgo(r[2], r[3], r[4], r[5]),
							List.of("Detrimento patrimonial", "Pérdida de confianza ciudadana")),
					control);
			long id = fila.id();
			try {
				servicio.agregarControl(id,
						new Control("El jefe de la dependencia", "revisa cada mes",
								"los expedientes del proceso contra la lista de chequeo", TipoControl.PREVENTIVO,
								ImplementacionControl.MANUAL, true, true, true),
						control);
				if (i % 2 == 0) {
					servicio.agregarControl(id,
							new Control("Control Interno", "audita cada trimestre",
									"una muestra de los trámites del proceso", TipoControl.DETECTIVO,
									ImplementacionControl.MANUAL, true, false, true),
							control);
				}
				int si = Integer.parseInt(r[7]);
				List<Boolean> respuestas = java.util.stream.IntStream.range(0, 19).mapToObj(k -> k < si).toList();
				servicio.evaluar(id,
						new ServicioRiesgos.DatosEvaluacion(null, Integer.valueOf(r[6]), null, respuestas, null),
						control);
			}
			catch (RuntimeException e) {
				log.warn("Municipio de demostración: riesgo RC-{} sin evaluar: {}", i + 1, e.getMessage());
			}
		}
	}

}
