package co.pqrsd.server.radicacion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Runs concurrent radicaciones together in one transaction, each inside its own
 * savepoint. A gapless counter must hold its row lock until commit, so one radicado per
 * transaction means one disk flush per number and a throughput bounded by the disk's
 * flush latency. Combined, a batch pays one flush; a failed item rolls back to its
 * savepoint (its counter increment included) and fails alone, so numbering stays gapless
 * and nothing is half-written. The caller's thread waits, and the item runs with the
 * caller's security and request context, so the audit trail records the right user, IP
 * and agent.
 */
@Component
class CombinadorTransacciones {

	private static final Logger log = LoggerFactory.getLogger(CombinadorTransacciones.class);

	private static final int LOTE_MAXIMO = 64;

	private final BlockingQueue<Pedido<?>> cola = new LinkedBlockingQueue<>();

	private final TransactionTemplate transaccion;

	private final Thread trabajador;

	private volatile boolean activo = true;

	/** Set on the combiner's own thread. */
	private static final ThreadLocal<Boolean> EN_LOTE = ThreadLocal.withInitial(() -> false);

	CombinadorTransacciones(TransactionTemplate transaccion) {
		this.transaccion = transaccion;
		this.trabajador = new Thread(this::atender, "pqrsd-radicacion");
		this.trabajador.setDaemon(true);
		this.trabajador.start();
	}

	private record Pedido<T>(Supplier<T> trabajo, CompletableFuture<T> resultado, SecurityContext seguridad,
			RequestAttributes solicitud) {
	}

	/**
	 * Runs {@code trabajo} in a shared transaction and returns its result once that
	 * transaction committed.
	 */
	<T> T ejecutar(Supplier<T> trabajo) {
		if (!activo) {
			throw new IllegalStateException("El servidor se está deteniendo; no se admiten más radicaciones.");
		}
		CompletableFuture<T> resultado = new CompletableFuture<>();
		cola.add(new Pedido<>(trabajo, resultado, SecurityContextHolder.getContext(),
				RequestContextHolder.getRequestAttributes()));
		try {
			return resultado.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Radicación interrumpida", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * @return whether the current thread is the combiner's (running or committing a
	 * batch)
	 */
	static boolean enLote() {
		return EN_LOTE.get();
	}

	private void atender() {
		EN_LOTE.set(true);
		while (activo || !cola.isEmpty()) {
			List<Pedido<?>> lote = new ArrayList<>();
			try {
				Pedido<?> primero = cola.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
				if (primero == null) {
					continue;
				}
				lote.add(primero);
				cola.drainTo(lote, LOTE_MAXIMO - 1);
				procesar(lote);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException | Error e) {
				// The commit itself failed: nothing of the batch was stored.
				log.warn("Falló la confirmación de un lote de {} radicaciones: {}", lote.size(), e.getMessage());
				lote.forEach(p -> p.resultado().completeExceptionally(e));
			}
		}
	}

	private void procesar(List<Pedido<?>> lote) {
		List<Runnable> alConfirmar = new ArrayList<>();
		transaccion.executeWithoutResult(estado -> {
			for (Pedido<?> p : lote) {
				alConfirmar.add(uno(p, estado));
			}
		});
		alConfirmar.forEach(Runnable::run);
	}

	private <T> Runnable uno(Pedido<T> p, TransactionStatus estado) {
		Object punto = estado.createSavepoint();
		SecurityContextHolder.setContext(p.seguridad());
		RequestContextHolder.setRequestAttributes(p.solicitud());
		try {
			T valor = p.trabajo().get();
			estado.releaseSavepoint(punto);
			return () -> p.resultado().complete(valor);
		}
		catch (RuntimeException e) {
			estado.rollbackToSavepoint(punto);
			p.resultado().completeExceptionally(e);
			return () -> {
			};
		}
		finally {
			SecurityContextHolder.clearContext();
			RequestContextHolder.resetRequestAttributes();
		}
	}

	@PreDestroy
	void detener() throws InterruptedException {
		activo = false;
		trabajador.join(30_000);
	}

}
