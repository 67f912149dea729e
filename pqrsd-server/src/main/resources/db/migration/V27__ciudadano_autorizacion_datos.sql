-- The data-protection consent of a citizen's filing (issue #12; Ley 1581 de 2012, arts. 9 and 17 lit. b: the
-- authorization is prior, express and informed, and the entity keeps a copy to prove it). One row per case filed on
-- the web form or the public API by a named peticionario (an anonymous filing gives no personal data and needs none):
-- whether he authorized, when (the filing instant) and which policy he was shown (its version or address,
-- pqrsd.ciudadano.politica-datos). Without authorization the petition is still received (Ley 1437 de 2011, art. 13
-- ff.: it cannot be refused) and its personal data are used only to answer it.
CREATE TABLE pqrsd_autorizacion_datos (
    radicado      varchar(40)  PRIMARY KEY REFERENCES pqrsd_caso (radicado),
    autoriza      boolean      NOT NULL,
    registrada_en timestamptz  NOT NULL,
    politica      varchar(500) NOT NULL
);
