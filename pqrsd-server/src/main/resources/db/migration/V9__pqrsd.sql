-- PQRSD cases (Ley 1755 de 2015): one per ENTRADA radicado. The whole case as the core aggregate stores it is kept in
-- "caso" (jsonb) and rebuilt from there; the columns beside it are copies for filtering and the inbox.
CREATE TABLE pqrsd_caso (
    radicado            varchar(40)  PRIMARY KEY REFERENCES radicado (numero),
    etiqueta            varchar(20)  NOT NULL,
    modalidad           varchar(40),
    estado              varchar(30)  NOT NULL,
    dependencia         varchar(5)   NOT NULL,
    asignado_a          varchar(100),
    denuncia_corrupcion boolean      NOT NULL,
    anonimo             boolean      NOT NULL,
    recibido            timestamptz  NOT NULL,
    vencimiento         date,
    caso                jsonb        NOT NULL,
    version             integer      NOT NULL DEFAULT 0,
    creado_en           timestamptz  NOT NULL,
    actualizado_en      timestamptz  NOT NULL
);
CREATE INDEX pqrsd_caso_estado ON pqrsd_caso (estado, dependencia);
CREATE INDEX pqrsd_caso_asignado ON pqrsd_caso (asignado_a);

-- The facts each action produced, in order (the case's own history; the audit trail records the same actions).
CREATE TABLE pqrsd_hecho (
    id       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    radicado varchar(40)  NOT NULL REFERENCES pqrsd_caso (radicado),
    tipo     varchar(60)  NOT NULL,
    ocurrido timestamptz  NOT NULL,
    usuario  varchar(100) NOT NULL,
    datos    jsonb        NOT NULL
);
CREATE INDEX pqrsd_hecho_radicado ON pqrsd_hecho (radicado, id);

-- Radicados reserved by law (a corruption denuncia and its denunciante: Ley 1474 de 2011, art. 76): radicación leaves
-- them out of searches and answers 404 to whoever the reserving module does not admit.
CREATE TABLE radicado_reserva (
    numero    varchar(40) PRIMARY KEY REFERENCES radicado (numero),
    motivo    varchar(60) NOT NULL,
    creado_en timestamptz NOT NULL
);
