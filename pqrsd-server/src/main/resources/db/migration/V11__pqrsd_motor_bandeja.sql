-- What the bandeja shows and filters on without opening the case's jsonb: the asunto and the peticionario's display
-- name (or "Anónimo"), the dates the semáforo turns AMARILLO and ROJO (recomputed after every action and every
-- calendar change), and when the case was escalated at expiry.
ALTER TABLE pqrsd_caso
    ADD COLUMN asunto         varchar(500) NOT NULL DEFAULT '',
    ADD COLUMN peticionario   varchar(300) NOT NULL DEFAULT '',
    ADD COLUMN amarillo_desde date,
    ADD COLUMN rojo_desde     date,
    ADD COLUMN escalada_en    timestamptz;

-- Open cases only: the bandeja never lists closed ones, and these stay small as cases close.
CREATE INDEX pqrsd_caso_bandeja_asignado ON pqrsd_caso (asignado_a, vencimiento, radicado)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');
CREATE INDEX pqrsd_caso_bandeja_dependencia ON pqrsd_caso (dependencia, vencimiento, radicado)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');
CREATE INDEX pqrsd_caso_bandeja_rojo ON pqrsd_caso (rojo_desde)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');
CREATE INDEX pqrsd_caso_bandeja_vencimiento ON pqrsd_caso (vencimiento, radicado)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');
CREATE INDEX pqrsd_caso_recibido ON pqrsd_caso (recibido DESC, radicado DESC);

-- Each aviso of a case (PlanAvisos key) done once: written in the transaction of its effect (the notification, the
-- engine's state change), so a retried timer, a restarted node or a second node never repeats it.
CREATE TABLE pqrsd_aviso_enviado (
    clave      varchar(200) PRIMARY KEY,
    radicado   varchar(40)  NOT NULL REFERENCES pqrsd_caso (radicado),
    tipo       varchar(40)  NOT NULL,
    enviado_en timestamptz  NOT NULL
);
CREATE INDEX pqrsd_aviso_enviado_radicado ON pqrsd_aviso_enviado (radicado);
