-- A new case's process is started right after the transaction that radicated it commits, so the radicado's gapless
-- counter is not held while the engine works; this row, written in that transaction, makes the start survive a crash
-- in between (a scheduled job starts what is left).
CREATE TABLE pqrsd_proceso_pendiente (
    radicado  varchar(40) PRIMARY KEY REFERENCES pqrsd_caso (radicado),
    creado_en timestamptz NOT NULL
);
