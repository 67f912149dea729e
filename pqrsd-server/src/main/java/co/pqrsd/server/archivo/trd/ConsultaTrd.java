package co.pqrsd.server.archivo.trd;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the TRD for the rest of the archive module (expedientes, retention,
 * transfers, disposition): versions and rows, by id or by code in the version in force.
 */
@Service
public class ConsultaTrd {

	private final RepositorioTrd repositorio;

	ConsultaTrd(RepositorioTrd repositorio) {
		this.repositorio = repositorio;
	}

	/**
	 * @return the version in force, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<VersionTrd> vigente() {
		return repositorio.vigente();
	}

	@Transactional(readOnly = true)
	public Optional<VersionTrd> version(long id) {
		return repositorio.version(id, false);
	}

	@Transactional(readOnly = true)
	public List<VersionTrd> versiones() {
		return repositorio.versiones();
	}

	/**
	 * @return the row with that id, in whatever version.
	 */
	@Transactional(readOnly = true)
	public Optional<FilaGuardada> fila(long id) {
		return repositorio.fila(id);
	}

	@Transactional(readOnly = true)
	public List<FilaGuardada> filas(long version) {
		return repositorio.filas(version);
	}

	/**
	 * @return the rows of an oficina productora in a version.
	 */
	@Transactional(readOnly = true)
	public List<FilaGuardada> filasDe(long version, String dependencia) {
		return repositorio.filasDe(version, dependencia);
	}

	/**
	 * @return the row of the version in force for that dependencia, serie and subserie
	 * ({@code null} subserie: the serie's own row).
	 */
	@Transactional(readOnly = true)
	public Optional<FilaGuardada> filaVigente(String dependencia, String serie,
			@org.jspecify.annotations.Nullable String subserie) {
		return repositorio.vigente()
			.flatMap(v -> repositorio.filasDe(v.id(), dependencia)
				.stream()
				.filter(f -> f.fila().serieCodigo().equals(serie)
						&& java.util.Objects.equals(f.fila().subserieCodigo(), subserie))
				.findFirst());
	}

}
