-- The citizen's public channel (issue #12): filings from the web form, the public API and e-mail.

-- The ventanilla that receives what citizens file without a clerk (pqrsd.ciudadano.dependencia-receptora). The
-- system account that radicates it (canal.ciudadano, inactive, no usable password) is created at the first filing, not
-- here: the first start creates 'admin' only when there is no user at all.
INSERT INTO dependencia (codigo, nombre, activa)
VALUES ('1', 'Ventanilla Única (canal ciudadano)', true)
ON CONFLICT (codigo) DO NOTHING;

-- A filing with an external origin (a mail's Message-ID) is radicated once.
CREATE TABLE pqrsd_origen (
    origen_id varchar(500) PRIMARY KEY,
    radicado  varchar(40)  NOT NULL UNIQUE REFERENCES pqrsd_caso (radicado),
    creado_en timestamptz  NOT NULL
);

-- The consultation code (PIN) of a citizen's filing, stored only as its SHA-256 (it has 60 random bits).
CREATE TABLE ciudadano_pin (
    radicado  varchar(40) PRIMARY KEY REFERENCES radicado (numero),
    pin_hash  varchar(64) NOT NULL,
    creado_en timestamptz NOT NULL
);

-- Attempts counted by the public channel's rate limits (per IP, per e-mail), shared by every node.
CREATE TABLE ciudadano_intento (
    id        bigserial    PRIMARY KEY,
    tipo      varchar(20)  NOT NULL CHECK (tipo IN ('RADICACION','CONSULTA_FALLIDA')),
    clave     varchar(300) NOT NULL,
    en        timestamptz  NOT NULL
);
CREATE INDEX ciudadano_intento_clave ON ciudadano_intento (tipo, clave, en);
