//! Activities (E2–E6, N5, T2) and attendance (E7) through the binary: every change with
//! its case note, the rules held and broken (rule id, exit code, nothing written), and
//! the Overview's Attendance section.

use crate::both;
use crate::customer_record::assigned;
use crate::support::*;

/// Doe (assigned to Acme Works' program 1) enrolled there on 2026-02-16 with the
/// default goal 1 and the E&T status Pending Activity Start Date.
pub(crate) fn enrolled(db: &TestDb) {
    assigned(db);
    enroll(db, "123456789", 1);
}

/// Enrolls the customer `number` in program `program` on 2026-02-16, with the default
/// goal (N3) and the status enrollment gives (T2). Written in SQL so that these tests
/// start from an enrollment a fortnight old without replaying intake (screening,
/// referral, answer); `isets enroll` itself is tested in `enrollment.rs`.
pub(crate) fn enroll(db: &TestDb, number: &str, program: i64) {
    db.exec_each(
        "INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, \
         reverified, enrolled_by, enrolled_at) SELECT c.id, p.organization_id, p.id, p.location_id, \
         '2026-02-16', FALSE, 'admin', '2026-02-16T15:00:00Z' FROM customers c, programs p \
         WHERE c.individual_number = $1 AND p.id = $2",
        vec![vec![number.into(), program.into()]],
    );
    db.exec_each(
        "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
         created_by, created_at, updated_by, updated_at) SELECT e.customer_id, e.organization_id, e.id, \
         'Complete the SNAP JP Program', 'career-plan', 'short', 'not-started', 'admin', \
         '2026-02-16T15:00:00Z', 'admin', '2026-02-16T15:00:00Z' FROM enrollments e JOIN customers c \
         ON c.id = e.customer_id WHERE c.individual_number = $1 AND e.program_id = $2",
        vec![vec![number.into(), program.into()]],
    );
    db.exec_each(
        "INSERT INTO et_statuses (customer_id, status, since, updated_by) SELECT id, \
         'pending-activity-start', '2026-02-16T15:00:00Z', 'admin' FROM customers WHERE individual_number = $1 \
         ON CONFLICT (customer_id) DO NOTHING",
        vec![vec![number.into()]],
    );
}

/// What the activity commands may write, for "nothing written" checks.
fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'activities', COUNT(*) FROM activities \
         UNION ALL SELECT 'started', COUNT(started_on) FROM activities \
         UNION ALL SELECT 'completed', COUNT(completed_on) FROM activities \
         UNION ALL SELECT 'planned ends', COUNT(DISTINCT planned_end) FROM activities \
         UNION ALL SELECT 'attendance', COUNT(*) FROM attendance \
         UNION ALL SELECT 'hours', CAST(COALESCE(SUM(hours), 0) AS BIGINT) FROM attendance \
         UNION ALL SELECT 'verified', COUNT(verified_by) FROM attendance \
         UNION ALL SELECT 'notes', COUNT(*) FROM customer_notes \
         UNION ALL SELECT 'statuses', COUNT(*) FROM et_status_history \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

const ADD: [&str; 11] = [
    "activity",
    "add",
    "123456789",
    "--goal",
    "1",
    "--code",
    "SJS",
    "--planned-start",
    "2026-02-16",
    "--planned-end",
    "2026-06-30",
];

