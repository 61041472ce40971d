//! Employment and credentials (M1–M5, C1): who enters, ends and verifies employment,
//! approves its retention checks (VerifyEmployment), lists it and who is due, and who
//! adds, removes and lists credentials, for their own provider and for another (§1); a
//! super user does the case work only with a reason (§1, note 1).

use isets::permissions::Action;

use super::customers::doe_at_acme_roe_at_beta;
use super::*;
use crate::both;
use crate::employment::enrolled_since;

fn newest(db: &TestDb, sql: &'static str) -> String {
    db.count(sql).to_string()
}

/// `admin` enters employment of `customer` from 2025-12-01; returns its id.
fn employed(db: &TestDb, customer: &str) -> String {
    db.isets(&[
        "employment",
        "add",
        customer,
        "--employer",
        "Acme Tools",
        "--soc",
        "49-9071",
        "--job-title",
        "Maintenance Worker",
        "--start",
        "2025-12-01",
        "--wage",
        "17.50",
        "--hours",
        "25.5",
        "--note",
        "setup",
        "--reason",
        "setup",
    ])
    .assert()
    .success();
    newest(db, "SELECT MAX(id) FROM employments")
}

/// `admin` enters the 30-day verification of employment `id`.
fn verified(db: &TestDb, id: &str, document: &str) {
    db.isets(&[
        "employment",
        "verify",
        id,
        "--period",
        "30",
        "--document",
        document,
        "--note",
        "setup",
        "--reason",
        "setup",
    ])
    .assert()
    .success();
}

/// `admin` adds a credential of `customer`; returns its id.
fn credential(db: &TestDb, customer: &str) -> String {
    db.isets(&[
        "credential",
        "add",
        customer,
        "--title",
        "Forklift Operator",
        "--institution",
        "City College",
        "--earned",
        "2026-02-20",
        "--type",
        "certification",
        "--source",
        "Training provider",
        "--soc",
        "53-7051",
        "--occupation",
        "Industrial Truck Operators",
        "--cip",
        "49.0202",
        "--reason",
        "setup",
    ])
    .assert()
    .success();
    newest(db, "SELECT MAX(id) FROM credentials")
}

both! {
    fn employment_and_credentials_as_the_role_table_says(db) {
        setup(db);
        doe_at_acme_roe_at_beta(db);
        // Doe is Acme Works' customer, enrolled in its program 1; Roe Beta Jobs', in its
        // program 2; both with a SNAP E&T activity started.
        enrolled_since(db, "123456789", 1, true);
        enrolled_since(db, "223456789", 2, true);
        let stub = db.home().join("stub.pdf");
        std::fs::write(&stub, b"pay stub").expect("write");
        let stub = stub.display().to_string();
        let users = operators();
        let targets: Vec<[String; 6]> = users
            .iter()
            .map(|_| {
                let (ended, to_verify, to_approve) = (employed(db, "123456789"), employed(db, "123456789"), employed(db, "123456789"));
                verified(db, &to_approve, &stub);
                let roe = employed(db, "223456789");
                verified(db, &roe, &stub);
                [ended, to_verify, to_approve, roe, credential(db, "123456789"), credential(db, "223456789")]
            })
            .collect();
        // A super user without a reason is refused before anything is written.
        let before = state(db);
        for args in [
            vec!["employment", "end", targets[0][0].as_str(), "--date", "2026-02-27", "--note", "x"],
            vec!["credential", "remove", targets[0][4].as_str(), "--note", "x"],
        ] {
            let out = db.isets(&args).output().expect("run");
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stderr(&out).contains("--reason: \"\" is required: a super user may"), "{}", stderr(&out));
        }
        assert_eq!(state(db), before);
        let mut cases = Cases::new(db);
        for (user, [ended, to_verify, to_approve, roe, doe_credential, roe_credential]) in users.into_iter().zip(&targets) {
            let own = want(Action::CaseWork, user, Some(ACME));
            let r = ["--reason", "probe"];
            let add = ["employment", "add", "123456789", "--employer", "Tools", "--soc", "49-9071", "--job-title", "Worker",
                "--start", "2026-01-05", "--wage", "16", "--hours", "30", "--note", "probe"];
            cases.run(user, &[&add[..], &r].concat(), own);
            cases.run(user, &[&["employment", "end", ended, "--date", "2026-02-27", "--note", "probe"][..], &r].concat(), own);
            cases.run(user, &[&["employment", "verify", to_verify, "--period", "30", "--document", &stub, "--note", "probe"][..], &r].concat(), own);
            cases.run(user, &["employment", "approve", to_approve, "--period", "30"], want(Action::VerifyEmployment, user, Some(ACME)));
            cases.run(user, &["employment", "list", "123456789"], want(Action::Reports, user, Some(ACME)));
            cases.run(user, &["employment", "due"], want(Action::Reports, user, None));
            let cred = ["credential", "add", "123456789", "--title", "CDL", "--institution", "Truck School", "--earned", "2026-02-01",
                "--type", "license", "--source", "Training", "--soc", "53-3032", "--occupation", "Truck Drivers", "--cip", "49.0205"];
            cases.run(user, &[&cred[..], &r].concat(), own);
            cases.run(user, &[&["credential", "remove", doe_credential, "--note", "probe"][..], &r].concat(), own);
            cases.run(user, &["credential", "list", "123456789"], want(Action::Reports, user, Some(ACME)));
            // Another provider's customer.
            let other = want(Action::CaseWork, user, Some(BETA));
            let add = ["employment", "add", "223456789", "--employer", "Tools", "--soc", "49-9071", "--job-title", "Worker",
                "--start", "2026-01-05", "--wage", "16", "--hours", "30", "--note", "probe"];
            cases.run(user, &[&add[..], &r].concat(), other);
            cases.run(user, &["employment", "approve", roe, "--period", "30"], want(Action::VerifyEmployment, user, Some(BETA)));
            cases.run(user, &[&["credential", "remove", roe_credential, "--note", "probe"][..], &r].concat(), other);
        }
        cases.done();
    }
}
