-- MigracionesTest data, V21: a signed índice, retention clocks (in gestión and in the central archive, one
-- eliminated), a legal hold (and a lifted one), a transfer with its FUID item and the location history, a
-- disposition with its items, a citizen's observation, the tombstone of the eliminated expediente and evidence of
-- conservación total.
INSERT INTO archivo_indice_firmado (expediente_id, formato, huella_indice, entradas, contenido, firmado_en,
                                    firmado_por)
VALUES (2, 'XML', repeat('7', 64), 1, convert_to('<IndiceElectronico/>', 'UTF8'), '2024-12-20 16:00-05',
        'control.interno'),
       (2, 'PDF', repeat('7', 64), 1, '\x255044462d312e370a'::bytea, '2024-12-20 16:01-05', 'control.interno');
INSERT INTO archivo_retencion (expediente_id, inicio, fin_ag, fin_ac, disposicion, va_historico, admite_eliminacion,
                               ubicacion, eliminado)
VALUES (2, '2024-12-20', '2026-12-20', '2044-12-20', 'CT+MD', true, false, 'GESTION', false),
       (3, '2024-12-20', '2026-12-20', '2044-12-20', 'CT+MD', true, false, 'GESTION', false),
       (4, '2021-03-01', '2024-03-01', '2031-03-01', 'S', true, true, 'CENTRAL', true);
INSERT INTO archivo_bloqueo (expediente_id, motivo, referencia, creado_por, creado_en)
VALUES (3, 'Proceso disciplinario en curso', 'Auto 12 de 2025', 'control.interno', '2025-06-01 08:00-05');
INSERT INTO archivo_bloqueo (expediente_id, motivo, creado_por, creado_en, levantado_por, levantado_en,
                             motivo_levantamiento)
VALUES (2, 'Solicitud de la Procuraduría', 'control.interno', '2025-01-10 08:00-05', 'control.interno',
        '2025-03-10 08:00-05', 'Archivo del proceso');
INSERT INTO archivo_transferencia (numero, tipo, dependencia, objeto, entidad_remitente, entidad_productora, estado,
                                   observaciones, creada_por, creada_en, enviada_por, enviada_en, resuelta_por,
                                   resuelta_en)
VALUES (1, 'PRIMARIA', '210', 'Transferencia primaria', 'Alcaldía de Sesquilé', 'Inspección de policía', 'ACEPTADA',
        'Sin novedades', 'control.interno', '2024-03-02 08:00-05', 'control.interno', '2024-03-03 08:00-05',
        'control.interno', '2024-03-10 08:00-05');
INSERT INTO archivo_transferencia (numero, tipo, dependencia, objeto, entidad_remitente, entidad_productora, estado,
                                   creada_por, creada_en)
VALUES (2, 'SECUNDARIA', '200', 'Transferencia secundaria', 'Alcaldía de Sesquilé', 'Secretaría de gobierno',
        'BORRADOR', 'control.interno', '2026-02-01 08:00-05');
INSERT INTO archivo_transferencia_item (transferencia_id, orden, expediente_id, unidad_conservacion, folios,
                                        frecuencia_consulta, notas)
VALUES (1, 1, 4, 'Caja 1, carpeta 1', 120, 'Baja', 'Folios numerados');
INSERT INTO archivo_ubicacion_historial (expediente_id, desde, hasta, ubicacion_fisica, transferencia_id,
                                         registrado_por, registrado_en)
VALUES (4, 'GESTION', 'CENTRAL', 'Archivo central, estante 9', 1, 'control.interno', '2024-03-10 08:00-05'),
       (2, 'GESTION', 'GESTION', 'Estante 3, caja 12', NULL, 'control.interno', '2025-01-02 08:00-05');
INSERT INTO archivo_disposicion (descripcion, estado, acta_comite, fecha_comite, publicacion_desde,
                                 publicacion_hasta, acta_eliminacion, fecha_acta_eliminacion, creada_por, creada_en,
                                 ejecutada_por, ejecutada_en)
VALUES ('Eliminación de comparendos 2020', 'EJECUTADA', 'Acta del comité 3 de 2031', '2031-03-05', '2031-03-06',
        '2031-05-06', 'Acta de eliminación 1 de 2031', '2031-05-10', 'control.interno', '2031-03-02 08:00-05',
        'control.interno', '2031-05-10 08:00-05');
INSERT INTO archivo_disposicion (descripcion, estado, creada_por, creada_en)
VALUES ('Candidatos 2026', 'CANDIDATOS', 'control.interno', '2026-02-01 08:00-05');
INSERT INTO archivo_disposicion_item (disposicion_id, orden, expediente_id, estado, motivo_exclusion)
VALUES (1, 1, 4, 'ELIMINADO', NULL), (2, 1, 2, 'EXCLUIDO', 'Bajo congelación'), (2, 2, 3, 'PROPUESTO', NULL);
INSERT INTO archivo_disposicion_observacion (disposicion_id, orden, nombre, correo, texto, recibida_en, respuesta,
                                             excluye, respondida_por, respondida_en)
VALUES (1, 1, 'Veeduría ciudadana', 'veeduria@x.co', 'Solicitamos conservar una muestra', '2031-04-01 08:00-05',
        'Se conserva la muestra de la selección', false, 'control.interno', '2031-04-10 08:00-05');
INSERT INTO archivo_disposicion_observacion (disposicion_id, nombre, texto, recibida_en)
VALUES (2, 'Anónimo', 'Sin observaciones de fondo', '2026-02-02 08:00-05');
INSERT INTO archivo_lapida (expediente_id, disposicion_id, numero, acta_eliminacion, acta_comite, indice_sha256,
                            entradas, contenidos_destruidos, contenidos_conservados, eliminado_por, eliminado_en)
VALUES (4, 1, '2020-210-30-0001', 'Acta de eliminación 1 de 2031', 'Acta del comité 3 de 2031', repeat('8', 64),
        '[{"orden": 1, "sha256": "0000000000000000000000000000000000000000000000000000000000000001"}]', 1, 0,
        'control.interno', '2031-05-10 08:00-05');
INSERT INTO archivo_evidencia_disposicion (expediente_id, tipo, descripcion, evidencia_sha256, registrado_por,
                                           registrado_en)
VALUES (2, 'MD', 'Microfilmación del expediente', repeat('9', 64), 'control.interno', '2026-01-15 08:00-05'),
       (2, 'CT', 'Conservación total en el archivo histórico', NULL, 'control.interno', '2026-01-15 08:05-05');
