package co.pqrsd.server.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.core.comun.ErrorDominio;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns an uploaded plan table (XLSX or CSV) into rows of cell texts for the core's
 * {@code ImportadorPlan}. Bounded: file size, row count and zip expansion are limited,
 * and formulas are never evaluated (their cached value is read). Cells merged down are
 * filled down, so every row of a merged component reads its text.
 */
final class LectorTablas {

	/** Largest file accepted. */
	static final int TAMANO_MAXIMO = 5 * 1024 * 1024;

	/** Most rows read from a table. */
	static final int FILAS_MAXIMAS = 5000;

	private static final int COLUMNAS_MAXIMAS = 30;

	private static final String[] MESES = { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
			"septiembre", "octubre", "noviembre", "diciembre" };

	static {
		// A zip bomb is refused before it is expanded.
		ZipSecureFile.setMinInflateRatio(0.005);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
	}

	private LectorTablas() {
	}

	/**
	 * @param nombre the file name, whose extension says the format
	 * @throws ErrorDominio {@code ARCHIVO_PLAN_VACIO},
	 * {@code ARCHIVO_PLAN_DEMASIADO_GRANDE}, {@code FORMATO_PLAN_NO_ADMITIDO},
	 * {@code ARCHIVO_PLAN_ILEGIBLE}, {@code DEMASIADAS_FILAS}
	 */
	static List<List<String>> leer(String nombre, byte[] contenido) {
		if (contenido.length == 0) {
			throw new ErrorDominio("ARCHIVO_PLAN_VACIO", "El archivo está vacío.");
		}
		if (contenido.length > TAMANO_MAXIMO) {
			throw demasiadoGrande();
		}
		String n = nombre.toLowerCase(Locale.ROOT);
		if (n.endsWith(".xlsx")) {
			return xlsx(contenido);
		}
		if (n.endsWith(".csv") || n.endsWith(".txt")) {
			return csv(contenido);
		}
		throw new ErrorDominio("FORMATO_PLAN_NO_ADMITIDO",
				"El plan se importa desde una hoja de cálculo .xlsx o un archivo .csv.", Map.of("archivo", nombre));
	}

