/**
 * The arithmetic of the legal PQRSD reports (domain-rules.md §7): one row per case as the
 * registro shows it, the period presets, the Informe de PQRSD (Ley 1474 de 2011, art. 76;
 * Ley 190 de 1995, art. 54) and the informe de solicitudes de acceso a la información
 * (Decreto 1081 de 2015, art. 2.1.1.6.2). Pure functions of their inputs.
 */
@NullMarked
package co.pqrsd.core.informes;

import org.jspecify.annotations.NullMarked;
