//! Employment and retention (M1–M5, E3, E5, T2) through the binary: employment added
//! with the Job Retention or E activity it starts, ended, verified at 30/60/90 days and
//! approved; Job Retention's limit (M4); who is due a contact or an exit (M5); the rules
//! held and broken (rule id, exit code, nothing written).

use crate::both;
use crate::customer_record::assigned;
use crate::support::*;

/// Doe (Acme Works' program 1, SNAP JP) enrolled on 2025-11-03 with the default goal 1,
/// and, when `started`, SJS started on 2025-11-10 and the status Active; Acme's staff
/// `acmestaff` and provider manager `acmepm`. Written in SQL so that employment can
/// start months back (E4) without replaying intake.
pub(crate) fn employable(db: &TestDb, started: bool) {
    assigned(db);
    db.add_user("acmestaff", "Acme Works", "provider-staff");
    db.add_user("acmepm", "Acme Works", "provider-manager");
    enrolled_since(db, "123456789", 1, started);
}

/// Enrolls `number` in `program` on 2025-11-03 with the default goal, and when
/// `started` with SJS started on 2025-11-10.
pub(crate) fn enrolled_since(db: &TestDb, number: &str, program: i64, started: bool) {
    let each = || vec![vec![number.into(), program.into()]];
    db.exec_each(
        "INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, \
         reverified, enrolled_by, enrolled_at) SELECT c.id, p.organization_id, p.id, p.location_id, \
         '2025-11-03', FALSE, 'admin', '2025-11-03T15:00:00Z' FROM customers c, programs p \
         WHERE c.individual_number = $1 AND p.id = $2",
        each(),
    );
    db.exec_each(
        "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
         created_by, created_at, updated_by, updated_at) SELECT e.customer_id, e.organization_id, e.id, \
         'Complete the SNAP JP Program', 'career-plan', 'short', 'not-started', 'admin', \
         '2025-11-03T15:00:00Z', 'admin', '2025-11-03T15:00:00Z' FROM enrollments e JOIN customers c \
         ON c.id = e.customer_id WHERE c.individual_number = $1 AND e.program_id = $2",
        each(),
    );
    if started {
        db.exec_each(
            "INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, status, \
             planned_start, planned_end, started_on, created_by, created_at, updated_by, updated_at) \
             SELECT g.customer_id, g.id, g.enrollment_id, g.organization_id, 'SJS', 'snap-et', 'started', \
             '2025-11-10', '2026-06-30', '2025-11-10', 'admin', '2025-11-10T15:00:00Z', 'admin', \
             '2025-11-10T15:00:00Z' FROM ep_goals g JOIN enrollments e ON e.id = g.enrollment_id \
             JOIN customers c ON c.id = g.customer_id WHERE c.individual_number = $1 AND e.program_id = $2",
            each(),
        );
    }
    db.exec_each(
        "INSERT INTO et_statuses (customer_id, status, since, updated_by) SELECT id, $2, \
         '2025-11-10T15:00:00Z', 'admin' FROM customers WHERE individual_number = $1 \
         ON CONFLICT (customer_id) DO NOTHING",
        vec![vec![
            number.into(),
            if started {
                "active"
            } else {
                "pending-activity-start"
            }
            .into(),
        ]],
    );
}

/// What the employment commands may write, for "nothing written" checks.
pub(crate) fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'employments', COUNT(*) FROM employments \
         UNION ALL SELECT 'ended', COUNT(ended_on) FROM employments \
         UNION ALL SELECT 'verifications', COUNT(*) FROM employment_verifications \
         UNION ALL SELECT 'approved', COUNT(approved_by) FROM employment_verifications \
         UNION ALL SELECT 'documents', COUNT(*) FROM customer_documents \
         UNION ALL SELECT 'activities', COUNT(*) FROM activities \
         UNION ALL SELECT 'planned ends', COUNT(DISTINCT planned_end) FROM activities \
         UNION ALL SELECT 'notes', COUNT(*) FROM customer_notes \
         UNION ALL SELECT 'statuses', COUNT(*) FROM et_status_history \
         UNION ALL SELECT 'credentials', COUNT(*) FROM credentials \
         UNION ALL SELECT 'removed credentials', COUNT(removed_at) FROM credentials \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

