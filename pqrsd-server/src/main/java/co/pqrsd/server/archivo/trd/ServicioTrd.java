package co.pqrsd.server.archivo.trd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.archivo.trd.FilaTrd;
import co.pqrsd.core.archivo.trd.FormatoAgn;
import co.pqrsd.core.archivo.trd.LecturaTrd;
import co.pqrsd.core.archivo.trd.Rechazo;
import co.pqrsd.core.archivo.trd.ValidadorTrd;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.comun.NoEncontrado;
import co.pqrsd.server.seguridad.Dependencia;
import co.pqrsd.server.seguridad.Dependencias;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TRD's use cases: drafts, all-or-nothing import with a report of every rejected row,
 * entry into force (superseding the previous version), export in the AGN layout and the
 * CCD tree. Every write locks the version's row and is audited in its transaction.
 */
@Service
class ServicioTrd {

	private final RepositorioTrd repositorio;

	private final Auditoria auditoria;

	private final Dependencias dependencias;

	private final Clock reloj;

	private final String entidad;

	ServicioTrd(RepositorioTrd repositorio, Auditoria auditoria, Dependencias dependencias, Clock reloj,
			@Value("${pqrsd.entidad.nombre:Alcaldía Municipal}") String entidad) {
		this.repositorio = repositorio;
		this.auditoria = auditoria;
		this.dependencias = dependencias;
		this.reloj = reloj;
		this.entidad = entidad;
	}

	String entidad() {
		return entidad;
	}

	@Transactional(readOnly = true)
	VersionTrd version(long id) {
		return repositorio.version(id, false).orElseThrow(() -> noExiste(id));
	}

	@Transactional
	VersionTrd crear(String nombre) {
		long id = repositorio.crear(nombre.strip(), usuario(), reloj.instant());
		auditoria.registrar(AccionAuditoria.TRD_CREADA, "trd", String.valueOf(id), Map.of("nombre", nombre));
		return version(id);
	}

	/** The approval data of a draft (Acuerdo 004 de 2019: acto, convalidación, RUSD). */
	@Transactional
	VersionTrd datos(long id, String nombre, @Nullable String acto, @Nullable LocalDate aprobacion,
			@Nullable LocalDate convalidacion, @Nullable String rusd) {
		VersionTrd v = bloquear(id);
		v.estado().exigirEditable(id);
		repositorio.datos(id, nombre.strip(), acto, aprobacion, convalidacion, rusd);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("nombre", nombre);
		d.put("acto", acto == null ? "" : acto);
		auditoria.registrar(AccionAuditoria.TRD_MODIFICADA, "trd", String.valueOf(id), d);
		return version(id);
	}

	/** Result of an accepted import. */
	record Importacion(VersionTrd version, int filas, int oficinas) {
	}

	/**
	 * Replaces a draft's rows with the file's, all or nothing.
	 * @throws ErrorDominio {@code TRD_RECHAZADA} listing every rejected row (hoja, fila,
	 * código, motivo) when any row is wrong; nothing is stored then
	 */
	@Transactional
	Importacion importar(long id, String archivo, byte[] contenido) {
		VersionTrd v = bloquear(id);
		v.estado().exigirEditable(id);
		LecturaTrd leida = TablasTrd.leer(archivo, contenido);
		java.util.Set<String> existentes = new java.util.HashSet<>();
		dependencias.listar().forEach(d -> existentes.add(d.codigo()));
		LecturaTrd validada = ValidadorTrd.validar(leida, existentes::contains);
		if (!validada.rechazos().isEmpty() || validada.filas().isEmpty()) {
			throw rechazada(archivo, validada);
		}
		repositorio.reemplazarFilas(id, validada.filas());
		int oficinas = FormatoAgn.porOficina(validada.filas()).size();
		auditoria.registrar(AccionAuditoria.TRD_IMPORTADA, "trd", String.valueOf(id),
				Map.of("archivo", archivo, "filas", validada.filas().size(), "oficinas", oficinas));
		return new Importacion(version(id), validada.filas().size(), oficinas);
	}

	static ErrorDominio rechazada(String archivo, LecturaTrd l) {
		List<Map<String, Object>> rechazos = new ArrayList<>();
		for (Rechazo r : l.rechazos()) {
			rechazos.add(Map.of("hoja", r.hoja(), "fila", r.fila(), "codigo", r.codigo(), "motivo", r.motivo()));
		}
		String mensaje = l.rechazos().isEmpty() ? "El archivo no trae ninguna fila de TRD." : "No se importó nada: "
				+ l.rechazos().size() + " fila(s) rechazada(s). Primera: " + l.rechazos().get(0) + ".";
		return new ErrorDominio("TRD_RECHAZADA", mensaje,
				Map.of("archivo", archivo, "rechazos", rechazos, "aceptables", l.filas().size()));
	}

