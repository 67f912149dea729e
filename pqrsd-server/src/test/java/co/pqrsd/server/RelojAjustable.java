package co.pqrsd.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The domain clock in tests: the system clock, unless a test fixes an instant (and then
 * restores it).
 */
public final class RelojAjustable extends Clock {

	private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	private volatile @Nullable Instant fijo;

	public void fijar(Instant instante) {
		this.fijo = instante;
	}

	public void restablecer() {
		this.fijo = null;
	}

	@Override
	public ZoneId getZone() {
		return BOGOTA;
	}

	@Override
	public Clock withZone(ZoneId zona) {
		return Clock.fixed(instant(), zona);
	}

	@Override
	public Instant instant() {
		Instant f = fijo;
		return f != null ? f : Instant.now();
	}

}
