package co.pqrsd.server.correo;

import java.util.ArrayList;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.pqrsd.PqrsdCiudadano;
import co.pqrsd.server.radicacion.EntradasRadicacion;
import org.springframework.stereotype.Component;

/**
 * Radicates a mail through the citizen channels' facade: canal CORREO_ELECTRONICO, the
 * answer by the same medium (Decreto 1081 de 2015, art. 2.1.1.3.1.4: the medium the
 * requester used when he names none), the Message-ID as origin.
 */
@Component
class RadicadorCiudadano implements Radicador {

	private final PqrsdCiudadano ciudadano;

	private final EntradasRadicacion entradas;

	RadicadorCiudadano(PqrsdCiudadano ciudadano, EntradasRadicacion entradas) {
		this.ciudadano = ciudadano;
		this.entradas = entradas;
	}

	@Override
	public Radicada radicar(CorreoLeido c) {
		EntradasRadicacion.Peticionario peticionario = c.remitente() == null
				? new EntradasRadicacion.Peticionario(true, null, null, null, null, null, null, null, null)
				: new EntradasRadicacion.Peticionario(false, "NATURAL", null, null,
						c.nombreRemitente() != null ? c.nombreRemitente() : c.remitente(), null, null, c.remitente(),
						null);
		List<EntradasRadicacion.Adjunto> documentos = new ArrayList<>();
		List<String> rechazados = new ArrayList<>();
		for (EntradasRadicacion.Adjunto a : c.documentos()) {
			try {
				entradas.exigirAdmisibles(List.of(a));
				documentos.add(a);
			}
			catch (ErrorDominio e) {
				if (documentos.isEmpty()) {
					// The .eml itself: without it there is nothing to radicate.
					throw e;
				}
				rechazados.add(a.nombre() + " (" + e.getMessage() + ")");
			}
		}
		String descripcion = c.texto();
		if (!rechazados.isEmpty()) {
			// Ley 1755 de 2015, art. 15: the petition is radicated all the same; the
			// refused files stay inside the .eml, kept byte for byte.
			String nota = "Adjuntos no admitidos como documentos (quedan dentro del correo .eml): "
					+ String.join("; ", rechazados);
			descripcion = descripcion == null ? nota : descripcion + "\n\n" + nota;
			if (descripcion.length() > CorreoLeido.MAXIMO_TEXTO) {
				descripcion = descripcion.substring(descripcion.length() - CorreoLeido.MAXIMO_TEXTO);
			}
		}
		PqrsdCiudadano.Radicada r = ciudadano
			.radicar(new PqrsdCiudadano.Solicitud(null, c.asunto(), descripcion, "CORREO_ELECTRONICO", peticionario,
					c.remitente() == null ? null : "CORREO_ELECTRONICO", documentos, false, c.clave()));
		return new Radicada(r.radicado(), r.nueva());
	}

}
