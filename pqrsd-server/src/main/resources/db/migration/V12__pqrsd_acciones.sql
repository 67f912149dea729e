-- Who may do a dependencia's reparto besides its jefe (the repartidores he names).
CREATE TABLE pqrsd_repartidor (
    dependencia   varchar(5)   NOT NULL REFERENCES dependencia (codigo),
    usuario       varchar(100) NOT NULL REFERENCES usuario (username),
    designado_por varchar(100) NOT NULL,
    designado_en  timestamptz  NOT NULL,
    PRIMARY KEY (dependencia, usuario)
);
CREATE INDEX pqrsd_repartidor_usuario ON pqrsd_repartidor (usuario);

-- The approval step of answers, per dependencia (no row: switched on).
CREATE TABLE pqrsd_aprobacion_dependencia (
    dependencia         varchar(5)   PRIMARY KEY REFERENCES dependencia (codigo),
    requiere_aprobacion boolean      NOT NULL,
    modificado_por      varchar(100) NOT NULL,
    modificado_en       timestamptz  NOT NULL
);

-- The peticionario's preferred answer channel (CORREO_ELECTRONICO, CORREO_POSTAL, PRESENCIAL; NULL: by e-mail when
-- he gave one, else at the ventanilla).
ALTER TABLE pqrsd_caso ADD COLUMN canal_respuesta varchar(30);

-- Documents of a drafted answer, kept until the answer becomes its SALIDA radicado (on approval).
CREATE TABLE pqrsd_respuesta_documento (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    radicado       varchar(40)  NOT NULL REFERENCES pqrsd_caso (radicado),
    nombre         varchar(300) NOT NULL,
    tipo_declarado varchar(200),
    contenido      bytea        NOT NULL
);
CREATE INDEX pqrsd_respuesta_documento_radicado ON pqrsd_respuesta_documento (radicado, id);

-- The SALIDA radicados a case produced (answers, oficios remisorios), linked to its ENTRADA.
CREATE TABLE pqrsd_salida (
    salida   varchar(40) PRIMARY KEY REFERENCES radicado (numero),
    radicado varchar(40) NOT NULL REFERENCES pqrsd_caso (radicado),
    tipo     varchar(30) NOT NULL
);
CREATE INDEX pqrsd_salida_radicado ON pqrsd_salida (radicado);
