package co.pqrsd.core.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.plan.ColumnasTabla.Columna;

/**
 * Reads a plan's activity table given as rows of strings (from XLSX, CSV or a PDF table;
 * reading the file is the caller's job) with the columns municipalities use:
 * {@code Componente | Subcomponente / Estrategia | Objetivo | Actividades | Indicador |
 * Meta | Fecha de cumplimiento | Responsable}.
 * <p>
 * It handles the usual shapes of those tables:
 * <ul>
 * <li>the header repeated on every page (recognized by its words; the first header also
 * says where each column is);</li>
 * <li>cells merged down a component, strategy or objective: an empty cell means "same as
 * above", and a new component starts its strategy and objective afresh;</li>
 * <li>multi-line cells, joined with spaces, and a merged cell split by a page break:
 * right after a repeated header, text that starts in lower case continues the cell
 * above;</li>
 * <li>a row whose cells slid to the left (an activity typed in the first columns with the
 * last ones empty) is put back in place when its meta and date read correctly.</li>
 * </ul>
 * Rows that cannot be read (unknown component, no activity, unreadable meta or date, no
 * responsable) are reported with their reason and not imported. Components are recognized
 * by the words of the template ({@link Plantilla#reconocer}).
 */
public final class ImportadorPlan {

	private final Plantilla plantilla;

	private final int vigencia;

	/**
	 * @param plantilla the template whose components the table names
	 * @param vigencia the plan's year, for dates written without one
	 */
	public ImportadorPlan(Plantilla plantilla, int vigencia) {
		this.plantilla = plantilla;
		this.vigencia = vigencia;
	}

	/** A merged cell shared by the rows below it; mutable only while importing. */
	private static final class Celda {

		private final StringBuilder texto;

		Celda(String texto) {
			this.texto = new StringBuilder(texto);
		}

		void continuar(String mas) {
			texto.append(texto.length() == 0 ? "" : " ").append(mas);
		}

		@Override
		public String toString() {
			return texto.toString();
		}

	}

	private static final class Borrador {

		final ComponentePlantilla componente;

		final Celda estrategia;

		final Celda objetivo;

		final Map<Columna, StringBuilder> campos = new EnumMap<>(Columna.class);

		final Meta meta;

		final FechaCumplimiento fecha;

		Borrador(ComponentePlantilla componente, Celda estrategia, Celda objetivo, Map<Columna, String> valores,
				Meta meta, FechaCumplimiento fecha) {
			this.componente = componente;
			this.estrategia = estrategia;
			this.objetivo = objetivo;
			this.meta = meta;
			this.fecha = fecha;
			for (Columna c : List.of(Columna.ACTIVIDAD, Columna.INDICADOR, Columna.RESPONSABLE)) {
				campos.put(c, new StringBuilder(valores.get(c)));
			}
		}

	}