	static List<List<String>> xlsx(byte[] contenido) {
		try (InputStream in = new ByteArrayInputStream(contenido); Workbook libro = new XSSFWorkbook(in)) {
			if (libro.getNumberOfSheets() == 0) {
				throw new ErrorDominio("ARCHIVO_PLAN_VACIO", "La hoja de cálculo no tiene hojas.");
			}
			Sheet hoja = libro.getSheetAt(0);
			if (hoja.getLastRowNum() >= FILAS_MAXIMAS) {
				throw demasiadas();
			}
			DataFormatter formato = new DataFormatter(new Locale("es", "CO"));
			// Formulas are never evaluated: the value Excel saved is read.
			formato.setUseCachedValuesForFormulaCells(true);
			List<List<String>> filas = new ArrayList<>();
			for (int r = 0; r <= hoja.getLastRowNum(); r++) {
				Row fila = hoja.getRow(r);
				List<String> celdas = new ArrayList<>();
				if (fila != null) {
					int ultima = Math.min(fila.getLastCellNum(), COLUMNAS_MAXIMAS);
					for (int c = 0; c < ultima; c++) {
						celdas.add(texto(fila.getCell(c), formato));
					}
				}
				filas.add(celdas);
			}
			// Merged cells: the top-left cell's text fills the region's first column
			// down.
			for (CellRangeAddress region : hoja.getMergedRegions()) {
				int c = region.getFirstColumn();
				if (c >= COLUMNAS_MAXIMAS || region.getFirstRow() >= filas.size()) {
					continue;
				}
				String valor = celda(filas.get(region.getFirstRow()), c);
				for (int r = region.getFirstRow() + 1; r <= Math.min(region.getLastRow(), filas.size() - 1); r++) {
					List<String> fila = filas.get(r);
					while (fila.size() <= c) {
						fila.add("");
					}
					if (fila.get(c).isEmpty()) {
						fila.set(c, valor);
					}
				}
			}
			return filas;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ErrorDominio d) {
				throw d;
			}
			throw new ErrorDominio("ARCHIVO_PLAN_ILEGIBLE",
					"No se pudo leer la hoja de cálculo: no es un archivo .xlsx válido o excede los límites de seguridad.");
		}
	}

	private static String celda(List<String> fila, int c) {
		return c < fila.size() ? fila.get(c) : "";
	}

	private static String texto(Cell celda, DataFormatter formato) {
		if (celda == null) {
			return "";
		}
		CellType tipo = celda.getCellType() == CellType.FORMULA ? celda.getCachedFormulaResultType()
				: celda.getCellType();
		if (tipo == CellType.NUMERIC && DateUtil.isCellDateFormatted(celda)) {
			LocalDate d = celda.getLocalDateTimeCellValue().toLocalDate();
			return d.getDayOfMonth() + " de " + MESES[d.getMonthValue() - 1] + " de " + d.getYear();
		}
		if (tipo == CellType.NUMERIC && celda.getCellStyle().getDataFormatString().contains("%")) {
			// 0.9 formatted as a percentage is the meta "90%".
			return new java.math.BigDecimal(celda.getNumericCellValue()).multiply(java.math.BigDecimal.valueOf(100))
				.round(java.math.MathContext.DECIMAL32)
				.stripTrailingZeros()
				.toPlainString() + "%";
		}
		return formato.formatCellValue(celda);
	}

	static List<List<String>> csv(byte[] contenido) {
		String texto = decodificar(contenido);
		if (texto.startsWith("\uFEFF")) {
			texto = texto.substring(1);
		}
		CSVFormat formato = CSVFormat.DEFAULT.builder()
			.setDelimiter(separador(texto))
			.setCommentMarker('#')
			.setIgnoreEmptyLines(false)
			.get();
		List<List<String>> filas = new ArrayList<>();
		try (CSVParser lector = CSVParser.parse(new StringReader(texto), formato)) {
			for (CSVRecord registro : lector) {
				if (filas.size() >= FILAS_MAXIMAS) {
					throw demasiadas();
				}
				List<String> celdas = new ArrayList<>();
				for (int i = 0; i < Math.min(registro.size(), COLUMNAS_MAXIMAS); i++) {
					celdas.add(registro.get(i));
				}
				filas.add(celdas);
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new ErrorDominio("ARCHIVO_PLAN_ILEGIBLE",
					"No se pudo leer el archivo CSV: revise las comillas (una celda abierta con \" debe cerrarse).");
		}
		return filas;
	}

	/** UTF-8, or Windows-1252 as Excel in Spanish saves CSV. */
	private static String decodificar(byte[] contenido) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(contenido))
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(contenido, Charset.forName("windows-1252"));
		}
	}

	/**
	 * ';' (Excel in Spanish) or ',': the one that appears more, outside quotes, in the
	 * first lines.
	 */
	static char separador(String texto) {
		int puntoYComa = 0;
		int coma = 0;
		boolean comillas = false;
		int lineas = 0;
		boolean comentario = false;
		boolean inicio = true;
		for (int i = 0; i < texto.length() && lineas < 20; i++) {
			char c = texto.charAt(i);
			if (inicio && c == '#') {
				comentario = true;
			}
			inicio = false;
			if (c == '"') {
				comillas = !comillas;
			}
			else if (!comillas && c == '\n') {
				lineas++;
				comentario = false;
				inicio = true;
			}
			else if (!comillas && !comentario && c == ';') {
				puntoYComa++;
			}
			else if (!comillas && !comentario && c == ',') {
				coma++;
			}
		}
		return puntoYComa > coma ? ';' : ',';
	}

	static ErrorDominio demasiadoGrande() {
		String codigo = "ARCHIVO_PLAN_DEMASIADO_GRANDE";
		return new co.pqrsd.server.comun.DemasiadoGrande(codigo,
				"El archivo del plan pasa de " + TAMANO_MAXIMO / (1024 * 1024) + " MB.",
				Map.of("maximo", TAMANO_MAXIMO));
	}

	private static ErrorDominio demasiadas() {
		return new ErrorDominio("DEMASIADAS_FILAS", "La tabla del plan pasa de " + FILAS_MAXIMAS + " filas.",
				Map.of("maximo", FILAS_MAXIMAS));
	}

}
