-- MigracionesTest data, V15: a plan anticorrupción with two published versions, a published cut, follow-up and an
-- evidence document.
INSERT INTO plan_anticorrupcion (vigencia, plantilla, borrador, creado_por, creado_en)
VALUES (2026, 'PAAC', '[{"codigo": "1.1", "actividad": "Publicar el mapa de riesgos", "meta": "1 mapa"}]',
        'control.interno', '2026-01-10 08:00-05');
INSERT INTO plan_version (vigencia, numero, actividades, publicada_en, publicada_por, motivo)
VALUES (2026, 1, '[{"codigo": "1.1", "actividad": "Publicar el mapa de riesgos"}]', '2026-01-30 17:00-05',
        'control.interno', NULL),
       (2026, 2, '[{"codigo": "1.1", "actividad": "Publicar y socializar el mapa de riesgos"}]', '2026-03-02 17:00-05',
        'control.interno', 'Ajuste aprobado por el comité');
INSERT INTO plan_corte_publicado (vigencia, numero, publicado_el, publicado_por)
VALUES (2026, 1, '2026-05-14', 'control.interno');
INSERT INTO plan_seguimiento (vigencia, corte, actividad, reportado, descripcion, evidencias, reportado_por,
                              reportado_en, verificado, observaciones, verificado_por, verificado_en)
VALUES (2026, 1, '1.1', 100.00, 'Publicado en la sede electrónica', '[1]', 'jefe.gobierno', '2026-04-30 10:00-05',
        90.50, 'Falta socializar', 'control.interno', '2026-05-10 10:00-05');
INSERT INTO plan_seguimiento (vigencia, corte, actividad) VALUES (2026, 2, '1.1');
INSERT INTO plan_evidencia (vigencia, corte, actividad, nombre, tipo, tamano, sha256, contenido, subido_por,
                            subido_en)
VALUES (2026, 1, '1.1', 'pantallazo.png', 'image/png', 8, repeat('e', 64), '\x89504e470d0a1a0a'::bytea,
        'jefe.gobierno', '2026-04-30 10:00-05');