	/**
	 * @param filas the table's rows, each a list of cell texts (shorter rows are padded
	 * with empty cells)
	 * @return the activities and the report; never throws for a bad row
	 */
	public ResultadoImportacion importar(List<List<String>> filas) {
		List<NotaImportacion> notas = new ArrayList<>();
		List<Borrador> borradores = new ArrayList<>();
		int[] posicion = ColumnasTabla.usuales();
		boolean encabezadoVisto = false;
		boolean trasEncabezado = false;
		ComponentePlantilla componente = null;
		String componenteRechazado = null;
		Celda estrategia = new Celda("");
		Celda objetivo = new Celda("");
		Borrador anterior = null;
		for (int i = 0; i < filas.size(); i++) {
			int numero = i + 1;
			List<String> crudas = filas.get(i).stream().map(ColumnasTabla::limpiar).toList();
			if (crudas.stream().allMatch(String::isEmpty)) {
				notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.VACIA, "Fila vacía."));
				continue;
			}
			int[] encabezado = ColumnasTabla.encabezado(crudas);
			if (encabezado != null) {
				if (!encabezadoVisto) {
					posicion = encabezado;
					encabezadoVisto = true;
				}
				notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.ENCABEZADO, "Encabezado de la tabla."));
				trasEncabezado = true;
				continue;
			}
			Map<Columna, String> leidos = ColumnasTabla.valores(crudas, posicion);
			Optional<Map<Columna, String>> realineada = realinear(crudas);
			Map<Columna, String> v = realineada.orElse(leidos);
			if (realineada.isPresent()) {
				notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.REALINEADA,
						"Las celdas estaban corridas a la izquierda; se leyeron como Actividades, Indicador, Meta, "
								+ "Fecha de cumplimiento y Responsable, con el componente, la estrategia y el objetivo de arriba."));
			}
			boolean continuaCeldas = trasEncabezado;
			trasEncabezado = false;
			// Componente: a new one starts its strategy and objective afresh (merged
			// cells).
			String textoComponente = v.get(Columna.COMPONENTE);
			if (!textoComponente.isEmpty()) {
				Optional<ComponentePlantilla> reconocido = plantilla.reconocer(textoComponente);
				if (reconocido.isEmpty()) {
					componente = null;
					componenteRechazado = textoComponente;
					notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.RECHAZADA,
							"El componente «" + textoComponente
									+ "» no corresponde a ningún componente de la plantilla " + plantilla.nombre()
									+ "; la fila no se importó."));
					anterior = null;
					continue;
				}
				if (componente == null || !reconocido.get().equals(componente)) {
					estrategia = new Celda("");
					objetivo = new Celda("");
				}
				componente = reconocido.get();
				componenteRechazado = null;
			}
			String textoEstrategia = v.get(Columna.ESTRATEGIA);
			if (!textoEstrategia.isEmpty()) {
				if (continuaCeldas && empiezaEnMinuscula(textoEstrategia)) {
					estrategia.continuar(textoEstrategia);
				}
				else {
					estrategia = new Celda(textoEstrategia);
					objetivo = new Celda("");
				}
			}
			String textoObjetivo = v.get(Columna.OBJETIVO);
			boolean objetivoContinuado = false;
			if (!textoObjetivo.isEmpty()) {
				if (continuaCeldas && empiezaEnMinuscula(textoObjetivo)) {
					objetivo.continuar(textoObjetivo);
					objetivoContinuado = true;
				}
				else {
					objetivo = new Celda(textoObjetivo);
				}
			}
			if (objetivoContinuado) {
				notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.CONTINUACION,
						"El objetivo continúa el de la página anterior: «" + textoObjetivo + "»."));
			}
			boolean sinCamposDeActividad = List
				.of(Columna.ACTIVIDAD, Columna.INDICADOR, Columna.META, Columna.FECHA, Columna.RESPONSABLE)
				.stream()
				.allMatch(c -> v.get(c).isEmpty());
			if (sinCamposDeActividad) {
				if (componente == null) {
					notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.RECHAZADA,
							"La fila no tiene actividad ni un componente reconocido."));
				}
				else if (!objetivoContinuado) {
					notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.TITULO,
							"Fila de título: " + componente.nombre() + "."));
				}
				continue;
			}
			if (v.get(Columna.ACTIVIDAD).isEmpty()
					|| continuaCeldas && anterior != null && empiezaEnMinuscula(v.get(Columna.ACTIVIDAD))
							&& v.get(Columna.META).isEmpty() && v.get(Columna.FECHA).isEmpty()) {
				if (anterior != null && v.get(Columna.META).isEmpty() && v.get(Columna.FECHA).isEmpty()) {
					for (Columna c : List.of(Columna.ACTIVIDAD, Columna.INDICADOR, Columna.RESPONSABLE)) {
						if (!v.get(c).isEmpty()) {
							StringBuilder campo = anterior.campos.get(c);
							campo.append(campo.length() == 0 ? "" : " ").append(v.get(c));
						}
					}
					notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.CONTINUACION,
							"El texto continúa la actividad de la fila anterior."));
				}
				else {
					notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.RECHAZADA,
							"La fila no tiene actividad (columna «Actividades» vacía); no se importó."));
				}
				continue;
			}
			String rechazo = null;
			Meta meta = null;
			FechaCumplimiento fecha = null;
			if (componente == null) {
				rechazo = componenteRechazado == null
						? "No se sabe a qué componente pertenece: la tabla no lo nombra antes de esta fila."
						: "Pertenece al componente «" + componenteRechazado + "», que no está en la plantilla.";
			}
			else if (v.get(Columna.RESPONSABLE).isEmpty()) {
				rechazo = "La actividad «" + corto(v.get(Columna.ACTIVIDAD)) + "» no tiene responsable.";
			}
			else {
				try {
					meta = Meta.leer(v.get(Columna.META));
					fecha = LectorFechas.leer(v.get(Columna.FECHA), vigencia);
				}
				catch (ErrorDominio e) {
					rechazo = "Actividad «" + corto(v.get(Columna.ACTIVIDAD)) + "»: " + e.getMessage();
				}
			}
			if (rechazo != null) {
				notas.add(new NotaImportacion(numero, NotaImportacion.Tipo.RECHAZADA, rechazo + " No se importó."));
				anterior = null;
				continue;
			}
			anterior = new Borrador(componente, estrategia, objetivo, v, meta, fecha);
			borradores.add(anterior);
		}
		return new ResultadoImportacion(construir(borradores), notas);
	}

	private List<Actividad> construir(List<Borrador> borradores) {
		Map<String, Integer> consecutivo = new HashMap<>();
		List<Actividad> actividades = new ArrayList<>();
		for (Borrador b : borradores) {
			int n = consecutivo.merge(b.componente.codigo(), 1, Integer::sum);
			actividades.add(Actividad.de(b.componente.orden() + "." + n, b.componente.codigo(), b.estrategia.toString(),
					b.objetivo.toString(), b.campos.get(Columna.ACTIVIDAD).toString(),
					b.campos.get(Columna.INDICADOR).toString(), b.meta, b.fecha,
					b.campos.get(Columna.RESPONSABLE).toString()));
		}
		return actividades;
	}

	/**
	 * A row typed from the first column with the meta, date and responsable columns
	 * empty: its k cells belong to the last k columns when, read that way, the meta and
	 * the date are valid.
	 */
	private Optional<Map<Columna, String>> realinear(List<String> celdas) {
		int k = 0;
		while (k < celdas.size() && !celdas.get(k).isEmpty()) {
			k++;
		}
		for (int j = k; j < celdas.size(); j++) {
			if (!celdas.get(j).isEmpty()) {
				return Optional.empty();
			}
		}
		if (k < 3 || k > Columna.META.ordinal()) {
			return Optional.empty();
		}
		Map<Columna, String> corrida = new EnumMap<>(Columna.class);
		for (Columna c : Columna.values()) {
			int desde = c.ordinal() - (Columna.values().length - k);
			corrida.put(c, desde >= 0 ? celdas.get(desde) : "");
		}
		try {
			Meta.leer(corrida.get(Columna.META));
			LectorFechas.leer(corrida.get(Columna.FECHA), vigencia);
		}
		catch (ErrorDominio e) {
			return Optional.empty();
		}
		return corrida.get(Columna.ACTIVIDAD).isEmpty() ? Optional.empty() : Optional.of(corrida);
	}

	private static boolean empiezaEnMinuscula(String texto) {
		return !texto.isEmpty() && Character.isLowerCase(texto.codePointAt(0));
	}

	private static String corto(String texto) {
		return texto.length() <= 60 ? texto : texto.substring(0, 57) + "…";
	}

}
