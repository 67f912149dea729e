-- Durable queue of the Alfresco adapter (docs/alfresco.md). A row is written in the transaction that stores the
-- document (radicación), so the radicado never commits without it; ColaAlfresco stores it in Alfresco with backoff,
-- one node at a time (FOR UPDATE SKIP LOCKED), and marks it stored exactly once: before creating a node it looks it up
-- by its deterministic path (carpeta/nombre_nodo), so a crash between Alfresco's answer and our commit never makes two.
CREATE TABLE documento_alfresco (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- GUARDAR: store one document version; CLASIFICAR: set the expediente metadata on the radicado's nodes.
    operacion       varchar(12)  NOT NULL CHECK (operacion IN ('GUARDAR','CLASIFICAR')),
    radicado        varchar(40)  NOT NULL,
    documento_id    bigint,
    sha256          char(64),
    carpeta         varchar(300),
    nombre_nodo     varchar(255),
    version         integer      NOT NULL DEFAULT 1,
    tipo_mime       varchar(150),
    aspectos        varchar(300) NOT NULL,
    -- pqrsd:* properties of the node, as Alfresco's REST API takes them.
    propiedades     jsonb        NOT NULL,
    encolado_en     timestamptz  NOT NULL,
    intentos        integer      NOT NULL DEFAULT 0,
    proximo_intento timestamptz,
    ultimo_error    varchar(500),
    nodo_id         varchar(80),
    almacenado_en   timestamptz,
    CHECK (operacion = 'CLASIFICAR' OR (documento_id IS NOT NULL AND sha256 IS NOT NULL AND carpeta IS NOT NULL
                                         AND nombre_nodo IS NOT NULL))
);
CREATE INDEX documento_alfresco_pendiente ON documento_alfresco (proximo_intento NULLS FIRST, id) WHERE almacenado_en IS NULL;
CREATE INDEX documento_alfresco_radicado ON documento_alfresco (radicado);
CREATE INDEX documento_alfresco_sha256 ON documento_alfresco (sha256);
CREATE UNIQUE INDEX documento_alfresco_documento ON documento_alfresco (documento_id) WHERE operacion = 'GUARDAR';
