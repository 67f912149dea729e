package co.pqrsd.core.pqrsd;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the clerk (or the citizen's web form) files to open a case on an ENTRADA radicado.
 * The peticionario's data stay with the radicado's remitente; the domain only needs to
 * know whether the filing is anonymous.
 *
 * @param radicado the ENTRADA radicado number
 * @param etiqueta the label (statistics)
 * @param modalidad the legal modality, a code of the terms catalogue (GENERAL,
 * DOCUMENTOS, CONSULTA, ENTRE_AUTORIDADES or one the entity defined); {@code null} only
 * for a FELICITACION
 * @param canal how it arrived
 * @param anonimo whether the peticionario did not identify himself
 * @param prioridades the priority flags, possibly empty
 * @param pruebaPrioridad the summary proof of the fundamental right and the risk,
 * required with ATENCION_PRIORITARIA (Ley 1755 de 2015, art. 20)
 * @param denunciaCorrupcion whether it denounces acts of corruption (reserved)
 * @param recibido the real reception instant (CPACA art. 15 par. 1)
 * @param dependencia the responsible dependencia's code
 */
public record SolicitudPqrsd(String radicado, Etiqueta etiqueta, @Nullable String modalidad, Canal canal,
		boolean anonimo, Set<Prioridad> prioridades, @Nullable String pruebaPrioridad, boolean denunciaCorrupcion,
		OffsetDateTime recibido, String dependencia) {

	public SolicitudPqrsd {
		prioridades = Set.copyOf(prioridades);
	}

}
