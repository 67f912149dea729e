-- MigracionesTest data, V9: PQRSD cases (one open and assigned, one closed, one reserved corruption denuncia), their
-- facts and the reserve of the denuncia's radicado.
INSERT INTO pqrsd_caso (radicado, etiqueta, modalidad, estado, dependencia, asignado_a, denuncia_corrupcion, anonimo,
                        recibido, vencimiento, caso, version, creado_en, actualizado_en)
VALUES ('20261000000011', 'PETICION', 'PETICION_GENERAL', 'EN_TRAMITE', '200', 'jefe.gobierno', false, false,
        '2026-01-05 09:00-05', '2026-01-27',
        '{"radicado": "20261000000011", "etiqueta": "PETICION", "estado": "EN_TRAMITE", "asignadoA": "jefe.gobierno"}',
        2, '2026-01-05 09:00-05', '2026-01-06 08:00-05'),
       ('20261000000021', 'QUEJA', 'PETICION_GENERAL', 'CERRADA', '210', NULL, false, false, '2026-01-05 09:10-05',
        '2026-01-27', '{"radicado": "20261000000021", "etiqueta": "QUEJA", "estado": "CERRADA"}', 5,
        '2026-01-05 09:10-05', '2026-01-20 15:00-05'),
       ('20261000000031', 'DENUNCIA', NULL, 'RADICADA', '200', NULL, true, true, '2026-01-06 10:00-05', NULL,
        '{"radicado": "20261000000031", "etiqueta": "DENUNCIA", "denunciaCorrupcion": true}', 0,
        '2026-01-06 10:00-05', '2026-01-06 10:00-05');
INSERT INTO pqrsd_hecho (radicado, tipo, ocurrido, usuario, datos)
VALUES ('20261000000011', 'Radicada', '2026-01-05 09:00-05', 'ventanilla1', '{"dependencia": "200"}'),
       ('20261000000011', 'Asignada', '2026-01-06 08:00-05', 'jefe.gobierno', '{"a": "jefe.gobierno"}'),
       ('20261000000021', 'Cerrada', '2026-01-20 15:00-05', 'jefe.gobierno', '{"motivo": "Respondida en audiencia"}');
INSERT INTO radicado_reserva (numero, motivo, creado_en)
VALUES ('20261000000031', 'DENUNCIA_CORRUPCION', '2026-01-06 10:00-05');
