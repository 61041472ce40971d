//! `isets apply` and `isets plan`: a reviewed TOML file, checked whole, planned, and
//! carried out in one transaction; idempotent; nothing removed without --prune.

use crate::support::*;
use crate::{both, snapshot};

fn fixture() -> String {
    format!(
        "{}/tests/fixtures/onboarding.toml",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn write_file(db: &TestDb, name: &str, text: &str) -> String {
    let path = db.home().join(name);
    std::fs::write(&path, text).expect("write apply file");
    path.display().to_string()
}

fn counts(db: &TestDb) -> Vec<i64> {
    vec![
        db.count("SELECT COUNT(*) FROM organizations"),
        db.count("SELECT COUNT(*) FROM locations"),
        db.count("SELECT COUNT(*) FROM contracts"),
        db.count("SELECT COUNT(*) FROM contract_versions"),
        db.count("SELECT COUNT(*) FROM programs WHERE removed_at IS NULL"),
        db.count("SELECT COUNT(*) FROM appointment_sites WHERE removed_at IS NULL"),
        db.count("SELECT COUNT(*) FROM users"),
        db.count("SELECT COUNT(*) FROM listings WHERE removed_at IS NULL"),
        db.count("SELECT COUNT(*) FROM audit_log"),
    ]
}

/// The fixture with one edit applied.
fn edited(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(fixture()).expect("fixture");
    assert!(text.contains(from), "fixture has {from:?}");
    text.replacen(from, to, 1)
}

both! {
    fn the_fixture_applies_once_and_then_changes_nothing(db) {
        db.init();
        let before = counts(db);
        let plan = db.isets(&["plan", &fixture(), "--format", "json"]).output().expect("run");
        assert_eq!(plan.status.code(), Some(1), "changes pending: {}", stderr(&plan));
        let v: serde_json::Value = serde_json::from_slice(&plan.stdout).expect("json plan");
        assert_eq!(v["changes_pending"], true);
        assert_eq!(v["items"].as_array().map(Vec::len), Some(11));
        assert_eq!(v["items"][0]["verb"], "create");
        assert_eq!(v["items"][0]["kind"], "provider");
        assert!(v["items"][0]["at"].as_str().is_some_and(|a| a.ends_with("onboarding.toml:9:1")), "{}", v["items"][0]["at"]);
        assert_eq!(counts(db), before, "plan writes nothing");

        let out = db.isets(&["apply", &fixture()]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("applied: 10 create, 1 update, 0 remove, 0 unchanged"), "{}", stderr(&out));
        assert_eq!(
            db.strings("SELECT name FROM organizations WHERE kind = 'provider'"),
            vec!["Prairie Workforce Partners"]
        );
        assert_eq!(db.strings("SELECT name FROM locations ORDER BY name"), vec!["Decatur", "Springfield"]);
        assert_eq!(
            db.rows::<(String, i64)>("SELECT number, amount_cents FROM contracts ORDER BY number"),
            vec![("FCSPWP001".into(), 25_000_000), ("FCSPWP002".into(), 8_000_000)]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM contract_goals"), 7);
        assert_eq!(db.count("SELECT COUNT(*) FROM program_activities"), 4);
        assert_eq!(db.strings("SELECT code FROM provider_services WHERE enabled = FALSE"), vec!["HOUSING"]);
        assert_eq!(db.strings("SELECT username FROM users ORDER BY username"), vec!["admin", "mgarcia", "tnguyen"]);
        assert_eq!(
            db.strings("SELECT request_ref FROM listings l JOIN users u ON u.id = l.user_id WHERE u.username = 'mgarcia'"),
            vec!["IL444-2022-PWP-0001"]
        );
        let after = counts(db);
        // The apply's records were written many to a statement; the chain still holds.
        let verify = db.isets(&["audit", "verify", "--format", "json"]).output().expect("run");
        assert!(verify.status.success(), "{}", stderr(&verify));
        let v: serde_json::Value = serde_json::from_slice(&verify.stdout).expect("json");
        assert_eq!(v["records"], after[8]);

        let again = db.isets(&["apply", &fixture()]).output().expect("run");
        assert!(again.status.success(), "{}", stderr(&again));
        assert!(stderr(&again).contains("nothing to change: the database already matches the file"), "{}", stderr(&again));
        assert_eq!(counts(db), after, "a second apply writes nothing, not even audit records");
        let plan = db.isets(&["plan", &fixture(), "-q"]).output().expect("run");
        assert_eq!(plan.status.code(), Some(0));
    }

    fn dry_run_shows_the_plan_and_writes_nothing(db) {
        db.init();
        let before = counts(db);
        let out = db.isets(&["apply", &fixture(), "--dry-run"]).output().expect("run");
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains("| create | contract"), "{text}");
        assert!(text.contains("amount=\"250000.00\""), "{text}");
        assert_eq!(counts(db), before);
    }

    fn every_error_names_file_line_column_field_and_rule(db) {
        db.init();
        let bad = edited("amount = \"250000.00\"", "amount = \"250000.005\"")
            .replacen("start = \"07/01/2025\"", "start = \"07/01/2026\"", 1)
            .replacen("activities = [\"CW\"]", "activities = [\"XX\"]", 1)
            .replacen("role = \"provider-staff\"", "role = \"wfd\"", 1);
        let path = write_file(db, "bad.toml", &bad);
        let before = counts(db);
        let out = db.isets(&["apply", &path]).output().expect("run");
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        let err = stderr(&out);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines[0], format!("error: {path}:36:12: provider[0].contract[0].amount: rule V5: amount: \"250000.005\" has more than two decimals"));
        assert_eq!(lines[1], format!("error: {path}:39:3: provider[0].contract[1]: rule P2: contract FCSPWP002: start 2026-07-01 is after end 2026-06-30"));
        assert!(lines[2].starts_with(&format!("error: {path}:66:16: provider[0].program[1].activities: \"XX\" is not in the catalogue")), "{err}");
        assert_eq!(lines[3], format!("error: {path}:100:10: provider[0].user[1].role: role wfd is listed on IDHS, not on a provider (DOMAIN.md §1)"));
        assert_eq!(lines[4], "error: rule V5: the file has errors; nothing was written");
        assert_eq!(counts(db), before);

        let path = write_file(db, "syntax.toml", "[[provider]]\nname = \"X\"\nspcq_approved_on = 2024-01-01\nlocation = [\n");
        snapshot!("apply_file_syntax_error", db, &mut db.isets(&["plan", &path]));

        let path = write_file(db, "unknown.toml", "[[provider]]\nname = \"X\"\nspcq_approved_on = 2024-01-01\ncolour = \"red\"\n");
        snapshot!("apply_file_unknown_field", db, &mut db.isets(&["plan", &path]));

        let path = write_file(db, "p1.toml", "[[provider]]\nname = \"X\"\nspcq_approved_on = 2024-01-01\n");
        snapshot!("apply_file_p1_location_and_contract", db, &mut db.isets(&["plan", &path]));
    }

    fn changes_become_updates_and_contract_amendments(db) {
        db.init();
        db.isets(&["apply", &fixture()]).assert().success();
        let changed = edited("amount = \"250000.00\"", "amount = \"275000.00\"")
            .replacen("county = \"Macon\"", "county = \"Macon County\"", 1)
            .replacen("activities = [\"SJS\", \"JST\", \"WRT\"]", "activities = [\"SJS\", \"JST\"]", 1);
        let path = write_file(db, "changed.toml", &changed);
        let plan = db.isets(&["plan", &path, "--format", "json"]).output().expect("run");
        assert_eq!(plan.status.code(), Some(1));
        let v: serde_json::Value = serde_json::from_slice(&plan.stdout).expect("json");
        let updates: Vec<String> = v["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter(|i| i["verb"] == "update")
            .map(|i| format!("{} {} {}", i["kind"].as_str().unwrap_or(""), i["name"].as_str().unwrap_or(""), i["changes"][0]["field"].as_str().unwrap_or("")))
            .collect();
        assert_eq!(
            updates,
            vec![
                "location Decatur county",
                "contract FCSPWP001 amount",
                "program FCSPWP001 at Springfield snap-jp FY26 activities",
            ]
        );
        db.isets(&["apply", &path]).assert().success();
        assert_eq!(db.strings("SELECT county FROM locations WHERE name = 'Decatur'"), vec!["Macon County"]);
        assert_eq!(
            db.rows::<(i64, i64)>("SELECT amount_cents, version FROM contracts WHERE number = 'FCSPWP001'"),
            vec![(27_500_000, 2)]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM contract_versions"), 1, "P2: the earlier version is kept");
        assert_eq!(db.count("SELECT COUNT(*) FROM program_activities"), 3);
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action IN ('location.update', 'contract.amend', 'program.update') ORDER BY id"),
            vec!["location.update", "contract.amend", "program.update"]
        );
    }

    fn omitted_things_stay_unless_prune(db) {
        db.init();
        db.isets(&["apply", &fixture()]).assert().success();
        let text = std::fs::read_to_string(fixture()).expect("fixture");
        // Drop the second program, the appointment site and the second user.
        let program2 = text.find("  [[provider.program]]\n  contract = \"FCSPWP002\"").expect("program 2");
        let services = text.find("  # P5:").expect("services");
        let site = text.find("  # P7:").expect("site");
        let users = text.find("  # Users go").expect("users");
        let user2 = text.rfind("  [[provider.user]]").expect("user 2");
        let trimmed = format!("{}{}{}", &text[..program2], &text[services..site], &text[users..user2]);
        let path = write_file(db, "trimmed.toml", &trimmed);
        let before = counts(db);
        let out = db.isets(&["apply", &path]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(counts(db), before, "nothing omitted is removed without --prune");

        let out = db.isets(&["apply", &path, "--prune"]).output().expect("run");
        assert_eq!(out.status.code(), Some(10), "--prune asks, or needs --yes: {}", stderr(&out));
        let out = db.isets(&["apply", &path, "--prune", "--yes"]).output().expect("run");
        assert_eq!(out.status.code(), Some(4), "U5 needs --requested-by: {}", stderr(&out));
        assert!(stderr(&out).contains("rule U5"), "{}", stderr(&out));
        assert_eq!(counts(db), before);

        let plan = db.isets(&["plan", &path, "--prune", "--format", "json"]).output().expect("run");
        assert_eq!(plan.status.code(), Some(4), "the plan needs the requester too: {}", stderr(&plan));
        assert_eq!(stdout(&plan), "");

        let out = db
            .isets(&["apply", &path, "--prune", "--yes", "--requested-by", ADMIN, "--reason", "agency closed Decatur"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stderr(&out).contains("3 remove"), "{}", stderr(&out));
        assert_eq!(db.count("SELECT COUNT(*) FROM programs WHERE removed_at IS NOT NULL"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM programs"), 2, "removed programs stay on record");
        assert_eq!(db.count("SELECT COUNT(*) FROM appointment_sites WHERE removed_at IS NOT NULL"), 1);
        assert_eq!(
            db.strings("SELECT u.username FROM listings l JOIN users u ON u.id = l.user_id WHERE l.removed_at IS NOT NULL"),
            vec!["tnguyen"]
        );
        assert_eq!(db.strings("SELECT reason FROM audit_log WHERE action = 'listing.remove'"), vec!["agency closed Decatur"]);
    }

    fn users_in_the_file_reuse_existing_accounts(db) {
        db.with_providers();
        // Maria already works at Acme Works under another username.
        db.isets(&["user", "add", "maria", "--first", "Maria", "--last", "Garcia",
                   "--email", "MARIA.GARCIA@prairieworkforce.example", "--dob", "1982-03-14",
                   "--org", "Acme Works", "--role", "provider-staff",
                   "--access-request", "IL444-1", "--authorized-by", "Lee"])
            .assert()
            .success();
        let before = counts(db);
        snapshot!("apply_u4_existing_account_asks_for_confirmation", db, &mut db.isets(&["apply", &fixture()]));
        assert_eq!(counts(db), before);
        db.isets(&["apply", &fixture(), "--yes"]).assert().success();
        assert_eq!(db.count("SELECT COUNT(*) FROM users WHERE lower(email) = 'maria.garcia@prairieworkforce.example'"), 1);
        assert_eq!(
            db.strings("SELECT o.name FROM listings l JOIN organizations o ON o.id = l.organization_id \
                        JOIN users u ON u.id = l.user_id WHERE u.username = 'maria' ORDER BY o.name"),
            vec!["Acme Works", "Prairie Workforce Partners"]
        );
        let plan = db.isets(&["plan", &fixture()]).output().expect("run");
        assert_eq!(plan.status.code(), Some(0), "reused accounts are unchanged next time: {}", stdout(&plan));
        // A file whose username for Thanh belongs to Maria's account is refused with its place.
        let clash = edited("username = \"tnguyen\"", "username = \"maria\"");
        let path = write_file(db, "clash.toml", &clash);
        let before = counts(db);
        snapshot!("apply_u4_username_of_another_person", db, &mut db.isets(&["apply", &path, "--yes"]));
        assert_eq!(counts(db), before);
    }

    fn only_a_super_user_onboards_a_new_provider(db) {
        db.with_providers();
        db.add_user("prog1", "Acme Works", "program-manager");
        db.add_user("wfd1", "IDHS", "wfd");
        let before = counts(db);
        for who in ["prog1", "wfd1"] {
            snapshot!(format!("apply_new_provider_denied_to_{who}"), db, &mut db.isets_as(who, &["apply", &fixture()]));
        }
        assert_eq!(counts(db), before);
    }
}

both! {
    fn a_large_write_keeps_one_unbroken_chain(db) {
        db.init();
        // One provider with 150 users: well over one multi-row audit insert.
        let mut text = String::from(
            "[[provider]]\nname = \"Big Agency\"\nspcq_approved_on = 2024-01-01\n\
             [[provider.location]]\nname = \"Main\"\naddress = \"1 Main St\"\ncounty = \"Cook\"\ndhs_office = \"Cook FCRC\"\n\
             [[provider.contract]]\nnumber = \"FCSBIG001\"\nprogram = \"snap-jp\"\nstart = 2025-07-01\nend = 2026-06-30\namount = \"1000\"\n",
        );
        for i in 0..150 {
            text.push_str(&format!(
                "[[provider.user]]\nusername = \"u{i:03}\"\nfirst = \"First{i}\"\nlast = \"Last{i}\"\nemail = \"u{i:03}@big.example\"\n\
                 dob = 1980-01-01\nrole = \"provider-staff\"\naccess_request = \"IL444-{i}\"\nauthorized_by = \"Boss\"\n"
            ));
        }
        let path = write_file(db, "big.toml", &text);
        db.isets(&["apply", &path]).assert().success();
        assert_eq!(db.count("SELECT COUNT(*) FROM users"), 151);
        let out = db.isets(&["audit", "verify", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["records"], db.count("SELECT COUNT(*) FROM audit_log"));
        assert!(db.count("SELECT COUNT(*) FROM audit_log") > 300);
        // Tampering with a record in the middle of a multi-row insert is still found.
        db.exec("UPDATE audit_log SET operator = 'mallory' WHERE id = 150");
        let out = db.isets(&["audit", "verify"]).output().expect("run");
        assert_eq!(out.status.code(), Some(5));
        assert!(stderr(&out).contains("audit chain broken at record 150"), "{}", stderr(&out));
    }
}
