package co.pqrsd.core.pqrsd;

/** Every action on a case; each is one method of {@link Pqrsd}. */
public enum Accion {

	ENVIAR_A_REPARTO("Enviar a reparto"), ASIGNAR("Asignar"), REASIGNAR("Reasignar a otra dependencia"),
	REGISTRAR_NOTA("Registrar nota"), CONSULTAR_DEPENDENCIA("Consulta interna"),
	RESPONDER_CONSULTA("Responder consulta interna"), PROYECTAR_RESPUESTA("Proyectar respuesta"),
	APROBAR_RESPUESTA("Aprobar respuesta"), DEVOLVER_RESPUESTA("Devolver respuesta"),
	COMUNICAR_RESPUESTA("Comunicar respuesta"), TRASLADAR("Trasladar por competencia"),
	REQUERIR_INFORMACION("Requerir información"),
	REGISTRAR_RESPUESTA_PETICIONARIO("Registrar respuesta del peticionario"),
	PRORROGAR_PLAZO_PETICIONARIO("Prorrogar el plazo del peticionario"),
	VENCER_PLAZO_PETICIONARIO("Vencer el plazo del peticionario"),
	DECRETAR_DESISTIMIENTO_TACITO("Decretar desistimiento tácito"),
	REGISTRAR_DESISTIMIENTO_EXPRESO("Registrar desistimiento expreso"), PRORROGAR("Prorrogar el término"),
	VENCER("Vencer el término"), CERRAR("Cerrar");

	private final String nombre;

	Accion(String nombre) {
		this.nombre = nombre;
	}

	/**
	 * @return the Spanish name shown on the case view's buttons.
	 */
	public String nombre() {
		return nombre;
	}

	/**
	 * @return whether only the process engine performs it (timers), never a person's
	 * form.
	 */
	public boolean delSistema() {
		return this == ENVIAR_A_REPARTO || this == VENCER || this == VENCER_PLAZO_PETICIONARIO;
	}

}
