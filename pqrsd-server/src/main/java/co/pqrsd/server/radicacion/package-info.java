/**
 * Ventanilla única: radicación of official correspondence with gapless yearly numbering
 * (AGN Acuerdo 060 de 2001), the senders and addressees directory, documents stored by
 * hash with Tika-detected types and extracted text, stickers and constancias, and Spanish
 * full-text search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Radicación",
		allowedDependencies = { "auditoria", "comun", "seguridad", "infraestructura", "documentos" })
@NullMarked
package co.pqrsd.server.radicacion;

import org.jspecify.annotations.NullMarked;
