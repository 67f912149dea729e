package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database itself refuses what the law forbids, whoever sends the SQL (migration V5).
 */
@PruebaIntegracion
class GuardasIntegridadTest extends PruebaVentanilla {

	private String radicar(String asunto, String documento) {
		var r = ventanilla.post("/api/v1/radicados", Ventanilla.entrada(asunto, "200", documento));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		return r.json().get("numero").asString();
	}

	@Test
	void unaAnotacionNoSeModificaNiSeBorra() {
		String numero = radicar("Anotación inmutable", "11112222");
		var anotacion = ventanilla.post("/api/v1/radicados/" + numero + "/anotaciones",
				"{\"texto\":\"Corrige el teléfono\"}");
		assertThat(anotacion.estado()).as(anotacion.cuerpo()).isEqualTo(201);
		long id = anotacion.json().get("id").asLong();
		assertThatThrownBy(() -> jdbc.update("UPDATE radicado_anotacion SET texto = 'otra cosa' WHERE id = ?", id))
			.rootCause()
			.hasMessageContaining("no está permitido");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM radicado_anotacion WHERE id = ?", id)).rootCause()
			.hasMessageContaining("no está permitido");
		assertThat(jdbc.queryForObject("SELECT texto FROM radicado_anotacion WHERE id = ?", String.class, id))
			.isEqualTo("Corrige el teléfono");
	}

	/** The migrations' account, which owns the tables (embedded two-role scheme). */
	private JdbcTemplate propietario() {
		String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
		return new JdbcTemplate(
				new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "pqrsd_owner", ""));
	}

	@Test
	void ningunRegistroAdmiteTruncate() {
		radicar("Contra el truncate", "11113333");
		for (String tabla : new String[] { "radicado", "documento", "radicado_anotacion", "radicado_consecutivo",
				"calendario_cierre", "auditoria_evento" }) {
			// The application's account may not even try (two-role scheme); the table's
			// owner, who could, is stopped by the trigger.
			assertThatThrownBy(() -> jdbc.execute("TRUNCATE " + tabla + " CASCADE")).as(tabla)
				.rootCause()
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> propietario().execute("TRUNCATE " + tabla + " CASCADE")).as(tabla)
				.rootCause()
				.hasMessageContaining("no está permitido");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM radicado", Long.class)).isPositive();
	}

	@Test
	void unDocumentoNoSeBorraNiSeModifica() {
		String numero = radicar("Documento inmutable", "11114444");
		var d = ventanilla.multipart("/api/v1/radicados/" + numero + "/documentos?anexo=true",
				Parte.archivo("archivo", "anexo.pdf", "application/pdf", Ventanilla.pdf("anexo")));
		assertThat(d.estado()).as(d.cuerpo()).isEqualTo(201);
		long id = d.json().get("id").asLong();
		assertThatThrownBy(() -> jdbc.update("UPDATE documento SET nombre = 'otro.pdf' WHERE id = ?", id)).rootCause()
			.hasMessageContaining("no está permitido");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM documento WHERE id = ?", id)).rootCause()
			.hasMessageContaining("no está permitido");
	}

	@Test
	void unCierreDelCalendarioNoSeBorraYSoloSeRevocaUnaVez() {
		Long id = jdbc.queryForObject(
				"""
						INSERT INTO calendario_cierre (desde, hasta, tipo, acto, fecha_acto, motivo, creado_por, creado_en)
						VALUES ('2031-03-02', '2031-03-03', 'CIERRE', 'Decreto 77 de 2031', '2031-02-01', 'Inventario', 'admin', now())
						RETURNING id""",
				Long.class);
		assertThatThrownBy(() -> jdbc.update("DELETE FROM calendario_cierre WHERE id = ?", id)).rootCause()
			.hasMessageContaining("no se elimina");
		assertThatThrownBy(() -> jdbc.update("UPDATE calendario_cierre SET hasta = '2031-03-20' WHERE id = ?", id))
			.rootCause()
			.hasMessageContaining("solo admite su revocación");
		assertThatThrownBy(() -> jdbc.update("UPDATE calendario_cierre SET revocado_en = now() WHERE id = ?", id))
			.as("una revocación sin quién ni por qué")
			.rootCause()
			.hasMessageContaining("solo admite su revocación");
		assertThat(jdbc.update("UPDATE calendario_cierre SET revocado_en = now(), revocado_por = 'admin',"
				+ " motivo_revocacion = 'Acto revocado' WHERE id = ?", id))
			.isEqualTo(1);
		assertThatThrownBy(() -> jdbc.update(
				"UPDATE calendario_cierre SET revocado_en = now(), revocado_por = 'otro', motivo_revocacion = 'x' WHERE id = ?",
				id))
			.as("una segunda revocación")
			.rootCause()
			.hasMessageContaining("solo admite su revocación");
	}

	@Test
	void elEstadoAnuladoExigeLaAnulacionCompletaYAlReves() {
		String numero = radicar("Anulación a medias", "11115555");
		assertThatThrownBy(() -> jdbc.update("UPDATE radicado SET estado = 'ANULADO' WHERE numero = ?", numero))
			.rootCause()
			.hasMessageContaining("radicado_anulacion_completa");
		assertThatThrownBy(() -> jdbc
			.update("UPDATE radicado SET anulado_en = now(), anulado_por = 'admin', anulacion_justificacion = 'x',"
					+ " anulacion_acta = 'A-1' WHERE numero = ?", numero))
			.as("datos de anulación en un radicado vigente")
			.rootCause()
			.hasMessageContaining("radicado_anulacion_completa");
		assertThat(jdbc.queryForObject("SELECT estado FROM radicado WHERE numero = ?", String.class, numero))
			.isEqualTo("VIGENTE");
	}

}
