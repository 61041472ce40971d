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

/// The programs ([`programs`]), Doe and Roe made customers, and Doe assigned to Acme
/// Works' program 1 and Roe to Beta Jobs' program 2 (S5), by the super user.
pub fn doe_at_acme_roe_at_beta(db: &TestDb) {
    programs(db);
    db.customers_from(EXTRACT, NOW, &[DOE, ROE]);
    for args in [
        ["123456789", ACME, "1", "Cook Central FCRC"],
        ["223456789", BETA, "2", "Lake FCRC"],
    ] {
        let [number, provider, program, office] = args;
        db.isets(&[
            "customer",
            "assign",
            number,
            "--provider",
            provider,
            "--program",
            program,
            "--office",
            office,
        ])
        .assert()
        .success();
    }
}

/// Programs for assignments: 1 at Acme Works (location Main), 2 at Beta Jobs (HQ).
pub fn programs(db: &TestDb) {
    for args in [
        [
            "provider",
            "add-program",
            ACME,
            "--contract",
            "FCSACME1",
            "--location",
            "Main",
            "--type",
            "snap-jp",
            "--fiscal-year",
            "FY27",
            "--activity",
            "SJS",
            "--full-time",
            "--description",
            "Job search",
        ],
        [
            "provider",
            "add-program",
            BETA,
            "--contract",
            "FCSBETA1",
            "--location",
            "HQ",
            "--type",
            "earnfare",
            "--fiscal-year",
            "FY26",
            "--activity",
            "CW",
            "--part-time",
            "--description",
            "Workfare",
        ],
    ] {
        db.isets(&args).assert().success();
    }
}

/// `admin` enters a person by hand (S4).
fn entered(db: &TestDb, number: &str) {
    db.isets(&[
        "customer",
        "add",
        "--individual-number",
        number,
        "--case-number",
        "C-1",
        "--last",
        "Hand",
        "--first",
        "Pat",
        "--dob",
        "1990-01-01",
        "--ssn-last4",
        "1111",
        "--office",
        "Cook Central FCRC",
    ])
    .assert()
    .success();
}

both! {
    fn s4_s5_k1_customers_entered_assigned_shown_edited_teamed_and_noted_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        let file = db.home().join("extract.csv");
        std::fs::write(&file, EXTRACT).expect("write the extract");
        db.isets(&["ies", "import", &file.display().to_string()]).assert().success();
        db.isets(&[
            "customer", "search-ies", "--first", "Jo", "--last", "Doe", "--individual-number",
            "123456789", "--email", "jo@isets.example",
        ])
        .assert()
        .success();
        db.isets(&["customer", "assign", "123456789", "--provider", ACME, "--program", "1", "--office", "Cook Central FCRC"])
            .assert()
            .success();
        let plan = db.home().join("plan.pdf");
        std::fs::write(&plan, b"signed plan").expect("write the plan");
        let plan = plan.display().to_string();
        let out = db.home().join("out.pdf").display().to_string();
        db.isets(&["document", "add", "123456789", "--category", "Plan", &plan, "--org", ACME, "--reason", "setup"])
            .assert()
            .success();
        db.exec(
            "INSERT INTO et_statuses (customer_id, status, since, updated_by) \
             SELECT id, 'active', '2026-03-01T00:00:00Z', 'admin' FROM customers WHERE individual_number = '123456789'",
        );
        let mut et = ["inactive", "active"].iter().cycle();
        let mut level = ["not-participating", "acceptable"].iter().cycle();
        let mut cases = Cases::new(db);
        let mut status = ["N", "Y"].iter().cycle();
        for (i, user) in operators().into_iter().enumerate() {
            // S4: IDHS staff enter people who are not in IES yet.
            let number = format!("90000000{i}");
            let first = format!("P{i}");
            cases.run(
                user,
                &[
                    "customer", "add", "--individual-number", &number, "--case-number", "C-9", "--last", "Hand",
                    "--first", &first, "--dob", "1990-01-01", "--ssn-last4", "1111", "--office", "Cook Central FCRC",
                ],
                want(Action::CreateCustomer, user, None),
            );
            // S5: a person entered by hand, assigned at each provider.
            let person = format!("91000000{i}");
            entered(db, &person);
            for (provider, program, office) in [(ACME, "1", "Cook Central FCRC"), (BETA, "2", "Lake FCRC")] {
                cases.run(
                    user,
                    &["customer", "assign", &person, "--provider", provider, "--program", program, "--office", office],
                    want(Action::SearchIes, user, Some(provider)),
                );
            }
            // Doe is Acme Works' customer: out of reach reads as absent.
            let doe = want(Action::SearchIes, user, Some(ACME));
            cases.run(user, &["customer", "show", "123456789"], doe);
            cases.run(user, &["customer", "team", "list", "123456789"], doe);
            let case = format!("C-{i}");
            cases.run(user, &["customer", "edit", "123456789", "--case-number", &case], doe);
            let snap = want(Action::EditSnapStatus, user, Some(ACME));
            let value = if matches!(snap, Want::Allowed) { status.next().copied().unwrap_or("Y") } else { "Y" };
            cases.run(user, &["customer", "edit", "123456789", "--snap-status", value], snap);
            if cases
                .run(user, &["customer", "team", "add", "123456789", "--user", "staff1", "--org", ACME], doe)
                .is_some()
                && matches!(doe, Want::Allowed)
            {
                cases.run(user, &["customer", "team", "remove", "123456789", "--user", "staff1", "--org", ACME], doe);
            }
            let notes = want(Action::Assessments, user, Some(ACME));
            let org = listings_of(user).first().map(|(org, _)| *org).unwrap_or(IDHS);
            cases.run(
                user,
                &["note", "add", "123456789", "--subject", "Intake", "--message", "Met.", "--org", org],
                notes,
            );
            cases.run(user, &["note", "list", "123456789"], notes);
            // E8: documents are added by those who do the case work, read by those who
            // read the case file.
            cases.run(
                user,
                &["document", "add", "123456789", "--category", "Plan", &plan, "--org", org, "--reason", "probe"],
                want(Action::CaseWork, user, Some(ACME)),
            );
            cases.run(user, &["document", "list", "123456789"], notes);
            // §8: the status is read with the record and set by those who do case work.
            cases.run(user, &["customer", "status", "123456789"], doe);
            let casework = want(Action::CaseWork, user, Some(ACME));
            let allowed = matches!(casework, Want::Allowed);
            let to = if allowed { et.next().copied().unwrap_or("inactive") } else { "inactive" };
            cases.run(user, &["customer", "status", "123456789", "--set", to, "--reason", "probe"], casework);
            let to = if allowed { level.next().copied().unwrap_or("acceptable") } else { "acceptable" };
            cases.run(user, &["customer", "progress", "123456789", "--level", to, "--reason", "probe"], casework);
            cases.run(user, &["document", "get", "1", "--output", &out, "--force"], notes);
        }
        cases.done();
    }
}
