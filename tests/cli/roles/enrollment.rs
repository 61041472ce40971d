//! Enrollment and the Employment Plan (N2, E1): who enrolls and changes goals (the case
//! work: a provider's own roles, a super user with a reason) and who reads the plan, for
//! their own provider and for another (§1).

use isets::permissions::Action;

use super::customers::{EXTRACT, programs};
use super::*;
use crate::both;

fn ok(db: &TestDb, args: &[&str]) {
    let out = db.isets(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// A goal on Acme Works' plan of Doe, added by `admin`; its id.
fn goal(db: &TestDb) -> String {
    ok(
        db,
        &[
            "ep",
            "goal",
            "add",
            "123456789",
            "--provider",
            ACME,
            "--title",
            "Probe goal",
            "--category",
            "employment",
            "--term",
            "short",
            "--reason",
            "setup",
        ],
    );
    db.count("SELECT MAX(id) FROM ep_goals").to_string()
}

/// Takes back an enrollment a probe made, so that the next operator can enroll too.
fn unenroll(db: &TestDb) {
    db.exec("DELETE FROM activities");
    db.exec("DELETE FROM ep_goals WHERE enrollment_id IS NOT NULL");
    db.exec("DELETE FROM enrollments");
}

both! {
    fn enrollment_and_the_plan_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        db.customers_from(EXTRACT, NOW, &[DOE]);
        ok(db, &[
            "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
            "--availability", "full-time", "--education", "high-school",
        ]);
        // Doe is referred to both providers, and both accept: each may enroll them (N1).
        for (provider, program) in [(ACME, "1"), (BETA, "2")] {
            ok(db, &[
                "referral", "send", "123456789", "--to", provider, "--program", program,
                "--consent-attested", "--receives-snap", "yes", "--eligible", "yes",
            ]);
        }
        ok(db, &["referral", "respond", "1", "--accept"]);
        ok(db, &["referral", "respond", "2", "--accept"]);
        let acme = ["enroll", "123456789", "--provider", ACME, "--program", "1", "--date", "2026-03-02", "--activity", "SJS", "--reason", "probe"];
        let beta = ["enroll", "123456789", "--provider", BETA, "--program", "2", "--date", "2026-03-02", "--activity", "CW", "--reason", "probe"];
        let mut cases = Cases::new(db);
        // N2, §1 note 1: a super user without a reason is refused, writing nothing.
        let before = state(db);
        let out = db.isets(&acme[..acme.len() - 2]).output().expect("run");
        cases.check(out.status.code() == Some(2) && stderr(&out).contains("--reason"), "admin enrolls without --reason", || stderr(&out));
        cases.check(state(db) == before, "admin enrolls without --reason", || "it wrote".into());
        for user in operators() {
            if cases.run(user, &acme, want(Action::CaseWork, user, Some(ACME))).is_some() {
                unenroll(db);
            }
            if cases.run(user, &beta, want(Action::CaseWork, user, Some(BETA))).is_some() {
                unenroll(db);
            }
            cases.run(user, &["ep", "show", "123456789"], want(Action::Reports, user, None));
            cases.run(
                user,
                &["ep", "goal", "add", "123456789", "--provider", ACME, "--title", "A goal", "--category", "training", "--term", "long", "--reason", "probe"],
                want(Action::CaseWork, user, Some(ACME)),
            );
            let g = goal(db);
            let title = format!("Edited by {user}");
            cases.run(
                user,
                &["ep", "goal", "edit", &g, "--title", &title, "--reason", "probe"],
                want(Action::CaseWork, user, Some(ACME)),
            );
            cases.run(user, &["ep", "goal", "remove", &g, "--reason", "probe"], want(Action::CaseWork, user, Some(ACME)));
        }
        cases.done();
    }
}
