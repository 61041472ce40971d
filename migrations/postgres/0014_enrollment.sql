-- Enrollment, the Employment Plan and its activities, and attendance (DOMAIN.md §9).
-- Every row names its customer, so that the row-level-security policies reach it as
-- they reach the customer (§1).

-- N1–N6: an enrollment of a customer in a provider's program. `organization_id` is the
-- enrolling provider, whose reports alone count it (N6); `location_id` is the program's
-- location (enrolling also assigns the customer to the program, S5, which is how a
-- provider role reaches them, §1). `referral_id` is the accepted referral it rests on
-- (N1); `reverified` marks the 45-day path of N1 and the sooner return of N5
-- (eligibility re-verified, assessment updated). `reason` is a super user's (N2).
-- `exited_on` is set by the exit (X1).
CREATE TABLE enrollments (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    program_id      BIGINT NOT NULL REFERENCES programs (id),
    location_id     BIGINT NOT NULL REFERENCES locations (id),
    enrolled_on     DATE NOT NULL,
    referral_id     BIGINT REFERENCES referrals (id),
    reverified      BOOLEAN NOT NULL,
    reason          TEXT,
    enrolled_by     TEXT NOT NULL,
    enrolled_at     TIMESTAMPTZ NOT NULL,
    exited_on       DATE,
    CHECK (exited_on IS NULL OR exited_on >= enrolled_on)
);
-- One open enrollment of a customer in a program: of two enrolling at once, one wins.
CREATE UNIQUE INDEX enrollments_open_idx ON enrollments (customer_id, program_id) WHERE exited_on IS NULL;
CREATE INDEX enrollments_location_idx ON enrollments (location_id, customer_id);
CREATE INDEX enrollments_org_idx ON enrollments (organization_id, enrolled_on);

-- E1: the goals of a customer's Employment Plan, each for one provider's plan;
-- `enrollment_id` names the enrollment whose default goal it is (N3).
CREATE TABLE ep_goals (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    enrollment_id   BIGINT REFERENCES enrollments (id),
    title           TEXT NOT NULL CHECK (title <> ''),
    category        TEXT NOT NULL CHECK (category IN ('career-plan', 'education', 'employment', 'training', 'personal')),
    term            TEXT NOT NULL CHECK (term IN ('short', 'long')),
    status          TEXT NOT NULL CHECK (status IN ('not-started', 'on-track', 'off-track', 'achieved', 'not-achieved')),
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX ep_goals_customer_idx ON ep_goals (customer_id, id);

-- E1–E6: an activity under a goal, in an enrollment; `organization_id` is its service
-- provider, whose reports it counts in (E6). `kind` is its catalogue kind (E3).
CREATE TABLE activities (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    goal_id         BIGINT NOT NULL REFERENCES ep_goals (id),
    enrollment_id   BIGINT NOT NULL REFERENCES enrollments (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    code            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('snap-et', 'other')),
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
    CHECK ((status IN ('successful', 'unsuccessful')) = (completed_on IS NOT NULL)),
    CHECK (completed_on IS NULL OR completed_on >= started_on)
);
CREATE INDEX activities_customer_idx ON activities (customer_id, code, status);
CREATE INDEX activities_enrollment_idx ON activities (enrollment_id, status);
CREATE INDEX activities_goal_idx ON activities (goal_id);

-- E7: hours attended in a week (its Monday) of a started activity, in hundredths of an
-- hour; they count once verified, with the hours verified.
CREATE TABLE attendance (
    activity_id     BIGINT NOT NULL REFERENCES activities (id),
    week            DATE NOT NULL,
    customer_id     BIGINT NOT NULL REFERENCES customers (id),
    hours           BIGINT NOT NULL CHECK (hours >= 0 AND hours <= 16800),
    entered_by      TEXT NOT NULL,
    entered_at      TIMESTAMPTZ NOT NULL,
    verified_hours  BIGINT CHECK (verified_hours >= 0 AND verified_hours <= 16800),
    verified_by     TEXT,
    verified_at     TIMESTAMPTZ,
    PRIMARY KEY (activity_id, week),
    CHECK ((verified_hours IS NULL) = (verified_by IS NULL))
);
CREATE INDEX attendance_customer_idx ON attendance (customer_id, week);
