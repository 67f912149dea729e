package co.pqrsd.server.radicacion;

/** Who the sender or addressee is. */
enum TipoPersona {

	NATURAL, JURIDICA, ENTIDAD

}
