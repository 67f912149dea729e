package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import co.pqrsd.core.radicacion.TipoRadicado;
import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import co.pqrsd.server.RelojAjustable;
import co.pqrsd.server.seguridad.Rol;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gapless, duplicate-free yearly numbering under concurrency, failure and year change
 * (AGN Acuerdo 060 de 2001, art. 5).
 */
@PruebaIntegracion
class NumeracionConcurrenteTest {

	@LocalServerPort
	int puerto;

	@Autowired
	Radicacion radicacion;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RelojAjustable reloj;

	@BeforeEach
	void preparar() {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		for (String dep : new String[] { "950", "960", "970" }) {
			admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", dep, "nombre", "Prueba " + dep)));
		}
	}

	@AfterEach
	void restablecer() {
		reloj.restablecer();
	}

	private static UsuarioAutenticado clerk(String dependencia) {
		return new UsuarioAutenticado("admin", "Ventanilla", EnumSet.of(Rol.RADICADOR, Rol.ADMIN), Set.of(dependencia),
				"", true, true);
	}

	private static SolicitudRadicacion solicitud(TipoRadicado tipo, String dependencia, String asunto) {
		SolicitudRadicacion.Parte parte = new SolicitudRadicacion.Parte(null, TipoPersona.NATURAL, null, null,
				"Ciudadano de prueba", null, null, null, null);
		return new SolicitudRadicacion(tipo, asunto, null, dependencia, null, Medio.PRESENCIAL, null,
				tipo == TipoRadicado.ENTRADA ? parte : null, tipo == TipoRadicado.ENTRADA ? null : parte, 1, 0, null,
				null, null);
	}

	private List<Long> consecutivos(String dependencia, TipoRadicado tipo) {
		return jdbc.queryForList(
				"SELECT consecutivo FROM radicado WHERE dependencia_radicadora = ? AND tipo = ? ORDER BY consecutivo",
				Long.class, dependencia, tipo.name());
	}

	@Test
	void treintaYDosRadicadoresConcurrentesDanExactamenteDeUnoASeisMilCuatrocientosPorTipo() throws Exception {
		ExecutorService hilos = Executors.newFixedThreadPool(32);
		List<Future<?>> tareas = new ArrayList<>();
		for (int h = 0; h < 32; h++) {
			int hilo = h;
			tareas.add(hilos.submit(() -> {
				for (int i = 0; i < 200; i++) {
					radicacion.radicar(solicitud(TipoRadicado.ENTRADA, "950", "Entrada " + hilo + "-" + i), List.of(),
							clerk("950"));
					radicacion.radicar(solicitud(TipoRadicado.SALIDA, "950", "Salida " + hilo + "-" + i), List.of(),
							clerk("950"));
				}
				return null;
			}));
		}
		for (Future<?> t : tareas) {
			t.get(10, TimeUnit.MINUTES);
		}
		hilos.shutdown();
		for (TipoRadicado tipo : List.of(TipoRadicado.ENTRADA, TipoRadicado.SALIDA)) {
			List<Long> numeros = consecutivos("950", tipo);
			assertThat(numeros).hasSize(6400);
			for (int i = 0; i < 6400; i++) {
				assertThat(numeros.get(i)).as("%s sin huecos ni duplicados", tipo).isEqualTo(i + 1L);
			}
		}
		assertThat(jdbc.queryForObject(
				"SELECT count(DISTINCT numero) FROM radicado WHERE dependencia_radicadora = '950'", Long.class))
			.isEqualTo(12800);
	}

	@Test
	void unRadicadoCuyaTransaccionFallaNoConsumeNumero() {
		Radicado primero = radicacion.radicar(solicitud(TipoRadicado.ENTRADA, "960", "Antes de la falla"), List.of(),
				clerk("960"));
		// The database refuses an asunto over 1000 characters only after the counter
		// advanced inside the transaction.
		assertThatThrownBy(() -> radicacion.radicar(solicitud(TipoRadicado.ENTRADA, "960", "x".repeat(1001)), List.of(),
				clerk("960")))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		Radicado segundo = radicacion.radicar(solicitud(TipoRadicado.ENTRADA, "960", "Después de la falla"), List.of(),
				clerk("960"));
		assertThat(segundo.consecutivo()).isEqualTo(primero.consecutivo() + 1);
	}

	@Test
	void fallasMezcladasConRadicacionesValidasEnElMismoLoteNoDejanHuecosNiAfectanALasDemas() throws Exception {
		ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "980", "nombre", "Lotes")));
		ExecutorService hilos = Executors.newFixedThreadPool(16);
		List<Future<Boolean>> tareas = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			boolean falla = i % 7 == 3;
			String asunto = falla ? "y".repeat(1001) : "Lote " + i;
			tareas.add(hilos.submit(() -> {
				try {
					radicacion.radicar(solicitud(TipoRadicado.ENTRADA, "980", asunto), List.of(), clerk("980"));
					return true;
				}
				catch (org.springframework.dao.DataAccessException e) {
					return false;
				}
			}));
		}
		int buenas = 0;
		for (Future<Boolean> t : tareas) {
			buenas += t.get(5, TimeUnit.MINUTES) ? 1 : 0;
		}
		hilos.shutdown();
		assertThat(buenas).isEqualTo(400 - 57);
		List<Long> numeros = consecutivos("980", TipoRadicado.ENTRADA);
		assertThat(numeros).hasSize(buenas);
		for (int i = 0; i < buenas; i++) {
			assertThat(numeros.get(i)).isEqualTo(i + 1L);
		}
	}

	@Test
	void alCambiarDeAnioEnColombiaLaNumeracionVuelveAUno() {
		reloj.fijar(Instant.parse("2031-12-31T20:00:00Z"));
		Radicado diciembre = radicacion.radicar(solicitud(TipoRadicado.INTERNA, "970", "Último del año"), List.of(),
				clerk("970"));
		reloj.fijar(Instant.parse("2032-01-01T04:59:59Z"));
		Radicado nocheVieja = radicacion
			.radicar(solicitud(TipoRadicado.INTERNA, "970", "Aún 31 de diciembre en Bogotá"), List.of(), clerk("970"));
		reloj.fijar(Instant.parse("2032-01-01T05:00:01Z"));
		Radicado enero = radicacion.radicar(solicitud(TipoRadicado.INTERNA, "970", "Primero del año"), List.of(),
				clerk("970"));
		assertThat(diciembre.numero()).isEqualTo("20319700000013");
		assertThat(nocheVieja.numero()).isEqualTo("20319700000023");
		assertThat(nocheVieja.anio()).isEqualTo(2031);
		assertThat(enero.numero()).isEqualTo("20329700000013");
		assertThat(enero.anio()).isEqualTo(2032);
		assertThat(enero.consecutivo()).isEqualTo(1);
		assertThat(enero.fechaRadicacion().toString()).isEqualTo("2032-01-01T00:00:01-05:00");
	}

}
