-- MigracionesTest data, V20: expedientes (open, closed, closed and reserved, closed for elimination) with their
-- índice electrónico, the numbering, and the serie where a dependencia files its PQRSD. Entries go in while the
-- expediente is open (the guard refuses them once closed), then it is closed.
INSERT INTO archivo_expediente_consecutivo (prefijo, ultimo) VALUES ('2026-200-45-2', 1), ('2024-200-10', 2);
INSERT INTO archivo_expediente (numero, prefijo, consecutivo, dependencia, trd_version_id, trd_fila_id, nombre,
                                descripcion, soporte, ubicacion_fisica, nivel_acceso, fundamento_reserva,
                                reserva_hasta, fecha_apertura, creado_por, creado_en)
VALUES ('2026-200-45-2-0001', '2026-200-45-2', 1, '200', 2, 3, 'Peticiones 2026', 'Peticiones de la secretaría',
        'ELECTRONICO', NULL, 'PUBLICA', NULL, NULL, '2026-01-05', 'control.interno', '2026-01-05 08:00-05'),
       ('2024-200-10-0001', '2024-200-10', 1, '200', 2, 2, 'Actas del consejo 2024', NULL, 'HIBRIDO',
        'Estante 3, caja 12', 'CLASIFICADA', 'Ley 1712 de 2014, art. 18 lit. a', NULL, '2024-02-05', 'control.interno',
        '2024-02-05 08:00-05'),
       ('2024-200-10-0002', '2024-200-10', 2, '200', 2, 2, 'Actas reservadas 2024', NULL, 'FISICO', 'Estante 3',
        'RESERVADA', 'Ley 1712 de 2014, art. 19 lit. a', '2039-12-31', '2024-03-01', 'control.interno',
        '2024-03-01 08:00-05'),
       ('2020-210-30-0001', '2020-210-30', 1, '210', 2, 4, 'Comparendos 2020', NULL, 'FISICO', 'Archivo central',
        'PUBLICA', NULL, NULL, '2020-01-10', NULL, NULL);
INSERT INTO archivo_indice_entrada (expediente_id, orden, documento_id, nombre, tipologia, fecha_creacion,
                                    fecha_incorporacion, sha256, funcion_resumen, pagina_inicio, pagina_fin, formato,
                                    tamano, origen, radicado, contenido_sha256, incorporado_por)
VALUES (1, 1, 'documento:1', 'poda.pdf', 'Petición', '2026-01-05', '2026-01-21 08:00-05', repeat('a', 64), 'SHA-256',
        1, 1, 'application/pdf', 1234, 'ELECTRONICO', '20261000000011', repeat('a', 64), 'control.interno'),
       (1, 2, 'documento:2', 'poda-v2.pdf', 'Petición', '2026-01-05', '2026-01-21 08:00-05', repeat('b', 64),
        'SHA-256', 2, 3, 'application/pdf', 2345, 'DIGITALIZADO', '20261000000011', repeat('b', 64),
        'control.interno'),
       (2, 1, 'archivo:acta-1', 'acta-1.pdf', 'Acta', '2024-02-05', '2024-02-06 08:00-05', repeat('f', 64), 'SHA-256',
        1, 4, 'application/pdf', 5000, 'DIGITALIZADO', NULL, repeat('f', 64), 'control.interno'),
       (4, 1, 'archivo:comparendo-1', NULL, NULL, NULL, NULL, repeat('0', 63) || '1', 'SHA-256', NULL, NULL, NULL,
        NULL, NULL, NULL, repeat('0', 63) || '1', NULL);
UPDATE archivo_expediente SET estado = 'CERRADO', fecha_cierre = '2024-12-20', fecha_inicio_retencion = '2024-12-20',
                              indice_sha256 = repeat('7', 64), cerrado_por = 'control.interno',
                              cerrado_en = '2024-12-20 16:00-05'
 WHERE id IN (2, 3);
UPDATE archivo_expediente SET estado = 'CERRADO', fecha_cierre = '2020-12-30', fecha_inicio_retencion = '2021-03-01',
                              indice_sha256 = repeat('8', 64)
 WHERE id = 4;
INSERT INTO archivo_serie_pqrsd (dependencia, serie_codigo, subserie_codigo, tipologia, modificado_por, modificado_en)
VALUES ('200', '45', '2', 'Petición', 'control.interno', '2026-01-05 08:00-05'),
       ('210', '30', NULL, NULL, 'control.interno', '2026-01-05 08:00-05');
