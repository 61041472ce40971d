//! `isets provider …`: providers, locations, contracts, programs, services, appointment
//! sites and schedules, worksites, audits and provider case notes (P1–P7, V5), and who
//! may run each of them (DOMAIN.md §1).
//!
//! Every refused command is checked to leave every provider table and the audit log as
//! it was. The clock is pinned to 2026-03-02, so the current fiscal year is FY26.

use serde_json::{Value, json};

use crate::both;
use crate::support::*;

const IDHS: &str = "IDHS";
const ACME: &str = "Acme Works";
const BETA: &str = "Beta Jobs";

/// Every SNAP E&T activity, other activity and support service of DOMAIN.md §4, in
/// the order `provider services` lists them.
pub(crate) const CATALOGUE: [&str; 23] = [
    "BE",
    "CW",
    "ELA",
    "INT",
    "JR",
    "JST",
    "OJT",
    "SJS",
    "TJ",
    "VT",
    "WRT",
    "A/BA",
    "CS",
    "E",
    "SE",
    "SET",
    "BOOKS",
    "CHILDCARE",
    "CLOTHING",
    "TESTING",
    "HOUSING",
    "HYGIENE",
    "TRANSPORTATION",
];

/// One row per table a provider command may write, plus sums that change when a row
/// is updated in place (amendments, removals, service switches).
const STATE: &str = "SELECT 'organizations', COUNT(*) FROM organizations \
    UNION ALL SELECT 'users', COUNT(*) FROM users \
    UNION ALL SELECT 'listings', COUNT(*) FROM listings \
    UNION ALL SELECT 'locations', COUNT(*) FROM locations \
    UNION ALL SELECT 'contracts', COUNT(*) FROM contracts \
    UNION ALL SELECT 'contract version sum', CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM contracts \
    UNION ALL SELECT 'contract cents sum', CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM contracts \
    UNION ALL SELECT 'contract_goals', COUNT(*) FROM contract_goals \
    UNION ALL SELECT 'goal target sum', CAST(COALESCE(SUM(target), 0) AS BIGINT) FROM contract_goals \
    UNION ALL SELECT 'contract_versions', COUNT(*) FROM contract_versions \
    UNION ALL SELECT 'programs', COUNT(*) FROM programs \
    UNION ALL SELECT 'removed programs', COUNT(*) FROM programs WHERE removed_at IS NOT NULL \
    UNION ALL SELECT 'program_activities', COUNT(*) FROM program_activities \
    UNION ALL SELECT 'program_criteria', COUNT(*) FROM program_criteria \
    UNION ALL SELECT 'provider_services', COUNT(*) FROM provider_services \
    UNION ALL SELECT 'enabled services', COUNT(*) FROM provider_services WHERE enabled \
    UNION ALL SELECT 'appointment_sites', COUNT(*) FROM appointment_sites \
    UNION ALL SELECT 'appointments', COUNT(*) FROM appointments \
    UNION ALL SELECT 'worksites', COUNT(*) FROM worksites \
    UNION ALL SELECT 'provider_audits', COUNT(*) FROM provider_audits \
    UNION ALL SELECT 'provider_notes', COUNT(*) FROM provider_notes \
    UNION ALL SELECT 'audit_log', COUNT(*) FROM audit_log";

fn state(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(STATE)
}

