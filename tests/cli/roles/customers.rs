//! The IES extract and customers: who may import, list the imports, and (later issues)
//! find, create and read customers.

use isets::permissions::Action;

use super::*;
use crate::both;

/// A valid two-person extract.
pub const EXTRACT: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date\n\
123456789,C-100,Doe,Jo,1990-03-04,1234,jo@example.org,312-555-0100,1 Main St,Chicago,60601,Cook,Y,2026-09-30,2026-06-30\n\
223456789,C-200,Roe,Al,03/05/1985,9876,,,,,,,P,,\n";

both! {
    fn ies_import_and_batches_are_for_super_users_and_wfd(db) {
        setup(db);
        let file = db.home().join("extract.csv");
        std::fs::write(&file, EXTRACT).expect("write the extract");
        let path = file.display().to_string();
        let mut cases = Cases::new(db);
        for user in operators() {
            let want = want(Action::ImportIes, user, None);
            // --force: every allowed operator imports the same file again.
            cases.run(user, &["ies", "import", &path, "--force"], want);
            cases.run(user, &["ies", "batches"], want);
        }
        cases.done();
    }
}

both! {
    fn customer_search_ies_is_for_idhs_staff_and_providers_but_not_billing(db) {
        setup(db);
        let file = db.home().join("extract.csv");
        std::fs::write(&file, EXTRACT).expect("write the extract");
        db.isets(&["ies", "import", &file.display().to_string()]).assert().success();
        let mut cases = Cases::new(db);
        let search = ["customer", "search-ies", "--first", "Jo", "--last", "Doe", "--dob", "03/04/1990"];
        for user in operators() {
            let want = want(Action::SearchIes, user, None);
            if let Some(run) = cases.run(user, &search, want)
                && matches!(want, Want::Allowed)
            {
                let case = format!("[{:?}] search-ies as {}", db.kind, who(user));
                cases.check(run.stdout.contains("123456789"), &case, || {
                    format!("expected the match: {}", run.stdout)
                });
            }
            cases.run(user, &["customer", "search", "--last", "doe"], want);
            // Doe is nobody's customer yet: statewide readers see the history, provider
            // roles find no such customer (exit 3, out of reach reads as absent).
            let history = match want {
                Want::Allowed if allows(Action::SearchIes, user, Some(IDHS)) => Want::Allowed,
                Want::Allowed => Want::NotFound,
                other => other,
            };
            cases.run(user, &["customer", "history", "123456789"], history);
            let mut link = search.to_vec();
            link.extend(["--email", "jo@isets.example"]);
            cases.run(user, &link, want);
        }
        cases.done();
    }
}
