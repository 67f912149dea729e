package co.pqrsd.server.archivo.transferencias;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import co.pqrsd.core.comun.Colombia;
import co.pqrsd.server.archivo.indice.TablaPdf;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The Formato Único de Inventario Documental (AGN Acuerdo 042 de 2002; domain-rules.md
 * §4.4) of a transfer as XLSX (POI) and PDF: header with entidad remitente and
 * productora, oficina productora, objeto and registro de entrada (N.T.); rows with número
 * de orden, código, nombre de la serie/subserie/asunto, fechas extremas, unidad de
 * conservación, folios, soporte, frecuencia de consulta and notas.
 */
final class Fuid {

	static final List<String> COLUMNAS = List.of("Número de orden", "Código",
			"Nombre de las series, subseries o asuntos", "Fecha inicial", "Fecha final", "Unidad de conservación",
			"Número de folios", "Soporte", "Frecuencia de consulta", "Notas");

	private Fuid() {
	}

	static byte[] xlsx(Transferencia t) {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet hoja = libro.createSheet("FUID N.T. " + t.numero());
			Font negrita = libro.createFont();
			negrita.setBold(true);
			CellStyle titulo = libro.createCellStyle();
			titulo.setFont(negrita);
			titulo.setWrapText(true);
			int r = 0;
			Row fila = hoja.createRow(r++);
			fila.createCell(0).setCellValue("FORMATO ÚNICO DE INVENTARIO DOCUMENTAL");
			fila.getCell(0).setCellStyle(titulo);
			hoja.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNAS.size() - 1));
			for (String[] c : cabecera(t)) {
				Row f = hoja.createRow(r++);
				f.createCell(0).setCellValue(c[0]);
				f.getCell(0).setCellStyle(titulo);
				f.createCell(2).setCellValue(c[1]);
				hoja.addMergedRegion(new CellRangeAddress(f.getRowNum(), f.getRowNum(), 0, 1));
			}
			r++;
			Row enc = hoja.createRow(r++);
			for (int i = 0; i < COLUMNAS.size(); i++) {
				enc.createCell(i).setCellValue(COLUMNAS.get(i));
				enc.getCell(i).setCellStyle(titulo);
			}
			for (Transferencia.Item i : t.items()) {
				Row f = hoja.createRow(r++);
				List<String> celdas = celdas(i);
				for (int c = 0; c < celdas.size(); c++) {
					if (c == 0 || c == 6) {
						f.createCell(c).setCellValue(Integer.parseInt(celdas.get(c)));
					}
					else {
						f.createCell(c).setCellValue(celdas.get(c));
					}
				}
			}
			r++;
			for (String p : pie(t)) {
				hoja.createRow(r++).createCell(0).setCellValue(p);
			}
			int[] anchos = { 10, 14, 50, 12, 12, 18, 10, 12, 14, 30 };
			for (int i = 0; i < anchos.length; i++) {
				hoja.setColumnWidth(i, anchos[i] * 256);
			}
			libro.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] pdf(Transferencia t) {
		TablaPdf pdf = new TablaPdf("Formato Único de Inventario Documental — N.T. " + t.numero());
		for (String[] c : cabecera(t)) {
			pdf.campo(c[0], c[1]);
		}
		float[] pesos = { 5, 8, 26, 7, 7, 10, 5, 7, 8, 17 };
		for (int i = 0; i < COLUMNAS.size(); i++) {
			pdf.columna(COLUMNAS.get(i), pesos[i]);
		}
		t.items().forEach(i -> pdf.fila(celdas(i)));
		pie(t).forEach(pdf::pie);
		return pdf.bytes();
	}

	private static List<String[]> cabecera(Transferencia t) {
		LocalDate entrada = t.creadaEn().atZone(Colombia.ZONA).toLocalDate();
		return List.of(new String[] { "Entidad remitente", t.entidadRemitente() },
				new String[] { "Entidad productora", t.entidadProductora() },
				new String[] { "Unidad administrativa / Oficina productora", t.dependencia() },
				new String[] { "Objeto", t.objeto() },
				new String[] { "Registro de entrada (año-mes-día, N.T.)", entrada + ", N.T. " + t.numero() });
	}

	private static List<String> pie(Transferencia t) {
		return List.of("Elaborado y entregado por: " + t.creadaPor(), "Recibido por: "
				+ (t.resueltaPor() == null ? "(pendiente)" : t.resueltaPor() + " — " + t.estado().toLowerCase()));
	}

	private static List<String> celdas(Transferencia.Item i) {
		return List.of(String.valueOf(i.orden()), i.codigo(), i.nombre(), fecha(i.fechaInicial()),
				fecha(i.fechaFinal()), i.unidadConservacion(), String.valueOf(i.folios()), i.soporte(),
				i.frecuenciaConsulta(), i.notas() == null ? "" : i.notas());
	}

	/** "S.F." for an undated extreme (FUID guide). */
	private static String fecha(@Nullable LocalDate f) {
		return f == null ? "S.F." : f.toString();
	}

}
