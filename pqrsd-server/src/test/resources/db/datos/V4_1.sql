-- MigracionesTest data, V4_1: a document whose text exceeded the parsing limits.
INSERT INTO documento (numero, rol, nombre, sha256, tamano, tipo_mime, estado_texto, cargado_por, cargado_en)
VALUES ('20261000000021', 'PRINCIPAL', 'enorme.docx', repeat('d', 64), 48000000,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'EXCEDIDO', 'ventanilla1',
        '2026-01-05 09:10-05');
