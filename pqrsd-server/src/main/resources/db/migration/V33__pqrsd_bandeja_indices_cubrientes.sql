-- The bandeja of a funcionario and of a jefe (BandejaPqrsd.visiblesPorIndices) counts its open cases per colour and
-- picks its page from these indexes alone (index-only scans): every column it filters, colours and sorts on is in them.
-- A case row carries its whole aggregate (about 1.4 KB), so with 100 000 open cases a jefe's 10 000 were read from
-- about 8 800 table pages per request; from these indexes, about 120 pages (docs/rendimiento.md, issue 9).
-- The keys stay those of V11, so every query those served is still served; V25's (dependencia, rojo_desde) index
-- served only the jefe's ROJO filter, now read from the covering index.
DROP INDEX pqrsd_caso_bandeja_asignado;
DROP INDEX pqrsd_caso_bandeja_dependencia;
DROP INDEX pqrsd_caso_bandeja_dependencia_rojo;
CREATE INDEX pqrsd_caso_bandeja_asignado ON pqrsd_caso (asignado_a, vencimiento, radicado)
    INCLUDE (dependencia, estado, etiqueta, rojo_desde, amarillo_desde, recibido)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');
CREATE INDEX pqrsd_caso_bandeja_dependencia ON pqrsd_caso (dependencia, vencimiento, radicado)
    INCLUDE (asignado_a, estado, etiqueta, rojo_desde, amarillo_desde, recibido)
    WHERE estado NOT IN ('RESPONDIDA', 'TRASLADADA', 'DESISTIDA', 'CERRADA');
