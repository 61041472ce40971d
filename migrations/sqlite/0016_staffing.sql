-- Staffing and billing (DOMAIN.md §13): each provider's program has a staffing a month
-- (B1), whose approval locks the month's data (B3) and whose billing approval makes it
-- final (B4). `month` is the month's first day.

-- B8: where a staffing stands. `approved_at` is set while the month is locked: from the
-- provider manager's approval until an unlock, and for good once billing approves.
CREATE TABLE staffings (
    id                   INTEGER PRIMARY KEY,
    organization_id      INTEGER NOT NULL REFERENCES organizations (id),
    program_id           INTEGER NOT NULL REFERENCES programs (id),
    month                TEXT NOT NULL,
    state                TEXT NOT NULL CHECK (state IN ('open', 'submitted', 'approved', 'billing-submitted', 'changes-requested', 'billed')),
    submitted_by         TEXT,
    submitted_at         TEXT,
    approved_by          TEXT,
    approved_at          TEXT,
    billing_submitted_by TEXT,
    billing_submitted_at TEXT,
    billed_by            TEXT,
    billed_at            TEXT,
    updated_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK ((approved_by IS NULL) = (approved_at IS NULL)),
    CHECK ((state IN ('approved', 'billing-submitted', 'changes-requested', 'billed')) = (approved_at IS NOT NULL)),
    CHECK ((state = 'billed') = (billed_at IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX staffings_month_idx ON staffings (organization_id, program_id, month);

-- H1, B8: every step of a staffing, with who took it and why (an unlock's reason,
-- billing's request for changes).
CREATE TABLE staffing_events (
    id          INTEGER PRIMARY KEY,
    staffing_id INTEGER NOT NULL REFERENCES staffings (id),
    event       TEXT NOT NULL CHECK (event IN ('submitted', 'approved', 'unlocked', 'billing-submitted', 'changes-requested', 'billed')),
    message     TEXT,
    done_by     TEXT NOT NULL,
    done_at     TEXT NOT NULL
) STRICT;
CREATE INDEX staffing_events_staffing_idx ON staffing_events (staffing_id, id);

-- B2, B10: a customer's line of the staffing: the provider's level of progress (T4) and
-- full-staffing (4334) flag, with the case note recording that meeting, and IDHS's
-- eligibility verification.
CREATE TABLE staffing_customers (
    staffing_id   INTEGER NOT NULL REFERENCES staffings (id),
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    progress      TEXT CHECK (progress IN ('acceptable', 'not-participating', 'not-progressing', 'not-appropriate')),
    full_staffing INTEGER CHECK (full_staffing IN (0, 1)),
    note_id       INTEGER REFERENCES customer_notes (id),
    marked_by     TEXT,
    marked_at     TEXT,
    eligible      INTEGER CHECK (eligible IN (0, 1)),
    verified_by   TEXT,
    verified_at   TEXT,
    PRIMARY KEY (staffing_id, customer_id),
    CHECK ((progress IS NULL) = (marked_by IS NULL)),
    CHECK ((eligible IS NULL) = (verified_by IS NULL)),
    CHECK (full_staffing IS NOT 1 OR note_id IS NOT NULL)
) STRICT;
CREATE INDEX staffing_customers_customer_idx ON staffing_customers (customer_id);

-- B2: the program's own documents of a month's packet (Earnfare's Administrative
-- Expenses Certification, SNAP to Success's Financial Report, the quarterly Interest and
-- Periodic Performance Reports), kept as the document store keeps files: name, SHA-256
-- and size.
CREATE TABLE staffing_documents (
    id          INTEGER PRIMARY KEY,
    staffing_id INTEGER NOT NULL REFERENCES staffings (id),
    kind        TEXT NOT NULL CHECK (kind IN ('admin-expenses-certification', 'financial-report', 'interest-report', 'periodic-performance-report')),
    file_name   TEXT NOT NULL CHECK (file_name <> ''),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;
CREATE INDEX staffing_documents_staffing_idx ON staffing_documents (staffing_id, kind);
