//! `isets customer search-ies`: finding people in the IES data (S1, S2) and making them
//! ISETS customers (S3).

use crate::roles::customers::EXTRACT;
use crate::support::*;
use crate::{both, snapshot};

fn imported(db: &TestDb) {
    db.init();
    let path = db.home().join("extract.csv");
    std::fs::write(&path, EXTRACT).expect("write the extract");
    db.isets(&[
        "ies",
        "import",
        &path.display().to_string(),
        "--as-of",
        "2026-03-01",
    ])
    .assert()
    .success();
}

fn accounts(db: &TestDb) -> Vec<String> {
    db.strings(
        "SELECT individual_number || ' ' || COALESCE(account_email, '-') || ' ' \
         || CASE WHEN in_isets_since IS NULL THEN 'ies' ELSE 'isets' END \
         FROM customers ORDER BY individual_number",
    )
}

both! {
    fn s1_names_and_one_more_field_match_exactly(db) {
        imported(db);
        let mut results = String::new();
        for args in [
            vec!["--first", "jo", "--last", "DOE", "--dob", "03/04/1990"],
            vec!["--first", "Jo", "--last", "Doe", "--case-number", "C-100"],
            vec!["--first", "Jo", "--last", "Doe", "--individual-number", "123456789"],
            vec!["--first", "Jo", "--last", "Doe"],
            vec!["--first", "Jo", "--last", "Doe", "--dob", "3/4/1990"],
            vec!["--first", "Jo", "--last", "Doe", "--dob", "1990-03-04"],
            vec!["--first", "J", "--last", "Doe", "--dob", "03/04/1990"],
            vec!["--first", "Jo", "--last", "Doe", "--case-number", "C-200"],
        ] {
            let mut full = vec!["customer", "search-ies"];
            full.extend(args.iter().copied());
            results.push_str(&format!("== {}\n{}", args.join(" "), result_of(db, &mut db.isets(&full))));
        }
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("customer_search_ies_s1", results);
        });
    }

    fn s2_a_likely_ineligible_match_is_marked_and_never_blocks(db) {
        imported(db);
        // Doe's SNAP status becomes No; Roe's redetermination date is past by the test
        // clock (2026-03-02).
        let path = db.home().join("second.csv");
        let second = EXTRACT
            .replace(",Cook,Y,", ",Cook,N,")
            .replace("9876,,,,,,,P,,", "9876,,,,,,,P,2026-01-31,");
        std::fs::write(&path, second).expect("write");
        db.isets(&["ies", "import", &path.display().to_string()]).assert().success();
        snapshot!("customer_search_ies_s2", db, &mut db.isets(&[
            "customer", "search-ies", "--first", "Jo", "--last", "Doe", "--dob", "03/04/1990",
            "--email", "jo@isets.example",
        ]));
        assert_eq!(accounts(db), ["123456789 jo@isets.example isets", "223456789 - ies"]);
        snapshot!("customer_search_ies_s2_redetermination", db, &mut db.isets(&[
            "customer", "search-ies", "--first", "Al", "--last", "Roe", "--individual-number", "223456789",
            "--format", "json",
        ]));
    }

    fn s3_an_email_makes_the_match_an_isets_customer_once(db) {
        imported(db);
        let before = db.count("SELECT COUNT(*) FROM audit_log");
        let roe = ["customer", "search-ies", "--first", "Al", "--last", "Roe", "--case-number", "C-200"];
        let with_email = |email: &str| {
            let mut args = roe.to_vec();
            args.extend(["--email", email]);
            args.into_iter().map(String::from).collect::<Vec<_>>()
        };
        let dry: Vec<String> = with_email("al@isets.example").into_iter().chain(["--dry-run".to_string()]).collect();
        let dry: Vec<&str> = dry.iter().map(String::as_str).collect();
        db.isets(&dry).assert().success();
        assert_eq!(accounts(db), ["123456789 - ies", "223456789 - ies"]);
        let args = with_email("al@isets.example");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        snapshot!("customer_search_ies_s3_created", db, &mut db.isets(&args));
        assert_eq!(accounts(db), ["123456789 - ies", "223456789 al@isets.example isets"]);
        assert_eq!(
            db.strings("SELECT field || ': ' || new_value || ' by ' || changed_by FROM customer_history"),
            ["account_email: al@isets.example by admin"]
        );
        assert_eq!(
            db.strings("SELECT action || ' ' || entity_kind FROM audit_log ORDER BY id")[before as usize..],
            ["customer.create customer"]
        );
        // Again: the same account, nothing changes.
        snapshot!("customer_search_ies_s3_again", db, &mut db.isets(&args));
        // Another person may not take the same email; Roe may not get a second one.
        let doe = ["customer", "search-ies", "--first", "Jo", "--last", "Doe", "--case-number", "C-100", "--email", "AL@isets.example"];
        snapshot!("customer_search_ies_s3_taken", db, &mut db.isets(&doe));
        let second = with_email("al.roe@isets.example");
        let second: Vec<&str> = second.iter().map(String::as_str).collect();
        assert_eq!(db.isets(&second).output().expect("run").status.code(), Some(5));
        assert_eq!(accounts(db), ["123456789 - ies", "223456789 al@isets.example isets"]);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), before + 1);
    }
}

