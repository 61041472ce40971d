-- Customers (DOMAIN.md §5): the people of the IES extract, each import as a batch, the
-- history of every field an import or ISETS changed (I3, H1), and the links that bring
-- a customer within a provider's reach (S5 assignments; §1).

-- I3: one row per import of the extract.
CREATE TABLE ies_batches (
    id              INTEGER PRIMARY KEY,
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    operator        TEXT NOT NULL,
    imported_at     TEXT NOT NULL,
    as_of           TEXT NOT NULL CHECK (as_of = date(as_of)),
    new_count       INTEGER NOT NULL CHECK (new_count >= 0),
    changed_count   INTEGER NOT NULL CHECK (changed_count >= 0),
    unchanged_count INTEGER NOT NULL CHECK (unchanged_count >= 0),
    rejected_count  INTEGER NOT NULL CHECK (rejected_count >= 0),
    forced          INTEGER NOT NULL CHECK (forced IN (0, 1))
) STRICT;
CREATE INDEX ies_batches_sha256_idx ON ies_batches (sha256);

-- I1, I2: a person as IES has them (the individual number joins IES to ISETS), and
-- what ISETS adds: the IDHS office (chosen in ISETS), when they became an ISETS
-- customer and their account's email (S3), and whether IDHS staff entered them by hand (S4). `row_hash` is the
-- SHA-256 of the IES fields as they stand, so an import skips unchanged rows; a change
-- made in ISETS recomputes it, so the next import overwrites the change (I2).
CREATE TABLE customers (
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
    first_batch_id       INTEGER REFERENCES ies_batches (id),
    last_batch_id        INTEGER REFERENCES ies_batches (id),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_name_key        TEXT GENERATED ALWAYS AS (lower(last_name)) VIRTUAL,
    first_name_key       TEXT GENERATED ALWAYS AS (lower(first_name)) VIRTUAL,
    account_email_key    TEXT GENERATED ALWAYS AS (lower(account_email)) VIRTUAL
) STRICT;
CREATE INDEX customers_name_idx ON customers (last_name_key, first_name_key, date_of_birth);
CREATE INDEX customers_case_idx ON customers (case_number);
-- S3: one ISETS account per email.
CREATE UNIQUE INDEX customers_account_email_key ON customers (account_email_key);

-- S5: a customer assigned to a program at a provider, with the IDHS office. The
-- provider's reach over the customer starts here (§1).
CREATE TABLE customer_assignments (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    program_id      INTEGER REFERENCES programs (id),
    location_id     INTEGER REFERENCES locations (id),
    office          TEXT NOT NULL,
    assigned_at     TEXT NOT NULL,
    assigned_by     TEXT NOT NULL
) STRICT;
CREATE INDEX customer_assignments_customer_idx ON customer_assignments (customer_id, organization_id);
CREATE INDEX customer_assignments_org_idx ON customer_assignments (organization_id);

-- I3, H1: each field an import or ISETS changed, old and new, by whom and when, and
-- the batch when an import changed it.
CREATE TABLE customer_history (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    batch_id    INTEGER REFERENCES ies_batches (id),
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
) STRICT;
CREATE INDEX customer_history_customer_idx ON customer_history (customer_id, id);

-- I2: the SNAP eligibility status over time (Pending Application, Yes, No).
CREATE TABLE customer_status_history (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    old_status  TEXT CHECK (old_status IN ('Y', 'N', 'P')),
    new_status  TEXT NOT NULL CHECK (new_status IN ('Y', 'N', 'P')),
    batch_id    INTEGER REFERENCES ies_batches (id),
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
) STRICT;
CREATE INDEX customer_status_history_customer_idx ON customer_status_history (customer_id, id);
