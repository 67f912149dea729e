package co.pqrsd.server.comun;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import co.pqrsd.core.comun.Colombia;
import org.jspecify.annotations.Nullable;

/**
 * The domain clock of the {@code demo} profile (operación's {@code ConfiguracionDemo}
 * wraps the application's {@code Clock} bean in it): normally the wrapped clock; while
 * the demo municipality seeds its year of history, a clock set to a past instant that
 * runs forward from there, so that radicados, PQRSD actions, expedientes and the engine's
 * timers (RelojMotor reads the same bean) are dated in the past through the real
 * services. {@link #volver} returns it to the wrapped clock; the timers that fell due in
 * between then fire as they would have.
 */
public final class RelojDemo extends Clock {

	private record Viaje(Instant instante, long nanos) {
	}

	private final Clock base;

	private volatile @Nullable Viaje viaje;

	public RelojDemo(Clock base) {
		this.base = base;
	}

	/** The demo clock behind {@code reloj}, if {@code reloj} is one. */
	public static Optional<RelojDemo> de(Clock reloj) {
		return reloj instanceof RelojDemo r ? Optional.of(r) : Optional.empty();
	}

	/**
	 * Sets the clock at {@code instante} (past or future); from there it keeps running.
	 */
	public void viajarA(Instant instante) {
		this.viaje = new Viaje(instante, System.nanoTime());
	}

	/** Back to the wrapped clock. */
	public void volver() {
		this.viaje = null;
	}

	/**
	 * Runs {@code accion} with the clock at {@code instante}, and returns it afterwards.
	 */
	public <T> T en(Instant instante, Supplier<T> accion) {
		viajarA(instante);
		try {
			return accion.get();
		}
		finally {
			volver();
		}
	}

	/** The wrapped clock's instant, whatever the demo's. */
	public Instant presente() {
		return base.instant();
	}

	/** Today in Colombia according to the wrapped clock. */
	public LocalDate hoyPresente() {
		return LocalDate.ofInstant(presente(), Colombia.ZONA);
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zona) {
		return Clock.fixed(instant(), zona);
	}

	@Override
	public Instant instant() {
		Viaje v = viaje;
		return v == null ? base.instant() : v.instante().plusNanos(System.nanoTime() - v.nanos());
	}

}
