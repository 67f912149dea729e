-- MigracionesTest data, V3: versioned legal tables and the entity's calendar (calendario_configuracion is seeded by
-- the migration; here it is changed as an administrator would).
INSERT INTO festivo_regla (codigo, nombre, tipo, mes, dia, desplazamiento, fundamento, vigente_desde, vigente_hasta,
                           origen)
VALUES ('ANIO_NUEVO', 'Año nuevo', 'FIJO', 1, 1, 0, 'Ley 51 de 1983, art. 1', 1984, NULL, 'LEY'),
       ('REYES', 'Día de los Reyes Magos', 'TRASLADABLE', 1, 6, 0, 'Ley 51 de 1983, art. 1', 1984, NULL, 'LEY'),
       ('JUEVES_SANTO', 'Jueves santo', 'PASCUA', 0, 0, -3, 'Ley 51 de 1983, art. 1', 1984, NULL, 'LEY'),
       ('ASCENSION', 'Ascensión del Señor', 'PASCUA_TRASLADABLE', 0, 0, 39, 'Ley 51 de 1983, art. 1', 1984, NULL,
        'LEY'),
       ('FERIA_MUNICIPAL', 'Feria municipal', 'FIJO', 8, 15, 0, 'Acuerdo municipal 3 de 2019', 2019, 2025, 'ENTIDAD');
INSERT INTO termino_regla (modalidad, nombre, termino, unidad, fundamento, vigente_desde, vigente_hasta,
                           admite_prorroga, origen)
VALUES ('PETICION_GENERAL', 'Petición en interés general o particular', 15, 'HABILES', 'Ley 1755 de 2015, art. 14',
        '2015-06-30', NULL, true, 'LEY'),
       ('CONSULTA', 'Consulta', 30, 'HABILES', 'Ley 1755 de 2015, art. 14 num. 2', '2015-06-30', NULL, true, 'LEY'),
       ('PETICION_EMERGENCIA', 'Petición (emergencia sanitaria)', 30, 'HABILES', 'Decreto 491 de 2020, art. 5',
        '2020-03-28', '2022-05-18', true, 'LEY'),
       ('QUEJA_INTERNA', 'Queja interna', 1, 'MESES', 'Resolución 12 de 2024', '2024-01-01', NULL, false, 'ENTIDAD');
INSERT INTO calendario_cierre (desde, hasta, tipo, acto, fecha_acto, motivo, creado_por, creado_en)
VALUES ('2026-01-02', '2026-01-02', 'CIERRE', 'Decreto 1 de 2026', '2025-12-20', 'Inventario de fin de año',
        'jefe.gobierno', '2025-12-20 10:00-05'),
       ('2026-02-10', '2026-02-12', 'SUSPENSION_TERMINOS', 'Resolución 40 de 2026', '2026-02-09', 'Falla del sistema',
        'jefe.gobierno', '2026-02-09 16:00-05');
UPDATE calendario_cierre SET revocado_en = '2026-02-10 09:00-05', revocado_por = 'jefe.gobierno',
                             motivo_revocacion = 'Sistema restablecido'
 WHERE acto = 'Resolución 40 de 2026';
-- (dias_laborales is varchar(40): Monday to Friday fills it; a six-day week does not fit, see the report of issue 14.)
UPDATE calendario_configuracion
   SET dias_laborales = 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY', reanudacion = 'REINICIAR_TERMINO_COMPLETO', apertura = '07:30', cierre = '16:30',
       fuera_horario_siguiente = true, semaforo_amarillo = 0.5, semaforo_rojo = 0.75, version = 2
 WHERE id = 1;
