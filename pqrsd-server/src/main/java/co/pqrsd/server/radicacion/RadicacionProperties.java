package co.pqrsd.server.radicacion;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ventanilla ({@code pqrsd.radicacion.*}).
 *
 * @param patron numbering pattern, Orfeo-compatible by default
 * @param unidadCorrespondencia code of the correspondence unit: its jefe may annul
 * radicados (with ADMIN)
 * @param urlPublica the address citizens reach, printed in the QR code of stickers
 * @param tamanoMaximo largest document accepted
 * @param tiposPermitidos detected media types accepted; a trailing '*' matches a family
 * (image/*)
 * @param rotuloAnchoMm sticker width for label printers
 * @param rotuloAltoMm sticker height for label printers
 */
@ConfigurationProperties("pqrsd.radicacion")
record RadicacionProperties(@DefaultValue("{AAAA}{DEP}{N:6}{T}") String patron,
		@DefaultValue("") String unidadCorrespondencia, @DefaultValue("http://localhost:8080") String urlPublica,
		@DefaultValue("50MB") DataSize tamanoMaximo, @DefaultValue( {
				"application/pdf", "image/*", "text/plain", "text/csv", "message/rfc822", "application/vnd.ms-outlook",
				"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
				"application/vnd.openxmlformats-officedocument.*", "application/vnd.oasis.opendocument.*",
				"application/rtf", "audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus", "audio/x-m4a",
				"audio/aac" }) List<String> tiposPermitidos,
		@DefaultValue("100") int rotuloAnchoMm, @DefaultValue("50") int rotuloAltoMm){
}
