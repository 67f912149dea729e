package co.pqrsd.server.archivo.indice;

import java.util.List;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.expedientes.IndiceElectronico;
import co.pqrsd.server.archivo.indice.Expedientes.EntradaArchivada;

/**
 * An expediente with its índice as stored: what is exported, signed and verified. Its
 * hash is the canonical one sealed at cierre ({@link IndiceElectronico#huella}).
 */
public record IndiceExpediente(ExpedienteArchivado expediente, List<EntradaArchivada> archivadas) {

	public IndiceExpediente {
		archivadas = List.copyOf(archivadas);
	}

	public List<EntradaIndice> entradas() {
		return archivadas.stream().map(EntradaArchivada::entrada).toList();
	}

	public List<String> contenidos() {
		return archivadas.stream().map(EntradaArchivada::contenido).toList();
	}

	public String huella() {
		return IndiceElectronico.huella(expediente.numero(), entradas());
	}

	public int totalPaginas() {
		return archivadas.isEmpty() ? 0 : archivadas.get(archivadas.size() - 1).entrada().paginaFin();
	}

	public long totalBytes() {
		return archivadas.stream().mapToLong(a -> a.entrada().tamano()).sum();
	}

}
