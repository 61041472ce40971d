-- Provider records (DOMAIN.md §3, P1–P7): locations, contracts with goals and their
-- earlier versions, E&T programs, enabled services, appointment sites and schedules,
-- worksites, audits and provider case notes.

CREATE TABLE locations (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    address         TEXT NOT NULL,
    county          TEXT NOT NULL,
    dhs_office      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX locations_name_key ON locations (organization_id, lower(name));

CREATE TABLE contracts (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    number          TEXT NOT NULL UNIQUE,
    program         TEXT NOT NULL CHECK (program IN ('snap-jp', 'snap-to-success', 'earnfare')),
    start_date      TEXT NOT NULL CHECK (start_date = date(start_date)),
    end_date        TEXT NOT NULL CHECK (end_date = date(end_date)),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents >= 0),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (start_date <= end_date)
) STRICT;
CREATE INDEX contracts_org_idx ON contracts (organization_id);

CREATE TABLE contract_goals (
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    category    TEXT NOT NULL,
    target      INTEGER NOT NULL CHECK (target >= 0),
    PRIMARY KEY (contract_id, category)
) STRICT;

-- P2: every earlier version of an amended contract, whole (goals included), as JSON.
CREATE TABLE contract_versions (
    id          INTEGER PRIMARY KEY,
    contract_id INTEGER NOT NULL REFERENCES contracts (id),
    version     INTEGER NOT NULL,
    snapshot    TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    replaced_by TEXT NOT NULL,
    UNIQUE (contract_id, version)
) STRICT;

CREATE TABLE programs (
    id                INTEGER PRIMARY KEY,
    organization_id   INTEGER NOT NULL REFERENCES organizations (id),
    contract_id       INTEGER NOT NULL REFERENCES contracts (id),
    location_id       INTEGER NOT NULL REFERENCES locations (id),
    program_type      TEXT NOT NULL CHECK (program_type IN ('snap-jp', 'snap-to-success', 'earnfare')),
    fiscal_year       INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    full_time         INTEGER NOT NULL CHECK (full_time IN (0, 1)),
    part_time         INTEGER NOT NULL CHECK (part_time IN (0, 1)),
    description       TEXT NOT NULL,
    target_occupation TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    removed_at        TEXT,
    removed_by        TEXT,
    CHECK (full_time = 1 OR part_time = 1)
) STRICT;
CREATE INDEX programs_org_idx ON programs (organization_id, fiscal_year);

CREATE TABLE program_activities (
    program_id    INTEGER NOT NULL REFERENCES programs (id),
    activity_code TEXT NOT NULL,
    PRIMARY KEY (program_id, activity_code)
) STRICT;

CREATE TABLE program_criteria (
    program_id INTEGER NOT NULL REFERENCES programs (id),
    criterion  TEXT NOT NULL,
    PRIMARY KEY (program_id, criterion)
) STRICT;

-- P5: every catalogue code is enabled unless a row here says otherwise; a row records
-- each choice made for a provider.
CREATE TABLE provider_services (
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    code            TEXT NOT NULL,
    enabled         INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (organization_id, code)
) STRICT;

CREATE TABLE appointment_sites (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    location_id     INTEGER REFERENCES locations (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    instructions    TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    removed_at      TEXT
) STRICT;
CREATE UNIQUE INDEX appointment_sites_name_key ON appointment_sites (organization_id, lower(name))
    WHERE removed_at IS NULL;

-- Wall-clock local times ("YYYY-MM-DD HH:MM:SS"): an appointment at 9:00 is at 9:00.
CREATE TABLE appointments (
    id         INTEGER PRIMARY KEY,
    site_id    INTEGER NOT NULL REFERENCES appointment_sites (id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    openings   INTEGER NOT NULL CHECK (openings > 0),
    created_at TEXT NOT NULL,
    removed_at TEXT,
    CHECK (starts_at < ends_at)
) STRICT;
CREATE INDEX appointments_site_idx ON appointments (site_id, starts_at);

CREATE TABLE worksites (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    address         TEXT NOT NULL,
    employment_type TEXT NOT NULL CHECK (employment_type IN ('work-experience', 'earnfare', 'ojt')),
    contact_name    TEXT NOT NULL,
    contact_phone   TEXT,
    contact_email   TEXT,
    created_at      TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX worksites_name_key ON worksites (organization_id, lower(name));

CREATE TABLE provider_audits (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    audit_date      TEXT NOT NULL CHECK (audit_date = date(audit_date)),
    title           TEXT NOT NULL CHECK (title <> ''),
    findings        TEXT NOT NULL DEFAULT '',
    entered_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX provider_audits_org_idx ON provider_audits (organization_id, audit_date);

CREATE TABLE provider_notes (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    subject         TEXT NOT NULL CHECK (subject <> ''),
    message         TEXT NOT NULL,
    written_by      TEXT NOT NULL,
    written_at      TEXT NOT NULL
) STRICT;
CREATE INDEX provider_notes_org_idx ON provider_notes (organization_id, written_at);
