package co.pqrsd.core.archivo.trd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The AGN layout of a TRD: writing and reading back, and the rows it rejects. */
class FormatoAgnTest {

	static final FilaTrd PETICIONES = new FilaTrd("100", "20", "01", "DERECHOS DE PETICIÓN",
			"Peticiones de interés general", List.of("Solicitud", "Respuesta"), Soporte.HIBRIDO, 2, 3,
			new Disposicion(false, true, false, false), null, "Eliminar por carecer de valores secundarios.",
			FilaTrd.CIERRE);

	static final FilaTrd QUEJAS = new FilaTrd("100", "20", "02", "DERECHOS DE PETICIÓN", "Quejas",
			List.of("Queja", "Respuesta"), Soporte.ELECTRONICO, 2, 8, new Disposicion(false, false, true, true),
			"10 % de cada año, al azar", "Seleccionar. Muestreo: 10 % de cada año, al azar", FilaTrd.CIERRE);

	static final FilaTrd ACUERDOS = new FilaTrd("100", "02", null, "ACUERDOS", null, List.of("Acuerdo"), Soporte.FISICO,
			10, 10, new Disposicion(true, false, false, true), null,
			"Conservar y digitalizar. Inicio de la retención: PERDIDA_VIGENCIA", "PERDIDA_VIGENCIA");

	@Test
	void unaHojaEscritaSeLeeIgual() {
		List<FilaTrd> filas = List.of(ACUERDOS, PETICIONES, QUEJAS);
		FormatoAgn.Hoja hoja = FormatoAgn.hoja("Alcaldía", "TRD 2026", "100", "Despacho", filas);
		LecturaTrd leida = FormatoAgn.leerHoja(hoja.nombre(), sinCombinadas(hoja));
		assertThat(leida.rechazos()).isEmpty();
		assertThat(leida.filas()).containsExactlyElementsOf(filas);
		assertThat(hoja.combinadas()).isNotEmpty();
	}

	@Test
	void elCsvPlanoSeLeeIgual() {
		List<FilaTrd> filas = List.of(ACUERDOS, PETICIONES, QUEJAS);
		LecturaTrd leida = FormatoAgn.leerCsv("trd.csv", FormatoAgn.csv(filas));
		assertThat(leida.rechazos()).isEmpty();
		assertThat(leida.filas()).containsExactlyElementsOf(filas);
	}

	@Test
	void rechazaCadaFilaMalaConSuMotivo() {
		List<List<String>> h = new ArrayList<>(FormatoAgn.hoja("A", "v", "100", "Despacho", List.of(ACUERDOS)).filas());
		h.add(fila("100", "03", "", "CIRCULARES", "X", "", "dos", "1", "X", "", "", "", ""));
		h.add(fila("100", "04", "", "INFORMES", "X", "", "1", "1", "", "", "", "X", "Seleccionar"));
		h.add(fila("200", "05", "", "ACTAS", "X", "", "1", "1", "X", "", "", "", ""));
		LecturaTrd l = FormatoAgn.leerHoja("100 Despacho", h);
		assertThat(l.filas()).hasSize(1);
		assertThat(l.rechazos()).extracting(Rechazo::codigo).containsExactlyInAnyOrder("100.03", "100.04", "200.05");
		assertThat(l.rechazos().toString()).contains("número entero", "Muestreo", "no es el de la oficina");
	}

	@Test
	void soloSonLegalesLasCombinacionesDeLaNorma() {
		assertThat(new Disposicion(true, false, false, true).problema(null)).isEmpty();
		assertThat(new Disposicion(false, false, false, true).problema(null)).isPresent();
		assertThat(new Disposicion(true, true, false, false).problema(null)).isPresent();
		assertThat(new Disposicion(false, false, true, false).problema(" ")).isPresent();
		assertThat(new Disposicion(false, false, true, false).problema("5 %")).isEmpty();
	}

	@Test
	void unaSerieRepetidaConOtroNombreSeRechaza() {
		FilaTrd otra = new FilaTrd("200", "02", null, "ACTAS", null, List.of(), Soporte.FISICO, 1, 1,
				new Disposicion(true, false, false, false), null, "", FilaTrd.CIERRE);
		LecturaTrd l = FormatoAgn.leerCsv("x.csv", FormatoAgn.csv(List.of(ACUERDOS, otra, ACUERDOS)));
		LecturaTrd v = ValidadorTrd.validar(l, d -> !d.equals("999"));
		assertThat(v.filas()).containsExactly(ACUERDOS);
		assertThat(v.rechazos()).extracting(Rechazo::motivo)
			.anySatisfy(m -> assertThat(m).contains("ya se llama"))
			.anySatisfy(m -> assertThat(m).contains("repetido"));
	}

	private static List<String> fila(String... c) {
		return new ArrayList<>(List.of(c));
	}

	/** As POI reads a merged region: only its top-left cell has text. */
	static List<List<String>> sinCombinadas(FormatoAgn.Hoja hoja) {
		return hoja.filas();
	}

}
