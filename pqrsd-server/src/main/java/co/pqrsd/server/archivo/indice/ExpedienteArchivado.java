package co.pqrsd.server.archivo.indice;

import java.time.LocalDate;

import co.pqrsd.core.archivo.trd.Disposicion;
import org.jspecify.annotations.Nullable;

/** What the índice, transfers and disposition read of an expediente and its TRD row. */
public record ExpedienteArchivado(long id, String numero, String nombre, String dependencia, String estado,
		String nivelAcceso, String serieCodigo, @Nullable String subserieCodigo, String serieNombre,
		@Nullable String subserieNombre, @Nullable String soporte, @Nullable String ubicacionFisica,
		LocalDate fechaApertura, @Nullable LocalDate fechaCierre, @Nullable LocalDate fechaInicioRetencion,
		@Nullable String indiceSha256, int retencionAg, int retencionAc, Disposicion disposicion,
		@Nullable String procedimiento) {

	/**
	 * @return the TRD code dependencia.serie[.subserie] (domain-rules §4.2).
	 */
	public String codigoTrd() {
		return dependencia + "." + serieCodigo + (subserieCodigo == null ? "" : "." + subserieCodigo);
	}

	/**
	 * @return the name of the serie, with the subserie when there is one.
	 */
	public String serieSubserie() {
		return subserieNombre == null ? serieNombre : serieNombre + " / " + subserieNombre;
	}

	public boolean cerrado() {
		return "CERRADO".equals(estado);
	}

}
