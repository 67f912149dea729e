package co.pqrsd.server.pqrsd;

import org.jspecify.annotations.Nullable;

/**
 * The fields of every action form on the case view, kept as typed so that a refused
 * action shows them again beside its legal reason.
 */
class FormularioAccion {

	private @Nullable String usuario;

	private @Nullable String dependencia;

	private @Nullable String motivo;

	private @Nullable String texto;

	private @Nullable String entidad;

	private @Nullable String fecha;

	private @Nullable String observaciones;

	private @Nullable String tipo;

	private @Nullable String acto;

	private @Nullable String numero;

	public @Nullable String getUsuario() {
		return usuario;
	}

	public void setUsuario(@Nullable String usuario) {
		this.usuario = usuario;
	}

	public @Nullable String getDependencia() {
		return dependencia;
	}

	public void setDependencia(@Nullable String dependencia) {
		this.dependencia = dependencia;
	}

	public @Nullable String getMotivo() {
		return motivo;
	}

	public void setMotivo(@Nullable String motivo) {
		this.motivo = motivo;
	}

	public @Nullable String getTexto() {
		return texto;
	}

	public void setTexto(@Nullable String texto) {
		this.texto = texto;
	}

	public @Nullable String getEntidad() {
		return entidad;
	}

	public void setEntidad(@Nullable String entidad) {
		this.entidad = entidad;
	}

	public @Nullable String getFecha() {
		return fecha;
	}

	public void setFecha(@Nullable String fecha) {
		this.fecha = fecha;
	}

	public @Nullable String getObservaciones() {
		return observaciones;
	}

	public void setObservaciones(@Nullable String observaciones) {
		this.observaciones = observaciones;
	}

	public @Nullable String getTipo() {
		return tipo;
	}

	public void setTipo(@Nullable String tipo) {
		this.tipo = tipo;
	}

	public @Nullable String getActo() {
		return acto;
	}

	public void setActo(@Nullable String acto) {
		this.acto = acto;
	}

	public @Nullable String getNumero() {
		return numero;
	}

	public void setNumero(@Nullable String numero) {
		this.numero = numero;
	}

	private @Nullable String sentido;

	private @Nullable String causal;

	private @Nullable String motivacion;

	public @Nullable String getSentido() {
		return sentido;
	}

	public void setSentido(@Nullable String sentido) {
		this.sentido = sentido;
	}

	public @Nullable String getCausal() {
		return causal;
	}

	public void setCausal(@Nullable String causal) {
		this.causal = causal;
	}

	public @Nullable String getMotivacion() {
		return motivacion;
	}

	public void setMotivacion(@Nullable String motivacion) {
		this.motivacion = motivacion;
	}

}
