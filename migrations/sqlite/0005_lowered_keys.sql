-- Case-insensitive lookups through plain columns, as on PostgreSQL (where row-level
-- security keeps `lower(email) = $1` from using an index; see the PostgreSQL
-- migration). SQLite adds generated columns as VIRTUAL; the indexes store them.
ALTER TABLE users ADD COLUMN email_key TEXT GENERATED ALWAYS AS (lower(email)) VIRTUAL;
ALTER TABLE users ADD COLUMN last_name_key TEXT GENERATED ALWAYS AS (lower(last_name)) VIRTUAL;
ALTER TABLE users ADD COLUMN first_name_key TEXT GENERATED ALWAYS AS (lower(first_name)) VIRTUAL;
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (email_key);
DROP INDEX users_name_dob_idx;
CREATE INDEX users_name_dob_idx ON users (last_name_key, first_name_key, date_of_birth);
ALTER TABLE organizations ADD COLUMN name_key TEXT GENERATED ALWAYS AS (lower(name)) VIRTUAL;
DROP INDEX organizations_name_key;
CREATE UNIQUE INDEX organizations_name_key ON organizations (name_key);
