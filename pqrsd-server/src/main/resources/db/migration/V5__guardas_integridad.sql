-- Integrity guards enforced by PostgreSQL itself, not only by the application.

-- Annotations are the only way to correct a radicado, so they are as immutable as the radicado
-- (AGN Acuerdo 060 de 2001, art. 5: no "enmendados, corregidos o tachados").
CREATE TRIGGER radicado_anotacion_inmutable BEFORE UPDATE OR DELETE ON radicado_anotacion
    FOR EACH ROW EXECUTE FUNCTION auditoria_solo_insercion();

-- A statement-level TRUNCATE skips row triggers: refuse it on every record table.
CREATE FUNCTION pqrsd_sin_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'TRUNCATE no está permitido en %: es un registro que no se borra', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER radicado_sin_truncate BEFORE TRUNCATE ON radicado
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
CREATE TRIGGER documento_sin_truncate BEFORE TRUNCATE ON documento
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
CREATE TRIGGER radicado_anotacion_sin_truncate BEFORE TRUNCATE ON radicado_anotacion
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
CREATE TRIGGER radicado_consecutivo_sin_truncate BEFORE TRUNCATE ON radicado_consecutivo
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();
CREATE TRIGGER calendario_cierre_sin_truncate BEFORE TRUNCATE ON calendario_cierre
    FOR EACH STATEMENT EXECUTE FUNCTION pqrsd_sin_truncate();

-- A closure declared by an administrative act is never deleted nor edited: the only change is its revocation, once,
-- which fills the three revocation fields.
CREATE FUNCTION calendario_cierre_inmutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Un cierre del calendario no se elimina; se revoca' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (OLD.id, OLD.desde, OLD.hasta, OLD.tipo, OLD.acto, OLD.fecha_acto, OLD.motivo, OLD.creado_por, OLD.creado_en)
       IS DISTINCT FROM
       (NEW.id, NEW.desde, NEW.hasta, NEW.tipo, NEW.acto, NEW.fecha_acto, NEW.motivo, NEW.creado_por, NEW.creado_en)
       OR OLD.revocado_en IS NOT NULL
       OR NEW.revocado_en IS NULL OR NEW.revocado_por IS NULL OR NEW.motivo_revocacion IS NULL THEN
        RAISE EXCEPTION 'Un cierre del calendario solo admite su revocación, una vez' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER calendario_cierre_inmutable BEFORE UPDATE OR DELETE ON calendario_cierre
    FOR EACH ROW EXECUTE FUNCTION calendario_cierre_inmutable();

-- ANULADO if and only if the anulación is complete: who, when, why and the acta (AGN Acuerdo 060 de 2001, art. 5 par.).
ALTER TABLE radicado ADD CONSTRAINT radicado_anulacion_completa CHECK (
    (estado = 'ANULADO') = (anulado_en IS NOT NULL AND anulado_por IS NOT NULL
                            AND anulacion_justificacion IS NOT NULL AND anulacion_acta IS NOT NULL)
    AND (estado = 'ANULADO' OR (anulado_en IS NULL AND anulado_por IS NULL
                                AND anulacion_justificacion IS NULL AND anulacion_acta IS NULL)));

-- Search by part of the number (the consecutive, the last digits) uses this index instead of a scan.
CREATE INDEX radicado_numero_trgm ON radicado USING gin (numero gin_trgm_ops);

-- The settings in force at the last start: a change between restarts (e.g. the numbering pattern) is audited as
-- CONFIGURACION_MODIFICADA.
CREATE TABLE configuracion_registrada (
    clave         varchar(60) PRIMARY KEY,
    valores       jsonb       NOT NULL,
    registrada_en timestamptz NOT NULL
);
