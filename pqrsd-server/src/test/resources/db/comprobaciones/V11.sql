-- MigracionesTest: after an upgrade from before V11, the value each NOT NULL column added by V11 got in the cases that
-- existed. Each query answers true (NULL: no such rows in that copy).

-- pqrsd_caso.asunto, pqrsd_caso.peticionario: DEFAULT '' and nothing backfills them (PqrsdRepository writes both only
-- when a case is inserted), so the bandeja shows cases radicated before V11 without asunto and peticionario. Pinned
-- as it is: a migration that backfills them from radicado.asunto / radicado.remitente must change this check.
SELECT bool_and(asunto = '' AND peticionario = '') FROM pqrsd_caso;
