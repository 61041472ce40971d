-- Provider records (DOMAIN.md §3, P1–P7): locations, contracts with goals and their
-- earlier versions, E&T programs, enabled services, appointment sites and schedules,
-- worksites, audits and provider case notes.

CREATE TABLE locations (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    address         TEXT NOT NULL,
    county          TEXT NOT NULL,
    dhs_office      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX locations_name_key ON locations (organization_id, lower(name));

CREATE TABLE contracts (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    number          TEXT NOT NULL UNIQUE,
    program         TEXT NOT NULL CHECK (program IN ('snap-jp', 'snap-to-success', 'earnfare')),
    start_date      DATE NOT NULL,
    end_date        DATE NOT NULL,
    amount_cents    BIGINT NOT NULL CHECK (amount_cents >= 0),
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (start_date <= end_date)
);
CREATE INDEX contracts_org_idx ON contracts (organization_id);

CREATE TABLE contract_goals (
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    category    TEXT NOT NULL,
    target      BIGINT NOT NULL CHECK (target >= 0),
    PRIMARY KEY (contract_id, category)
);

-- P2: every earlier version of an amended contract, whole (goals included), as JSON.
CREATE TABLE contract_versions (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    version     BIGINT NOT NULL,
    snapshot    TEXT NOT NULL,
    replaced_at TIMESTAMPTZ NOT NULL,
    replaced_by TEXT NOT NULL,
    UNIQUE (contract_id, version)
);

CREATE TABLE programs (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id   BIGINT NOT NULL REFERENCES organizations (id),
    contract_id       BIGINT NOT NULL REFERENCES contracts (id),
    location_id       BIGINT NOT NULL REFERENCES locations (id),
    program_type      TEXT NOT NULL CHECK (program_type IN ('snap-jp', 'snap-to-success', 'earnfare')),
    fiscal_year       BIGINT NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    full_time         BOOLEAN NOT NULL,
    part_time         BOOLEAN NOT NULL,
    description       TEXT NOT NULL,
    target_occupation TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    removed_at        TIMESTAMPTZ,
    removed_by        TEXT,
    CHECK (full_time OR part_time)
);
CREATE INDEX programs_org_idx ON programs (organization_id, fiscal_year);

CREATE TABLE program_activities (
    program_id    BIGINT NOT NULL REFERENCES programs (id),
    activity_code TEXT NOT NULL,
    PRIMARY KEY (program_id, activity_code)
);

CREATE TABLE program_criteria (
    program_id BIGINT NOT NULL REFERENCES programs (id),
    criterion  TEXT NOT NULL,
    PRIMARY KEY (program_id, criterion)
);

-- P5: every catalogue code is enabled unless a row here says otherwise; a row records
-- each choice made for a provider.
CREATE TABLE provider_services (
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    code            TEXT NOT NULL,
    enabled         BOOLEAN NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organization_id, code)
);

CREATE TABLE appointment_sites (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    location_id     BIGINT REFERENCES locations (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    instructions    TEXT NOT NULL DEFAULT '',
    created_at      TIMESTAMPTZ NOT NULL,
    removed_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX appointment_sites_name_key ON appointment_sites (organization_id, lower(name))
    WHERE removed_at IS NULL;

-- Wall-clock local times (TIMESTAMP without zone): an appointment at 9:00 is at 9:00.
CREATE TABLE appointments (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id    BIGINT NOT NULL REFERENCES appointment_sites (id),
    starts_at  TIMESTAMP NOT NULL,
    ends_at    TIMESTAMP NOT NULL,
    openings   BIGINT NOT NULL CHECK (openings > 0),
    created_at TIMESTAMPTZ NOT NULL,
    removed_at TIMESTAMPTZ,
    CHECK (starts_at < ends_at)
);
CREATE INDEX appointments_site_idx ON appointments (site_id, starts_at);

CREATE TABLE worksites (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    address         TEXT NOT NULL,
    employment_type TEXT NOT NULL CHECK (employment_type IN ('work-experience', 'earnfare', 'ojt')),
    contact_name    TEXT NOT NULL,
    contact_phone   TEXT,
    contact_email   TEXT,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX worksites_name_key ON worksites (organization_id, lower(name));

CREATE TABLE provider_audits (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    audit_date      DATE NOT NULL,
    title           TEXT NOT NULL CHECK (title <> ''),
    findings        TEXT NOT NULL DEFAULT '',
    entered_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX provider_audits_org_idx ON provider_audits (organization_id, audit_date);

CREATE TABLE provider_notes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    subject         TEXT NOT NULL CHECK (subject <> ''),
    message         TEXT NOT NULL,
    written_by      TEXT NOT NULL,
    written_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX provider_notes_org_idx ON provider_notes (organization_id, written_at);
