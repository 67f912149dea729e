-- MigracionesTest: after an upgrade from before V21_1, the value each NOT NULL column added by V21_1 got in the rows
-- that existed. Each query answers true (NULL: no such rows in that copy).

-- archivo_retencion.dependencia: the oficina productora of the expediente, filled by the migration itself.
SELECT bool_and(r.dependencia = e.dependencia) FROM archivo_retencion r JOIN archivo_expediente e ON e.id = r.expediente_id;
