//! Credentials earned (C1) through the binary: added, listed, shown in the Overview,
//! removed and kept (H1); the rules held and broken (rule id, exit code, nothing
//! written).

use crate::both;
use crate::employment::{employable, with_flags, written};
use crate::support::*;

fn add<'a>(more: &[&'a str]) -> Vec<&'a str> {
    let args = vec![
        "credential",
        "add",
        "123456789",
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
    ];
    with_flags(args, more)
}

both! {
    fn c1_credentials_added_listed_shown_and_removed(db) {
        employable(db, true);
        let before = written(db);
        let text = transcript(db, &[
            // C1: the CIP code is NN.NNNN, the SOC code NN-NNNN, earned not a day to come.
            ("acmestaff", add(&["--cip", "49.02"])),
            ("acmestaff", add(&["--soc", "5370"])),
            ("acmestaff", add(&["--earned", "2026-03-03"])),
            ("acmestaff", add(&["--type", "badge"])),
            ("acmestaff", add(&["--title", " "])),
            ("acmestaff", add(&["--activity", "99"])),
            // A super user acts in the provider's place only with a reason (§1, note 1).
            ("admin", add(&[])),
        ]);
        assert_eq!(written(db), before);
        let text = text + &transcript(db, &[
            ("acmestaff", add(&["--industry-recognized", "--activity", "1"])),
            ("acmestaff", vec!["credential", "add", "123456789", "--title", "High School Equivalency", "--institution", "Adult Ed Center",
                "--earned", "01/15/2026", "--type", "Diploma/GED", "--source", "Adult education", "--soc", "53-0000",
                "--occupation", "Transportation and Material Moving", "--cip", "32.0208"]),
            ("acmestaff", vec!["credential", "remove", "2"]),
            ("acmestaff", vec!["credential", "remove", "2", "--note", "Entered for the wrong customer"]),
            ("acmestaff", vec!["credential", "remove", "2", "--note", "again"]),
            ("acmestaff", vec!["credential", "remove", "9", "--note", "x"]),
            ("acmestaff", vec!["credential", "list", "123456789"]),
            ("acmestaff", vec!["credential", "list", "123456789", "--format", "json"]),
        ]);
        snapshot_of("credentials_c1", &text);
        assert_eq!(
            db.strings("SELECT title || ' ' || credential_type || ' ' || cip || ' ' || coalesce(removed_by, '-') FROM credentials ORDER BY id"),
            ["Forklift Operator certification 49.0202 -", "High School Equivalency diploma-ged 32.0208 acmestaff"]
        );
        assert_eq!(
            db.strings("SELECT subject FROM customer_notes ORDER BY id"),
            ["Credential 2 High School Equivalency removed"]
        );
        // The Overview shows the credentials standing.
        let out = db.isets_as("acmestaff", &["customer", "show", "123456789", "--format", "json"]).output().expect("run");
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(column(&v["outcomes"]["credentials"], "title"), ["Forklift Operator"]);
        let table = db.isets_as("acmestaff", &["customer", "show", "123456789"]).output().expect("run");
        assert!(stdout(&table).contains("Credentials Earned (C1)"), "{}", stdout(&table));
    }
}
