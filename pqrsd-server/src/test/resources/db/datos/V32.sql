-- MigracionesTest data, V32: the Alfresco queue's rows of documents uploaded directly to an expediente (no radicado):
-- one stored in the expediente's folder, one pending after an error, and the classification queued by the cierre.
INSERT INTO documento_alfresco (operacion, radicado, expediente, documento_id, sha256, carpeta, nombre_nodo, version,
                                tipo_mime, aspectos, propiedades, encolado_en, intentos, proximo_intento, ultimo_error,
                                nodo_id, almacenado_en)
VALUES ('GUARDAR', NULL, '2026-200-45-2-0001', NULL, repeat('c', 64), 'expedientes/2026-200-45-2-0001',
        'indice-3-acta de visita.pdf', 1, 'application/pdf', 'pqrsd:expediente,pqrsd:clasificacion,pqrsd:retencion',
        '{"pqrsd:numeroExpediente": "2026-200-45-2-0001", "pqrsd:nombreOriginal": "acta de visita.pdf"}',
        '2026-01-22 08:00-05', 1, NULL, NULL, '0d1f2e3c-aaaa-bbbb-cccc-000000000003', '2026-01-22 08:00:04-05'),
       ('GUARDAR', NULL, '2026-200-45-2-0001', NULL, repeat('d', 64), 'expedientes/2026-200-45-2-0001',
        'indice-4-fotografías.png', 1, 'image/png', 'pqrsd:expediente,pqrsd:clasificacion,pqrsd:retencion',
        '{"pqrsd:numeroExpediente": "2026-200-45-2-0001", "pqrsd:nombreOriginal": "fotografías.png"}',
        '2026-01-22 08:05-05', 2, '2026-01-22 09:00-05', '503 Service Unavailable', NULL, NULL);
INSERT INTO documento_alfresco (operacion, expediente, aspectos, propiedades, encolado_en)
VALUES ('CLASIFICAR', '2026-200-45-2-0001', 'pqrsd:expediente,pqrsd:clasificacion,pqrsd:retencion',
        '{"pqrsd:numeroExpediente": "2026-200-45-2-0001", "pqrsd:estadoExpediente": "CERRADO"}', '2026-01-30 17:00-05');
