//! Supportive services, their costs, the maximums and the overrides (E1, E3, E5, N5,
//! V1–V7) through the binary: every rule held and broken (rule id, exit code, nothing
//! written), the Overview's Support Services block, and the races a maximum and an
//! override must survive (one winner).

use std::process::{Command, Stdio};

use crate::activities::enrolled;
use crate::both;
use crate::support::*;

/// What the service commands may write, for "nothing written" checks.
fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'services', COUNT(*) FROM support_services \
         UNION ALL SELECT 'started', COUNT(started_on) FROM support_services \
         UNION ALL SELECT 'costs', COUNT(*) FROM service_costs \
         UNION ALL SELECT 'cost sum', CAST(COALESCE(SUM(total), 0) AS BIGINT) FROM service_costs \
         UNION ALL SELECT 'pending', COUNT(*) FROM service_costs WHERE state = 'pending' \
         UNION ALL SELECT 'void', COUNT(*) FROM service_costs WHERE state = 'void' \
         UNION ALL SELECT 'overrides', COUNT(*) FROM cost_overrides \
         UNION ALL SELECT 'answered', COUNT(answered_by) FROM cost_overrides \
         UNION ALL SELECT 'caps', COUNT(*) FROM service_caps \
         UNION ALL SELECT 'cap sum', CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM service_caps \
         UNION ALL SELECT 'notes', COUNT(*) FROM customer_notes \
         UNION ALL SELECT 'documents', COUNT(*) FROM customer_documents \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

