package co.pqrsd.server.documentos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import feign.FeignException;
import org.alfresco.core.handler.NodesApi;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeBodyUpdate;
import org.alfresco.core.model.NodeEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;

/**
 * The few calls of Alfresco's public REST API v1 the adapter makes, through the Alfresco
 * Java SDK's generated Feign client (stack.md §4). Every path is relative to the
 * configured root node and folder; the requests are checked against Alfresco's Swagger
 * definition by {@code AlfrescoContratoTest}.
 */
class NodosAlfresco {

	/** The type of every document node (pqrsd-platform-module's model). */
	static final String TIPO = "pqrsd:documento";

	private static final List<String> INCLUIR = List.of("properties", "aspectNames");

	private final NodesApi nodos;

	private final DocumentosProperties.Alfresco propiedades;

	NodosAlfresco(NodesApi nodos, DocumentosProperties.Alfresco propiedades) {
		this.nodos = nodos;
		this.propiedades = propiedades;
	}

	/** The type of the folders pqrsd creates (one per radicado, one per expediente). */
	static final String CARPETA = "cm:folder";

	/** A node as the adapter needs it. */
	record Nodo(String id, @Nullable String padre, Map<String, Object> propiedades, List<String> aspectos) {

		@Nullable Object propiedad(String nombre) {
			return propiedades.get(nombre);
		}

	}

	/**
	 * @param ruta path under the configured folder, e.g.
	 * {@code Radicados/2026-E-1/1-oficio.pdf}
	 */
	Optional<Nodo> buscar(String ruta) {
		try {
			return Optional.of(nodo(nodos.getNode(propiedades.nodoRaiz(), INCLUIR, completa(ruta), null)));
		}
		catch (FeignException.NotFound e) {
			return Optional.empty();
		}
	}

	/** The node with that id, if it still exists. */
	Optional<Nodo> obtener(String id) {
		try {
			return Optional.of(nodo(nodos.getNode(id, INCLUIR, null, null)));
		}
		catch (FeignException.NotFound e) {
			return Optional.empty();
		}
	}

	/**
	 * The id of the folder at {@code ruta} under the configured folder, created with its
	 * missing parents when absent (Alfresco's {@code relativePath}). Idempotent: a folder
	 * created meanwhile by another node (409) is looked up again.
	 */
	String carpeta(String ruta) {
		Optional<Nodo> existente = buscar(ruta);
		if (existente.isPresent()) {
			return existente.get().id();
		}
		String completa = completa(ruta);
		int barra = completa.lastIndexOf('/');
		NodeBodyCreate cuerpo = new NodeBodyCreate();
		cuerpo.setName(completa.substring(barra + 1));
		cuerpo.setNodeType(CARPETA);
		if (barra > 0) {
			cuerpo.setRelativePath(completa.substring(0, barra));
		}
		try {
			return nodo(nodos.createNode(propiedades.nodoRaiz(), cuerpo, false, null, null, null, null)).id();
		}
		catch (FeignException.Conflict e) {
			return buscar(ruta).orElseThrow(() -> e).id();
		}
	}

	/** Moves the node into the folder {@code carpeta} (keeping its name). */
	Nodo mover(String id, String carpeta) {
		NodeBodyMove cuerpo = new NodeBodyMove();
		cuerpo.setTargetParentId(carpeta);
		return nodo(nodos.moveNode(id, cuerpo, INCLUIR, null));
	}

	/**
	 * Creates an empty document node with its aspects and properties; the folders of
	 * {@code carpeta} are created as needed (Alfresco's {@code relativePath}).
	 */
	Nodo crear(String carpeta, String nombre, List<String> aspectos, Map<String, Object> propiedadesNodo) {
		NodeBodyCreate cuerpo = new NodeBodyCreate();
		cuerpo.setName(nombre);
		cuerpo.setNodeType(TIPO);
		cuerpo.setRelativePath(completa(carpeta));
		cuerpo.setAspectNames(aspectos);
		cuerpo.setProperties(propiedadesNodo);
		return nodo(nodos.createNode(propiedades.nodoRaiz(), cuerpo, false, null, true, INCLUIR, null));
	}

	/** Uploads the content: a new Alfresco version of the node. */
	Nodo subir(String id, byte[] contenido, boolean mayor, String comentario) {
		return nodo(nodos.updateNodeContent(id, contenido, mayor, comentario, null, INCLUIR, null));
	}

	Nodo actualizar(String id, List<String> aspectos, Map<String, Object> propiedadesNodo) {
		NodeBodyUpdate cuerpo = new NodeBodyUpdate();
		cuerpo.setAspectNames(aspectos);
		// The definition declares the update body's values as text (alfresco-core.yaml,
		// NodeBodyUpdate: additionalProperties of type string); Alfresco converts them to
		// each property's type. A multi-valued property (e.g. pqrsd:prioridades) is the
		// documented exception: it goes as a JSON array of its values. Alfresco's REST
		// API
		// reads the body into org.alfresco.rest.api.model.Node, whose properties are a
		// Map<String, Object>, and NodesImpl.updateNodeImpl → mapToNodeProperties passes
		// each value through as it was parsed ("value = (Serializable)
		// entry.getValue()", Alfresco/alfresco-community-repo, remote-api,
		// org/alfresco/rest/api/impl/NodesImpl.java): an array arrives as a List and is
		// stored as the property's values, each checked against its LIST constraint,
		// while "A,B" would be stored as ONE value "A,B" that the constraint refuses.
		// An empty list clears the property (no stale values).
		Map<String, Object> texto = new LinkedHashMap<>();
		propiedadesNodo.forEach((k, v) -> {
			if (v instanceof List<?> lista) {
				texto.put(k, lista.stream().map(String::valueOf).toList());
			}
			else {
				texto.put(k, String.valueOf(v));
			}
		});
		cuerpo.setProperties(texto);
		return nodo(nodos.updateNode(id, cuerpo, INCLUIR, null));
	}

	InputStream descargar(String id) {
		ResponseEntity<Resource> r = nodos.getNodeContent(id, false, null, null);
		Resource cuerpo = r.getBody();
		if (cuerpo == null) {
			throw new IllegalStateException("Alfresco devolvió el nodo " + id + " sin contenido");
		}
		try {
			return cuerpo.getInputStream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes the node for good (not to Alfresco's trashcan): a disposición final. */
	void eliminar(String id) {
		try {
			nodos.deleteNode(id, true);
		}
		catch (FeignException.NotFound e) {
			// Already gone.
		}
	}

	private String completa(String ruta) {
		String base = propiedades.ruta().replaceAll("^/+|/+$", "");
		return base.isEmpty() ? ruta : base + "/" + ruta;
	}

	@SuppressWarnings("unchecked")
	private static Nodo nodo(ResponseEntity<NodeEntry> respuesta) {
		NodeEntry e = respuesta.getBody();
		if (e == null || e.getEntry() == null) {
			throw new IllegalStateException("Respuesta de Alfresco sin nodo");
		}
		Node n = e.getEntry();
		Map<String, Object> p = n.getProperties() instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
				: Map.of();
		return new Nodo(n.getId(), n.getParentId(), p,
				n.getAspectNames() == null ? List.of() : List.copyOf(n.getAspectNames()));
	}

}
