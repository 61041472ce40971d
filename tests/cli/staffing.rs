//! Staffing and billing (B1–B4, B8, B10) through the binary: the steps and their rules,
//! the month lock refusing every kind of dated write (exit 6, nothing written), unlock,
//! and billing's final approval.

use crate::both;
use crate::roles::customers::{EXTRACT, programs};
use crate::support::*;

const MARCH_2: &str = "2026-03-02T15:04:05Z";
const MARCH_10: &str = "2026-03-10T15:00:00Z";
const MARCH_12: &str = "2026-03-12T15:00:00Z";
const APRIL_10: &str = "2026-04-10T15:00:00Z";
const APRIL_16: &str = "2026-04-16T15:00:00Z";
const APRIL_19: &str = "2026-04-19T15:00:00Z";

fn ok(db: &TestDb, user: &str, now: &str, args: &[&str]) {
    let out = db.isets_at(user, now, args).output().expect("run");
    assert!(out.status.success(), "{user} {args:?}: {}", stderr(&out));
}

/// The staffing named on every step: Acme Works' program 1, March 2026.
const MARCH: [&str; 6] = [
    "--provider",
    "Acme Works",
    "--program",
    "1",
    "--month",
    "2026-03",
];

fn step<'a>(base: &[&'a str]) -> Vec<&'a str> {
    let mut args = base.to_vec();
    args.extend_from_slice(&MARCH);
    args
}

/// Doe (123456789) on the 4333 roster of Acme Works' program 1 for March 2026: screened,
/// referred by wfd1 and accepted by acme1, enrolled on 2026-03-02 with SJS (activity 1)
/// started that day (Active); a Transportation service (1) with a cost of 75.00 (1) and
/// one of 1,400.00 past the maximum with its override pending (cost 2, override 1), both
/// paid 2026-03-10; employment (1) from 2026-03-12 of 25.5 hours, with Job Retention
/// (activity 2). Users: wfd1, acme1 (provider staff), acmepm (provider manager of Acme
/// Works), bill1 (billing).
fn rostered(db: &TestDb) {
    db.with_providers();
    db.customers_from(EXTRACT, MARCH_2, &[DOE]);
    programs(db);
    db.add_user("wfd1", "IDHS", "wfd");
    db.add_user("acme1", "Acme Works", "provider-staff");
    db.add_user("acmepm", "Acme Works", "provider-manager");
    db.add_user("bill1", "IDHS", "billing");
    ok(
        db,
        ADMIN,
        MARCH_2,
        &[
            "assessment",
            "add",
            "123456789",
            "--initial",
            "--completed-on",
            "2026-02-27",
            "--availability",
            "full-time",
            "--education",
            "high-school",
        ],
    );
    ok(
        db,
        "wfd1",
        MARCH_2,
        &[
            "referral",
            "send",
            "123456789",
            "--to",
            "Acme Works",
            "--program",
            "1",
            "--consent-attested",
            "--receives-snap",
            "yes",
            "--eligible",
            "yes",
        ],
    );
    ok(
        db,
        "acme1",
        MARCH_2,
        &["referral", "respond", "1", "--accept"],
    );
    ok(
        db,
        "acme1",
        MARCH_2,
        &[
            "enroll",
            "123456789",
            "--provider",
            "Acme Works",
            "--program",
            "1",
            "--date",
            "2026-03-02",
            "--activity",
            "SJS",
        ],
    );
    ok(
        db,
        "acme1",
        MARCH_2,
        &[
            "activity",
            "start",
            "1",
            "--date",
            "2026-03-02",
            "--note",
            "started",
        ],
    );
    ok(
        db,
        "acme1",
        MARCH_10,
        &[
            "service",
            "add",
            "123456789",
            "--category",
            "TRANSPORTATION",
            "--goal",
            "1",
            "--planned-start",
            "2026-03-10",
            "--planned-end",
            "2026-06-30",
            "--start",
            "2026-03-10",
            "--note",
            "bus fare",
        ],
    );
    for (unit, quantity, more) in [
        ("75.00", "1", None),
        ("700.00", "2", Some("car repaired late")),
    ] {
        let mut args = vec![
            "service",
            "cost",
            "add",
            "1",
            "--method",
            "Bus Pass",
            "--description",
            "fares",
            "--unit",
            unit,
            "--quantity",
            quantity,
            "--paid-on",
            "2026-03-10",
        ];
        if let Some(reason) = more {
            args.extend(["--override-reason", reason]);
        }
        ok(db, "acme1", MARCH_10, &args);
    }
    ok(
        db,
        "acme1",
        MARCH_12,
        &[
            "employment",
            "add",
            "123456789",
            "--employer",
            "Springfield Tools",
            "--soc",
            "49-9071",
            "--job-title",
            "Maintenance Worker",
            "--start",
            "2026-03-12",
            "--wage",
            "17.50",
            "--hours",
            "25.5",
            "--note",
            "hired",
        ],
    );
}

