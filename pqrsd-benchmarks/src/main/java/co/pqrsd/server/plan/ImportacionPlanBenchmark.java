package co.pqrsd.server.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pqrsd.core.plan.ImportadorPlan;
import co.pqrsd.core.plan.PlanAnticorrupcion;
import co.pqrsd.core.plan.Plantilla;
import co.pqrsd.core.plan.Plantillas;
import co.pqrsd.core.plan.ResultadoImportacion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10's target: importing a plan of 500 activities takes under 2 s. One invocation
 * reads a 500-activity XLSX (header repeated every 25 rows, the component merged down),
 * imports it with the core and builds the plan, as the server's import does before its
 * single insert of the activities (jsonb). Lives in the plan module's package to use its
 * reader. Run:
 * {@code java -cp "pqrsd-benchmarks/target/classes:$(cat pqrsd-benchmarks/target/classpath.txt)" org.openjdk.jmh.Main ImportacionPlanBenchmark}
 * after the build step of {@code scripts/benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-XX:ActiveProcessorCount=1" })
@Threads(1)
public class ImportacionPlanBenchmark {

	static final int ACTIVIDADES = 500;

	private static final String[] COMPONENTES = { "Componente 1. Gestión del riesgo de corrupción",
			"Componente 2. Racionalización de trámites", "Componente 3. Rendición de cuentas",
			"Componente 4. Atención al ciudadano", "Componente 5. Transparencia y acceso a la información",
			"Componente 6. Iniciativas adicionales" };

	private static final String[] FECHAS = { "30 de junio", "1 de julio - 31 de diciembre", "Permanente",
			"30 de abril, 31 de agosto y 31 de diciembre", "Mensual, cinco primeros días del mes siguiente" };

	private static final String[] ENCABEZADO = { "Componente", "Subcomponente / Estrategia", "Objetivo", "Actividades",
			"Indicador", "Meta", "Fecha de cumplimiento", "Responsable" };

	private final Plantilla plantilla = Plantillas.porCodigo("PAAC_V2");

	private byte[] xlsx;

	@Setup
	public void preparar() throws IOException {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
			Sheet hoja = libro.createSheet("Plan");
			int r = 0;
			int inicio = -1;
			for (int i = 0; i < ACTIVIDADES; i++) {
				int componente = i * COMPONENTES.length / ACTIVIDADES;
				boolean nuevoComponente = i == 0 || componente != (i - 1) * COMPONENTES.length / ACTIVIDADES;
				if (i % 25 == 0 || nuevoComponente) {
					if (inicio >= 0 && r - 1 > inicio) {
						hoja.addMergedRegion(new CellRangeAddress(inicio, r - 1, 0, 0));
					}
					inicio = -1;
				}
				if (i % 25 == 0) {
					fila(hoja.createRow(r++), ENCABEZADO);
				}
				if (inicio < 0) {
					inicio = r;
				}
				fila(hoja.createRow(r++),
						new String[] { r - 1 == inicio ? COMPONENTES[componente] : "", "Estrategia " + componente,
								"Objetivo " + componente, "Actividad número " + (i + 1),
								"Informes presentados " + (i + 1), i % 2 == 0 ? String.valueOf(1 + i % 4) : "100%",
								FECHAS[i % FECHAS.length], "Secretaría de Planeación" });
			}
			if (inicio >= 0 && r - 1 > inicio) {
				hoja.addMergedRegion(new CellRangeAddress(inicio, r - 1, 0, 0));
			}
			libro.write(salida);
			xlsx = salida.toByteArray();
		}
		ResultadoImportacion r = importar();
		if (r.actividades().size() != ACTIVIDADES) {
			throw new IllegalStateException("Se esperaban " + ACTIVIDADES + " actividades y se importaron "
					+ r.actividades().size() + ": " + r.notas().subList(0, Math.min(4, r.notas().size())));
		}
	}

	/** The generated 500-activity workbook (after {@link #preparar()}). */
	byte[] xlsx() {
		return xlsx.clone();
	}

	private static void fila(Row fila, String[] celdas) {
		for (int c = 0; c < celdas.length; c++) {
			if (!celdas[c].isEmpty()) {
				fila.createCell(c).setCellValue(celdas[c]);
			}
		}
	}

	private ResultadoImportacion importar() {
		List<List<String>> filas = LectorTablas.leer("plan.xlsx", xlsx);
		return new ImportadorPlan(plantilla, 2024).importar(filas);
	}

	@Benchmark
	public PlanAnticorrupcion importarQuinientasActividades() {
		ResultadoImportacion r = importar();
		List<RepositorioPlan.FilaActividad> filas = r.actividades()
			.stream()
			.map(RepositorioPlan.FilaActividad::de)
			.toList();
		return PlanAnticorrupcion.crear("Alcaldía", 2024, plantilla,
				filas.stream().map(f -> f.actividad(2024)).toList());
	}

}
