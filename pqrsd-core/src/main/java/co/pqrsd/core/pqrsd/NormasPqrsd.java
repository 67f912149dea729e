package co.pqrsd.core.pqrsd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.comun.TablaCsv;
import co.pqrsd.core.terminos.UnidadTermino;
import org.jspecify.annotations.Nullable;

/**
 * The PQRSD rules that change with the law, from the versioned tables
 * {@code efectos-vencimiento.csv} and {@code plazos-pqrsd.csv}. The terms themselves are
 * in the terms catalogue ({@code terminos-ley.csv}). Immutable.
 */
public final class NormasPqrsd {

	/** Catalogue row: traslado por competencia (Ley 1755 de 2015, art. 21). */
	public static final String TRASLADO = "TRASLADO";

	/** Catalogue row: time to send a requerimiento (Ley 1755 de 2015, art. 17). */
	public static final String REQUERIMIENTO = "REQUERIMIENTO";

	/**
	 * Catalogue row: the peticionario's time to answer it (Ley 1755 de 2015, art. 17).
	 */
	public static final String RESPUESTA_REQUERIMIENTO = "RESPUESTA_REQUERIMIENTO";

	/** Catalogue row: silencio negativo (Ley 1437 de 2011, art. 83). */
	public static final String SILENCIO_NEGATIVO = "SILENCIO_NEGATIVO";

	/** Row of {@code plazos-pqrsd.csv}: publication of answers to anonymous filings. */
	public static final String PUBLICACION_ANONIMO = "PUBLICACION_ANONIMO";

	/**
	 * Catalogue rows that time steps of the procedure: no petition has them as modality.
	 */
	private static final Set<String> DEL_PROCEDIMIENTO = Set.of(TRASLADO, REQUERIMIENTO, RESPUESTA_REQUERIMIENTO,
			"ENTREGA_COPIAS", SILENCIO_NEGATIVO);

	/**
	 * What the expiry of a modality's term causes.
	 *
	 * @param modalidad the modality code
	 * @param tarea the task opened at expiry
	 * @param plazoTarea the catalogue row that times the task, counted in business days
	 * after the deadline
	 * @param fundamento the legal source
	 */
	public record SilencioPositivo(String modalidad, Tarea.Tipo tarea, String plazoTarea, String fundamento,
			LocalDate vigenteDesde, @Nullable LocalDate vigenteHasta) {

		boolean vigenteEn(LocalDate fecha) {
			return !fecha.isBefore(vigenteDesde) && (vigenteHasta == null || !fecha.isAfter(vigenteHasta));
		}

	}

	/**
	 * A time limit of the procedure.
	 *
	 * @param codigo e.g. {@link #PUBLICACION_ANONIMO}
	 * @param plazo its length in {@code unidad}
	 */
	public record PlazoProcedimiento(String codigo, int plazo, UnidadTermino unidad, String fundamento,
			LocalDate vigenteDesde, @Nullable LocalDate vigenteHasta) {

		boolean vigenteEn(LocalDate fecha) {
			return !fecha.isBefore(vigenteDesde) && (vigenteHasta == null || !fecha.isAfter(vigenteHasta));
		}

	}

	private final List<SilencioPositivo> silencios;

	private final List<PlazoProcedimiento> plazos;

	public NormasPqrsd(List<SilencioPositivo> silencios, List<PlazoProcedimiento> plazos) {
		this.silencios = List.copyOf(silencios);
		this.plazos = List.copyOf(plazos);
	}

	/**
	 * @return the rules as the law stands, from the shipped tables.
	 */
	public static NormasPqrsd legales() {
		List<SilencioPositivo> silencios = TablaCsv.leer(NormasPqrsd.class, "efectos-vencimiento.csv")
			.stream()
			.filter(f -> f.get("efecto").equals("SILENCIO_POSITIVO"))
			.map(f -> new SilencioPositivo(f.get("modalidad"), Tarea.Tipo.valueOf(f.get("tarea")), f.get("plazo_tarea"),
					f.get("fundamento"), LocalDate.parse(f.get("vigente_desde")), fecha(f.get("vigente_hasta"))))
			.toList();
		List<PlazoProcedimiento> plazos = TablaCsv.leer(NormasPqrsd.class, "plazos-pqrsd.csv")
			.stream()
			.map(f -> new PlazoProcedimiento(f.get("codigo"), Integer.parseInt(f.get("plazo")),
					UnidadTermino.valueOf(f.get("unidad")), f.get("fundamento"),
					LocalDate.parse(f.get("vigente_desde")), fecha(f.get("vigente_hasta"))))
			.toList();
		return new NormasPqrsd(silencios, plazos);
	}

	/**
	 * @return the silencio positivo of the modality for petitions received that day;
	 * empty for every modality no special rule gives it (Ley 1437 de 2011, art. 84).
	 */
	public Optional<SilencioPositivo> silencioPositivo(String modalidad, LocalDate recibido) {
		return silencios.stream().filter(s -> s.modalidad().equals(modalidad) && s.vigenteEn(recibido)).findFirst();
	}

	/**
	 * @throws ErrorDominio {@code PLAZO_SIN_REGLA_VIGENTE} when no row applies that day
	 */
	public PlazoProcedimiento plazo(String codigo, LocalDate fecha) {
		return plazos.stream()
			.filter(p -> p.codigo().equals(codigo) && p.vigenteEn(fecha))
			.findFirst()
			.orElseThrow(() -> new ErrorDominio("PLAZO_SIN_REGLA_VIGENTE",
					"El plazo " + codigo + " no tiene una regla vigente para el " + fecha + ".",
					Map.of("plazo", codigo, "fecha", fecha.toString())));
	}

	/**
	 * @return whether the catalogue code is a petition modality, not a step of the
	 * procedure such as {@code TRASLADO}.
	 */
	public static boolean esModalidadDePeticion(String codigo) {
		return !DEL_PROCEDIMIENTO.contains(codigo);
	}

	private static @Nullable LocalDate fecha(String texto) {
		return texto.isEmpty() ? null : LocalDate.parse(texto);
	}

}