both! {
    fn e2_e3_e4_e5_t2_activities_added_started_extended_closed_and_deleted_with_case_notes(db) {
        enrolled(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let jr = ["activity", "add", "123456789", "--goal", "1", "--code", "JR", "--planned-start", "2026-02-16", "--planned-end", "2026-05-15"];
        let other = ["activity", "add", "123456789", "--goal", "1", "--code", "e", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30"];
        let n = |t: &'static str| vec!["--note", t];
        let text = transcript(db, &[
            // E3: Job Retention is never the first SNAP E&T activity.
            ("acmestaff", joined(&jr, &n("Retention first"))),
            // E5: every change of the plan needs its case note.
            ("acmestaff", ADD.to_vec()),
            ("acmestaff", joined(&ADD, &["--note", "  "])),
            // E4: not before the first of the month of enrollment.
            ("acmestaff", vec!["activity", "add", "123456789", "--goal", "1", "--code", "SJS", "--planned-start", "2026-01-31", "--planned-end", "2026-06-30", "--note", "x"]),
            ("acmestaff", vec!["activity", "add", "123456789", "--goal", "9", "--code", "SJS", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "x"]),
            ("acmestaff", joined(&ADD, &n("Job search plan agreed"))),
            // M4: Job Retention is planned within its 90 days.
            ("acmestaff", vec!["activity", "add", "123456789", "--goal", "1", "--code", "JR", "--planned-start", "2026-02-16", "--planned-end", "2026-05-18", "--note", "x"]),
            ("acmestaff", joined(&jr, &n("Retention once employed"))),
            ("acmestaff", joined(&other, &n("Employment"))),
            // E3: deleting SJS would leave Job Retention the only SNAP E&T activity.
            ("acmestaff", vec!["activity", "delete", "1", "--note", "Not needed"]),
            ("acmestaff", vec!["activity", "start", "1", "--date", "2026-01-30", "--note", "x"]),
            ("acmestaff", vec!["activity", "start", "1", "--date", "2026-03-03", "--note", "x"]),
            // T2: the first SNAP E&T activity started makes the customer Active.
            ("acmestaff", vec!["activity", "start", "1", "--date", "2026-02-16", "--note", "Started the job search"]),
            // E2: a started activity's start date never changes; it is never deleted.
            ("acmestaff", vec!["activity", "start", "1", "--date", "2026-02-17", "--note", "x"]),
            ("acmestaff", vec!["activity", "delete", "1", "--note", "x"]),
            ("acmestaff", vec!["activity", "extend", "1", "--planned-end", "2026-02-10", "--note", "x"]),
            ("acmestaff", vec!["activity", "extend", "1", "--planned-end", "2026-07-31", "--note", "Search runs longer"]),
            ("acmestaff", vec!["activity", "extend", "1", "--planned-end", "2026-07-31", "--note", "again"]),
            // E2: a never-started activity is deleted, not closed; E5: closed on or after its start.
            ("acmestaff", vec!["activity", "close", "2", "--successful", "--date", "2026-02-20", "--note", "x"]),
            ("acmestaff", vec!["activity", "close", "1", "--successful", "--date", "2026-02-15", "--note", "x"]),
            // A super user acts in the provider's place only with a reason (§1, note 1).
            ("admin", vec!["activity", "start", "2", "--date", "2026-02-20", "--note", "x"]),
            ("acmestaff", vec!["activity", "delete", "3", "--note", "Employment not yet"]),
            ("acmestaff", vec!["activity", "close", "1", "--successful", "--date", "2026-02-27", "--note", "Found work", "--format", "json"]),
            ("acmestaff", vec!["activity", "close", "1", "--unsuccessful", "--date", "2026-02-27", "--note", "x"]),
            ("acmestaff", vec!["activity", "extend", "1", "--planned-end", "2026-08-31", "--note", "x"]),
            ("acmestaff", vec!["activity", "start", "99", "--date", "2026-02-20", "--note", "x"]),
            // Last: PostgreSQL does not give back the ids a dry run took.
            // M4: Job Retention (planned from 2026-02-16) runs up to 90 days.
            ("acmestaff", vec!["activity", "extend", "2", "--planned-end", "2026-05-10", "--note", "x", "--dry-run"]),
        ]);
        snapshot_of("activities_e2_e5", &text);
        // Closing names how it ended (clap's usage line differs between the backends'
        // settings, so it is not in the snapshot).
        let before = written(db);
        db.isets_as("acmestaff", &["activity", "close", "2", "--date", "2026-02-20", "--note", "x"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("<--successful|--unsuccessful>"));
        assert_eq!(written(db), before);
        assert_eq!(
            db.strings("SELECT code || ' ' || status FROM activities ORDER BY id"),
            ["SJS successful", "JR planned"]
        );
        assert_eq!(
            db.strings("SELECT subject FROM customer_notes ORDER BY id"),
            [
                "Activity 1 SJS added",
                "Activity 2 JR added",
                "Activity 3 E added",
                "Activity 1 SJS started",
                "Activity 1 SJS planned to end on 2026-07-31",
                "Activity 3 E deleted",
                "Activity 1 SJS closed: Successful Completion",
            ]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'activity.%' OR action LIKE 'et-status.%' ORDER BY id"),
            ["activity.add", "activity.add", "activity.add", "activity.start", "et-status.set", "activity.extend", "activity.delete", "activity.close"]
        );
        assert_eq!(
            db.strings("SELECT status || ' ' || updated_by FROM et_statuses"),
            ["active acmestaff"]
        );
        assert_eq!(
            db.strings("SELECT cause FROM et_status_history ORDER BY id"),
            ["activity 1 (SJS) started"]
        );
        // A super user with a reason; the reason is kept with the audit record.
        db.isets(&["activity", "extend", "2", "--planned-end", "2026-05-17", "--note", "Asked by Acme", "--reason", "help request 12"])
            .assert()
            .success();
        assert_eq!(
            db.strings("SELECT reason FROM audit_log WHERE action = 'activity.extend' AND operator = 'admin'"),
            ["help request 12"]
        );
    }
}

both! {
    fn e7_attendance_entered_replaced_verified_listed_and_shown(db) {
        enrolled(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("acmeprog", "Acme Works", "program-manager");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        for args in [
            joined(&ADD, &["--note", "plan"]),
            vec!["activity", "add", "123456789", "--goal", "1", "--code", "JST", "--planned-start", "2026-02-16", "--planned-end", "2026-04-30", "--note", "plan"],
            vec!["activity", "start", "1", "--date", "2026-02-18", "--note", "started"],
        ] {
            db.isets_as("acmestaff", &args).assert().success();
        }
        let text = transcript(db, &[
            // Any day of the week: kept as its Monday.
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-20", "--hours", "12.5"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-16", "--hours", "10"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-09", "--hours", "5"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-03-09", "--hours", "5"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "168.5"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "1.125"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "lots"]),
            ("acmestaff", vec!["attendance", "add", "2", "--week", "2026-02-23", "--hours", "3"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "8", "--dry-run"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "8"]),
            ("betastaff", vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "8"]),
            ("acmeprog", vec!["attendance", "verify", "1", "--week", "2026-02-16", "--hours", "11"]),
            ("acmeprog", vec!["attendance", "verify", "1", "--week", "2026-02-17"]),
            ("acmestaff", vec!["attendance", "add", "1", "--week", "2026-02-16", "--hours", "9"]),
            ("acmeprog", vec!["attendance", "verify", "1", "--week", "2026-02-16"]),
            ("acmeprog", vec!["attendance", "verify", "1", "--week", "2026-03-02"]),
            ("admin", vec!["attendance", "verify", "1", "--week", "2026-02-23", "--hours", "7.5"]),
            ("acmeprog", vec!["attendance", "verify", "1", "--week", "2026-02-23", "--hours", "7.5", "--format", "json"]),
            ("acmestaff", vec!["attendance", "list", "1"]),
            ("acmestaff", vec!["attendance", "list", "--customer", "123456789", "--format", "csv"]),
            ("betastaff", vec!["attendance", "list", "--customer", "123456789"]),
            ("acmestaff", vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("attendance_e7", &text);
        assert_eq!(
            db.strings("SELECT CAST(week AS TEXT) || ' ' || hours || ' ' || COALESCE(CAST(verified_hours AS TEXT), '-') FROM attendance ORDER BY week"),
            ["2026-02-16 1000 1000", "2026-02-23 800 750"]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'attendance.%' ORDER BY id"),
            ["attendance.enter", "attendance.enter", "attendance.enter", "attendance.verify", "attendance.verify"]
        );
        let show = db
            .isets_as("acmestaff", &["customer", "show", "123456789", "--format", "json"])
            .output()
            .expect("run");
        let overview: serde_json::Value = serde_json::from_str(&stdout(&show)).expect("json");
        assert_eq!(
            overview["attendance"],
            serde_json::json!([{
                "activity": 1,
                "provider": "Acme Works",
                "name": "SJS - Supervised Job Search",
                "start_date": "2026-02-18",
                "due_date": "2026-06-30",
                "hours_attended": "18",
                "hours_verified": "17.5",
            }])
        );
        // Closed, the activity takes no more attendance (E7) and leaves the section.
        db.isets_as("acmestaff", &["activity", "close", "1", "--successful", "--date", "2026-02-27", "--note", "done"])
            .assert()
            .success();
        let before = written(db);
        db.isets_as("acmestaff", &["attendance", "add", "1", "--week", "2026-02-23", "--hours", "2"])
            .assert()
            .code(4)
            .stderr(predicates::str::contains("rule E7"));
        assert_eq!(written(db), before);
        let show = db
            .isets_as("acmestaff", &["customer", "show", "123456789", "--format", "json"])
            .output()
            .expect("run");
        let overview: serde_json::Value = serde_json::from_str(&stdout(&show)).expect("json");
        assert_eq!(overview["attendance"], serde_json::json!([]));
    }
}

both! {
    fn n5_the_activities_of_an_exited_enrollment_are_locked(db) {
        enrolled(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        for args in [
            joined(&ADD, &["--note", "plan"]),
            joined(&ADD, &["--note", "plan"]),
            vec!["activity", "start", "1", "--date", "2026-02-18", "--note", "started"],
            vec!["attendance", "add", "1", "--week", "2026-02-16", "--hours", "4"],
        ] {
            db.isets_as("acmestaff", &args).assert().success();
        }
        // Set by hand rather than by `isets exit`: X1 refuses an exit while activities are
        // planned or open, and this shows that even those are locked once exited.
        db.exec("UPDATE enrollments SET exited_on = '2026-02-28'");
        let before = written(db);
        let locked: [&[&str]; 7] = [
            &["activity", "add", "123456789", "--goal", "1", "--code", "JST", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "x"],
            &["activity", "start", "2", "--date", "2026-02-18", "--note", "x"],
            &["activity", "close", "1", "--successful", "--date", "2026-02-27", "--note", "x"],
            &["activity", "extend", "1", "--planned-end", "2026-07-31", "--note", "x"],
            &["activity", "delete", "2", "--note", "x"],
            &["attendance", "add", "1", "--week", "2026-02-23", "--hours", "2"],
            &["attendance", "verify", "1", "--week", "2026-02-16"],
        ];
        for args in locked {
            let out = db.isets_as("acmestaff", args).output().expect("run");
            assert_eq!(out.status.code(), Some(4), "{args:?}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("rule N5: enrollment 1 was exited on 2026-02-28"),
                "{args:?}: {}",
                stderr(&out)
            );
            assert!(stdout(&out).is_empty(), "{args:?}");
        }
        assert_eq!(written(db), before);
    }
}

both! {
    fn n4_e6_p5_two_enrollments_a_second_provider_and_a_disabled_code(db) {
        enrolled(db);
        // Doe is also enrolled in Beta Jobs' program 3 (enrollment 2, goal 2).
        for args in [
            vec!["provider", "add-program", "Beta Jobs", "--contract", "FCSBETA1", "--location", "HQ", "--type", "earnfare",
                 "--fiscal-year", "FY26", "--activity", "CW", "--part-time", "--description", "Workfare"],
            vec!["customer", "assign", "123456789", "--provider", "Beta Jobs", "--program", "3", "--office", "Lake FCRC"],
            vec!["provider", "services", "Acme Works", "--disable", "JST"],
        ] {
            db.isets(&args).assert().success();
        }
        enroll(db, "123456789", 3);
        db.add_user("both", "Acme Works", "provider-staff");
        db.add_user("both", "Beta Jobs", "provider-staff");
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let add = |goal: &'static str, code: &'static str, more: &[&'static str]| {
            let mut args = vec!["activity", "add", "123456789", "--goal", goal, "--code", code, "--planned-start", "2026-02-16",
                                "--planned-end", "2026-06-30", "--note", "plan"];
            args.extend_from_slice(more);
            args
        };
        let text = transcript(db, &[
            ("both", add("1", "SJS", &[])),
            ("both", add("1", "SJS", &["--enrollment", "1", "-q"])),
            // N4: SJS is planned with Acme Works already.
            ("both", add("2", "SJS", &["--enrollment", "2"])),
            // P5: JST is disabled for Acme Works; E6: Beta Jobs serves it instead.
            ("both", add("1", "JST", &["--enrollment", "1"])),
            ("both", add("1", "JST", &["--enrollment", "1", "--provider", "Beta Jobs", "-q"])),
            ("acmestaff", add("1", "WRT", &["--provider", "Beta Jobs"])),
            ("acmestaff", vec!["activity", "start", "2", "--date", "2026-02-18", "--note", "started", "-q"]),
            // Beta Jobs reaches Doe: its own service, not Acme Works' activity.
            ("betastaff", vec!["attendance", "add", "2", "--week", "2026-02-18", "--hours", "6", "-q"]),
            ("betastaff", vec!["activity", "extend", "1", "--planned-end", "2026-07-31", "--note", "x"]),
            ("acmestaff", vec!["attendance", "list", "--customer", "123456789", "--format", "csv"]),
        ]);
        snapshot_of("activities_n4_e6_p5", &text);
        assert_eq!(
            db.strings("SELECT a.code || ' ' || o.name || ' ' || a.enrollment_id FROM activities a JOIN organizations o ON o.id = a.organization_id ORDER BY a.id"),
            ["SJS Acme Works 1", "JST Beta Jobs 1"]
        );
    }
}
