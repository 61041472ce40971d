//! Prompts on a terminal: `user remove` confirms; `user add` asks for every missing
//! field the rules need, again after a bad answer, and offers organization and role.
//! The terminal is a real pseudo-terminal from util-linux `script`.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::both;
use crate::support::*;

/// Runs isets as `user` on a pseudo-terminal, typing `input` once it has started.
fn on_terminal(db: &TestDb, user: &str, args: &[&str], input: &str) -> Option<(i32, String)> {
    on_terminal_of(db, user, args, input, "")
}

/// The same after `stty` (a shell command, e.g. to set the terminal size).
fn on_terminal_of(
    db: &TestDb,
    user: &str,
    args: &[&str],
    input: &str,
    stty: &str,
) -> Option<(i32, String)> {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("*** PROMPT TESTS SKIPPED: util-linux `script` is not installed ***");
        return None;
    }
    db.login(user);
    let bin = assert_cmd::cargo::cargo_bin("isets");
    let quoted: Vec<String> = std::iter::once(bin.display().to_string())
        .chain(args.iter().map(|a| a.to_string()))
        .map(|a| format!("'{}'", a.replace('\'', r"'\''")))
        .collect();
    let mut child = Command::new("script")
        .args(["-qec", &format!("{stty}{}", quoted.join(" ")), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", db.home())
        .env("XDG_CONFIG_HOME", db.home().join("config"))
        .env("XDG_DATA_HOME", db.home().join("data"))
        .env("TERM", "dumb")
        .env("NO_COLOR", "1")
        .env("ISETS_NOW", NOW)
        .env("ISETS_DATABASE_URL", db.url(user))
        .env("ISETS_USER", user)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run script");
    let mut stdin = child.stdin.take().expect("stdin");
    std::thread::sleep(Duration::from_millis(700));
    stdin.write_all(input.as_bytes()).expect("type");
    stdin.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(700));
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    let screen = String::from_utf8_lossy(&out.stdout).into_owned();
    Some((out.status.code().unwrap_or(-1), screen))
}

both! {
    fn remove_asks_on_a_terminal_and_no_keeps_everything(db) {
        db.with_providers();
        db.add_user("kim", "Acme Works", "provider-staff");
        let Some((code, screen)) = on_terminal(db, ADMIN, &["user", "remove", "kim", "--all", "--requested-by", ADMIN], "n") else {
            return;
        };
        assert_eq!(code, 10, "{screen}");
        assert!(screen.contains("Remove kim Tester (kim) as provider-staff on Acme Works? [y/N]"), "{screen}");
        assert_eq!(db.count("SELECT COUNT(*) FROM listings WHERE removed_at IS NOT NULL"), 0);
        let Some((code, screen)) = on_terminal(db, ADMIN, &["user", "remove", "kim", "--all", "--requested-by", ADMIN], "y") else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        assert_eq!(db.count("SELECT COUNT(*) FROM listings WHERE removed_at IS NOT NULL"), 1);
    }

    fn add_asks_for_missing_fields_on_a_terminal(db) {
        db.with_providers();
        let args = ["user", "add", "annb", "--org", "Acme Works", "--role", "provider-staff",
                    "--access-request", "IL444-5", "--authorized-by", "Pat"];
        let Some((code, screen)) = on_terminal(db, ADMIN, &args, "Ann\nBee\nann.bee@acme.example\n02/03/1990\n") else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("First name:"), "{screen}");
        assert!(screen.contains("Date of birth (YYYY-MM-DD or MM/DD/YYYY):"), "{screen}");
        assert_eq!(
            db.rows::<(String, String, String, String)>(
                "SELECT first_name, last_name, email, CAST(date_of_birth AS TEXT) FROM users WHERE username = 'annb'"
            ),
            vec![("Ann".into(), "Bee".into(), "ann.bee@acme.example".into(), "1990-02-03".into())]
        );
    }
}

both! {
    fn add_asks_for_every_field_the_rules_need_and_asks_again_after_a_bad_answer(db) {
        db.with_providers();
        // The date is mistyped once (2/2/1988) and asked again; U3's paperwork is asked
        // for by role: the signed IL444-2022 for provider staff, and who authorized it.
        let args = ["user", "add", "kw", "--first", "Kim", "--last", "Wu", "--email", "kim.wu@acme.example",
                    "--org", "Acme Works", "--role", "provider-staff"];
        let Some((code, screen)) = on_terminal(db, ADMIN, &args, "2/2/1988\n02/02/1988\nIL444-7\nPat Approver\n") else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("--dob: \"2/2/1988\" is not a date: use YYYY-MM-DD or MM/DD/YYYY"), "{screen}");
        assert!(screen.contains("Signed access request IL444-2022 (reference):"), "{screen}");
        assert!(screen.contains("Authorized by:"), "{screen}");
        assert_eq!(
            db.rows::<(String, String, String)>(
                "SELECT CAST(u.date_of_birth AS TEXT), l.request_ref, l.authorized_by FROM users u \
                 JOIN listings l ON l.user_id = u.id WHERE u.username = 'kw'"
            ),
            vec![("1988-02-02".into(), "IL444-7".into(), "Pat Approver".into())]
        );
    }

    fn add_offers_the_organization_and_role_as_choices(db) {
        db.with_providers();
        let args = ["user", "add", "ida", "--first", "Ida", "--last", "Lee", "--email", "ida@illinois.example",
                    "--dob", "1970-03-04", "--manager-request", "MR-9", "--authorized-by", "Dana"];
        // Enter takes the first choice each time: the organization IDHS, then super-user.
        let Some((code, screen)) = on_terminal(db, ADMIN, &args, "\n\n") else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("Organization"), "{screen}");
        assert_eq!(
            db.strings("SELECT o.name || ' ' || l.role FROM listings l JOIN organizations o ON o.id = l.organization_id \
                        JOIN users u ON u.id = l.user_id WHERE u.username = 'ida'"),
            vec!["IDHS super-user"]
        );
    }
}

both! {
    fn tables_fit_the_terminal_without_borders(db) {
        db.with_providers();
        db.isets(&["provider", "add-program", "Acme Works", "--contract", "FCSACME1", "--location", "Main",
                   "--type", "snap-jp", "--fiscal-year", "FY26", "--activity", "SJS", "--part-time",
                   "--description", "Supervised job search for adults in Cook County, with weekly check-ins and a job club"])
            .assert()
            .success();
        let Some((code, screen)) = on_terminal_of(db, ADMIN, &["provider", "programs", "Acme Works"], "", "stty rows 40 cols 70; ") else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
        assert!(lines.len() > 2, "the description wraps onto more lines: {screen}");
        for line in &lines {
            assert!(line.trim_end_matches('\r').chars().count() <= 70, "wider than the terminal: {line:?}");
            assert!(!line.contains('|') && !line.contains('+'), "no borders for people: {line:?}");
        }
    }
}

both! {
    fn apply_shows_progress_on_a_terminal_only(db) {
        db.init();
        let Some((code, screen)) = on_terminal(db, ADMIN, &["apply", "tests/fixtures/onboarding.toml"], "") else {
            return;
        };
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("writing ["), "{screen}");
        // Piped, stderr carries the summary and nothing else.
        let out = db.isets(&["plan", "tests/fixtures/onboarding.toml"]).output().expect("run");
        assert_eq!(stderr(&out), "plan: 0 create, 0 update, 0 remove, 11 unchanged\n");
    }
}
