package co.pqrsd.server.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser tests, with the reason, where chromium or chromedriver is missing (before
 * the server starts), unless {@code -Dpqrsd.navegador.obligatorio=true} asks for them to
 * fail instead (CI).
 */
class NavegadorDisponible implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext contexto) {
		String falta = Navegador.queFalta();
		if (falta == null) {
			return ConditionEvaluationResult.enabled("chromium y chromedriver presentes");
		}
		if (Boolean.getBoolean("pqrsd.navegador.obligatorio")) {
			return ConditionEvaluationResult.enabled("obligatorio: fallará porque " + falta);
		}
		return ConditionEvaluationResult.disabled("Se omite la prueba de navegador: " + falta
				+ ". Instale chromium y chromedriver (scripts/instalar-navegador.sh); vea el README, «Pruebas».");
	}

}
