-- MigracionesTest data, V7: an administrator reset a password (temporary until its owner changes it).
INSERT INTO usuario (username, nombre, email, hash_contrasena, debe_cambiar_contrasena, creado_en, actualizado_en)
VALUES ('funcionario.nuevo', 'Funcionario nuevo', 'fn@x.co', '{noop}temporal', true, '2026-01-10 08:00-05',
        '2026-01-10 08:00-05');
INSERT INTO usuario_rol (username, rol) VALUES ('funcionario.nuevo', 'FUNCIONARIO');
INSERT INTO usuario_dependencia (username, dependencia) VALUES ('funcionario.nuevo', '210');
