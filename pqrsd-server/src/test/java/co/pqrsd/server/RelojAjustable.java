package co.pqrsd.server;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import co.pqrsd.core.comun.Colombia;
import org.jspecify.annotations.Nullable;

/**
 * The domain clock in tests. It never reads the wall-clock date: it starts at
 * {@link #INICIO} (Tuesday 10 March 2026, 10:00 in Bogotá: a working day, far from
 * midnight, from the end of a year and from any festivo) and then runs forward with the
 * elapsed time of the JVM ({@link System#nanoTime()}), so a test run gives the same
 * "today" and the same radicado year on any day it is run, while durations still pass.
 * <p>
 * Why it keeps running instead of standing still: the audit sealer orders by transaction,
 * not by time, and nothing reads the database's {@code now()}, so a frozen clock would be
 * safe for them; but lock-outs, credential caches and the order of entries written by one
 * test read elapsed time from this clock, and a frozen one would silently change what
 * those tests prove. A test that needs a precise instant fixes it with {@link #fijar} and
 * restores the running clock with {@link #restablecer}.
 * <p>
 * Tests compute "today" with {@link #hoy()}, never with {@code LocalDate.now(...)}.
 */
public final class RelojAjustable extends Clock {

	/** Where the test clock starts: 2026-03-10T10:00-05:00. */
	public static final Instant INICIO = Instant.parse("2026-03-10T15:00:00Z");

	private final long origen = System.nanoTime();

	private volatile @Nullable Instant fijo;

	public void fijar(Instant instante) {
		this.fijo = instante;
	}

	public void restablecer() {
		this.fijo = null;
	}

	/** Today in Colombia according to this clock. */
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
		Instant f = fijo;
		return f != null ? f : INICIO.plusNanos(System.nanoTime() - origen);
	}

}
