package co.pqrsd.server.tableros;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import tools.jackson.databind.JsonNode;

/**
 * The dashboards' test data, made once per server through the modules' own APIs: the
 * Sesquilé 2023 plan imported as vigencia {@value #VIGENCIA_PLAN} and followed up at cut
 * 1, two corruption risks of vigencia {@value #VIGENCIA_RIESGOS}, and PQRSD cases of
 * dependencia {@value #DEPENDENCIA} (one answered on time, one assigned to the
 * funcionario).
 */
public final class DatosTableros {

	public static final String CLAVE = "Tableros2026segura";

	public static final int VIGENCIA_PLAN = 2019;

	public static final int VIGENCIA_RIESGOS = 2029;

	/** The jefe's dependencia, named as a responsable of the Sesquilé plan. */
	public static final String DEPENDENCIA = "941";

	public static final String NOMBRE_DEPENDENCIA = "Secretaría de Hacienda";

	/** Cases filed: etiqueta and canal. */
	static final String[][] CASOS = { { "PETICION", "PRESENCIAL" }, { "PETICION", "CORREO_ELECTRONICO" },
			{ "QUEJA", "FORMULARIO_WEB" }, { "RECLAMO", "PRESENCIAL" } };

	private DatosTableros() {
	}

	public static ClienteApi como(int puerto, String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	/** Makes the data unless this server already has it. */
	public static synchronized void sembrar(int puerto) {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/tbcontrol").estado() == 200) {
			return;
		}
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "940", "nombre", "Control Interno TB")));
		admin.post("/api/v1/dependencias",
				ClienteApi.json(Map.of("codigo", DEPENDENCIA, "nombre", NOMBRE_DEPENDENCIA)));
		usuario(admin, "tbcontrol", List.of("CONTROL_INTERNO"), "940");
		usuario(admin, "tbjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), DEPENDENCIA);
		usuario(admin, "tbfunc", List.of("FUNCIONARIO"), DEPENDENCIA);
		usuario(admin, "tbventanilla", List.of("RADICADOR"), DEPENDENCIA);
		plan(como(puerto, "tbcontrol"));
		riesgos(como(puerto, "tbcontrol"));
		pqrsd(puerto);
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	private static void ok(ClienteApi.Respuesta r) {
		assertThat(r.estado()).as(r.cuerpo()).isBetween(200, 201);
	}

	/**
	 * Imports and publishes the plan, then Control Interno verifies the first exigible
	 * activity of each component at its programmed value (100 %).
	 */
	private static void plan(ClienteApi control) {
		ok(control.post("/api/v1/planes", "{\"vigencia\":" + VIGENCIA_PLAN + "}"));
		byte[] xlsx;
		try (InputStream in = DatosTableros.class.getResourceAsStream("/ejemplos/paac-sesquile-2023.xlsx")) {
			xlsx = in.readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		ok(control.multipart("/api/v1/planes/" + VIGENCIA_PLAN + "/importacion",
				ClienteApi.Parte.archivo("archivo", "paac-sesquile-2023.xlsx", "application/octet-stream", xlsx)));
		ok(control.post("/api/v1/planes/" + VIGENCIA_PLAN + "/publicacion", ""));
		JsonNode corte = control.get("/api/v1/planes/" + VIGENCIA_PLAN + "/cortes/1").json();
		for (JsonNode c : corte.get("componentes")) {
			for (JsonNode a : c.get("actividades")) {
				if (a.get("exigible").asBoolean()) {
					ok(control.put(
							"/api/v1/planes/" + VIGENCIA_PLAN + "/cortes/1/actividades/" + a.get("codigo").asString()
									+ "/verificacion",
							"{\"valor\":" + a.get("programado").asString() + ",\"observaciones\":\"Verificada\"}"));
					break;
				}
			}
		}
	}

	/**
	 * Risk 1: 1 000 times a year (Alta) × 3 «Sí» (Moderado) → Alto; a preventive manual
	 * control leaves Media × Moderado → Moderado. Risk 2: 10 times a year (Baja) × 8 «Sí»
	 * (Mayor) → Alto, no control.
	 */
	private static void riesgos(ClienteApi control) {
		long uno = riesgo(control, "TB-1", 1000, 3);
		ok(control.post("/api/v1/riesgos/" + uno + "/controles",
				ClienteApi.json(Map.of("responsable", "Profesional de tesorería", "accion", "verifica", "complemento",
						"los soportes de cada pago antes de firmarlo", "tipo", "PREVENTIVO", "implementacion",
						"MANUAL"))));
		riesgo(control, "TB-2", 10, 8);
	}

	private static long riesgo(ClienteApi control, String codigo, int frecuencia, int si) {
		var r = control.post("/api/v1/riesgos", ClienteApi.json(Map.of("vigencia", VIGENCIA_RIESGOS, "codigo", codigo,
				"proceso", "Gestión financiera", "dependencia", DEPENDENCIA, "tipo", "CORRUPCION", "causas",
				List.of("Concentración de funciones en un solo cargo"), "redaccion",
				Map.of("accionUOmision", "Omitir la verificación de los soportes de pago", "usoDelPoder",
						"aprovechando la facultad de aprobar órdenes de pago", "desviacion",
						"en el trámite de cuentas de contratistas", "beneficioPrivado", "para favorecer a un tercero"),
				"consecuencias", List.of("Detrimento patrimonial"))));
		ok(r);
		long id = r.json().get("id").asLong();
		List<Boolean> respuestas = new ArrayList<>(Collections.nCopies(19, false));
		for (int i = 0; i < si; i++) {
			respuestas.set(i < 15 ? i : i + 1, true);
		}
		ok(control.post("/api/v1/riesgos/" + id + "/evaluacion",
				ClienteApi.json(Map.of("frecuenciaAnual", frecuencia, "respuestas", respuestas))));
		return id;
	}

	/**
	 * Four cases at the ventanilla: the first answered on time by the funcionario, the
	 * second assigned to him and open, the others waiting for reparto.
	 */
	private static void pqrsd(int puerto) {
		List<String> radicados = new ArrayList<>();
		for (String[] c : CASOS) {
			var r = como(puerto, "tbventanilla").post("/api/v1/pqrsd",
					ClienteApi.json(Map.of("etiqueta", c[0], "modalidad", "GENERAL", "asunto", "Asunto " + c[0],
							"descripcion", "Solicito", "dependencia", DEPENDENCIA, "canal", c[1], "peticionario",
							Map.of("tipoDocumento", "CC", "numeroDocumento", "52123456", "nombre", "Ana Ruiz"))));
			ok(r);
			radicados.add(r.json().get("radicado").asString());
		}
		ClienteApi jefe = como(puerto, "tbjefe");
		for (int i = 0; i < 2; i++) {
			ok(jefe.post("/api/v1/pqrsd/" + radicados.get(i) + "/asignacion", "{\"usuario\":\"tbfunc\"}"));
		}
		var proyectada = como(puerto, "tbfunc").post("/api/v1/pqrsd/" + radicados.get(0) + "/respuesta",
				"{\"texto\":\"Adjuntamos el certificado.\"}");
		ok(proyectada);
		if (proyectada.json().get("estado").asString().equals("EN_APROBACION")) {
			ok(jefe.post("/api/v1/pqrsd/" + radicados.get(0) + "/aprobacion", "{\"aprobada\":true}"));
		}
		assertThat(jefe.get("/api/v1/pqrsd/" + radicados.get(0)).json().get("estado").asString())
			.isEqualTo("RESPONDIDA");
	}

}
