package co.pqrsd.server.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import co.pqrsd.core.plan.InformeSeguimiento;
import co.pqrsd.core.plan.SemaforoPlan;
import co.pqrsd.server.comun.PdfSimple;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Renders Control Interno's follow-up report of a cut in the usual format, ready for the
 * web site: entity, vigencia, cut, publication date, and per component and activity the
 * programmed and fulfilled activities, % de avance and observations (domain-rules.md
 * §6.4). Percentages are truncated to one decimal like the semáforo shows them.
 */
final class InformesPlan {

	static final String[] COLUMNAS = { "Componente", "Código", "Actividad", "Responsable", "Meta",
			"Programado al corte", "Verificado", "% de avance", "Semáforo", "Atrasada",
			"Observaciones de Control Interno" };

	private InformesPlan() {
	}

	static byte[] xlsx(InformeSeguimiento i) {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
			Sheet hoja = libro.createSheet("Seguimiento " + i.corte().numero());
			CellStyle negrita = libro.createCellStyle();
			Font f = libro.createFont();
			f.setBold(true);
			negrita.setFont(f);
			int r = 0;
			r = campo(hoja, r, "Entidad", i.entidad(), negrita);
			r = campo(hoja, r, "Vigencia", String.valueOf(i.vigencia()), negrita);
			r = campo(hoja, r, "Corte", i.corte().nombre(), negrita);
			r = campo(hoja, r, "Fecha de publicación", i.fechaPublicacion() == null ? "Borrador (sin publicar)"
					: ServicioPlan.escribir(i.fechaPublicacion()), negrita);
			r = campo(hoja, r, "Límite de publicación", ServicioPlan.escribir(i.corte().limitePublicacion()), negrita);
			r = campo(hoja, r, "Versión del plan", String.valueOf(i.version()), negrita);
			r = campo(hoja, r, "Avance del plan", porcentaje(i.porcentaje()), negrita);
			r++;
			Row resumen = hoja.createRow(r++);
			String[] cabResumen = { "Componente", "Actividades programadas", "Actividades cumplidas", "% de avance",
					"Semáforo" };
			for (int c = 0; c < cabResumen.length; c++) {
				celda(resumen, c, cabResumen[c]).setCellStyle(negrita);
			}
			for (InformeSeguimiento.Componente c : i.componentes()) {
				Row fila = hoja.createRow(r++);
				celda(fila, 0, c.nombre());
				fila.createCell(1).setCellValue(c.programadas());
				fila.createCell(2).setCellValue(c.cumplidas());
				numero(fila, 3, c.porcentaje());
				celda(fila, 4, semaforo(c.semaforo()));
			}
			r++;
			Row cab = hoja.createRow(r++);
			for (int c = 0; c < COLUMNAS.length; c++) {
				celda(cab, c, COLUMNAS[c]).setCellStyle(negrita);
			}
			for (InformeSeguimiento.Componente c : i.componentes()) {
				for (InformeSeguimiento.Fila a : c.actividades()) {
					Row fila = hoja.createRow(r++);
					celda(fila, 0, c.nombre());
					celda(fila, 1, a.codigo());
					celda(fila, 2, a.actividad());
					celda(fila, 3, a.responsable());
					celda(fila, 4, a.meta().toString());
					fila.createCell(5).setCellValue(a.programado().doubleValue());
					fila.createCell(6).setCellValue(a.verificado().doubleValue());
					numero(fila, 7, a.porcentaje());
					celda(fila, 8, a.porcentaje() == null ? "No exigible" : semaforo(SemaforoPlan.de(a.porcentaje())));
					celda(fila, 9, a.atrasada() ? "Sí" : "No");
					celda(fila, 10, a.observaciones());
				}
			}
			for (int c = 0; c < COLUMNAS.length; c++) {
				hoja.setColumnWidth(c, c == 2 || c == 10 ? 60 * 256 : 18 * 256);
			}
			libro.write(salida);
			return salida.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] pdf(InformeSeguimiento i) {
		try (PdfSimple pdf = new PdfSimple("Seguimiento al plan anticorrupción " + i.vigencia())) {
			pdf.titulo("Seguimiento al plan anticorrupción y de atención al ciudadano");
			pdf.campo("Entidad", i.entidad());
			pdf.campo("Vigencia", String.valueOf(i.vigencia()));
			pdf.campo("Corte", i.corte().nombre());
			pdf.campo("Fecha de publicación", i.fechaPublicacion() == null ? "Borrador (sin publicar)"
					: ServicioPlan.escribir(i.fechaPublicacion()));
			pdf.campo("Versión del plan", String.valueOf(i.version()));
			pdf.campo("Avance del plan", porcentaje(i.porcentaje()) + " " + semaforo(i.semaforo()));
			for (InformeSeguimiento.Componente c : i.componentes()) {
				pdf.espacio();
				pdf.subtitulo(c.nombre());
				pdf.parrafo("Actividades programadas: " + c.programadas() + ". Actividades cumplidas: " + c.cumplidas()
						+ ". Avance: " + porcentaje(c.porcentaje()) + " " + semaforo(c.semaforo()) + ".");
				for (InformeSeguimiento.Fila a : c.actividades()) {
					pdf.parrafo(a.codigo() + " " + a.actividad() + " — Responsable: " + a.responsable() + ". Meta: "
							+ a.meta() + ". Avance: " + porcentaje(a.porcentaje()) + (a.atrasada() ? " (atrasada)" : "")
							+ (a.observaciones().isBlank() ? "" : ". Observaciones: " + a.observaciones()));
				}
			}
			return pdf.bytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String porcentaje(@Nullable BigDecimal p) {
		return p == null ? "No exigible" : SemaforoPlan.mostrar(p);
	}

	static String semaforo(@Nullable SemaforoPlan s) {
		return s == null ? "" : switch (s) {
			case ROJO -> "Rojo";
			case AMARILLO -> "Amarillo";
			case VERDE -> "Verde";
		};
	}

	private static int campo(Sheet hoja, int r, String etiqueta, String valor, CellStyle negrita) {
		Row fila = hoja.createRow(r);
		celda(fila, 0, etiqueta).setCellStyle(negrita);
		celda(fila, 1, valor);
		return r + 1;
	}

	private static Cell celda(Row fila, int c, String valor) {
		Cell celda = fila.createCell(c);
		celda.setCellValue(valor);
		return celda;
	}

	/** The percentage as a number truncated to one decimal, empty when not exigible. */
	private static void numero(Row fila, int c, @Nullable BigDecimal p) {
		Cell celda = fila.createCell(c);
		if (p != null) {
			celda.setCellValue(p.setScale(1, RoundingMode.DOWN).doubleValue());
		}
	}

}
