-- Corruption risk map (issue #10, domain-rules.md §5): one row per risk of a vigencia. "riesgo" is the core record
-- (co.pqrsd.core.riesgos.Riesgo: wording, evaluation, treatment, materializations); the other columns are the inputs
-- the evaluation is recomputed from and copies lists and the heat map filter on.
CREATE TABLE riesgo (
    id                    bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vigencia              integer      NOT NULL CHECK (vigencia BETWEEN 2000 AND 2100),
    codigo                varchar(20)  NOT NULL,
    proceso               varchar(200) NOT NULL,
    dependencia           varchar(5)   REFERENCES dependencia (codigo),
    tipo                  varchar(20)  NOT NULL,
    riesgo                jsonb        NOT NULL,
    -- Controls in the order they apply (R-RSK-7), and what the user entered for the evaluation (R-RSK-1).
    controles             jsonb        NOT NULL DEFAULT '[]',
    entrada_evaluacion    jsonb,
    -- Reports of each materialization to the competent authority, parallel to riesgo->materializaciones (R-RSK-15).
    informes              jsonb        NOT NULL DEFAULT '[]',
    zona_inherente        varchar(20),
    zona_residual         varchar(20),
    requiere_reevaluacion boolean      NOT NULL DEFAULT false,
    version               integer      NOT NULL DEFAULT 0,
    creado_en             timestamptz  NOT NULL,
    actualizado_en        timestamptz  NOT NULL,
    UNIQUE (vigencia, codigo)
);
CREATE INDEX riesgo_vigencia ON riesgo (vigencia, proceso, codigo);

-- Follow-up of the map at each cut (R-RSK-13): one record per risk (core SeguimientoMapaRiesgos.Registro as jsonb).
CREATE TABLE riesgo_seguimiento (
    vigencia  integer     NOT NULL,
    corte     integer     NOT NULL,
    riesgo_id bigint      NOT NULL REFERENCES riesgo (id) ON DELETE CASCADE,
    registro  jsonb       NOT NULL,
    PRIMARY KEY (vigencia, corte, riesgo_id)
);

-- A cut's publication by Control Interno: from then on its records do not change.
CREATE TABLE riesgo_corte (
    vigencia      integer     NOT NULL,
    corte         integer     NOT NULL,
    publicado_el  date        NOT NULL,
    publicado_por varchar(40) NOT NULL,
    PRIMARY KEY (vigencia, corte)
);
