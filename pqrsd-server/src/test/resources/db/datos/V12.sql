-- MigracionesTest data, V12: repartidores, the approval switch, a drafted answer's document, the answer's SALIDA.
INSERT INTO pqrsd_repartidor (dependencia, usuario, designado_por, designado_en)
VALUES ('200', 'funcionario.nuevo', 'jefe.gobierno', '2026-01-10 09:00-05');
INSERT INTO pqrsd_aprobacion_dependencia (dependencia, requiere_aprobacion, modificado_por, modificado_en)
VALUES ('210', false, 'jefe.gobierno', '2026-01-10 09:00-05');
UPDATE pqrsd_caso SET canal_respuesta = 'CORREO_ELECTRONICO' WHERE radicado = '20261000000011';
INSERT INTO pqrsd_respuesta_documento (radicado, nombre, tipo_declarado, contenido)
VALUES ('20261000000011', 'respuesta.pdf', 'application/pdf', '\x255044462d312e370a'::bytea);
INSERT INTO pqrsd_salida (salida, radicado, tipo) VALUES ('20261000000012', '20261000000011', 'RESPUESTA');
