package co.pqrsd.server.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.junit.jupiter.api.Test;

@PruebaIntegracion
class BusquedaRadicadosTest extends PruebaVentanilla {

	private java.util.List<String> numeros(String consulta) {
		var r = ventanilla.get("/api/v1/radicados?tamano=200&" + consulta);
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(200);
		return r.json().get("radicados").findValuesAsString("numero");
	}

	private static String q(String texto) {
		return "q=" + URLEncoder.encode(texto, StandardCharsets.UTF_8);
	}

	@Test
	void encuentraPorParteDelNumeroPorElNumeroCompletoYPorParteDelNombre() {
		var r = ventanilla.post("/api/v1/radicados",
				Ventanilla.entrada("Búsqueda sin palabras en común", "200", "81818181"));
		assertThat(r.estado()).as(r.cuerpo()).isEqualTo(201);
		String numero = r.json().get("numero").asString();
		String consecutivo = numero.substring(7, 13);

		assertThat(numeros(q(numero))).as("número completo en la caja de texto").containsExactly(numero);
		assertThat(numeros(q(consecutivo))).as("parte del número en la caja de texto").contains(numero);
		assertThat(numeros("numero=" + consecutivo)).as("parte del número en su filtro").contains(numero);
		assertThat(numeros(q("José Pér"))).as("parte del nombre del remitente").contains(numero);
		assertThat(numeros(q("jose perez gom"))).as("sin tildes ni mayúsculas").contains(numero);
		assertThat(numeros(q("palabras común"))).as("el texto completo sigue funcionando").contains(numero);
		assertThat(numeros("numero=" + URLEncoder.encode("%", StandardCharsets.UTF_8))).as("un comodín es literal")
			.isEmpty();
	}

	@Test
	void rechazaUnFiltroDeBusquedaDemasiadoLargo() {
		var r = ventanilla.get("/api/v1/radicados?" + q("a".repeat(301)));
		assertThat(r.estado()).isEqualTo(400);
		assertThat(r.json().get("code").asString()).isEqualTo("TEXTO_DEMASIADO_LARGO");
		assertThat(r.json().get("parametros").get("campo").asString()).isEqualTo("q");
	}

}
