//! The FNS-583 (G1–G5) and its federal component mapping (G3): who reads the report
//! (everyone who reads reports: statewide roles the state, provider roles their own
//! providers' activities), for their own provider and another; who changes the mapping
//! (super users) and who reads it (every operator).

use isets::federal::Component;
use isets::permissions::Action;

use super::customers::doe_at_acme_roe_at_beta;
use super::*;
use crate::activities::enroll;
use crate::both;

/// Adds a started SJS activity to `customer`'s plan under `goal` with four verified
/// hours in the week of Monday 16 February 2026 (FFY26, second quarter).
fn attended(db: &TestDb, customer: &str, goal: &str) {
    let reason = ["--reason", "setup"];
    let run = |args: &[&str]| {
        let mut args = args.to_vec();
        args.extend(reason);
        let out = db.isets(&args).output().expect("run");
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    };
    run(&[
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
    ]);
    let id = db.count("SELECT MAX(id) FROM activities").to_string();
    run(&[
        "activity",
        "start",
        &id,
        "--date",
        "2026-02-16",
        "--note",
        "setup",
    ]);
    run(&[
        "attendance",
        "add",
        &id,
        "--week",
        "2026-02-16",
        "--hours",
        "4",
    ]);
    run(&["attendance", "verify", &id, "--week", "2026-02-16"]);
}

both! {
    fn g1_g3_the_fns_583_and_its_mapping_as_the_role_table_says(db) {
        setup(db);
        doe_at_acme_roe_at_beta(db);
        // Doe takes part at Acme Works (program 1, goal 1), Roe at Beta Jobs (program 2, goal 2).
        enroll(db, "123456789", 1);
        enroll(db, "223456789", 2);
        attended(db, "123456789", "1");
        attended(db, "223456789", "2");
        let report = ["report", "fns-583", "--federal-fiscal-year", "FFY26", "--quarter", "2"];
        let mut cases = Cases::new(db);
        for (i, user) in operators().into_iter().enumerate() {
            // Each allowed change maps CS to another component than the one before.
            let to = Component::ALL[i % Component::ALL.len()].code();
            cases.run(
                user,
                &["federal-component", "set", "CS", "--component", to],
                want(Action::ManageSettings, user, None),
            );
            cases.run(user, &["federal-component", "list"], Want::Allowed);
            cases.run(user, &report, want(Action::Reports, user, None));
            let mut beta = report.to_vec();
            beta.extend(["--provider", BETA]);
            cases.run(user, &beta, want(Action::Reports, user, Some(BETA)));
            // §1: a provider role counts its own providers' participants, a statewide role
            // everyone's.
            if let Some(v) = cases.json(user, &report) {
                let own: Vec<&str> = [ACME, BETA].into_iter().filter(|p| sees(user, p)).collect();
                let statewide = listings_of(user).iter().any(|(_, r)| r.statewide());
                let expected = if statewide { 2 } else { own.len() as i64 };
                let people = v["lines"]
                    .as_array()
                    .and_then(|lines| {
                        lines.iter().find(|l| l["line"] == "participants in any component" && l["population"] == "all")
                    })
                    .map(|l| l["month_2"].clone());
                let case = format!("[{:?}] {} ran the FNS-583", db.kind, who(user));
                cases.check(people == Some(expected.into()), &case, || {
                    format!("expected {expected} people in February, got {people:?} (scope {})", v["scope"])
                });
            }
        }
        cases.run("nobody", &["federal-component", "list"], Want::Unknown);
        cases.run("nobody", &report, Want::Unknown);
        cases.done();
    }
}
