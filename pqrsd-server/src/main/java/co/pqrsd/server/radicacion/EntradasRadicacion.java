package co.pqrsd.server.radicacion;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import co.pqrsd.core.radicacion.TipoRadicado;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public API for other modules (PQRSD): radicate an ENTRADA inside the
 * caller's transaction and read an ENTRADA by number. Everything else stays inside the
 * module.
 */
@Service
public class EntradasRadicacion {

	private final Radicacion radicacion;

	private final RadicadoRepository repositorio;

	private final PermisosRadicado permisos;

	private final Clock reloj;

	private final co.pqrsd.server.documentos.AlmacenDocumentos almacen;

	EntradasRadicacion(Radicacion radicacion, RadicadoRepository repositorio, PermisosRadicado permisos, Clock reloj,
			co.pqrsd.server.documentos.AlmacenDocumentos almacen) {
		this.reloj = reloj;
		this.almacen = almacen;
		this.radicacion = radicacion;
		this.repositorio = repositorio;
		this.permisos = permisos;
	}

	/**
	 * The peticionario: the same shape as radicación's remitente, or
	 * {@code {"anonimo":true}}.
	 */
	public record Peticionario(@Nullable Boolean anonimo,
			@Nullable @Pattern(regexp = "NATURAL|JURIDICA|ENTIDAD",
					message = "Valores permitidos: NATURAL, JURIDICA, ENTIDAD") String tipoPersona,
			@Nullable @Pattern(regexp = "CC|CE|TI|RC|NUIP|NIT|PA|PEP|PPT|OTRO",
					message = "Valores permitidos: CC, CE, TI, RC, NUIP, NIT, PA, PEP, PPT, OTRO") String tipoDocumento,
			@Nullable @Size(max = 30, message = "Máximo 30 caracteres") @Pattern(regexp = "[0-9A-Za-z.\\-]{1,30}",
					message = "Solo letras, números, punto y guion") String numeroDocumento,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String nombre,
			@Nullable @Size(max = 300, message = "Máximo 300 caracteres") String direccion,
			@Nullable @Size(max = 120, message = "Máximo 120 caracteres") String municipio,
			@Nullable @Email(message = "No es un correo electrónico válido") @Size(max = 254,
					message = "Máximo 254 caracteres") String correo,
			@Nullable @Size(max = 40, message = "Máximo 40 caracteres") String telefono) {

		public boolean esAnonimo() {
			return Boolean.TRUE.equals(anonimo);
		}

		SolicitudRadicacion.Parte comoParte() {
			return new SolicitudRadicacion.Parte(anonimo, tipoPersona == null ? null : TipoPersona.valueOf(tipoPersona),
					tipoDocumento == null ? null : TipoDocumentoIdentidad.valueOf(tipoDocumento), numeroDocumento,
					nombre, direccion, municipio, correo, telefono);
		}

	}

	/**
	 * An ENTRADA to radicate (already validated by the caller's request).
	 *
	 * @param medio a radicación medio code: PRESENCIAL, CORREO_POSTAL,
	 * CORREO_ELECTRONICO, FORMULARIO_WEB, TELEFONICO or OTRO
	 */
	public record NuevaEntrada(String asunto, @Nullable String descripcion, String dependencia, String medio,
			Peticionario peticionario) {
	}

	/**
	 * An ENTRADA radicado as another module needs it.
	 *
	 * @param fechaRadicacion the real reception instant, in America/Bogota
	 * @param vigente false once annulled
	 */
	public record Entrada(String numero, OffsetDateTime fechaRadicacion, String dependencia, String asunto,
			boolean anonimo, boolean vigente) {
	}

	/**
	 * @return whether the user may radicate an ENTRADA for that dependencia (the
	 * ventanilla).
	 */
	public boolean puedeRadicarEntrada(UsuarioAutenticado usuario, String dependencia) {
		return permisos.puedeRadicar(usuario, TipoRadicado.ENTRADA, dependencia);
	}

