//! Configuration: flag > environment > file > default, shown by `isets config show`.

use crate::support::*;

fn show(db: &TestDb, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["config", "show", "--format", "csv"];
    args.extend(extra);
    db.isets(&args).output().expect("run")
}

fn write_config(db: &TestDb, text: &str) -> std::path::PathBuf {
    let dir = db.home().join("config/isets");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("write config");
    path
}

#[test]
fn defaults_and_environment_are_reported_with_their_source() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let mut cmd = db.isets(&["config", "show", "--format", "csv"]);
    cmd.env_remove("ISETS_DATABASE_URL")
        .env_remove("ISETS_USER");
    let out = cmd.output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = format!(
        "setting,value,source\n\
         config_file,,none found\n\
         database.url,sqlite://{}/data/isets/isets.db,default\n\
         operator,,\"not set: the PostgreSQL login, or the OS login on SQLite\"\n\
         format,csv,command line\n\
         color,auto,default\n\
         assessments.due_soon_days,30,default\n",
        db.home().display()
    );
    assert_eq!(stdout(&out), expected);
}

/// A2: the "due soon" window of assessments from the file, the environment or the flag
/// of `assessment list`; a bad value names the setting and the rule.
#[test]
fn a2_due_soon_days_from_file_environment_and_flag() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let path = write_config(&db, "[assessments]\ndue_soon_days = 45\n");
    let text = stdout(&show(&db, &[]));
    assert!(
        text.contains(&format!(
            "assessments.due_soon_days,45,config file ({})",
            path.display()
        )),
        "{text}"
    );
    let mut cmd = db.isets(&["config", "show", "--format", "csv"]);
    cmd.env("ISETS_ASSESSMENT_DUE_SOON_DAYS", "10");
    let text = stdout(&cmd.output().expect("run"));
    assert!(
        text.contains("assessments.due_soon_days,10,environment (ISETS_ASSESSMENT_DUE_SOON_DAYS)"),
        "{text}"
    );
    write_config(&db, "[assessments]\ndue_soon_days = 400\n");
    let out = show(&db, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not a number of days from 0 to 365 (rule A2"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn file_then_environment_then_flag_with_passwords_redacted() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let path = write_config(
        &db,
        "operator = \"filer\"\nformat = \"json\"\ncolor = \"never\"\n[database]\nurl = \"postgres://isets:s3cret@db.example/isets\"\n",
    );
    let mut cmd = db.isets(&["config", "show", "--format", "csv"]);
    cmd.env_remove("ISETS_DATABASE_URL")
        .env_remove("ISETS_USER");
    let out = cmd.output().expect("run");
    let text = stdout(&out);
    let file = format!("config file ({})", path.display());
    assert!(
        text.contains(&format!(
            "database.url,postgres://isets:***@db.example/isets,{file}"
        )),
        "{text}"
    );
    assert!(text.contains(&format!("operator,filer,{file}")), "{text}");
    assert!(text.contains(&format!("color,never,{file}")), "{text}");
    assert!(!text.contains("s3cret"), "{text}");
    // Environment beats the file, the flag beats the environment.
    let out = show(&db, &["--as", "flagged"]);
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "database.url,{},environment (ISETS_DATABASE_URL)",
            db.url(ADMIN)
        )),
        "{text}"
    );
    assert!(text.contains("operator,flagged,command line"), "{text}");
    // The file's format applies when neither flag nor environment gives one.
    let mut cmd = db.isets(&["config", "show"]);
    cmd.env_remove("ISETS_DATABASE_URL");
    let json: serde_json::Value = serde_json::from_slice(&cmd.output().expect("run").stdout)
        .expect("json output from the file's format");
    assert_eq!(json[3]["value"], "json");
    let mut cmd = db.isets(&["config", "show", "-q"]);
    cmd.env("ISETS_FORMAT", "csv");
    assert_eq!(
        stdout(&cmd.output().expect("run")),
        "config_file\ndatabase.url\noperator\nformat\ncolor\nassessments.due_soon_days\n"
    );
}

#[test]
fn a_bad_config_file_is_a_usage_error_naming_it() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let path = write_config(&db, "[database]\nurll = \"x\"\n");
    let out = show(&db, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("config file {}", path.display())),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("unknown field `urll`"),
        "{}",
        stderr(&out)
    );
    let out = show(&db, &["--config", "/nonexistent/isets.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("config file /nonexistent/isets.toml: cannot read"),
        "{}",
        stderr(&out)
    );
    let bad_format = write_config(&db, "format = \"yaml\"\n");
    let mut cmd = db.isets(&["config", "show"]);
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!(
            "config file {}: format: \"yaml\" is not one of table, json, csv",
            bad_format.display()
        )),
        "{}",
        stderr(&out)
    );
}
