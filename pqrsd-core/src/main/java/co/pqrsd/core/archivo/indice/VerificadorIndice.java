package co.pqrsd.core.archivo.indice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.IndiceElectronico;
import co.pqrsd.core.archivo.indice.Discrepancia.Tipo;
import org.jspecify.annotations.Nullable;

/**
 * Compares an índice with what is really stored (R-EXP-4: "recompute each file's hash and
 * compare with the index") and with its sealed and signed hashes.
 */
public final class VerificadorIndice {

	private VerificadorIndice() {
	}

	/**
	 * @param entradas the índice entries, in order
	 * @param contenidos for each entry (same order), the key of its content in the store
	 * @param calculadas for each content key, the hash of the stored bytes now, or
	 * {@code null} when the file is missing
	 * @param sellada the hash sealed at cierre, {@code null} while open
	 * @return every mismatch of the files and of the index itself
	 */
	public static List<Discrepancia> archivos(String expediente, List<EntradaIndice> entradas, List<String> contenidos,
			Map<String, @Nullable String> calculadas, @Nullable String sellada) {
		List<Discrepancia> d = new ArrayList<>();
		for (int i = 0; i < entradas.size(); i++) {
			EntradaIndice e = entradas.get(i);
			String real = calculadas.get(contenidos.get(i));
			if (real == null) {
				d.add(new Discrepancia(Tipo.ARCHIVO_AUSENTE, e.orden(), e.sha256(), null));
			}
			else if (!real.equals(e.sha256())) {
				d.add(new Discrepancia(Tipo.HUELLA_ARCHIVO, e.orden(), e.sha256(), real));
			}
		}
		String huella = IndiceElectronico.huella(expediente, entradas);
		// R-EXP-4: on closing, the index is sealed with its final hash.
		if (sellada != null && !sellada.equals(huella)) {
			d.add(new Discrepancia(Tipo.HUELLA_INDICE, null, sellada, huella));
		}
		return d;
	}

}