/// [`rostered`], then March's staffing submitted by acme1 and Doe marked (acceptable
/// progress) on 2026-04-10, verified eligible by wfd1, and approved by acmepm on
/// 2026-04-16: March is locked.
fn approved(db: &TestDb) {
    rostered(db);
    ok(db, "acme1", APRIL_10, &step(&["staffing", "submit"]));
    ok(
        db,
        "acme1",
        APRIL_10,
        &step(&["staffing", "mark", "123456789", "--progress", "acceptable"]),
    );
    ok(
        db,
        "wfd1",
        APRIL_10,
        &step(&["staffing", "verify", "123456789", "--eligible", "yes"]),
    );
    ok(db, "acmepm", APRIL_16, &step(&["staffing", "approve"]));
}

/// Every row a dated write or a staffing step may write, for "nothing written".
fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'activities', COUNT(*) FROM activities \
         UNION ALL SELECT 'completed', COUNT(completed_on) FROM activities \
         UNION ALL SELECT 'attendance', COUNT(*) FROM attendance \
         UNION ALL SELECT 'costs', COUNT(*) FROM service_costs \
         UNION ALL SELECT 'cost total', CAST(SUM(total) AS BIGINT) FROM service_costs \
         UNION ALL SELECT 'answered overrides', COUNT(answered_by) FROM cost_overrides \
         UNION ALL SELECT 'employments', COUNT(*) FROM employments \
         UNION ALL SELECT 'ended', COUNT(ended_on) FROM employments \
         UNION ALL SELECT 'exits', COUNT(*) FROM exits \
         UNION ALL SELECT 'enrollments', COUNT(*) FROM enrollments \
         UNION ALL SELECT 'statuses', COUNT(*) FROM et_status_history \
         UNION ALL SELECT 'notes', COUNT(*) FROM customer_notes \
         UNION ALL SELECT 'staffing events', COUNT(*) FROM staffing_events \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

