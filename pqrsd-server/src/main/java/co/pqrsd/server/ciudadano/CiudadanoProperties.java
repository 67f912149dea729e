package co.pqrsd.server.ciudadano;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public channel's limits ({@code pqrsd.ciudadano.*}); the entity adjusts them to its
 * traffic. Mutable so that a running server (and its tests) can change them.
 */
@ConfigurationProperties("pqrsd.ciudadano")
class CiudadanoProperties {

	/** Filings accepted from one IP address per {@link #ventanaRadicacion}. */
	private int radicacionesPorIp = 20;

	/** Filings accepted for one e-mail address per {@link #ventanaRadicacion}. */
	private int radicacionesPorCorreo = 5;

	private Duration ventanaRadicacion = Duration.ofHours(1);

	/** Failed status lookups (wrong radicado or PIN) from one IP per window. */
	private int consultasFallidasPorIp = 10;

	private Duration ventanaConsultas = Duration.ofMinutes(15);

	/** Where the entity publishes its data-protection policy (Ley 1581 de 2012). */
	private String politicaDatos = "/ciudadano/tratamiento-datos";

	/**
	 * The version of that policy; change it when the policy changes, so that each stored
	 * consent names the text the citizen was shown.
	 */
	private String versionPoliticaDatos = "1";

	public int getRadicacionesPorIp() {
		return radicacionesPorIp;
	}

	public void setRadicacionesPorIp(int v) {
		this.radicacionesPorIp = v;
	}

	public int getRadicacionesPorCorreo() {
		return radicacionesPorCorreo;
	}

	public void setRadicacionesPorCorreo(int v) {
		this.radicacionesPorCorreo = v;
	}

	public Duration getVentanaRadicacion() {
		return ventanaRadicacion;
	}

	public void setVentanaRadicacion(Duration v) {
		this.ventanaRadicacion = v;
	}

	public int getConsultasFallidasPorIp() {
		return consultasFallidasPorIp;
	}

	public void setConsultasFallidasPorIp(int v) {
		this.consultasFallidasPorIp = v;
	}

	public Duration getVentanaConsultas() {
		return ventanaConsultas;
	}

	public void setVentanaConsultas(Duration v) {
		this.ventanaConsultas = v;
	}

	public String getPoliticaDatos() {
		return politicaDatos;
	}

	public void setPoliticaDatos(String v) {
		this.politicaDatos = v;
	}

	public String getVersionPoliticaDatos() {
		return versionPoliticaDatos;
	}

	public void setVersionPoliticaDatos(String v) {
		this.versionPoliticaDatos = v;
	}

	/** The policy as a stored consent names it: its version and address. */
	String politicaMostrada() {
		return "v" + versionPoliticaDatos + ", " + politicaDatos;
	}

}