	/**
	 * Puts an approved draft in force from {@code desde}; the version in force until then
	 * is superseded the day before (a version in force is never edited, only superseded).
	 * @throws ErrorDominio {@code TRD_SIN_APROBACION}, {@code TRD_SIN_FILAS},
	 * {@code TRD_FECHA_VIGENCIA}
	 */
	@Transactional
	VersionTrd ponerEnVigencia(long id, @Nullable LocalDate desde) {
		VersionTrd v = bloquear(id);
		v.estado().exigirPublicable(id);
		// Acuerdo 004 de 2019: the TRD is applied once approved by the entity's
		// committee.
		if (v.actoAprobacion() == null || v.actoAprobacion().isBlank() || v.fechaAprobacion() == null) {
			throw new ErrorDominio("TRD_SIN_APROBACION",
					"Antes de ponerla en vigencia, registre el acto y la fecha de aprobación de la TRD.");
		}
		if (v.filas() == 0) {
			throw new ErrorDominio("TRD_SIN_FILAS", "La TRD no tiene filas: impórtela primero.");
		}
		LocalDate inicio = desde != null ? desde : LocalDate.now(reloj.withZone(co.pqrsd.core.comun.Colombia.ZONA));
		var anterior = repositorio.vigente();
		if (anterior.isPresent()) {
			VersionTrd a = anterior.get();
			if (a.vigenteDesde() != null && !inicio.isAfter(a.vigenteDesde())) {
				throw new ErrorDominio("TRD_FECHA_VIGENCIA", "La nueva TRD debe entrar en vigencia después del "
						+ a.vigenteDesde() + ", cuando empezó la vigente.", Map.of("vigenteDesde", a.vigenteDesde()));
			}
			repositorio.reemplazar(a.id(), inicio.minusDays(1));
		}
		repositorio.ponerEnVigencia(id, inicio);
		auditoria.registrar(AccionAuditoria.TRD_VIGENTE, "trd", String.valueOf(id),
				Map.of("desde", inicio.toString(), "reemplaza", anterior.map(a -> a.id()).orElse(0L)));
		return version(id);
	}

	/**
	 * @return the version's rows as a workbook in the AGN layout, one sheet per oficina.
	 */
	@Transactional(readOnly = true)
	byte[] xlsx(long id) {
		VersionTrd v = version(id);
		List<FormatoAgn.Hoja> hojas = new ArrayList<>();
		FormatoAgn.porOficina(filas(id))
			.forEach((oficina, filas) -> hojas
				.add(FormatoAgn.hoja(entidad, v.nombre(), oficina, nombreDe(oficina), filas)));
		return TablasTrd.xlsx(hojas);
	}

	@Transactional(readOnly = true)
	String csv(long id) {
		version(id);
		return TablasTrd.csv(FormatoAgn.csv(filas(id)));
	}

	private List<FilaTrd> filas(long id) {
		return repositorio.filas(id).stream().map(FilaGuardada::fila).toList();
	}

	String nombreDe(String oficina) {
		return dependencias.buscar(oficina).map(Dependencia::nombre).orElse(oficina);
	}

	/** A node of the CCD: fondo, sección/subsección, serie or subserie. */
	record Nodo(String nivel, String codigo, String nombre, @Nullable Long fila, List<String> tipos, List<Nodo> hijos) {
	}

	/**
	 * The CCD of a version (R-TRD-12): fondo (the entity) → sección (dependencia; a
	 * dependencia with a parent is a subsección under it) → serie → subserie, with the
	 * tipos documentales of each row.
	 */
	@Transactional(readOnly = true)
	Nodo ccd(long id) {
		version(id);
		Map<String, Dependencia> todas = new LinkedHashMap<>();
		dependencias.listar().forEach(d -> todas.put(d.codigo(), d));
		Map<String, List<FilaGuardada>> porOficina = new LinkedHashMap<>();
		for (FilaGuardada f : repositorio.filas(id)) {
			porOficina.computeIfAbsent(f.fila().dependencia(), k -> new ArrayList<>()).add(f);
		}
		Map<String, Nodo> secciones = new LinkedHashMap<>();
		List<Nodo> raiz = new ArrayList<>();
		for (String oficina : porOficina.keySet().stream().sorted().toList()) {
			List<Nodo> series = new ArrayList<>();
			Map<String, Nodo> porSerie = new LinkedHashMap<>();
			for (FilaGuardada g : porOficina.get(oficina)) {
				FilaTrd f = g.fila();
				String codigoSerie = oficina + "." + f.serieCodigo();
				Nodo serie = porSerie.get(codigoSerie);
				if (serie == null) {
					serie = new Nodo("SERIE", codigoSerie, f.serieNombre(), f.subserieCodigo() == null ? g.id() : null,
							f.subserieCodigo() == null ? f.tipos() : List.of(), new ArrayList<>());
					porSerie.put(codigoSerie, serie);
					series.add(serie);
				}
				if (f.subserieCodigo() != null) {
					serie.hijos().add(new Nodo("SUBSERIE", f.codigo(), f.nombre(), g.id(), f.tipos(), List.of()));
				}
			}
			Dependencia d = todas.get(oficina);
			secciones.put(oficina, new Nodo("SECCION", oficina, d == null ? oficina : d.nombre(), null, List.of(),
					new ArrayList<>(series)));
		}
		for (Map.Entry<String, Nodo> e : secciones.entrySet()) {
			Dependencia d = todas.get(e.getKey());
			Nodo padre = d != null && d.padre() != null ? secciones.get(d.padre()) : null;
			if (padre != null) {
				padre.hijos()
					.add(new Nodo("SUBSECCION", e.getValue().codigo(), e.getValue().nombre(), null, List.of(),
							e.getValue().hijos()));
			}
			else {
				raiz.add(e.getValue());
			}
		}
		return new Nodo("FONDO", "", entidad, null, List.of(), raiz);
	}

	private VersionTrd bloquear(long id) {
		return repositorio.version(id, true).orElseThrow(() -> noExiste(id));
	}

	static NoEncontrado noExiste(long id) {
		return new NoEncontrado("TRD_NO_ENCONTRADA", "No existe la versión " + id + " de la TRD.",
				Map.of("version", id));
	}

	private static String usuario() {
		var a = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return a == null ? "sistema" : a.getName();
	}

}
