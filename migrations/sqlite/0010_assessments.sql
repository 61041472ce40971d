-- Assessments (DOMAIN.md §6): the two parts of the Universal Assessment (A1), each with
-- the day it was completed (A2) and the organization that entered it (A4), and the
-- Initial Screening's answers that programs are matched on (`customer recommend`).

-- A2: `completed_on` is the day the assessment was completed, not the day it was
-- entered (`entered_at`). `organization_id` is the provider that entered it, or NULL
-- when IDHS staff entered it for IDHS. Never changed or deleted (H1): a new assessment
-- of the same kind replaces an older one as current (A5).
CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers (id),
    organization_id INTEGER REFERENCES organizations (id),
    kind            TEXT NOT NULL CHECK (kind IN ('initial', 'needs')),
    completed_on    TEXT NOT NULL CHECK (completed_on = date(completed_on)),
    entered_by      TEXT NOT NULL,
    entered_at      TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_customer_idx ON assessments (customer_id, kind, completed_on);

-- The Initial Screening's answers, one row per initial assessment. `customer_id`
-- repeats the assessment's so the row is scoped through the customer like its parent.
CREATE TABLE assessment_screenings (
    assessment_id      INTEGER PRIMARY KEY REFERENCES assessments (id),
    customer_id        INTEGER NOT NULL REFERENCES customers (id),
    county             TEXT NOT NULL CHECK (county <> ''),
    availability       TEXT NOT NULL CHECK (availability IN ('full-time', 'part-time', 'either')),
    education          TEXT NOT NULL CHECK (education IN ('below-high-school', 'high-school',
                           'some-college', 'associate', 'bachelor', 'graduate')),
    desired_soc        TEXT CHECK (desired_soc IS NULL OR desired_soc GLOB '[0-9][0-9]-[0-9][0-9][0-9][0-9]'),
    desired_occupation TEXT CHECK (desired_occupation IS NULL OR desired_occupation <> '')
) STRICT;

-- The barriers the screening names, several allowed, from a fixed list.
CREATE TABLE assessment_barriers (
    assessment_id INTEGER NOT NULL REFERENCES assessment_screenings (assessment_id),
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    barrier       TEXT NOT NULL CHECK (barrier IN ('transportation', 'childcare', 'housing',
                      'health', 'disability', 'limited-english', 'criminal-record',
                      'no-work-history', 'no-internet')),
    PRIMARY KEY (assessment_id, barrier)
) STRICT;
