/**
 * Corruption risk map (Mapa de Riesgos de Corrupción) and management risks: the DAFP
 * methodology as versioned data (scales, heat map, control weights, rules), inherent and
 * residual evaluation, treatment, the risk statement check and materialized risks
 * (domain-rules.md §5).
 */
@NullMarked
package co.pqrsd.core.riesgos;

import org.jspecify.annotations.NullMarked;
