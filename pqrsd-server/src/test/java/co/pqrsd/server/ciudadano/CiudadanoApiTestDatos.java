package co.pqrsd.server.ciudadano;

import java.io.IOException;

/** Test data shared with the browser test. */
public final class CiudadanoApiTestDatos {

	private CiudadanoApiTestDatos() {
	}

	/** A small valid PDF. */
	public static byte[] pdf() throws IOException {
		return CiudadanoApiTest.pdf();
	}

}
