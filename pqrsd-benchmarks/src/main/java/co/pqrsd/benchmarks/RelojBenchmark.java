package co.pqrsd.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import co.pqrsd.core.comun.Colombia;

/**
 * The server's clock in the PQRSD benchmarks (benchmark code only: the server's own
 * {@code Clock} bean is the system clock). It runs forward with the JVM's elapsed time
 * from an instant the benchmark chooses, and {@link #saltar} moves it (only forward, as
 * real time does) so that cases can be radicated on past days and timers can be made due
 * without waiting for them. The engine reads the same bean (RelojMotor), so a jump is
 * seen by the timers too.
 */
public final class RelojBenchmark extends Clock {

	private record Base(Instant instante, long nanos) {
	}

	private volatile Base base;

	public RelojBenchmark(Instant inicio) {
		this.base = new Base(inicio, System.nanoTime());
	}

	/** Moves the clock to {@code instante}; from there it keeps running. */
	public synchronized void saltar(Instant instante) {
		if (instante.isBefore(instant())) {
			throw new IllegalArgumentException("El reloj del benchmark solo avanza: " + instante + " < " + instant());
		}
		this.base = new Base(instante, System.nanoTime());
	}

	/** Moves the clock to {@code hora} (Bogotá) of {@code dia}. */
	public void saltar(LocalDate dia, LocalTime hora) {
		saltar(dia.atTime(hora).atZone(Colombia.ZONA).toInstant());
	}

	public LocalDate hoy() {
		return LocalDate.ofInstant(instant(), Colombia.ZONA);
	}

	@Override
	public ZoneId getZone() {
		return Colombia.ZONA;
	}

	@Override
	public Clock withZone(ZoneId zona) {
		return Clock.fixed(instant(), zona);
	}

	@Override
	public Instant instant() {
		Base b = base;
		return b.instante().plusNanos(System.nanoTime() - b.nanos());
	}

}
