-- MigracionesTest data, V19: TRD versions (one replaced, one in force, one draft), their rows and tipos documentales.
-- Rows go in while the version is a draft (the guard freezes an approved version's rows).
INSERT INTO archivo_trd_version (nombre, creado_por, creado_en)
VALUES ('TRD 2018', 'control.interno', '2018-03-01 08:00-05'),
       ('TRD 2024', 'control.interno', '2024-02-01 08:00-05'),
       ('TRD 2027 (borrador)', 'control.interno', '2026-02-01 08:00-05');
INSERT INTO archivo_trd_fila (version_id, orden, dependencia, serie_codigo, subserie_codigo, serie_nombre,
                              subserie_nombre, soporte, retencion_ag, retencion_ac, disposicion_ct, disposicion_e,
                              disposicion_s, disposicion_md, muestreo, procedimiento, evento_inicio)
VALUES (1, 1, '200', '10', NULL, 'Actas', NULL, 'FISICO', 2, 8, true, false, false, false, NULL, '', 'CIERRE'),
       (2, 1, '200', '10', NULL, 'Actas', NULL, 'HIBRIDO', 2, 18, true, false, false, true, NULL,
        'Se microfilma y se transfiere al archivo histórico', 'CIERRE'),
       (2, 2, '200', '45', '2', 'Derechos de petición', 'Peticiones', 'ELECTRONICO', 1, 4, false, true, false, false,
        NULL, 'Se elimina con acta del comité', 'CIERRE'),
       (2, 3, '210', '30', NULL, 'Comparendos', NULL, 'FISICO', 3, 7, false, false, true, false,
        'Muestreo del 10 % por año', 'Se selecciona la muestra', 'FIRMEZA'),
       (3, 1, '200', '10', NULL, 'Actas', NULL, 'ELECTRONICO', 2, 18, true, false, false, false, NULL, '', 'CIERRE');
INSERT INTO archivo_trd_tipo (fila_id, orden, nombre)
VALUES (2, 1, 'Citación'), (2, 2, 'Acta'), (3, 1, 'Petición'), (3, 2, 'Respuesta'), (4, 1, 'Comparendo');
UPDATE archivo_trd_version SET estado = 'VIGENTE', acto_aprobacion = 'Acuerdo 5 de 2018',
                               fecha_aprobacion = '2018-02-15', vigente_desde = '2018-03-01'
 WHERE id = 1;
UPDATE archivo_trd_version SET estado = 'REEMPLAZADA', vigente_hasta = '2024-01-31' WHERE id = 1;
UPDATE archivo_trd_version SET estado = 'VIGENTE', acto_aprobacion = 'Acuerdo 2 de 2024',
                               fecha_aprobacion = '2024-01-20', fecha_convalidacion = '2024-06-01',
                               inscripcion_rusd = 'RUSD-25736-2024', vigente_desde = '2024-02-01'
 WHERE id = 2;
