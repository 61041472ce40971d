//! Referrals (F1–F5): who sends each kind, who answers, who reads the lists and who runs
//! the expiry sweep, for their own provider and for another (§1).

use isets::permissions::Action;

use super::customers::{EXTRACT, programs};
use super::*;
use crate::both;

fn newest(db: &TestDb) -> String {
    db.count("SELECT MAX(id) FROM referrals").to_string()
}

/// What `user` gets answering a referral sent to Acme Works (or, `reverse`, by it):
/// denied without any grant of answering; not found when they cannot see it; denied
/// when their grants do not answer this kind.
fn answering(user: &str, reverse: bool) -> Want {
    let action = if reverse {
        Action::RespondReverseReferral
    } else {
        Action::RespondReferral
    };
    let any = allows(Action::RespondReferral, user, None)
        || allows(Action::RespondReverseReferral, user, None);
    if allows(action, user, if reverse { None } else { Some(ACME) }) {
        Want::Allowed
    } else if any && !allows(Action::Reports, user, Some(ACME)) {
        Want::NotFound
    } else {
        Want::Denied(action)
    }
}

both! {
    fn referrals_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        db.customers_from(EXTRACT, NOW, &[DOE]);
        db.isets(&[
            "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
            "--availability", "full-time", "--education", "high-school",
        ])
        .assert()
        .success();
        let idhs = [
            "referral", "send", "123456789", "--to", ACME, "--program", "1", "--consent-attested",
            "--receives-snap", "yes", "--eligible", "yes",
        ];
        let reverse = ["referral", "send", "123456789", "--to", "IDHS", "--from", ACME];
        // Doe is referred to Acme Works: within its reach from now on (§1).
        db.isets(&idhs).assert().success();
        let mut cases = Cases::new(db);
        for user in operators() {
            cases.run(user, &idhs, want(Action::SendReferral, user, None));
            cases.run(user, &reverse, want(Action::SendProviderReferral, user, Some(ACME)));
            let first = "1";
            cases.run(user, &["referral", "show", first], want(Action::Reports, user, Some(ACME)));
            cases.run(user, &["referral", "list", "--pending"], want(Action::Reports, user, None));
            cases.run(user, &["referral", "expire"], want(Action::SendReferral, user, None));
            db.isets(&idhs).assert().success();
            let to_acme = newest(db);
            cases.run(user, &["referral", "respond", &to_acme, "--accept"], answering(user, false));
            db.isets(&reverse).assert().success();
            let from_acme = newest(db);
            cases.run(
                user,
                &["referral", "respond", &from_acme, "--accept", "--receives-snap", "yes", "--eligible", "yes"],
                answering(user, true),
            );
        }
        cases.done();
    }
}
