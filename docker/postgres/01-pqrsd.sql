-- pqrsd's own database beside Alfresco's (docker/compose.yaml). Change the password together with PQRSD_DB_PASSWORD.
CREATE ROLE pqrsd LOGIN PASSWORD 'cambie-clave-pqrsd';
CREATE DATABASE pqrsd OWNER pqrsd ENCODING 'UTF8';
