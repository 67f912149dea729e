package co.pqrsd.core.plan;

/**
 * What the import did with a row that did not become an activity on its own, or that it
 * had to repair. Every row that is not imported as an activity has a note: nothing is
 * dropped silently.
 *
 * @param fila row number in the table, from 1
 * @param tipo what happened
 * @param motivo the reason, in Spanish
 */
public record NotaImportacion(int fila, Tipo tipo, String motivo) {

	/** What happened to the row. */
	public enum Tipo {

		/** A header row (repeated on every page of the source). */
		ENCABEZADO,

		/** An empty row. */
		VACIA,

		/**
		 * A row that only names a component, strategy or objective for the rows below.
		 */
		TITULO,

		/** Text that continues a cell of the row above (a cell split over two pages). */
		CONTINUACION,

		/**
		 * A row whose cells were shifted to the left and were put back in their columns.
		 */
		REALINEADA,

		/** A row that could not be read; it was not imported. */
		RECHAZADA

	}

}
