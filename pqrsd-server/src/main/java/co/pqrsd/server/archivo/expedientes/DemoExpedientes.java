package co.pqrsd.server.archivo.expedientes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import co.pqrsd.core.archivo.expedientes.NivelAcceso;
import co.pqrsd.core.archivo.expedientes.OrigenDocumento;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.archivo.disposicion.Bloqueos;
import co.pqrsd.server.comun.PdfSimple;
import co.pqrsd.server.comun.RelojDemo;
import co.pqrsd.server.operacion.PasoDemo;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: expedientes under the demo TRD ({@code trd.DemoTrd}), opened and
 * filled by the archivist through {@link ServicioExpedientes}, each on its own dates (the
 * demo clock, {@link RelojDemo}, moved to the day of the action): two open this year; the
 * actas of last year, closed; a contract of last year closed and under a legal hold
 * ({@link Bloqueos}); and two expedientes closed three years ago whose retention in the
 * archivo de gestión (2 years in the TRD) has run out, so the transfer screen proposes
 * them. Skipped when expedientes exist or no TRD is in force.
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
		LocalDate hoy = LocalDate.ofInstant(reloj.instant(), Colombia.ZONA);
		int anio = hoy.getYear();
		try {
			// Closed three years ago: the 2 years in gestión (TRD) have run out.
			expediente(archivista, "200", "10", "01", "Peticiones de la Secretaría de Gobierno " + (anio - 3),
					LocalDate.of(anio - 3, 1, 20), LocalDate.of(anio - 3, 12, 15), 3, false);
			expediente(archivista, "120", "01", "01", "Comunicaciones oficiales recibidas " + (anio - 3),
					LocalDate.of(anio - 3, 1, 16), LocalDate.of(anio - 3, 12, 18), 2, false);
			expediente(archivista, "200", "20", null, "Actas del Consejo de Gobierno " + (anio - 1),
					LocalDate.of(anio - 1, 1, 25), LocalDate.of(anio - 1, 12, 12), 2, false);
			expediente(archivista, "300", "30", "01", "Contrato de prestación de servicios 017 de " + (anio - 1),
					LocalDate.of(anio - 1, 3, 3), LocalDate.of(anio - 1, 11, 28), 3, true);
			expediente(archivista, "200", "10", "01", "Peticiones de la Secretaría de Gobierno " + anio,
					hoy.withDayOfYear(1).plusDays(15), null, 2, false);
			expediente(archivista, "120", "01", "01", "Comunicaciones oficiales recibidas " + anio,
					hoy.withDayOfYear(1).plusDays(12), null, 3, false);
		}
		catch (RuntimeException e) {
			log.warn("Municipio de demostración: expedientes incompletos: {}", e.getMessage());
		}
	}

	/**
	 * Opened on {@code abierto} (its documents a business week later), closed on
	 * {@code cerrado} unless {@code null}; dates in the future of the real clock are not
	 * used (the expediente stays open).
	 */
	private void expediente(UsuarioAutenticado u, String dependencia, String serie, @Nullable String subserie,
			String nombre, LocalDate abierto, @Nullable LocalDate cerrado, int documentos, boolean bloquear) {
		LocalDate hoy = LocalDate.ofInstant(reloj.instant(), Colombia.ZONA);
		Expediente e = el(min(abierto, hoy), () -> servicio.abrir(new ServicioExpedientes.Apertura(dependencia, serie,
				subserie, nombre, "Expediente de demostración.", null, null, NivelAcceso.PUBLICA, null, null), u));
		for (int i = 1; i <= documentos; i++) {
			int n = i;
			el(min(abierto.plusDays(7L * i), hoy),
					() -> servicio.incorporarArchivo(e.id(), new ServicioExpedientes.Carga("documento-" + n + ".pdf",
							pdf(nombre, n), null, OrigenDocumento.ELECTRONICO, null), u));
		}
		if (cerrado != null && cerrado.isBefore(hoy)) {
			el(cerrado, () -> {
				servicio.cerrar(e.id(), u);
				return e;
			});
		}
		if (bloquear) {
			// Ley 594 de 2000, art. 19 and Acuerdo 004 de 2019: records under a legal
			// order are kept whatever their retention.
			bloqueos.crear(e.numero(), "Orden de la Procuraduría Provincial: conservar mientras dure la investigación",
					"Oficio PP-" + hoy.getYear() + "-118", u);
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Runs {@code accion} on {@code dia} at 10:00 in Colombia with the demo clock. */
	private <T> T el(LocalDate dia, Supplier<T> accion) {
		RelojDemo demo = RelojDemo.de(reloj).orElse(null);
		Instant instante = dia.atTime(10, 0).atZone(Colombia.ZONA).toInstant();
		if (demo == null || !instante.isBefore(demo.presente())) {
			return accion.get();
		}
		return demo.en(instante, accion);
	}

	private static byte[] pdf(String expediente, int i) {
		return new PdfSimple(expediente).titulo(expediente)
			.parrafo("Documento " + i + " del expediente de demostración «" + expediente + "».")
			.bytes();
	}

}
