-- G3: the federal E&T component (7 CFR 273.7(e)(2)) each activity of the catalogue (§4)
-- is reported under on the FNS-583, and the FNS group it falls in (education, work
-- experience, non-education non-work; workfare on its own). The state may change the
-- mapping (`isets federal-component set`); a row without a component, or an activity
-- without a row, counts under none.
CREATE TABLE federal_components (
    code       TEXT PRIMARY KEY CHECK (code <> ''),
    component  TEXT CHECK (component <> ''),
    fns_group  TEXT CHECK (fns_group IN ('non-education-non-work', 'education', 'work-experience', 'workfare')),
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    reason     TEXT,
    CHECK ((component IS NULL) = (fns_group IS NULL))
);

-- G3's default mapping. The other activities (A/BA, CS, E, SE) count under no
-- component until the state maps them.
INSERT INTO federal_components (code, component, fns_group, changed_by, changed_at)
VALUES ('SJS', 'supervised-job-search', 'non-education-non-work', 'isets', now()),
       ('JST', 'job-search-training', 'non-education-non-work', 'isets', now()),
       ('JR', 'job-retention', 'non-education-non-work', 'isets', now()),
       ('SET', 'self-employment-training', 'non-education-non-work', 'isets', now()),
       ('BE', 'basic-education', 'education', 'isets', now()),
       ('ELA', 'english-language-acquisition', 'education', 'isets', now()),
       ('VT', 'career-technical-education', 'education', 'isets', now()),
       ('WRT', 'work-readiness-training', 'education', 'isets', now()),
       ('CW', 'workfare', 'workfare', 'isets', now()),
       ('INT', 'work-based-learning', 'work-experience', 'isets', now()),
       ('TJ', 'work-based-learning', 'work-experience', 'isets', now()),
       ('OJT', 'work-based-learning', 'work-experience', 'isets', now());

-- G2: the FNS-583 reads, for every activity, its weeks of a federal year with their
-- verified hours and customer; this index holds all of that, so the report never reads
-- the attendance rows themselves.
CREATE INDEX attendance_verified_idx ON attendance (activity_id, week, verified_hours, customer_id);
