package co.pqrsd.server.auditoria;

/**
 * The stable catalogue of audited actions (documented in docs/auditoria.md and served at
 * {@code GET /api/v1/auditoria/acciones}). Codes never change meaning; new features add
 * constants.
 */
public enum AccionAuditoria {

	// Seguridad
	INICIO_SESION("Inicio de sesión"), CIERRE_SESION("Cierre de sesión"),
	INICIO_SESION_FALLIDO("Intento fallido de inicio de sesión"),
	CUENTA_BLOQUEADA("Cuenta bloqueada por intentos fallidos"), CONTRASENA_CAMBIADA("Cambio de contraseña"),
	USUARIO_CREADO("Creación de usuario"), USUARIO_MODIFICADO("Modificación de usuario"),
	ROLES_MODIFICADOS("Cambio de roles de un usuario"),
	DEPENDENCIAS_USUARIO_MODIFICADAS("Cambio de dependencias de un usuario"),
	DEPENDENCIA_CREADA("Creación de dependencia"), DEPENDENCIA_MODIFICADA("Modificación de dependencia"),
	ACCESO_DENEGADO("Acceso denegado"),

	// Auditoría
	AUDITORIA_CONSULTADA("Consulta de la bitácora de auditoría"),
	AUDITORIA_EXPORTADA("Exportación de la bitácora de auditoría"),
	AUDITORIA_VERIFICADA("Verificación de la cadena de auditoría"),
	HISTORIAL_CONSULTADO("Consulta del historial de un objeto"),

	// Calendario y términos
	CIERRE_CALENDARIO_CREADO("Declaración de días no hábiles (cierre o suspensión de términos)"),
	CIERRE_CALENDARIO_REVOCADO("Revocación de días no hábiles"), JORNADA_MODIFICADA("Cambio de la jornada laboral"),
	POLITICA_TERMINOS_MODIFICADA("Cambio de la política de términos o del semáforo"),
	MODALIDAD_CREADA("Creación de una modalidad de término"),

	// Radicación
	RADICADO_CREADO("Radicación de una comunicación oficial"), RADICADO_CONSULTADO("Consulta de un radicado"),
	RADICADO_ANULADO("Anulación de un radicado"), RADICADO_ANOTADO("Anotación de corrección a un radicado"),
	RADICADOS_BUSCADOS("Búsqueda de radicados"), DOCUMENTO_AGREGADO("Documento agregado a un radicado"),
	DOCUMENTO_DESCARGADO("Descarga de un documento"), ROTULO_GENERADO("Generación del rótulo de radicación"),
	CONSTANCIA_GENERADA("Generación de la constancia de radicación"),
	TERCERO_CREADO("Registro de un remitente o destinatario"),
	TERCERO_CONSULTADO("Consulta de datos personales de un tercero"),
	TERCERO_ACTUALIZADO("Cambio de los datos de un tercero en el directorio"),
	CONFIGURACION_MODIFICADA("Cambio de configuración"),

