package co.pqrsd.server.archivo.disposicion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A disposición final with its inventory rows and the citizens' observations. */
record Disposicion(long id, String descripcion, String estado, @Nullable String actaComite,
		@Nullable LocalDate fechaComite, @Nullable LocalDate publicacionDesde, @Nullable LocalDate publicacionHasta,
		@Nullable String actaEliminacion, @Nullable LocalDate fechaActaEliminacion, String creadaPor, Instant creadaEn,
		@Nullable String ejecutadaPor, @Nullable Instant ejecutadaEn, List<Item> items,
		List<Observacion> observaciones) {

	/**
	 * One row of the inventory of candidates (a FUID row with objeto "Eliminación de
	 * documentos").
	 */
	record Item(int orden, String expediente, String nombre, String codigoTrd, String serie,
			@Nullable LocalDate fechaApertura, @Nullable LocalDate fechaCierre, String disposicion, String estado,
			@Nullable String motivoExclusion, boolean bloqueadaPorObservacion) {
	}

	/** A citizen's observation; personal data are not shown on the public page. */
	record Observacion(long id, @Nullable Integer orden, String nombre, @Nullable String correo, String texto,
			Instant recibidaEn, @Nullable String respuesta, @Nullable Boolean excluye, @Nullable String respondidaPor,
			@Nullable Instant respondidaEn) {
	}

}
