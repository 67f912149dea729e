-- MigracionesTest: data of every kind, written once at the schema version that created its table (V1: seguridad).
-- Each file runs right after its migration, on top of the earlier files' data (see LEEME.md).
INSERT INTO dependencia (codigo, nombre) VALUES ('100', 'Despacho del alcalde'), ('200', 'Secretaría de gobierno');
INSERT INTO usuario (username, nombre, email, cargo, hash_contrasena, creado_en, actualizado_en)
VALUES ('ventanilla1', 'Ventanilla', 'v@x.co', 'Auxiliar administrativo', '{noop}x', '2026-01-05 08:00-05',
        '2026-01-05 08:00-05'),
       ('jefe.gobierno', 'Jefe de gobierno', 'j@x.co', 'Secretario de gobierno', '{noop}x', '2026-01-05 08:00-05',
        '2026-01-05 08:00-05');
INSERT INTO usuario (username, nombre, email, activo, hash_contrasena, intentos_fallidos, bloqueado_hasta, creado_en,
                     actualizado_en)
VALUES ('control.interno', 'Control interno', 'ci@x.co', true, '{noop}y', 3, '2026-01-06 09:00-05',
        '2026-01-05 08:00-05', '2026-01-06 08:45-05'),
       ('exfuncionario', 'Ex funcionario', 'ex@x.co', false, '{noop}z', 0, NULL, '2025-02-01 08:00-05',
        '2025-12-31 17:00-05');
INSERT INTO dependencia (codigo, nombre, padre, jefe) VALUES ('210', 'Inspección de policía', '200', 'jefe.gobierno');
INSERT INTO dependencia (codigo, nombre, padre, activa) VALUES ('300', 'Oficina suprimida', '100', false);
INSERT INTO usuario_rol (username, rol)
VALUES ('ventanilla1', 'RADICADOR'), ('jefe.gobierno', 'JEFE_DEPENDENCIA'), ('jefe.gobierno', 'FUNCIONARIO'),
       ('control.interno', 'CONTROL_INTERNO'), ('control.interno', 'ARCHIVISTA'), ('exfuncionario', 'ADMIN');
INSERT INTO usuario_dependencia (username, dependencia)
VALUES ('ventanilla1', '100'), ('jefe.gobierno', '200'), ('jefe.gobierno', '210'), ('exfuncionario', '300');
