-- MigracionesTest data, V10: the bell (read and unread) and the mail outbox (sent, pending, failing).
INSERT INTO notificacion (clave, usuario, asunto, texto, enlace, creada_en, leida_en)
VALUES ('asignada:20261000000011', 'jefe.gobierno', 'PQRSD asignada', 'Se le asignó 20261000000011',
        '/pqrsd/20261000000011', '2026-01-06 08:00-05', '2026-01-06 08:30-05'),
       ('resumen:2026-01-07', 'jefe.gobierno', 'Resumen diario', 'Tiene 1 PQRSD por vencer', NULL,
        '2026-01-07 07:00-05', NULL);
INSERT INTO correo_saliente (clave, para, asunto, texto, creado_en, enviado_en, intentos, ultimo_error)
VALUES ('acuse:20261000000011', 'l@m.co', 'Acuse de recibo', 'Su solicitud quedó radicada con el número …',
        '2026-01-05 09:00-05', '2026-01-05 09:01-05', 1, NULL),
       ('aviso:20261000000011:jefe', 'j@x.co', 'PQRSD por vencer', 'Vence el 27 de enero', '2026-01-07 07:00-05',
        NULL, 2, 'Connection refused');
