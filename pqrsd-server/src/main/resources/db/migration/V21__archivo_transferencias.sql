-- Signed índice, retention clocks, transfers (FUID), disposición final and legal holds (issue #11,
-- domain-rules.md §4.3-4.5, §4.7). Built on the V19/V20 tables, which this migration never changes.

-- Signed copies of the índice electrónico (R-EXP-2: firmado digitalmente; R-EXP-4: re-signed when it changes).
-- A copy is kept until a newer one replaces it for exports; verification checks the latest one.
CREATE TABLE archivo_indice_firmado (
    id             bigserial    PRIMARY KEY,
    expediente_id  bigint       NOT NULL REFERENCES archivo_expediente (id),
    formato        text         NOT NULL CHECK (formato IN ('XML','PDF')),
    huella_indice  text         NOT NULL CHECK (huella_indice ~ '^[0-9a-f]{64}$'),
    entradas       integer      NOT NULL CHECK (entradas >= 0),
    contenido      bytea        NOT NULL,
    firmado_en     timestamptz  NOT NULL,
    firmado_por    text         NOT NULL
);
CREATE INDEX archivo_indice_firmado_ultimo ON archivo_indice_firmado (expediente_id, formato, id DESC);

-- Retention clock of each closed expediente (R-TRD-5: fin_AG = inicio + AG años, fin_AC = fin_AG + AC años),
-- stored when it closes so the due lists are an index range scan.
CREATE TABLE archivo_retencion (
    expediente_id       bigint   PRIMARY KEY REFERENCES archivo_expediente (id),
    inicio              date     NOT NULL,
    fin_ag              date     NOT NULL,
    fin_ac              date     NOT NULL CHECK (fin_ac >= fin_ag),
    disposicion         text     NOT NULL,           -- e.g. 'CT+MD', as the TRD row marks it
    va_historico        boolean  NOT NULL,           -- CT or S (R-TRD-6)
    admite_eliminacion  boolean  NOT NULL,           -- E or S (R-TRD-8)
    ubicacion           text     NOT NULL DEFAULT 'GESTION' CHECK (ubicacion IN ('GESTION','CENTRAL','HISTORICO')),
    eliminado           boolean  NOT NULL DEFAULT false
);
CREATE INDEX archivo_retencion_primaria ON archivo_retencion (fin_ag, expediente_id) WHERE ubicacion = 'GESTION';
CREATE INDEX archivo_retencion_central ON archivo_retencion (fin_ac, expediente_id)
    WHERE ubicacion = 'CENTRAL' AND NOT eliminado;

-- Legal holds (congelación): while not lifted, no transfer or disposition of the expediente.
CREATE TABLE archivo_bloqueo (
    id                     bigserial    PRIMARY KEY,
    expediente_id          bigint       NOT NULL REFERENCES archivo_expediente (id),
    motivo                 text         NOT NULL CHECK (length(motivo) BETWEEN 1 AND 500),
    referencia             text         CHECK (length(referencia) <= 200),
    creado_por             text         NOT NULL,
    creado_en              timestamptz  NOT NULL,
    levantado_por          text,
    levantado_en           timestamptz,
    motivo_levantamiento   text
);
CREATE INDEX archivo_bloqueo_vigente ON archivo_bloqueo (expediente_id) WHERE levantado_en IS NULL;

-- Transfers with their FUID (R-TRD-6; FUID, AGN Acuerdo 042 de 2002). numero is the N.T.
CREATE TABLE archivo_transferencia (
    id                   bigserial    PRIMARY KEY,
    numero               integer      UNIQUE NOT NULL CHECK (numero > 0),
    tipo                 text         NOT NULL CHECK (tipo IN ('PRIMARIA','SECUNDARIA')),
    dependencia          text         NOT NULL,
    objeto               text         NOT NULL,
    entidad_remitente    text         NOT NULL,
    entidad_productora   text         NOT NULL,
    estado               text         NOT NULL CHECK (estado IN ('BORRADOR','ENVIADA','ACEPTADA','DEVUELTA')),
    observaciones        text,
    creada_por           text         NOT NULL,
    creada_en            timestamptz  NOT NULL,
    enviada_por          text,
    enviada_en           timestamptz,
    resuelta_por         text,
    resuelta_en          timestamptz
);
CREATE TABLE archivo_transferencia_item (
    transferencia_id     bigint   NOT NULL REFERENCES archivo_transferencia (id),
    orden                integer  NOT NULL CHECK (orden >= 1),
    expediente_id        bigint   NOT NULL REFERENCES archivo_expediente (id),
    unidad_conservacion  text     NOT NULL,
    folios               integer  NOT NULL CHECK (folios >= 0),
    frecuencia_consulta  text     NOT NULL,
    notas                text,
    PRIMARY KEY (transferencia_id, orden),
    UNIQUE (transferencia_id, expediente_id)
);
CREATE INDEX archivo_transferencia_item_expediente ON archivo_transferencia_item (expediente_id);

