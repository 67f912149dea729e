/**
 * Disposición final (domain-rules.md §4.5, R-TRD-8..11): never automatic; candidates →
 * FUID → committee approval → publication for 60 días hábiles → observations answered →
 * acta de eliminación → execution → evidence; legal holds block everything they cover.
 */
@NullMarked
package co.pqrsd.core.archivo.disposicion;

import org.jspecify.annotations.NullMarked;
