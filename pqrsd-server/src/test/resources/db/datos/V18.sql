-- MigracionesTest data, V18: a case whose process start is still pending (written with the radicación).
INSERT INTO pqrsd_proceso_pendiente (radicado, creado_en) VALUES ('20261000000031', '2026-01-06 10:00-05');
