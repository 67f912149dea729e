package co.pqrsd.core.riesgos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.plan.Corte;
import co.pqrsd.core.plan.CortesSeguimiento;
import co.pqrsd.core.plan.Evidencia;
import org.junit.jupiter.api.Test;

class SeguimientoMapaRiesgosTest {

	private static final Corte ABRIL = new CortesSeguimiento(new CalendarioHabil(
			new CalendarioFestivos(FestivosNacionales.reglas()), JornadaLaboral.predeterminada(), List.of()))
		.corte(2026, 1);

	private static final Instant MAYO = Instant.parse("2026-05-04T15:00:00Z");

	private static final SeguimientoMapaRiesgos.Monitoreo MONITOREO = new SeguimientoMapaRiesgos.Monitoreo(true,
			BigDecimal.valueOf(50), "Se hizo la doble revisión de 40 licencias",
			List.of(new Evidencia(Evidencia.Tipo.EXPEDIENTE, "2026-PLA-0012", null)), "secretario.planeacion", MAYO);

	private static final SeguimientoMapaRiesgos.Observacion OBSERVACION = new SeguimientoMapaRiesgos.Observacion(
			"Controles aplicados; falta el acta de marzo", "jefe.control.interno", MAYO);

	@Test
	void registraMonitoreoYObservacionConLaZonaResidualVigente() {
		Riesgo riesgo = RiesgoTest.unRiesgoDeCorrupcion(100, 8);
		SeguimientoMapaRiesgos s = SeguimientoMapaRiesgos.abrir(ABRIL, List.of(riesgo))
			.monitorear(riesgo, MONITOREO)
			.observar("RC-01", OBSERVACION);
		SeguimientoMapaRiesgos.Registro r = s.registros().get("RC-01");
		assertThat(r.zonaResidual()).isEqualTo(ZonaRiesgo.ALTO);
		assertThat(r.monitoreo()).isEqualTo(MONITOREO);
		assertThat(r.observacion()).isEqualTo(OBSERVACION);
	}

	@Test
	void unRiesgoMaterializadoSinReevaluarNoSeMonitorea() {
		Riesgo materializado = RiesgoTest.unRiesgoDeCorrupcion(100, 8)
			.registrarMaterializacion(new Materializacion(LocalDate.of(2026, 3, 2), "Cobro indebido",
					Set.of(Materializacion.Autoridad.PENAL), null));
		assertThatThrownBy(
				() -> SeguimientoMapaRiesgos.abrir(ABRIL, List.of(materializado)).monitorear(materializado, MONITOREO))
			.extracting("codigo")
			.isEqualTo("RIESGO_MATERIALIZADO_SIN_REEVALUAR");
	}

	@Test
	void unSeguimientoPublicadoNoSePuedeEditar() {
		Riesgo riesgo = RiesgoTest.unRiesgoDeCorrupcion(100, 8);
		SeguimientoMapaRiesgos publicado = SeguimientoMapaRiesgos.abrir(ABRIL, List.of(riesgo))
			.observar("RC-01", OBSERVACION)
			.publicar(LocalDate.of(2026, 5, 15), "jefe.control.interno");
		assertThat(publicado.publicadoATiempo()).isTrue();
		assertThatThrownBy(() -> publicado.monitorear(riesgo, MONITOREO)).extracting("codigo")
			.isEqualTo("CORTE_PUBLICADO");
		assertThatThrownBy(() -> publicado.observar("RC-01", OBSERVACION)).extracting("codigo")
			.isEqualTo("CORTE_PUBLICADO");
	}

	@Test
	void unaObservacionNoPuedeEstarVacia() {
		assertThatThrownBy(() -> new SeguimientoMapaRiesgos.Observacion(" ", "oci", MAYO)).extracting("codigo")
			.isEqualTo("OBSERVACION_VACIA");
	}

	@Test
	void unaMaterializacionSeDescribe() {
		assertThatThrownBy(() -> new Materializacion(LocalDate.of(2026, 3, 2), "", Set.of(), null)).extracting("codigo")
			.isEqualTo("MATERIALIZACION_SIN_DESCRIPCION");
	}

	@Test
	void noSePublicaElDiaDelCorte() {
		assertThatThrownBy(
				() -> SeguimientoMapaRiesgos.abrir(ABRIL, List.of()).publicar(LocalDate.of(2026, 4, 30), "oci"))
			.extracting("codigo")
			.isEqualTo("CORTE_NO_CERRADO");
	}

	@Test
	void rechazaUnRiesgoAjenoYUnAvanceFueraDeRango() {
		assertThatThrownBy(() -> SeguimientoMapaRiesgos.abrir(ABRIL, List.of()).observar("RC-99", OBSERVACION))
			.extracting("codigo")
			.isEqualTo("RIESGO_DESCONOCIDO");
		assertThatThrownBy(
				() -> new SeguimientoMapaRiesgos.Monitoreo(true, BigDecimal.valueOf(120), "", List.of(), "x", MAYO))
			.extracting("codigo")
			.isEqualTo("AVANCE_INVALIDO");
	}

}
