package co.pqrsd.core.comun;

import java.time.ZoneId;

/**
 * The one place that names Colombia's time zone: every date the law counts and every
 * date-time a person sees is in it, whatever the machine's zone.
 */
public final class Colombia {

	/**
	 * The zone id, as a compile-time constant for annotations such as
	 * {@code @Scheduled(zone = ...)}.
	 */
	public static final String ZONA_ID = "America/Bogota";

	/** Colombia's time zone (UTC-5, no daylight saving). */
	public static final ZoneId ZONA = ZoneId.of(ZONA_ID);

	private Colombia() {
	}

}
