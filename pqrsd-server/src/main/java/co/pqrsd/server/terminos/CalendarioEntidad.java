package co.pqrsd.server.terminos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pqrsd.core.calendario.CalendarioFestivos;
import co.pqrsd.core.calendario.CalendarioHabil;
import co.pqrsd.core.calendario.FestivosNacionales;
import co.pqrsd.core.calendario.FueraDeRango;
import co.pqrsd.core.calendario.JornadaLaboral;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.core.terminos.CatalogoTerminos;
import co.pqrsd.core.terminos.MotorTerminos;
import co.pqrsd.core.terminos.PoliticaTerminos;
import co.pqrsd.core.terminos.ReglaTermino;
import co.pqrsd.core.terminos.Semaforo;
import co.pqrsd.core.terminos.TerminosLegales;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.auditoria.Cambios;
import co.pqrsd.server.comun.Conflicto;
import co.pqrsd.server.comun.NoEncontrado;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The entity's calendar and terms engine as configured now. The engine is immutable; a
 * change (closure, working pattern, policy, modality) builds a new one after commit, and
 * other nodes notice through the settings' version.
 */
@Service
class CalendarioEntidad implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CalendarioEntidad.class);

	private static final Duration REVISION = Duration.ofSeconds(10);

	private final CalendarioRepository repositorio;

	private final Auditoria auditoria;

	private final ApplicationEventPublisher eventos;

	private final TransactionTemplate transaccion;

	private final Clock reloj;

	private volatile @Nullable Estado estado;

	CalendarioEntidad(CalendarioRepository repositorio, Auditoria auditoria, ApplicationEventPublisher eventos,
			TransactionTemplate transaccion, Clock reloj) {
		this.repositorio = repositorio;
		this.auditoria = auditoria;
		this.eventos = eventos;
		this.transaccion = transaccion;
		this.reloj = reloj;
	}

	private record Estado(MotorTerminos motor, Semaforo semaforo, ConfiguracionCalendario configuracion, long version,
			Instant revisado) {
	}

	/**
	 * Mirrors the legal tables shipped with this release into the database (rows of
	 * origen LEY).
	 */
	@Override
	public void afterSingletonsInstantiated() {
		transaccion.executeWithoutResult(t -> {
			FestivosNacionales.reglas().forEach(repositorio::sincronizarFestivo);
			TerminosLegales.reglas().forEach(repositorio::sincronizarTermino);
		});
		log.info("Tablas legales sincronizadas: {} reglas de festivos, {} reglas de términos",
				FestivosNacionales.reglas().size(), TerminosLegales.reglas().size());
	}

	/**
	 * @return the terms engine with the entity's current calendar and policies.
	 */
	public MotorTerminos motor() {
		return estado().motor();
	}

	public CalendarioHabil calendario() {
		return estado().motor().calendario();
	}

	public Semaforo semaforo() {
		return estado().semaforo();
	}

	public ConfiguracionCalendario configuracion() {
		return estado().configuracion();
	}

	/**
	 * @return the current instant in America/Bogota, from the domain clock.
	 */
	public java.time.OffsetDateTime ahora() {
		return java.time.OffsetDateTime.now(reloj.withZone(MotorTerminos.ZONA));
	}

	public LocalDate hoy() {
		return LocalDate.now(reloj.withZone(MotorTerminos.ZONA));
	}

	@Transactional(readOnly = true)
	public List<CierreRegistrado> cierres() {
		return repositorio.cierres();
	}

	/**
	 * @return every term rule with its origin (LEY or ENTIDAD).
	 */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> modalidades() {
		return repositorio.terminos().stream().map(f -> {
			ReglaTermino r = f.regla();
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("modalidad", r.modalidad());
			m.put("nombre", r.nombre());
			m.put("termino", r.termino());
			m.put("unidad", r.unidad());
			m.put("fundamento", r.fundamento());
			m.put("vigenteDesde", r.vigenteDesde());
			m.put("vigenteHasta", r.vigenteHasta());
			m.put("admiteProrroga", r.admiteProrroga());
			m.put("origen", f.origen());
			return m;
		}).toList();
	}

	/**
	 * Declares non-working days by an administrative act (closure or suspension of
	 * terms).
	 * @throws ErrorDominio {@code CIERRE_FECHAS_INVALIDAS} or
	 * {@code CALENDARIO_FUERA_DE_RANGO}
	 */
	@Transactional
	public CierreRegistrado declararCierre(SolicitudCierre s) {
		if (s.hasta().isBefore(s.desde())) {
			throw new ErrorDominio("CIERRE_FECHAS_INVALIDAS",
					"La fecha final (" + s.hasta() + ") es anterior a la inicial (" + s.desde() + ").");
		}
		if (s.desde().getYear() < CalendarioFestivos.PRIMER_ANIO
				|| s.hasta().getYear() > CalendarioFestivos.ULTIMO_ANIO) {
			throw new FueraDeRango(s.desde());
		}
		long id = repositorio.insertarCierre(s, usuario(), reloj.instant());
		repositorio.incrementarVersion();
		Map<String, Object> detalles = new LinkedHashMap<>();
		detalles.put("desde", s.desde().toString());
		detalles.put("hasta", s.hasta().toString());
		detalles.put("tipo", s.tipo().name());
		detalles.put("acto", s.acto());
		detalles.put("fechaActo", s.fechaActo().toString());
		detalles.put("motivo", s.motivo());
		auditoria.registrar(AccionAuditoria.CIERRE_CALENDARIO_CREADO, "CALENDARIO", Long.toString(id), detalles);
		cambiado("Se declararon días no hábiles: " + s.acto());
		return repositorio.cierres().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
	}

	/**
	 * Revokes a closure; it stays on record, marked revoked, and its days count again.
	 */
	@Transactional
	public CierreRegistrado revocarCierre(long id, String motivo) {
		CierreRegistrado cierre = repositorio.cierre(id)
			.orElseThrow(() -> new NoEncontrado("CIERRE_NO_ENCONTRADO", "No existe el cierre " + id + "."));
		if (!cierre.vigente()) {
			throw new Conflicto("CIERRE_YA_REVOCADO", "El cierre " + id + " ya fue revocado.");
		}
		if (motivo == null || motivo.isBlank()) {
			throw new ErrorDominio("CAMPO_REQUERIDO", "Indique el motivo de la revocación.");
		}
		repositorio.revocarCierre(id, usuario(), motivo.strip(), reloj.instant());
		repositorio.incrementarVersion();
		auditoria.registrar(AccionAuditoria.CIERRE_CALENDARIO_REVOCADO, "CALENDARIO", Long.toString(id),
				Map.of("acto", cierre.acto(), "motivo", motivo.strip()));
		cambiado("Se revocó el cierre " + cierre.acto());
		return repositorio.cierre(id).orElseThrow();
	}

	/** Changes working days, office hours, policies or semáforo thresholds. */
	@Transactional
	public ConfiguracionCalendario configurar(ConfiguracionCalendario nueva) {
		if (!nueva.apertura().isBefore(nueva.cierre())) {
			throw new ErrorDominio("JORNADA_INVALIDA", "La hora de apertura debe ser anterior a la de cierre.");
		}
		if (nueva.semaforoAmarillo() >= nueva.semaforoRojo()) {
			throw new ErrorDominio("SEMAFORO_INVALIDO", "El umbral amarillo debe ser menor que el rojo.");
		}
		ConfiguracionCalendario antes = repositorio.configuracion();
		repositorio.guardarConfiguracion(nueva);
		Map<String, Object> cambios = Cambios.entre(valores(antes), valores(nueva));
		Map<String, Object> jornada = new LinkedHashMap<>(cambios);
		jornada.keySet().retainAll(CAMPOS_JORNADA);
		Map<String, Object> politica = new LinkedHashMap<>(cambios);
		politica.keySet().removeAll(CAMPOS_JORNADA);
		if (!jornada.isEmpty() || politica.isEmpty()) {
			auditoria.registrar(AccionAuditoria.JORNADA_MODIFICADA, "CALENDARIO", "configuracion",
					Map.of("cambios", jornada));
		}
		if (!politica.isEmpty()) {
			auditoria.registrar(AccionAuditoria.POLITICA_TERMINOS_MODIFICADA, "CALENDARIO", "configuracion",
					Map.of("cambios", politica));
		}
		cambiado("Cambió la jornada o la política de términos");
		return nueva;
	}

	/** Adds a modality for a special norm, without code. */
	@Transactional
	public ReglaTermino crearModalidad(SolicitudModalidad s) {
		LocalDate desde = s.vigenteDesde() == null ? LocalDate.of(1984, 1, 1) : s.vigenteDesde();
		ReglaTermino regla = new ReglaTermino(s.modalidad(), s.nombre().strip(), s.termino(), s.unidad(),
				s.fundamento().strip(), desde, null, s.admiteProrroga());
		if (!repositorio.insertarModalidad(regla)) {
			throw new Conflicto("MODALIDAD_DUPLICADA",
					"Ya existe la modalidad " + s.modalidad() + " con vigencia desde " + desde + ".");
		}
		repositorio.incrementarVersion();
		auditoria.registrar(AccionAuditoria.MODALIDAD_CREADA, "MODALIDAD", s.modalidad(), Map.of("termino", s.termino(),
				"unidad", s.unidad().name(), "fundamento", s.fundamento(), "vigenteDesde", desde.toString()));
		cambiado("Nueva modalidad " + s.modalidad());
		return regla;
	}

	private void cambiado(String motivo) {
		long version = repositorio.version();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				estado = null;
			}
		});
		eventos.publishEvent(new CalendarioModificado(version, motivo));
	}

	private Estado estado() {
		Estado actual = estado;
		Instant ahora = reloj.instant();
		if (actual != null && Duration.between(actual.revisado(), ahora).compareTo(REVISION) < 0) {
			return actual;
		}
		Estado nuevo = transaccion.execute(t -> {
			long version = repositorio.version();
			if (actual != null && actual.version() == version) {
				return new Estado(actual.motor(), actual.semaforo(), actual.configuracion(), version, ahora);
			}
			return construir(version, ahora);
		});
		estado = nuevo;
		return nuevo;
	}

	private Estado construir(long version, Instant ahora) {
		ConfiguracionCalendario c = repositorio.configuracion();
		CalendarioHabil calendario = new CalendarioHabil(new CalendarioFestivos(repositorio.festivos()),
				new JornadaLaboral(c.diasLaborales(), c.apertura(), c.cierre()),
				repositorio.cierres()
					.stream()
					.filter(CierreRegistrado::vigente)
					.map(CierreRegistrado::comoCierre)
					.toList());
		CatalogoTerminos catalogo = new CatalogoTerminos(
				repositorio.terminos().stream().map(CalendarioRepository.FilaTermino::regla).toList());
		MotorTerminos motor = new MotorTerminos(calendario, catalogo,
				new PoliticaTerminos(c.fueraDeHorarioAlDiaSiguiente(), c.reanudacion()));
		return new Estado(motor, new Semaforo(c.semaforoAmarillo(), c.semaforoRojo()), c, version, ahora);
	}

	/** The working-hours fields; the others are term policies and semáforo thresholds. */
	private static final java.util.Set<String> CAMPOS_JORNADA = java.util.Set.of("diasLaborales", "apertura", "cierre");

	private static Map<String, Object> valores(ConfiguracionCalendario c) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("diasLaborales", c.diasLaborales().stream().sorted().map(Enum::name).toList());
		v.put("apertura", c.apertura().toString());
		v.put("cierre", c.cierre().toString());
		v.put("fueraDeHorarioAlDiaSiguiente", c.fueraDeHorarioAlDiaSiguiente());
		v.put("reanudacion", c.reanudacion().name());
		v.put("semaforoAmarillo", c.semaforoAmarillo());
		v.put("semaforoRojo", c.semaforoRojo());
		return v;
	}

	private static String usuario() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "sistema" : auth.getName();
	}

}
