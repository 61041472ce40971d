-- Base schema: organizations (IDHS and providers), users with their listings, and the
-- hash-chained audit log. Native types: DATE, TIMESTAMPTZ, BOOLEAN; enums as TEXT with
-- CHECK. The audit before/after values are TEXT, not JSONB, because the hash chain
-- covers their exact bytes.

CREATE TABLE organizations (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('idhs', 'provider')),
    spcq_approved_on DATE,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name));

CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE CHECK (username = lower(username)),
    first_name    TEXT NOT NULL CHECK (first_name <> ''),
    last_name     TEXT NOT NULL CHECK (last_name <> ''),
    email         TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    date_of_birth DATE NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_name_dob_idx ON users (lower(last_name), lower(first_name), date_of_birth);

CREATE TABLE listings (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id              BIGINT NOT NULL REFERENCES users (id),
    organization_id      BIGINT NOT NULL REFERENCES organizations (id),
    role                 TEXT NOT NULL CHECK (role IN ('super-user', 'wfd', 'billing',
                             'provider-manager', 'program-manager', 'provider-staff')),
    request_kind         TEXT NOT NULL CHECK (request_kind IN ('IL444-2022', 'manager-request', 'init')),
    request_ref          TEXT NOT NULL,
    authorized_by        TEXT NOT NULL,
    added_at             TIMESTAMPTZ NOT NULL,
    added_by             TEXT NOT NULL,
    removed_at           TIMESTAMPTZ,
    removed_by           TEXT,
    removal_requested_by TEXT,
    CHECK ((removed_at IS NULL) = (removed_by IS NULL))
);
CREATE UNIQUE INDEX listings_active_key ON listings (user_id, organization_id, role)
    WHERE removed_at IS NULL;
CREATE INDEX listings_org_idx ON listings (organization_id, role);

CREATE TABLE audit_log (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    operator        TEXT NOT NULL,
    command         TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity_kind     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    organization_id BIGINT REFERENCES organizations (id),
    before          TEXT,
    after           TEXT,
    reason          TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_kind, entity_id);
CREATE INDEX audit_log_operator_idx ON audit_log (operator, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);
