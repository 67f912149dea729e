-- Outbox retries: when the next attempt of a pending mail is due (NULL: now). Rows with intentos at the configured
-- maximum stay pending with their ultimo_error, for a person to look at; they are not tried again.
ALTER TABLE correo_saliente ADD COLUMN proximo_intento timestamptz;
DROP INDEX correo_saliente_pendiente;
CREATE INDEX correo_saliente_pendiente ON correo_saliente (proximo_intento NULLS FIRST, id) WHERE enviado_en IS NULL;

-- Each user's choice: the bell always; the e-mail copy unless he turned it off (no row: on).
CREATE TABLE preferencia_notificacion (
    usuario varchar(40) PRIMARY KEY REFERENCES usuario (username),
    correo  boolean     NOT NULL
);

-- The bell's list, newest first, for one user.
CREATE INDEX notificacion_por_usuario ON notificacion (usuario, creada_en DESC, id DESC);
