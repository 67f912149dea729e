-- MigracionesTest: after an upgrade from before V28, the value each NOT NULL column added by V28 got in the rows that
-- existed. Each query answers true (NULL: no such rows in that copy).

-- correo_rebote.origen: DEFAULT 'DSN', every bounce recorded before came from the mailbox.
SELECT bool_and(origen = 'DSN' AND correo_entrante IS NOT NULL) FROM correo_rebote;
