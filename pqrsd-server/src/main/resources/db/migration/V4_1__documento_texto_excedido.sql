-- A file whose parsing exceeded the limits (pqrsd.documentos.*) is kept with its bytes, and its
-- text is marked as not extracted: "texto no extraído: excede los límites".
ALTER TABLE documento DROP CONSTRAINT documento_estado_texto_check;
ALTER TABLE documento ADD CONSTRAINT documento_estado_texto_check
    CHECK (estado_texto IN ('EXTRAIDO', 'SIN_TEXTO', 'EXCEDIDO'));
