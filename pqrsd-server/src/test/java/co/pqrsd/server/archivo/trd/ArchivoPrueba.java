package co.pqrsd.server.archivo.trd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the archive's tests share: the dependencias 810-813 (813 a subsección of 812), the
 * users {@code arqarchivista} (ARCHIVISTA), {@code arqjefe} (jefe of 811),
 * {@code arqfunc} (funcionario of 812), {@code arqcontrol} (Control Interno), and a
 * real-shaped TRD in the AGN layout, built here with POI as a municipality's archivist
 * would lay it out.
 */
public final class ArchivoPrueba {

	public static final String CLAVE = "ArchivoCentral2026";

	public static final String[] OFICINAS = { "810", "811", "812", "813" };

	private ArchivoPrueba() {
	}

	public static void preparar(int puerto) {
		ClienteApi admin = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN);
		if (admin.get("/api/v1/usuarios/arqarchivista").estado() == 200) {
			return;
		}
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "810", "nombre", "Despacho del Alcalde")));
		admin.post("/api/v1/dependencias", ClienteApi.json(Map.of("codigo", "811", "nombre", "Secretaría General")));
		admin.post("/api/v1/dependencias",
				ClienteApi.json(Map.of("codigo", "812", "nombre", "Secretaría de Hacienda")));
		admin.post("/api/v1/dependencias",
				ClienteApi.json(Map.of("codigo", "813", "nombre", "Tesorería", "padre", "812")));
		usuario(admin, "arqarchivista", List.of("FUNCIONARIO", "ARCHIVISTA"), "810");
		usuario(admin, "arqjefe", List.of("FUNCIONARIO", "JEFE_DEPENDENCIA"), "811");
		usuario(admin, "arqfunc", List.of("FUNCIONARIO"), "812");
		usuario(admin, "arqcontrol", List.of("CONTROL_INTERNO"), "810");
		usuario(admin, "arqradicador", List.of("RADICADOR"), "810");
	}

	private static void usuario(ClienteApi admin, String username, List<String> roles, String dependencia) {
		var r = admin.post("/api/v1/usuarios", ClienteApi.json(Map.of("username", username, "nombre", username, "email",
				username + "@x.co", "password", CLAVE, "roles", roles, "dependencias", List.of(dependencia))));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
	}

	/** A real PDF of {@code paginas} pages. */
	public static byte[] pdf(int paginas, String texto) {
		try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < paginas; i++) {
				org.apache.pdfbox.pdmodel.PDPage p = new org.apache.pdfbox.pdmodel.PDPage();
				doc.addPage(p);
				try (var c = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, p)) {
					c.beginText();
					c.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
							org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
					c.newLineAtOffset(72, 700);
					c.showText(texto + " " + (i + 1));
					c.endText();
				}
			}
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static ClienteApi como(int puerto, String usuario) {
		return ClienteApi.como(puerto, usuario, CLAVE);
	}

	/**
	 * @return the id of the TRD in force, the sample one: put in force the first time.
	 */
	public static long trdVigente(int puerto) {
		preparar(puerto);
		ClienteApi a = como(puerto, "arqarchivista");
		var v = a.get("/api/v1/trd/vigente");
		if (v.estado() == 200 && v.json().get("nombre").asString().startsWith("TRD de prueba")) {
			return v.json().get("id").asLong();
		}
		long id = a.post("/api/v1/trd/versiones", "{\"nombre\":\"TRD de prueba\"}").json().get("id").asLong();
		var i = a.multipart("/api/v1/trd/versiones/" + id + "/importacion",
				ClienteApi.Parte.archivo("archivo", "trd.xlsx", "application/octet-stream", xlsx(-1)));
		assertThat(i.estado()).as(i.cuerpo()).isEqualTo(200);
		a.put("/api/v1/trd/versiones/" + id, ClienteApi.json(Map.of("nombre", "TRD de prueba", "actoAprobacion",
				"Acta 3 del Comité Institucional de Gestión y Desempeño", "fechaAprobacion", "2026-01-15")));
		String desde = v.estado() == 200
				? java.time.LocalDate.parse(v.json().get("vigenteDesde").asString()).plusDays(1).toString()
				: "2026-02-01";
		var p = a.post("/api/v1/trd/versiones/" + id + "/vigencia", "{\"vigenteDesde\":\"" + desde + "\"}");
		assertThat(p.estado()).as(p.cuerpo()).isEqualTo(200);
		return id;
	}

	/** Disposition marks per kind: CT, E, S, CT+MD, E+MD, S+MD. */
	private static final String[][] DISPOSICIONES = { { "X", "", "", "" }, { "", "X", "", "" }, { "", "", "", "X" },
			{ "X", "", "X", "" }, { "", "X", "X", "" }, { "", "", "X", "X" } };

	/**
	 * A TRD of 4 oficinas productoras, 33 rows each (132): series with and without
	 * subseries, tipos documentales under each, every disposition kind, code and value
	 * cells merged over the tipos, the column heads repeated every page and a footer of
	 * conventions and signatures.
	 * @param malaEn the row (0-based over the whole file) whose AG reads «cinco», or -1
	 */
	public static byte[] xlsx(int malaEn) {
		try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			int n = 0;
			for (String oficina : OFICINAS) {
				Sheet h = libro.createSheet(oficina + " " + (oficina.equals("813") ? "Tesoreria" : "Oficina"));
				List<String[]> filas = new ArrayList<>();
				List<int[]> merges = new ArrayList<>();
				filas.add(new String[] { "FORMATO TABLA DE RETENCIÓN DOCUMENTAL" });
				filas.add(new String[] { "ENTIDAD PRODUCTORA:", "", "", "Alcaldía Municipal de Prueba" });
				filas.add(new String[] { "UNIDAD ADMINISTRATIVA:", "", "", "Administración central" });
				filas.add(new String[] { "OFICINA PRODUCTORA:", "", "", "Oficina " + oficina, "", "", "", "", "CÓDIGO:",
						oficina });
				encabezado(filas, merges);
				for (int s = 1; s <= 22; s++) {
					if (filas.size() % 40 < 3) {
						encabezado(filas, merges);
					}
					String serie = String.format("%02d", s);
					String nombreSerie = "SERIE " + serie;
					if (s % 2 == 0) {
						// A serie with two subseries.
						filas.add(new String[] { oficina, serie, "", nombreSerie });
						for (int sb = 1; sb <= 2; sb++) {
							filas.add(valores(oficina, serie, String.format("%02d", sb), "Subserie " + serie + "." + sb,
									s + sb, n++ == malaEn));
							agregarTipos(filas, merges, 2);
						}
					}
					else {
						filas.add(valores(oficina, serie, "", nombreSerie, s, n++ == malaEn));
						agregarTipos(filas, merges, 3);
						n++;
					}
				}
				filas.add(new String[] {});
				filas.add(new String[] {
						"CONVENCIONES: CT Conservación total, E Eliminación, M/D Digitalización, S Selección" });
				filas.add(new String[] { "Firma: Secretario General" });
				for (int r = 0; r < filas.size(); r++) {
					Row fila = h.createRow(r);
					String[] c = filas.get(r);
					for (int k = 0; k < c.length; k++) {
						if (!c[k].isEmpty()) {
							fila.createCell(k).setCellValue(c[k]);
						}
					}
				}
				for (int[] m : merges) {
					h.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
				}
			}
			libro.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void encabezado(List<String[]> filas, List<int[]> merges) {
		int a = filas.size();
		filas.add(new String[] { "CÓDIGO", "", "", "SERIES, SUBSERIES Y TIPOS DOCUMENTALES", "SOPORTE", "",
				"RETENCIÓN (AÑOS)", "", "DISPOSICIÓN FINAL", "", "", "", "PROCEDIMIENTO" });
		filas.add(new String[] { "D", "S", "Sb", "", "F", "E", "AG", "AC", "CT", "E", "M/D", "S", "" });
		merges.add(new int[] { a, a, 0, 2 });
		merges.add(new int[] { a, a + 1, 3, 3 });
		merges.add(new int[] { a, a, 8, 11 });
	}

	private static String[] valores(String oficina, String serie, String subserie, String nombre, int k, boolean mala) {
		String[] d = DISPOSICIONES[k % DISPOSICIONES.length];
		String proc = d[3].equals("X")
				? "Seleccionar una muestra representativa. Muestreo: 10 % de los expedientes de cada año, al azar."
				: d[0].equals("X") ? "Conservar por su valor histórico. Inicio de la retención: PERDIDA_VIGENCIA"
						: "Eliminar por carecer de valores secundarios, con acta de eliminación.";
		return new String[] { oficina, serie, subserie, nombre, k % 3 == 0 ? "" : "X", k % 3 == 1 ? "" : "X",
				mala ? "cinco" : String.valueOf(1 + k % 4), String.valueOf(2 + k % 7), d[0], d[1], d[2], d[3], proc };
	}

	private static void agregarTipos(List<String[]> filas, List<int[]> merges, int n) {
		int unidad = filas.size() - 1;
		for (int t = 1; t <= n; t++) {
			filas.add(new String[] { "", "", "", "Tipo documental " + t });
		}
		for (int col : new int[] { 0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12 }) {
			merges.add(new int[] { unidad, unidad + n, col, col });
		}
	}

}
