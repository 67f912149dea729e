-- MigracionesTest data, V22: a filing with an external origin (a mail's Message-ID), a citizen's PIN, rate-limit
-- attempts of both kinds.
INSERT INTO pqrsd_origen (origen_id, radicado, creado_en)
VALUES ('<CAF=x1@mail.gmail.com>', '20261000000021', '2026-01-05 09:10-05');
INSERT INTO ciudadano_pin (radicado, pin_hash, creado_en)
VALUES ('20261000000011', repeat('5', 64), '2026-01-05 09:00-05');
INSERT INTO ciudadano_intento (tipo, clave, en)
VALUES ('RADICACION', 'ip:10.0.0.9', '2026-01-05 09:00-05'),
       ('CONSULTA_FALLIDA', 'correo:l@m.co', '2026-01-05 09:05-05');
