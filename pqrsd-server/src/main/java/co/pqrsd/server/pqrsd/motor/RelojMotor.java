package co.pqrsd.server.pqrsd.motor;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.flowable.common.engine.impl.runtime.Clock;

/**
 * The engine's clock is the application's injected {@link java.time.Clock}: timers, due
 * dates and job acquisition see the same "now" as the domain, so a test that moves the
 * domain clock moves the engine too. The engine cannot set it: time is set where the
 * {@code Clock} bean is.
 */
final class RelojMotor implements Clock {

	private final java.time.Clock reloj;

	RelojMotor(java.time.Clock reloj) {
		this.reloj = reloj;
	}

	@Override
	public Date getCurrentTime() {
		return Date.from(reloj.instant());
	}

	@Override
	public Calendar getCurrentCalendar() {
		return getCurrentCalendar(getCurrentTimeZone());
	}

	@Override
	public Calendar getCurrentCalendar(TimeZone zona) {
		Calendar calendario = Calendar.getInstance(zona);
		calendario.setTime(getCurrentTime());
		return calendario;
	}

	@Override
	public TimeZone getCurrentTimeZone() {
		return TimeZone.getTimeZone(reloj.getZone());
	}

	/**
	 * Refused: the engine itself never sets its clock (only Flowable's test helper does),
	 * and a second source of "now" would let timers and the domain disagree.
	 */
	@Override
	public void setCurrentTime(Date hora) {
		throw horaDeSoloLectura();
	}

	/** Refused, as {@link #setCurrentTime}. */
	@Override
	public void setCurrentCalendar(Calendar calendario) {
		throw horaDeSoloLectura();
	}

	private static IllegalStateException horaDeSoloLectura() {
		return new IllegalStateException("La hora del motor es la del reloj inyectado de la aplicación: "
				+ "para moverla, mueva el bean Clock (RelojAjustable en las pruebas).");
	}

	@Override
	public void reset() {
		// Nothing to reset: the time always comes from the injected clock.
	}

}
