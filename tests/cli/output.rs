//! Output: tables for people, JSON and CSV for scripts, `-q` for ids, colour rules.

use crate::both;
use crate::support::*;

both! {
    fn org_list_in_every_format(db) {
        db.with_providers();
        let run = |args: &[&str]| {
            let out = db.isets(args).output().expect("run");
            assert!(out.status.success(), "{}", stderr(&out));
            stdout(&out)
        };
        assert_eq!(
            run(&["org", "list"]),
            "+----+------------+----------+------------------+-------------------------+\n\
             | id | name       | kind     | spcq_approved_on | created_at              |\n\
             +=========================================================================+\n\
             | 1  | IDHS       | idhs     |                  | 2026-03-02 15:04:05 UTC |\n\
             | 2  | Acme Works | provider | 2024-01-15       | 2026-03-02 15:04:05 UTC |\n\
             | 3  | Beta Jobs  | provider | 2024-02-01       | 2026-03-02 15:04:05 UTC |\n\
             +----+------------+----------+------------------+-------------------------+\n"
        );
        assert_eq!(
            run(&["org", "list", "--format", "csv"]),
            "id,name,kind,spcq_approved_on,created_at\n\
             1,IDHS,idhs,,2026-03-02T15:04:05Z\n\
             2,Acme Works,provider,2024-01-15,2026-03-02T15:04:05Z\n\
             3,Beta Jobs,provider,2024-02-01,2026-03-02T15:04:05Z\n"
        );
        let json: serde_json::Value = serde_json::from_str(&run(&["org", "list", "--format", "json"])).expect("json");
        assert_eq!(
            json[1],
            serde_json::json!({"id": 2, "name": "Acme Works", "kind": "provider",
                               "spcq_approved_on": "2024-01-15", "created_at": "2026-03-02T15:04:05Z"})
        );
        assert_eq!(run(&["org", "list", "-q"]), "IDHS\nAcme Works\nBeta Jobs\n");
        let mut env = db.isets(&["org", "list", "-q"]);
        env.env("ISETS_FORMAT", "json");
        assert_eq!(stdout(&env.output().expect("run")), "IDHS\nAcme Works\nBeta Jobs\n");
    }

    fn empty_lists_still_give_scripts_a_document(db) {
        db.init();
        let out = db.isets(&["user", "list", "--role", "billing", "--format", "json"]).output().expect("run");
        assert_eq!(stdout(&out), "[]\n");
        let out = db.isets(&["user", "list", "--role", "billing", "--format", "csv"]).output().expect("run");
        assert_eq!(stdout(&out), "username,first_name,last_name,email,organization,role,listed_on,removed_on,last_activity\n");
        let out = db.isets(&["user", "list", "--role", "billing"]).output().expect("run");
        assert_eq!(stdout(&out), "");
        assert_eq!(stderr(&out), "no users\n");
    }
}

#[test]
fn colour_only_when_asked_and_never_with_no_color() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let mut cmd = db.isets(&["user", "list", "--color", "always"]);
    cmd.env_remove("NO_COLOR");
    let out = cmd.output().expect("run");
    assert!(
        stderr(&out).starts_with("\u{1b}[31;1merror:\u{1b}[0m "),
        "{:?}",
        stderr(&out)
    );
    let out = db
        .isets(&["user", "list", "--color", "always"])
        .output()
        .expect("run");
    assert!(
        stderr(&out).starts_with("error: "),
        "NO_COLOR wins: {:?}",
        stderr(&out)
    );
    let mut cmd = db.isets(&["user", "list"]);
    cmd.env_remove("NO_COLOR");
    let out = cmd.output().expect("run");
    assert!(
        stderr(&out).starts_with("error: "),
        "piped output is plain: {:?}",
        stderr(&out)
    );
}

#[test]
fn dates_and_usage_errors_use_exit_code_2() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    db.init();
    let out = db
        .isets(&["provider", "add", "X", "--spcq-approved-on", "2024-02-30"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --spcq-approved-on: \"2024-02-30\" is not a date: use YYYY-MM-DD or MM/DD/YYYY\n"
    );
    let out = db.isets(&["user", "frobnicate"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = db
        .isets(&["user", "list", "--format", "yaml"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}

both! {
    fn csv_columns_are_the_json_fields_for_every_list(db) {
        db.init();
        db.isets(&["apply", &format!("{}/tests/fixtures/onboarding.toml", env!("CARGO_MANIFEST_DIR"))])
            .assert()
            .success();
        let p = "Prairie Workforce Partners";
        let lists: Vec<Vec<&str>> = vec![
            vec!["org", "list"],
            vec!["user", "list"],
            vec!["audit", "log"],
            vec!["db", "status"],
            vec!["provider", "list"],
            vec!["provider", "locations", p],
            vec!["provider", "contracts", p],
            vec!["provider", "contracts", p, "--history"],
            vec!["provider", "programs", p],
            vec!["provider", "services", p],
            vec!["provider", "appointment-sites", p],
            vec!["plan", "tests/fixtures/onboarding.toml"],
        ];
        for args in lists {
            let mut csv_args = args.clone();
            csv_args.extend(["--format", "csv"]);
            let csv = db.isets(&csv_args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("run");
            assert!(csv.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", stderr(&csv));
            let header: Vec<String> = stdout(&csv).lines().next().unwrap_or_default().split(',').map(String::from).collect();
            let mut json_args = args.clone();
            json_args.extend(["--format", "json"]);
            let json = db.isets(&json_args).current_dir(env!("CARGO_MANIFEST_DIR")).output().expect("run");
            let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
            let first = match &v {
                serde_json::Value::Array(rows) => rows.first().cloned(),
                other => other["items"].as_array().and_then(|i| i.first().cloned()),
            }
            .unwrap_or_else(|| panic!("{args:?}: no rows"));
            let keys: Vec<String> = first.as_object().expect("object").keys().cloned().collect();
            let mut sorted_header = header.clone();
            sorted_header.sort();
            let mut sorted_keys = keys.clone();
            sorted_keys.sort();
            assert_eq!(sorted_header, sorted_keys, "{args:?}: CSV columns {header:?} against JSON fields {keys:?}");
            assert!(stdout(&csv).lines().count() > 1, "{args:?}: CSV has rows");
        }
    }
}
