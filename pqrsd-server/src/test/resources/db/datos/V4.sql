-- MigracionesTest data, V4: ventanilla única (senders, numbering, radicados of each type, annotations, documents and
-- their versions, the search index).
INSERT INTO tercero (tipo_persona, tipo_documento, numero_documento, nombre, municipio, creado_en, actualizado_en)
VALUES ('NATURAL', 'CC', '52111222', 'Lucía Migración', 'Sesquilé', '2026-01-05 08:00-05', '2026-01-05 08:00-05');
INSERT INTO tercero (tipo_persona, tipo_documento, numero_documento, nombre, direccion, municipio, correo, telefono,
                     creado_en, actualizado_en)
VALUES ('JURIDICA', 'NIT', '900123456', 'Constructora Ñandú S.A.S.', 'Calle 3 # 4-5', 'Guatavita', 'c@n.co',
        '601 555 0101', '2026-01-05 08:00-05', '2026-01-07 08:00-05'),
       ('ENTIDAD', NULL, NULL, 'Gobernación de Cundinamarca', NULL, 'Bogotá', NULL, NULL, '2026-01-05 08:00-05',
        '2026-01-05 08:00-05');
INSERT INTO radicado_consecutivo (alcance, anio, tipo, ultimo)
VALUES ('2026/100/ENTRADA', 2026, 'ENTRADA', 3), ('2026/100/SALIDA', 2026, 'SALIDA', 1),
       ('2026/200/INTERNA', 2026, 'INTERNA', 1);
INSERT INTO radicado (numero, anio, tipo, consecutivo, alcance, fecha_radicacion, dependencia, dependencia_radicadora,
                      asunto, medio, remitente_id, remitente, radicador)
VALUES ('20261000000011', 2026, 'ENTRADA', 1, '2026/100/ENTRADA', '2026-01-05 09:00-05', '200', '100',
        'Solicitud de poda', 'PRESENCIAL', 1, '{"nombre": "Lucía Migración"}', 'ventanilla1'),
       ('20261000000021', 2026, 'ENTRADA', 2, '2026/100/ENTRADA', '2026-01-05 09:10-05', '210', '100',
        'Queja por ruido', 'CORREO_ELECTRONICO', NULL, NULL, 'ventanilla1');
INSERT INTO radicado (numero, anio, tipo, consecutivo, alcance, fecha_radicacion, dependencia, dependencia_radicadora,
                      asunto, descripcion, medio, guia, folios, anexos_cantidad, anexos_descripcion, remitente_id,
                      remitente_anonimo, remitente, destinatario_id, destinatario, radicado_relacionado, radicador,
                      observaciones)
VALUES ('20261000000031', 2026, 'ENTRADA', 3, '2026/100/ENTRADA', '2026-01-06 10:00-05', '200', '100',
        'Denuncia anónima', 'Cobro indebido en trámite', 'CORREO_CERTIFICADO', 'RN123456789CO', 3, 1, 'Una fotografía',
        NULL, true, NULL, NULL, NULL, NULL, 'ventanilla1', 'Llegó sin remitente'),
       ('20261000000012', 2026, 'SALIDA', 1, '2026/100/SALIDA', '2026-01-08 11:00-05', '200', '200',
        'Respuesta a solicitud de poda', NULL, 'CORREO_ELECTRONICO', NULL, 2, 0, NULL, NULL, false, NULL, 1,
        '{"nombre": "Lucía Migración", "correo": "l@m.co"}', '20261000000011', 'jefe.gobierno', NULL),
       ('20262000000013', 2026, 'INTERNA', 1, '2026/200/INTERNA', '2026-01-08 12:00-05', '210', '200',
        'Memorando interno', NULL, 'INTERNO', NULL, NULL, 0, NULL, 2, false,
        '{"nombre": "Constructora Ñandú S.A.S.", "nit": "900123456"}', 3, '{"nombre": "Gobernación"}', NULL,
        'jefe.gobierno', NULL);
-- An anulación (the only change a radicado admits): complete, as V5's constraint requires of every ANULADO row.
UPDATE radicado SET estado = 'ANULADO', anulado_en = '2026-01-09 08:00-05', anulado_por = 'jefe.gobierno',
                    anulacion_justificacion = 'Radicado por error', anulacion_acta = 'Acta 1 de 2026'
 WHERE numero = '20262000000013';
INSERT INTO radicado_anotacion (numero, texto, autor, creado_en)
VALUES ('20261000000011', 'Folios corregidos', 'ventanilla1', '2026-01-05 10:00-05');
INSERT INTO documento (numero, rol, nombre, sha256, tamano, tipo_mime, texto, estado_texto, cargado_por, cargado_en)
VALUES ('20261000000011', 'PRINCIPAL', 'poda.pdf', repeat('a', 64), 1234, 'application/pdf', 'poda de árboles',
        'EXTRAIDO', 'ventanilla1', '2026-01-05 09:00-05');
INSERT INTO documento (numero, rol, nombre, version, version_de, sha256, tamano, tipo_mime, tipo_declarado, paginas,
                       autor, titulo, creado_doc, texto, estado_texto, cargado_por, cargado_en)
VALUES ('20261000000011', 'PRINCIPAL', 'poda-v2.pdf', 2, 1, repeat('b', 64), 2345, 'application/pdf',
        'application/pdf', 2, 'Lucía', 'Solicitud', '2026-01-04T10:00:00Z', 'poda de árboles, corregida', 'EXTRAIDO',
        'ventanilla1', '2026-01-05 10:00-05'),
       ('20261000000031', 'ANEXO', 'foto.jpg', 1, NULL, repeat('c', 64), 88000, 'image/jpeg', 'image/png', NULL, NULL,
        NULL, NULL, NULL, 'SIN_TEXTO', 'ventanilla1', '2026-01-06 10:00-05');
INSERT INTO radicado_busqueda (numero, vector)
SELECT numero, to_tsvector('pqrsd_es', asunto || ' ' || coalesce(descripcion, '')) FROM radicado;
