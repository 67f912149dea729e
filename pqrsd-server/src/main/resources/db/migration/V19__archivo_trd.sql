-- Tablas de Retención Documental (TRD) and the Cuadro de Clasificación Documental (CCD) they are built on (issue #11,
-- domain-rules.md §4.1, §4.2, §4.6). Ley 594 de 2000, art. 24: the TRD are mandatory; AGN Acuerdo 004 de 2019:
-- approval, convalidación and RUSD inscription. TRD values are entity-specific and legally approved: they are data.

-- A version of the entity's TRD: a draft is edited; once in force it is never edited, only superseded.
CREATE TABLE archivo_trd_version (
    id                  bigserial    PRIMARY KEY,
    nombre              text         NOT NULL CHECK (length(nombre) BETWEEN 1 AND 200),
    acto_aprobacion     text,
    fecha_aprobacion    date,
    fecha_convalidacion date,
    inscripcion_rusd    text,
    vigente_desde       date,
    vigente_hasta       date,
    estado              text         NOT NULL DEFAULT 'BORRADOR' CHECK (estado IN ('BORRADOR','VIGENTE','REEMPLAZADA')),
    creado_por          text         NOT NULL,
    creado_en           timestamptz  NOT NULL,
    CHECK (estado = 'BORRADOR' OR (vigente_desde IS NOT NULL AND acto_aprobacion IS NOT NULL
                                   AND fecha_aprobacion IS NOT NULL)),
    CHECK (estado <> 'REEMPLAZADA' OR vigente_hasta IS NOT NULL),
    CHECK (vigente_hasta IS NULL OR vigente_hasta >= vigente_desde)
);
-- One version in force at a time.
CREATE UNIQUE INDEX archivo_trd_version_una_vigente ON archivo_trd_version ((true)) WHERE estado = 'VIGENTE';

-- One row of the TRD: an oficina productora's serie (and subserie) with its retention and final disposition.
-- Codes are stable: a serie keeps its code (and name) in every dependencia of the version (R-TRD-12).
CREATE TABLE archivo_trd_fila (
    id              bigserial  PRIMARY KEY,
    version_id      bigint     NOT NULL REFERENCES archivo_trd_version (id) ON DELETE CASCADE,
    orden           integer    NOT NULL,
    dependencia     text       NOT NULL CHECK (dependencia ~ '^[0-9]{1,5}$'),   -- oficina productora code
    serie_codigo    text       NOT NULL CHECK (serie_codigo ~ '^[0-9A-Za-z]{1,10}$'),
    subserie_codigo text       NULL CHECK (subserie_codigo ~ '^[0-9A-Za-z]{1,10}$'),
    serie_nombre    text       NOT NULL CHECK (length(serie_nombre) BETWEEN 1 AND 300),
    subserie_nombre text       NULL,
    soporte         text       NOT NULL CHECK (soporte IN ('FISICO','ELECTRONICO','HIBRIDO')),
    retencion_ag    integer    NOT NULL CHECK (retencion_ag BETWEEN 0 AND 200),
    retencion_ac    integer    NOT NULL CHECK (retencion_ac BETWEEN 0 AND 200),
    disposicion_ct  boolean    NOT NULL DEFAULT false,
    disposicion_e   boolean    NOT NULL DEFAULT false,
    disposicion_s   boolean    NOT NULL DEFAULT false,
    disposicion_md  boolean    NOT NULL DEFAULT false,
    muestreo        text       NULL,
    procedimiento   text       NOT NULL DEFAULT '',
    evento_inicio   text       NOT NULL DEFAULT 'CIERRE' CHECK (evento_inicio ~ '^[A-Z_]{1,40}$'),
    UNIQUE (version_id, orden),
    -- R-TRD-2: exactly one of CT, E, S; M/D only combined with one of them; S needs its sampling rule.
    CHECK ((disposicion_ct::int + disposicion_e::int + disposicion_s::int) = 1),
    CHECK (NOT disposicion_s OR length(coalesce(muestreo, '')) > 0),
    CHECK ((subserie_codigo IS NULL) = (subserie_nombre IS NULL))
);
CREATE UNIQUE INDEX archivo_trd_fila_codigo ON archivo_trd_fila
    (version_id, dependencia, serie_codigo, coalesce(subserie_codigo, ''));
