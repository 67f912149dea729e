package co.pqrsd.server.archivo.trd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pqrsd.core.archivo.trd.FormatoAgn;
import co.pqrsd.core.archivo.trd.LecturaTrd;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.comun.DemasiadoGrande;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes TRD files in the AGN layout ({@link FormatoAgn}): XLSX with one sheet
 * per oficina productora (POI) and a flat CSV (commons-csv). Bounded like radicación's
 * parsing: file size, sheets, rows, columns and zip expansion are limited, and formulas
 * are never evaluated.
 */
final class TablasTrd {

	/** Largest file accepted. */
	static final int TAMANO_MAXIMO = 10 * 1024 * 1024;

	static final int FILAS_MAXIMAS = 20_000;

	static final int HOJAS_MAXIMAS = 200;

	private static final int COLUMNAS = FormatoAgn.COLUMNAS + 2;

	static {
		// A zip bomb is refused before it is expanded.
		ZipSecureFile.setMinInflateRatio(0.005);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private TablasTrd() {
	}

	/**
	 * @throws ErrorDominio {@code ARCHIVO_TRD_VACIO},
	 * {@code ARCHIVO_TRD_DEMASIADO_GRANDE}, {@code FORMATO_TRD_NO_ADMITIDO},
	 * {@code ARCHIVO_TRD_ILEGIBLE}
	 */
	static LecturaTrd leer(String nombre, byte[] contenido) {
		if (contenido.length == 0) {
			throw new ErrorDominio("ARCHIVO_TRD_VACIO", "El archivo de la TRD está vacío.");
		}
		if (contenido.length > TAMANO_MAXIMO) {
			throw demasiadoGrande();
		}
		String n = nombre.toLowerCase(Locale.ROOT);
		if (n.endsWith(".xlsx")) {
			return xlsx(contenido);
		}
		if (n.endsWith(".csv") || n.endsWith(".txt")) {
			return FormatoAgn.leerCsv(nombre, csv(contenido));
		}
		throw new ErrorDominio("FORMATO_TRD_NO_ADMITIDO",
				"La TRD se importa desde una hoja de cálculo .xlsx (formato AGN) o un archivo .csv.",
				Map.of("archivo", nombre));
	}

	private static LecturaTrd xlsx(byte[] contenido) {
		try (InputStream in = new ByteArrayInputStream(contenido); Workbook libro = new XSSFWorkbook(in)) {
			if (libro.getNumberOfSheets() > HOJAS_MAXIMAS) {
				throw demasiadas();
			}
			DataFormatter formato = new DataFormatter(Locale.forLanguageTag("es-CO"));
			formato.setUseCachedValuesForFormulaCells(true);
			LecturaTrd total = LecturaTrd.vacia();
			int filasLeidas = 0;
			for (int h = 0; h < libro.getNumberOfSheets(); h++) {
				Sheet hoja = libro.getSheetAt(h);
				filasLeidas += hoja.getLastRowNum() + 1;
				if (filasLeidas > FILAS_MAXIMAS) {
					throw demasiadas();
				}
				List<List<String>> filas = new ArrayList<>();
				for (int r = 0; r <= hoja.getLastRowNum(); r++) {
					Row fila = hoja.getRow(r);
					List<String> celdas = new ArrayList<>();
					if (fila != null) {
						int ultima = Math.min(fila.getLastCellNum(), COLUMNAS);
						for (int c = 0; c < ultima; c++) {
							Cell celda = fila.getCell(c);
							celdas.add(celda == null ? "" : formato.formatCellValue(celda));
						}
					}
					filas.add(celdas);
				}
				// Merged regions: only the top-left cell counts (POI may keep text in the
				// others when a file was merged by hand).
				for (CellRangeAddress region : hoja.getMergedRegions()) {
					for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), filas.size() - 1); r++) {
						List<String> fila = filas.get(r);
						for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(),
								fila.size() - 1); c++) {
							if (r != region.getFirstRow() || c != region.getFirstColumn()) {
								fila.set(c, "");
							}
						}
					}
				}
				if (filas.stream().allMatch(f -> f.stream().allMatch(String::isBlank))) {
					continue;
				}
				total = total.mas(FormatoAgn.leerHoja(hoja.getSheetName(), filas));
			}
			return total;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof ErrorDominio d) {
				throw d;
			}
			throw new ErrorDominio("ARCHIVO_TRD_ILEGIBLE",
					"No se pudo leer la hoja de cálculo: no es un archivo .xlsx válido o excede los límites de seguridad.");
		}
	}

	private static List<List<String>> csv(byte[] contenido) {
		String texto = decodificar(contenido);
		if (texto.startsWith("\uFEFF")) {
			texto = texto.substring(1);
		}
		char separador = texto.lines()
			.findFirst()
			.map(l -> l.chars().filter(c -> c == ';').count() >= 3 ? ';' : ',')
			.orElse(',');
		List<List<String>> filas = new ArrayList<>();
		try (CSVParser lector = CSVParser.parse(new StringReader(texto),
				CSVFormat.DEFAULT.builder().setDelimiter(separador).get())) {
			for (CSVRecord registro : lector) {
				if (filas.size() >= FILAS_MAXIMAS) {
					throw demasiadas();
				}
				List<String> celdas = new ArrayList<>();
				for (int i = 0; i < Math.min(registro.size(), COLUMNAS + 2); i++) {
					celdas.add(registro.get(i));
				}
				filas.add(celdas);
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new ErrorDominio("ARCHIVO_TRD_ILEGIBLE",
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
	 * @return the workbook of the sheets, with their merged regions.
	 */
	static byte[] xlsx(List<FormatoAgn.Hoja> hojas) {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle normal = libro.createCellStyle();
			normal.setWrapText(true);
			normal.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle negrita = libro.createCellStyle();
			Font f = libro.createFont();
			f.setBold(true);
			negrita.setFont(f);
			negrita.setWrapText(true);
			java.util.Set<String> nombres = new java.util.HashSet<>();
			for (FormatoAgn.Hoja h : hojas) {
				String nombre = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(h.nombre());
				nombre = nombre.length() > 28 ? nombre.substring(0, 28) : nombre;
				String unico = nombre;
				for (int i = 2; !nombres.add(unico.toLowerCase(Locale.ROOT)); i++) {
					unico = nombre + " " + i;
				}
				Sheet hoja = libro.createSheet(unico);
				for (int r = 0; r < h.filas().size(); r++) {
					Row fila = hoja.createRow(r);
					List<String> celdas = h.filas().get(r);
					boolean cabecera = r < 6;
					for (int c = 0; c < celdas.size(); c++) {
						if (!celdas.get(c).isEmpty()) {
							Cell celda = fila.createCell(c);
							celda.setCellValue(celdas.get(c));
							celda.setCellStyle(cabecera ? negrita : normal);
						}
					}
				}
				for (FormatoAgn.Combinada m : h.combinadas()) {
					hoja.addMergedRegionUnsafe(
							new CellRangeAddress(m.filaDesde(), m.filaHasta(), m.columnaDesde(), m.columnaHasta()));
				}
				hoja.setColumnWidth(FormatoAgn.NOMBRE, 50 * 256);
				hoja.setColumnWidth(FormatoAgn.PROCEDIMIENTO, 60 * 256);
				// Column heads repeated on every printed page.
				hoja.setRepeatingRows(new CellRangeAddress(4, 5, -1, -1));
			}
			libro.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String csv(List<List<String>> filas) {
		StringWriter w = new StringWriter();
		try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			for (List<String> f : filas) {
				p.printRecord(f);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "\uFEFF" + w;
	}

	static ErrorDominio demasiadoGrande() {
		String codigo = "ARCHIVO_TRD_DEMASIADO_GRANDE";
		return new DemasiadoGrande(codigo, "El archivo de la TRD pasa de " + TAMANO_MAXIMO / (1024 * 1024) + " MB.",
				Map.of("maximo", TAMANO_MAXIMO));
	}

	private static ErrorDominio demasiadas() {
		return new ErrorDominio("ARCHIVO_TRD_DEMASIADAS_FILAS",
				"La TRD pasa de " + FILAS_MAXIMAS + " filas o " + HOJAS_MAXIMAS + " hojas.",
				Map.of("maximo", FILAS_MAXIMAS));
	}

}
