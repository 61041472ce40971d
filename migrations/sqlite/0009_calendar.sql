-- F7: the business-day calendar. The State of Illinois holidays are computed by the
-- binary for any year (src/calendar/holidays.rs); this table holds what administrators
-- change in it: an added closure, or a computed holiday reopened as a business day
-- (`day` is then the holiday's observed date). One row per day; removing a change
-- deletes its row, the audit log keeping what it was (H1).
CREATE TABLE calendar_days (
    day        TEXT PRIMARY KEY CHECK (day = date(day)),
    kind       TEXT NOT NULL CHECK (kind IN ('closure', 'reopening')),
    name       TEXT NOT NULL CHECK (name <> ''),
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    reason     TEXT
) STRICT;

-- F7: the general Election Day is a State holiday only in the years a law makes it one;
-- 2024 was, by a one-year law.
INSERT INTO calendar_days (day, kind, name, changed_by, changed_at, reason)
VALUES ('2024-11-05', 'closure', 'General Election Day', 'isets',
        strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'),
        'a State holiday in 2024 by a one-year law (F7)');
