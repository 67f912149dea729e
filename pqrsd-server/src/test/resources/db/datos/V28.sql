-- MigracionesTest data, V28: the sentido of an answer (a partial denial with its ground and motivation), the
-- Message-ID of a sent mail, and a permanent SMTP refusal recorded beside the bounce of V23.
INSERT INTO pqrsd_sentido_respuesta (radicado, sentido, causal, motivacion, registrado_por, registrado_en)
VALUES ('20261000000011', 'PARCIAL', 'L1712_A18_A', 'Contiene datos de salud de un tercero: se entregan los demás.',
        'funcionario.gobierno', '2026-01-08 10:00-05');
UPDATE correo_saliente SET message_id = '<1.1767621660000@pqrsd.alcaldia>' WHERE clave = 'acuse:20261000000011';
INSERT INTO correo_rebote (correo_entrante, correo_saliente, radicado, destinatario, diagnostico, recibido_en, origen)
VALUES (NULL, 1, '20261000000011', 'l@m.co', '550 5.1.1 <l@m.co>: Recipient address rejected', '2026-01-08 10:05-05',
        'SMTP');
