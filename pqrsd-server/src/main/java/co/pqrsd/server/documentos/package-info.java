/**
 * The document store every module shares (modulos.md, «documentos»): content addressed by
 * its SHA-256, stored once, never overwritten, verifiable at any time, destroyed only by
 * the archive's disposición final. Radicación, the archive, the PQRSD answers and the
 * Alfresco adapter all go through {@link co.pqrsd.server.documentos.AlmacenDocumentos}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documentos",
		allowedDependencies = { "infraestructura", "comun" })
@NullMarked
package co.pqrsd.server.documentos;

import org.jspecify.annotations.NullMarked;
