package co.pqrsd.server.comun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way a person sees a date or a date-time: always in Colombia's time
 * (America/Bogota), as {@code 01/12/2026 08:37} or {@code 01/12/2026}. Templates use it
 * as {@code ${@fechas.fechaHora(x)}}; exports and messages use the static methods.
 */
@Component("fechas")
public final class Fechas {

	/** Colombia's legal time, whatever the server's zone. */
	public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

	private static final Locale ES_CO = Locale.forLanguageTag("es-CO");

	private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", ES_CO);

	private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/yyyy", ES_CO);

	private static final DateTimeFormatter FECHA_LARGA = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy",
			ES_CO);

	private static final DateTimeFormatter DIA_MES = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", ES_CO);

	private static final DateTimeFormatter DIA_CORTO = DateTimeFormatter.ofPattern("EEE d MMM yyyy", ES_CO);

	private static final DateTimeFormatter HORA = DateTimeFormatter.ofPattern("HH:mm", ES_CO);

	/** {@code 01/12/2026 08:37} in Colombia's time; empty for null. */
	public String fechaHora(@Nullable Object valor) {
		return formatear(valor, FECHA_HORA);
	}

	/** {@code 01/12/2026}; a date-time is first moved to Colombia's time. */
	public String fecha(@Nullable Object valor) {
		return formatear(valor, FECHA);
	}

	/** {@code 08:37} in Colombia's time. */
	public String hora(@Nullable Object valor) {
		return formatear(valor, HORA);
	}

	/** {@code miércoles 14 de enero de 2026}. */
	public String fechaLarga(@Nullable Object valor) {
		return formatear(valor, FECHA_LARGA);
	}

	/** {@code miércoles 14 de enero}. */
	public String diaMes(@Nullable Object valor) {
		return formatear(valor, DIA_MES);
	}

	/** {@code mié 14 ene 2026}. */
	public String diaCorto(@Nullable Object valor) {
		return formatear(valor, DIA_CORTO);
	}

	/** Static form of {@link #fechaHora(Object)} for Java code (exports, messages). */
	public static String deFechaHora(@Nullable Object valor) {
		return formatear(valor, FECHA_HORA);
	}

	private static String formatear(@Nullable Object valor, DateTimeFormatter formato) {
		TemporalAccessor t = enBogota(valor);
		return t == null ? "" : formato.format(t);
	}

	/**
	 * Instants (and anything that names one) become Colombian local time; dates and local
	 * date-times are taken as already Colombian.
	 */
	static @Nullable TemporalAccessor enBogota(@Nullable Object valor) {
		if (valor == null) {
			return null;
		}
		if (valor instanceof Instant i) {
			return i.atZone(BOGOTA);
		}
		if (valor instanceof OffsetDateTime o) {
			return o.atZoneSameInstant(BOGOTA);
		}
		if (valor instanceof ZonedDateTime z) {
			return z.withZoneSameInstant(BOGOTA);
		}
		if (valor instanceof Date d) {
			// java.sql.Timestamp from timestamptz columns (java.sql.Date has no instant).
			return valor instanceof java.sql.Date s ? s.toLocalDate() : d.toInstant().atZone(BOGOTA);
		}
		if (valor instanceof LocalDateTime || valor instanceof LocalDate) {
			return (TemporalAccessor) valor;
		}
		throw new IllegalArgumentException("No es una fecha: " + valor.getClass().getName());
	}

}
