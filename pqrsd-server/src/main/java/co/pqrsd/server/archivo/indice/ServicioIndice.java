package co.pqrsd.server.archivo.indice;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.pqrsd.core.archivo.expedientes.EntradaIndice;
import co.pqrsd.core.archivo.indice.Discrepancia;
import co.pqrsd.core.archivo.indice.Discrepancia.Tipo;
import co.pqrsd.core.archivo.indice.VerificadorIndice;
import co.pqrsd.core.comun.Colombia;
import co.pqrsd.core.comun.ErrorDominio;
import co.pqrsd.server.archivo.firma.FirmaEntidad;
import co.pqrsd.server.archivo.firma.ValidacionFirma;
import co.pqrsd.server.auditoria.AccionAuditoria;
import co.pqrsd.server.auditoria.Auditoria;
import co.pqrsd.server.seguridad.UsuarioAutenticado;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the índice electrónico signed by the entity (XML with XAdES, PDF with PAdES)
 * and verifies it. A signed copy is stored each time the index changes (R-EXP-4: it is
 * re-signed after every incorporation and at cierre), and an unchanged index returns the
 * stored copy.
 */
@Service
public class ServicioIndice {

	/** Upper bound of an uploaded signed copy to verify. */
	public static final int MAXIMO_COPIA = 20 * 1024 * 1024;

	static final String OBJETO = "EXPEDIENTE";

	private final Expedientes expedientes;

	private final HuellasArchivos huellas;

	private final FirmaEntidad firma;

	private final JdbcClient jdbc;

	private final Auditoria auditoria;

	private final Clock reloj;

	ServicioIndice(Expedientes expedientes, HuellasArchivos huellas, FirmaEntidad firma, JdbcClient jdbc,
			Auditoria auditoria, Clock reloj) {
		this.expedientes = expedientes;
		this.huellas = huellas;
		this.firma = firma;
		this.jdbc = jdbc;
		this.auditoria = auditoria;
		this.reloj = reloj;
	}

	/** The current índice of an expediente the user may read. */
	@Transactional(readOnly = true)
	public IndiceExpediente indice(String numero, UsuarioAutenticado usuario) {
		ExpedienteArchivado e = expedientes.porNumero(numero);
		expedientes.exigirLectura(e, usuario);
		return indice(e);
	}

	IndiceExpediente indice(ExpedienteArchivado e) {
		return new IndiceExpediente(e, expedientes.entradas(e.id()));
	}

	/**
	 * @return the XML índice with the entity's XAdES signature.
	 */
	@Transactional
	public byte[] xmlFirmado(String numero, UsuarioAutenticado usuario) {
		return firmado(numero, usuario, "XML");
	}

	/**
	 * @return the readable PDF índice with the entity's PAdES signature.
	 */
	@Transactional
	public byte[] pdfFirmado(String numero, UsuarioAutenticado usuario) {
		return firmado(numero, usuario, "PDF");
	}

