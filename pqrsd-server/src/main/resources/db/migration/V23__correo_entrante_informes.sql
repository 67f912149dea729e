-- Mails read from the institutional mailbox (issue #12). One row per distinct mail: its Message-ID, or the SHA-256
-- of its bytes when it has none. The row of a radicated mail is written in the transaction of its radicación, so
-- the same mail is never radicated twice; a failing mail keeps its last error and is retried from the mailbox.
CREATE TABLE correo_entrante (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clave          varchar(300)  NOT NULL UNIQUE,
    message_id     varchar(300),
    sha256         char(64)      NOT NULL,
    remitente      varchar(320),
    asunto         varchar(1000),
    estado         varchar(20)   NOT NULL CHECK (estado IN ('RADICADO', 'FALLIDO', 'REBOTE', 'AUTOMATICO')),
    radicado       varchar(40)   REFERENCES radicado (numero),
    intentos       integer       NOT NULL DEFAULT 0,
    ultimo_error   varchar(1000),
    visto_en       timestamptz   NOT NULL,
    procesado_en   timestamptz
);
CREATE INDEX correo_entrante_fallido ON correo_entrante (visto_en DESC) WHERE estado = 'FALLIDO';

-- Delivery failures (DSN) of mails pqrsd sent, matched to their case through the outbox row they name.
CREATE TABLE correo_rebote (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    correo_entrante bigint       NOT NULL UNIQUE REFERENCES correo_entrante (id),
    correo_saliente bigint,
    radicado       varchar(40),
    destinatario   varchar(320),
    diagnostico    varchar(2000) NOT NULL,
    recibido_en    timestamptz   NOT NULL
);
CREATE INDEX correo_rebote_radicado ON correo_rebote (radicado, recibido_en);

-- Reports published on /ciudadano/informes (Ley 1712 de 2014, art. 11 lit. h; Decreto 1081 de 2015, art.
-- 2.1.1.6.2). The published figures are frozen as they were when published.
CREATE TABLE informe_publicado (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tipo           varchar(20)   NOT NULL CHECK (tipo IN ('PQRSD', 'ACCESO')),
    desde          date          NOT NULL,
    hasta          date          NOT NULL,
    titulo         varchar(300)  NOT NULL,
    datos          jsonb         NOT NULL,
    publicado_por  varchar(100)  NOT NULL,
    publicado_en   timestamptz   NOT NULL,
    UNIQUE (tipo, desde, hasta)
);