-- Every change of where an expediente is (archive and physical location), append-only.
CREATE TABLE archivo_ubicacion_historial (
    id                bigserial    PRIMARY KEY,
    expediente_id     bigint       NOT NULL REFERENCES archivo_expediente (id),
    desde             text         NOT NULL,
    hasta             text         NOT NULL,
    ubicacion_fisica  text,
    transferencia_id  bigint       REFERENCES archivo_transferencia (id),
    registrado_por    text         NOT NULL,
    registrado_en     timestamptz  NOT NULL
);
CREATE INDEX archivo_ubicacion_historial_expediente ON archivo_ubicacion_historial (expediente_id, id);
CREATE TRIGGER archivo_ubicacion_historial_inmutable BEFORE UPDATE OR DELETE ON archivo_ubicacion_historial
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();

-- Disposición final (R-TRD-8..11): never automatic.
CREATE TABLE archivo_disposicion (
    id                       bigserial    PRIMARY KEY,
    descripcion              text         NOT NULL,
    estado                   text         NOT NULL
        CHECK (estado IN ('CANDIDATOS','APROBADA','EN_PUBLICACION','ACTA_FIRMADA','EJECUTADA')),
    acta_comite              text,
    fecha_comite             date,
    publicacion_desde        date,
    publicacion_hasta        date,
    acta_eliminacion         text,
    fecha_acta_eliminacion   date,
    creada_por               text         NOT NULL,
    creada_en                timestamptz  NOT NULL,
    ejecutada_por            text,
    ejecutada_en             timestamptz
);
CREATE TABLE archivo_disposicion_item (
    disposicion_id    bigint   NOT NULL REFERENCES archivo_disposicion (id),
    orden             integer  NOT NULL CHECK (orden >= 1),
    expediente_id     bigint   NOT NULL REFERENCES archivo_expediente (id),
    estado            text     NOT NULL DEFAULT 'PROPUESTO' CHECK (estado IN ('PROPUESTO','EXCLUIDO','ELIMINADO')),
    motivo_exclusion  text,
    PRIMARY KEY (disposicion_id, orden)
);
CREATE INDEX archivo_disposicion_item_expediente ON archivo_disposicion_item (expediente_id);

-- Citizens' observations on the published inventory (R-TRD-9); an open one blocks its rows (R-TRD-11).
CREATE TABLE archivo_disposicion_observacion (
    id               bigserial    PRIMARY KEY,
    disposicion_id   bigint       NOT NULL REFERENCES archivo_disposicion (id),
    orden            integer,
    nombre           text         NOT NULL CHECK (length(nombre) BETWEEN 1 AND 200),
    correo           text         CHECK (length(correo) <= 200),
    texto            text         NOT NULL CHECK (length(texto) BETWEEN 1 AND 4000),
    recibida_en      timestamptz  NOT NULL,
    respuesta        text,
    excluye          boolean,
    respondida_por   text,
    respondida_en    timestamptz
);
CREATE INDEX archivo_disposicion_observacion_abierta ON archivo_disposicion_observacion (disposicion_id)
    WHERE respondida_en IS NULL;

-- The tombstone of an eliminated expediente (R-TRD-10): what, índice entries and hashes, acta, who, when. Kept
-- permanently: append-only.
CREATE TABLE archivo_lapida (
    expediente_id            bigint       PRIMARY KEY REFERENCES archivo_expediente (id),
    disposicion_id           bigint       NOT NULL REFERENCES archivo_disposicion (id),
    numero                   text         NOT NULL,
    acta_eliminacion         text         NOT NULL,
    acta_comite              text         NOT NULL,
    indice_sha256            text,
    entradas                 jsonb        NOT NULL,
    contenidos_destruidos    integer      NOT NULL,
    contenidos_conservados   integer      NOT NULL,
    eliminado_por            text         NOT NULL,
    eliminado_en             timestamptz  NOT NULL
);
CREATE TRIGGER archivo_lapida_inmutable BEFORE UPDATE OR DELETE ON archivo_lapida
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();
CREATE TRIGGER archivo_lapida_sin_truncate BEFORE TRUNCATE ON archivo_lapida
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();

-- Evidence of conservación total and of medio técnico (microfilm/digitization), kept permanently.
CREATE TABLE archivo_evidencia_disposicion (
    id              bigserial    PRIMARY KEY,
    expediente_id   bigint       NOT NULL REFERENCES archivo_expediente (id),
    tipo            text         NOT NULL CHECK (tipo IN ('CT','MD')),
    descripcion     text         NOT NULL CHECK (length(descripcion) BETWEEN 1 AND 2000),
    evidencia_sha256 text        CHECK (evidencia_sha256 ~ '^[0-9a-f]{64}$'),
    registrado_por  text         NOT NULL,
    registrado_en   timestamptz  NOT NULL
);
CREATE TRIGGER archivo_evidencia_disposicion_inmutable BEFORE UPDATE OR DELETE ON archivo_evidencia_disposicion
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();
