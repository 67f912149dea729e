-- MigracionesTest data, V26: backups taken by the operator's command, a good one and a failed one.
INSERT INTO operacion_respaldo (inicio, fin, destino, modo, version_esquema, archivos, bytes, documentos, correcto,
                                mensaje)
VALUES ('2026-01-31 02:00-05', '2026-01-31 02:04-05', '/respaldos/pqrsd-20260131', 'DIRECTORIO', '26', 1520,
        734003200, 1517, true, 'Respaldo completo'),
       ('2026-02-01 02:00-05', '2026-02-01 02:00:30-05', '/respaldos/pqrsd-20260201.tar', 'ARCHIVO', '26', 0, 0, 0,
        false, 'Sin espacio en el disco');
