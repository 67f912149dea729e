package co.pqrsd.server.informes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.informes.CasoRegistrado;
import co.pqrsd.core.informes.InformeAcceso;
import co.pqrsd.core.informes.InformePqrsd;
import co.pqrsd.core.pqrsd.Canal;
import co.pqrsd.core.pqrsd.Etiqueta;
import co.pqrsd.server.comun.PdfSimple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The reports as files: XLSX (POI), PDF (PDFBox through {@link PdfSimple}), the open data
 * as CSV (commons-csv) and JSON rows, and the bar charts of the screens as SVG.
 */
final class ExportacionInformes {

	/** The open-data columns, in order (docs/datos-abiertos.md). */
	static final List<String> COLUMNAS_ABIERTAS = List.of("radicado", "etiqueta", "modalidad", "canal", "dependencia",
			"fecha_radicacion", "vencimiento", "fecha_respuesta", "estado", "situacion", "dias_habiles_respuesta",
			"oportuna", "trasladada", "fecha_traslado", "prorrogada", "anonima");

	private ExportacionInformes() {
	}

	/**
	 * One open-data row: no personal data (Ley 1581 de 2012; Decreto 1081 de 2015, art.
	 * 2.1.1.4.1.2).
	 */
	static Map<String, @Nullable Object> filaAbierta(CasoRegistrado c) {
		Map<String, @Nullable Object> f = new LinkedHashMap<>();
		f.put("radicado", c.radicado());
		f.put("etiqueta", c.etiqueta().name());
		f.put("modalidad", c.modalidad());
		f.put("canal", c.canal().name());
		f.put("dependencia", c.dependencia());
		f.put("fecha_radicacion", c.fechaRecibido().toString());
		f.put("vencimiento", c.vencimiento() == null ? null : c.vencimiento().toString());
		f.put("fecha_respuesta", c.fechaRespuesta() == null ? null : c.fechaRespuesta().toString());
		f.put("estado", c.estado().name());
		f.put("situacion", c.situacion().name());
		f.put("dias_habiles_respuesta", c.situacion().respondida() ? c.diasHabiles() : null);
		f.put("oportuna", c.oportuna());
		f.put("trasladada", c.trasladada());
		f.put("fecha_traslado", c.fechaTraslado() == null ? null : c.fechaTraslado().toString());
		f.put("prorrogada", c.prorrogada());
		f.put("anonima", c.anonimo());
		return f;
	}

