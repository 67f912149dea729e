package co.pqrsd.server.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Made the example data set {@code src/main/resources/ejemplos/paac-sesquile-2023.xlsx}
 * once from the core's hand transcription of the seed
 * ({@code pqrsd-core/src/test/resources/co/pqrsd/core/plan/paac-sesquile-2023.csv}): one
 * sheet row per table row, the header repeated on every page as in the seed, and the
 * "Componente" cell merged down each component's rows within a page, as municipalities'
 * spreadsheets do. Run it again with
 * {@code -Dtest=GeneradorEjemploSesquile -Dpqrsd.generar.ejemplos=true}.
 */
class GeneradorEjemploSesquile {

	static final Path CSV = Path.of("../pqrsd-core/src/test/resources/co/pqrsd/core/plan/paac-sesquile-2023.csv");

	static final Path XLSX = Path.of("src/main/resources/ejemplos/paac-sesquile-2023.xlsx");

	@Test
	@EnabledIfSystemProperty(named = "pqrsd.generar.ejemplos", matches = "true")
	void generar() throws IOException {
		List<List<String>> filas = LectorTablas.csv(Files.readAllBytes(CSV));
		try (XSSFWorkbook libro = new XSSFWorkbook(); OutputStream salida = Files.newOutputStream(XLSX)) {
			Sheet hoja = libro.createSheet("PAAC 2023");
			int inicio = -1;
			for (int r = 0; r < filas.size(); r++) {
				List<String> celdas = filas.get(r);
				Row fila = hoja.createRow(r);
				boolean vacia = celdas.stream().allMatch(String::isBlank);
				boolean encabezado = !celdas.isEmpty() && celdas.get(0).strip().startsWith("Componente")
						&& celdas.size() > 3 && celdas.get(3).strip().startsWith("Actividad");
				String componente = celdas.isEmpty() ? "" : celdas.get(0);
				if (vacia || encabezado || !componente.isBlank()) {
					fusionar(hoja, inicio, r - 1);
					inicio = vacia || encabezado ? -1 : r;
				}
				for (int c = 0; c < celdas.size(); c++) {
					if (!celdas.get(c).isEmpty()) {
						fila.createCell(c).setCellValue(celdas.get(c));
					}
				}
			}
			fusionar(hoja, inicio, filas.size() - 1);
			libro.write(salida);
		}
	}

	private static void fusionar(Sheet hoja, int desde, int hasta) {
		if (desde >= 0 && hasta > desde) {
			hoja.addMergedRegion(new CellRangeAddress(desde, hasta, 0, 0));
		}
	}

}
