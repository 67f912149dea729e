-- Plan anticorrupción (PAAC / PTEP) per vigencia (issue #10, domain-rules.md §6). The activities are stored as jsonb
-- rows of the core's Actividad with the meta and the date as the plan wrote them; the core reads them again on load.
CREATE TABLE plan_anticorrupcion (
    vigencia    integer      PRIMARY KEY CHECK (vigencia BETWEEN 2000 AND 2100),
    plantilla   varchar(40)  NOT NULL,
    borrador    jsonb        NOT NULL,
    creado_por  varchar(40)  NOT NULL,
    creado_en   timestamptz  NOT NULL
);

-- Published versions: 1 is the plan published by 31 January, each later one a motivated adjustment (R-PAAC-2).
CREATE TABLE plan_version (
    vigencia      integer      NOT NULL REFERENCES plan_anticorrupcion (vigencia),
    numero        integer      NOT NULL CHECK (numero >= 1),
    actividades   jsonb        NOT NULL,
    publicada_en  timestamptz  NOT NULL,
    publicada_por varchar(40)  NOT NULL,
    motivo        text,
    PRIMARY KEY (vigencia, numero),
    CHECK (numero = 1 OR motivo IS NOT NULL)
);

-- A cut that Control Interno published: from then on nothing of it changes (CORTE_PUBLICADO).
CREATE TABLE plan_corte_publicado (
    vigencia      integer      NOT NULL REFERENCES plan_anticorrupcion (vigencia),
    numero        integer      NOT NULL CHECK (numero BETWEEN 1 AND 3),
    publicado_el  date         NOT NULL,
    publicado_por varchar(40)  NOT NULL,
    PRIMARY KEY (vigencia, numero)
);

-- Follow-up of one activity at one cut: the dependencia's report (first line) and Control Interno's verification
-- (third line).
CREATE TABLE plan_seguimiento (
    vigencia        integer       NOT NULL REFERENCES plan_anticorrupcion (vigencia),
    corte           integer       NOT NULL CHECK (corte BETWEEN 1 AND 3),
    actividad       varchar(20)   NOT NULL,
    reportado       numeric(12,2),
    descripcion     text,
    evidencias      jsonb         NOT NULL DEFAULT '[]',
    reportado_por   varchar(40),
    reportado_en    timestamptz,
    verificado      numeric(12,2),
    observaciones   text,
    verificado_por  varchar(40),
    verificado_en   timestamptz,
    PRIMARY KEY (vigencia, corte, actividad)
);

-- Evidence documents uploaded for an activity at a cut, kept with their SHA-256 and size.
CREATE TABLE plan_evidencia (
    id          bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vigencia    integer       NOT NULL REFERENCES plan_anticorrupcion (vigencia),
    corte       integer       NOT NULL CHECK (corte BETWEEN 1 AND 3),
    actividad   varchar(20)   NOT NULL,
    nombre      varchar(200)  NOT NULL,
    tipo        varchar(100)  NOT NULL,
    tamano      bigint        NOT NULL CHECK (tamano > 0),
    sha256      char(64)      NOT NULL,
    contenido   bytea         NOT NULL,
    subido_por  varchar(40)   NOT NULL,
    subido_en   timestamptz   NOT NULL
);
CREATE INDEX plan_evidencia_actividad ON plan_evidencia (vigencia, corte, actividad);