	static byte[] csv(List<CasoRegistrado> casos) {
		ByteArrayOutputStream salida = new ByteArrayOutputStream();
		CSVFormat formato = CSVFormat.DEFAULT.builder()
			.setHeader(COLUMNAS_ABIERTAS.toArray(String[]::new))
			.setRecordSeparator("\r\n")
			.get();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(salida, StandardCharsets.UTF_8), formato)) {
			for (CasoRegistrado c : casos) {
				List<@Nullable Object> valores = new ArrayList<>(filaAbierta(c).values());
				csv.printRecord(valores.stream().map(v -> v == null ? "" : v).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return salida.toByteArray();
	}

	static String nombreEtiqueta(String codigo) {
		try {
			return Etiqueta.valueOf(codigo).nombre();
		}
		catch (IllegalArgumentException e) {
			return codigo;
		}
	}

	static String nombreCanal(String codigo) {
		try {
			return Canal.valueOf(codigo).nombre();
		}
		catch (IllegalArgumentException e) {
			return codigo;
		}
	}

	static String decimal(@Nullable BigDecimal d) {
		return d == null ? "—" : d.toPlainString().replace('.', ',');
	}

	static String entero(@Nullable Integer d) {
		return d == null ? "—" : d.toString();
	}

	private static List<String[]> cifras(InformePqrsd i) {
		List<String[]> f = new ArrayList<>();
		f.add(new String[] { "PQRSD recibidas", Long.toString(i.total()) });
		f.add(new String[] { "Respondidas a tiempo", Long.toString(i.respondidasATiempo()) });
		f.add(new String[] { "Respondidas fuera de término", Long.toString(i.respondidasTarde()) });
		f.add(new String[] { "Pendientes en término", Long.toString(i.pendientes()) });
		f.add(new String[] { "Pendientes vencidas", Long.toString(i.pendientesVencidas()) });
		f.add(new String[] { "Trasladadas por competencia", Long.toString(i.trasladadas()) });
		f.add(new String[] { "Desistidas", Long.toString(i.desistidas()) });
		f.add(new String[] { "Prórrogas", Long.toString(i.prorrogas()) });
		f.add(new String[] { "Denuncias de corrupción", Long.toString(i.denunciasCorrupcion()) });
		f.add(new String[] { "Denuncias de corrupción trasladadas",
				Long.toString(i.denunciasCorrupcionTrasladadas()) });
		f.add(new String[] { "% respondidas a tiempo", decimal(i.porcentajeATiempo()) });
		f.add(new String[] { "Promedio de días hábiles para responder", decimal(i.promedioDiasRespuesta()) });
		f.add(new String[] { "Máximo de días hábiles para responder", entero(i.maximoDiasRespuesta()) });
		return f;
	}

	private static Map<String, Map<String, Long>> desgloses(InformePqrsd i) {
		Map<String, Long> etiquetas = new LinkedHashMap<>();
		i.porEtiqueta().forEach((k, v) -> etiquetas.put(nombreEtiqueta(k), v));
		Map<String, Long> canales = new LinkedHashMap<>();
		i.porCanal().forEach((k, v) -> canales.put(nombreCanal(k), v));
		Map<String, Map<String, Long>> d = new LinkedHashMap<>();
		d.put("Por tipo (etiqueta)", etiquetas);
		d.put("Por modalidad legal", i.porModalidad());
		d.put("Por canal de recepción", canales);
		d.put("Por dependencia", i.porDependencia());
		return d;
	}

	static byte[] xlsx(InformePqrsd i) {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
			CellStyle negrita = negrita(libro);
			Sheet hoja = libro.createSheet("Informe PQRSD");
			int r = 0;
			r = fila(hoja, r, negrita, "Informe de PQRSD (Ley 1474 de 2011, art. 76)");
			r = fila(hoja, r, null, "Periodo", i.periodo().texto());
			r = fila(hoja, r, null, "Corte", i.corte().toString());
			r++;
			for (String[] c : cifras(i)) {
				r = fila(hoja, r, null, c);
			}
			for (var d : desgloses(i).entrySet()) {
				r++;
				r = fila(hoja, r, negrita, d.getKey(), "Cantidad");
				for (var e : d.getValue().entrySet()) {
					Row f = hoja.createRow(r++);
					f.createCell(0).setCellValue(e.getKey());
					f.createCell(1).setCellValue(e.getValue());
				}
			}
			hoja.autoSizeColumn(0);
			libro.write(salida);
			return salida.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] pdf(InformePqrsd i) {
		PdfSimple pdf = new PdfSimple("Informe de PQRSD " + i.periodo().texto());
		pdf.titulo("Informe de PQRSD");
		pdf.parrafo("Ley 1474 de 2011, art. 76; Ley 190 de 1995, art. 54.");
		pdf.campo("Periodo", i.periodo().texto());
		pdf.campo("Corte", i.corte().toString());
		pdf.espacio();
		for (String[] c : cifras(i)) {
			pdf.campo(c[0], c[1]);
		}
		for (var d : desgloses(i).entrySet()) {
			pdf.espacio();
			pdf.subtitulo(d.getKey());
			for (var e : d.getValue().entrySet()) {
				pdf.campo(e.getKey(), e.getValue().toString());
			}
		}
		return pdf.bytes();
	}

	static final String[] COLUMNAS_ACCESO = { "Radicado", "Recibida", "Situación", "Vencimiento", "Respuesta",
			"Días hábiles", "Trasladada", "Negada", "Negada parcialmente" };

	private static String[] filaAcceso(InformeAcceso.Solicitud s) {
		return new String[] { s.radicado(), s.recibida().toString(), s.situacion().nombre(),
				s.vencimiento() == null ? "" : s.vencimiento().toString(),
				s.fechaRespuesta() == null ? "" : s.fechaRespuesta().toString(),
				s.diasHabiles() == null ? "" : s.diasHabiles().toString(), s.trasladada() ? "Sí" : "No",
				s.negada() ? "Sí" : "No", s.negadaParcial() ? "Sí" : "No" };
	}

	static byte[] xlsx(InformeAcceso i) {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
			CellStyle negrita = negrita(libro);
			Sheet hoja = libro.createSheet("Acceso a la información");
			int r = 0;
			r = fila(hoja, r, negrita,
					"Informe de solicitudes de acceso a la información (Decreto 1081 de 2015, art. 2.1.1.6.2)");
			r = fila(hoja, r, null, "Periodo", i.periodo().texto());
			r = fila(hoja, r, null, "Corte", i.corte().toString());
			r = fila(hoja, r, null, "Solicitudes recibidas", Long.toString(i.recibidas()));
			r = fila(hoja, r, null, "Trasladadas a otra institución", Long.toString(i.trasladadas()));
			r = fila(hoja, r, null, "Negadas", Long.toString(i.negadas()));
			r = fila(hoja, r, null, "Negadas parcialmente", Long.toString(i.negadasParcialmente()));
			r = fila(hoja, r, null, "Respondidas", Long.toString(i.respondidas()));
			r = fila(hoja, r, null, "Promedio de días hábiles para responder", decimal(i.promedioDiasRespuesta()));
			r++;
			r = fila(hoja, r, negrita, COLUMNAS_ACCESO);
			for (InformeAcceso.Solicitud s : i.solicitudes()) {
				r = fila(hoja, r, null, filaAcceso(s));
			}
			hoja.autoSizeColumn(0);
			libro.write(salida);
			return salida.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] pdf(InformeAcceso i) {
		PdfSimple pdf = new PdfSimple("Informe de acceso a la información " + i.periodo().texto());
		pdf.titulo("Informe de solicitudes de acceso a la información");
		pdf.parrafo("Ley 1712 de 2014, art. 11 lit. h; Decreto 1081 de 2015, art. 2.1.1.6.2.");
		pdf.campo("Periodo", i.periodo().texto());
		pdf.campo("Corte", i.corte().toString());
		pdf.campo("Solicitudes recibidas", Long.toString(i.recibidas()));
		pdf.campo("Trasladadas a otra institución", Long.toString(i.trasladadas()));
		pdf.campo("Negadas", Long.toString(i.negadas()));
		pdf.campo("Negadas parcialmente", Long.toString(i.negadasParcialmente()));
		pdf.campo("Respondidas", Long.toString(i.respondidas()));
		pdf.campo("Promedio de días hábiles para responder", decimal(i.promedioDiasRespuesta()));
		pdf.espacio();
		pdf.subtitulo("Tiempo de respuesta de cada solicitud");
		for (InformeAcceso.Solicitud s : i.solicitudes()) {
			String[] f = filaAcceso(s);
			pdf.parrafo(f[0] + " — recibida " + f[1] + " — " + f[2]
					+ (f[5].isEmpty() ? "" : " — " + f[5] + " días hábiles") + (s.trasladada() ? " — trasladada" : "")
					+ (s.negada() ? " — negada" : "") + (s.negadaParcial() ? " — negada parcialmente" : ""));
		}
		return pdf.bytes();
	}

	/**
	 * A horizontal bar chart as inline SVG (no script, no external reference), with a
	 * title and a text equivalent for screen readers.
	 */
	static String barras(String titulo, Map<String, Long> valores) {
		long maximo = Math.max(1, valores.values().stream().mapToLong(Long::longValue).max().orElse(1));
		int alto = 24 * valores.size() + 10;
		StringBuilder s = new StringBuilder();
		s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"520\" height=\"")
			.append(alto)
			.append("\" viewBox=\"0 0 520 ")
			.append(alto)
			.append("\"><title>")
			.append(escapar(titulo))
			.append("</title>");
		int y = 5;
		for (var e : valores.entrySet()) {
			long ancho = Math.round(280.0 * e.getValue() / maximo);
			s.append("<text x=\"0\" y=\"")
				.append(y + 15)
				.append("\" font-size=\"12\" fill=\"#1b1b1b\">")
				.append(escapar(recortar(e.getKey(), 28)))
				.append("</text><rect x=\"190\" y=\"")
				.append(y + 3)
				.append("\" width=\"")
				.append(ancho)
				.append("\" height=\"16\" fill=\"#1f5fa8\"/><text x=\"")
				.append(196 + ancho)
				.append("\" y=\"")
				.append(y + 15)
				.append("\" font-size=\"12\" fill=\"#1b1b1b\">")
				.append(e.getValue())
				.append("</text>");
			y += 24;
		}
		return s.append("</svg>").toString();
	}

	private static String recortar(String s, int n) {
		return s.length() > n ? s.substring(0, n - 1) + "…" : s;
	}

	static String escapar(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static CellStyle negrita(XSSFWorkbook libro) {
		CellStyle negrita = libro.createCellStyle();
		Font f = libro.createFont();
		f.setBold(true);
		negrita.setFont(f);
		return negrita;
	}

	private static int fila(Sheet hoja, int r, @Nullable CellStyle estilo, String... valores) {
		Row fila = hoja.createRow(r);
		for (int c = 0; c < valores.length; c++) {
			Cell celda = fila.createCell(c);
			celda.setCellValue(valores[c]);
			if (estilo != null) {
				celda.setCellStyle(estilo);
			}
		}
		return r + 1;
	}

}
