-- The Alfresco queue also carries the documents uploaded directly to an expediente (docs/alfresco.md, issue #13). They
-- belong to no radicado: their rows name the expediente (its número) instead. A GUARDAR row of one stores the document in
-- expedientes/<número>; a CLASIFICAR row of an expediente updates the metadata of its own documents (cierre, start of
-- retention). Each row belongs to exactly one radicado or one expediente.
-- No table, sequence nor function is created: the application role's rights on documento_alfresco (the owner's default
-- privileges, as for V24) already cover the new column.
ALTER TABLE documento_alfresco ALTER COLUMN radicado DROP NOT NULL;
ALTER TABLE documento_alfresco ADD COLUMN expediente text;

-- V24's unnamed table CHECK (PostgreSQL named it documento_alfresco_check) asked every GUARDAR row for a documento_id.
ALTER TABLE documento_alfresco DROP CONSTRAINT documento_alfresco_check;
ALTER TABLE documento_alfresco ADD CONSTRAINT documento_alfresco_propietario
    CHECK (num_nonnulls(radicado, expediente) = 1);
ALTER TABLE documento_alfresco ADD CONSTRAINT documento_alfresco_guardar
    CHECK (operacion = 'CLASIFICAR' OR (sha256 IS NOT NULL AND carpeta IS NOT NULL AND nombre_nodo IS NOT NULL
                                         AND (documento_id IS NOT NULL OR expediente IS NOT NULL)));

-- An expediente holds a content once (DOCUMENTO_YA_INCORPORADO): its document is queued once.
CREATE UNIQUE INDEX documento_alfresco_expediente_documento ON documento_alfresco (expediente, sha256)
    WHERE operacion = 'GUARDAR' AND expediente IS NOT NULL;
CREATE INDEX documento_alfresco_expediente ON documento_alfresco (expediente, id) WHERE expediente IS NOT NULL;
