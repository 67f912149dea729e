-- A migration that fails halfway (MigracionesTest): PostgreSQL's transactional DDL must leave nothing of it.
CREATE TABLE tabla_a_medias (id integer PRIMARY KEY);
INSERT INTO tabla_a_medias VALUES (1);
ALTER TABLE dependencia ADD COLUMN columna_a_medias integer;
UPDATE dependencia SET nombre = 'cambiado a medias';
SELECT 1 / 0;