	// PQRSD
	PQRSD_RADICADA("Radicación de una PQRSD"), PQRSD_ASIGNADA("Asignación de una PQRSD a un funcionario"),
	PQRSD_PRORROGADA("Prórroga del término de una PQRSD"),
	PQRSD_REASIGNADA("Reasignación de una PQRSD a otra dependencia"),
	PQRSD_TRASLADADA("Traslado de una PQRSD por competencia a otra entidad"),
	PQRSD_INFORMACION_REQUERIDA("Requerimiento de información al peticionario"),
	PQRSD_REQUERIMIENTO_ATENDIDO("Registro de la respuesta del peticionario a un requerimiento"),
	PQRSD_PLAZO_PETICIONARIO_PRORROGADO("Prórroga del plazo del peticionario para responder un requerimiento"),
	PQRSD_RESPUESTA_PROYECTADA("Proyección de la respuesta de una PQRSD"),
	PQRSD_RESPUESTA_APROBADA("Aprobación de la respuesta de una PQRSD"),
	PQRSD_RESPUESTA_DEVUELTA("Devolución de la respuesta de una PQRSD para corregirla"),
	PQRSD_RESPUESTA_COMUNICADA("Comunicación de la respuesta de una PQRSD (radicado de salida)"),
	PQRSD_DESISTIDA("Desistimiento expreso o tácito de una PQRSD"), PQRSD_NOTA_REGISTRADA("Nota en una PQRSD"),
	PQRSD_CONSULTA_INTERNA_SOLICITADA("Consulta interna a otra dependencia"),
	PQRSD_CONSULTA_INTERNA_RESPONDIDA("Respuesta a una consulta interna"), PQRSD_CERRADA("Cierre de una PQRSD"),
	PQRSD_REPARTIDORES_DEFINIDOS("Designación de los repartidores de PQRSD de una dependencia"),
	PQRSD_APROBACION_CONFIGURADA("Cambio del paso de aprobación de respuestas de una dependencia"),
	// PQRSD: the engine's own steps
	PQRSD_ENVIADA_A_REPARTO("Envío de una PQRSD al reparto de su dependencia"),
	PQRSD_TERMINO_VENCIDO("Vencimiento del término de una PQRSD"),
	PQRSD_PLAZO_PETICIONARIO_VENCIDO("Vencimiento del plazo del peticionario para completar una PQRSD"),
	PQRSD_ESCALADA("Escalamiento de una PQRSD vencida al jefe y a Control Interno"),
	// Plan anticorrupción (PAAC / PTEP)
	PLAN_CREADO("Creación del plan anticorrupción de una vigencia"),
	PLAN_IMPORTADO("Importación de las actividades del plan desde una hoja de cálculo o CSV"),
	PLAN_PUBLICADO("Publicación de la versión 1 del plan anticorrupción"),
	PLAN_AJUSTADO("Ajuste motivado del plan publicado (nueva versión)"),
	PLAN_AVANCE_REPORTADO("Reporte del avance de una actividad del plan por la dependencia responsable"),
	PLAN_EVIDENCIA_CARGADA("Carga de un documento de evidencia de una actividad del plan"),
	PLAN_AVANCE_VERIFICADO("Verificación del avance de una actividad del plan por Control Interno"),
	PLAN_CORTE_PUBLICADO("Publicación del seguimiento de un corte del plan por Control Interno"),
	// Mapa de riesgos
	RIESGO_IDENTIFICADO("Identificación de un riesgo en el mapa de riesgos"),
	RIESGO_MODIFICADO("Modificación de la identificación de un riesgo"),
	RIESGO_ELIMINADO("Eliminación de un riesgo del mapa"),
	RIESGO_EVALUADO("Evaluación (inherente y residual) de un riesgo"),
	RIESGO_CONTROL_AGREGADO("Registro de un control de un riesgo"),
	RIESGO_CONTROL_RETIRADO("Retiro de un control de un riesgo"),
	RIESGO_TRATAMIENTO_DEFINIDO("Definición del tratamiento y plan de acción de un riesgo"),
	RIESGO_MATERIALIZADO("Registro de un riesgo materializado y su informe a la autoridad"),
	RIESGO_MONITOREADO("Monitoreo de un riesgo en un corte (controles aplicados, avance de acciones)"),
	RIESGO_OBSERVADO("Observación de Control Interno sobre un riesgo en un corte"),
	RIESGO_SEGUIMIENTO_PUBLICADO("Publicación del seguimiento del mapa de riesgos de un corte"),
	// Archivo: índice firmado, retención, transferencias, disposición final, bloqueos
	INDICE_FIRMADO("Firma por la entidad de una copia del índice electrónico de un expediente (XML XAdES o PDF PAdES)"),
	INDICE_VERIFICADO(
			"Verificación de la integridad de un expediente: huellas de sus archivos, huella del índice y firma"),
	RETENCION_REGISTRADA("Registro de los plazos de retención (fin en gestión y en central) al cerrar un expediente"),
	TRANSFERENCIA_CREADA("Creación de una transferencia documental con su inventario (FUID)"),
	TRANSFERENCIA_ENVIADA("Envío de una transferencia al archivo receptor"),
	TRANSFERENCIA_ACEPTADA("Recepción y aceptación de una transferencia; cambio de ubicación de sus expedientes"),
	TRANSFERENCIA_DEVUELTA("Devolución de una transferencia con observaciones"),
	DISPOSICION_CREADA("Propuesta de expedientes candidatos a eliminación (inventario)"),
	DISPOSICION_APROBADA("Aprobación de la eliminación por el comité (número y fecha del acta)"),
	DISPOSICION_PUBLICADA("Publicación del inventario de eliminación en el sitio web (60 días hábiles)"),
	DISPOSICION_OBSERVACION_RECIBIDA("Observación ciudadana sobre un inventario de eliminación publicado"),
	DISPOSICION_OBSERVACION_RESPONDIDA("Respuesta a una observación ciudadana sobre un inventario de eliminación"),
	DISPOSICION_ACTA_FIRMADA("Registro del acta de eliminación"),
	DISPOSICION_EJECUTADA("Eliminación de los expedientes de un acta: contenidos destruidos, lápida conservada"),
	CONSERVACION_REGISTRADA(
			"Registro de conservación total o de medio técnico (microfilmación o digitalización) con su evidencia"),
	BLOQUEO_LEGAL_CREADO("Congelación de un expediente por un bloqueo legal (investigación, proceso judicial)"),
	BLOQUEO_LEGAL_LEVANTADO("Levantamiento de un bloqueo legal"),
	// Archivo: TRD y expedientes
	TRD_CREADA("Creación de un borrador de la Tabla de Retención Documental"),
	TRD_MODIFICADA("Modificación de los datos de aprobación de un borrador de TRD"),
	TRD_IMPORTADA("Importación de las filas de un borrador de TRD (XLSX o CSV, todo o nada)"),
	TRD_VIGENTE("Entrada en vigencia de una versión de la TRD (reemplaza la anterior)"),
	EXPEDIENTE_ABIERTO("Apertura de un expediente bajo una serie o subserie de la TRD vigente"),
	EXPEDIENTE_DOCUMENTO_INCORPORADO(
			"Incorporación de un documento a un expediente (nueva entrada del índice electrónico)"),
	EXPEDIENTE_CERRADO("Cierre de un expediente: índice sellado con su huella final e inicio de la retención"),
	EXPEDIENTE_ACCESO_DENEGADO("Intento de leer un expediente reservado sin permiso"),
	ARCHIVO_SERIE_PQRSD_CONFIGURADA("Configuración de la serie donde una dependencia archiva sus PQRSD cerradas"),
	EXPEDIENTE_RETENCION_INICIADA(
			"Fecha del evento que inicia la retención de un expediente cerrado (distinto del cierre)"),
	// Canal ciudadano
	PQRSD_CLASIFICADA(
			"Clasificación por la ventanilla de una PQRSD radicada por un ciudadano (etiqueta, modalidad, dependencia)"),
	CIUDADANO_INTENTO_RECHAZADO(
			"Intento rechazado en el canal ciudadano (límite de frecuencia, campo trampa, datos inválidos)"),
	CIUDADANO_CONSULTA_FALLIDA("Consulta del estado de una PQRSD con radicado o código de consulta errados"),
	// Correo electrónico e informes
	CORREO_RADICADO("Radicación de un correo recibido en el buzón institucional"),
	CORREO_REBOTE_REGISTRADO("Registro de un correo devuelto (no entregado) sobre su caso"),
	INFORME_PUBLICADO("Publicación de un informe de PQRSD o de acceso a la información"),
	CONFIANZA_SHARE_FICHA("Ficha firmada emitida a Alfresco Share para que un usuario vea los dashlets de pqrsd"),
	CONFIANZA_SHARE_RECHAZADA("Ficha o secreto de Alfresco Share rechazado (dashlets)"), PQRSD_CORREO_NO_ENTREGADO(
			"Correo a un peticionario no entregado (rechazo del servidor SMTP o rebote), registrado en su caso");

	private final String descripcion;

	AccionAuditoria(String descripcion) {
		this.descripcion = descripcion;
	}

	public String descripcion() {
		return descripcion;
	}

}
