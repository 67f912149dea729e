package co.pqrsd.core.riesgos;

/**
 * Impact of a corruption risk from the questionnaire, with the reason shown to the user.
 *
 * @param nivel the impact level, at least Moderado
 * @param afirmativas number of "Sí" answers (0 to 19)
 * @param explicacion Spanish sentence saying which rule gave the level
 */
public record ImpactoCuestionario(NivelRiesgo nivel, int afirmativas, String explicacion) {
}
