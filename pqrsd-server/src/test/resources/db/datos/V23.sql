-- MigracionesTest data, V23: mails read from the mailbox (radicated, failing, a bounce of one we sent), the bounce,
-- and a published report.
INSERT INTO correo_entrante (clave, message_id, sha256, remitente, asunto, estado, radicado, intentos, ultimo_error,
                             visto_en, procesado_en)
VALUES ('<CAF=x1@mail.gmail.com>', '<CAF=x1@mail.gmail.com>', repeat('1', 64), 'l@m.co', 'Queja por ruido',
        'RADICADO', '20261000000021', 1, NULL, '2026-01-05 09:09-05', '2026-01-05 09:10-05'),
       ('sha256:' || repeat('2', 64), NULL, repeat('2', 64), 'x@y.co', NULL, 'FALLIDO', NULL, 3, 'Adjunto ilegible',
        '2026-01-05 09:20-05', NULL),
       ('<dsn-1@mx.x.co>', '<dsn-1@mx.x.co>', repeat('3', 64), 'MAILER-DAEMON@mx.x.co', 'Undelivered Mail', 'REBOTE',
        NULL, 1, NULL, '2026-01-07 08:00-05', '2026-01-07 08:00-05');
INSERT INTO correo_rebote (correo_entrante, correo_saliente, radicado, destinatario, diagnostico, recibido_en)
VALUES (3, 2, '20261000000011', 'j@x.co', '550 5.1.1 User unknown', '2026-01-07 08:00-05');
INSERT INTO informe_publicado (tipo, desde, hasta, titulo, datos, publicado_por, publicado_en)
VALUES ('PQRSD', '2025-10-01', '2025-12-31', 'Informe de PQRSD, cuarto trimestre de 2025',
        '{"recibidas": 120, "respondidas": 117, "vencidas": 3}', 'control.interno', '2026-01-15 08:00-05');
