package co.pqrsd.core.terminos;

import java.time.LocalDate;

import co.pqrsd.core.calendario.CalendarioHabil;

/**
 * Traffic light of a term from the fraction of business days consumed. Thresholds are
 * entity settings.
 *
 * @param amarillo fraction from which the term is AMARILLO (default 0.6)
 * @param rojo fraction from which the term is ROJO (default 0.8)
 */
public record Semaforo(double amarillo, double rojo) {

	public Semaforo {
		if (!(amarillo > 0 && amarillo < rojo && rojo <= 1)) {
			throw new IllegalArgumentException("Umbrales del semáforo inválidos: se requiere 0 < amarillo < rojo ≤ 1");
		}
	}

	public static Semaforo predeterminado() {
		return new Semaforo(0.6, 0.8);
	}

	public enum Color {

		VERDE, AMARILLO, ROJO, VENCIDO, SUSPENDIDO

	}

	/**
	 * @param consumidos business days already counted up to and including today
	 * @param totales business days of the whole term (with its prórroga)
	 */
	public record Estado(Color color, int consumidos, int totales, double fraccion) {

		public int restantes() {
			return Math.max(0, totales - consumidos);
		}

	}

	/**
	 * @return the colour of the term on {@code hoy}.
	 */
	public Estado evaluar(Vencimiento vencimiento, LocalDate hoy, CalendarioHabil calendario) {
		LocalDate fin = vencimiento.fecha();
		LocalDate corte = fin == null || hoy.isBefore(fin) ? hoy : fin;
		int consumidos = contados(vencimiento, corte, calendario);
		if (fin == null) {
			return new Estado(Color.SUSPENDIDO, consumidos, vencimiento.regla().termino(), 0);
		}
		int totales = Math.max(1, contados(vencimiento, fin, calendario));
		double fraccion = (double) consumidos / totales;
		Color color;
		if (hoy.isAfter(fin)) {
			color = Color.VENCIDO;
		}
		else if (fraccion >= rojo) {
			color = Color.ROJO;
		}
		else if (fraccion >= amarillo) {
			color = Color.AMARILLO;
		}
		else {
			color = Color.VERDE;
		}
		return new Estado(color, consumidos, totales, fraccion);
	}

	private static int contados(Vencimiento v, LocalDate hasta, CalendarioHabil calendario) {
		int habiles = calendario.habilesEntre(v.base(), hasta);
		for (Suspension s : v.suspensiones()) {
			LocalDate desde = s.requerido().isBefore(v.base()) ? v.base() : s.requerido();
			LocalDate fin = s.respondido() == null || s.respondido().isAfter(hasta) ? hasta : s.respondido();
			habiles -= calendario.habilesEntre(desde, fin);
		}
		return Math.max(0, habiles);
	}

}
