-- MigracionesTest data, V16: a corruption risk with controls, evaluation, a materialization report, its follow-up at
-- a published cut; a second risk not yet evaluated.
INSERT INTO riesgo (vigencia, codigo, proceso, dependencia, tipo, riesgo, controles, entrada_evaluacion, informes,
                    zona_inherente, zona_residual, requiere_reevaluacion, version, creado_en, actualizado_en)
VALUES (2026, 'RC-01', 'Gestión contractual', '200', 'CORRUPCION',
        '{"descripcion": "Direccionamiento de contratos", "materializaciones": [{"fecha": "2026-02-01"}]}',
        '[{"descripcion": "Revisión por comité", "tipo": "PREVENTIVO"}]', '{"probabilidad": 4, "impacto": 5}',
        '[{"autoridad": "Fiscalía", "fecha": "2026-02-03"}]', 'EXTREMA', 'ALTA', true, 3, '2026-01-12 08:00-05',
        '2026-02-03 08:00-05');
INSERT INTO riesgo (vigencia, codigo, proceso, dependencia, tipo, riesgo, creado_en, actualizado_en)
VALUES (2026, 'RC-02', 'Atención al ciudadano', NULL, 'CORRUPCION', '{"descripcion": "Cobro por trámites"}',
        '2026-01-12 08:00-05', '2026-01-12 08:00-05');
INSERT INTO riesgo_seguimiento (vigencia, corte, riesgo_id, registro)
VALUES (2026, 1, 1, '{"avance": "Controles aplicados", "efectivo": true}');
INSERT INTO riesgo_corte (vigencia, corte, publicado_el, publicado_por)
VALUES (2026, 1, '2026-05-14', 'control.interno');
