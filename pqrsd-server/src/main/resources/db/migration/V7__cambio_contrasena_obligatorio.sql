-- A password set by an administrator (a reset) is temporary: its owner must replace it at the next login.
ALTER TABLE usuario ADD COLUMN debe_cambiar_contrasena boolean NOT NULL DEFAULT false;