/// `employment add` of Doe at Acme Tools, 25.5 hours a week from 2025-12-01, with
/// `more` appended.
fn add<'a>(more: &[&'a str]) -> Vec<&'a str> {
    let args = vec![
        "employment",
        "add",
        "123456789",
        "--employer",
        "Acme Tools",
        "--soc",
        "49-9071",
        "--job-title",
        "Maintenance Worker",
        "--start",
        "2025-12-01",
        "--wage",
        "17.50",
        "--hours",
        "25.5",
    ];
    with_flags(args, more)
}

/// `args` with `more`: a flag given again in `more` replaces its value in `args` (clap
/// takes each once); anything else is appended.
pub(crate) fn with_flags<'a>(mut args: Vec<&'a str>, more: &[&'a str]) -> Vec<&'a str> {
    let mut rest = more.iter();
    while let Some(arg) = rest.next() {
        match args.iter().position(|a| a == arg) {
            Some(at) if arg.starts_with("--") && at + 1 < args.len() => {
                args[at + 1] = rest.next().copied().unwrap_or_default();
            }
            _ => args.push(arg),
        }
    }
    args
}

/// Runs `args` as `user`, checking the exit code and that nothing was written.
fn refused(db: &TestDb, user: &str, args: &[&str], code: i32) -> String {
    let before = written(db);
    let out = db.isets_as(user, args).output().expect("run");
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
    assert_eq!(written(db), before, "{args:?} wrote");
    stderr(&out)
}

both! {
    fn e3_job_retention_is_never_the_first_snap_et_activity(db) {
        employable(db, false);
        let err = refused(db, "acmestaff", &add(&["--note", "Hired"]), 4);
        assert!(err.contains("rule E3: Job Retention can't be the first"), "{err}");
        // Fewer than 20 hours adds E, an Other activity: it too needs a SNAP E&T activity.
        let err = refused(db, "acmestaff", &add(&["--note", "Hired", "--hours", "19.99"]), 4);
        assert!(err.contains("rule E3: E is an Other E&T activity"), "{err}");
    }

    fn n5_x4_employment_after_the_exit_adds_no_activity_and_a_dry_run_writes_nothing(db) {
        employable(db, true);
        let before = written(db);
        db.isets_as("acmestaff", &add(&["--note", "Hired", "--dry-run"])).assert().success();
        assert_eq!(written(db), before);
        // N5, X4: after the exit (set in SQL here; `isets exit` is tested in exits.rs) the
        // job is kept without an activity on the locked plan.
        db.exec("UPDATE enrollments SET exited_on = '2026-02-27'");
        let activities = db.count("SELECT COUNT(*) FROM activities");
        let out = db.isets_as("acmestaff", &add(&["--note", "Hired"])).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("enrollment 1 was exited on 2026-02-27: no activity is added"), "{}", stderr(&out));
        assert_eq!(db.count("SELECT COUNT(*) FROM activities"), activities);
        assert_eq!(db.count("SELECT COUNT(*) FROM employments WHERE activity_id IS NULL"), 1);
        // A customer without an enrollment with the operator's providers.
        db.exec("DELETE FROM employments");
        db.exec("DELETE FROM activities");
        db.exec("DELETE FROM ep_goals");
        db.exec("DELETE FROM enrollments");
        let err = refused(db, "acmestaff", &add(&["--note", "Hired"]), 3);
        assert!(err.contains("has no open enrollment with a provider you do case work for"), "{err}");
    }

    fn m1_m2_m4_t2_employment_added_with_job_retention_started_and_ended(db) {
        employable(db, true);
        let text = transcript(db, &[
            // E5: saving employment changes the plan and needs a case note.
            ("acmestaff", add(&[])),
            // M1: an SOC code is NN-NNNN of a real major group.
            ("acmestaff", add(&["--note", "x", "--soc", "49-907"])),
            ("acmestaff", add(&["--note", "x", "--soc", "12-3456"])),
            // V5: two decimals at most, never a range; a week has 168 hours.
            ("acmestaff", add(&["--note", "x", "--wage", "17.505"])),
            ("acmestaff", add(&["--note", "x", "--wage", "15-18"])),
            ("acmestaff", add(&["--note", "x", "--hours", "20-25"])),
            ("acmestaff", add(&["--note", "x", "--hours", "168.5"])),
            // M1: the start has come; E4: not before the month of enrollment.
            ("acmestaff", add(&["--note", "x", "--start", "2026-03-03"])),
            ("acmestaff", add(&["--note", "x", "--start", "2025-10-31"])),
            // M2: 25.5 hours adds JR, started on the job's start, planned to its 90 days
            // (M4); T2: the customer is in Retention.
            ("acmestaff", add(&["--note", "Hired after the job search", "--industry", "Manufacturing"])),
            // Fewer than 20 adds E; a broader SOC code is accepted with a warning (M1).
            ("acmestaff", vec!["employment", "add", "123456789", "--employer", "Corner Store", "--soc", "41-2000",
                "--job-title", "Cashier", "--start", "2026-02-02", "--wage", "15", "--hours", "12", "--note", "Weekend job"]),
            // M1: an end not before the start, not a day to come.
            ("acmestaff", vec!["employment", "end", "2", "--date", "2026-02-01", "--note", "x"]),
            ("acmestaff", vec!["employment", "end", "2", "--date", "2026-03-03", "--note", "x"]),
            ("acmestaff", vec!["employment", "end", "2", "--date", "2026-02-27", "--note", "Store closed"]),
            ("acmestaff", vec!["employment", "end", "2", "--date", "2026-02-28", "--note", "again"]),
            ("acmestaff", vec!["employment", "end", "9", "--date", "2026-02-28", "--note", "x"]),
            ("acmestaff", vec!["employment", "list", "123456789"]),
            ("acmestaff", vec!["employment", "list", "123456789", "--format", "csv"]),
        ]);
        snapshot_of("employment_m1_m2", &text);
        // Full or part time, not both (clap's usage line differs between the backends'
        // settings, so it is not in the snapshot).
        let err = refused(db, "acmestaff", &add(&["--note", "x", "--full-time", "--part-time"]), 2);
        assert!(err.contains("'--full-time' cannot be used with '--part-time'"), "{err}");
        assert_eq!(
            db.strings("SELECT code || ' ' || kind || ' ' || status || ' ' || started_on || ' ' || planned_end FROM activities ORDER BY id"),
            [
                "SJS snap-et started 2025-11-10 2026-06-30",
                "JR snap-et started 2025-12-01 2026-03-01",
                "E other started 2026-02-02 2026-05-03",
            ]
        );
        assert_eq!(
            db.strings("SELECT employer || ' ' || soc || ' ' || wage || ' ' || hours || ' ' || activity_id FROM employments ORDER BY id"),
            ["Acme Tools 49-9071 1750 2550 2", "Corner Store 41-2000 1500 1200 3"]
        );
        assert_eq!(db.strings("SELECT status FROM et_statuses"), ["retention"]);
        assert_eq!(
            db.strings("SELECT subject FROM customer_notes ORDER BY id"),
            [
                "Employment 1 at Acme Tools added; activity 2 JR started",
                "Employment 2 at Corner Store added; activity 3 E started",
                "Employment 2 at Corner Store ended on 2026-02-27",
            ]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'employment.%' OR action LIKE 'activity.%' OR action LIKE 'et-status.%' ORDER BY id"),
            [
                "activity.add", "activity.start", "employment.add", "et-status.set",
                "activity.add", "activity.start", "employment.add",
                "employment.end",
            ]
        );
        // The Overview: Employment and the Number of Active Employments.
        let out = db.isets_as("acmestaff", &["customer", "show", "123456789", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(v["outcomes"]["active_employments"], 1);
        assert_eq!(column(&v["outcomes"]["employment"], "benchmark"), ["30,60,90", ""]);
        assert_eq!(column(&v["outcomes"]["employment"], "end_date"), ["null", "2026-02-27"]);
        let table = db.isets_as("acmestaff", &["customer", "show", "123456789"]).output().expect("run");
        let table = stdout(&table);
        assert!(table.contains("Employment (M1–M3)") && table.contains("Present") && table.contains("Number of Active Employments"), "{table}");
        // A super user acts in the provider's place only with a reason (§1, note 1).
        let err = refused(db, "admin", &["employment", "end", "1", "--date", "2026-03-01", "--note", "x"], 2);
        assert!(err.contains("--reason"), "{err}");
    }

    fn m3_retention_verified_with_a_document_and_approved_once(db) {
        employable(db, true);
        db.isets_as("acmestaff", &add(&["--note", "Hired"])).assert().success();
        db.isets_as("acmestaff", &["employment", "add", "123456789", "--employer", "Corner Store", "--soc", "41-2031",
            "--job-title", "Cashier", "--start", "2026-02-02", "--wage", "15", "--hours", "12", "--note", "Weekend job"])
            .assert()
            .success();
        let stub = db.home().join("paystub.pdf");
        std::fs::write(&stub, b"pay stub for December 2025").expect("write");
        let stub = stub.display().to_string();
        let text = transcript(db, &[
            // M3: the period is reached (employment 2 is 28 days old), and is 30, 60 or 90.
            ("acmestaff", vec!["employment", "verify", "2", "--period", "30", "--document", &stub, "--note", "x"]),
            ("acmestaff", vec!["employment", "verify", "1", "--period", "45", "--document", &stub, "--note", "x"]),
            ("acmestaff", vec!["employment", "verify", "1", "--period", "30", "--document", &stub]),
            ("acmestaff", vec!["employment", "verify", "1", "--period", "30", "--document", "/nonexistent/stub.pdf", "--note", "x"]),
            // M3: approval needs the period's verification.
            ("acmepm", vec!["employment", "approve", "1", "--period", "30"]),
            ("acmestaff", vec!["employment", "verify", "1", "--period", "30", "--document", &stub, "--note", "Pay stub for December"]),
            // Once per period: the second names when it was entered.
            ("acmestaff", vec!["employment", "verify", "1", "--period", "30", "--document", &stub, "--note", "again"]),
            // VerifyEmployment: not the provider's staff.
            ("acmestaff", vec!["employment", "approve", "1", "--period", "30"]),
            ("acmepm", vec!["employment", "approve", "1", "--period", "30", "--format", "json"]),
            ("acmepm", vec!["employment", "approve", "1", "--period", "30"]),
            ("acmestaff", vec!["employment", "verify", "1", "--period", "60", "--document", &stub, "--note", "Employer letter"]),
            ("acmepm", vec!["employment", "list", "123456789"]),
        ]);
        snapshot_of("employment_m3", &text);
        assert_eq!(
            db.strings("SELECT period || ' ' || entered_by || ' ' || coalesce(approved_by, '-') FROM employment_verifications ORDER BY period"),
            ["30 acmestaff acmepm", "60 acmestaff -"]
        );
        assert_eq!(
            db.strings("SELECT category || ' ' || file_name || ' ' || size_bytes FROM customer_documents ORDER BY id"),
            ["Employment Verification paystub.pdf 26", "Employment Verification paystub.pdf 26"]
        );
        assert_eq!(
            db.strings("SELECT subject FROM customer_notes WHERE subject LIKE '%retention%' ORDER BY id"),
            [
                "Employment 1 at Acme Tools: 30-day retention verified",
                "Employment 1 at Acme Tools: 60-day retention verified",
            ]
        );
        // The document is the one stored, byte for byte.
        let got = db.home().join("got.pdf");
        db.isets_as("acmestaff", &["document", "get", "1", "--output", &got.display().to_string()])
            .assert()
            .success();
        assert_eq!(std::fs::read(&got).expect("read"), b"pay stub for December 2025");
    }

    fn m4_job_retention_never_runs_past_its_limit(db) {
        employable(db, true);
        db.isets_as("acmestaff", &add(&["--note", "Hired"])).assert().success();
        let err = refused(db, "acmestaff", &["activity", "extend", "2", "--planned-end", "2026-03-02", "--note", "x"], 4);
        assert!(err.contains("rule M4: --planned-end 2026-03-02 is after 2026-03-01: Job Retention lasts up to 90 days"), "{err}");
        db.isets_as("acmestaff", &["activity", "extend", "2", "--planned-end", "2026-02-28", "--note", "Shorter"])
            .assert()
            .success();
        // Other activities have no such limit.
        db.isets_as("acmestaff", &["activity", "extend", "1", "--planned-end", "2027-06-30", "--note", "Longer"])
            .assert()
            .success();
    }

    fn m5_customers_due_their_contact_or_exit(db) {
        employable(db, true);
        db.add_user("billing1", "IDHS", "billing");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        db.isets_as("acmestaff", &add(&["--note", "Hired"])).assert().success();
        let text = transcript_at(db, &[
            // On the day it was entered: due for exit (employed beyond 90 days of JR since
            // 2025-12-01), the contact not yet (the case note of 2026-03-02).
            ("acmestaff", "2026-03-02T18:00:00Z", vec!["employment", "due"]),
            ("acmestaff", "2026-04-02T18:00:00Z", vec!["employment", "due"]),
            ("acmestaff", "2026-04-02T18:00:00Z", vec!["employment", "due", "--contact", "--format", "json"]),
            ("acmestaff", "2026-04-02T18:00:00Z", vec!["employment", "due", "--exit", "--format", "csv"]),
            ("acmestaff", "2026-04-02T18:00:00Z", vec!["employment", "due", "--provider", "Acme Works"]),
            ("admin", "2026-04-02T18:00:00Z", vec!["employment", "due", "--provider", "Beta Jobs"]),
            // Billing reads reports, not case notes: exits only.
            ("billing1", "2026-04-02T18:00:00Z", vec!["employment", "due"]),
            // Another provider's staff see none of Acme's customers.
            ("betastaff", "2026-04-02T18:00:00Z", vec!["employment", "due"]),
        ]);
        snapshot_of("employment_m5", &text);
        let out = db.isets_as("acmestaff", &["employment", "due", "--contact", "--exit"]).output().expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("'--contact' cannot be used with '--exit'"), "{}", stderr(&out));
        // A contact written resets the 30 days.
        db.isets_at("acmestaff", "2026-04-02T18:00:00Z", &["note", "add", "123456789", "--subject", "Retention contact", "--message", "Still at work"])
            .assert()
            .success();
        let out = db.isets_at("acmestaff", "2026-04-02T18:00:00Z", &["employment", "due", "--contact", "--format", "json"]).output().expect("run");
        assert_eq!(stdout(&out).trim(), "[]", "{}", stderr(&out));
        // Ended employment is no longer due for exit.
        db.isets_at("acmestaff", "2026-04-02T18:00:00Z", &["employment", "end", "1", "--date", "2026-03-31", "--note", "Left"])
            .assert()
            .success();
        let out = db.isets_at("acmestaff", "2026-04-02T18:00:00Z", &["employment", "due", "--exit", "--format", "json"]).output().expect("run");
        assert_eq!(stdout(&out).trim(), "[]", "{}", stderr(&out));
    }
}
