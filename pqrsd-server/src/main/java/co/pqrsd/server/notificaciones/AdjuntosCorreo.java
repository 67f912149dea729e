package co.pqrsd.server.notificaciones;

import java.util.List;

/**
 * Files another module attaches to a mail of the outbox when it is sent, looked up by the
 * mail's key (the PQRSD answer carries its SALIDA document). Read at each attempt, so
 * nothing large is copied into the outbox.
 */
public interface AdjuntosCorreo {

	/**
	 * A file to attach, sent base64 so it arrives byte for byte.
	 */
	record Adjunto(String nombre, String tipo, byte[] contenido) {
	}

	/**
	 * @param clave the key the mail was queued with
	 * @return its attachments, empty when this provider has none for it
	 */
	List<Adjunto> adjuntos(String clave);

}
