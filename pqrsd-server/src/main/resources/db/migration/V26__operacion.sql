-- Every backup taken by the operator's command (java -jar … respaldo), good or not: the admin screen shows the last
-- good one and warns when it is older than pqrsd.respaldo.antiguedad-maxima (docs/operacion.md).
CREATE TABLE operacion_respaldo (
    id              bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inicio          timestamptz   NOT NULL,
    fin             timestamptz   NOT NULL,
    destino         varchar(500)  NOT NULL,
    modo            varchar(20)   NOT NULL,
    version_esquema varchar(50)   NOT NULL,
    archivos        integer       NOT NULL,
    bytes           bigint        NOT NULL,
    documentos      bigint        NOT NULL,
    correcto        boolean       NOT NULL,
    mensaje         varchar(2000) NOT NULL
);
CREATE INDEX operacion_respaldo_correcto ON operacion_respaldo (correcto, fin DESC);
