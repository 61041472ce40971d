//! Earnfare (R1, R2) and the statewide settings: who sets a customer's benefit amount
//! (IDHS staff), who reads it and the month's figures (the reports' readers), for their
//! own provider's customer and another's; who changes the settings (super users) and who
//! reads them (every operator).

use isets::permissions::Action;

use super::customers::{EXTRACT, programs};
use super::*;
use crate::activities::enroll;
use crate::both;

both! {
    fn r1_r2_earnfare_and_settings_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        db.customers_from(EXTRACT, NOW, &[DOE]);
        // Doe is Beta Jobs' customer, enrolled in its Earnfare program 2.
        db.isets(&["customer", "assign", "123456789", "--provider", BETA, "--program", "2", "--office", "Lake FCRC"])
            .assert()
            .success();
        enroll(db, "123456789", 2);
        let mut cases = Cases::new(db);
        for (i, user) in operators().into_iter().enumerate() {
            let day = format!("2026-04-{:02}", i + 1);
            cases.run(
                user,
                &["earnfare", "set-benefit", "123456789", "--amount", "196.00", "--effective", &day],
                want(Action::SetEarnfareBenefit, user, Some(BETA)),
            );
            let reads = want(Action::Reports, user, Some(BETA));
            cases.run(user, &["earnfare", "benefits", "123456789"], reads);
            cases.run(user, &["earnfare", "show", "123456789"], reads);
            let settings = want(Action::ManageSettings, user, None);
            cases.run(user, &["settings", "set", "earnfare.tj-monthly-target", "40"], settings);
            cases.run(user, &["settings", "reset", "earnfare.tj-monthly-target"], settings);
            cases.run(user, &["settings", "list"], Want::Allowed);
        }
        cases.run("nobody", &["settings", "list"], Want::Unknown);
        cases.done();
    }
}