	/**
	 * Radicates the ENTRADA inside the caller's transaction: if the caller rolls back, no
	 * number is consumed and nothing stays written. Audited as RADICADO_CREADO.
	 * @throws org.springframework.security.access.AccessDeniedException before anything
	 * is written, when the user may not radicate ENTRADA
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Entrada radicarEntrada(NuevaEntrada n, UsuarioAutenticado usuario) {
		SolicitudRadicacion s = new SolicitudRadicacion(TipoRadicado.ENTRADA, n.asunto(), n.descripcion(),
				n.dependencia(), null, Medio.valueOf(n.medio()), null, n.peticionario().comoParte(), null, null, null,
				null, null, null);
		String numero = radicacion.radicarEnCurso(s, usuario);
		return entrada(numero).orElseThrow();
	}

	/**
	 * Radicates the ENTRADA like JSON radicación does: in the shared transaction of
	 * radicación's combiner (one commit per batch, the gapless counter's lock held only
	 * by the combiner's thread), each item in its own savepoint. {@code conRadicado} runs
	 * right after, in the same savepoint, so a module stores its own record with the
	 * ENTRADA, all or nothing (it must not call the process engine or wait on anything:
	 * the batch waits for it). Returns once the batch committed.
	 * @throws org.springframework.security.access.AccessDeniedException before anything
	 * is written, when the user may not radicate ENTRADA
	 */
	public <T> T radicarEntradaCombinada(NuevaEntrada n, UsuarioAutenticado usuario,
			java.util.function.Function<Entrada, T> conRadicado) {
		SolicitudRadicacion s = new SolicitudRadicacion(TipoRadicado.ENTRADA, n.asunto(), n.descripcion(),
				n.dependencia(), null, Medio.valueOf(n.medio()), null, n.peticionario().comoParte(), null, null, null,
				null, null, null);
		return radicacion.radicarCombinado(s, usuario, numero -> conRadicado.apply(entrada(numero).orElseThrow()));
	}

	/**
	 * As
	 * {@link #radicarEntradaCombinada(NuevaEntrada, UsuarioAutenticado, java.util.function.Function)},
	 * with documents (the first one is the main document): radicación's limits and type
	 * checks run in the caller's thread before the shared transaction; a refused file
	 * leaves nothing written and consumes no number.
	 */
	public <T> T radicarEntradaCombinada(NuevaEntrada n, List<Adjunto> adjuntos, UsuarioAutenticado usuario,
			java.util.function.Function<Entrada, T> conRadicado) {
		SolicitudRadicacion s = new SolicitudRadicacion(TipoRadicado.ENTRADA, n.asunto(), n.descripcion(),
				n.dependencia(), null, Medio.valueOf(n.medio()), null, n.peticionario().comoParte(), null, null, null,
				null, null, null);
		return radicacion.radicarCombinado(s, archivos(adjuntos), usuario,
				numero -> conRadicado.apply(entrada(numero).orElseThrow()));
	}

	/**
	 * @return whether the current thread is radicación's combiner committing a batch (its
	 * after-commit callbacks must not do slow work: the next batch waits)
	 */
	public boolean enLoteCombinado() {
		return CombinadorTransacciones.enLote();
	}

	/**
	 * Radicates the ENTRADA with its documents (the first one is the main document)
	 * inside the caller's transaction; radicación's limits and type checks apply. Audited
	 * as RADICADO_CREADO.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Entrada radicarEntrada(NuevaEntrada n, List<Adjunto> adjuntos, UsuarioAutenticado usuario) {
		SolicitudRadicacion s = new SolicitudRadicacion(TipoRadicado.ENTRADA, n.asunto(), n.descripcion(),
				n.dependencia(), null, Medio.valueOf(n.medio()), null, n.peticionario().comoParte(), null, null, null,
				null, null, null);
		String numero = radicacion.radicarEnCurso(s, archivos(adjuntos), usuario);
		return entrada(numero).orElseThrow();
	}

	/**
	 * A file another module hands over to be stored with a radicado.
	 *
	 * @param nombre the file name as uploaded
	 * @param tipoDeclarado the declared type, recorded but never trusted
	 */
	public record Adjunto(String nombre, @Nullable String tipoDeclarado, byte[] contenido) {
	}

