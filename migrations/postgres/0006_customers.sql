-- Customers (DOMAIN.md §5): the people of the IES extract, each import as a batch, the
-- history of every field an import or ISETS changed (I3, H1), and the links that bring
-- a customer within a provider's reach (S5 assignments; §1).

-- I3: one row per import of the extract.
CREATE TABLE ies_batches (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL CHECK (length(sha256) = 64),
    operator        TEXT NOT NULL,
    imported_at     TIMESTAMPTZ NOT NULL,
    as_of           DATE NOT NULL,
    new_count       BIGINT NOT NULL CHECK (new_count >= 0),
    changed_count   BIGINT NOT NULL CHECK (changed_count >= 0),
    unchanged_count BIGINT NOT NULL CHECK (unchanged_count >= 0),
    rejected_count  BIGINT NOT NULL CHECK (rejected_count >= 0),
    forced          BOOLEAN NOT NULL
);
CREATE INDEX ies_batches_sha256_idx ON ies_batches (sha256);

-- I1, I2: a person as IES has them (the individual number joins IES to ISETS), and
-- what ISETS adds: the IDHS office (chosen in ISETS), when they became an ISETS
-- customer and their account's email (S3), and whether IDHS staff entered them by hand (S4). `row_hash` is the
-- SHA-256 of the IES fields as they stand, so an import skips unchanged rows; a change
-- made in ISETS recomputes it, so the next import overwrites the change (I2).
CREATE TABLE customers (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    individual_number    TEXT NOT NULL UNIQUE CHECK (individual_number ~ '^[0-9]{9}$'),
    case_number          TEXT NOT NULL,
    last_name            TEXT NOT NULL CHECK (last_name <> ''),
    first_name           TEXT NOT NULL CHECK (first_name <> ''),
    date_of_birth        DATE NOT NULL,
    ssn_last4            TEXT NOT NULL CHECK (ssn_last4 ~ '^[0-9]{4}$'),
    email                TEXT,
    phone                TEXT,
    street               TEXT,
    city                 TEXT,
    zip                  TEXT,
    county               TEXT,
    snap_status          TEXT NOT NULL CHECK (snap_status IN ('Y', 'N', 'P')),
    redetermination_date DATE,
    midpoint_date        DATE,
    abawd                BOOLEAN,
    office               TEXT,
    in_isets_since       TIMESTAMPTZ,
    account_email        TEXT,
    entered_by_hand      BOOLEAN NOT NULL DEFAULT false,
    row_hash             TEXT NOT NULL,
    first_batch_id       BIGINT REFERENCES ies_batches (id),
    last_batch_id        BIGINT REFERENCES ies_batches (id),
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    last_name_key        TEXT GENERATED ALWAYS AS (lower(last_name)) STORED,
    first_name_key       TEXT GENERATED ALWAYS AS (lower(first_name)) STORED,
    account_email_key    TEXT GENERATED ALWAYS AS (lower(account_email)) STORED
);
CREATE INDEX customers_name_idx ON customers (last_name_key, first_name_key, date_of_birth);
CREATE INDEX customers_case_idx ON customers (case_number);
-- S3: one ISETS account per email.
CREATE UNIQUE INDEX customers_account_email_key ON customers (account_email_key);

-- S5: a customer assigned to a program at a provider, with the IDHS office. The
-- provider's reach over the customer starts here (§1).
CREATE TABLE customer_assignments (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    program_id      BIGINT REFERENCES programs (id),
    location_id     BIGINT REFERENCES locations (id),
    office          TEXT NOT NULL,
    assigned_at     TIMESTAMPTZ NOT NULL,
    assigned_by     TEXT NOT NULL
);
CREATE INDEX customer_assignments_customer_idx ON customer_assignments (customer_id, organization_id);
CREATE INDEX customer_assignments_org_idx ON customer_assignments (organization_id);

-- I3, H1: each field an import or ISETS changed, old and new, by whom and when, and
-- the batch when an import changed it.
CREATE TABLE customer_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    field       TEXT NOT NULL,
    old_value   TEXT,
    new_value   TEXT,
    batch_id    BIGINT REFERENCES ies_batches (id),
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX customer_history_customer_idx ON customer_history (customer_id, id);

-- I2: the SNAP eligibility status over time (Pending Application, Yes, No).
CREATE TABLE customer_status_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    old_status  TEXT CHECK (old_status IN ('Y', 'N', 'P')),
    new_status  TEXT NOT NULL CHECK (new_status IN ('Y', 'N', 'P')),
    batch_id    BIGINT REFERENCES ies_batches (id),
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX customer_status_history_customer_idx ON customer_status_history (customer_id, id);
