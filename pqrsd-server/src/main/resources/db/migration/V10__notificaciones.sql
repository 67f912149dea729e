-- In-app notifications (the bell): one row per recipient. "clave" is the stable key of what is notified (an aviso
-- of a case, a daily digest...): a key is delivered to a user at most once, whatever retries or nodes do.
CREATE TABLE notificacion (
    id        bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clave     varchar(200)  NOT NULL,
    usuario   varchar(40)   NOT NULL REFERENCES usuario (username),
    asunto    varchar(300)  NOT NULL,
    texto     text          NOT NULL,
    enlace    varchar(300),
    creada_en timestamptz   NOT NULL,
    leida_en  timestamptz,
    UNIQUE (clave, usuario)
);
CREATE INDEX notificacion_no_leidas ON notificacion (usuario, creada_en DESC) WHERE leida_en IS NULL;

-- Outgoing mail (an outbox): written in the transaction of what it tells, sent after commit by a worker that marks
-- each row sent. "clave" makes a mail unique: the same key is never queued twice.
CREATE TABLE correo_saliente (
    id          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clave       varchar(250)  NOT NULL UNIQUE,
    para        varchar(254)  NOT NULL,
    asunto      varchar(300)  NOT NULL,
    texto       text          NOT NULL,
    creado_en   timestamptz   NOT NULL,
    enviado_en  timestamptz,
    intentos    integer       NOT NULL DEFAULT 0,
    ultimo_error varchar(500)
);
CREATE INDEX correo_saliente_pendiente ON correo_saliente (id) WHERE enviado_en IS NULL;
