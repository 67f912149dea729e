package co.pqrsd.server.operacion;

/**
 * One module's part of the demo municipality (profile {@code demo}): a Spring bean in
 * that module, ordered with {@code @Order}, that seeds its data through the module's own
 * services. {@link SembradorDemo} runs the steps after the dependencias and users
 * (seguridad's {@code DatosDemo}). A step must be deterministic (same data on every
 * start: fixed dates relative to the clock's year, fixed names) and skip itself when its
 * data are already there.
 */
public interface PasoDemo {

	/** A short name for the log, e.g. {@code "archivo: TRD y expedientes"}. */
	String nombre();

	/** Seeds this module's data, or does nothing when they are already there. */
	void sembrar();

}
