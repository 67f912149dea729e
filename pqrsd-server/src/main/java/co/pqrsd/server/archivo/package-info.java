/**
 * The archive (issue #11; domain-rules.md §4): the Cuadro de Clasificación Documental and
 * the Tablas de Retención Documental with their versions ({@code trd}), expedientes with
 * their índice electrónico ({@code expedientes}), and the índice's signed export,
 * retention, transfers and disposición final. The rules live in the core
 * ({@code co.pqrsd.core.archivo}); this module loads, acts, stores and audits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archivo",
		allowedDependencies = { "documentos", "terminos", "radicacion", "pqrsd", "auditoria", "seguridad", "comun",
				"infraestructura", "notificaciones", "operacion" })
@NullMarked
package co.pqrsd.server.archivo;

import org.jspecify.annotations.NullMarked;
