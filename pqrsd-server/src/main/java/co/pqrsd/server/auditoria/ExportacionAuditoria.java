package co.pqrsd.server.auditoria;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.pqrsd.server.comun.Fechas;
import co.pqrsd.server.comun.PdfSimple;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports searches to CSV and XLSX and one object's history to PDF; every export is
 * recorded.
 */
@Service
class ExportacionAuditoria {

	/**
	 * An export is evidence for a case, not a backup: the cap keeps one request from
	 * exhausting the server.
	 */
	public static final int MAXIMO_FILAS = 100_000;

	private static final String[] COLUMNAS = { "Id", "Fecha y hora (Colombia)", "Usuario", "Roles", "Dependencias",
			"IP", "Navegador", "Acción", "Descripción", "Tipo de objeto", "Id del objeto", "Resultado", "Detalles",
			"Posición en la cadena", "Hash" };

	private final BusquedaAuditoria busqueda;

	private final Auditoria auditoria;

	private final JsonMapper json;

	ExportacionAuditoria(BusquedaAuditoria busqueda, Auditoria auditoria, JsonMapper json) {
		this.busqueda = busqueda;
		this.auditoria = auditoria;
		this.json = json;
	}

	/** CSV for spreadsheets in es-CO: UTF-8 with BOM, ';' separated. */
	@Transactional
	public void csv(FiltroAuditoria filtro, OutputStream salida) {
		try {
			Writer w = new OutputStreamWriter(salida, StandardCharsets.UTF_8);
			w.write('\uFEFF');
			w.write(String.join(";", COLUMNAS));
			w.write("\r\n");
			int[] filas = { 0 };
			busqueda.recorrer(filtro, MAXIMO_FILAS, e -> {
				try {
					List<String> valores = valores(e);
					for (int i = 0; i < valores.size(); i++) {
						if (i > 0) {
							w.write(';');
						}
						w.write(celdaCsv(valores.get(i)));
					}
					w.write("\r\n");
					filas[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			w.flush();
			registrar("CSV", filtro, filas[0]);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Transactional
	public void xlsx(FiltroAuditoria filtro, OutputStream salida) {
		try (SXSSFWorkbook libro = new SXSSFWorkbook(200)) {
			SXSSFSheet hoja = libro.createSheet("Auditoría");
			CellStyle negrita = libro.createCellStyle();
			Font fuente = libro.createFont();
			fuente.setBold(true);
			negrita.setFont(fuente);
			Row encabezado = hoja.createRow(0);
			for (int i = 0; i < COLUMNAS.length; i++) {
				Cell c = encabezado.createCell(i);
				c.setCellValue(COLUMNAS[i]);
				c.setCellStyle(negrita);
			}
			hoja.createFreezePane(0, 1);
			int[] fila = { 1 };
			busqueda.recorrer(filtro, MAXIMO_FILAS, e -> {
				Row r = hoja.createRow(fila[0]++);
				r.createCell(0).setCellValue(e.id());
				List<String> valores = valores(e);
				for (int i = 1; i < valores.size(); i++) {
					r.createCell(i).setCellValue(valores.get(i));
				}
			});
			libro.write(salida);
			registrar("XLSX", filtro, fila[0] - 1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One object's full history as a PDF, oldest first. */
	@Transactional
	public byte[] historialPdf(String objetoTipo, String objetoId, boolean conLecturasDeControl) {
		List<EntradaAuditoria> entradas = busqueda.historial(objetoTipo, objetoId, conLecturasDeControl);
		PdfSimple pdf = new PdfSimple("Historial " + objetoTipo + " " + objetoId);
		pdf.titulo("Historial de auditoría: " + objetoTipo + " " + objetoId);
		pdf.parrafo(entradas.size() + " entradas, de la más antigua a la más reciente. Hora de Colombia.");
		pdf.espacio();
		for (EntradaAuditoria e : entradas) {
			pdf.subtitulo(
					Fechas.deFechaHora(e.instante()) + " — " + e.accionDescripcion() + " (" + e.resultado() + ")");
			pdf.campo("Usuario", e.usuario() + " " + e.roles() + " desde " + e.ip());
			e.cambios().forEach((campo, par) -> pdf.campo("  " + campo, par.get("antes") + " → " + par.get("despues")));
			if (!e.detalles().isEmpty() && e.cambios().isEmpty()) {
				pdf.campo("Detalles", json.writeValueAsString(e.detalles()));
			}
			pdf.campo("Sello", e.posicion() == null ? "pendiente" : "posición " + e.posicion() + ", hash " + e.hash());
			pdf.espacio();
		}
		auditoria.registrar(AccionAuditoria.AUDITORIA_EXPORTADA, objetoTipo, objetoId,
				java.util.Map.of("formato", "PDF", "entradas", entradas.size()));
		return pdf.bytes();
	}

	private void registrar(String formato, FiltroAuditoria filtro, int filas) {
		var detalles = new java.util.LinkedHashMap<String, Object>(filtro.comoDetalles());
		detalles.put("formato", formato);
		detalles.put("filas", filas);
		auditoria.registrar(AccionAuditoria.AUDITORIA_EXPORTADA, "AUDITORIA", null, detalles);
	}

	private List<String> valores(EntradaAuditoria e) {
		return List.of(String.valueOf(e.id()), Fechas.deFechaHora(e.instante()), e.usuario(),
				String.join(",", e.roles()), String.join(",", e.dependencias()), nulo(e.ip()), nulo(e.agente()),
				e.accion(), e.accionDescripcion(), e.objetoTipo(), nulo(e.objetoId()), e.resultado(),
				json.writeValueAsString(e.detalles()), e.posicion() == null ? "" : String.valueOf(e.posicion()),
				nulo(e.hash()));
	}

	private static String nulo(String v) {
		return v == null ? "" : v;
	}

	/**
	 * Characters that make a spreadsheet read a cell as a formula when they come first: =
	 * + - @, TAB and CR/LF (which spreadsheets skip before the formula), and their
	 * full-width forms (OWASP "CSV Injection").
	 */
	private static final String INICIO_DE_FORMULA = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

	static String celdaCsv(String valor) {
		// A formula-starting cell is prefixed with ' so it stays text (CSV injection).
		String seguro = !valor.isEmpty() && INICIO_DE_FORMULA.indexOf(valor.charAt(0)) >= 0 ? "'" + valor : valor;
		if (seguro.contains(";") || seguro.contains("\"") || seguro.contains("\n") || seguro.contains("\r")) {
			return "\"" + seguro.replace("\"", "\"\"") + "\"";
		}
		return seguro;
	}

}
