-- MigracionesTest data, V24: the Alfresco adapter's queue (stored, pending with an error, a classification).
INSERT INTO documento_alfresco (operacion, radicado, documento_id, sha256, carpeta, nombre_nodo, version, tipo_mime,
                                aspectos, propiedades, encolado_en, intentos, proximo_intento, ultimo_error, nodo_id,
                                almacenado_en)
VALUES ('GUARDAR', '20261000000011', 1, repeat('a', 64), '/pqrsd/2026/200', '20261000000011-poda.pdf', 1,
        'application/pdf', 'pqrsd:radicado', '{"pqrsd:numero": "20261000000011"}', '2026-01-05 09:00-05', 1, NULL,
        NULL, '0d1f2e3c-aaaa-bbbb-cccc-000000000001', '2026-01-05 09:00:05-05'),
       ('GUARDAR', '20261000000011', 2, repeat('b', 64), '/pqrsd/2026/200', '20261000000011-poda-v2.pdf', 2,
        'application/pdf', 'pqrsd:radicado', '{"pqrsd:numero": "20261000000011"}', '2026-01-05 10:00-05', 4,
        '2026-01-05 11:00-05', '503 Service Unavailable', NULL, NULL);
INSERT INTO documento_alfresco (operacion, radicado, aspectos, propiedades, encolado_en)
VALUES ('CLASIFICAR', '20261000000011', 'pqrsd:expediente', '{"pqrsd:expediente": "2026-200-45-2-0001"}',
        '2026-01-21 08:00-05');
