-- Case-insensitive lookups through plain columns. Under row-level security PostgreSQL
-- applies a query's own conditions after the policies unless they are leakproof, and
-- lower() is not: `lower(email) = $1` could not use its index and scanned the table.
-- `email_key = $1` compares text, which is leakproof, so the index serves it.
ALTER TABLE users ADD COLUMN email_key TEXT GENERATED ALWAYS AS (lower(email)) STORED;
ALTER TABLE users ADD COLUMN last_name_key TEXT GENERATED ALWAYS AS (lower(last_name)) STORED;
ALTER TABLE users ADD COLUMN first_name_key TEXT GENERATED ALWAYS AS (lower(first_name)) STORED;
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (email_key);
DROP INDEX users_name_dob_idx;
CREATE INDEX users_name_dob_idx ON users (last_name_key, first_name_key, date_of_birth);
ALTER TABLE organizations ADD COLUMN name_key TEXT GENERATED ALWAYS AS (lower(name)) STORED;
DROP INDEX organizations_name_key;
CREATE UNIQUE INDEX organizations_name_key ON organizations (name_key);
