//! Exit and un-exit (X1–X4): who exits a customer and takes an exit back (the case
//! work: a provider's own roles, a super user only with a reason), for their own
//! provider and for another (§1).

use isets::permissions::Action;

use super::customers::doe_at_acme_roe_at_beta;
use super::*;
use crate::activities::enroll;
use crate::both;

fn ok(db: &TestDb, args: &[&str]) {
    let out = db.isets(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// Exits of Doe (Acme Works' program 1) and of Roe (Beta Jobs' program 2), on
/// 2026-02-27, successful; `--reason` is the super user's, harmless for the others.
fn exit_args(customer: &'static str) -> Vec<&'static str> {
    let (provider, program) = if customer == "123456789" {
        (ACME, "1")
    } else {
        (BETA, "2")
    };
    vec![
        "exit",
        customer,
        "--provider",
        provider,
        "--program",
        program,
        "--status",
        "successful",
        "--exit-reason",
        "retention",
        "--date",
        "2026-02-27",
        "--reason",
        "probe",
    ]
}

/// Takes back what an allowed probe wrote, so that the next operator meets the same
/// state: the customer enrolled again (exit), or exited again (un-exit).
fn reopen(db: &TestDb) {
    db.exec("DELETE FROM exits");
    db.exec("UPDATE enrollments SET exited_on = NULL");
}

fn reexit(db: &TestDb) {
    db.exec("UPDATE employments SET activity_id = NULL");
    db.exec("DELETE FROM activities WHERE code = 'JR'");
    db.exec("UPDATE exits SET unexited_by = NULL, unexited_at = NULL, unexit_employment_id = NULL");
    db.exec("UPDATE enrollments SET exited_on = '2026-02-27'");
}

both! {
    fn exit_and_unexit_as_the_role_table_says(db) {
        setup(db);
        doe_at_acme_roe_at_beta(db);
        enroll(db, "123456789", 1);
        enroll(db, "223456789", 2);
        // Each has a SNAP E&T activity completed, so that Job Retention is not the first (E3).
        for (number, goal, code, id) in [("123456789", "1", "SJS", "1"), ("223456789", "2", "SJS", "2")] {
            let r = ["--note", "setup", "--reason", "setup"];
            ok(db, &[&["activity", "add", number, "--goal", goal, "--code", code, "--planned-start", "2026-02-16", "--planned-end", "2026-06-30"][..], &r].concat());
            ok(db, &[&["activity", "start", id, "--date", "2026-02-16"][..], &r].concat());
            ok(db, &[&["activity", "close", id, "--successful", "--date", "2026-02-20"][..], &r].concat());
        }
        // Employment of 30 hours a week from 2026-03-01 for each, in SQL until `isets
        // employment add` (another branch) replaces it once merged.
        db.exec(
            "INSERT INTO employments (customer_id, organization_id, employer, soc, job_title, started_on, wage, hours, \
             full_time, created_by, created_at, updated_by, updated_at) \
             SELECT c.id, (SELECT id FROM organizations WHERE name = 'Acme Works'), 'Acme Logistics', '53-7051', 'Forklift Operator', '2026-03-01', 2000, 3000, TRUE, \
             'admin', '2026-03-01T15:00:00Z', 'admin', '2026-03-01T15:00:00Z' FROM customers c ORDER BY c.id",
        );
        let employment = |number: &str| {
            if number == "123456789" { "1" } else { "2" }
        };
        // §1, note 1: a super user without a reason is refused, writing nothing.
        let before = state(db);
        let doe = exit_args("123456789");
        let out = db.isets(&doe[..doe.len() - 2]).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("--reason: \"\" is required: a super user may"), "{}", stderr(&out));
        assert_eq!(state(db), before);

        let mut cases = Cases::new(db);
        for user in operators() {
            for (number, provider) in [("123456789", ACME), ("223456789", BETA)] {
                let want = want(Action::CaseWork, user, Some(provider));
                if cases.run(user, &exit_args(number), want).is_some() && matches!(want, Want::Allowed) {
                    reopen(db);
                }
            }
        }
        // Both exited by the super user (with a reason), for the un-exits.
        ok(db, &exit_args("123456789"));
        ok(db, &exit_args("223456789"));
        let before = state(db);
        let out = db.isets(&["unexit", "123456789", "--employment", "1"]).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(state(db), before);
        for user in operators() {
            for (number, provider) in [("123456789", ACME), ("223456789", BETA)] {
                let want = want(Action::CaseWork, user, Some(provider));
                let args = ["unexit", number, "--employment", employment(number), "--reason", "probe"];
                if cases.run(user, &args, want).is_some() && matches!(want, Want::Allowed) {
                    reexit(db);
                }
            }
        }
        cases.done();
    }
}
