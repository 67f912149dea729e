package co.pqrsd.server.radicacion;

/** Who the sender or addressee is. */
public enum TipoPersona {

	NATURAL, JURIDICA, ENTIDAD

}
