-- Assessments (DOMAIN.md §6): the two parts of the Universal Assessment (A1), each with
-- the day it was completed (A2) and the organization that entered it (A4), and the
-- Initial Screening's answers that programs are matched on (`customer recommend`).

-- A2: `completed_on` is the day the assessment was completed, not the day it was
-- entered (`entered_at`). `organization_id` is the provider that entered it, or NULL
-- when IDHS staff entered it for IDHS. Never changed or deleted (H1): a new assessment
-- of the same kind replaces an older one as current (A5).
CREATE TABLE assessments (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT REFERENCES organizations (id),
    kind            TEXT NOT NULL CHECK (kind IN ('initial', 'needs')),
    completed_on    DATE NOT NULL,
    entered_by      TEXT NOT NULL,
    entered_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX assessments_customer_idx ON assessments (customer_id, kind, completed_on);

-- The Initial Screening's answers, one row per initial assessment. `customer_id`
-- repeats the assessment's so the row is scoped through the customer like its parent.
CREATE TABLE assessment_screenings (
    assessment_id      BIGINT PRIMARY KEY REFERENCES assessments (id),
    customer_id        BIGINT NOT NULL REFERENCES customers (id),
    county             TEXT NOT NULL CHECK (county <> ''),
    availability       TEXT NOT NULL CHECK (availability IN ('full-time', 'part-time', 'either')),
    education          TEXT NOT NULL CHECK (education IN ('below-high-school', 'high-school',
                           'some-college', 'associate', 'bachelor', 'graduate')),
    desired_soc        TEXT CHECK (desired_soc IS NULL OR desired_soc ~ '^[0-9]{2}-[0-9]{4}$'),
    desired_occupation TEXT CHECK (desired_occupation IS NULL OR desired_occupation <> '')
);

-- The barriers the screening names, several allowed, from a fixed list.
CREATE TABLE assessment_barriers (
    assessment_id BIGINT NOT NULL REFERENCES assessment_screenings (assessment_id),
    customer_id   BIGINT NOT NULL REFERENCES customers (id),
    barrier       TEXT NOT NULL CHECK (barrier IN ('transportation', 'childcare', 'housing',
                      'health', 'disability', 'limited-english', 'criminal-record',
                      'no-work-history', 'no-internet')),
    PRIMARY KEY (assessment_id, barrier)
);