/// Doe enrolled at Acme Works (goal 1) with SJS (activity 1) started on 2026-02-16,
/// through the binary; `acmestaff` does Acme's case work, `acmepm` manages it for
/// IDHS, `acmeprog` is its own program manager.
fn active(db: &TestDb) {
    enrolled(db);
    db.add_user("acmestaff", "Acme Works", "provider-staff");
    db.add_user("acmepm", "Acme Works", "provider-manager");
    db.add_user("acmeprog", "Acme Works", "program-manager");
    for args in [
        vec![
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
            "--note",
            "plan",
        ],
        vec![
            "activity",
            "start",
            "1",
            "--date",
            "2026-02-16",
            "--note",
            "started",
        ],
    ] {
        let out = db.isets_as("acmestaff", &args).output().expect("run");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
}

/// `active`, with Transportation service 1 started on 2026-02-16.
fn transportation(db: &TestDb) {
    active(db);
    let out = db
        .isets_as(
            "acmestaff",
            &[
                "service",
                "add",
                "123456789",
                "--category",
                "TRANSPORTATION",
                "--goal",
                "1",
                "--planned-start",
                "2026-02-16",
                "--planned-end",
                "2026-06-30",
                "--start",
                "2026-02-16",
                "--note",
                "bus",
            ],
        )
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
}

fn cost<'a>(service: &'a str, unit: &'a str, quantity: &'a str, paid_on: &'a str) -> Vec<&'a str> {
    vec![
        "service",
        "cost",
        "add",
        service,
        "--method",
        "Bus Pass",
        "--description",
        "Monthly pass",
        "--unit",
        unit,
        "--quantity",
        quantity,
        "--paid-on",
        paid_on,
    ]
}

both! {
    fn e1_e3_e5_n5_services_added_and_started_with_case_notes(db) {
        enrolled(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let add = ["service", "add", "123456789", "--category", "transportation", "--goal", "1", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30"];
        // E3: no SNAP E&T activity on the plan yet.
        let before = written(db);
        let text = transcript(db, &[("acmestaff", joined(&add, &["--note", "bus"]))]);
        assert_eq!(written(db), before, "{text}");
        let mut text = text;
        db.isets_as("acmestaff", &["activity", "add", "123456789", "--goal", "1", "--code", "SJS", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "plan"])
            .assert()
            .success();
        let before = written(db);
        text.push_str(&transcript(db, &[
            // E5: the case note.
            ("acmestaff", add.to_vec()),
            ("acmestaff", vec!["service", "add", "123456789", "--category", "CAR", "--goal", "1", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "x"]),
            // E1: under a goal of the customer's plan.
            ("acmestaff", vec!["service", "add", "123456789", "--category", "BOOKS", "--goal", "9", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "x"]),
            // E4: not before the first of the month of enrollment; E2: not a day to come.
            ("acmestaff", joined(&add, &["--start", "2026-01-30", "--note", "x"])),
            ("acmestaff", joined(&add, &["--start", "2026-03-03", "--note", "x"])),
            ("acmestaff", vec!["service", "add", "123456789", "--category", "BOOKS", "--goal", "1", "--planned-start", "2026-03-16", "--planned-end", "2026-03-02", "--note", "x"]),
            // A super user acts in the provider's place only with a reason (§1, note 1).
            ("admin", joined(&add, &["--note", "x"])),
        ]));
        assert_eq!(written(db), before, "refused: nothing written\n{text}");
        text.push_str(&transcript(db, &[
            ("acmestaff", joined(&add, &["--note", "Bus fare to the job search"])),
            ("acmestaff", vec!["service", "start", "1", "--date", "2026-03-03", "--note", "x"]),
            ("acmestaff", vec!["service", "start", "1", "--date", "2026-02-18", "--note", "Pass bought"]),
            ("acmestaff", vec!["service", "start", "1", "--date", "2026-02-19", "--note", "x"]),
            ("acmestaff", vec!["service", "start", "7", "--date", "2026-02-19", "--note", "x"]),
            ("admin", vec!["service", "add", "123456789", "--category", "BOOKS", "--goal", "1", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--start", "2026-02-20", "--note", "Books for class", "--reason", "help request 7", "--format", "json"]),
        ]));
        snapshot_of("services_e1_e3_e5", &text);
        assert_eq!(
            db.strings("SELECT category || ' ' || status || ' ' || COALESCE(CAST(started_on AS TEXT), '-') FROM support_services ORDER BY id"),
            ["TRANSPORTATION started 2026-02-18", "BOOKS started 2026-02-20"]
        );
        assert_eq!(
            db.strings("SELECT subject FROM customer_notes WHERE subject LIKE 'Support%' ORDER BY id"),
            [
                "Support service 1 TRANSPORTATION added",
                "Support service 1 TRANSPORTATION started",
                "Support service 2 BOOKS added, started on 2026-02-20",
            ]
        );
        assert_eq!(
            db.strings("SELECT action || ' ' || operator || ' ' || COALESCE(reason, '-') FROM audit_log WHERE action LIKE 'service.%' ORDER BY id"),
            ["service.add acmestaff -", "service.start acmestaff -", "service.add admin help request 7"]
        );
        // N5: an exited enrollment's services are locked.
        db.exec("UPDATE enrollments SET exited_on = '2026-02-27'");
        let before = written(db);
        db.isets_as("acmestaff", &joined(&add, &["--note", "x"]))
            .assert()
            .code(4)
            .stderr(predicates::str::contains("rule N5"));
        assert_eq!(written(db), before);
    }
}

both! {
    fn v1_v3_v5_v7_costs_held_and_broken_and_v4_past_the_maximum(db) {
        active(db);
        for args in [
            vec!["service", "add", "123456789", "--category", "TRANSPORTATION", "--goal", "1", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "bus"],
            vec!["service", "add", "123456789", "--category", "CHILDCARE", "--goal", "1", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--start", "2026-02-16", "--note", "care"],
        ] {
            db.isets_as("acmestaff", &args).assert().success();
        }
        let before = written(db);
        let text = transcript(db, &[
            // V1: the service is not started yet.
            ("acmestaff", cost("1", "600.00", "2", "2026-02-20")),
        ]);
        db.isets_as("acmestaff", &["service", "start", "1", "--date", "2026-02-18", "--note", "Pass bought"]).assert().success();
        let before_costs = written(db);
        let mut text = text;
        text.push_str(&transcript(db, &[
            // V1: issued before the service started; after today.
            ("acmestaff", joined(&cost("1", "600.00", "2", "2026-02-20"), &["--issued-on", "2026-02-17"])),
            ("acmestaff", joined(&cost("1", "600.00", "2", "2026-03-02"), &["--issued-on", "2026-03-03"])),
            // V7: paid in another month than the service was issued.
            ("acmestaff", joined(&cost("1", "600.00", "2", "2026-03-01"), &["--issued-on", "2026-02-27"])),
            // V5: two decimals at most, a whole positive quantity, a positive amount.
            ("acmestaff", cost("1", "25.005", "2", "2026-02-20")),
            ("acmestaff", cost("1", "600-700", "2", "2026-02-20")),
            ("acmestaff", cost("1", "0.00", "2", "2026-02-20")),
            ("acmestaff", cost("1", "600.00", "2.5", "2026-02-20")),
            ("acmestaff", cost("1", "600.00", "0", "2026-02-20")),
            ("acmestaff", cost("1", "-600.00", "1", "2026-02-20")),
            ("acmestaff", vec!["service", "cost", "add", "1", "--method", "cash", "--description", "x", "--unit", "1", "--quantity", "1", "--paid-on", "2026-02-20"]),
            // V3: a category with no maximum takes no cost.
            ("acmestaff", cost("2", "50.00", "1", "2026-02-20")),
            ("acmestaff", vec!["service", "cost", "add", "1", "--method", "Bus Pass", "--description", "Monthly pass", "--unit", "600", "--quantity", "2", "--paid-on", "2026-02-20", "--document", "missing.pdf"]),
        ]));
        assert_eq!(written(db), before_costs, "refused: nothing written\n{text}");
        assert_eq!(before.len(), before_costs.len());
        let receipt = db.home().join("receipt.pdf");
        std::fs::write(&receipt, b"%PDF receipt").expect("write the receipt");
        let receipt = receipt.display().to_string();
        text.push_str(&transcript(db, &[
            ("acmestaff", joined(&cost("1", "600.00", "2", "2026-02-20"), &["--document", &receipt])),
            // V4: 1200.00 + 250.00 is past 1400.00: the arithmetic, then a refusal.
            ("acmestaff", joined(&cost("1", "125.00", "2", "2026-02-27"), &["--check"])),
            ("acmestaff", cost("1", "125.00", "2", "2026-02-27")),
        ]));
        let before = written(db);
        text.push_str(&transcript(db, &[
            ("acmestaff", joined(&cost("1", "125.00", "2", "2026-02-27"), &["--override-reason", "Car repair bus fares", "--issued-on", "2026-02-26"])),
            ("acmestaff", vec!["service", "cost", "list", "123456789"]),
            ("acmestaff", vec!["service", "cost", "list", "123456789", "--fiscal-year", "FY25"]),
            ("acmestaff", vec!["override", "list"]),
            ("acmestaff", vec!["customer", "show", "123456789"]),
        ]));
        snapshot_of("services_v1_v7_costs", &text);
        assert_ne!(written(db), before);
        assert_eq!(
            db.strings("SELECT CAST(total AS TEXT) || ' ' || state || ' ' || CAST(fiscal_year AS TEXT) || ' ' || CAST(COALESCE(issued_on, paid_on) AS TEXT) FROM service_costs ORDER BY id"),
            ["120000 counted 2026 2026-02-20", "25000 pending 2026 2026-02-26"]
        );
        assert_eq!(
            db.strings("SELECT CAST(total_before AS TEXT) || ' ' || CAST(maximum AS TEXT) || ' ' || status || ' ' || reason FROM cost_overrides"),
            ["120000 140000 pending Car repair bus fares"]
        );
        assert_eq!(
            db.strings("SELECT category || ' ' || file_name FROM customer_documents"),
            ["Support Service receipt.pdf"]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'service-cost.%' OR action LIKE 'cost-override.%' ORDER BY id"),
            ["service-cost.add", "service-cost.add", "cost-override.request"]
        );
        // A pending cost edited keeps its override (V4).
        db.isets_as("acmestaff", &["service", "cost", "edit", "2", "--description", "Car repair fares"])
            .assert()
            .success();
        assert_eq!(
            db.strings("SELECT k.state || ' ' || k.description || ' ' || v.status FROM service_costs k JOIN cost_overrides v ON v.cost_id = k.id"),
            ["pending Car repair fares pending"]
        );
                let out = db.isets_as("acmestaff", &["customer", "show", "123456789", "--format", "json"]).output().expect("run");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let block = &v["support_services"];
        assert_eq!(block["fiscal_year"], "FY26");
        assert_eq!(block["total_payments_issued"], "1450.00");
        assert_eq!(
            column(&block["categories"], "shown"),
            ["Childcare/Medical - $0.00 / no maximum", "Transportation - $1450.00 / $1400.00 Service Override Pending"]
        );
        // Last (PostgreSQL does not give back the ids a dry run took): a dry run past the
        // maximum with its override writes nothing.
        let before = written(db);
        let out = db
            .isets_as("acmestaff", &joined(&cost("1", "10.00", "1", "2026-02-27"), &["--override-reason", "x", "--dry-run", "--format", "json"]))
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["cost"]["state"], "pending");
        assert_eq!(v["arithmetic"]["total_before"], "1450.00");
        assert_eq!(v["arithmetic"]["past_maximum"], true);
        assert!(stderr(&out).starts_with("dry run: cost"), "{}", stderr(&out));
        assert_eq!(written(db), before);
    }
}

both! {
    fn v4_v6_overrides_answered_once_by_idhs_and_costs_edited(db) {
        transportation(db);
        for args in [
            cost("1", "700.00", "2", "2026-02-20"),
            joined(&cost("1", "100.00", "1", "2026-02-23"), &["--override-reason", "Extra week of fares"]),
            joined(&cost("1", "50.00", "1", "2026-02-24"), &["--override-reason", "Interview trip"]),
        ] {
            db.isets_as("acmestaff", &args).assert().success();
        }
        db.add_user("betapm2", "Beta Jobs", "provider-manager");
        let before = written(db);
        let refused = transcript(db, &[
            // §1, note 2: never the provider's own program manager; a provider manager of
            // another provider does not reach the customer.
            ("acmeprog", vec!["override", "accept", "1"]),
            ("acmestaff", vec!["override", "accept", "1"]),
            ("betapm2", vec!["override", "accept", "1"]),
            ("acmepm", vec!["override", "reject", "2"]),
            ("acmepm", vec!["override", "accept", "9"]),
            ("acmepm", vec!["override", "accept", "1", "--dry-run"]),
        ]);
        assert_eq!(written(db), before, "refused: nothing written\n{refused}");
        let text = transcript_at(db, &[
            // V6: pending more than 14 days on 2026-03-20.
            ("acmepm", "2026-03-20T15:00:00Z", vec!["override", "list", "--pending"]),
            ("acmepm", "2026-03-20T15:00:00Z", vec!["override", "accept", "1", "--note", "Fares checked"]),
            ("admin", "2026-03-20T16:00:00Z", vec!["override", "accept", "1"]),
            ("admin", "2026-03-20T16:00:00Z", vec!["override", "reject", "1", "--reason", "too late"]),
            ("acmepm", "2026-03-20T17:00:00Z", vec!["override", "reject", "2", "--reason", "Not a program trip"]),
            // A void cost is not edited; a counted one is, by the same rules.
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "3", "--unit", "40.00"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "1", "--unit", "700.00"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "1", "--unit", "650.50"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "1", "--paid-on", "2026-03-02"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "2", "--quantity", "2"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "2", "--quantity", "2", "--override-reason", "More fares"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["service", "cost", "edit", "1", "--unit", "600.00", "--method", "direct-payment", "--description", "Fares paid direct"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["override", "list"]),
            ("acmestaff", "2026-03-20T17:00:00Z", vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("services_v4_v6_overrides", &format!("{refused}{text}"));
        assert_eq!(
            db.strings("SELECT CAST(k.id AS TEXT) || ' ' || k.state || ' ' || v.status || ' ' || v.answered_by FROM service_costs k JOIN cost_overrides v ON v.cost_id = k.id ORDER BY k.id"),
            ["2 counted accepted acmepm", "3 void rejected acmepm"]
        );
        assert_eq!(
            db.strings("SELECT organization_id || ' ' || subject FROM customer_notes WHERE subject LIKE 'Cost override%'"),
            [format!("{} Cost override 2 rejected", db.count("SELECT id FROM organizations WHERE name = 'Acme Works'"))]
        );
        // --provider: a provider manager names only their own; a super user any.
        db.isets_as("acmepm", &["override", "list", "--provider", "Beta Jobs"])
            .assert()
            .code(3)
            .stdout("");
        let out = db.isets(&["override", "list", "--provider", "Beta Jobs", "--format", "json"]).output().expect("run");
        assert_eq!(stdout(&out), "[]\n", "{}", stderr(&out));
        let out = db.isets_as("acmepm", &["override", "list", "--provider", "acme works", "--format", "json"]).output().expect("run");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(column(&v, "status"), ["accepted", "rejected"]);
        assert_eq!(column(&v, "answer"), ["Fares checked", "Not a program trip"]);
                assert_eq!(
            db.strings("SELECT action || ' ' || operator FROM audit_log WHERE action LIKE 'cost-override.%' AND action <> 'cost-override.request' ORDER BY id"),
            ["cost-override.accept acmepm", "cost-override.reject acmepm"]
        );
    }
}

both! {
    fn v3_caps_listed_and_set_by_super_users(db) {
        db.with_providers();
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let before = written(db);
        let refused = transcript(db, &[
            ("admin", vec!["caps", "set", "--category", "CAR", "--fiscal-year", "FY27", "--amount", "10"]),
            ("admin", vec!["caps", "set", "--category", "BOOKS", "--fiscal-year", "FY1999", "--amount", "10"]),
            ("admin", vec!["caps", "set", "--category", "BOOKS", "--fiscal-year", "FY27", "--amount", "10.001"]),
            ("admin", vec!["caps", "set", "--category", "BOOKS", "--fiscal-year", "FY27", "--amount", "-10"]),
            ("admin", vec!["caps", "set", "--category", "BOOKS", "--fiscal-year", "default", "--amount", "1000.00"]),
            ("acmestaff", vec!["caps", "set", "--category", "BOOKS", "--fiscal-year", "FY27", "--amount", "10"]),
            ("admin", vec!["caps", "set", "--category", "BOOKS", "--fiscal-year", "FY27", "--amount", "10", "--dry-run"]),
        ]);
        assert_eq!(written(db), before, "refused: nothing written\n{refused}");
        let text = transcript(db, &[
            ("acmestaff", vec!["caps", "list"]),
            ("admin", vec!["caps", "set", "--category", "transportation", "--fiscal-year", "FY27", "--amount", "1,500.00"]),
            ("admin", vec!["caps", "set", "--category", "CHILDCARE", "--fiscal-year", "default", "--amount", "800"]),
            ("admin", vec!["caps", "set", "--category", "CLOTHING", "--fiscal-year", "default", "--amount", "350.00"]),
            ("acmestaff", vec!["caps", "list", "--fiscal-year", "FY27"]),
            ("acmestaff", vec!["caps", "list", "--fiscal-year", "2026", "--format", "json"]),
        ]);
        snapshot_of("services_v3_caps", &format!("{refused}{text}"));
        assert_eq!(
            db.strings("SELECT action || ' ' || entity_id FROM audit_log WHERE action = 'service-cap.set' ORDER BY id"),
            ["service-cap.set TRANSPORTATION FY27", "service-cap.set CHILDCARE every year", "service-cap.set CLOTHING every year"]
        );
    }
}

/// The binary as `user` with `args`, started now, not waited for.
fn spawn(db: &TestDb, user: &str, args: &[&str]) -> std::process::Child {
    db.login(user);
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("isets"));
    cmd.args(args)
        .env_clear()
        .env("HOME", db.home())
        .env("XDG_CONFIG_HOME", db.home().join("config"))
        .env("XDG_DATA_HOME", db.home().join("data"))
        .env("NO_COLOR", "1")
        .env("ISETS_NOW", NOW)
        .env("ISETS_DATABASE_URL", db.url(user))
        .env("ISETS_USER", user)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.spawn().expect("spawn")
}

both! {
    fn v4_two_costs_at_once_past_the_maximum_exactly_one_saved(db) {
        transportation(db);
        db.add_user("acmestaff2", "Acme Works", "provider-staff");
        let a = cost("1", "800.00", "1", "2026-02-20");
        let b = cost("1", "700.00", "1", "2026-02-23");
        let children = [spawn(db, "acmestaff", &a), spawn(db, "acmestaff2", &b)];
        let outs: Vec<_> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        assert!(
            codes.contains(&Some(0)) && codes.contains(&Some(4)),
            "{codes:?} {:?}",
            outs.iter().map(stderr).collect::<Vec<_>>()
        );
        let loser = outs.iter().find(|o| o.status.code() == Some(4)).expect("refused");
        assert!(stderr(loser).contains("rule V4"), "{}", stderr(loser));
        assert_eq!(db.count("SELECT COUNT(*) FROM service_costs"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM cost_overrides"), 0);
        assert!(db.count("SELECT CAST(SUM(total) AS BIGINT) FROM service_costs") <= 140000);
    }

    fn v4_two_answers_at_once_exactly_one_winner(db) {
        transportation(db);
        for args in [
            cost("1", "1400.00", "1", "2026-02-20"),
            joined(&cost("1", "100.00", "1", "2026-02-23"), &["--override-reason", "Extra fares"]),
        ] {
            db.isets_as("acmestaff", &args).assert().success();
        }
        db.add_user("acmepm2", "Acme Works", "provider-manager");
        let children = [
            spawn(db, "acmepm", &["override", "accept", "1"]),
            spawn(db, "acmepm2", &["override", "reject", "1", "--reason", "No"]),
        ];
        let outs: Vec<_> = children.into_iter().map(|c| c.wait_with_output().expect("wait")).collect();
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        assert!(
            codes.contains(&Some(0)) && codes.contains(&Some(5)),
            "{codes:?} {:?}",
            outs.iter().map(stderr).collect::<Vec<_>>()
        );
        let winner = db.strings("SELECT answered_by || ' ' || status FROM cost_overrides");
        assert_eq!(winner.len(), 1);
        let loser = outs.iter().find(|o| o.status.code() == Some(5)).expect("conflict");
        let (by, status) = winner[0].split_once(' ').expect("answer");
        assert!(
            stderr(loser).contains(&format!("override 1 was {status} already, by {by} on 2026-03-02")),
            "{}",
            stderr(loser)
        );
        let state = if status == "accepted" { "counted" } else { "void" };
        assert_eq!(db.strings("SELECT state FROM service_costs WHERE id = 2"), [state]);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'cost-override.%' AND action <> 'cost-override.request'"), 1);
    }
}
