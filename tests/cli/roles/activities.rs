//! Activities and attendance (E2–E7): who adds, starts, extends, closes and deletes a
//! customer's activities, enters and verifies attendance and lists it, for their own
//! provider and for another (§1); a super user only with a reason (§1, note 1).

use isets::permissions::Action;

use super::customers::doe_at_acme_roe_at_beta;
use super::*;
use crate::activities::enroll;
use crate::both;

fn newest(db: &TestDb) -> String {
    db.count("SELECT MAX(id) FROM activities").to_string()
}

/// `admin` adds a planned SJS activity for `customer` under `goal`; returns its id.
fn planned(db: &TestDb, customer: &str, goal: &str) -> String {
    db.isets(&[
        "activity",
        "add",
        customer,
        "--goal",
        goal,
        "--code",
        "SJS",
        "--planned-start",
        "2026-02-16",
        "--planned-end",
        "2026-06-30",
        "--note",
        "setup",
        "--reason",
        "setup",
    ])
    .assert()
    .success();
    newest(db)
}

both! {
    fn activities_and_attendance_as_the_role_table_says(db) {
        setup(db);
        doe_at_acme_roe_at_beta(db);
        // Doe is Acme Works' customer, enrolled in its program 1 (goal 1); Roe Beta Jobs',
        // in its program 2 (goal 2).
        enroll(db, "123456789", 1);
        enroll(db, "223456789", 2);
        let users = operators();
        let targets: Vec<(String, String, String)> = users
            .iter()
            .map(|_| (planned(db, "123456789", "1"), planned(db, "123456789", "1"), planned(db, "223456789", "2")))
            .collect();
        // A super user without a reason is refused before anything is written.
        let before = state(db);
        let (first, _, _) = &targets[0];
        for args in [
            vec!["activity", "start", first.as_str(), "--date", "2026-02-18", "--note", "x"],
            vec!["attendance", "add", first.as_str(), "--week", "2026-02-16", "--hours", "5"],
        ] {
            let out = db.isets(&args).output().expect("run");
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stderr(&out).contains("--reason: \"\" is required: a super user may"), "{}", stderr(&out));
        }
        assert_eq!(state(db), before);
        let mut cases = Cases::new(db);
        for (user, (doe, doe_planned, roe)) in users.into_iter().zip(&targets) {
            let own = want(Action::CaseWork, user, Some(ACME));
            let r = ["--note", "probe", "--reason", "probe"];
            let add = ["activity", "add", "123456789", "--goal", "1", "--code", "JST", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30"];
            cases.run(user, &[&add[..], &r].concat(), own);
            cases.run(user, &[&["activity", "start", doe, "--date", "2026-02-18"][..], &r].concat(), own);
            cases.run(user, &[&["activity", "extend", doe, "--planned-end", "2026-07-31"][..], &r].concat(), own);
            cases.run(user, &["attendance", "add", doe, "--week", "2026-02-16", "--hours", "5", "--reason", "probe"], own);
            cases.run(
                user,
                &["attendance", "verify", doe, "--week", "2026-02-16", "--reason", "probe"],
                want(Action::VerifyAttendance, user, Some(ACME)),
            );
            cases.run(user, &["attendance", "list", doe], want(Action::Assessments, user, Some(ACME)));
            cases.run(
                user,
                &["attendance", "list", "--customer", "123456789"],
                want(Action::Assessments, user, Some(ACME)),
            );
            cases.run(user, &[&["activity", "close", doe, "--successful", "--date", "2026-02-20"][..], &r].concat(), own);
            cases.run(user, &[&["activity", "delete", doe_planned][..], &r].concat(), own);
            // Another provider's customer.
            let other = want(Action::CaseWork, user, Some(BETA));
            let add = ["activity", "add", "223456789", "--goal", "2", "--code", "JST", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30"];
            cases.run(user, &[&add[..], &r].concat(), other);
            cases.run(user, &[&["activity", "start", roe, "--date", "2026-02-18"][..], &r].concat(), other);
        }
        cases.done();
    }
}
