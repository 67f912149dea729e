-- MigracionesTest data, V13: a user who turned off the e-mail copy; a mail waiting for its next attempt.
INSERT INTO preferencia_notificacion (usuario, correo) VALUES ('control.interno', false);
UPDATE correo_saliente SET proximo_intento = '2026-01-07 07:10-05' WHERE clave = 'aviso:20261000000011:jefe';
