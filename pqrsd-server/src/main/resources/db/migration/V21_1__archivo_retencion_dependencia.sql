-- The due lists page over archivo_retencion alone (issue #11: < 2 s over 200 000 closed expedientes): the oficina
-- productora is kept beside the retention clock so a list filtered by oficina is an index range scan too.
ALTER TABLE archivo_retencion ADD COLUMN dependencia text;
UPDATE archivo_retencion r SET dependencia = e.dependencia FROM archivo_expediente e WHERE e.id = r.expediente_id;
ALTER TABLE archivo_retencion ALTER COLUMN dependencia SET NOT NULL;
CREATE INDEX archivo_retencion_primaria_dependencia ON archivo_retencion (dependencia, fin_ag, expediente_id)
    WHERE ubicacion = 'GESTION';
CREATE INDEX archivo_retencion_central_dependencia ON archivo_retencion (dependencia, fin_ac, expediente_id)
    WHERE ubicacion = 'CENTRAL' AND NOT eliminado;