	/**
	 * A SALIDA answering or following an ENTRADA, to radicate inside the caller's
	 * transaction.
	 *
	 * @param medio a radicación medio code (see {@link NuevaEntrada})
	 * @param destinatario the addressee; {@code null} addresses the ENTRADA's remitente
	 * @param entrada the ENTRADA it answers, recorded as its related radicado
	 */
	public record NuevaSalida(String asunto, @Nullable String descripcion, String dependencia, String medio,
			@Nullable Peticionario destinatario, String entrada) {
	}

	/**
	 * Radicates a SALIDA linked to its ENTRADA inside the caller's transaction, with its
	 * documents (radicación's limits and type checks apply). Audited as RADICADO_CREADO.
	 * @return the SALIDA number
	 * @throws org.springframework.security.access.AccessDeniedException when the user may
	 * not radicate SALIDA for that dependencia
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String radicarSalida(NuevaSalida n, List<Adjunto> adjuntos, UsuarioAutenticado usuario) {
		SolicitudRadicacion.Parte destinatario = n.destinatario() != null ? n.destinatario().comoParte()
				: remitenteComoParte(n.entrada());
		SolicitudRadicacion s = new SolicitudRadicacion(TipoRadicado.SALIDA, n.asunto(), n.descripcion(),
				n.dependencia(), null, Medio.valueOf(n.medio()), null, null, destinatario, null, null, null,
				n.entrada(), null);
		return radicacion.radicarEnCurso(s, archivos(adjuntos), usuario);
	}

	/**
	 * Checks files against radicación's limits and allowed types, storing nothing.
	 * @throws co.pqrsd.core.comun.ErrorDominio as radicación would refuse them
	 */
	public void exigirAdmisibles(List<Adjunto> adjuntos) {
		if (!adjuntos.isEmpty()) {
			radicacion.exigirArchivosAdmisibles(archivos(adjuntos));
		}
	}

	/**
	 * @return the e-mail of the radicado's remitente, when he gave one.
	 */
	public Optional<String> correoRemitente(String numero) {
		return repositorio.buscar(numero).map(Radicado::remitente).map(Parte::correo);
	}

	/**
	 * A document of a radicado, as another module lists it; downloaded at
	 * {@code /api/v1/radicados/{numero}/documentos/{id}} under radicación's own rules.
	 *
	 * @param sha256 the content's key in {@code documentos.AlmacenDocumentos}
	 * @param paginas the page count the document worker read, if any
	 * @param cargadoEn when it was stored
	 */
	public record DocumentoRadicado(String radicado, long id, String rol, String nombre, int version, String tipoMime,
			long tamano, String sha256, @Nullable Integer paginas, java.time.Instant cargadoEn) {
	}

	/**
	 * @return the documents of the radicado, every version.
	 */
	public List<DocumentoRadicado> documentos(String numero) {
		return repositorio.documentos(numero)
			.stream()
			.map(d -> new DocumentoRadicado(numero, d.id(), d.rol(), d.nombre(), d.version(), d.tipoMime(), d.tamano(),
					d.sha256().trim(), d.paginas(), d.cargadoEn()))
			.toList();
	}

	/**
	 * @return the SHA-256 under which {@code documentos.AlmacenDocumentos} keeps that
	 * document's bytes; empty when the radicado has no such document.
	 */
	public Optional<String> huellaDocumento(String numero, long id) {
		return repositorio.documento(numero, id).map(Radicado.Documento::sha256);
	}

