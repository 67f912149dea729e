package co.pqrsd.server.terminos;

import java.time.Instant;
import java.time.LocalDate;

import co.pqrsd.core.calendario.Cierre;
import co.pqrsd.core.calendario.TipoCierre;
import org.jspecify.annotations.Nullable;

/** A closure as stored, with who declared it and whether it was revoked. */
record CierreRegistrado(long id, LocalDate desde, LocalDate hasta, TipoCierre tipo, String acto, LocalDate fechaActo,
		String motivo, String creadoPor, Instant creadoEn, @Nullable Instant revocadoEn, @Nullable String revocadoPor,
		@Nullable String motivoRevocacion) {

	public boolean vigente() {
		return revocadoEn == null;
	}

	Cierre comoCierre() {
		return new Cierre(desde, hasta, tipo, acto, fechaActo, motivo);
	}

}
