-- Money and outcomes (DOMAIN.md §10–12, §15): supportive services and their costs, the
-- maximums and their overrides, employment and its retention checks, credentials, exits,
-- and the Earnfare benefit; and the statewide settings the rules read. Money is integer
-- cents, hours integer hundredths. Every row of a customer names them, so that the
-- row-level-security policies reach it as they reach the customer (§1).

-- M3, V2: verification documents join the plan (E8) in the document store.
ALTER TABLE customer_documents DROP CONSTRAINT customer_documents_category_check;
ALTER TABLE customer_documents ADD CONSTRAINT customer_documents_category_check
    CHECK (category IN ('Plan', 'Employment Verification', 'Support Service'));

-- Statewide settings kept in the database rather than on one machine, so that every
-- operator computes the same figures (R1: the benefit wage, the Transitional Job target,
-- the rounding; R2: the participation limit). A setting without a row has its default.
CREATE TABLE settings (
    name       TEXT PRIMARY KEY CHECK (name <> ''),
    value      TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    reason     TEXT
);

-- V3: the maximum per customer of a support-service category (its catalogue code) in a
-- fiscal year (P3: named by the year it ends in). A row without a fiscal year is the
-- category's maximum in every year that has none of its own. A category without either
-- takes no cost until one is set.
CREATE TABLE service_caps (
    category    TEXT NOT NULL CHECK (category <> ''),
    fiscal_year BIGINT CHECK (fiscal_year BETWEEN 2000 AND 2100),
    amount      BIGINT NOT NULL CHECK (amount >= 0),
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX service_caps_year_idx ON service_caps (category, fiscal_year) WHERE fiscal_year IS NOT NULL;
CREATE UNIQUE INDEX service_caps_default_idx ON service_caps (category) WHERE fiscal_year IS NULL;

-- V3: the three maximums of the Overview's example (000), for every fiscal year.
INSERT INTO service_caps (category, fiscal_year, amount, changed_by, changed_at)
VALUES ('TRANSPORTATION', NULL, 140000, 'isets', now()),
       ('BOOKS', NULL, 100000, 'isets', now()),
       ('CLOTHING', NULL, 30000, 'isets', now());

-- V1: a support service on the Employment Plan, under a goal, in an enrollment;
-- `organization_id` is the provider giving it. Costs are added only while it is
-- Started/Open; once opened it needs no closing (000).
CREATE TABLE support_services (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    goal_id         BIGINT NOT NULL REFERENCES ep_goals (id),
    enrollment_id   BIGINT NOT NULL REFERENCES enrollments (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    category        TEXT NOT NULL CHECK (category <> ''),
    status          TEXT NOT NULL CHECK (status IN ('planned', 'started', 'successful', 'unsuccessful')),
    planned_start   DATE NOT NULL,
    planned_end     DATE NOT NULL,
    started_on      DATE,
    completed_on    DATE,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (planned_end >= planned_start),
    CHECK ((status = 'planned') = (started_on IS NULL)),
    CHECK ((status IN ('successful', 'unsuccessful')) = (completed_on IS NOT NULL))
);
CREATE INDEX support_services_customer_idx ON support_services (customer_id, category);
CREATE INDEX support_services_goal_idx ON support_services (goal_id);

-- V2, V7: a cost of a support service. `category` and `fiscal_year` repeat the service's
-- category and the fiscal year of `paid_on`, so that the year's total per category (V3)
-- is one index range. `state`: counted in the totals; pending an override (counted,
-- marked "Override Pending", V4); void once its override was rejected (kept, not counted).
-- `issued_on`: the day the service was issued (V1, V7); NULL reads as the payment date.
CREATE TABLE service_costs (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id      BIGINT NOT NULL REFERENCES support_services (id),
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    category        TEXT NOT NULL CHECK (category <> ''),
    fiscal_year     BIGINT NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
    method          TEXT NOT NULL CHECK (method <> ''),
    description     TEXT NOT NULL CHECK (description <> ''),
    unit_amount     BIGINT NOT NULL CHECK (unit_amount > 0),
    quantity        BIGINT NOT NULL CHECK (quantity > 0),
    total           BIGINT NOT NULL CHECK (total = unit_amount * quantity),
    paid_on         DATE NOT NULL,
    issued_on       DATE,
    state           TEXT NOT NULL CHECK (state IN ('counted', 'pending', 'void')),
    document_id     BIGINT REFERENCES customer_documents (id),
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX service_costs_total_idx ON service_costs (customer_id, category, fiscal_year, state);
CREATE INDEX service_costs_service_idx ON service_costs (service_id, paid_on);

-- V4, V6: the override a cost past the maximum asks for, answered once by an IDHS
-- provider manager. `total_before` and `maximum` keep the arithmetic as it stood.
CREATE TABLE cost_overrides (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cost_id         BIGINT NOT NULL UNIQUE REFERENCES service_costs (id),
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    reason          TEXT NOT NULL CHECK (reason <> ''),
    total_before    BIGINT NOT NULL,
    maximum         BIGINT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected')),
    requested_by    TEXT NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    answered_by     TEXT,
    answered_at     TIMESTAMPTZ,
    answer          TEXT,
    CHECK ((status = 'pending') = (answered_by IS NULL)),
    CHECK (status <> 'rejected' OR answer IS NOT NULL)
);
CREATE INDEX cost_overrides_pending_idx ON cost_overrides (status, organization_id, requested_at);
CREATE INDEX cost_overrides_customer_idx ON cost_overrides (customer_id);

-- M1, M2: a customer's employment, entered by a provider (`organization_id`);
-- `activity_id` is the JR or E activity its saving added (M2). Wages in cents an hour,
-- hours a week in hundredths.
CREATE TABLE employments (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    enrollment_id   BIGINT REFERENCES enrollments (id),
    activity_id     BIGINT REFERENCES activities (id),
    employer        TEXT NOT NULL CHECK (employer <> ''),
    industry        TEXT,
    soc             TEXT NOT NULL CHECK (soc <> ''),
    occupation      TEXT,
    job_title       TEXT NOT NULL CHECK (job_title <> ''),
    started_on      DATE NOT NULL,
    ended_on        DATE,
    wage            BIGINT NOT NULL CHECK (wage > 0),
    hours           BIGINT NOT NULL CHECK (hours > 0 AND hours <= 16800),
    full_time       BOOLEAN NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX employments_customer_idx ON employments (customer_id, started_on);

-- M3: a retention check at 30, 60 or 90 days: its verification document and case note,
-- entered by the provider, and the approval of a provider manager (or WFD) that sets the
-- Employment Verification Status.
CREATE TABLE employment_verifications (
    employment_id   BIGINT NOT NULL REFERENCES employments (id),
    period          BIGINT NOT NULL CHECK (period IN (30, 60, 90)),
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    document_id     BIGINT NOT NULL REFERENCES customer_documents (id),
    note_id         BIGINT NOT NULL REFERENCES customer_notes (id),
    entered_by      TEXT NOT NULL,
    entered_at      TIMESTAMPTZ NOT NULL,
    approved_by     TEXT,
    approved_at     TIMESTAMPTZ,
    PRIMARY KEY (employment_id, period),
    CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
CREATE INDEX employment_verifications_customer_idx ON employment_verifications (customer_id);

-- C1: a credential the customer earned; only industry-recognized ones count for
-- performance. Removing one keeps the row (H1).
CREATE TABLE credentials (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id         BIGINT NOT NULL REFERENCES customers (id),
    organization_id     BIGINT NOT NULL REFERENCES organizations (id),
    activity_id         BIGINT REFERENCES activities (id),
    title               TEXT NOT NULL CHECK (title <> ''),
    institution         TEXT NOT NULL CHECK (institution <> ''),
    earned_on           DATE NOT NULL,
    credential_type     TEXT NOT NULL CHECK (credential_type <> ''),
    source              TEXT NOT NULL CHECK (source <> ''),
    soc                 TEXT NOT NULL CHECK (soc <> ''),
    occupation          TEXT NOT NULL CHECK (occupation <> ''),
    cip                 TEXT NOT NULL CHECK (cip <> ''),
    industry_recognized BOOLEAN NOT NULL,
    added_by            TEXT NOT NULL,
    added_at            TIMESTAMPTZ NOT NULL,
    removed_by          TEXT,
    removed_at          TIMESTAMPTZ,
    CHECK ((removed_by IS NULL) = (removed_at IS NULL))
);
CREATE INDEX credentials_customer_idx ON credentials (customer_id, earned_on);

-- X1–X6: the exit of an enrollment (a provider and program): status, the reason X3
-- allows, the date and who exited, and the optional Measurable Skill Gain (X6). An
-- un-exit (X4) keeps the row, with the employment it rests on.
CREATE TABLE exits (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrollment_id       BIGINT NOT NULL REFERENCES enrollments (id),
    customer_id         BIGINT NOT NULL REFERENCES customers (id),
    organization_id     BIGINT NOT NULL REFERENCES organizations (id),
    program_id          BIGINT NOT NULL REFERENCES programs (id),
    status              TEXT NOT NULL CHECK (status IN ('unsuccessful', 'moved', 'successful')),
    reason              TEXT,
    exited_on           DATE NOT NULL,
    skill_gain          TEXT,
    exited_by           TEXT NOT NULL,
    exited_at           TIMESTAMPTZ NOT NULL,
    unexited_by         TEXT,
    unexited_at         TIMESTAMPTZ,
    unexit_employment_id BIGINT REFERENCES employments (id),
    CHECK ((unexited_by IS NULL) = (unexited_at IS NULL))
);
CREATE INDEX exits_customer_idx ON exits (customer_id, exited_on);
-- One standing exit of an enrollment: of two exiting at once, one wins.
CREATE UNIQUE INDEX exits_enrollment_idx ON exits (enrollment_id) WHERE unexited_at IS NULL;

-- R2: the Earnfare benefit amount from its effective date, first set with the referral
-- WFD approves and changed only by IDHS staff; every row is kept (its history).
CREATE TABLE earnfare_benefits (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers (id),
    amount       BIGINT NOT NULL CHECK (amount >= 0),
    effective_on DATE NOT NULL,
    referral_id  BIGINT REFERENCES referrals (id),
    changed_by   TEXT NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    reason       TEXT
);
CREATE INDEX earnfare_benefits_customer_idx ON earnfare_benefits (customer_id, effective_on);
