-- MigracionesTest: after an upgrade from before V7, the value each NOT NULL column added by V7 got in the rows that
-- existed. Each query answers true (NULL: no such rows in that copy).

-- usuario.debe_cambiar_contrasena: DEFAULT false, existing users are not forced to change their password.
SELECT bool_and(NOT debe_cambiar_contrasena) FROM usuario;
