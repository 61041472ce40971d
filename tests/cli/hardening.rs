//! The holes closed before customer data arrives: the clock, reads past the role table,
//! P1 and U2 at all times, P6 through `apply`, and the small ones (U1 dates of birth,
//! one answer for a duplicate contract, `init` refusing before it migrates, `plan`
//! reading without a write lock, apply-file errors naming a field once).

use serde_json::Value;

use crate::both;
use crate::support::*;

const ACME: &str = "Acme Works";
const BETA: &str = "Beta Jobs";

fn run(db: &TestDb, user: &str, args: &[&str]) -> std::process::Output {
    db.isets_as(user, args).output().expect("run")
}

fn json_of(db: &TestDb, user: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let out = run(db, user, &all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Writes an apply file into the test's folder and returns its path.
fn apply_file(db: &TestDb, name: &str, text: &str) -> String {
    let path = db.home().join(name);
    std::fs::write(&path, text).expect("write apply file");
    path.display().to_string()
}

/// One provider with a location, contracts and optional extra TOML under it.
fn provider_toml(name: &str, contract: &str, extra: &str) -> String {
    format!(
        r#"[[provider]]
name = "{name}"
spcq_approved_on = 2024-01-15

  [[provider.location]]
  name = "Main"
  address = "1 Main St"
  county = "Cook"
  dhs_office = "Cook Central FCRC"

  [[provider.contract]]
  number = "{contract}"
  program = "snap-jp"
  start = 2024-07-01
  end = 2027-06-30
  amount = "1000.00"
{extra}"#
    )
}

fn program_toml(fy: &str, activities: &str) -> String {
    format!(
        r#"
  [[provider.program]]
  contract = "FCSACME1"
  location = "Main"
  type = "snap-jp"
  fiscal_year = "{fy}"
  activities = {activities}
  part_time = true
  description = "Job search"
"#
    )
}

both! {
    fn clock_a_write_on_postgres_takes_the_databases_time_not_the_clients(db) {
        db.init();
        // The client pins its clock to 2001; the connection pins nothing.
        let mut cmd = db.isets(&["provider", "add", "Clocked", "--spcq-approved-on", "2000-01-01"]);
        cmd.env("ISETS_NOW", "2001-01-01T00:00:00Z")
            .env("ISETS_DATABASE_URL", db.url_unpinned(ADMIN));
        cmd.assert().success();
        let years: Vec<String> = db.strings(
            "SELECT CAST(created_at AS TEXT) FROM organizations WHERE name = 'Clocked'",
        );
        match db.kind {
            // SQLite's clock is this machine's, which a test build may pin.
            Kind::Sqlite => assert!(years[0].starts_with("2001-01-01"), "{years:?}"),
            // PostgreSQL's is the database's own `now()`.
            Kind::Postgres => assert!(!years[0].starts_with("2001"), "{years:?}"),
        }
    }

    fn leak_provider_show_lists_users_only_to_those_who_may_view_them(db) {
        db.with_providers();
        for (user, org, role) in [
            ("wfd1", "IDHS", "wfd"),
            ("bill1", "IDHS", "billing"),
            ("pm1", ACME, "provider-manager"),
            ("prog1", ACME, "program-manager"),
            ("staff1", ACME, "provider-staff"),
        ] {
            db.add_user(user, org, role);
        }
        for (user, sees_users) in [("wfd1", false), ("bill1", false), ("staff1", false), ("pm1", true), ("prog1", true)] {
            let v = json_of(db, user, &["provider", "show", ACME]);
            assert_eq!(v["users"].is_array(), sees_users, "{user}: {}", v["users"]);
            let table = stdout(&run(db, user, &["provider", "show", ACME]));
            assert_eq!(table.contains("\nUsers\n"), sees_users, "{user}: {table}");
            // Access-request references go only to those who may view users.
            assert_eq!(v.to_string().contains("IL444"), sees_users, "{user}: {v}");
        }
        assert_eq!(
            column(&json_of(db, "pm1", &["provider", "show", ACME])["users"], "username"),
            vec!["pm1", "prog1", "staff1"]
        );
    }

    fn leak_apply_answers_the_same_for_what_exists_elsewhere_and_what_does_not(db) {
        db.with_providers();
        db.add_user("prog1", ACME, "program-manager");
        db.add_user("beta1", BETA, "program-manager");
        // Another provider by name, and a name nobody has: the same refusal.
        let answer = |name: &str, contract: &str| {
            let file = apply_file(db, "f.toml", &provider_toml(name, contract, ""));
            let out = run(db, "prog1", &["apply", &file]);
            assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
            stderr(&out).replace(name, "NAME").replace(contract, "NUMBER")
        };
        assert_eq!(answer(BETA, "FCSBETA1"), answer("Nobody Inc", "FCSNONE1"));
        // A contract number used by another provider, added under one's own provider:
        // the refusal is the permission, not the number's owner.
        let theirs = apply_file(db, "c.toml", &provider_toml(ACME, "FCSBETA1", ""));
        let out = run(db, "prog1", &["apply", &theirs]);
        assert_eq!(out.status.code(), Some(7));
        assert!(!stderr(&out).contains(BETA), "{}", stderr(&out));
        // An existing account's email in a file: refused before any account is looked up.
        let user = r#"
  [[provider.user]]
  username = "other"
  first = "B"
  last = "Tester"
  email = "beta1@example.org"
  dob = 1985-06-07
  role = "provider-staff"
  access_request = "IL444-1"
  authorized_by = "Boss"
"#;
        let file = apply_file(db, "u.toml", &provider_toml(ACME, "FCSACME1", user));
        let out = run(db, "prog1", &["apply", &file]);
        assert_eq!(out.status.code(), Some(7));
        assert!(!stderr(&out).contains("beta1"), "{}", stderr(&out));
        assert!(stderr(&out).contains("add/remove users"), "{}", stderr(&out));
    }

    fn p1_u2_a_provider_grants_nothing_until_it_is_approved_and_complete(db) {
        db.init();
        db.isets(&["provider", "add", "Gamma", "--spcq-pending"]).assert().success();
        let v = json_of(db, ADMIN, &["provider", "show", "Gamma"]);
        assert_eq!(v["missing"], serde_json::json!(["location", "contract", "approved SPCQ"]));
        db.isets(&["provider", "set-spcq", "Gamma", "--approved-on", "2026-03-01"]).assert().success();
        // P1: no listing before a location and a contract.
        let add = ["user", "add", "g1", "--first", "G", "--last", "One", "--email", "g1@example.org",
                   "--dob", "1980-01-01", "--org", "Gamma", "--role", "provider-staff",
                   "--access-request", "IL444-1", "--authorized-by", "Boss"];
        let out = run(db, ADMIN, &add);
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(
            stderr(&out),
            "error: rule P1: provider \"Gamma\" has no location or no contract yet: nobody can be listed on it until it has both\n"
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM listings"), 1);
        db.isets(&["provider", "add-location", "Gamma", "--name", "Main", "--address", "1 Main St",
                   "--county", "Cook", "--dhs-office", "Cook FCRC"]).assert().success();
        db.isets(&["provider", "add-contract", "Gamma", "--number", "FCSGAM1", "--program", "snap-jp",
                   "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"]).assert().success();
        run(db, ADMIN, &add);
        assert!(run(db, "g1", &["provider", "show", "Gamma"]).status.success());
        assert_eq!(json_of(db, ADMIN, &["provider", "show", "Gamma"])["missing"], serde_json::json!([]));
        // U2 holds while: once the SPCQ is pending again, its users can do nothing.
        db.isets(&["provider", "set-spcq", "Gamma", "--pending"]).assert().success();
        let out = run(db, "g1", &["provider", "show", "Gamma"]);
        assert_eq!(out.status.code(), Some(7));
        assert_eq!(
            stderr(&out),
            "error: permission denied: operator \"g1\" is listed only on providers that grant nothing yet: \
             Gamma has no approved SPCQ on file (rule U2)\n"
        );
        let out = run(db, ADMIN, &["provider", "set-spcq", "Gamma", "--approved-on", "2026-03-03"]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    }

    fn p6_apply_never_changes_or_prunes_a_past_fiscal_years_program(db) {
        db.with_providers();
        let past = program_toml("FY25", r#"["SJS"]"#);
        let file = apply_file(db, "p.toml", &provider_toml(ACME, "FCSACME1", &past));
        db.isets(&["apply", &file]).assert().success();
        let activities = || db.strings("SELECT activity_code FROM program_activities ORDER BY activity_code");
        assert_eq!(activities(), vec!["SJS"]);
        // Changing it: refused at its place in the file, nothing written.
        let changed = program_toml("FY25", r#"["SJS", "JST"]"#);
        let file = apply_file(db, "p.toml", &provider_toml(ACME, "FCSACME1", &changed));
        let audit = db.count("SELECT COUNT(*) FROM audit_log");
        let out = run(db, ADMIN, &["apply", &file]);
        assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
        assert!(stderr(&out).starts_with(&format!("error: rule P6: {file}:18:3: program 1 is of FY25")), "{}", stderr(&out));
        assert!(stderr(&out).contains("read-only, never changed"), "{}", stderr(&out));
        assert_eq!(activities(), vec!["SJS"]);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), audit);
        // Pruning it: the plan keeps it and says why.
        let file = apply_file(db, "p.toml", &provider_toml(ACME, "FCSACME1", ""));
        let out = run(db, ADMIN, &["plan", &file, "--prune", "--format", "json"]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let plan: Value = serde_json::from_slice(&out.stdout).expect("json");
        let item = plan["items"].as_array().expect("items").iter()
            .find(|i| i["kind"] == "program").cloned().expect("program item");
        assert_eq!(item["verb"], "unchanged");
        assert_eq!(item["note"], "kept: FY25 is a past fiscal year, its programs are read-only (P6)");
        db.isets(&["apply", &file, "--prune", "--yes"]).assert().success();
        assert_eq!(db.count("SELECT COUNT(*) FROM programs WHERE removed_at IS NULL"), 1);
    }

    fn u1_a_date_of_birth_in_the_future_is_refused(db) {
        db.with_providers();
        let out = run(db, ADMIN, &["user", "add", "kid", "--first", "K", "--last", "Id", "--email", "k@example.org",
                                   "--dob", "2026-03-03", "--org", ACME, "--role", "provider-staff",
                                   "--access-request", "IL444-1", "--authorized-by", "Boss"]);
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(stderr(&out), "error: rule U1: --dob 2026-03-03 is in the future\n");
        let user = r#"
  [[provider.user]]
  username = "kid"
  first = "K"
  last = "Id"
  email = "k@example.org"
  dob = 2027-01-01
  role = "provider-staff"
  access_request = "IL444-1"
  authorized_by = "Boss"
"#;
        let file = apply_file(db, "u.toml", &provider_toml(ACME, "FCSACME1", user));
        let out = run(db, ADMIN, &["plan", &file]);
        assert_eq!(out.status.code(), Some(4));
        assert!(
            stderr(&out).starts_with(&format!("error: {file}:23:9: provider[0].user[0].dob: rule U1: 2027-01-01 is in the future\n")),
            "{}",
            stderr(&out)
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM users WHERE username = 'kid'"), 0);
    }

    fn p2_a_duplicate_contract_number_is_one_answer_everywhere(db) {
        db.with_providers();
        let out = run(db, ADMIN, &["provider", "add-contract", ACME, "--number", "FCSBETA1", "--program", "snap-jp",
                                   "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"]);
        assert_eq!(out.status.code(), Some(5));
        let cli = stderr(&out);
        assert_eq!(cli, "error: contract number FCSBETA1 is already used by provider Beta Jobs (P2: numbers are unique)\n");
        let file = apply_file(db, "c.toml", &provider_toml(ACME, "FCSBETA1", ""));
        let out = run(db, ADMIN, &["apply", &file]);
        assert_eq!(out.status.code(), Some(5));
        assert_eq!(
            stderr(&out),
            format!("error: {file}:11:3: contract number FCSBETA1 is already used by provider Beta Jobs (P2: numbers are unique)\n")
        );
    }

    fn apply_file_errors_name_the_field_once(db) {
        db.init();
        let file = apply_file(db, "d.toml", &provider_toml("Delta", "FCSD1", "").replace("2024-01-15", "\"2025-15-01\""));
        let out = run(db, ADMIN, &["plan", &file]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out).lines().next().unwrap_or_default(),
            format!("error: {file}:3:20: provider[0].spcq_approved_on: \"2025-15-01\" is not a date: use YYYY-MM-DD or MM/DD/YYYY")
        );
    }

    fn init_refuses_before_it_migrates(db) {
        db.init();
        // Pretend the newest migration is still to come.
        db.exec("DELETE FROM _sqlx_migrations WHERE version = 3");
        db.exec("DROP INDEX listings_user_idx");
        let out = db.isets(&["init", "--super-user", "again", "--first", "A", "--last", "B",
                             "--email", "a@b.example", "--dob", "1970-01-01"]).output().expect("run");
        assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
        assert_eq!(db.count("SELECT COUNT(*) FROM _sqlx_migrations WHERE version = 3"), 0);
    }

    fn plan_reads_without_taking_the_write_lock(db) {
        db.with_providers();
        let file = apply_file(db, "f.toml", &provider_toml(ACME, "FCSACME1", ""));
        db.while_writing(|| {
            let out = db.isets(&["plan", &file]).timeout(std::time::Duration::from_secs(20)).output().expect("run");
            assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        });
    }
}
