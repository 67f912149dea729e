-- The audit trail: append-only (enforced here, not only by the application) and hash-chained.
CREATE TABLE auditoria_evento (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The writing transaction: the sealer chains an entry only once every transaction below the horizon finished.
    xid          xid8         NOT NULL DEFAULT pg_current_xact_id(),
    instante     timestamptz  NOT NULL,
    usuario      varchar(40)  NOT NULL,
    roles        text[]       NOT NULL DEFAULT '{}',
    dependencias text[]       NOT NULL DEFAULT '{}',
    ip           varchar(64),
    agente       varchar(500),
    accion       varchar(60)  NOT NULL,
    objeto_tipo  varchar(40)  NOT NULL,
    objeto_id    varchar(200),
    resultado    varchar(10)  NOT NULL CHECK (resultado IN ('EXITO','DENEGADO','ERROR')),
    detalles     jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX auditoria_evento_xid ON auditoria_evento (xid, id);
CREATE INDEX auditoria_evento_instante ON auditoria_evento (instante DESC, id DESC);
CREATE INDEX auditoria_evento_usuario ON auditoria_evento (usuario, instante DESC, id DESC);
CREATE INDEX auditoria_evento_objeto ON auditoria_evento (objeto_tipo, objeto_id, instante DESC, id DESC);
CREATE INDEX auditoria_evento_accion ON auditoria_evento (accion, instante DESC, id DESC);

-- The chain: position n links entry n to entry n-1 by SHA-256.
CREATE TABLE auditoria_sello (
    posicion      bigint      PRIMARY KEY,
    evento_id     bigint      NOT NULL UNIQUE,
    hash_anterior char(64)    NOT NULL,
    hash          char(64)    NOT NULL,
    sellado_en    timestamptz NOT NULL
);

-- Where the sealer stopped (one row). Not evidence itself: the chain is.
CREATE TABLE auditoria_sellador (
    id        integer  PRIMARY KEY CHECK (id = 1),
    xid       xid8     NOT NULL,
    evento_id bigint   NOT NULL,
    posicion  bigint   NOT NULL,
    hash      char(64) NOT NULL
);
INSERT INTO auditoria_sellador VALUES (1, '0'::xid8, 0, 0, repeat('0', 64));

-- The last hash of each day, also written to the log for safekeeping outside the database.
CREATE TABLE auditoria_punto_control (
    fecha     date        PRIMARY KEY,
    posicion  bigint      NOT NULL,
    hash      char(64)    NOT NULL,
    entradas  bigint      NOT NULL,
    creado_en timestamptz NOT NULL
);

CREATE FUNCTION auditoria_solo_insercion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'La bitácora de auditoría es de solo inserción: % no está permitido en %', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER auditoria_evento_inmutable BEFORE UPDATE OR DELETE ON auditoria_evento
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER auditoria_evento_sin_truncate BEFORE TRUNCATE ON auditoria_evento
    FOR EACH STATEMENT EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER auditoria_sello_inmutable BEFORE UPDATE OR DELETE ON auditoria_sello
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER auditoria_sello_sin_truncate BEFORE TRUNCATE ON auditoria_sello
    FOR EACH STATEMENT EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER auditoria_punto_control_inmutable BEFORE UPDATE OR DELETE ON auditoria_punto_control
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER auditoria_punto_control_sin_truncate BEFORE TRUNCATE ON auditoria_punto_control
    FOR EACH STATEMENT EXECUTE FUNCTION auditoria_solo_insercion();
