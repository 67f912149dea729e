package co.pqrsd.server.auditoria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.server.ClienteApi;
import co.pqrsd.server.PruebaIntegracion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit CSV export, parsed back by a real CSV reader: no cell may start a formula in
 * a spreadsheet, whatever its first character (OWASP CSV injection: = + - @ TAB CR).
 */
@PruebaIntegracion
class CsvSeguroTest {

	@LocalServerPort
	int puerto;

	@Autowired
	Auditoria auditoria;

	@Autowired
	TransactionTemplate transaccion;

	@Test
	void ningunaCeldaDelCsvEmpiezaUnaFormulaNiConTabuladorNiConRetornoDeCarro() throws Exception {
		List<String> hostiles = List.of("\t=HYPERLINK(\"http://x\")", "\r=1+1", "\n=2+2", "=3", "+4", "-5", "@SUMA(1)",
				"\uFF1D6");
		for (String id : hostiles) {
			transaccion.executeWithoutResult(
					t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "CSVSEGURO", id, Map.of()));
		}
		transaccion.executeWithoutResult(t -> auditoria.registrar(AccionAuditoria.CONFIGURACION_MODIFICADA, "CSVSEGURO",
				"normal;con \"comillas\"", Map.of()));

		var csv = ClienteApi.como(puerto, ClienteApi.ADMIN, ClienteApi.CLAVE_ADMIN)
			.get("/api/v1/auditoria/exportacion.csv?objetoTipo=CSVSEGURO");
		assertThat(csv.estado()).isEqualTo(200);
		String texto = new String(csv.cruda().body(), StandardCharsets.UTF_8);
		assertThat(texto).startsWith("\uFEFF");
		List<String> ids = new ArrayList<>();
		try (CSVParser lector = CSVParser.parse(new StringReader(texto.substring(1)),
				CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord fila : lector) {
				ids.add(fila.get("Id del objeto"));
				for (String celda : fila) {
					assertThat(celda).as("celda %s", celda)
						.doesNotStartWith("=")
						.doesNotStartWith("+")
						.doesNotStartWith("-")
						.doesNotStartWith("@")
						.doesNotStartWith("\t")
						.doesNotStartWith("\r")
						.doesNotStartWith("\n")
						.doesNotStartWith("\uFF1D");
				}
			}
		}
		List<String> esperados = new ArrayList<>(hostiles.stream().map(h -> "'" + h).toList());
		esperados.add("normal;con \"comillas\"");
		assertThat(ids).containsExactlyInAnyOrderElementsOf(esperados);
	}

}
