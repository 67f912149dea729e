-- MigracionesTest data, V27: the data-protection consent of two cases filed by named citizens, one given and one
-- refused (the petition is received either way).
INSERT INTO pqrsd_autorizacion_datos (radicado, autoriza, registrada_en, politica)
VALUES ('20261000000011', true, '2026-01-05 09:00-05', 'v1, /ciudadano/tratamiento-datos'),
       ('20261000000021', false, '2026-01-05 09:10-05', 'v1, https://www.sesquile.gov.co/politica-de-datos');
