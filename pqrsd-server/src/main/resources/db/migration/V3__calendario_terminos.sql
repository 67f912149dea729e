-- Versioned legal tables. Rows with origen 'LEY' mirror the tables shipped with pqrsd-core (a new law adds a row
-- there); rows with origen 'ENTIDAD' are special norms the entity adds without code.
CREATE TABLE festivo_regla (
    codigo         varchar(40)  PRIMARY KEY,
    nombre         varchar(120) NOT NULL,
    tipo           varchar(20)  NOT NULL CHECK (tipo IN ('FIJO','TRASLADABLE','PASCUA','PASCUA_TRASLADABLE')),
    mes            integer      NOT NULL,
    dia            integer      NOT NULL,
    desplazamiento integer      NOT NULL,
    fundamento     varchar(300) NOT NULL,
    vigente_desde  integer      NOT NULL,
    vigente_hasta  integer,
    origen         varchar(10)  NOT NULL DEFAULT 'LEY'
);

CREATE TABLE termino_regla (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    modalidad       varchar(40)  NOT NULL CHECK (modalidad ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    nombre          varchar(200) NOT NULL,
    termino         integer      NOT NULL CHECK (termino > 0),
    unidad          varchar(10)  NOT NULL CHECK (unidad IN ('HABILES','MESES')),
    fundamento      varchar(300) NOT NULL,
    vigente_desde   date         NOT NULL,
    vigente_hasta   date,
    admite_prorroga boolean      NOT NULL,
    origen          varchar(10)  NOT NULL DEFAULT 'LEY' CHECK (origen IN ('LEY','ENTIDAD')),
    UNIQUE (modalidad, vigente_desde)
);

-- Non-working days declared by an administrative act. Never deleted: a revoked act stays, marked revoked.
CREATE TABLE calendario_cierre (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    desde           date         NOT NULL,
    hasta           date         NOT NULL CHECK (hasta >= desde),
    tipo            varchar(30)  NOT NULL CHECK (tipo IN ('CIERRE','SUSPENSION_TERMINOS')),
    acto            varchar(120) NOT NULL,
    fecha_acto      date         NOT NULL,
    motivo          varchar(500) NOT NULL,
    creado_por      varchar(40)  NOT NULL,
    creado_en       timestamptz  NOT NULL,
    revocado_en     timestamptz,
    revocado_por    varchar(40),
    motivo_revocacion varchar(500)
);

-- The entity's calendar settings (one row). version grows with every change so other nodes notice.
CREATE TABLE calendario_configuracion (
    id                      integer     PRIMARY KEY CHECK (id = 1),
    dias_laborales          varchar(40) NOT NULL DEFAULT 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
    apertura                time        NOT NULL DEFAULT '08:00',
    cierre                  time        NOT NULL DEFAULT '17:00',
    fuera_horario_siguiente boolean     NOT NULL DEFAULT false,
    reanudacion             varchar(40) NOT NULL DEFAULT 'REANUDAR_DIAS_RESTANTES',
    semaforo_amarillo       numeric(4,3) NOT NULL DEFAULT 0.6,
    semaforo_rojo           numeric(4,3) NOT NULL DEFAULT 0.8,
    version                 bigint      NOT NULL DEFAULT 1
);
INSERT INTO calendario_configuracion (id) VALUES (1);