CREATE INDEX archivo_trd_fila_dependencia ON archivo_trd_fila (version_id, dependencia);

-- Tipos documentales of a row, in their order of production.
CREATE TABLE archivo_trd_tipo (
    fila_id  bigint   NOT NULL REFERENCES archivo_trd_fila (id) ON DELETE CASCADE,
    orden    integer  NOT NULL CHECK (orden >= 1),
    nombre   text     NOT NULL CHECK (length(nombre) BETWEEN 1 AND 300),
    PRIMARY KEY (fila_id, orden)
);

-- The CCD of each version: fondo (the entity) → sección/subsección (dependencia, whose parent is in `dependencia`)
-- → serie → subserie, with the stable hierarchical code dependencia.serie[.subserie].
CREATE VIEW archivo_ccd AS
    SELECT f.version_id, f.dependencia, f.serie_codigo, f.serie_nombre, f.subserie_codigo, f.subserie_nombre,
           f.dependencia || '.' || f.serie_codigo || coalesce('.' || f.subserie_codigo, '') AS codigo, f.id AS fila_id
      FROM archivo_trd_fila f;

-- A version in force cannot be edited, only superseded (Acuerdo 004 de 2019: an approved TRD changes by a new
-- approval): rows and tipos of a non-draft version are frozen, and the version itself only moves
-- VIGENTE → REEMPLAZADA (closing its vigencia).
CREATE FUNCTION archivo_trd_version_guarda() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.estado <> 'BORRADOR' THEN
            RAISE EXCEPTION 'Una TRD aprobada no se elimina' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.estado = 'REEMPLAZADA' THEN
        RAISE EXCEPTION 'Una TRD reemplazada no se modifica' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.estado = 'VIGENTE' AND (NEW.estado <> 'REEMPLAZADA'
        OR (OLD.id, OLD.nombre, OLD.acto_aprobacion, OLD.fecha_aprobacion, OLD.fecha_convalidacion,
            OLD.inscripcion_rusd, OLD.vigente_desde, OLD.creado_por, OLD.creado_en)
           IS DISTINCT FROM
           (NEW.id, NEW.nombre, NEW.acto_aprobacion, NEW.fecha_aprobacion, NEW.fecha_convalidacion,
            NEW.inscripcion_rusd, NEW.vigente_desde, NEW.creado_por, NEW.creado_en)) THEN
        RAISE EXCEPTION 'Una TRD vigente no se edita; se reemplaza por otra versión'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER archivo_trd_version_guarda BEFORE UPDATE OR DELETE ON archivo_trd_version
    FOR EACH ROW EXECUTE FUNCTION archivo_trd_version_guarda();

CREATE FUNCTION archivo_trd_fila_guarda() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
    e text;
BEGIN
    IF TG_TABLE_NAME = 'archivo_trd_fila' THEN
        v := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
    ELSE
        SELECT version_id INTO v FROM archivo_trd_fila
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.fila_id ELSE NEW.fila_id END;
    END IF;
    SELECT estado INTO e FROM archivo_trd_version WHERE id = v;
    IF e IS NOT NULL AND e <> 'BORRADOR' THEN
        RAISE EXCEPTION 'Las filas de una TRD aprobada no se modifican' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER archivo_trd_fila_guarda BEFORE INSERT OR UPDATE OR DELETE ON archivo_trd_fila
    FOR EACH ROW EXECUTE FUNCTION archivo_trd_fila_guarda();
CREATE TRIGGER archivo_trd_tipo_guarda BEFORE INSERT OR UPDATE OR DELETE ON archivo_trd_tipo
    FOR EACH ROW EXECUTE FUNCTION archivo_trd_fila_guarda();
CREATE TRIGGER archivo_trd_version_sin_truncate BEFORE TRUNCATE ON archivo_trd_version
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
CREATE TRIGGER archivo_trd_fila_sin_truncate BEFORE TRUNCATE ON archivo_trd_fila
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