both! {
    fn b8_a_staffing_is_submitted_marked_verified_and_approved(db) {
        rostered(db);
        let text = transcript_at(
            db,
            &[
                ("acme1", APRIL_10, step(&["staffing", "show"])),
                // B1: a month's staffing is submitted once it has ended.
                ("acme1", "2026-03-31T15:00:00Z", step(&["staffing", "submit"])),
                ("acme1", APRIL_10, step(&["staffing", "submit"])),
                ("acme1", APRIL_10, step(&["staffing", "submit"])),
                // B8: approval waits for every customer's both parts.
                ("acmepm", APRIL_10, step(&["staffing", "approve"])),
                // B10: a full staffing is recorded with its case note.
                ("acme1", APRIL_10, step(&["staffing", "mark", "123456789", "--progress", "not-progressing", "--full-staffing"])),
                ("acme1", APRIL_10, step(&["staffing", "mark", "123456789", "--progress", "not-progressing", "--full-staffing", "--note", "Discussed attendance with the provider manager"])),
                ("wfd1", APRIL_10, step(&["staffing", "verify", "123456789", "--eligible", "maybe"])),
                ("wfd1", APRIL_10, step(&["staffing", "verify", "123456789", "--eligible", "yes"])),
                // B1: approved after the 20th: late, said and not refused.
                ("acmepm", "2026-04-21T15:00:00Z", step(&["staffing", "approve"])),
                ("acmepm", "2026-04-21T15:00:00Z", step(&["staffing", "approve"])),
                ("acme1", "2026-04-21T15:00:00Z", step(&["staffing", "show"])),
                ("acme1", "2026-04-21T15:00:00Z", vec!["staffing", "list"]),
            ],
        );
        snapshot_of("staffing_steps", &text);
        assert_eq!(
            db.strings("SELECT progress FROM et_statuses"),
            ["not-progressing"],
            "T4: the staffing set the customer's level of progress"
        );
        assert_eq!(
            db.count("SELECT COUNT(*) FROM staffing_customers WHERE full_staffing AND note_id IS NOT NULL"),
            1
        );
    }

    fn b3_a_locked_month_refuses_every_kind_of_dated_write(db) {
        approved(db);
        let before = written(db);
        let steps: Vec<(&str, &str, Vec<&str>)> = vec![
            // Activities: added, started, closed, deleted with a date of March.
            ("acme1", APRIL_19, vec!["activity", "add", "123456789", "--goal", "1", "--code", "JST", "--planned-start", "2026-03-20", "--planned-end", "2026-05-01", "--note", "late entry"]),
            ("acme1", APRIL_19, vec!["activity", "close", "1", "--successful", "--date", "2026-03-31", "--note", "done"]),
            // Attendance: a week whose Monday is in March.
            ("acme1", APRIL_19, vec!["attendance", "add", "1", "--week", "2026-03-16", "--hours", "10"]),
            // Costs: added, or changed, paid in March; and the override of one.
            ("acme1", APRIL_19, vec!["service", "cost", "add", "1", "--method", "Bus Pass", "--description", "fares", "--unit", "5.00", "--quantity", "1", "--paid-on", "2026-03-20"]),
            ("acme1", APRIL_19, vec!["service", "cost", "edit", "1", "--unit", "80.00"]),
            ("acmepm", APRIL_19, vec!["override", "accept", "1"]),
            // Employment: a job started, or ended, in March.
            ("acme1", APRIL_19, vec!["employment", "add", "123456789", "--employer", "Corner Shop", "--soc", "41-2031", "--job-title", "Clerk", "--start", "2026-03-25", "--wage", "16.00", "--hours", "10", "--note", "second job"]),
            ("acme1", APRIL_19, vec!["employment", "end", "1", "--date", "2026-03-31", "--note", "left"]),
            // An exit and an enrollment dated in March.
            ("acme1", APRIL_19, vec!["exit", "123456789", "--provider", "Acme Works", "--program", "1", "--status", "unsuccessful", "--exit-reason", "no-longer-eligible", "--date", "2026-03-31"]),
            ("acme1", APRIL_19, vec!["enroll", "123456789", "--provider", "Acme Works", "--program", "1", "--date", "2026-03-25"]),
            // A status, and a level of progress, changed on a day of March.
            ("acme1", "2026-03-25T15:00:00Z", vec!["customer", "status", "123456789", "--set", "consent-revoked", "--reason", "withdrew"]),
            ("acme1", "2026-03-25T15:00:00Z", vec!["customer", "progress", "123456789", "--level", "not-participating", "--reason", "away"]),
            // The staffing's own lines.
            ("acme1", APRIL_19, step(&["staffing", "mark", "123456789", "--progress", "not-progressing"])),
            ("wfd1", APRIL_19, step(&["staffing", "verify", "123456789", "--eligible", "no"])),
        ];
        let text = transcript_at(db, &steps);
        snapshot_of("staffing_locked_month", &text);
        assert_eq!(written(db), before, "B3: nothing written");
        // April is not locked: the same kinds of write dated in April go through.
        ok(db, "acme1", APRIL_19, &["attendance", "add", "1", "--week", "2026-04-13", "--hours", "10"]);
        ok(db, "acme1", APRIL_19, &["activity", "close", "1", "--successful", "--date", "2026-04-17", "--note", "done"]);
    }

    fn b3_b4_unlock_billing_and_the_final_month(db) {
        approved(db);
        let attendance = ["attendance", "add", "1", "--week", "2026-03-16", "--hours", "10"];
        let text = transcript_at(
            db,
            &[
                // B3: an unlock says why.
                ("acmepm", APRIL_19, step(&["staffing", "unlock"])),
                ("acmepm", APRIL_19, step(&["staffing", "unlock", "--reason", "attendance of 16 March was missing"])),
                ("acme1", APRIL_19, attendance.to_vec()),
                ("acmepm", APRIL_19, step(&["billing", "submit"])),
                ("acmepm", APRIL_19, step(&["staffing", "approve"])),
                ("acme1", APRIL_19, vec!["attendance", "add", "1", "--week", "2026-03-23", "--hours", "10"]),
                ("acmepm", APRIL_19, step(&["billing", "submit"])),
                ("bill1", APRIL_19, step(&["billing", "request-changes", "--message", "receipt for cost 2"])),
                ("wfd1", APRIL_19, step(&["billing", "submit"])),
                ("bill1", APRIL_19, step(&["billing", "approve"])),
                ("bill1", APRIL_19, step(&["billing", "approve"])),
                // B4: final: no unlock, no change.
                ("acmepm", APRIL_19, step(&["staffing", "unlock", "--reason", "one more fix"])),
                ("acme1", APRIL_19, vec!["attendance", "add", "1", "--week", "2026-03-23", "--hours", "12"]),
                ("acme1", APRIL_19, step(&["staffing", "show"])),
            ],
        );
        snapshot_of("staffing_billing", &text);
        assert_eq!(
            db.strings("SELECT event FROM staffing_events ORDER BY id"),
            [
                "submitted",
                "approved",
                "unlocked",
                "approved",
                "billing-submitted",
                "changes-requested",
                "billing-submitted",
                "billed"
            ]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM attendance"), 1);
    }
}
