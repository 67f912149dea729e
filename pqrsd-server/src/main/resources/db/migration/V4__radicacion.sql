-- Ventanilla única: radicados, their numbering, senders and addressees, documents and full-text search.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Spanish full-text search that ignores accents: "peticion" finds "petición" and the other way round.
CREATE TEXT SEARCH CONFIGURATION pqrsd_es (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION pqrsd_es ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem;

CREATE FUNCTION pqrsd_normalizar(texto text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = public, pg_catalog
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(texto, ''))) $$;

-- Directory of senders and addressees (Ley 1581 de 2012: personal data, shown only to roles that need them).
CREATE TABLE tercero (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tipo_persona     varchar(20)  NOT NULL CHECK (tipo_persona IN ('NATURAL','JURIDICA','ENTIDAD')),
    tipo_documento   varchar(10),
    numero_documento varchar(30),
    nombre           varchar(300) NOT NULL,
    direccion        varchar(300),
    municipio        varchar(120),
    correo           varchar(254),
    telefono         varchar(40),
    creado_en        timestamptz  NOT NULL,
    actualizado_en   timestamptz  NOT NULL,
    UNIQUE (tipo_documento, numero_documento)
);
CREATE INDEX tercero_numero_documento ON tercero (numero_documento);
CREATE INDEX tercero_nombre_trgm ON tercero USING gin (pqrsd_normalizar(nombre) gin_trgm_ops);

-- One gapless counter per scope (the number without its consecutive). The row lock taken by the increment is held
-- until the radicado's transaction ends, so a rolled-back radicación consumes no number (AGN Acuerdo 060 de 2001, art. 5).
CREATE TABLE radicado_consecutivo (
    alcance varchar(60) PRIMARY KEY,
    anio    integer     NOT NULL,
    tipo    varchar(10) NOT NULL,
    ultimo  bigint      NOT NULL CHECK (ultimo > 0)
);

CREATE TABLE radicado (
    numero                  varchar(40)  PRIMARY KEY,
    anio                    integer      NOT NULL,
    tipo                    varchar(10)  NOT NULL CHECK (tipo IN ('ENTRADA','SALIDA','INTERNA')),
    consecutivo             bigint       NOT NULL,
    alcance                 varchar(60)  NOT NULL,
    fecha_radicacion        timestamptz  NOT NULL,
    dependencia             varchar(5)   NOT NULL REFERENCES dependencia (codigo),
    dependencia_radicadora  varchar(5)   NOT NULL REFERENCES dependencia (codigo),
    asunto                  varchar(1000) NOT NULL,
    descripcion             text,
    medio                   varchar(30)  NOT NULL,
    guia                    varchar(80),
    folios                  integer      CHECK (folios >= 0),
    anexos_cantidad         integer      NOT NULL DEFAULT 0 CHECK (anexos_cantidad >= 0),
    anexos_descripcion      varchar(1000),
    remitente_id            bigint       REFERENCES tercero (id),
    remitente_anonimo       boolean      NOT NULL DEFAULT false,
    remitente               jsonb,
    destinatario_id         bigint       REFERENCES tercero (id),
    destinatario            jsonb,
    radicado_relacionado    varchar(40)  REFERENCES radicado (numero),
    radicador               varchar(40)  NOT NULL REFERENCES usuario (username),
    observaciones           text,
    estado                  varchar(10)  NOT NULL DEFAULT 'VIGENTE' CHECK (estado IN ('VIGENTE','ANULADO')),
    anulado_en              timestamptz,
    anulado_por             varchar(40),
    anulacion_justificacion text,
    anulacion_acta          varchar(80),
    UNIQUE (alcance, consecutivo)
);
CREATE INDEX radicado_fecha ON radicado (fecha_radicacion DESC);
CREATE INDEX radicado_dependencia ON radicado (dependencia, fecha_radicacion DESC);
CREATE INDEX radicado_radicador ON radicado (radicador, fecha_radicacion DESC);
CREATE INDEX radicado_remitente ON radicado (remitente_id, fecha_radicacion DESC);
CREATE INDEX radicado_partes_trgm ON radicado USING gin (pqrsd_normalizar(coalesce(remitente->>'nombre', '') || ' ' || coalesce(destinatario->>'nombre', '')) gin_trgm_ops);
CREATE INDEX radicado_destinatario ON radicado (destinatario_id);
CREATE INDEX radicado_asunto_trgm ON radicado USING gin (pqrsd_normalizar(asunto) gin_trgm_ops);

