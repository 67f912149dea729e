-- Expedientes and their índice electrónico (issue #11, domain-rules.md §4.7). CPACA art. 59 (Ley 2080 de 2021):
-- authenticity, integrity and availability; the índice is the electronic foliation (AGN, "Guías Cero Papel").

-- Gapless consecutive per numbering prefix (year + dependencia + serie + subserie by default): the same locking
-- upsert as radicado_consecutivo, so a rollback gives the number back.
CREATE TABLE archivo_expediente_consecutivo (
    prefijo  text    PRIMARY KEY,
    ultimo   bigint  NOT NULL CHECK (ultimo > 0)
);

CREATE TABLE archivo_expediente (
    id                      bigserial    PRIMARY KEY,
    numero                  text         UNIQUE NOT NULL,
    prefijo                 text         NOT NULL,
    consecutivo             bigint       NOT NULL CHECK (consecutivo > 0),
    dependencia             text         NOT NULL,
    trd_version_id          bigint       NOT NULL REFERENCES archivo_trd_version (id),
    trd_fila_id             bigint       NOT NULL REFERENCES archivo_trd_fila (id),
    nombre                  text         NOT NULL CHECK (length(nombre) BETWEEN 1 AND 300),
    descripcion             text,
    soporte                 text         CHECK (soporte IN ('FISICO','ELECTRONICO','HIBRIDO')),
    ubicacion_fisica        text,
    nivel_acceso            text         NOT NULL DEFAULT 'PUBLICA' CHECK (nivel_acceso IN ('PUBLICA','CLASIFICADA','RESERVADA')),
    fundamento_reserva      text,
    reserva_hasta           date,
    estado                  text         NOT NULL DEFAULT 'ABIERTO' CHECK (estado IN ('ABIERTO','CERRADO')),
    fecha_apertura          date         NOT NULL,
    fecha_cierre            date,
    fecha_inicio_retencion  date,
    indice_sha256           text,
    creado_por              text,
    creado_en               timestamptz,
    cerrado_por             text,
    cerrado_en              timestamptz,
    UNIQUE (prefijo, consecutivo),
    -- Ley 1712 de 2014, arts. 18-19: a classified or reserved expediente states its legal basis; a reserve has a term.
    CHECK (nivel_acceso = 'PUBLICA' OR length(coalesce(fundamento_reserva, '')) > 0),
    CHECK (nivel_acceso <> 'RESERVADA' OR reserva_hasta IS NOT NULL),
    CHECK ((estado = 'CERRADO') = (fecha_cierre IS NOT NULL AND indice_sha256 IS NOT NULL)),
    CHECK (fecha_cierre IS NULL OR fecha_cierre >= fecha_apertura)
);
CREATE INDEX archivo_expediente_dependencia ON archivo_expediente (dependencia, estado);
CREATE INDEX archivo_expediente_fila ON archivo_expediente (trd_fila_id, estado);
CREATE INDEX archivo_expediente_retencion ON archivo_expediente (fecha_inicio_retencion) WHERE estado = 'CERRADO';

-- A closed expediente is frozen: its identity, classification, dates and sealed hash never change again (later
-- modules may still record its location and access level changes).
CREATE FUNCTION archivo_expediente_guarda() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Un expediente no se elimina' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.estado = 'CERRADO' AND
       ((OLD.id, OLD.numero, OLD.prefijo, OLD.consecutivo, OLD.dependencia, OLD.trd_version_id, OLD.trd_fila_id,
         OLD.nombre, OLD.estado, OLD.fecha_apertura, OLD.fecha_cierre, OLD.indice_sha256, OLD.creado_por,
         OLD.creado_en, OLD.cerrado_por, OLD.cerrado_en)
        IS DISTINCT FROM
        (NEW.id, NEW.numero, NEW.prefijo, NEW.consecutivo, NEW.dependencia, NEW.trd_version_id, NEW.trd_fila_id,
         NEW.nombre, NEW.estado, NEW.fecha_apertura, NEW.fecha_cierre, NEW.indice_sha256, NEW.creado_por,
         NEW.creado_en, NEW.cerrado_por, NEW.cerrado_en)
        OR (OLD.fecha_inicio_retencion IS NOT NULL
            AND OLD.fecha_inicio_retencion IS DISTINCT FROM NEW.fecha_inicio_retencion)) THEN
        RAISE EXCEPTION 'Un expediente cerrado no se modifica' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER archivo_expediente_guarda BEFORE UPDATE OR DELETE ON archivo_expediente
    FOR EACH ROW EXECUTE FUNCTION archivo_expediente_guarda();

-- The índice electrónico: one row per incorporated document, orden 1..n without gaps, cumulative pages.
-- Append-only (R-EXP-5: nothing is removed; corrections add documents). Disposition never deletes these rows:
-- it records destruction elsewhere and keeps them as the tombstone's índice.
CREATE TABLE archivo_indice_entrada (
    expediente_id        bigint       NOT NULL REFERENCES archivo_expediente (id),
    orden                integer      NOT NULL CHECK (orden >= 1),
    documento_id         text         NOT NULL,
    nombre               text,
    tipologia            text,
    fecha_creacion       date,
    fecha_incorporacion  timestamptz,
    sha256               text         NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    funcion_resumen      text         NOT NULL DEFAULT 'SHA-256',
    pagina_inicio        integer,
    pagina_fin           integer,
    formato              text,
    tamano               bigint       CHECK (tamano >= 0),
    origen               text         CHECK (origen IN ('ELECTRONICO','DIGITALIZADO')),
    radicado             text         NULL,
    contenido_sha256     text         NOT NULL,   -- key in documentos.AlmacenDocumentos
    incorporado_por      text,
    PRIMARY KEY (expediente_id, orden),
    UNIQUE (expediente_id, documento_id),
    CHECK (pagina_fin IS NULL OR pagina_inicio IS NULL OR pagina_fin >= pagina_inicio)
);
CREATE INDEX archivo_indice_entrada_contenido ON archivo_indice_entrada (contenido_sha256);

CREATE TRIGGER archivo_indice_entrada_inmutable BEFORE UPDATE OR DELETE ON archivo_indice_entrada
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER archivo_indice_entrada_sin_truncate BEFORE TRUNCATE ON archivo_indice_entrada
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
CREATE TRIGGER archivo_expediente_sin_truncate BEFORE TRUNCATE ON archivo_expediente
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();

-- A closed expediente receives no more documents; orden continues the sequence without gaps.
CREATE FUNCTION archivo_indice_entrada_orden() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    e text;
    ultimo integer;
BEGIN
    SELECT estado INTO e FROM archivo_expediente WHERE id = NEW.expediente_id FOR UPDATE;
    IF e = 'CERRADO' THEN
        RAISE EXCEPTION 'El expediente está cerrado: no admite más documentos' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(max(orden), 0) INTO ultimo FROM archivo_indice_entrada WHERE expediente_id = NEW.expediente_id;
    IF NEW.orden <> ultimo + 1 THEN
        RAISE EXCEPTION 'El orden del índice debe ser % (sin saltos)', ultimo + 1 USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER archivo_indice_entrada_orden BEFORE INSERT ON archivo_indice_entrada
    FOR EACH ROW EXECUTE FUNCTION archivo_indice_entrada_orden();

-- The serie where each dependencia files its closed PQRSD (the case's documents are incorporated into the open
-- expediente of that serie/subserie of the TRD in force, opened if needed).
CREATE TABLE archivo_serie_pqrsd (
    dependencia      text         PRIMARY KEY,
    serie_codigo     text         NOT NULL,
    subserie_codigo  text         NULL,
    tipologia        text,
    modificado_por   text         NOT NULL,
    modificado_en    timestamptz  NOT NULL
);
