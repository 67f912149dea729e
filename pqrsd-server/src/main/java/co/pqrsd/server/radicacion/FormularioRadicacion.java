package co.pqrsd.server.radicacion;

import co.pqrsd.core.radicacion.TipoRadicado;
import org.jspecify.annotations.Nullable;

/**
 * The clerk's radicación form as the browser posts it (flat fields), turned into the
 * API's request.
 */
class FormularioRadicacion {

	private String tipo = "ENTRADA";

	private String asunto = "";

	private @Nullable String descripcion;

	private String dependencia = "";

	private String medio = "PRESENCIAL";

	private @Nullable String guia;

	private @Nullable Integer folios;

	private @Nullable Integer anexosCantidad;

	private @Nullable String anexosDescripcion;

	private @Nullable String radicadoRelacionado;

	private @Nullable String observaciones;

	private boolean anonimo;

	private String tipoPersona = "NATURAL";

	private @Nullable String tipoDocumento;

	private @Nullable String numeroDocumento;

	private @Nullable String nombre;

	private @Nullable String direccion;

	private @Nullable String municipio;

	private @Nullable String correo;

	private @Nullable String telefono;

	// "Radicar como PQRSD": the case is opened with the radicado in one transaction.
	private boolean comoPqrsd;

	private @Nullable String etiqueta = "PETICION";

	private @Nullable String modalidad = "GENERAL";

	private java.util.List<String> prioridades = new java.util.ArrayList<>();

	private @Nullable String pruebaPrioridad;

	private boolean denunciaCorrupcion;

	private @Nullable String canalRespuesta;

	SolicitudRadicacion comoSolicitud() {
		TipoRadicado t = TipoRadicado.valueOf(tipo);
		SolicitudRadicacion.Parte parte = new SolicitudRadicacion.Parte(anonimo, TipoPersona.valueOf(tipoPersona),
				vacio(tipoDocumento) == null ? null : TipoDocumentoIdentidad.valueOf(tipoDocumento),
				vacio(numeroDocumento), vacio(nombre), vacio(direccion), vacio(municipio), vacio(correo),
				vacio(telefono));
		return new SolicitudRadicacion(t, asunto, vacio(descripcion), dependencia, null, Medio.valueOf(medio),
				vacio(guia), t == TipoRadicado.ENTRADA ? parte : null, t == TipoRadicado.ENTRADA ? null : parte, folios,
				anexosCantidad, vacio(anexosDescripcion), vacio(radicadoRelacionado), vacio(observaciones));
	}

	private static @Nullable String vacio(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * Files travel as a request part, not in this object; the read-only property only
	 * gives their errors a place beside the file field.
	 */
	public @Nullable String getDocumentos() {
		return null;
	}

	// Bean accessors for form binding and templates.
	public String getTipo() {
		return tipo;
	}

	public void setTipo(String tipo) {
		this.tipo = tipo;
	}

	public String getAsunto() {
		return asunto;
	}

	public void setAsunto(String asunto) {
		this.asunto = asunto;
	}

	public @Nullable String getDescripcion() {
		return descripcion;
	}

	public void setDescripcion(@Nullable String descripcion) {
		this.descripcion = descripcion;
	}

	public String getDependencia() {
		return dependencia;
	}

	public void setDependencia(String dependencia) {
		this.dependencia = dependencia;
	}

	public String getMedio() {
		return medio;
	}

	public void setMedio(String medio) {
		this.medio = medio;
	}

	public @Nullable String getGuia() {
		return guia;
	}

	public void setGuia(@Nullable String guia) {
		this.guia = guia;
	}

	public @Nullable Integer getFolios() {
		return folios;
	}

	public void setFolios(@Nullable Integer folios) {
		this.folios = folios;
	}

	public @Nullable Integer getAnexosCantidad() {
		return anexosCantidad;
	}

	public void setAnexosCantidad(@Nullable Integer anexosCantidad) {
		this.anexosCantidad = anexosCantidad;
	}

	public @Nullable String getAnexosDescripcion() {
		return anexosDescripcion;
	}

	public void setAnexosDescripcion(@Nullable String anexosDescripcion) {
		this.anexosDescripcion = anexosDescripcion;
	}

	public @Nullable String getRadicadoRelacionado() {
		return radicadoRelacionado;
	}

	public void setRadicadoRelacionado(@Nullable String radicadoRelacionado) {
		this.radicadoRelacionado = radicadoRelacionado;
	}

	public @Nullable String getObservaciones() {
		return observaciones;
	}

	public void setObservaciones(@Nullable String observaciones) {
		this.observaciones = observaciones;
	}

	public boolean isAnonimo() {
		return anonimo;
	}

	public void setAnonimo(boolean anonimo) {
		this.anonimo = anonimo;
	}

	public String getTipoPersona() {
		return tipoPersona;
	}

	public void setTipoPersona(String tipoPersona) {
		this.tipoPersona = tipoPersona;
	}

	public @Nullable String getTipoDocumento() {
		return tipoDocumento;
	}

	public void setTipoDocumento(@Nullable String tipoDocumento) {
		this.tipoDocumento = tipoDocumento;
	}

	public @Nullable String getNumeroDocumento() {
		return numeroDocumento;
	}

	public void setNumeroDocumento(@Nullable String numeroDocumento) {
		this.numeroDocumento = numeroDocumento;
	}

	public @Nullable String getNombre() {
		return nombre;
	}

	public void setNombre(@Nullable String nombre) {
		this.nombre = nombre;
	}

	public @Nullable String getDireccion() {
		return direccion;
	}

	public void setDireccion(@Nullable String direccion) {
		this.direccion = direccion;
	}

	public @Nullable String getMunicipio() {
		return municipio;
	}

	public void setMunicipio(@Nullable String municipio) {
		this.municipio = municipio;
	}

	public @Nullable String getCorreo() {
		return correo;
	}

	public void setCorreo(@Nullable String correo) {
		this.correo = correo;
	}

	public @Nullable String getTelefono() {
		return telefono;
	}

	public void setTelefono(@Nullable String telefono) {
		this.telefono = telefono;
	}

	public boolean isComoPqrsd() {
		return comoPqrsd;
	}

	public void setComoPqrsd(boolean comoPqrsd) {
		this.comoPqrsd = comoPqrsd;
	}

	public @Nullable String getEtiqueta() {
		return etiqueta;
	}

	public void setEtiqueta(@Nullable String etiqueta) {
		this.etiqueta = etiqueta;
	}

	public @Nullable String getModalidad() {
		return modalidad;
	}

	public void setModalidad(@Nullable String modalidad) {
		this.modalidad = modalidad;
	}

	public java.util.List<String> getPrioridades() {
		return prioridades;
	}

	public void setPrioridades(java.util.List<String> prioridades) {
		this.prioridades = prioridades;
	}

	public @Nullable String getPruebaPrioridad() {
		return pruebaPrioridad;
	}

	public void setPruebaPrioridad(@Nullable String pruebaPrioridad) {
		this.pruebaPrioridad = pruebaPrioridad;
	}

	public boolean isDenunciaCorrupcion() {
		return denunciaCorrupcion;
	}

	public void setDenunciaCorrupcion(boolean denunciaCorrupcion) {
		this.denunciaCorrupcion = denunciaCorrupcion;
	}

	public @Nullable String getCanalRespuesta() {
		return canalRespuesta;
	}

	public void setCanalRespuesta(@Nullable String canalRespuesta) {
		this.canalRespuesta = canalRespuesta;
	}

}
