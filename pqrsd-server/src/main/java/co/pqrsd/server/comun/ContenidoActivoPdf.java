package co.pqrsd.server.comun;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes active content from a PDF the server hands out: document and page actions
 * (/OpenAction, /AA), every action dictionary (/A: JavaScript, Launch, SubmitForm,
 * URI...), the JavaScript and embedded-files name trees, embedded file streams (/EF), XFA
 * forms and rich media. Walks every object reachable from the trailer, so nothing hides
 * in an outline, a form field or an annotation.
 */
public final class ContenidoActivoPdf {

	private static final List<COSName> CLAVES_ACTIVAS = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.A,
			COSName.JAVA_SCRIPT, COSName.JS, COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("XFA"),
			COSName.getPDFName("RichMediaContent"), COSName.getPDFName("RichMediaSettings"),
			COSName.getPDFName("Collection"), COSName.getPDFName("AF"));

	private static final Set<String> ANOTACIONES_ACTIVAS = Set.of("FileAttachment", "RichMedia", "Screen", "Movie",
			"Sound", "3D");

	private ContenidoActivoPdf() {
	}

	/** Strips active content in place; the page content itself is left as it is. */
	public static void quitar(PDDocument documento) {
		Set<COSBase> vistos = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pendientes = new ArrayDeque<>();
		pendientes.push(documento.getDocument().getTrailer());
		while (!pendientes.isEmpty()) {
			COSBase actual = pendientes.pop();
			if (actual instanceof COSObject indirecto) {
				actual = indirecto.getObject();
			}
			if (actual == null || !vistos.add(actual)) {
				continue;
			}
			if (actual instanceof COSDictionary d) {
				CLAVES_ACTIVAS.forEach(d::removeItem);
				String subtipo = d.getNameAsString(COSName.SUBTYPE);
				if (subtipo != null && ANOTACIONES_ACTIVAS.contains(subtipo) && d.containsKey(COSName.RECT)) {
					// An active annotation becomes a plain, hidden one.
					d.setName(COSName.SUBTYPE, "Square");
					d.setInt(COSName.F, 2);
					d.removeItem(COSName.FS);
				}
				for (COSBase valor : d.getValues()) {
					pendientes.push(valor);
				}
			}
			else if (actual instanceof COSArray a) {
				for (int i = 0; i < a.size(); i++) {
					pendientes.push(a.get(i));
				}
			}
		}
	}

}
