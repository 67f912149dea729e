package co.pqrsd.server.documentos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.infraestructura.PqrsdProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlmacenDocumentosTest {

	@TempDir
	Path datos;

	@Test
	void guardaPorHashUnaSolaVezYRechazaLoQueExcedeElMaximo() throws Exception {
		AlmacenDocumentos almacen = new AlmacenDocumentos(
				new PqrsdProperties(datos, new PqrsdProperties.Db(null, null, null, 0, false)));
		byte[] contenido = "oficio".getBytes();
		var a = almacen.recibir(new ByteArrayInputStream(contenido), 100, "a.txt");
		almacen.guardar(a);
		var b = almacen.recibir(new ByteArrayInputStream(contenido), 100, "b.txt");
		almacen.guardar(b);
		assertThat(a.sha256()).isEqualTo(b.sha256());
		try (var archivos = Files.walk(datos.resolve("documentos"))) {
			assertThat(archivos.filter(p -> p.getFileName().toString().equals(a.sha256())).count()).isEqualTo(1);
		}
		assertThat(almacen.verificar(a.sha256())).isTrue();
		assertThatThrownBy(() -> almacen.recibir(new ByteArrayInputStream(new byte[101]), 100, "grande.pdf"))
			.isInstanceOfSatisfying(ErrorDominio.class,
					e -> assertThat(e.codigo()).isEqualTo("DOCUMENTO_DEMASIADO_GRANDE"));
	}

}