fn shown(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.contains(' ') || a.is_empty() {
                format!("{a:?}")
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `isets ARGS` as admin and insists it succeeds.
fn ok(db: &TestDb, args: &[&str]) -> std::process::Output {
    let out = db.isets(args).output().expect("run isets");
    assert!(
        out.status.success(),
        "[{:?}] `isets {}` failed ({:?}): {}",
        db.kind,
        shown(args),
        out.status.code(),
        stderr(&out)
    );
    out
}

/// Runs `isets ARGS --format json` as admin and parses stdout.
fn json(db: &TestDb, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend(["--format", "json"]);
    let out = ok(db, &full);
    serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("`isets {}`: not JSON ({e}): {}", shown(&full), stdout(&out)))
}

/// Runs `isets ARGS -q` as admin and returns the id it prints.
fn id_of(db: &TestDb, args: &[&str]) -> i64 {
    let mut full = args.to_vec();
    full.push("-q");
    let out = ok(db, &full);
    stdout(&out).trim().parse().unwrap_or_else(|e| {
        panic!(
            "`isets {}` printed no id ({e}): {}",
            shown(&full),
            stdout(&out)
        )
    })
}

/// Runs `isets ARGS` as admin, expects exit `code` and exactly `error: MESSAGE` on
/// stderr, and that nothing was written.
fn refused(db: &TestDb, args: &[&str], code: i32, message: &str) {
    let before = state(db);
    let out = db.isets(args).output().expect("run isets");
    assert_eq!(
        out.status.code(),
        Some(code),
        "[{:?}] `isets {}`: stderr {}",
        db.kind,
        shown(args),
        stderr(&out)
    );
    assert_eq!(
        stderr(&out),
        format!("error: {message}\n"),
        "[{:?}] `isets {}`",
        db.kind,
        shown(args)
    );
    assert!(
        stdout(&out).is_empty(),
        "`isets {}` printed data",
        shown(args)
    );
    assert_eq!(
        state(db),
        before,
        "[{:?}] refused `isets {}` wrote something",
        db.kind,
        shown(args)
    );
}

/// Like [`refused`] for messages worded by the argument parser: the code, a fragment
/// of the message, nothing written.
fn refused_like(db: &TestDb, args: &[&str], code: i32, fragment: &str) {
    let before = state(db);
    let out = db.isets(args).output().expect("run isets");
    assert_eq!(
        out.status.code(),
        Some(code),
        "`isets {}`: {}",
        shown(args),
        stderr(&out)
    );
    assert!(
        stderr(&out).contains(fragment),
        "`isets {}`: expected {fragment:?} in {}",
        shown(args),
        stderr(&out)
    );
    assert_eq!(
        state(db),
        before,
        "refused `isets {}` wrote something",
        shown(args)
    );
}

/// Runs a write with `--dry-run`: it succeeds, says so, reports the changes it would
/// make (their audit actions are returned) and writes nothing.
fn dry_run(db: &TestDb, args: &[&str]) -> Vec<String> {
    let before = state(db);
    let mut full = args.to_vec();
    full.extend(["--dry-run", "--format", "json"]);
    let out = ok(db, &full);
    assert!(
        stderr(&out).contains("dry run: nothing was written"),
        "{}",
        stderr(&out)
    );
    let outcome: Value = serde_json::from_str(&stdout(&out)).expect("outcome json");
    assert_eq!(outcome["dry_run"], json!(true));
    assert_eq!(
        state(db),
        before,
        "`isets {}` wrote something",
        shown(&full)
    );
    outcome["changes"]
        .as_array()
        .map(|c| {
            c.iter()
                .map(|c| c["action"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The last `n` audit records as "action|entity_id|operator".
fn audit_tail(db: &TestDb, n: usize) -> Vec<String> {
    let all = db
        .strings("SELECT action || '|' || entity_id || '|' || operator FROM audit_log ORDER BY id");
    all[all.len().saturating_sub(n)..].to_vec()
}

/// The newest audit record: action, entity id, before and after as JSON.
fn last_audit(db: &TestDb) -> (String, String, Value, Value) {
    let rows: Vec<(String, String, Option<String>, Option<String>)> =
        db.rows("SELECT action, entity_id, before, after FROM audit_log ORDER BY id DESC LIMIT 1");
    let (action, entity, before, after) = rows.into_iter().next().expect("an audit record");
    let parse = |s: Option<String>| {
        s.map(|s| serde_json::from_str(&s).expect("audit json"))
            .unwrap_or(Value::Null)
    };
    (action, entity, parse(before), parse(after))
}

/// `with_providers`: each provider with a location and an executed contract (P1).
fn contracted(db: &TestDb) {
    db.with_providers();
}

/// Adds a part-time program offering SJS and returns its id, of the program its
/// contract offers (P4).
pub(crate) fn add_program(
    db: &TestDb,
    provider: &str,
    contract: &str,
    location: &str,
    fy: &str,
) -> i64 {
    let kind = match contract {
        "FCSBETA1" => "earnfare",
        "FCSGAM1" => "snap-to-success",
        _ => "snap-jp",
    };
    id_of(
        db,
        &[
            "provider",
            "add-program",
            provider,
            "--contract",
            contract,
            "--location",
            location,
            "--type",
            kind,
            "--fiscal-year",
            fy,
            "--activity",
            "SJS",
            "--part-time",
            "--description",
            "Supervised job search",
        ],
    )
}

/// `add-program` arguments for Acme Works under FCSACME1 at Main, with `extra`.
fn acme_program<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "provider",
        "add-program",
        ACME,
        "--contract",
        "FCSACME1",
        "--location",
        "Main",
        "--type",
        "snap-jp",
    ];
    args.extend(extra);
    args
}

both! {
    fn p1_provider_show_reports_what_p1_still_needs(db) {
        db.init();
        let out = ok(db, &["provider", "add", "Gamma Corps", "--spcq-approved-on", "01/15/2025"]);
        let id = db.rows::<(i64,)>("SELECT id FROM organizations WHERE name = 'Gamma Corps'")[0].0;
        assert_eq!(
            stderr(&out),
            format!("added provider Gamma Corps (id {id}); P1: add a location and an executed contract next\n")
        );
        assert_eq!(
            db.rows::<(String, String)>(
                "SELECT kind, CAST(spcq_approved_on AS TEXT) FROM organizations WHERE name = 'Gamma Corps'"
            ),
            vec![("provider".into(), "2025-01-15".into())]
        );
        assert_eq!(audit_tail(db, 1), vec!["organization.create|Gamma Corps|admin"]);

        // P1: names are unique, whatever the case.
        refused(
            db,
            &["provider", "add", "GAMMA corps", "--spcq-approved-on", "2025-01-15"],
            5,
            &format!("provider \"Gamma Corps\" already exists (P1: provider names are unique; id {id})"),
        );
        refused(
            db,
            &["provider", "add", "Delta", "--spcq-approved-on", "2025-15-01"],
            2,
            "--spcq-approved-on: \"2025-15-01\" is not a date: use YYYY-MM-DD or MM/DD/YYYY",
        );

        let v = json(db, &["provider", "show", "gamma corps"]);
        assert_eq!(v["name"], json!("Gamma Corps"));
        assert_eq!(v["id"], json!(id));
        assert_eq!(v["spcq_approved_on"], json!("2025-01-15"));
        assert_eq!(v["missing"], json!(["location", "contract"]));
        for empty in ["locations", "contracts", "programs", "users"] {
            assert_eq!(v[empty], json!([]), "{empty}");
        }
        let table = stdout(&ok(db, &["provider", "show", "Gamma Corps"]));
        assert!(
            table.contains("| no: its users can do nothing until it has a location and a contract (P1, U2) |"),
            "{table}"
        );

        // A dry run of a location changes nothing; the real one leaves the contract missing.
        let location = [
            "provider", "add-location", "Gamma Corps", "--name", "Loop Office", "--address",
            "1 State St, Chicago", "--county", "Cook", "--dhs-office", "Western FCRC",
        ];
        assert_eq!(dry_run(db, &location), vec!["location.create"]);
        ok(db, &location);
        assert_eq!(
            db.rows::<(String, String, String, String)>(
                "SELECT name, address, county, dhs_office FROM locations"
            ),
            vec![("Loop Office".into(), "1 State St, Chicago".into(), "Cook".into(), "Western FCRC".into())]
        );
        let (action, _, before, after) = last_audit(db);
        assert_eq!(action, "location.create");
        assert_eq!(before, Value::Null);
        assert_eq!(
            after,
            json!({"name": "Loop Office", "address": "1 State St, Chicago", "county": "Cook", "dhs_office": "Western FCRC"})
        );
        assert_eq!(json(db, &["provider", "show", "Gamma Corps"])["missing"], json!(["contract"]));
        let table = stdout(&ok(db, &["provider", "show", "Gamma Corps"]));
        assert!(
            table.contains("| no: its users can do nothing until it has a contract (P1, U2) |"),
            "{table}"
        );

        // Location names are unique per provider; every field is required.
        refused(
            db,
            &["provider", "add-location", "Gamma Corps", "--name", "loop office", "--address", "x",
              "--county", "Cook", "--dhs-office", "x"],
            5,
            "provider Gamma Corps already has a location named \"loop office\"",
        );
        refused(
            db,
            &["provider", "add-location", "Gamma Corps", "--name", "Second", "--address", " ",
              "--county", "Cook", "--dhs-office", "x"],
            2,
            "--address: \" \" must not be empty",
        );

        ok(db, &["provider", "add-contract", "Gamma Corps", "--number", "FCSGAM1", "--program",
                 "snap-to-success", "--start", "2025-07-01", "--end", "2026-06-30", "--amount",
                 "5000", "--goal", "enrolled=10", "--goal", "credentials=3"]);
        db.add_user("gam1", "Gamma Corps", "program-manager");
        let program = add_program(db, "Gamma Corps", "FCSGAM1", "Loop Office", "FY26");
        let v = json(db, &["provider", "show", "Gamma Corps"]);
        assert_eq!(v["missing"], json!([]));
        let location_id = v["locations"][0]["id"].clone();
        assert!(location_id.is_i64(), "{v}");
        assert_eq!(
            v["locations"],
            json!([{"id": location_id, "name": "Loop Office", "address": "1 State St, Chicago",
                    "county": "Cook", "dhs_office": "Western FCRC"}])
        );
        assert_eq!(column(&v["contracts"], "number"), vec!["FCSGAM1"]);
        assert_eq!(v["contracts"][0]["program"], json!("snap-to-success"));
        assert_eq!(v["contracts"][0]["amount"], json!("5000.00"));
        assert_eq!(v["contracts"][0]["version"], json!(1));
        assert_eq!(v["contracts"][0]["goals"], json!({"credentials": 3, "enrolled": 10}));
        assert_eq!(column(&v["programs"], "id"), vec![program.to_string()]);
        assert_eq!(column(&v["users"], "username"), vec!["gam1"]);
        assert_eq!(column(&v["users"], "role"), vec!["program-manager"]);
        assert_eq!(column(&v["services"], "code"), CATALOGUE);
        let table = stdout(&ok(db, &["provider", "show", "Gamma Corps"]));
        assert!(
            table.lines().any(|l| l.starts_with("| active ") && l.contains("| yes")),
            "{table}"
        );

        // Locations are listed by name.
        let v = json(db, &["provider", "locations", "Gamma Corps"]);
        assert_eq!(column(&v, "name"), vec!["Loop Office"]);

        refused(db, &["provider", "show", "Nope"], 3, "provider \"Nope\" not found (see `isets provider list`)");
        refused(db, &["provider", "show", IDHS], 3, "\"IDHS\" is not a provider");
        refused(
            db,
            &["provider", "locations", "Nope"],
            3,
            "provider \"Nope\" not found (see `isets provider list`)",
        );
    }

    fn p1_list_filters_by_name_program_and_county(db) {
        contracted(db);
        ok(db, &["provider", "add", "Gamma Corps", "--spcq-approved-on", "2025-01-15"]);
        add_program(db, ACME, "FCSACME1", "Main", "FY26");
        db.add_user("pm1", ACME, "provider-manager");

        let v = json(db, &["provider", "list"]);
        assert_eq!(column(&v, "name"), vec![ACME, BETA, "Gamma Corps"]);
        assert_eq!(column(&v, "locations"), vec!["1", "1", "0"]);
        assert_eq!(column(&v, "contracts"), vec!["1", "1", "0"]);
        assert_eq!(column(&v, "programs"), vec!["1", "0", "0"]);
        assert_eq!(column(&v, "users"), vec!["1", "0", "0"]);
        assert_eq!(column(&v, "spcq_approved_on"), vec!["2024-01-15", "2024-02-01", "2025-01-15"]);

        let names = |args: &[&str]| -> Vec<String> {
            let mut full = vec!["provider", "list"];
            full.extend(args);
            column(&json(db, &full), "name")
        };
        assert_eq!(names(&["--name", "ACME"]), vec![ACME]);
        assert_eq!(names(&["--name", "jobs"]), vec![BETA]);
        assert_eq!(names(&["--name", "a"]), vec![ACME, BETA, "Gamma Corps"]);
        assert_eq!(names(&["--program", "snap-jp"]), vec![ACME]);
        assert_eq!(names(&["--program", "earnfare"]), vec![BETA]);
        assert_eq!(names(&["--program", "snap-to-success"]), Vec::<String>::new());
        assert_eq!(names(&["--county", "cook"]), vec![ACME]);
        assert_eq!(names(&["--county", "LAKE"]), vec![BETA]);
        assert_eq!(names(&["--county", "Coo"]), Vec::<String>::new());
        assert_eq!(names(&["--county", "Lake", "--program", "earnfare", "--name", "beta"]), vec![BETA]);
        assert_eq!(names(&["--county", "Lake", "--program", "snap-jp"]), Vec::<String>::new());

        let out = ok(db, &["provider", "list", "--county", "Lake", "-q"]);
        assert_eq!(stdout(&out), "Beta Jobs\n");
        let out = ok(db, &["provider", "list", "--name", "zzz"]);
        assert_eq!(stdout(&out), "");
        assert_eq!(stderr(&out), "no providers\n");
        refused_like(db, &["provider", "list", "--program", "bogus"], 2, "invalid value 'bogus' for '--program <PROGRAM>'");
    }

    fn p2_contract_numbers_are_unique(db) {
        db.with_providers();
        let out = ok(db, &["provider", "add-contract", ACME, "--number", "fcsabc123", "--program", "snap-jp",
                           "--start", "07/01/2025", "--end", "2026-06-30", "--amount", "$250,000.00",
                           "--goal", "enrolled=100", "--goal", "Employed=40", "--goal", "retained-90-days=20"]);
        assert_eq!(stderr(&out), "added contract FCSABC123 (snap-jp, 2025-07-01 … 2026-06-30)\n");
        assert_eq!(stdout(&out), "created contract \"FCSABC123\"\n");
        assert_eq!(
            db.rows::<(String, String, String, String, i64, i64)>(
                "SELECT number, program, CAST(start_date AS TEXT), CAST(end_date AS TEXT), amount_cents, version FROM contracts WHERE number = 'FCSABC123'"
            ),
            vec![("FCSABC123".into(), "snap-jp".into(), "2025-07-01".into(), "2026-06-30".into(), 25_000_000, 1)]
        );
        assert_eq!(
            db.strings("SELECT g.category || '=' || CAST(g.target AS TEXT) FROM contract_goals g \
                        JOIN contracts c ON c.id = g.contract_id WHERE c.number = 'FCSABC123' ORDER BY g.category"),
            vec!["employed=40", "enrolled=100", "retained-90-days=20"]
        );
        let (action, entity, before, after) = last_audit(db);
        assert_eq!((action.as_str(), entity.as_str(), before), ("contract.create", "FCSABC123", Value::Null));
        assert_eq!(
            after,
            json!({"number": "FCSABC123", "program": "snap-jp", "start_date": "2025-07-01", "end_date": "2026-06-30",
                   "amount": "250000.00", "goals": {"employed": 40, "enrolled": 100, "retained-90-days": 20}})
        );
        let v = json(db, &["provider", "contracts", ACME]);
        assert_eq!(column(&v, "number"), vec!["FCSACME1", "FCSABC123"]);
        assert_eq!(v[1]["goals"], json!({"employed": 40, "enrolled": 100, "retained-90-days": 20}));
        assert_eq!(column(&json(db, &["provider", "contracts", BETA]), "number"), vec!["FCSBETA1"]);

        // The number is unique across providers, whatever the case.
        for provider in [ACME, BETA] {
            refused(
                db,
                &["provider", "add-contract", provider, "--number", "FcsAbc123", "--program", "earnfare",
                  "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"],
                5,
                "contract number FCSABC123 is already used by provider Acme Works (P2: numbers are unique)",
            );
        }
        refused(
            db,
            &["provider", "add-contract", ACME, "--number", "ab", "--program", "snap-jp",
              "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"],
            2,
            "--number: \"ab\" is not a contract number (letters, digits and dashes, e.g. FCSABC123)",
        );
        assert_eq!(
            dry_run(db, &["provider", "add-contract", BETA, "--number", "FCSBETA9", "--program", "earnfare",
                          "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10", "--goal", "exits=1"]),
            vec!["contract.create"]
        );
    }

    fn p2_contract_terms_are_checked(db) {
        db.with_providers();
        let contract = |number: &'static str, start: &'static str, end: &'static str, amount: &'static str| {
            vec!["provider", "add-contract", ACME, "--number", number, "--program", "snap-jp",
                 "--start", start, "--end", end, "--amount", amount]
        };
        refused(
            db,
            &contract("XYZ1", "2026-07-01", "2026-06-30", "10"),
            4,
            "rule P2: contract XYZ1: start 2026-07-01 is after end 2026-06-30",
        );
        // `--amount -5` would read as a flag; `--amount=-5` passes the value.
        let mut negative = contract("XYZ2", "2025-07-01", "2026-06-30", "0");
        negative.truncate(negative.len() - 2);
        negative.push("--amount=-5");
        refused(db, &negative, 4, "rule P2: contract XYZ2: amount -5.00 is negative");
        for (goal, message) in [
            ("foo=1", "goal category: \"foo\" is not one of enrolled, active, employed, retained-90-days, credentials, completed-activity, exits (P2)"),
            ("enrolled=-1", "--goal: \"enrolled=-1\" needs a whole number target ≥ 0"),
            ("enrolled=1.5", "--goal: \"enrolled=1.5\" needs a whole number target ≥ 0"),
            ("enrolled", "--goal: \"enrolled\" is not CATEGORY=N"),
        ] {
            let mut args = contract("XYZ3", "2025-07-01", "2026-06-30", "10");
            args.extend(["--goal", goal]);
            refused(db, &args, 2, message);
        }
        let mut twice = contract("XYZ3", "2025-07-01", "2026-06-30", "10");
        twice.extend(["--goal", "enrolled=1", "--goal", "ENROLLED=2"]);
        refused(db, &twice, 2, "--goal: \"ENROLLED=2\" gives the same category twice");
        refused(
            db,
            &["provider", "add-contract", "Nope", "--number", "XYZ4", "--program", "snap-jp",
              "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"],
            3,
            "provider \"Nope\" not found (see `isets provider list`)",
        );
        refused(
            db,
            &["provider", "add-contract", IDHS, "--number", "XYZ4", "--program", "snap-jp",
              "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"],
            3,
            "\"IDHS\" is not a provider",
        );
        refused_like(
            db,
            &["provider", "add-contract", ACME, "--number", "XYZ4", "--program", "snap",
              "--start", "2025-07-01", "--end", "2026-06-30", "--amount", "10"],
            2,
            "invalid value 'snap' for '--program <PROGRAM>'",
        );
        refused_like(
            db,
            &["provider", "add-contract", ACME, "--number", "XYZ4", "--program", "snap-jp",
              "--start", "2025-07-01", "--amount", "10"],
            2,
            "--end <DATE>",
        );
        // A one-day contract is a valid one: start = end.
        ok(db, &contract("XYZ5", "2025-07-01", "2025-07-01", "0"));
        assert_eq!(db.strings("SELECT number FROM contracts WHERE number LIKE 'XYZ%'"), vec!["XYZ5"]);
        assert_eq!(
            db.count("SELECT COUNT(*) FROM contract_goals g JOIN contracts c ON c.id = g.contract_id WHERE c.number = 'XYZ5'"),
            0
        );
    }

    fn p2_amendment_keeps_the_earlier_version(db) {
        contracted(db);
        let out = ok(db, &["provider", "amend-contract", "fcsacme1", "--amount", "260000.50",
                           "--goal", "employed=45", "--goal", "exits=10"]);
        assert_eq!(stderr(&out), "contract FCSACME1 is now version 2; version 1 is kept\n");
        assert_eq!(
            db.rows::<(i64, i64, String)>(
                "SELECT version, amount_cents, CAST(end_date AS TEXT) FROM contracts WHERE number = 'FCSACME1'"
            ),
            vec![(2, 26_000_050, "2027-06-30".into())]
        );
        assert_eq!(
            db.strings(
                "SELECT g.category || '=' || CAST(g.target AS TEXT) FROM contract_goals g \
                 JOIN contracts c ON c.id = g.contract_id WHERE c.number = 'FCSACME1' ORDER BY g.category"
            ),
            vec!["employed=45", "enrolled=100", "exits=10"]
        );
        let versions: Vec<(i64, String, String)> =
            db.rows("SELECT version, snapshot, replaced_by FROM contract_versions");
        assert_eq!(versions.len(), 1);
        assert_eq!((versions[0].0, versions[0].2.as_str()), (1, "admin"));
        let snapshot: Value = serde_json::from_str(&versions[0].1).expect("snapshot json");
        assert_eq!(snapshot["version"], json!(1));
        assert_eq!(snapshot["amount"], json!("250000.00"));
        assert_eq!(snapshot["goals"], json!({"employed": 40, "enrolled": 100}));
        let (action, entity, before, after) = last_audit(db);
        assert_eq!((action.as_str(), entity.as_str()), ("contract.amend", "FCSACME1"));
        assert_eq!(
            before,
            json!({"program": "snap-jp", "start_date": "2024-07-01", "end_date": "2027-06-30",
                   "amount": "250000.00", "goals": {"employed": 40, "enrolled": 100}})
        );
        assert_eq!(
            after,
            json!({"program": "snap-jp", "start_date": "2024-07-01", "end_date": "2027-06-30",
                   "amount": "260000.50", "goals": {"employed": 45, "enrolled": 100, "exits": 10}})
        );

        let out = ok(db, &["provider", "amend-contract", "FCSACME1", "--end", "06/30/2028", "--program", "snap-to-success"]);
        assert_eq!(stderr(&out), "contract FCSACME1 is now version 3; version 2 is kept\n");

        let v = json(db, &["provider", "contracts", ACME, "--history"]);
        assert_eq!(column(&v, "version"), vec!["1", "2", "3"]);
        assert_eq!(column(&v, "current"), vec!["false", "false", "true"]);
        assert_eq!(column(&v, "amount"), vec!["250000.00", "260000.50", "260000.50"]);
        assert_eq!(column(&v, "end_date"), vec!["2027-06-30", "2027-06-30", "2028-06-30"]);
        assert_eq!(column(&v, "program"), vec!["snap-jp", "snap-jp", "snap-to-success"]);
        assert_eq!(column(&v, "replaced_by"), vec!["admin", "admin", "null"]);
        assert_eq!(column(&v, "replaced_at"), vec!["2026-03-02T15:04:05Z", "2026-03-02T15:04:05Z", "null"]);
        assert_eq!(v[0]["goals"], json!({"employed": 40, "enrolled": 100}));
        assert_eq!(v[2]["goals"], json!({"employed": 45, "enrolled": 100, "exits": 10}));
        let v = json(db, &["provider", "contracts", ACME]);
        assert_eq!(column(&v, "version"), vec!["3"]);
        assert_eq!(v[0].get("current"), None);
        assert_eq!(db.count("SELECT COUNT(*) FROM contract_versions"), 2);

        refused(
            db,
            &["provider", "amend-contract", "FCSACME1", "--amount", "260,000.50", "--goal", "exits=10"],
            2,
            "contract FCSACME1: the amendment changes nothing",
        );
        refused(db, &["provider", "amend-contract", "FCSACME1"], 2, "contract FCSACME1: the amendment changes nothing");
        refused(
            db,
            &["provider", "amend-contract", "FCSACME1", "--start", "2029-01-01"],
            4,
            "rule P2: contract FCSACME1: start 2029-01-01 is after end 2028-06-30",
        );
        refused(db, &["provider", "amend-contract", "NOPE1", "--amount", "3"], 3, "contract NOPE1 not found");
        refused(
            db,
            &["provider", "amend-contract", "FCSACME1", "--goal", "bogus=3"],
            2,
            "goal category: \"bogus\" is not one of enrolled, active, employed, retained-90-days, credentials, completed-activity, exits (P2)",
        );
        assert_eq!(
            dry_run(db, &["provider", "amend-contract", "FCSACME1", "--amount", "1"]),
            vec!["contract.amend"]
        );
        // The other provider's contract is untouched throughout.
        assert_eq!(
            db.rows::<(i64, i64)>("SELECT version, amount_cents FROM contracts WHERE number = 'FCSBETA1'"),
            vec![(1, 100_000)]
        );
    }

    fn p3_fiscal_years_accept_fy25_and_2025(db) {
        contracted(db);
        let mut ids = Vec::new();
        for (fy, label) in [("FY25", "FY25"), ("2025", "FY25"), ("fy26", "FY26"), ("27", "FY27")] {
            let out = ok(db, &acme_program(&["--fiscal-year", fy, "--activity", "JST", "--full-time",
                                             "--description", "Job search training"]));
            let id: i64 = db.rows::<(i64,)>("SELECT MAX(id) FROM programs")[0].0;
            assert_eq!(stderr(&out), format!("added program {id} (snap-jp {label})\n"));
            ids.push(id.to_string());
        }
        assert_eq!(
            db.rows::<(i64,)>("SELECT fiscal_year FROM programs ORDER BY id"),
            vec![(2025,), (2025,), (2026,), (2027,)]
        );
        let v = json(db, &["provider", "programs", ACME]);
        assert_eq!(column(&v, "id"), ids);
        assert_eq!(column(&v, "fiscal_year"), vec!["FY25", "FY25", "FY26", "FY27"]);
        for fy in ["FY25", "2025", "fy25", "25"] {
            let v = json(db, &["provider", "programs", ACME, "--fiscal-year", fy]);
            assert_eq!(column(&v, "id"), ids[..2].to_vec(), "--fiscal-year {fy}");
        }
        let v = json(db, &["provider", "programs", ACME, "--fiscal-year", "2026"]);
        assert_eq!(column(&v, "id"), vec![ids[2].clone()]);
        assert_eq!(json(db, &["provider", "programs", ACME, "--fiscal-year", "FY30"]), json!([]));

        for bad in ["FY2", "1999", "2025-26", "FY 25", "next"] {
            refused(
                db,
                &acme_program(&["--fiscal-year", bad, "--activity", "JST", "--full-time", "--description", "x"]),
                2,
                &format!("--fiscal-year: {bad:?} is not a fiscal year: use FY25 or 2025 (P3)"),
            );
        }
        refused(
            db,
            &["provider", "programs", ACME, "--fiscal-year", "FY2025-26"],
            2,
            "--fiscal-year: \"FY2025-26\" is not a fiscal year: use FY25 or 2025 (P3)",
        );
    }

    fn p4_program_needs_activities_and_full_or_part_time(db) {
        contracted(db);
        let out = ok(db, &acme_program(&[
            "--fiscal-year", "FY26", "--activity", "sjs", "--activity", "JST", "--activity", "SJS",
            "--activity", "a/ba", "--full-time", "--part-time", "--description", "  Job search for ABAWDs  ",
            "--target-occupation", "43-4051", "--criterion", "ABAWD", "--criterion", " Cook County ",
            "--criterion", "ABAWD",
        ]));
        let id = db.rows::<(i64,)>("SELECT MAX(id) FROM programs")[0].0;
        assert_eq!(stderr(&out), format!("added program {id} (snap-jp FY26)\n"));
        assert_eq!(
            db.rows::<(String, String, String, i64, String, String, String, String)>(
                "SELECT c.number, l.name, p.program_type, p.fiscal_year, \
                 CASE WHEN p.full_time THEN 'full' ELSE '-' END, CASE WHEN p.part_time THEN 'part' ELSE '-' END, \
                 p.description, COALESCE(p.target_occupation, '') \
                 FROM programs p JOIN contracts c ON c.id = p.contract_id JOIN locations l ON l.id = p.location_id"
            ),
            vec![("FCSACME1".into(), "Main".into(), "snap-jp".into(), 2026, "full".into(), "part".into(),
                  "Job search for ABAWDs".into(), "43-4051".into())]
        );
        assert_eq!(db.strings("SELECT activity_code FROM program_activities ORDER BY activity_code"), vec!["A/BA", "JST", "SJS"]);
        assert_eq!(db.strings("SELECT criterion FROM program_criteria ORDER BY criterion"), vec!["ABAWD", "Cook County"]);
        let (action, entity, _, after) = last_audit(db);
        assert_eq!((action, entity), ("program.create".to_string(), id.to_string()));
        let expected = json!({
            "contract": "FCSACME1", "location": "Main", "program_type": "snap-jp", "fiscal_year": "FY26",
            "activities": ["A/BA", "JST", "SJS"], "full_time": true, "part_time": true,
            "description": "Job search for ABAWDs", "target_occupation": "43-4051",
            "criteria": ["ABAWD", "Cook County"],
        });
        assert_eq!(after, expected);
        let mut view = expected.clone();
        view["id"] = json!(id);
        view["provider"] = json!(ACME);
        view["removed_at"] = Value::Null;
        assert_eq!(json(db, &["provider", "program", &id.to_string()]), view);
        let table = stdout(&ok(db, &["provider", "program", &id.to_string()]));
        assert!(
            table.contains("A/BA (Associates/Bachelor degree), JST (Job Search Training), SJS (Supervised Job Search)"),
            "{table}"
        );

        let base = ["--fiscal-year", "FY26", "--description", "x"];
        let with = |extra: &[&'static str]| {
            let mut args = acme_program(&base);
            args.extend(extra);
            args
        };
        refused(db, &with(&["--full-time"]), 4,
            "rule P4: a program lists the activities it is contracted to provide: give at least one activity");
        refused(db, &with(&["--activity", "SJS"]), 4,
            "rule P4: a program is full time and/or part time: say which (or both)");
        refused(
            db,
            &acme_program(&["--fiscal-year", "FY26", "--description", "   ", "--activity", "SJS", "--part-time"]),
            4,
            "rule P4: a program needs a description",
        );
        refused(db, &with(&["--activity", "BOOKS", "--part-time"]), 2,
            "--activity: \"BOOKS\" is not in the catalogue (DOMAIN.md §4): one of BE, CW, ELA, INT, JR, JST, OJT, SJS, TJ, VT, WRT, A/BA, CS, E, SE, SET");
        refused(db, &with(&["--activity", "SJS", "--part-time", "--target-occupation", "434051"]), 2,
            "--target-occupation: \"434051\" is not a six-digit SOC code such as 43-4051");
        refused_like(db, &["provider", "add-program", ACME, "--contract", "FCSACME1", "--location", "Main",
                           "--fiscal-year", "FY26", "--activity", "SJS", "--part-time"], 2, "--type <PROGRAM_TYPE>");
        refused(
            db,
            &["provider", "add-program", ACME, "--contract", "FCSACME1", "--location", "Nowhere", "--type", "snap-jp",
              "--fiscal-year", "FY26", "--activity", "SJS", "--part-time", "--description", "x"],
            3,
            "location \"Nowhere\" not found at provider Acme Works",
        );
        refused(
            db,
            &["provider", "add-program", ACME, "--contract", "NOPE1", "--location", "Main", "--type", "snap-jp",
              "--fiscal-year", "FY26", "--activity", "SJS", "--part-time", "--description", "x"],
            3,
            "contract NOPE1 not found at provider Acme Works",
        );
        // A program belongs to a contract of its own provider (P4); another provider's
        // contract reads the same as one that does not exist.
        refused(
            db,
            &["provider", "add-program", ACME, "--contract", "FCSBETA1", "--location", "Main", "--type", "earnfare",
              "--fiscal-year", "FY26", "--activity", "CW", "--part-time", "--description", "x"],
            3,
            "contract FCSBETA1 not found at provider Acme Works",
        );
        // P4: the program's type is the program its contract offers.
        refused(
            db,
            &["provider", "add-program", ACME, "--contract", "FCSACME1", "--location", "Main", "--type", "earnfare",
              "--fiscal-year", "FY26", "--activity", "CW", "--part-time", "--description", "x"],
            4,
            "rule P4: type: earnfare differs from the program contract FCSACME1 offers (snap-jp); a program is of its contract's program",
        );
        refused(
            db,
            &["provider", "add-program", BETA, "--contract", "FCSBETA1", "--location", "Main", "--type", "earnfare",
              "--fiscal-year", "FY26", "--activity", "CW", "--part-time", "--description", "x"],
            3,
            "location \"Main\" not found at provider Beta Jobs",
        );
        assert_eq!(
            dry_run(db, &with(&["--activity", "VT", "--part-time"])),
            vec!["program.create"]
        );
        refused(db, &["provider", "program", "999"], 3, "program 999 not found");
    }

    fn p4_fiscal_year_must_overlap_the_contract(db) {
        db.with_providers();
        // FCSEND25 lasts one day, the last of FY25; FCSFY26 is exactly FY26.
        for (number, start, end) in [("FCSEND25", "2025-06-30", "2025-06-30"), ("FCSFY26", "2025-07-01", "2026-06-30")] {
            ok(db, &["provider", "add-contract", ACME, "--number", number, "--program", "snap-jp",
                     "--start", start, "--end", end, "--amount", "100"]);
        }
        add_program(db, ACME, "FCSEND25", "Main", "FY25");
        add_program(db, ACME, "FCSFY26", "Main", "2026");
        let outside = |contract: &'static str, fy: &'static str| {
            vec!["provider", "add-program", ACME, "--contract", contract, "--location", "Main", "--type", "snap-jp",
                 "--fiscal-year", fy, "--activity", "SJS", "--part-time", "--description", "x"]
        };
        refused(db, &outside("FCSEND25", "FY26"), 4,
            "rule P4: fiscal year FY26 (2025-07-01 … 2026-06-30) falls outside contract FCSEND25 (2025-06-30 … 2025-06-30)");
        refused(db, &outside("FCSEND25", "FY24"), 4,
            "rule P4: fiscal year FY24 (2023-07-01 … 2024-06-30) falls outside contract FCSEND25 (2025-06-30 … 2025-06-30)");
        refused(db, &outside("FCSFY26", "FY25"), 4,
            "rule P4: fiscal year FY25 (2024-07-01 … 2025-06-30) falls outside contract FCSFY26 (2025-07-01 … 2026-06-30)");
        refused(db, &outside("FCSFY26", "2027"), 4,
            "rule P4: fiscal year FY27 (2026-07-01 … 2027-06-30) falls outside contract FCSFY26 (2025-07-01 … 2026-06-30)");
        assert_eq!(
            db.strings("SELECT c.number || ' ' || CAST(p.fiscal_year AS TEXT) FROM programs p JOIN contracts c ON c.id = p.contract_id ORDER BY p.id"),
            vec!["FCSEND25 2025", "FCSFY26 2026"]
        );
    }

    fn p5_new_provider_has_every_service_enabled(db) {
        db.with_providers();
        for provider in [ACME, BETA] {
            let v = json(db, &["provider", "services", provider]);
            assert_eq!(column(&v, "code"), CATALOGUE, "{provider}");
            assert!(column(&v, "enabled").iter().all(|e| e == "true"), "{provider}: {v}");
            let kinds = column(&v, "kind");
            assert_eq!(kinds.iter().filter(|k| *k == "snap-et").count(), 11);
            assert_eq!(kinds.iter().filter(|k| *k == "other").count(), 5);
            assert_eq!(kinds.iter().filter(|k| *k == "support-service").count(), 7);
        }
        assert!(column(&json(db, &["provider", "show", ACME])["services"], "enabled").iter().all(|e| e == "true"));

        ok(db, &["provider", "services", ACME, "--disable", "sjs", "--disable", "Books"]);
        assert_eq!(
            db.strings("SELECT s.code FROM provider_services s JOIN organizations o ON o.id = s.organization_id \
                        WHERE o.name = 'Acme Works' AND NOT s.enabled ORDER BY s.code"),
            vec!["BOOKS", "SJS"]
        );
        assert_eq!(
            audit_tail(db, 2),
            vec!["service.disable|Acme Works/SJS|admin", "service.disable|Acme Works/BOOKS|admin"]
        );
        let (_, _, before, after) = last_audit(db);
        assert_eq!((before, after), (json!({"code": "BOOKS", "enabled": true}), json!({"code": "BOOKS", "enabled": false})));
        let disabled = |provider: &str| -> Vec<String> {
            let v = json(db, &["provider", "services", provider]);
            v.as_array()
                .map(|rows| rows.iter().filter(|r| r["enabled"] == json!(false)).map(|r| r["code"].as_str().unwrap_or("?").to_string()).collect())
                .unwrap_or_default()
        };
        assert_eq!(disabled(ACME), vec!["SJS", "BOOKS"]);
        assert_eq!(disabled(BETA), Vec::<String>::new());
        let detail = json(db, &["provider", "show", ACME]);
        let off: Vec<&Value> = detail["services"].as_array().map(|s| s.iter().filter(|s| s["enabled"] == json!(false)).collect()).unwrap_or_default();
        assert_eq!(off.len(), 2);
        let csv = stdout(&ok(db, &["provider", "services", ACME, "--format", "csv"]));
        assert!(csv.starts_with("code,name,kind,enabled\n"), "{csv}");
        assert!(csv.contains("\nSJS,Supervised Job Search,snap-et,false\n"), "{csv}");
        assert!(csv.contains("\nVT,Vocational Training,snap-et,true\n"), "{csv}");

        ok(db, &["provider", "services", ACME, "--enable", "SJS", "--disable", "Clothing"]);
        assert_eq!(disabled(ACME), vec!["BOOKS", "CLOTHING"]);
        assert_eq!(
            audit_tail(db, 2),
            vec!["service.enable|Acme Works/SJS|admin", "service.disable|Acme Works/CLOTHING|admin"]
        );

        // Asking for what is already so writes nothing, not even an audit record.
        let before = state(db);
        let out = ok(db, &["provider", "services", ACME, "--disable", "BOOKS", "--enable", "VT"]);
        assert_eq!(stderr(&out), "nothing to change: the services were already as asked\nno changes\n");
        assert_eq!(state(db), before);

        refused(db, &["provider", "services", ACME, "--enable", "VT", "--disable", "vt"], 2, "VT is both enabled and disabled");
        refused(db, &["provider", "services", ACME, "--disable", "XX"], 2,
            "--enable/--disable: \"XX\" is not in the catalogue (DOMAIN.md §4): one of BE, CW, ELA, INT, JR, JST, OJT, SJS, TJ, VT, WRT, A/BA, CS, E, SE, SET, BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE, TRANSPORTATION");
        refused(db, &["provider", "services", "Nope", "--disable", "VT"], 3, "provider \"Nope\" not found (see `isets provider list`)");
        assert_eq!(dry_run(db, &["provider", "services", BETA, "--disable", "CW", "--disable", "TJ"]),
                   vec!["service.disable", "service.disable"]);
        assert_eq!(disabled(BETA), Vec::<String>::new());
    }

    fn p6_past_fiscal_year_programs_are_never_removed(db) {
        contracted(db);
        let fy25 = add_program(db, ACME, "FCSACME1", "Main", "FY25");
        let fy26 = add_program(db, ACME, "FCSACME1", "Main", "FY26");
        let fy27 = add_program(db, ACME, "FCSACME1", "Main", "FY27");
        let fy27b = add_program(db, ACME, "FCSACME1", "Main", "FY27");

        refused(
            db,
            &["provider", "remove-program", &fy25.to_string(), "--yes"],
            4,
            &format!("rule P6: program {fy25} is of FY25, a past fiscal year (the current one is FY26): programs of past fiscal years are read-only, never removed"),
        );
        refused(
            db,
            &["provider", "remove-program", &fy25.to_string(), "--dry-run"],
            4,
            &format!("rule P6: program {fy25} is of FY25, a past fiscal year (the current one is FY26): programs of past fiscal years are read-only, never removed"),
        );
        // Without --yes and without a terminal to ask on, nothing is removed.
        refused(
            db,
            &["provider", "remove-program", &fy26.to_string()],
            10,
            &format!("Remove program {fy26} (snap-jp FY26 at Main, contract FCSACME1)? — no terminal to confirm on: re-run with --yes"),
        );
        assert_eq!(dry_run(db, &["provider", "remove-program", &fy27.to_string()]), vec!["program.remove"]);

        ok(db, &["provider", "remove-program", &fy26.to_string(), "--yes"]);
        ok(db, &["provider", "remove-program", &fy27.to_string(), "-y", "--reason", "contract changed"]);
        assert_eq!(
            db.rows::<(i64, i64, String, String)>(
                "SELECT id, fiscal_year, CASE WHEN removed_at IS NULL THEN 'kept' ELSE 'removed' END, COALESCE(removed_by, '') \
                 FROM programs ORDER BY id"
            ),
            vec![
                (fy25, 2025, "kept".into(), String::new()),
                (fy26, 2026, "removed".into(), "admin".into()),
                (fy27, 2027, "removed".into(), "admin".into()),
                (fy27b, 2027, "kept".into(), String::new()),
            ]
        );
        // The removed rows keep their activities; the removals are audited with a reason.
        assert_eq!(db.count("SELECT COUNT(*) FROM program_activities"), 4);
        assert_eq!(
            audit_tail(db, 2),
            vec![format!("program.remove|{fy26}|admin"), format!("program.remove|{fy27}|admin")]
        );
        assert_eq!(
            db.rows::<(Option<String>,)>("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1"),
            vec![(Some("contract changed".to_string()),)]
        );
        let (_, _, before, after) = last_audit(db);
        assert_eq!(before["fiscal_year"], json!("FY27"));
        assert_eq!(after, Value::Null);

        let listed = json(db, &["provider", "programs", ACME]);
        assert_eq!(column(&listed, "id"), vec![fy25.to_string(), fy27b.to_string()]);
        assert_eq!(column(&json(db, &["provider", "list"]), "programs"), vec!["2", "0"]);
        let removed = json(db, &["provider", "program", &fy26.to_string()]);
        assert_eq!(removed["removed_at"], json!("2026-03-02T15:04:05Z"));

        refused(db, &["provider", "remove-program", &fy26.to_string(), "--yes"], 5,
            &format!("program {fy26} was already removed"));
        refused(db, &["provider", "remove-program", "999", "--yes"], 3, "program 999 not found");
        refused_like(db, &["provider", "remove-program", "abc", "--yes"], 2, "invalid value 'abc'");
    }

    fn p7_appointment_sites_and_weekly_schedules(db) {
        contracted(db);
        let out = ok(db, &["provider", "add-appointment-site", ACME, "--name", "Front Desk", "--location", "main",
                           "--instructions", "Bring an ID and the referral form"]);
        assert_eq!(stderr(&out), "");
        ok(db, &["provider", "add-appointment-site", ACME, "--name", "Phone Line"]);
        assert_eq!(
            db.rows::<(String, String, String)>(
                "SELECT s.name, COALESCE(l.name, '-'), s.instructions FROM appointment_sites s \
                 LEFT JOIN locations l ON l.id = s.location_id ORDER BY s.id"
            ),
            vec![
                ("Front Desk".into(), "Main".into(), "Bring an ID and the referral form".into()),
                ("Phone Line".into(), "-".into(), String::new()),
            ]
        );
        assert_eq!(audit_tail(db, 2).iter().map(|a| a.split('|').next().unwrap_or("").to_string()).collect::<Vec<_>>(),
                   vec!["appointment-site.create", "appointment-site.create"]);
        let sites = json(db, &["provider", "appointment-sites", ACME]);
        assert_eq!(column(&sites, "name"), vec!["Front Desk", "Phone Line"]);
        assert_eq!(column(&sites, "location"), vec!["Main", "null"]);
        assert_eq!(json(db, &["provider", "appointment-sites", BETA]), json!([]));

        refused(db, &["provider", "add-appointment-site", ACME, "--name", "front desk"], 5,
            "provider Acme Works already has an appointment site named \"front desk\"");
        refused(db, &["provider", "add-appointment-site", ACME, "--name", "Lobby", "--location", "HQ"], 3,
            "location \"HQ\" not found at provider Acme Works");
        refused(db, &["provider", "add-appointment-site", ACME, "--name", "  "], 2, "--name: \"  \" must not be empty");

        // One hour unless told otherwise.
        let out = ok(db, &["provider", "add-appointment", ACME, "--site", "front desk", "--start", "2026-03-09 09:00",
                           "--openings", "5"]);
        assert_eq!(stderr(&out), "scheduled 1 appointment(s)\n");
        // Weekly through the last date, the same length each time.
        let out = ok(db, &["provider", "add-appointment", ACME, "--site", "Front Desk", "--start", "03/10/2026 13:30",
                           "--end", "2026-03-10 15:00", "--openings", "2", "--weekly-until", "2026-03-31", "-q"]);
        let ids: Vec<i64> = db.rows::<(i64,)>("SELECT id FROM appointments ORDER BY id").into_iter().map(|(i,)| i).collect();
        assert_eq!(ids.len(), 5);
        assert_eq!(stdout(&out), ids[1..].iter().map(|i| format!("{i}\n")).collect::<String>());
        assert_eq!(
            db.rows::<(String, String, i64)>(
                "SELECT CAST(starts_at AS TEXT), CAST(ends_at AS TEXT), openings FROM appointments ORDER BY starts_at"
            ),
            vec![
                ("2026-03-09 09:00:00".into(), "2026-03-09 10:00:00".into(), 5),
                ("2026-03-10 13:30:00".into(), "2026-03-10 15:00:00".into(), 2),
                ("2026-03-17 13:30:00".into(), "2026-03-17 15:00:00".into(), 2),
                ("2026-03-24 13:30:00".into(), "2026-03-24 15:00:00".into(), 2),
                ("2026-03-31 13:30:00".into(), "2026-03-31 15:00:00".into(), 2),
            ]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'appointment.create'"), 5);
        let (_, _, _, after) = last_audit(db);
        assert_eq!(
            after,
            json!({"id": ids[4], "site": "Front Desk", "starts_at": "2026-03-31T13:30:00", "ends_at": "2026-03-31T15:00:00", "openings": 2})
        );
        // A week that ends before the next slot gets no slot: 2026-03-30 stops at 03-24.
        assert_eq!(
            dry_run(db, &["provider", "add-appointment", ACME, "--site", "Phone Line", "--start", "2026-03-10 08:00",
                          "--openings", "1", "--weekly-until", "2026-03-30"]),
            vec!["appointment.create"; 3]
        );

        let listed = json(db, &["provider", "appointments", ACME]);
        assert_eq!(column(&listed, "starts_at")[..2].to_vec(), vec!["2026-03-09T09:00:00", "2026-03-10T13:30:00"]);
        assert_eq!(column(&listed, "site"), vec!["Front Desk"; 5]);
        assert_eq!(json(db, &["provider", "appointments", ACME, "--site", "FRONT DESK"]), listed);
        assert_eq!(json(db, &["provider", "appointments", ACME, "--site", "Phone Line"]), json!([]));
        let out = ok(db, &["provider", "appointments", BETA]);
        assert_eq!((stdout(&out).as_str(), stderr(&out).as_str()), ("", "no appointments\n"));

        let appointment = |extra: &[&'static str]| {
            let mut args = vec!["provider", "add-appointment", ACME, "--site", "Front Desk"];
            args.extend(extra);
            args
        };
        refused(db, &appointment(&["--start", "2026-03-10 13:30", "--end", "2026-03-10 13:30", "--openings", "1"]), 2,
            "--end: \"2026-03-10 13:30:00\" must be after the start");
        refused(db, &appointment(&["--start", "2026-03-10 13:30", "--openings", "0"]), 2, "--openings: \"0\" must be at least 1");
        refused(db, &appointment(&["--start", "2026-03-10 13:30", "--openings", "1", "--weekly-until", "2026-03-09"]), 2,
            "--weekly-until: \"2026-03-09\" is before the start");
        refused(db, &appointment(&["--start", "2026-03-10 13:30", "--openings", "1", "--weekly-until", "2030-03-01"]), 2,
            "--weekly-until: \"2030-03-01\" would create 208 appointments; at most 104 at a time");
        refused(db, &appointment(&["--start", "2026-03-10", "--openings", "1"]), 2,
            "--start: \"2026-03-10\" is not a date and time: use \"YYYY-MM-DD HH:MM\"");
        refused(db, &appointment(&["--start", "2026-03-10 25:00", "--openings", "1"]), 2,
            "--start: \"2026-03-10 25:00\" is not a date and time: use \"YYYY-MM-DD HH:MM\"");
        refused(db, &["provider", "add-appointment", ACME, "--site", "Nope", "--start", "2026-03-10 13:30", "--openings", "1"], 3,
            "appointment site \"Nope\" not found at provider Acme Works");
        refused(db, &["provider", "add-appointment", BETA, "--site", "Front Desk", "--start", "2026-03-10 13:30", "--openings", "1"], 3,
            "appointment site \"Front Desk\" not found at provider Beta Jobs");
    }

    fn p7_worksites_audits_and_provider_notes_are_kept(db) {
        contracted(db);
        ok(db, &["provider", "add-worksite", ACME, "--name", "City Parks", "--address", "2 Park Rd", "--type", "earnfare",
                 "--contact", "Sam Boss", "--contact-phone", "555-0100", "--contact-email", "sam@parks.example"]);
        ok(db, &["provider", "add-worksite", ACME, "--name", "Bakery", "--address", "3 Bread St", "--type", "ojt",
                 "--contact", "Lee Baker"]);
        assert_eq!(
            db.rows::<(String, String, String, String, String, String)>(
                "SELECT name, address, employment_type, contact_name, COALESCE(contact_phone, '-'), COALESCE(contact_email, '-') \
                 FROM worksites ORDER BY id"
            ),
            vec![
                ("City Parks".into(), "2 Park Rd".into(), "earnfare".into(), "Sam Boss".into(), "555-0100".into(), "sam@parks.example".into()),
                ("Bakery".into(), "3 Bread St".into(), "ojt".into(), "Lee Baker".into(), "-".into(), "-".into()),
            ]
        );
        let (action, _, _, after) = last_audit(db);
        assert_eq!(action, "worksite.create");
        assert_eq!(after["employment_type"], json!("ojt"));
        let v = json(db, &["provider", "worksites", ACME]);
        assert_eq!(column(&v, "name"), vec!["Bakery", "City Parks"]);
        assert_eq!(column(&v, "contact_email"), vec!["null", "sam@parks.example"]);
        refused(db, &["provider", "add-worksite", ACME, "--name", "city parks", "--address", "x", "--type", "ojt", "--contact", "x"], 5,
            "provider Acme Works already has a worksite named \"city parks\"");
        refused(db, &["provider", "add-worksite", ACME, "--name", "Mill", "--address", "x", "--type", "ojt", "--contact", "x",
                      "--contact-email", "not-an-email"], 2, "--contact-email: \"not-an-email\" is not an email address");
        refused(db, &["provider", "add-worksite", ACME, "--name", "Mill", "--address", "x", "--type", "ojt", "--contact", " "], 2,
            "--contact: \" \" must not be empty");
        refused_like(db, &["provider", "add-worksite", ACME, "--name", "Mill", "--address", "x", "--type", "cw", "--contact", "x"], 2,
            "invalid value 'cw' for '--type <EMPLOYMENT_TYPE>'");
        // Worksite names are per provider.
        ok(db, &["provider", "add-worksite", BETA, "--name", "City Parks", "--address", "9 Lake Rd", "--type", "work-experience",
                 "--contact", "Kim"]);

        ok(db, &["provider", "add-audit", ACME, "--date", "11/15/2025", "--title", "FY26 monitoring", "--findings", "Two files missing"]);
        ok(db, &["provider", "add-audit", ACME, "--date", "2025-01-10", "--title", "FY25 monitoring"]);
        assert_eq!(
            db.rows::<(String, String, String, String)>(
                "SELECT CAST(audit_date AS TEXT), title, findings, entered_by FROM provider_audits ORDER BY id"
            ),
            vec![
                ("2025-11-15".into(), "FY26 monitoring".into(), "Two files missing".into(), "admin".into()),
                ("2025-01-10".into(), "FY25 monitoring".into(), String::new(), "admin".into()),
            ]
        );
        assert_eq!(last_audit(db).0, "provider-audit.create");
        let v = json(db, &["provider", "audits", ACME]);
        assert_eq!(column(&v, "audit_date"), vec!["2025-01-10", "2025-11-15"]);
        assert_eq!(json(db, &["provider", "audits", BETA]), json!([]));
        refused(db, &["provider", "add-audit", ACME, "--date", "2025-11-15", "--title", "  "], 2, "--title: \"  \" must not be empty");
        refused(db, &["provider", "add-audit", ACME, "--date", "2025-13-01", "--title", "x"], 2,
            "--date: \"2025-13-01\" is not a date: use YYYY-MM-DD or MM/DD/YYYY");

        ok(db, &["provider", "add-note", ACME, "--subject", "Kickoff", "--message", "Met with the director"]);
        assert_eq!(
            db.rows::<(String, String, String)>("SELECT subject, message, written_by FROM provider_notes"),
            vec![("Kickoff".into(), "Met with the director".into(), "admin".into())]
        );
        let (action, _, _, after) = last_audit(db);
        assert_eq!((action.as_str(), after), ("provider-note.create", json!({"subject": "Kickoff", "message": "Met with the director"})));
        let v = json(db, &["provider", "notes", ACME]);
        assert_eq!(column(&v, "written_at"), vec!["2026-03-02T15:04:05Z"]);
        assert_eq!(column(&v, "written_by"), vec!["admin"]);
        assert_eq!(json(db, &["provider", "notes", BETA]), json!([]));
        refused(db, &["provider", "add-note", ACME, "--subject", "", "--message", "x"], 2, "--subject: \"\" must not be empty");
        refused(db, &["provider", "add-note", ACME, "--subject", "x", "--message", " "], 2, "--message: \" \" must not be empty");
        refused(db, &["provider", "add-note", "Nope", "--subject", "x", "--message", "y"], 3,
            "provider \"Nope\" not found (see `isets provider list`)");
        assert_eq!(dry_run(db, &["provider", "add-note", BETA, "--subject", "x", "--message", "y"]), vec!["provider-note.create"]);
        assert_eq!(dry_run(db, &["provider", "add-audit", BETA, "--date", "2026-01-01", "--title", "t"]), vec!["provider-audit.create"]);
    }

    fn v5_amounts_have_two_decimals_at_most(db) {
        db.with_providers();
        let contract = |number: &'static str, amount: &'static str| {
            vec!["provider", "add-contract", ACME, "--number", number, "--program", "snap-jp",
                 "--start", "2025-07-01", "--end", "2026-06-30", "--amount", amount]
        };
        for (number, amount) in [("FCSV1", "$1,400.5"), ("FCSV2", "250000"), ("FCSV3", "19.99"), ("FCSV4", "0.1")] {
            ok(db, &contract(number, amount));
        }
        assert_eq!(
            db.rows::<(String, i64)>("SELECT number, amount_cents FROM contracts WHERE number LIKE 'FCSV%' ORDER BY number"),
            vec![("FCSV1".into(), 140_050), ("FCSV2".into(), 25_000_000), ("FCSV3".into(), 1_999), ("FCSV4".into(), 10)]
        );
        assert_eq!(
            column(&json(db, &["provider", "contracts", ACME]), "amount"),
            vec!["250000.00", "1400.50", "250000.00", "19.99", "0.10"]
        );
        for (amount, why) in [
            ("1.005", "has more than two decimals"),
            ("100.001", "has more than two decimals"),
            ("100-200", "is a range, not an amount"),
            ("$100 to $200", "is a range, not an amount"),
            ("1,00.00", "is not an amount of money"),
            ("12,3456", "is not an amount of money"),
            ("1.", "is not an amount of money"),
            ("abc", "is not an amount of money"),
            ("", "is not an amount of money"),
        ] {
            refused(db, &contract("FCSV9", amount), 4, &format!("rule V5: --amount: {amount:?} {why}"));
        }
        refused(db, &["provider", "amend-contract", "FCSV1", "--amount", "1400.505"], 4,
            "rule V5: --amount: \"1400.505\" has more than two decimals");
        refused(db, &["provider", "amend-contract", "FCSV1", "--amount", "1000-2000"], 4,
            "rule V5: --amount: \"1000-2000\" is a range, not an amount");
        assert_eq!(db.count("SELECT COUNT(*) FROM contract_versions"), 0);
    }
}

/// `contracted` with a program manager and staff of Acme Works, billing, and a front
/// desk for appointments at each provider.
fn staffed(db: &TestDb) {
    contracted(db);
    db.add_user("staff1", ACME, "provider-staff");
    db.add_user("bill1", IDHS, "billing");
    for provider in [ACME, BETA] {
        ok(
            db,
            &[
                "provider",
                "add-appointment-site",
                provider,
                "--name",
                "Front Desk",
            ],
        );
    }
}

both! {
    fn p4_an_amendment_keeps_every_program_inside_the_contract(db) {
        staffed(db);
        let fy25 = add_program(db, ACME, "FCSACME1", "Main", "FY25");
        let before = state(db);
        refused(
            db,
            &["provider", "amend-contract", "FCSACME1", "--start", "2026-01-01"],
            4,
            "rule P4: contract FCSACME1 has FY25 programs; 2026-01-01 … 2027-06-30 would leave them outside the contract",
        );
        assert_eq!(state(db), before);
        // P6 and permission are checked before anyone is asked to confirm.
        refused(
            db,
            &["provider", "remove-program", &fy25.to_string()],
            4,
            &format!("rule P6: program {fy25} is of FY25, a past fiscal year (the current one is FY26): programs of past fiscal years are read-only, never removed"),
        );
        let fy26 = add_program(db, ACME, "FCSACME1", "Main", "FY26");
        let out = db.isets_as("staff1", &["provider", "remove-program", &fy26.to_string()]).output().expect("run");
        assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
        // A site filter that names no site is an error, not an empty list.
        refused(db, &["provider", "appointments", ACME, "--site", "Nope"], 3, "appointment site \"Nope\" not found at provider Acme Works");
    }
}

both! {
    fn p7_show_holds_sites_worksites_audits_and_notes(db) {
        staffed(db);
        ok(db, &["provider", "add-worksite", ACME, "--name", "City Parks", "--address", "2 Park Rd",
                 "--type", "earnfare", "--contact", "Sam Green"]);
        ok(db, &["provider", "add-audit", ACME, "--date", "2026-01-15", "--title", "FY26 monitoring"]);
        ok(db, &["provider", "add-note", ACME, "--subject", "Staffing", "--message", "Met with the PM"]);
        let show = |who: &str| {
            let out = db.isets_as(who, &["provider", "show", ACME, "--format", "json"]).output().expect("run");
            assert!(out.status.success(), "{who}: {}", stderr(&out));
            serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("json")
        };
        let v = show(ADMIN);
        assert_eq!(v["appointment_sites"][0]["name"], "Front Desk");
        assert_eq!(v["worksites"][0]["employment_type"], "earnfare");
        assert_eq!(v["audits"][0]["title"], "FY26 monitoring");
        assert_eq!(v["notes"][0]["subject"], "Staffing");
        // Billing reads contracts but not provider case notes (DOMAIN.md §1).
        let v = show("bill1");
        assert_eq!(v["worksites"][0]["name"], "City Parks");
        assert_eq!(v["notes"], serde_json::Value::Null);
        let table = db.isets(&["provider", "show", ACME]).output().expect("run");
        let text = stdout(&table);
        for title in ["Appointment sites", "Worksites", "Audits", "Provider case notes"] {
            assert!(text.contains(&format!("\n{title}\n")), "{title}: {text}");
        }
    }
}
