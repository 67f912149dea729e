package co.pqrsd.server.comun;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * A background worker on its own daemon thread that runs a round every {@code cada} and,
 * when asked ({@link #despertar()}), one more soon: the shape of the queues that drain a
 * table (the mail outbox, the Alfresco queue, the IMAP mailbox). Requests while one is
 * waiting collapse into it.
 */
public final class TrabajadorPeriodico {

	private final String nombreHilo;

	private final Duration cada;

	private final Duration esperaAlDetener;

	private final Runnable ronda;

	private final AtomicBoolean solicitado = new AtomicBoolean();

	private volatile @Nullable ScheduledExecutorService hilo;

	public TrabajadorPeriodico(String nombreHilo, Duration cada, Duration esperaAlDetener, Runnable ronda) {
		this.nombreHilo = nombreHilo;
		this.cada = cada;
		this.esperaAlDetener = esperaAlDetener;
		this.ronda = ronda;
	}

	/** Starts the rounds (the first one after {@code cada}). */
	public void iniciar() {
		ScheduledExecutorService h = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, nombreHilo);
			t.setDaemon(true);
			return t;
		});
		long ms = cada.toMillis();
		h.scheduleWithFixedDelay(ronda, ms, ms, TimeUnit.MILLISECONDS);
		hilo = h;
	}

	/** Stops the rounds, waiting a while for the one in progress. */
	public void detener() {
		ScheduledExecutorService h = hilo;
		hilo = null;
		if (h != null) {
			h.shutdown();
			try {
				h.awaitTermination(esperaAlDetener.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public boolean activo() {
		return hilo != null;
	}

	/**
	 * Asks for a round soon, on the worker's thread (e.g. after a commit that queued
	 * rows).
	 */
	public void despertar() {
		ScheduledExecutorService h = hilo;
		if (h != null && solicitado.compareAndSet(false, true)) {
			try {
				h.execute(() -> {
					solicitado.set(false);
					ronda.run();
				});
			}
			catch (RejectedExecutionException e) {
				solicitado.set(false);
			}
		}
	}

}