-- A radicado's registered data never change (AGN Acuerdo 060 de 2001, art. 5: no "enmendados, corregidos o tachados");
-- the only change allowed is its anulación, once.
CREATE FUNCTION radicado_inmutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Un radicado no se elimina; se anula' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (OLD.numero, OLD.anio, OLD.tipo, OLD.consecutivo, OLD.alcance, OLD.fecha_radicacion, OLD.dependencia,
        OLD.dependencia_radicadora, OLD.asunto, OLD.descripcion, OLD.medio, OLD.guia, OLD.folios, OLD.anexos_cantidad,
        OLD.anexos_descripcion, OLD.remitente_id, OLD.remitente_anonimo, OLD.remitente, OLD.destinatario_id, OLD.destinatario, OLD.radicado_relacionado,
        OLD.radicador, OLD.observaciones)
       IS DISTINCT FROM
       (NEW.numero, NEW.anio, NEW.tipo, NEW.consecutivo, NEW.alcance, NEW.fecha_radicacion, NEW.dependencia,
        NEW.dependencia_radicadora, NEW.asunto, NEW.descripcion, NEW.medio, NEW.guia, NEW.folios, NEW.anexos_cantidad,
        NEW.anexos_descripcion, NEW.remitente_id, NEW.remitente_anonimo, NEW.remitente, NEW.destinatario_id, NEW.destinatario, NEW.radicado_relacionado,
        NEW.radicador, NEW.observaciones)
       OR OLD.estado = 'ANULADO' THEN
        RAISE EXCEPTION 'Los datos registrados de un radicado no se modifican; use una anotación' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER radicado_inmutable BEFORE UPDATE OR DELETE ON radicado FOR EACH ROW EXECUTE FUNCTION radicado_inmutable();

-- Corrections are separate annotations, never edits.
CREATE TABLE radicado_anotacion (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    numero    varchar(40) NOT NULL REFERENCES radicado (numero),
    texto     text        NOT NULL,
    autor     varchar(40) NOT NULL,
    creado_en timestamptz NOT NULL
);
CREATE INDEX radicado_anotacion_numero ON radicado_anotacion (numero);

-- Documents: stored on disk by SHA-256, never replaced (a new version keeps the old ones).
CREATE TABLE documento (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    numero         varchar(40)  NOT NULL REFERENCES radicado (numero),
    rol            varchar(10)  NOT NULL CHECK (rol IN ('PRINCIPAL','ANEXO')),
    nombre         varchar(255) NOT NULL,
    version        integer      NOT NULL DEFAULT 1,
    version_de     bigint       REFERENCES documento (id),
    sha256         char(64)     NOT NULL,
    tamano         bigint       NOT NULL,
    tipo_mime      varchar(150) NOT NULL,
    tipo_declarado varchar(150),
    paginas        integer,
    autor          varchar(300),
    titulo         varchar(500),
    creado_doc     varchar(40),
    texto          text,
    estado_texto   varchar(10)  NOT NULL CHECK (estado_texto IN ('EXTRAIDO','SIN_TEXTO')),
    cargado_por    varchar(40)  NOT NULL,
    cargado_en     timestamptz  NOT NULL
);
CREATE INDEX documento_numero ON documento (numero);
CREATE TRIGGER documento_inmutable BEFORE UPDATE OR DELETE ON documento FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();

-- Search index: asunto, descripción and the documents' text, accent-insensitive Spanish.
CREATE TABLE radicado_busqueda (
    numero varchar(40) PRIMARY KEY REFERENCES radicado (numero),
    vector tsvector    NOT NULL
);
CREATE INDEX radicado_busqueda_vector ON radicado_busqueda USING gin (vector);
