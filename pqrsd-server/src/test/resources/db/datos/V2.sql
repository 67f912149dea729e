-- MigracionesTest data, V2: the audit trail (auditoria_sellador is seeded by the migration and moved by the sealer).
INSERT INTO auditoria_evento (instante, usuario, roles, dependencias, ip, agente, accion, objeto_tipo, objeto_id,
                              resultado, detalles)
VALUES ('2026-01-05 08:30-05', 'ventanilla1', '{RADICADOR}', '{100}', '10.0.0.7', 'Mozilla/5.0', 'INICIO_SESION',
        'USUARIO', 'ventanilla1', 'EXITO', '{}'),
       ('2026-01-05 08:31-05', 'desconocido', '{}', '{}', '10.0.0.9', NULL, 'INICIO_SESION', 'USUARIO', 'desconocido',
        'DENEGADO', '{"motivo": "credenciales"}'),
       ('2026-01-05 08:32-05', 'sistema', '{}', '{}', NULL, NULL, 'USUARIO_CREADO', 'USUARIO', 'jefe.gobierno',
        'EXITO', '{"roles": ["JEFE_DEPENDENCIA"], "nota": "acentuación: ñandú"}');
INSERT INTO auditoria_sello (posicion, evento_id, hash_anterior, hash, sellado_en)
VALUES (1, 1, repeat('0', 64), repeat('1', 64), '2026-01-05 08:35-05'),
       (2, 2, repeat('1', 64), repeat('2', 64), '2026-01-05 08:35-05');
UPDATE auditoria_sellador SET xid = '5'::xid8, evento_id = 2, posicion = 2, hash = repeat('2', 64) WHERE id = 1;
INSERT INTO auditoria_punto_control (fecha, posicion, hash, entradas, creado_en)
VALUES ('2026-01-05', 2, repeat('2', 64), 2, '2026-01-06 00:05-05');
