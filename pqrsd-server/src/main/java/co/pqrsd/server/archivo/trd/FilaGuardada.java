package co.pqrsd.server.archivo.trd;

import co.pqrsd.core.archivo.trd.FilaTrd;

/** A stored TRD row: its id, version, position and content. */
public record FilaGuardada(long id, long versionId, int orden, FilaTrd fila) {
}
