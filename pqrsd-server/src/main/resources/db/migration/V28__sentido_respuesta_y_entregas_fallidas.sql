-- Issue #12, part B.
-- 1. The legal grounds on which access to information may be denied (Ley 1712 de 2014, art. 18 información
--    clasificada and art. 19 información reservada). Versioned data: a change of the law is a new migration that
--    adds rows or marks old ones as no longer in force, never an edit of the code.
CREATE TABLE causal_negacion_acceso (
    codigo       varchar(40)   PRIMARY KEY,
    articulo     varchar(80)   NOT NULL,
    tipo         varchar(20)   NOT NULL CHECK (tipo IN ('CLASIFICADA', 'RESERVADA')),
    descripcion  varchar(500)  NOT NULL,
    orden        integer       NOT NULL,
    vigente      boolean       NOT NULL DEFAULT true
);
INSERT INTO causal_negacion_acceso (codigo, articulo, tipo, descripcion, orden) VALUES
 ('L1712_A18_A', 'Ley 1712 de 2014, art. 18 lit. a', 'CLASIFICADA', 'Derecho de toda persona a la intimidad', 1),
 ('L1712_A18_B', 'Ley 1712 de 2014, art. 18 lit. b', 'CLASIFICADA', 'Derecho de toda persona a la vida, la salud o la seguridad', 2),
 ('L1712_A18_C', 'Ley 1712 de 2014, art. 18 lit. c', 'CLASIFICADA', 'Secretos comerciales, industriales y profesionales', 3),
 ('L1712_A19_A', 'Ley 1712 de 2014, art. 19 lit. a', 'RESERVADA', 'La defensa y seguridad nacional', 4),
 ('L1712_A19_B', 'Ley 1712 de 2014, art. 19 lit. b', 'RESERVADA', 'La seguridad pública', 5),
 ('L1712_A19_C', 'Ley 1712 de 2014, art. 19 lit. c', 'RESERVADA', 'Las relaciones internacionales', 6),
 ('L1712_A19_D', 'Ley 1712 de 2014, art. 19 lit. d', 'RESERVADA', 'La prevención, investigación y persecución de los delitos y las faltas disciplinarias', 7),
 ('L1712_A19_E', 'Ley 1712 de 2014, art. 19 lit. e', 'RESERVADA', 'El debido proceso y la igualdad de las partes en los procesos judiciales', 8),
 ('L1712_A19_F', 'Ley 1712 de 2014, art. 19 lit. f', 'RESERVADA', 'La administración efectiva de la justicia', 9),
 ('L1712_A19_G', 'Ley 1712 de 2014, art. 19 lit. g', 'RESERVADA', 'Los derechos de la infancia y la adolescencia', 10),
 ('L1712_A19_H', 'Ley 1712 de 2014, art. 19 lit. h', 'RESERVADA', 'La estabilidad macroeconómica y financiera del país', 11),
 ('L1712_A19_I', 'Ley 1712 de 2014, art. 19 lit. i', 'RESERVADA', 'La salud pública', 12),
 ('L1712_A19_PAR', 'Ley 1712 de 2014, art. 19 parágrafo', 'RESERVADA', 'Opiniones o puntos de vista de servidores públicos que hacen parte del proceso deliberativo', 13);

-- The sentido of the answer to a request for information or documents (Decreto 1081 de 2015, art. 2.1.1.6.2 num. 4:
-- the report counts the requests in which access was denied). NEGADA and PARCIAL carry their ground and their
-- motivation (Ley 1437 de 2011, art. 25, sustituido por la Ley 1755 de 2015; Decreto 1081 de 2015, art. 2.1.1.4.4.1).
-- Written with each draft of the answer (a returned draft is drafted again), in the transaction of the draft.
CREATE TABLE pqrsd_sentido_respuesta (
    radicado       varchar(40)   PRIMARY KEY REFERENCES pqrsd_caso (radicado),
    sentido        varchar(10)   NOT NULL CHECK (sentido IN ('CONCEDIDA', 'NEGADA', 'PARCIAL')),
    causal         varchar(40)   REFERENCES causal_negacion_acceso (codigo),
    motivacion     varchar(5000),
    registrado_por varchar(100)  NOT NULL,
    registrado_en  timestamptz   NOT NULL,
    CHECK ((sentido = 'CONCEDIDA') = (causal IS NULL)),
    CHECK ((sentido = 'CONCEDIDA') = (motivacion IS NULL))
);

-- The Message-ID each outgoing mail was sent with: a DSN that lost our own headers is matched by it.
ALTER TABLE correo_saliente ADD COLUMN message_id varchar(300);
CREATE INDEX correo_saliente_message_id ON correo_saliente (message_id) WHERE message_id IS NOT NULL;

-- A delivery failure is either a DSN read from the mailbox or a permanent (5xx) refusal of the SMTP server at send
-- time, which has no incoming mail.
ALTER TABLE correo_rebote ALTER COLUMN correo_entrante DROP NOT NULL;
ALTER TABLE correo_rebote ADD COLUMN origen varchar(5) NOT NULL DEFAULT 'DSN' CHECK (origen IN ('DSN', 'SMTP'));
ALTER TABLE correo_rebote ADD CHECK ((origen = 'DSN') = (correo_entrante IS NOT NULL));
CREATE UNIQUE INDEX correo_rebote_smtp ON correo_rebote (correo_saliente) WHERE origen = 'SMTP';

-- Reports published before this version counted no partial denial (the sentido did not exist): their frozen figures
-- get the new field as zero / false, so they are read as they were published.
UPDATE informe_publicado
SET datos = jsonb_set(datos || '{"negadasParcialmente": 0}'::jsonb, '{solicitudes}',
        (SELECT coalesce(jsonb_agg(s || '{"negadaParcial": false}'::jsonb ORDER BY n), '[]'::jsonb)
         FROM jsonb_array_elements(datos -> 'solicitudes') WITH ORDINALITY AS e (s, n)))
WHERE tipo = 'ACCESO' AND NOT datos ? 'negadasParcialmente';
