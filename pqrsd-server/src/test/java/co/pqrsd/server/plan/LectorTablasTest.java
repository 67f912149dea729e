package co.pqrsd.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.comun.ErrorDominio;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading the municipalities' tables, without the server. */
class LectorTablasTest {

	@Test
	void unaHojaConCeldasCombinadasFormulaFechaYPorcentajeSeLeeSinEvaluarFormulas() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
			Sheet hoja = libro.createSheet("Plan");
			Row a = hoja.createRow(0);
			a.createCell(0).setCellValue("Componente 1. Gestión del riesgo");
			a.createCell(3).setCellValue("Primera");
			Cell formula = a.createCell(5);
			// A formula whose cached value is what Excel showed; it is never recomputed.
			formula.setCellFormula("1+1");
			formula.setCellValue(7);
			Cell fecha = a.createCell(6);
			CellStyle estiloFecha = libro.createCellStyle();
			estiloFecha.setDataFormat(libro.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			fecha.setCellValue(LocalDate.of(2024, 6, 30));
			fecha.setCellStyle(estiloFecha);
			Row b = hoja.createRow(1);
			b.createCell(3).setCellValue("Segunda");
			Cell porcentaje = b.createCell(5);
			CellStyle estiloPorcentaje = libro.createCellStyle();
			estiloPorcentaje.setDataFormat(libro.getCreationHelper().createDataFormat().getFormat("0%"));
			porcentaje.setCellValue(0.9);
			porcentaje.setCellStyle(estiloPorcentaje);
			hoja.addMergedRegion(new CellRangeAddress(0, 2, 0, 0));
			hoja.createRow(2).createCell(3).setCellValue("Tercera");
			libro.write(salida);
			xlsx = salida.toByteArray();
		}
		List<List<String>> filas = LectorTablas.leer("plan.XLSX", xlsx);
		assertThat(filas).hasSize(3);
		assertThat(filas).allSatisfy(f -> assertThat(f.get(0)).isEqualTo("Componente 1. Gestión del riesgo"));
		assertThat(filas.get(0).get(5)).isEqualTo("7");
		assertThat(filas.get(0).get(6)).isEqualTo("30 de junio de 2024");
		assertThat(filas.get(1).get(5)).isEqualTo("90%");
	}

	@Test
	void unCsvConComasYWindows1252SeLeeConSusComillasYSaltos() {
		String texto = "# comentario\nComponente,Actividades,Meta\n\"Atención, ciudadano\",\"Dos\nlíneas\",1\n";
		List<List<String>> filas = LectorTablas.leer("plan.csv", texto.getBytes(Charset.forName("windows-1252")));
		assertThat(filas).containsExactly(List.of("Componente", "Actividades", "Meta"),
				List.of("Atención, ciudadano", "Dos\nlíneas", "1"));
		assertThat(LectorTablas.separador("a;b;c\n1,5;2;3\n")).isEqualTo(';');
		assertThat(LectorTablas.leer("p.csv", "\uFEFFa;b\n".getBytes(StandardCharsets.UTF_8)))
			.containsExactly(List.of("a", "b"));
	}

	@Test
	void losLimitesSeRespetan() {
		StringBuilder muchas = new StringBuilder();
		for (int i = 0; i <= LectorTablas.FILAS_MAXIMAS; i++) {
			muchas.append("a;b\n");
		}
		assertThatThrownBy(() -> LectorTablas.leer("p.csv", muchas.toString().getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ErrorDominio.class, e -> assertThat(e.codigo()).isEqualTo("DEMASIADAS_FILAS"));
		assertThatThrownBy(() -> LectorTablas.leer("p.csv", new byte[LectorTablas.TAMANO_MAXIMO + 1]))
			.isInstanceOfSatisfying(ErrorDominio.class,
					e -> assertThat(e.codigo()).isEqualTo("ARCHIVO_PLAN_DEMASIADO_GRANDE"));
		assertThatThrownBy(() -> LectorTablas.leer("p.csv", new byte[0])).isInstanceOfSatisfying(ErrorDominio.class,
				e -> assertThat(e.codigo()).isEqualTo("ARCHIVO_PLAN_VACIO"));
	}

}
