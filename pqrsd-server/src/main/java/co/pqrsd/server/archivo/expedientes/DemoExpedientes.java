package co.pqrsd.server.archivo.expedientes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.archivo.disposicion.Bloqueos;
import co.pqrsd.server.comun.PdfSimple;
import co.pqrsd.server.operacion.PasoDemo;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: expedientes under the demo TRD ({@code trd.DemoTrd}), opened and
 * filled by the archivist through {@link ServicioExpedientes}: two open, two closed, and
 * one of the closed under a legal hold ({@link Bloqueos}). Skipped when expedientes exist
 * or no TRD is in force.
 */
@Component
@Profile("demo")
@Order(41)
class DemoExpedientes implements PasoDemo {

	private static final Logger log = LoggerFactory.getLogger(DemoExpedientes.class);

	private final ServicioExpedientes servicio;

	private final Bloqueos bloqueos;

	private final UserDetailsService usuarios;

	private final Clock reloj;

	DemoExpedientes(ServicioExpedientes servicio, Bloqueos bloqueos, UserDetailsService usuarios, Clock reloj) {
		this.servicio = servicio;
		this.bloqueos = bloqueos;
		this.usuarios = usuarios;
		this.reloj = reloj;
	}

	@Override
	public String nombre() {
		return "archivo: expedientes abiertos, cerrados y bajo retención por orden legal";
	}

	@Override
	public void sembrar() {
		UsuarioAutenticado archivista = (UsuarioAutenticado) usuarios.loadUserByUsername("archivo");
		if (!servicio.listar(archivista, null, null).isEmpty()) {
			return;
		}
		int anio = LocalDate.ofInstant(reloj.instant(), Colombia.ZONA).getYear();
		try {
			expediente(archivista, "200", "10", "01", "Peticiones de la Secretaría de Gobierno " + anio, 2, false,
					false);
			expediente(archivista, "120", "01", "01", "Comunicaciones oficiales recibidas " + anio, 3, false, false);
			expediente(archivista, "200", "20", null, "Actas del Consejo de Gobierno " + (anio - 1), 2, true, false);
			expediente(archivista, "300", "30", "01", "Contrato de prestación de servicios 017 de " + (anio - 1), 3,
					true, true);
		}
		catch (RuntimeException e) {
			log.warn("Municipio de demostración: expedientes incompletos: {}", e.getMessage());
		}
	}

	private void expediente(UsuarioAutenticado u, String dependencia, String serie, String subserie, String nombre,
			int documentos, boolean cerrar, boolean bloquear) {
		Expediente e = servicio.abrir(new ServicioExpedientes.Apertura(dependencia, serie, subserie, nombre,
				"Expediente de demostración.", null, null, NivelAcceso.PUBLICA, null, null), u);
		for (int i = 1; i <= documentos; i++) {
			servicio.incorporarArchivo(e.id(), new ServicioExpedientes.Carga("documento-" + i + ".pdf", pdf(nombre, i),
					null, OrigenDocumento.ELECTRONICO, null), u);
		}
		if (cerrar) {
			servicio.cerrar(e.id(), u);
		}
		if (bloquear) {
			bloqueos.crear(e.numero(), "Orden de la Procuraduría Provincial: conservar mientras dure la investigación",
					"Oficio PP-2026-118", u);
		}
	}

	private static byte[] pdf(String expediente, int i) {
		return new PdfSimple(expediente).titulo(expediente)
			.parrafo("Documento " + i + " del expediente de demostración «" + expediente + "».")
			.bytes();
	}

}