	/**
	 * @return the radicado's remitente in the shape it was filed, empty when there is
	 * none or it is anonymous. The caller decides who may see it.
	 */
	public Optional<Peticionario> remitente(String numero) {
		return repositorio.buscar(numero).map(Radicado::remitente).map(EntradasRadicacion::peticionario);
	}

	/**
	 * @return the peticionario as {@link #remitente} reads him back once an ENTRADA is
	 * radicated with him (radicación's normalisation), {@code null} when anonymous: a
	 * caller that just radicated him needs no read
	 */
	public @Nullable Peticionario comoRemitente(Peticionario p) {
		return peticionario(Parte.de(p.comoParte()));
	}

	private static @Nullable Peticionario peticionario(@Nullable Parte p) {
		return p == null || p.anonimo() ? null
				: new Peticionario(false, p.tipoPersona() == null ? null : p.tipoPersona().name(),
						p.tipoDocumento() == null ? null : p.tipoDocumento().name(), p.numeroDocumento(), p.nombre(),
						p.direccion(), p.municipio(), p.correo(), p.telefono());
	}

	/** A stored document's content, as another module hands it to whom it admits. */
	public record DocumentoAbierto(String nombre, String tipoMime, String sha256, byte[] contenido) {
	}

	/**
	 * @return the document's content; empty when the radicado has no such document. The
	 * caller decides who may have it and audits the delivery.
	 */
	public Optional<DocumentoAbierto> abrirDocumento(String numero, long id) {
		return repositorio.documento(numero, id).map(d -> {
			try (java.io.InputStream in = almacen.abrir(d.sha256())) {
				return new DocumentoAbierto(d.nombre(), d.tipoMime(), d.sha256(), in.readAllBytes());
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	private SolicitudRadicacion.Parte remitenteComoParte(String entrada) {
		Parte p = repositorio.buscar(entrada).map(Radicado::remitente).orElse(null);
		if (p == null || p.anonimo()) {
			return new SolicitudRadicacion.Parte(true, null, null, null, null, null, null, null, null);
		}
		return new SolicitudRadicacion.Parte(false, p.tipoPersona(), p.tipoDocumento(), p.numeroDocumento(), p.nombre(),
				p.direccion(), p.municipio(), p.correo(), p.telefono());
	}

	private static List<Archivo> archivos(List<Adjunto> adjuntos) {
		List<Archivo> archivos = new ArrayList<>();
		for (int i = 0; i < adjuntos.size(); i++) {
			Adjunto a = adjuntos.get(i);
			archivos.add(new Archivo(i == 0 ? "principal" : "anexo", a.nombre(), a.tipoDeclarado(),
					new ByteArrayInputStream(a.contenido())));
		}
		return archivos;
	}

	/**
	 * Another module's rule over who sees a reserved radicado besides ADMIN, Control
	 * Interno and the clerk who radicated it (PQRSD: the officials the denuncia is
	 * assigned to).
	 */
	public interface Reserva {

		boolean puedeVer(String numero, UsuarioAutenticado usuario);

	}

	/**
	 * Reserves the radicado (a corruption denuncia: Ley 1474 de 2011, art. 76): it leaves
	 * searches and answers 404 to everyone but ADMIN, Control Interno, its clerk and whom
	 * a {@link Reserva} admits. Inside the caller's transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void reservar(String numero, String motivo) {
		repositorio.reservar(numero, motivo, reloj.instant());
	}

	/**
	 * @return the ENTRADA with that number; empty when there is none (or the number is of
	 * a SALIDA or INTERNA).
	 */
	public Optional<Entrada> entrada(String numero) {
		return repositorio.buscar(numero)
			.filter(r -> r.numeracion().tipo() == TipoRadicado.ENTRADA)
			.map(r -> new Entrada(r.numeracion().numero(), r.numeracion().fechaRadicacion(),
					r.asignacion().dependencia(), r.contenido().asunto(),
					r.remitente() == null || r.remitente().anonimo(), "VIGENTE".equals(r.estado())));
	}

}
