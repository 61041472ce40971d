-- Base schema: organizations (IDHS and providers), users with their listings, and the
-- hash-chained audit log. Dates are ISO TEXT checked by date(); timestamps are
-- RFC 3339 TEXT in UTC; booleans are 0/1.

CREATE TABLE organizations (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('idhs', 'provider')),
    spcq_approved_on TEXT CHECK (spcq_approved_on IS NULL OR spcq_approved_on = date(spcq_approved_on)),
    created_at       TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name));

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE CHECK (username = lower(username)),
    first_name    TEXT NOT NULL CHECK (first_name <> ''),
    last_name     TEXT NOT NULL CHECK (last_name <> ''),
    email         TEXT NOT NULL CHECK (email LIKE '%_@_%'),
    date_of_birth TEXT NOT NULL CHECK (date_of_birth = date(date_of_birth)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_name_dob_idx ON users (lower(last_name), lower(first_name), date_of_birth);

CREATE TABLE listings (
    id                   INTEGER PRIMARY KEY,
    user_id              INTEGER NOT NULL REFERENCES users (id),
    organization_id      INTEGER NOT NULL REFERENCES organizations (id),
    role                 TEXT NOT NULL CHECK (role IN ('super-user', 'wfd', 'billing',
                             'provider-manager', 'program-manager', 'provider-staff')),
    request_kind         TEXT NOT NULL CHECK (request_kind IN ('IL444-2022', 'manager-request', 'init')),
    request_ref          TEXT NOT NULL,
    authorized_by        TEXT NOT NULL,
    added_at             TEXT NOT NULL,
    added_by             TEXT NOT NULL,
    removed_at           TEXT,
    removed_by           TEXT,
    removal_requested_by TEXT,
    CHECK ((removed_at IS NULL) = (removed_by IS NULL))
) STRICT;
CREATE UNIQUE INDEX listings_active_key ON listings (user_id, organization_id, role)
    WHERE removed_at IS NULL;
CREATE INDEX listings_org_idx ON listings (organization_id, role);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    operator        TEXT NOT NULL,
    command         TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity_kind     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    organization_id INTEGER REFERENCES organizations (id),
    before          TEXT,
    after           TEXT,
    reason          TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX audit_log_entity_idx ON audit_log (entity_kind, entity_id);
CREATE INDEX audit_log_operator_idx ON audit_log (operator, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);
