-- Data of every kind at schema version 4 (seguridad, auditoría, radicación), for MigracionesTest: the upgrade to the
-- current version must keep every row. One file per version (V<n>.sql) adds the kinds that version introduced.
INSERT INTO dependencia (codigo, nombre) VALUES ('100', 'Despacho del alcalde'), ('200', 'Secretaría de gobierno');
INSERT INTO usuario (username, nombre, email, hash_contrasena, creado_en, actualizado_en)
VALUES ('ventanilla1', 'Ventanilla', 'v@x.co', '{noop}x', '2026-01-05 08:00-05', '2026-01-05 08:00-05'),
       ('jefe.gobierno', 'Jefe de gobierno', 'j@x.co', '{noop}x', '2026-01-05 08:00-05', '2026-01-05 08:00-05');
INSERT INTO dependencia (codigo, nombre, padre, jefe) VALUES ('210', 'Inspección de policía', '200', 'jefe.gobierno');
INSERT INTO usuario_rol (username, rol) VALUES ('ventanilla1', 'RADICADOR'), ('jefe.gobierno', 'JEFE_DEPENDENCIA');
INSERT INTO usuario_dependencia (username, dependencia) VALUES ('ventanilla1', '100'), ('jefe.gobierno', '200');
INSERT INTO tercero (tipo_persona, tipo_documento, numero_documento, nombre, municipio, creado_en, actualizado_en)
VALUES ('NATURAL', 'CC', '52111222', 'Lucía Migración', 'Sesquilé', '2026-01-05 08:00-05', '2026-01-05 08:00-05');
INSERT INTO radicado_consecutivo (alcance, anio, tipo, ultimo) VALUES ('2026/100/ENTRADA', 2026, 'ENTRADA', 2);
INSERT INTO radicado (numero, anio, tipo, consecutivo, alcance, fecha_radicacion, dependencia, dependencia_radicadora,
                      asunto, medio, remitente_id, remitente, radicador)
VALUES ('20261000000011', 2026, 'ENTRADA', 1, '2026/100/ENTRADA', '2026-01-05 09:00-05', '200', '100',
        'Solicitud de poda', 'PRESENCIAL', 1, '{"nombre": "Lucía Migración"}', 'ventanilla1'),
       ('20261000000021', 2026, 'ENTRADA', 2, '2026/100/ENTRADA', '2026-01-05 09:10-05', '210', '100',
        'Queja por ruido', 'CORREO_ELECTRONICO', NULL, NULL, 'ventanilla1');
INSERT INTO radicado_anotacion (numero, texto, autor, creado_en)
VALUES ('20261000000011', 'Folios corregidos', 'ventanilla1', '2026-01-05 10:00-05');
INSERT INTO documento (numero, rol, nombre, sha256, tamano, tipo_mime, texto, estado_texto, cargado_por, cargado_en)
VALUES ('20261000000011', 'PRINCIPAL', 'poda.pdf', repeat('a', 64), 1234, 'application/pdf', 'poda de árboles',
        'EXTRAIDO', 'ventanilla1', '2026-01-05 09:00-05');
