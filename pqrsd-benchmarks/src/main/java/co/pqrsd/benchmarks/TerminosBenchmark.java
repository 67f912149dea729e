package co.pqrsd.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.terminos.CatalogoTerminos;
import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.TerminosLegales;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 4's target: one million 15-día deadlines over random reception instants in
 * 2020–2030, on one core, in under 2 s. One invocation computes the whole million; the
 * score is the time of one invocation. Run: {@code scripts/benchmark.sh terminos}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-XX:ActiveProcessorCount=1" })
@Threads(1)
public class TerminosBenchmark {

	private static final int MILLON = 1_000_000;

	private MotorTerminos motor;

	private Instant[] recibidos;

	@Setup
	public void preparar() {
		motor = new MotorTerminos(
				new CalendarioHabil(new CalendarioFestivos(FestivosNacionales.reglas()),
						JornadaLaboral.predeterminada(), List.of()),
				new CatalogoTerminos(TerminosLegales.reglas()), PoliticaTerminos.predeterminada());
		long desde = LocalDate.of(2020, 1, 1).atStartOfDay(MotorTerminos.ZONA).toEpochSecond();
		long hasta = LocalDate.of(2031, 1, 1).atStartOfDay(MotorTerminos.ZONA).toEpochSecond();
		SplittableRandom azar = new SplittableRandom(20261123);
		recibidos = new Instant[MILLON];
		for (int i = 0; i < MILLON; i++) {
			recibidos[i] = Instant.ofEpochSecond(azar.nextLong(desde, hasta));
		}
	}

	/**
	 * One million deadlines (GENERAL: 15 días, 30 during Decreto 491) computed one after
	 * the other.
	 */
	@Benchmark
	public void unMillonDeVencimientos(Blackhole agujero) {
		for (int i = 0; i < MILLON; i++) {
			agujero.consume(motor.fechaVencimiento("GENERAL", recibidos[i]));
		}
	}

}