/// Doe and Roe made ISETS customers; Doe assigned to Acme Works.
fn two_customers(db: &TestDb) {
    db.with_providers();
    let path = db.home().join("extract.csv");
    std::fs::write(&path, EXTRACT).expect("write the extract");
    db.isets(&["ies", "import", &path.display().to_string()])
        .assert()
        .success();
    for (first, last, number, email) in [
        ("Jo", "Doe", "123456789", "jo@isets.example"),
        ("Al", "Roe", "223456789", "al@isets.example"),
    ] {
        db.isets(&[
            "customer",
            "search-ies",
            "--first",
            first,
            "--last",
            last,
            "--individual-number",
            number,
            "--email",
            email,
        ])
        .assert()
        .success();
    }
    crate::roles::customers::programs(db);
    db.isets(&[
        "customer",
        "assign",
        "123456789",
        "--provider",
        "Acme Works",
        "--program",
        "1",
        "--office",
        "Cook Central FCRC",
    ])
    .assert()
    .success();
}

both! {
    fn s6_a_forgiving_search_of_isets_customers_within_reach(db) {
        two_customers(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let mut results = String::new();
        for (user, args) in [
            ("admin", vec!["--last", "d"]),
            ("admin", vec!["--last", "ROE", "--first", "a"]),
            ("admin", vec!["--case-number", "C-100"]),
            ("admin", vec!["--provider", "Acme Works"]),
            ("admin", vec!["--last", "", "--provider", "Beta Jobs"]),
            ("admin", vec!["--first", "J"]),
            ("admin", vec![]),
            ("acmestaff", vec!["--last", "r"]),
            ("acmestaff", vec!["--last", "d"]),
            ("acmestaff", vec!["--provider", "Beta Jobs"]),
        ] {
            let mut full = vec!["customer", "search"];
            full.extend(args.iter().copied());
            results.push_str(&format!(
                "== {user}: {}\n{}",
                args.join(" "),
                result_of(db, &mut db.isets_as(user, &full))
            ));
        }
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("customer_search_s6", results);
        });
        // People of the IES data who are not ISETS customers are not listed (S6).
        let all = db.isets(&["customer", "search", "--last", "", "--limit", "1", "--individual-number", "123456789", "--format", "json"]).output().expect("run");
        assert_eq!(column(&serde_json::from_slice(&all.stdout).expect("json"), "last_name"), ["Doe"]);
    }
}

both! {
    fn i3_customer_history_shows_each_change_within_reach(db) {
        two_customers(db);
        let path = db.home().join("second.csv");
        std::fs::write(&path, EXTRACT.replace(",Cook,Y,", ",Lake,N,")).expect("write");
        db.isets(&["ies", "import", &path.display().to_string()]).assert().success();
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let mut results = String::new();
        for (user, number) in [
            ("admin", "123456789"),
            ("acmestaff", "123456789"),
            ("betastaff", "123456789"),
            ("acmestaff", "223456789"),
            ("admin", "999999999"),
        ] {
            results.push_str(&format!(
                "== {user}: {number}\n{}",
                result_of(db, &mut db.isets_as(user, &["customer", "history", number]))
            ));
        }
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("customer_history", results);
        });
    }
}
