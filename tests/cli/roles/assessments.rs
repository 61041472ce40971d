//! Assessments (A1–A5) and recommendations: who may add and list a customer's
//! assessments and see the programs recommended to them, for their own provider and for
//! another.

use isets::permissions::Action;

use super::customers::{EXTRACT, programs};
use super::*;
use crate::both;

both! {
    fn assessments_and_recommendations_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        db.customers_from(EXTRACT, NOW, &[DOE]);
        db.isets(&["customer", "assign", "123456789", "--provider", ACME, "--program", "1", "--office", "Cook Central FCRC"])
            .assert()
            .success();
        // A current Initial Screening, so that recommending has one to match on (A1).
        db.isets(&[
            "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
            "--availability", "full-time", "--education", "high-school",
        ])
        .assert()
        .success();
        let mut cases = Cases::new(db);
        for user in operators() {
            // Doe is Acme Works' customer: out of reach reads as absent.
            let own = want(Action::Assessments, user, Some(ACME));
            let mut add = vec!["assessment", "add", "123456789", "--needs", "--completed-on", "2026-03-01"];
            if user == "both1" {
                add.extend(["--provider", ACME]);
            }
            cases.run(user, &add, own);
            // Entered for another provider: only where the operator acts for it too.
            let other = match own {
                Want::Allowed => want(Action::Assessments, user, Some(BETA)),
                refused => refused,
            };
            cases.run(
                user,
                &["assessment", "add", "123456789", "--needs", "--completed-on", "2026-03-01", "--provider", BETA],
                other,
            );
            if let Some(run) = cases.run(user, &["assessment", "list", "123456789", "--format", "json"], own)
                && matches!(own, Want::Allowed)
            {
                let case = format!("[{:?}] assessment list as {}", db.kind, who(user));
                let listed: Value = serde_json::from_str(&run.stdout).unwrap_or_default();
                cases.check(column(&listed, "kind").first().map(String::as_str) == Some("initial"), &case, || {
                    format!("expected the Initial Screening first: {}", run.stdout)
                });
            }
            cases.run(user, &["customer", "recommend", "123456789", "--all"], own);
        }
        cases.done();
    }
}
