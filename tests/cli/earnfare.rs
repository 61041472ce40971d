//! Earnfare participation (R1, R2) and the statewide settings it reads, through the
//! binary: the benefit amount set with the referral WFD sends and changed by IDHS staff
//! with its history, each month's work hours and stipend, the participation limit, and
//! the rules held and broken (rule id, exit code, nothing written).

use crate::activities::enroll;
use crate::both;
use crate::roles::customers::{EXTRACT, programs};
use crate::support::*;

fn run(db: &TestDb, user: &str, args: &[&str]) {
    let out = db.isets_as(user, args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// Doe (123456789) and Roe (223456789) ISETS customers; program 1 SNAP JP at Acme
/// Works, program 2 Earnfare at Beta Jobs; Doe screened on 2026-02-27; WFD staff
/// (`wfd1`), Beta Jobs' program manager (`beta1`) and staff (`betastaff`).
fn setup(db: &TestDb) {
    db.with_providers();
    db.customers_from(EXTRACT, NOW, &[DOE, ROE]);
    programs(db);
    db.add_user("wfd1", "IDHS", "wfd");
    db.add_user("beta1", "Beta Jobs", "program-manager");
    db.add_user("betastaff", "Beta Jobs", "provider-staff");
    run(
        db,
        "admin",
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
}

/// The referral WFD sends to program `program` with the F2 answers.
fn send(program: &'static str, more: &[&'static str]) -> Vec<&'static str> {
    let to = if program == "1" {
        "Acme Works"
    } else {
        "Beta Jobs"
    };
    let mut args = vec![
        "referral",
        "send",
        "123456789",
        "--to",
        to,
        "--program",
        program,
        "--consent-attested",
        "--receives-snap",
        "yes",
        "--eligible",
        "yes",
    ];
    args.extend_from_slice(more);
    args
}

fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'benefits', COUNT(*) FROM earnfare_benefits \
         UNION ALL SELECT 'referrals', COUNT(*) FROM referrals \
         UNION ALL SELECT 'settings', COUNT(*) FROM settings \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

both! {
    fn r2_the_benefit_is_set_with_the_referral_and_changed_only_by_idhs_staff(db) {
        setup(db);
        let before = written(db);
        let text = transcript(db, &[
            // R2: a benefit amount goes with a referral to an Earnfare program only.
            ("wfd1", send("1", &["--benefit-amount", "196.00"])),
            // V5: two decimals at most, no range.
            ("wfd1", send("2", &["--benefit-amount", "196.005"])),
            ("wfd1", send("2", &["--benefit-amount", "150-200"])),
        ]);
        assert_eq!(written(db), before, "refused: nothing written\n{text}");
        let text = text + &transcript(db, &[
            ("wfd1", send("2", &["--benefit-amount", "196.00", "-q"])),
            ("betastaff", vec!["earnfare", "benefits", "123456789"]),
            // R2: only IDHS staff change it; a provider's program manager does not.
            ("beta1", vec!["earnfare", "set-benefit", "123456789", "--amount", "210.00", "--effective", "2026-04-01"]),
            ("wfd1", vec!["earnfare", "set-benefit", "123456789", "--amount", "-5", "--effective", "2026-04-01"]),
            ("wfd1", vec!["earnfare", "set-benefit", "123456789", "--amount", "182", "--effective", "02/01/2026"]),
            // R2: Roe is neither referred to nor enrolled in Earnfare.
            ("wfd1", vec!["earnfare", "set-benefit", "223456789", "--amount", "100.00", "--effective", "2026-03-01"]),
            ("admin", vec!["earnfare", "set-benefit", "123456789", "--amount", "210.00", "--effective", "2026-04-01", "--dry-run"]),
            ("wfd1", vec!["earnfare", "benefits", "123456789", "--format", "csv"]),
        ]);
        snapshot_of("earnfare_r2_benefit", &text);
        assert_eq!(
            db.strings(
                "SELECT CAST(amount AS TEXT) || ' ' || CAST(effective_on AS TEXT) || ' ' || \
                 COALESCE(CAST(referral_id AS TEXT), '-') || ' ' || changed_by FROM earnfare_benefits ORDER BY id"
            ),
            ["19600 2026-03-02 1 wfd1", "18200 2026-02-01 - wfd1"]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'earnfare.benefit'"), 2);
    }
}

both! {
    fn r1_r2_work_hours_stipend_and_participation_limit_this_month_and_the_last(db) {
        setup(db);
        run(db, "wfd1", &send("2", &["--benefit-amount", "196.00"]));
        run(db, "wfd1", &["earnfare", "set-benefit", "123456789", "--amount", "182.00", "--effective", "2026-02-01"]);
        // Doe is enrolled in Beta Jobs' Earnfare program (goal 1) since 2026-02-16.
        enroll(db, "123456789", 2);
        for code in ["CW", "TJ"] {
            run(db, "betastaff", &["activity", "add", "123456789", "--goal", "1", "--code", code, "--planned-start",
                                   "2026-02-16", "--planned-end", "2026-06-30", "--note", "Earnfare work"]);
        }
        for id in ["1", "2"] {
            run(db, "betastaff", &["activity", "start", id, "--date", "2026-02-16", "--note", "started"]);
        }
        // CW: 7 + 6 hours in February; TJ: 10.5 in February, 5 in March (unverified yet).
        for (id, week, hours) in [("1", "2026-02-16", "7"), ("1", "2026-02-23", "6"), ("2", "2026-02-23", "10.5"), ("2", "2026-03-02", "5")] {
            run(db, "betastaff", &["attendance", "add", id, "--week", week, "--hours", hours]);
        }
        for (id, week) in [("1", "2026-02-16"), ("1", "2026-02-23"), ("2", "2026-02-23")] {
            run(db, "beta1", &["attendance", "verify", id, "--week", week]);
        }
        let text = transcript(db, &[
            ("betastaff", vec!["earnfare", "show", "123456789"]),
            ("betastaff", vec!["earnfare", "show", "123456789", "--month", "2026-02", "--format", "json"]),
            ("betastaff", vec!["earnfare", "show", "123456789", "--month", "Feb"]),
            // Roe has no Earnfare participation.
            ("admin", vec!["earnfare", "show", "223456789"]),
            ("betastaff", vec!["settings", "set", "earnfare.tj-monthly-target", "40"]),
            ("admin", vec!["settings", "set", "earnfare.hours-rounding", "sideways"]),
            ("admin", vec!["settings", "set", "earnfare.wage", "15"]),
            ("admin", vec!["settings", "set", "earnfare.benefit-wage", "15", "--reason", "minimum wage from 1 January"]),
            ("admin", vec!["settings", "set", "earnfare.participation-limit", "1"]),
            ("beta1", vec!["attendance", "verify", "2", "--week", "2026-03-02", "-q"]),
            // 196.00 / 15.00 = 13.07, rounded down; TJ in two months, over the limit of one.
            ("betastaff", vec!["earnfare", "show", "123456789"]),
            ("betastaff", vec!["settings", "list"]),
            ("admin", vec!["settings", "reset", "earnfare.benefit-wage"]),
            ("admin", vec!["settings", "set", "earnfare.hours-rounding", "up", "--dry-run"]),
            ("wfd1", vec!["settings", "list", "--format", "csv"]),
        ]);
        snapshot_of("earnfare_r1_months", &text);
        assert_eq!(
            db.strings("SELECT name || '=' || value FROM settings ORDER BY name"),
            ["earnfare.participation-limit=1"]
        );
        assert_eq!(
            db.strings("SELECT action || ' ' || entity_id FROM audit_log WHERE entity_kind = 'setting' ORDER BY id"),
            [
                "setting.set earnfare.benefit-wage",
                "setting.set earnfare.participation-limit",
                "setting.reset earnfare.benefit-wage"
            ]
        );
        // The Overview shows the same block.
        let out = db.isets_as("betastaff", &["customer", "show", "123456789", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(v["earnfare"]["transitional_job_months"], 2);
        assert_eq!(v["earnfare"]["months"][1]["stipend_issued"], "147.00");
        assert_eq!(v["earnfare"]["benefit_history"].as_array().map(Vec::len), Some(2));
    }
}
