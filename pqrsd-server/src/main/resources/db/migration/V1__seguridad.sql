-- Users, roles and dependencias (the municipality's organigrama).
CREATE TABLE dependencia (
    codigo   varchar(5)   PRIMARY KEY CHECK (codigo ~ '^[0-9]{1,5}$'),
    nombre   varchar(200) NOT NULL,
    padre    varchar(5)   REFERENCES dependencia (codigo),
    jefe     varchar(40),
    activa   boolean      NOT NULL DEFAULT true
);

CREATE TABLE usuario (
    username          varchar(40)  PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
    nombre            varchar(200) NOT NULL,
    email             varchar(254) NOT NULL,
    cargo             varchar(200),
    activo            boolean      NOT NULL DEFAULT true,
    hash_contrasena   varchar(255) NOT NULL,
    intentos_fallidos integer      NOT NULL DEFAULT 0,
    bloqueado_hasta   timestamptz,
    creado_en         timestamptz  NOT NULL,
    actualizado_en    timestamptz  NOT NULL
);

ALTER TABLE dependencia ADD CONSTRAINT dependencia_jefe_fk FOREIGN KEY (jefe) REFERENCES usuario (username);

CREATE TABLE usuario_rol (
    username varchar(40) NOT NULL REFERENCES usuario (username),
    rol      varchar(30) NOT NULL CHECK (rol IN ('ADMIN','RADICADOR','FUNCIONARIO','JEFE_DEPENDENCIA','ARCHIVISTA','CONTROL_INTERNO')),
    PRIMARY KEY (username, rol)
);

CREATE TABLE usuario_dependencia (
    username    varchar(40) NOT NULL REFERENCES usuario (username),
    dependencia varchar(5)  NOT NULL REFERENCES dependencia (codigo),
    PRIMARY KEY (username, dependencia)
);

-- Dependencias are never deleted once created (issue 2): they are made inactive instead.
CREATE FUNCTION dependencia_sin_borrado() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Las dependencias no se eliminan; márquela como inactiva' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER dependencia_sin_borrado BEFORE DELETE ON dependencia FOR EACH ROW EXECUTE FUNCTION dependencia_sin_borrado();
