-- The E&T status of a customer (DOMAIN.md §8): the current status and level of progress
-- (T4), and every change of either with who made it, when, why and what caused it (T1).
-- A customer without a row is Not Enrolled, the default status.
CREATE TABLE et_statuses (
    customer_id    BIGINT PRIMARY KEY REFERENCES customers (id),
    status         TEXT NOT NULL CHECK (status IN ('not-enrolled', 'ies-matched', 'initial-assessment-complete', 'pending-referral-approval', 'referral-rejected', 'wait-list', 'pending-activity-start', 'active', 'inactive', 'retention', 'never-active', 'exited', 'consent-revoked')),
    since          TIMESTAMPTZ NOT NULL,
    progress       TEXT CHECK (progress IN ('acceptable', 'not-participating', 'not-progressing', 'not-appropriate')),
    progress_since TIMESTAMPTZ,
    updated_by     TEXT NOT NULL
);
-- T3: customers Inactive for more than 30 days are found by status and date.
CREATE INDEX et_statuses_status_idx ON et_statuses (status, since);

-- T1: each change of the status or of the level of progress.
CREATE TABLE et_status_history (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    field       TEXT NOT NULL CHECK (field IN ('status', 'progress')),
    old_value   TEXT,
    new_value   TEXT NOT NULL,
    cause       TEXT NOT NULL CHECK (cause <> ''),
    reason      TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX et_status_history_customer_idx ON et_status_history (customer_id, id);
