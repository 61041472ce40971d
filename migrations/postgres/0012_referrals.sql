-- Referrals (DOMAIN.md §7): the three kinds of F1, their answers (F4), every version of
-- each (F3), and the deadlines of F5 stored as moments when the referral is sent, so
-- that the pending, red-flagged, overdue and expiring ones are indexed comparisons.

-- `kind`: `referral` IDHS → provider, `reverse` provider → IDHS, `provider` provider →
-- provider (F1). IDHS's side has no organization (NULL), as on an assessment IDHS entered. `program_id` and `to_location_id`: the
-- receiving program and its location (a referral to a provider); `from_location_id`:
-- the sending provider's location (a referral by a provider). A provider role reaches
-- the customer through either location (§1). `version` is the current version's number
-- (F3). `due_at` is the referral's own deadline (10 business days for a provider, 48
-- business hours for IDHS), `red_flag_at` 48 business hours after sending (D2),
-- `expires_at` 90 days after sending (F5); the first two are recomputed when the calendar
-- changes on a day a pending referral's counting spans (F7). The F2 fields are the
-- sender's for an IDHS → provider referral, IDHS's answer for a reverse one (F4).
CREATE TABLE referrals (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id          BIGINT NOT NULL REFERENCES customers (id),
    kind                 TEXT NOT NULL CHECK (kind IN ('referral', 'reverse', 'provider')),
    from_organization_id BIGINT REFERENCES organizations (id),
    to_organization_id   BIGINT REFERENCES organizations (id),
    program_id           BIGINT REFERENCES programs (id),
    from_location_id     BIGINT REFERENCES locations (id),
    to_location_id       BIGINT REFERENCES locations (id),
    status               TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'expired')),
    version              BIGINT NOT NULL CHECK (version >= 1),
    sent_at              TIMESTAMPTZ NOT NULL,
    sent_by              TEXT NOT NULL,
    due_at               TIMESTAMPTZ NOT NULL,
    red_flag_at          TIMESTAMPTZ NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL,
    consent_attested     BOOLEAN,
    assessment_id        BIGINT REFERENCES assessments (id),
    assessment_on        DATE,
    receives_snap        BOOLEAN,
    eligible             BOOLEAN,
    appointment_id       BIGINT REFERENCES appointments (id),
    note                 TEXT,
    answered_at          TIMESTAMPTZ,
    answered_by          TEXT,
    reason               TEXT,
    CHECK (from_organization_id <> to_organization_id),
    CHECK ((kind = 'referral') = (from_organization_id IS NULL)),
    CHECK ((kind = 'reverse') = (to_organization_id IS NULL)),
    CHECK ((kind = 'reverse') = (program_id IS NULL))
);
CREATE INDEX referrals_customer_idx ON referrals (customer_id, id);
CREATE INDEX referrals_to_location_idx ON referrals (to_location_id, customer_id);
CREATE INDEX referrals_from_location_idx ON referrals (from_location_id, customer_id);
CREATE INDEX referrals_to_org_idx ON referrals (to_organization_id, status);
CREATE INDEX referrals_from_org_idx ON referrals (from_organization_id, status);
CREATE INDEX referrals_due_idx ON referrals (status, due_at);
CREATE INDEX referrals_red_flag_idx ON referrals (status, red_flag_at);
CREATE INDEX referrals_expires_idx ON referrals (status, expires_at);

-- F3: one row per version, with the state the referral had; version 1 is the sending.
CREATE TABLE referral_versions (
    referral_id    BIGINT NOT NULL REFERENCES referrals (id),
    version        BIGINT NOT NULL CHECK (version >= 1),
    status         TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'expired')),
    receives_snap  BOOLEAN,
    eligible       BOOLEAN,
    appointment_id BIGINT REFERENCES appointments (id),
    due_at         TIMESTAMPTZ NOT NULL,
    reason         TEXT,
    note           TEXT,
    changed_by     TEXT NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (referral_id, version)
);

-- P7: an intake appointment booked by a referral takes one of its openings.
ALTER TABLE appointments ADD COLUMN booked BIGINT NOT NULL DEFAULT 0 CHECK (booked >= 0);
