package co.pqrsd.core.radicacion;

import java.util.Map;
import java.util.Objects;

import co.pqrsd.core.comun.ConflictoDeEstado;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.comun.LimiteTexto;
import org.jspecify.annotations.Nullable;

/**
 * The radicado aggregate: the state a registered communication is in and the changes the
 * law allows on it. Its registered data never change (AGN Acuerdo 060 de 2001, art. 5: no
 * "enmendados, corregidos o tachados"); corrections are annotations, errors are annulled
 * keeping the number, and documents are only added.
 *
 * @param numero the radicado number
 * @param tipo ENTRADA, SALIDA or INTERNA
 * @param estado VIGENTE or ANULADO
 * @param anulacion present if and only if the state is ANULADO
 */
public record RadicadoRegistrado(String numero, TipoRadicado tipo, EstadoRadicado estado,
		@Nullable Anulacion anulacion) {

	/** Cap of an annotation's text, in characters. */
	public static final int MAXIMO_ANOTACION = 4000;

	public RadicadoRegistrado {
		Objects.requireNonNull(numero, "numero");
		Objects.requireNonNull(tipo, "tipo");
		Objects.requireNonNull(estado, "estado");
		if ((estado == EstadoRadicado.ANULADO) != (anulacion != null)) {
			throw new IllegalArgumentException("Un radicado está ANULADO si y solo si tiene anulación: " + numero);
		}
	}

	/** A radicado as it is right after its radicación. */
	public static RadicadoRegistrado nuevo(String numero, TipoRadicado tipo) {
		return new RadicadoRegistrado(numero, tipo, EstadoRadicado.VIGENTE, null);
	}

	public boolean vigente() {
		return estado == EstadoRadicado.VIGENTE;
	}

	/**
	 * Annuls the radicado; the number stays consumed (AGN Acuerdo 060 de 2001, art. 5
	 * par.).
	 * @return the annulled radicado, never {@code null}
	 * @throws ConflictoDeEstado {@code RADICADO_YA_ANULADO} when already annulled
	 */
	public RadicadoRegistrado anular(Anulacion a) {
		if (!vigente()) {
			throw new ConflictoDeEstado("RADICADO_YA_ANULADO", "El radicado " + numero + " ya está anulado.");
		}
		return new RadicadoRegistrado(numero, tipo, EstadoRadicado.ANULADO, Objects.requireNonNull(a));
	}

	/**
	 * Checks that a document may be added.
	 * @throws ConflictoDeEstado {@code RADICADO_ANULADO} when annulled
	 */
	public void exigirAdmiteDocumentos() {
		if (!vigente()) {
			throw new ConflictoDeEstado("RADICADO_ANULADO",
					"El radicado " + numero + " está anulado; no admite documentos.");
		}
	}

	/**
	 * The role and version of a new version of one of this radicado's documents. What a
	 * citizen filed is evidence of what was received and is never versioned over: a
	 * received (ENTRADA) document only admits anexos (AGN Acuerdo 060 de 2001, art. 5).
	 * @throws ConflictoDeEstado {@code DOCUMENTO_RECIBIDO_INMUTABLE} for an ENTRADA
	 */
	public NuevaVersion versionar(RolDocumento rolAnterior, int versionAnterior) {
		exigirAdmiteDocumentos();
		if (tipo == TipoRadicado.ENTRADA) {
			throw new ConflictoDeEstado("DOCUMENTO_RECIBIDO_INMUTABLE", "Los documentos recibidos en el radicado "
					+ numero + " no admiten nuevas versiones; agregue el documento como anexo.");
		}
		return new NuevaVersion(rolAnterior, versionAnterior + 1);
	}

	/** Role and version number of a document about to be stored. */
	public record NuevaVersion(RolDocumento rol, int version) {
	}

	/**
	 * Validates a correction annotation.
	 * @return the text stripped, never {@code null}
	 * @throws ErrorDominio {@code CAMPO_REQUERIDO} when blank,
	 * {@code TEXTO_DEMASIADO_LARGO} over {@value #MAXIMO_ANOTACION} characters
	 */
	public String anotacion(@Nullable String texto) {
		if (texto == null || texto.isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO", "El texto de la anotación es obligatorio.",
					Map.of("campo", "texto"));
		}
		return Objects.requireNonNull(new LimiteTexto("texto", MAXIMO_ANOTACION).exigir(texto.strip()));
	}

}
