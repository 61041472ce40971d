-- no-transaction
-- I3: a batch is the record of one import, so it is never removed. That rule, kept by a
-- trigger, is what the batch ids of customers and their history rely on, instead of
-- foreign keys: only the import writes a batch id, the id of the batch it has just
-- recorded in the same transaction, and a key checked per row cost a third of a first
-- import of two million people on PostgreSQL (BENCHMARKS.md). The schemas stay alike.
--
-- SQLite drops a constraint by rebuilding the table, which needs foreign keys off while
-- `customers` is replaced under the tables that refer to it; that can only be switched
-- outside a transaction, hence this migration's own transaction. The rows are copied as
-- they are, so no key that holds now can break.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE customers_new (
    id                   INTEGER PRIMARY KEY,
    individual_number    TEXT NOT NULL UNIQUE CHECK (length(individual_number) = 9 AND individual_number NOT GLOB '*[^0-9]*'),
    case_number          TEXT NOT NULL,
    last_name            TEXT NOT NULL CHECK (last_name <> ''),
    first_name           TEXT NOT NULL CHECK (first_name <> ''),
    date_of_birth        TEXT NOT NULL CHECK (date_of_birth = date(date_of_birth)),
    ssn_last4            TEXT NOT NULL CHECK (length(ssn_last4) = 4 AND ssn_last4 NOT GLOB '*[^0-9]*'),
    email                TEXT,
    phone                TEXT,
    street               TEXT,
    city                 TEXT,
    zip                  TEXT,
    county               TEXT,
    snap_status          TEXT NOT NULL CHECK (snap_status IN ('Y', 'N', 'P')),
    redetermination_date TEXT CHECK (redetermination_date IS NULL OR redetermination_date = date(redetermination_date)),
    midpoint_date        TEXT CHECK (midpoint_date IS NULL OR midpoint_date = date(midpoint_date)),
    abawd                INTEGER CHECK (abawd IN (0, 1)),
    office               TEXT,
    in_isets_since       TEXT,
    account_email        TEXT,
    entered_by_hand      INTEGER NOT NULL DEFAULT 0 CHECK (entered_by_hand IN (0, 1)),
    row_hash             TEXT NOT NULL,
    first_batch_id       INTEGER,
    last_batch_id        INTEGER,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_name_key        TEXT GENERATED ALWAYS AS (lower(last_name)) VIRTUAL,
    first_name_key       TEXT GENERATED ALWAYS AS (lower(first_name)) VIRTUAL,
    account_email_key    TEXT GENERATED ALWAYS AS (lower(account_email)) VIRTUAL
) STRICT;
INSERT INTO customers_new (id, individual_number, case_number, last_name, first_name,
    date_of_birth, ssn_last4, email, phone, street, city, zip, county, snap_status,
    redetermination_date, midpoint_date, abawd, office, in_isets_since, account_email,
    entered_by_hand, row_hash, first_batch_id, last_batch_id, created_at, updated_at)
SELECT id, individual_number, case_number, last_name, first_name,
    date_of_birth, ssn_last4, email, phone, street, city, zip, county, snap_status,
    redetermination_date, midpoint_date, abawd, office, in_isets_since, account_email,
    entered_by_hand, row_hash, first_batch_id, last_batch_id, created_at, updated_at
FROM customers;
DROP TABLE customers;
ALTER TABLE customers_new RENAME TO customers;
CREATE INDEX customers_name_idx ON customers (last_name_key, first_name_key, date_of_birth);
CREATE INDEX customers_case_idx ON customers (case_number);
CREATE UNIQUE INDEX customers_account_email_key ON customers (account_email_key);
CREATE INDEX customers_in_isets_name_idx ON customers (last_name_key, first_name_key, individual_number)
    WHERE in_isets_since IS NOT NULL;

CREATE TABLE customer_history_new (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    batch_id    INTEGER,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
) STRICT;
INSERT INTO customer_history_new SELECT id, customer_id, field, old_value, new_value,
    batch_id, changed_by, changed_at FROM customer_history;
DROP TABLE customer_history;
ALTER TABLE customer_history_new RENAME TO customer_history;
CREATE INDEX customer_history_customer_idx ON customer_history (customer_id, id);

CREATE TABLE customer_status_history_new (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    old_status  TEXT CHECK (old_status IN ('Y', 'N', 'P')),
    new_status  TEXT NOT NULL CHECK (new_status IN ('Y', 'N', 'P')),
    batch_id    INTEGER,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
) STRICT;
INSERT INTO customer_status_history_new SELECT id, customer_id, old_status, new_status,
    batch_id, changed_by, changed_at FROM customer_status_history;
DROP TABLE customer_status_history;
ALTER TABLE customer_status_history_new RENAME TO customer_status_history;
CREATE INDEX customer_status_history_customer_idx ON customer_status_history (customer_id, id);

CREATE TRIGGER ies_batches_kept BEFORE DELETE ON ies_batches
BEGIN
    SELECT RAISE(ABORT, 'I3: IES batches are never removed');
END;

COMMIT;
PRAGMA foreign_keys = ON;
