-- A six-day working week (MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY) is 49 characters: it did not fit.
ALTER TABLE calendario_configuracion ALTER COLUMN dias_laborales TYPE varchar(100);

-- Cases radicated before V11 got an empty asunto and peticionario in the bandeja: filled from their ENTRADA radicado,
-- as PqrsdRepository.insertar writes them for new cases.
UPDATE pqrsd_caso c
   SET asunto = left(r.asunto, 500),
       peticionario = CASE WHEN c.anonimo THEN 'Anónimo' ELSE left(coalesce(r.remitente ->> 'nombre', ''), 300) END
  FROM radicado r
 WHERE r.numero = c.radicado
   AND c.asunto = '';
