-- MigracionesTest data, V5: the settings recorded at the last start.
INSERT INTO configuracion_registrada (clave, valores, registrada_en)
VALUES ('radicacion.numeracion', '{"patron": "{anio}{dependencia}{consecutivo:7}{tipo}"}', '2026-01-05 07:59-05'),
       ('terminos.calendario', '{"festivos": "LEY", "version": 2}', '2026-01-05 07:59-05');
