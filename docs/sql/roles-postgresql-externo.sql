-- pqrsd on an external PostgreSQL: two roles, so that the application can never rewrite the audit trail.
--   pqrsd_owner owns the schema and runs the migrations (SPRING_FLYWAY_URL/USER/PASSWORD).
--   pqrsd_app   is what the application connects as (PQRSD_DB_URL/USER/PASSWORD).
-- The triggers of migration V2 refuse UPDATE, DELETE and TRUNCATE on the audit tables for everyone; only a
-- table's owner (or a superuser) can disable a trigger, and pqrsd_app owns nothing.
-- The embedded database (no PQRSD_DB_URL) sets up the same two roles by itself at every start (PostgresEmbebido):
-- there the roles authenticate by trust on localhost only, and the superuser is used only by that bootstrap.
-- Run once as a superuser, replacing the passwords and the database name.
CREATE ROLE pqrsd_owner LOGIN PASSWORD 'cambie-esta-clave-del-propietario';
CREATE ROLE pqrsd_app LOGIN PASSWORD 'cambie-esta-clave-de-la-aplicacion';
CREATE DATABASE pqrsd OWNER pqrsd_owner;
\connect pqrsd
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO pqrsd_app;
ALTER SCHEMA public OWNER TO pqrsd_owner;
-- Tables and sequences that the owner's migrations create are usable by the application.
ALTER DEFAULT PRIVILEGES FOR ROLE pqrsd_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO pqrsd_app;
ALTER DEFAULT PRIVILEGES FOR ROLE pqrsd_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO pqrsd_app;
ALTER DEFAULT PRIVILEGES FOR ROLE pqrsd_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO pqrsd_app;
-- Extensions need a superuser; the migrations then find them in place.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
