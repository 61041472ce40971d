//! The dashboard (D1–D4): read by every role that reads reports (§1: reports,
//! dashboard), for their own providers; another provider named reads as not found to a
//! provider role and is shown to statewide roles; `--list` as the dashboard itself.

use isets::permissions::Action;

use super::*;
use crate::both;

both! {
    fn the_dashboard_as_the_role_table_says(db) {
        setup(db);
        let mut cases = Cases::new(db);
        for user in operators() {
            cases.run(user, &["dashboard"], want(Action::Reports, user, None));
            cases.run(user, &["dashboard", "--provider", ACME], want(Action::Reports, user, Some(ACME)));
            cases.run(user, &["dashboard", "--provider", BETA], want(Action::Reports, user, Some(BETA)));
            cases.run(user, &["dashboard", "--list", "referrals-red-flag"], want(Action::Reports, user, None));
            cases.run(
                user,
                &["dashboard", "--list", "overrides-pending", "--provider", BETA],
                want(Action::Reports, user, Some(BETA)),
            );
        }
        cases.done();
    }
}
