/**
 * The e-mail channel (issue #12; CPACA arts. 5 and 15, Decreto 1081 de 2015 art.
 * 2.1.1.3.1.1: the institutional e-mail is a medio idóneo): the configured IMAP mailbox
 * is polled, one node at a time; each new mail becomes an ENTRADA radicado (the .eml byte
 * for byte as main document, its attachments as anexos) and a PQRSD for the ventanilla to
 * classify, and the sender gets an automatic reply with the number. Delivery failures
 * (DSN bounces) of the mails pqrsd sent are recorded on their case. The answers' SALIDA
 * documents ride on the outgoing mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correo electrónico",
		allowedDependencies = { "pqrsd", "radicacion", "documentos", "notificaciones", "auditoria", "seguridad",
				"comun", "infraestructura" })
@NullMarked
package co.pqrsd.server.correo;

import org.jspecify.annotations.NullMarked;
