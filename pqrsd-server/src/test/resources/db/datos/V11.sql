-- MigracionesTest data, V11: avisos done once, and what the bandeja shows of a case stored from now on.
INSERT INTO pqrsd_aviso_enviado (clave, radicado, tipo, enviado_en)
VALUES ('20261000000011:AMARILLO', '20261000000011', 'AMARILLO', '2026-01-16 08:00-05');
UPDATE pqrsd_caso SET amarillo_desde = '2026-01-16', rojo_desde = '2026-01-21', escalada_en = '2026-01-28 08:00-05'
 WHERE radicado = '20261000000011';
