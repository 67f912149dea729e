-- MigracionesTest: after an upgrade from before V11, the value each NOT NULL column added by V11 got in the cases that
-- existed. Each query answers true (NULL: no such rows in that copy).

-- pqrsd_caso.asunto, pqrsd_caso.peticionario: DEFAULT '' in V11, filled by V31 from the ENTRADA radicado (its asunto,
-- and its remitente's name or "Anónimo"), as PqrsdRepository.insertar writes them for new cases.
SELECT bool_and(c.asunto = left(r.asunto, 500)
        AND c.peticionario = CASE WHEN c.anonimo THEN 'Anónimo'
                                  ELSE left(coalesce(r.remitente ->> 'nombre', ''), 300) END)
  FROM pqrsd_caso c JOIN radicado r ON r.numero = c.radicado;
