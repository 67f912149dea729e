package co.pqrsd.core.pqrsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.Cierre;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.calendario.TipoCierre;
import co.pqrsd.core.terminos.CatalogoTerminos;
import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.core.terminos.TerminosLegales;
import co.pqrsd.core.comun.ErrorDominio;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The entity, its people and its calendar, shared by the PQRSD tests. */
final class Escenario {

	static final CalendarioFestivos FESTIVOS = new CalendarioFestivos(FestivosNacionales.reglas());

	static final CatalogoTerminos CATALOGO = new CatalogoTerminos(TerminosLegales.reglas());

	static final NormasPqrsd NORMAS = NormasPqrsd.legales();

	/** The legal defaults: no closures, resume after a requerimiento, 60 % / 80 %. */
	static final Plazos PLAZOS = plazos(PoliticaTerminos.predeterminada());

	static final String PLANEACION = "PLANEACION";

	static final String HACIENDA = "HACIENDA";

	/** Jefe de la Secretaría de Planeación. */
	static final Actor JEFE = new Actor("jefe.planeacion", Set.of(Rol.JEFE_DEPENDENCIA, Rol.FUNCIONARIO),
			Set.of(PLANEACION), Set.of());

	/** Funcionaria de Planeación a quien se asignan los casos. */
	static final Actor ANA = new Actor("ana", Set.of(Rol.FUNCIONARIO), Set.of(PLANEACION), Set.of());

	/** Otro funcionario de Planeación, sin el caso asignado. */
	static final Actor LUIS = new Actor("luis", Set.of(Rol.FUNCIONARIO), Set.of(PLANEACION), Set.of());

	/** Repartidor designado por el jefe de Planeación. */
	static final Actor REPARTIDOR = new Actor("marta", Set.of(Rol.FUNCIONARIO), Set.of(PLANEACION), Set.of(PLANEACION));

	static final Actor JEFE_HACIENDA = new Actor("jefe.hacienda", Set.of(Rol.JEFE_DEPENDENCIA), Set.of(HACIENDA),
			Set.of());

	static final Actor PEDRO_HACIENDA = new Actor("pedro", Set.of(Rol.FUNCIONARIO), Set.of(HACIENDA), Set.of());

	static final Actor CONTROL_INTERNO = new Actor("oci", Set.of(Rol.CONTROL_INTERNO), Set.of(), Set.of());

	static final Actor ADMIN = new Actor("admin", Set.of(Rol.ADMIN), Set.of(), Set.of());

	static final Actor VENTANILLA = new Actor("ventanilla", Set.of(Rol.RADICADOR), Set.of(), Set.of());

	static final Actor SISTEMA = Actor.sistema();

	private Escenario() {
	}

	static Plazos plazos(PoliticaTerminos politica, Cierre... cierres) {
		MotorTerminos motor = new MotorTerminos(
				new CalendarioHabil(FESTIVOS, JornadaLaboral.predeterminada(), Arrays.asList(cierres)), CATALOGO,
				politica);
		return new Plazos(motor, Semaforo.predeterminado(), NORMAS);
	}

	static Plazos conCierres(Cierre... cierres) {
		return plazos(PoliticaTerminos.predeterminada(), cierres);
	}

	static Cierre cierre(String dia, String acto) {
		LocalDate d = LocalDate.parse(dia);
		return new Cierre(d, d, TipoCierre.CIERRE, acto, d.minusDays(10), "Cierre al público");
	}

	/**
	 * @param fechaHora local time in Colombia, e.g. "2026-01-09T10:00"
	 */
	static Instant bogota(String fechaHora) {
		return OffsetDateTime.parse(fechaHora + ":00-05:00").toInstant();
	}

	static LocalDate dia(String fecha) {
		return LocalDate.parse(fecha);
	}

	static List<String> codigos(List<Advertencia> advertencias) {
		return advertencias.stream().map(Advertencia::codigo).toList();
	}

	/**
	 * @return the refusal, for further checks of its message and parameters.
	 */
	static ErrorDominio rechazo(ThrowingCallable accion, String codigo) {
		ErrorDominio[] error = new ErrorDominio[1];
		assertThatThrownBy(accion).isInstanceOfSatisfying(ErrorDominio.class, e -> {
			assertThat(e.codigo()).isEqualTo(codigo);
			error[0] = e;
		});
		return error[0];
	}

}
