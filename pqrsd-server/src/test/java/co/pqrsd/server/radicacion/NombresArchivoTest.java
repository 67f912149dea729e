package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.ClienteApi.Parte;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;

/** File names that disguise their type are refused before anything is received. */
@PruebaIntegracion
class NombresArchivoTest extends PruebaVentanilla {

	@Test
	void unNombreDeArchivoConControlesODireccionDeTextoSeRechaza() throws Exception {
		for (String nombre : List.of("factura\u202Efdp.exe", "carta\u2066.pdf", "oficio\u200F.pdf", "nota\u0007.pdf",
				"nota\u0085.pdf")) {
			var r = ventanilla.multipart("/api/v1/radicados",
					Parte.json("radicado", Ventanilla.entrada("Nombre engañoso", "200", "74747474")),
					Parte.archivo("principal", nombre, "application/pdf", Ventanilla.pdf("hola")));
			assertThat(r.estado()).as(nombre + ": " + r.cuerpo()).isEqualTo(400);
			assertThat(r.json().get("code").asString()).isEqualTo("NOMBRE_ARCHIVO_INVALIDO");
		}
		var bien = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Nombre con tildes", "200", "74747474")),
				Parte.archivo("principal", "Petición año 2026 (copia).pdf", "application/pdf", Ventanilla.pdf("hola")));
		assertThat(bien.estado()).as(bien.cuerpo()).isEqualTo(201);
		assertThat(bien.json().get("documentos").get(0).get("nombre").asString())
			.isEqualTo("Petición año 2026 (copia).pdf");
	}

	@Test
	void unDocumentoAgregadoConNombreEnganosoTambienSeRechaza() {
		var r = ventanilla.multipart("/api/v1/radicados",
				Parte.json("radicado", Ventanilla.entrada("Radicado para agregar", "200", "75757575")),
				Parte.archivo("principal", "carta.pdf", "application/pdf", Ventanilla.pdf("hola")));
		String numero = r.json().get("numero").asString();
		var d = ventanilla.multipart("/api/v1/radicados/" + numero + "/documentos",
				Parte.archivo("archivo", "foto\u202Egnp.exe", "image/png", Ventanilla.pdf("hola")));
		assertThat(d.estado()).as(d.cuerpo()).isEqualTo(400);
		assertThat(d.json().get("code").asString()).isEqualTo("NOMBRE_ARCHIVO_INVALIDO");
		assertThat(ventanilla.get("/api/v1/radicados/" + numero).json().get("documentos")).hasSize(1);
	}

}