	private byte[] firmado(String numero, UsuarioAutenticado usuario, String formato) {
		ExpedienteArchivado e = expedientes.porNumero(numero);
		expedientes.exigirLectura(e, usuario);
		IndiceExpediente indice = indice(e);
		String huella = indice.huella();
		Optional<byte[]> guardado = jdbc
			.sql("""
					SELECT contenido FROM archivo_indice_firmado WHERE expediente_id = ? AND formato = ? AND huella_indice = ?
					 ORDER BY id DESC LIMIT 1""")
			.params(e.id(), formato, huella)
			.query(byte[].class)
			.optional();
		if (guardado.isPresent()) {
			return guardado.get();
		}
		Instant ahora = reloj.instant();
		byte[] firmado = "XML".equals(formato) ? firma.firmarXml(IndiceXml.escribir(indice, ahora))
				: firma.firmarPdf(pdf(indice, ahora), "Índice electrónico del expediente " + e.numero());
		jdbc.sql(
				"""
						INSERT INTO archivo_indice_firmado (expediente_id, formato, huella_indice, entradas, contenido, firmado_en,
						                                    firmado_por) VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), formato, huella, indice.entradas().size(), firmado, java.sql.Timestamp.from(ahora),
					usuario.username())
			.update();
		// R-EXP-2: the índice is signed by the entity; the act is audited.
		auditoria.registrar(AccionAuditoria.INDICE_FIRMADO, OBJETO, e.numero(),
				Map.of("formato", formato, "huellaIndice", huella, "documentos", indice.entradas().size()));
		return firmado;
	}

	/**
	 * Verifies the expediente: recomputes every file's hash from the store, the index's
	 * own hash (against the hash sealed at cierre) and the signature of the latest signed
	 * XML copy.
	 */
	@Transactional
	public VerificacionIndice verificar(String numero, UsuarioAutenticado usuario) {
		ExpedienteArchivado e = expedientes.porNumero(numero);
		expedientes.exigirLectura(e, usuario);
		Optional<byte[]> copia = jdbc.sql("""
				SELECT contenido FROM archivo_indice_firmado WHERE expediente_id = ? AND formato = 'XML'
				 ORDER BY id DESC LIMIT 1""").param(e.id()).query(byte[].class).optional();
		return verificar(e, copia.orElse(null), "indice.xml");
	}

	/** Verifies a signed copy someone holds (XML or PDF) against the expediente. */
	@Transactional
	public VerificacionIndice verificarCopia(String numero, byte[] copia, String nombre, UsuarioAutenticado usuario) {
		ExpedienteArchivado e = expedientes.porNumero(numero);
		expedientes.exigirLectura(e, usuario);
		if (copia.length == 0) {
			throw new ErrorDominio("COPIA_VACIA", "Adjunte el índice firmado (XML o PDF) a verificar.");
		}
		return verificar(e, copia, nombre);
	}

	private VerificacionIndice verificar(ExpedienteArchivado e, byte @Nullable [] copia, String nombre) {
		IndiceExpediente indice = indice(e);
		Map<String, @Nullable String> calculadas = huellas.calcular(indice.contenidos());
		List<Discrepancia> d = new ArrayList<>(VerificadorIndice.archivos(e.numero(), indice.entradas(),
				indice.contenidos(), calculadas, e.indiceSha256()));
		String huella = indice.huella();
		ValidacionFirma vf = null;
		if (copia == null) {
			d.add(new Discrepancia(Tipo.SIN_FIRMA, null, null, null));
		}
		else {
			vf = firma.validar(copia, nombre);
			if (!vf.valida()) {
				d.add(new Discrepancia(Tipo.FIRMA_INVALIDA, null, "TOTAL_PASSED",
						vf.indicacion() + (vf.subindicacion() == null ? "" : "/" + vf.subindicacion())));
			}
			String firmada = huellaDeCopia(copia);
			if (firmada == null || !firmada.equals(huella)) {
				d.add(new Discrepancia(Tipo.CONTENIDO_FIRMADO, null, huella, firmada));
			}
		}
		Instant ahora = reloj.instant();
		VerificacionIndice v = new VerificacionIndice(e.numero(), d.isEmpty(), indice.entradas().size(),
				indice.totalBytes(), huella, e.indiceSha256(), vf, d, ahora);
		auditoria.registrar(AccionAuditoria.INDICE_VERIFICADO, OBJETO, e.numero(),
				Map.of("integro", v.integro(), "discrepancias", d.size()));
		return v;
	}

	/**
	 * @return the índice hash a signed copy states, or null when it states none.
	 */
	private static @Nullable String huellaDeCopia(byte[] copia) {
		if (copia.length > 4 && copia[0] == '%' && copia[1] == 'P' && copia[2] == 'D' && copia[3] == 'F') {
			try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(copia), null, null, null,
					MemoryUsageSetting.setupMainMemoryOnly(64L * 1024 * 1024).streamCache)) {
				return doc.getDocumentInformation().getCustomMetadataValue("HuellaIndice");
			}
			catch (Exception ex) {
				return null;
			}
		}
		try {
			return IndiceXml.leer(copia).huellaIndice();
		}
		catch (ErrorDominio ex) {
			return null;
		}
	}

	private static byte[] pdf(IndiceExpediente indice, Instant fecha) {
		ExpedienteArchivado c = indice.expediente();
		DateTimeFormatter dia = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
		TablaPdf t = new TablaPdf("Índice electrónico del expediente " + c.numero())
			.campo("Expediente", c.numero() + " — " + c.nombre())
			.campo("Dependencia", c.dependencia())
			.campo("Código de clasificación (TRD)", c.codigoTrd() + " — " + c.serieSubserie())
			.campo("Fecha de apertura", c.fechaApertura().toString())
			.campo("Fecha de cierre", c.fechaCierre() == null ? "abierto" : c.fechaCierre().toString())
			.campo("Documentos / páginas", indice.entradas().size() + " / " + indice.totalPaginas())
			.campo("Huella del índice (SHA-256)", indice.huella())
			.campo("Fecha del índice", dia.format(fecha.atZone(Colombia.ZONA)) + " (hora de Colombia)")
			.columna("Orden", 3)
			.columna("Identificador", 7)
			.columna("Nombre", 14)
			.columna("Tipología", 9)
			.columna("Creación", 6)
			.columna("Incorporación", 8)
			.columna("Huella (SHA-256)", 22)
			.columna("Función", 5)
			.columna("Pág. inicio", 4)
			.columna("Pág. final", 4)
			.columna("Formato", 5)
			.columna("Tamaño (bytes)", 6)
			.columna("Origen", 7)
			.metadato("HuellaIndice", indice.huella())
			.metadato("Expediente", c.numero());
		for (EntradaIndice e : indice.entradas()) {
			t.fila(List.of(String.valueOf(e.orden()), e.documentoId(), e.nombre(),
					e.tipologia() == null ? "" : e.tipologia(),
					e.fechaCreacion() == null ? "" : e.fechaCreacion().toString(),
					dia.format(e.fechaIncorporacion().atZone(Colombia.ZONA)), e.sha256(), e.funcionResumen(),
					String.valueOf(e.paginaInicio()), String.valueOf(e.paginaFin()), e.formato(),
					String.valueOf(e.tamano()), e.origen().name()));
		}
		t.pie("Firmado digitalmente por la entidad (PAdES). Verifique la integridad en pqrsd: "
				+ "Archivo → Expediente → Índice → Verificar.");
		return t.bytes();
	}

}
