package co.pqrsd.server.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import co.pqrsd.core.plan.Actividad;
import co.pqrsd.server.operacion.PasoDemo;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: the Sesquilé 2023 plan ({@code ejemplos/paac-sesquile-2023.xlsx})
 * imported and published through {@link ServicioPlan}, with its first two cuts verified
 * by Control Interno (fixed values: 100, 60, 30 and 0 % in turn) and published. Skipped
 * when the 2023 plan exists.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPlan implements PasoDemo {

	static final int VIGENCIA = 2023;

	private static final String EJEMPLO = "ejemplos/paac-sesquile-2023.xlsx";

	private static final BigDecimal[] VALORES = { BigDecimal.valueOf(100), BigDecimal.valueOf(60),
			BigDecimal.valueOf(30), BigDecimal.ZERO };

	private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

	private final ServicioPlan servicio;

	private final UserDetailsService usuarios;

	DemoPlan(ServicioPlan servicio, UserDetailsService usuarios) {
		this.servicio = servicio;
		this.usuarios = usuarios;
	}

	@Override
	public String nombre() {
		return "plan anticorrupción de Sesquilé " + VIGENCIA + " con dos cortes publicados";
	}

	@Override
	public void sembrar() {
		if (servicio.buscar(VIGENCIA).isPresent()) {
			return;
		}
		UsuarioAutenticado control = (UsuarioAutenticado) usuarios.loadUserByUsername("controlinterno");
		servicio.crear(VIGENCIA, null, control);
		servicio.importar(VIGENCIA, "paac-sesquile-2023.xlsx", ejemplo(), null, control);
		servicio.publicar(VIGENCIA, control);
		for (int corte = 1; corte <= 2; corte++) {
			List<Actividad> actividades = servicio.seguimiento(VIGENCIA, corte).seguimiento().version().actividades();
			for (int i = 0; i < actividades.size(); i++) {
				try {
					servicio.verificar(VIGENCIA, corte, actividades.get(i).codigo(),
							VALORES[(i + corte) % VALORES.length],
							"Verificado por Control Interno con las evidencias del corte.", control);
				}
				catch (RuntimeException e) {
					// An activity whose meta is not a percentage: left without
					// verification.
					log.warn("Municipio de demostración: actividad {} sin verificar: {}", actividades.get(i).codigo(),
							e.getMessage());
				}
			}
			servicio.publicarCorte(VIGENCIA, corte, control);
		}
	}

	private static byte[] ejemplo() {
		try (InputStream in = new ClassPathResource(EJEMPLO).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
