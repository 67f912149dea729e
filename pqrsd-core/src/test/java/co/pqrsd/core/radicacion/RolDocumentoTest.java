package co.pqrsd.core.radicacion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RolDocumentoTest {

	@Test
	void elMarcadoComoPrincipalEsElPrincipalYLosDemasAnexos() {
		assertThat(RolDocumento.alRadicar(List.of(false, true, false))).containsExactly(RolDocumento.ANEXO,
				RolDocumento.PRINCIPAL, RolDocumento.ANEXO);
	}

	@Test
	void sinMarcaElPrimeroEsElPrincipal() {
		assertThat(RolDocumento.alRadicar(List.of(false, false))).containsExactly(RolDocumento.PRINCIPAL,
				RolDocumento.ANEXO);
		assertThat(RolDocumento.alRadicar(List.of())).isEmpty();
	}

	@Test
	void unSegundoPrincipalAgregadoDespuesEsAnexo() {
		assertThat(RolDocumento.alAgregar(false, true)).isEqualTo(RolDocumento.ANEXO);
		assertThat(RolDocumento.alAgregar(false, false)).isEqualTo(RolDocumento.PRINCIPAL);
		assertThat(RolDocumento.alAgregar(true, false)).isEqualTo(RolDocumento.ANEXO);
	}

}
