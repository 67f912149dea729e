package co.pqrsd.server.archivo.trd;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.operacion.PasoDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: a small TRD (ventanilla, Gobierno, Hacienda) imported through
 * {@link ServicioTrd}, approved on 1 December four years ago and in force from 1 January
 * three years ago (the clock's year), so that the demo's oldest expedientes were opened
 * under it. Skipped when a TRD is in force.
 */
@Component
@Profile("demo")
@Order(40)
class DemoTrd implements PasoDemo {

	private static final Logger log = LoggerFactory.getLogger(DemoTrd.class);

	static final String CSV = """
			Dependencia;Serie;Subserie;Nombre de la serie;Nombre de la subserie;Tipos documentales;F;E;AG;AC;CT;E;M/D;S;Procedimiento
			120;01;01;COMUNICACIONES OFICIALES;Comunicaciones oficiales recibidas;Comunicación recibida | Constancia de radicación;X;X;2;8;;X;;;Cumplido el tiempo de retención se elimina por no tener valores secundarios.
			200;10;01;DERECHOS DE PETICIÓN;Peticiones, quejas y reclamos;Petición | Respuesta | Constancia de comunicación;X;X;2;8;;;;X;Muestreo: se conserva el 10 % de cada año, elegido al azar; el resto se elimina.
			200;20;;ACTAS;;Acta | Lista de asistencia;X;X;2;18;X;;;;Conservación total por su valor histórico.
			300;30;01;CONTRATOS;Contratos de prestación de servicios;Estudios previos | Contrato | Acta de liquidación;X;X;2;18;;;;X;Muestreo: se conservan los contratos de mayor cuantía de cada año.
			""";

	private final ServicioTrd servicio;

	private final RepositorioTrd repositorio;

	private final Clock reloj;

	DemoTrd(ServicioTrd servicio, RepositorioTrd repositorio, Clock reloj) {
		this.servicio = servicio;
		this.repositorio = repositorio;
		this.reloj = reloj;
	}

	@Override
	public String nombre() {
		return "archivo: TRD vigente";
	}

	@Override
	public void sembrar() {
		if (repositorio.vigente().isPresent()) {
			return;
		}
		int anio = LocalDate.ofInstant(reloj.instant(), Colombia.ZONA).getYear();
		try {
			VersionTrd v = servicio.crear("TRD de demostración");
			servicio.datos(v.id(), "TRD de demostración", "Acuerdo 03 de " + (anio - 4), LocalDate.of(anio - 4, 12, 1),
					null, null);
			servicio.importar(v.id(), "trd-demostracion.csv", CSV.getBytes(StandardCharsets.UTF_8));
			servicio.ponerEnVigencia(v.id(), LocalDate.of(anio - 3, 1, 1));
		}
		catch (RuntimeException e) {
			log.warn("Municipio de demostración: no se pudo poner en vigencia la TRD: {}", e.getMessage());
		}
	}

}
