package co.pqrsd.server.documentos;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's view of the Alfresco queue, pending rows first with their last
 * error (the URL rule /admin/** requires ADMIN).
 */
@Controller
class ColaDocumentosController {

	static final int MAXIMO = 500;

	private final AlmacenDocumentos almacen;

	private final ObjectProvider<ColaAlfresco> cola;

	ColaDocumentosController(AlmacenDocumentos almacen, ObjectProvider<ColaAlfresco> cola) {
		this.almacen = almacen;
		this.cola = cola;
	}

	@GetMapping("/admin/documentos/cola")
	String cola(Model modelo) {
		ColaAlfresco c = cola.getIfAvailable();
		List<ColaAlfresco.Fila> filas = c == null ? List.of() : c.listar(MAXIMO);
		modelo.addAttribute("seccion", "documentos");
		modelo.addAttribute("enAlfresco", almacen.enAlfresco());
		modelo.addAttribute("filas", filas);
		modelo.addAttribute("pendientes", c == null ? 0 : c.longitud());
		modelo.addAttribute("maximo", MAXIMO);
		return "documentos/cola";
	}

}
