//! The customer record: people entered by hand (S4), assignments (S5), the fields ISETS
//! may change (I2), the Overview (`customer show`), the Integrated Resource Team (K1),
//! case notes, and listings limited to some locations (§1).

use crate::both;
use crate::roles::customers::EXTRACT;
use crate::support::*;

fn import(db: &TestDb, name: &str, text: &str) {
    let path = db.home().join(name);
    std::fs::write(&path, text).expect("write the extract");
    db.isets(&["ies", "import", &path.display().to_string(), "--force"])
        .assert()
        .success();
}

/// Providers, the extract imported, Doe an ISETS customer; program 1 of Acme Works at
/// Main, program 2 at its second location North.
fn doe(db: &TestDb) {
    db.with_providers();
    db.customers_from(EXTRACT, NOW, &[DOE]);
    db.isets(&[
        "provider",
        "add-location",
        "Acme Works",
        "--name",
        "North",
        "--address",
        "9 North Ave, Evanston",
        "--county",
        "Cook",
        "--dhs-office",
        "Cook North FCRC",
    ])
    .assert()
    .success();
    for location in ["Main", "North"] {
        db.isets(&[
            "provider",
            "add-program",
            "Acme Works",
            "--contract",
            "FCSACME1",
            "--location",
            location,
            "--type",
            "snap-jp",
            "--fiscal-year",
            "FY27",
            "--activity",
            "SJS",
            "--full-time",
            "--description",
            "Job search",
        ])
        .assert()
        .success();
    }
}

pub(crate) fn assigned(db: &TestDb) {
    doe(db);
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

const HAND: [&str; 18] = [
    "customer",
    "add",
    "--individual-number",
    "555000111",
    "--case-number",
    "C-555",
    "--last",
    "Poe",
    "--first",
    "Ed",
    "--dob",
    "01/02/1990",
    "--ssn-last4",
    "4321",
    "--email",
    "ed.poe@isets.example",
    "--office",
    "Cook Central FCRC",
];

both! {
    fn s4_idhs_staff_enter_a_pending_person_and_the_next_import_reconciles(db) {
        db.with_providers();
        db.add_user("acmepm", "Acme Works", "provider-manager");
        let with = |flag: &str, value: &str| {
            let mut args = HAND.to_vec();
            let at = args.iter().position(|a| *a == flag).expect("flag") + 1;
            args[at] = Box::leak(value.to_string().into_boxed_str());
            args
        };
        let before = db.count("SELECT COUNT(*) FROM audit_log");
        let text = transcript(db, &[
            ("acmepm", HAND.to_vec()),
            ("admin", with("--individual-number", "12345")),
            ("admin", with("--dob", "02/30/1990")),
            ("admin", with("--ssn-last4", "123456789")),
            ("admin", with("--last", " ")),
            ("admin", with("--office", " ")),
            ("admin", with("--first", "Edward")),
            ("admin", with("--individual-number", "555000222")),
            ("admin", vec!["customer", "show", "555000111", "--format", "json"]),
        ]);
        snapshot_of("customer_add_s4", &text);
        // Only the first add wrote: the person, their two history rows and status.
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), before + 1);
        assert_eq!(
            db.strings("SELECT individual_number || ' ' || snap_status || ' ' || CASE WHEN entered_by_hand THEN 'by hand' ELSE 'ies' END || ' ' || row_hash FROM customers"),
            [format!("555000111 P by hand {}", "0".repeat(64))]
        );
        // The next import carries the person: IES overwrites, and the record is no longer
        // one entered by hand (S4, I2).
        import(db, "next.csv", &format!(
            "{EXTRACT}555000111,C-556,Poe,Ed,1990-01-02,4321,ed.poe@isets.example,,,,,,Y,,\n"
        ));
        snapshot_of("customer_add_s4_reconciled", &transcript(db, &[("admin", vec!["customer", "history", "555000111"])]));
        assert_eq!(
            db.strings("SELECT case_number || ' ' || snap_status || ' ' || CASE WHEN entered_by_hand THEN 'by hand' ELSE 'ies' END FROM customers WHERE individual_number = '555000111'"),
            ["C-556 Y ies"]
        );
    }
}

both! {
    fn s5_an_assignment_brings_the_customer_within_reach_of_its_location(db) {
        doe(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.isets(&[
            "user", "add", "northstaff", "--first", "Nora", "--last", "North", "--email", "nora@example.org",
            "--dob", "1984-04-04", "--org", "Acme Works", "--role", "provider-staff", "--location", "north",
            "--authorized-by", "Pat Approver", "--access-request", "IL444-2022-0009", "--yes",
        ])
        .assert()
        .success();
        let assign = |number: &'static str, provider: &'static str, program: &'static str| {
            vec!["customer", "assign", number, "--provider", provider, "--program", program, "--office", "Cook Central FCRC"]
        };
        let text = transcript(db, &[
            ("acmestaff", vec!["customer", "search", "--last", "doe"]),
            ("acmestaff", assign("123456789", "Acme Works", "1")),
            ("acmestaff", assign("123456789", "Acme Works", "1")),
            ("acmestaff", assign("123456789", "Acme Works", "7")),
            ("acmestaff", assign("123456789", "Beta Jobs", "1")),
            ("acmestaff", assign("999999999", "Acme Works", "1")),
            ("acmestaff", assign("223456789", "Acme Works", "1")),
            ("acmestaff", vec!["customer", "search", "--last", "doe"]),
            ("northstaff", vec!["customer", "show", "123456789"]),
            ("northstaff", assign("123456789", "Acme Works", "1")),
            ("northstaff", vec!["customer", "assign", "123456789", "--provider", "Acme Works", "--program", "2", "--office", "Cook North FCRC"]),
            ("northstaff", vec!["customer", "search", "--last", "doe"]),
            ("admin", vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("customer_assign_s5", &text);
        assert_eq!(
            db.strings("SELECT a.program_id || ' ' || x.name || ' ' || a.office || ' ' || a.assigned_by FROM customer_assignments a JOIN locations x ON x.id = a.location_id ORDER BY a.id"),
            ["1 Main Cook Central FCRC acmestaff", "2 North Cook North FCRC northstaff"]
        );
        assert_eq!(db.strings("SELECT office FROM customers WHERE individual_number = '123456789'"), ["Cook North FCRC"]);
    }
}

both! {
    fn i2_snap_status_by_idhs_staff_case_number_by_providers_until_the_next_import(db) {
        assigned(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("acmepm", "Acme Works", "provider-manager");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let edit = |flags: &[&'static str]| {
            let mut args = vec!["customer", "edit", "123456789"];
            args.extend(flags);
            args
        };
        let mut text = transcript(db, &[
            ("acmestaff", edit(&["--case-number", "C-777"])),
            ("acmestaff", edit(&["--snap-status", "N"])),
            ("betastaff", edit(&["--case-number", "C-888"])),
            ("acmepm", edit(&["--snap-status", "n"])),
            ("admin", edit(&["--snap-status", "X"])),
            ("admin", edit(&["--case-number", " "])),
            ("admin", edit(&[])),
            ("admin", edit(&["--snap-status", "N", "--format", "json"])),
        ]);
        // The next import overwrites both from IES and records it (I2).
        import(db, "again.csv", EXTRACT);
        text.push_str(&transcript(db, &[("admin", vec!["customer", "history", "123456789"])]));
        snapshot_of("customer_edit_i2", &text);
        assert_eq!(
            db.strings("SELECT case_number || ' ' || snap_status FROM customers WHERE individual_number = '123456789'"),
            ["C-100 Y"]
        );
    }
}

both! {
    fn the_overview_has_every_section_and_only_the_ssns_last_four(db) {
        assigned(db);
        let text = transcript(db, &[
            ("admin", vec!["customer", "show", "123456789"]),
            ("admin", vec!["customer", "show", "123456789", "--format", "json"]),
            ("admin", vec!["customer", "show", "223456789"]),
        ]);
        snapshot_of("customer_show", &text);
    }
}

both! {
    fn k1_the_team_gives_access_and_a_removed_listing_leaves_the_providers_teams(db) {
        assigned(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("acmepm", "Acme Works", "provider-manager");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let team = |verb: &'static str, user: &'static str, org: &'static str| {
            vec!["customer", "team", verb, "123456789", "--user", user, "--org", org]
        };
        let text = transcript(db, &[
            ("betastaff", vec!["customer", "show", "123456789", "--format", "json"]),
            ("admin", team("add", "betastaff", "Beta Jobs")),
            ("betastaff", vec!["customer", "search", "--last", "doe"]),
            ("acmestaff", team("add", "acmepm", "Acme Works")),
            ("acmestaff", team("add", "acmepm", "Acme Works")),
            ("acmestaff", team("add", "betastaff", "Beta Jobs")),
            ("acmestaff", team("add", "nobody", "Acme Works")),
            ("betastaff", vec!["customer", "team", "list", "123456789"]),
            ("admin", vec!["user", "remove", "acmepm", "--org", "Acme Works", "--role", "provider-manager", "--requested-by", "admin", "--yes"]),
            ("admin", vec!["customer", "team", "remove", "123456789", "--user", "betastaff", "--org", "Beta Jobs", "--reason", "referral closed"]),
            ("admin", team("remove", "betastaff", "Beta Jobs")),
            ("admin", vec!["customer", "team", "list", "123456789"]),
            ("betastaff", vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("customer_team_k1", &text);
    }
}

both! {
    fn case_notes_are_written_for_an_organization_and_never_change(db) {
        assigned(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let text = transcript(db, &[
            ("acmestaff", vec!["note", "add", "123456789", "--subject", "Intake", "--message", "Met Jo; brings ID next week."]),
            ("admin", vec!["note", "add", "123456789", "--subject", "Call", "--message", "Left a message."]),
            ("admin", vec!["note", "add", "123456789", "--subject", "Call", "--message", "x", "--org", "Beta Jobs"]),
            ("acmestaff", vec!["note", "add", "123456789", "--subject", " ", "--message", "x"]),
            ("betastaff", vec!["note", "add", "123456789", "--subject", "Hi", "--message", "x"]),
            ("betastaff", vec!["note", "list", "123456789"]),
            ("acmestaff", vec!["note", "list", "123456789"]),
        ]);
        snapshot_of("customer_notes", &text);
        assert_eq!(db.count("SELECT COUNT(*) FROM customer_notes"), 2);
    }
}

both! {
    fn an_apply_file_limits_a_listing_to_locations(db) {
        db.init();
        let fixture = std::fs::read_to_string(format!("{}/tests/fixtures/onboarding.toml", env!("CARGO_MANIFEST_DIR")))
            .expect("fixture");
        let limited = fixture.replace(
            "  role = \"provider-staff\"\n",
            "  role = \"provider-staff\"\n  locations = [\"Decatur\"]\n",
        );
        assert_ne!(limited, fixture, "the fixture has a provider-staff user");
        let path = db.home().join("limited.toml");
        std::fs::write(&path, &limited).expect("write");
        db.isets(&["apply", &path.display().to_string()]).assert().success();
        assert_eq!(
            db.strings("SELECT u.username || ' ' || x.name FROM listing_locations ll JOIN listings l ON l.id = ll.listing_id \
                        JOIN users u ON u.id = l.user_id JOIN locations x ON x.id = ll.location_id"),
            ["tnguyen Decatur"]
        );
        // The same file again changes nothing; another limit, or none, changes the listing.
        let plan = db.isets(&["plan", &path.display().to_string()]).output().expect("run");
        assert_eq!(plan.status.code(), Some(0), "{}", stdout(&plan));
        let both = db.home().join("both.toml");
        std::fs::write(&both, limited.replace("[\"Decatur\"]", "[\"springfield\", \"Decatur\"]")).expect("write");
        db.isets(&["apply", &both.display().to_string()]).assert().success();
        snapshot_of("listing_location_limits", &transcript(db, &[
            ("admin", vec!["user", "show", "tnguyen"]),
            ("admin", vec!["plan", &path.display().to_string()]),
        ]));
        db.isets(&["apply", &path.display().to_string()]).assert().success();
        let wrong = db.home().join("wrong.toml");
        std::fs::write(&wrong, fixture.replace(
            "  role = \"provider-staff\"\n",
            "  role = \"provider-staff\"\n  locations = [\"Peoria\"]\n",
        ).replace("tnguyen", "tnguyen2").replace("thanh.nguyen@", "thanh.nguyen2@").replace("Thanh", "Tam")).expect("write");
        let out = db.isets(&["apply", &wrong.display().to_string()]).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("\"Peoria\" is not a location of Prairie Workforce Partners"), "{}", stderr(&out));
        assert_eq!(db.count("SELECT COUNT(*) FROM listing_locations"), 1);
        // No limit: the listing covers every location again.
        let none = db.home().join("none.toml");
        std::fs::write(&none, &fixture).expect("write");
        db.isets(&["apply", &none.display().to_string()]).assert().success();
        assert_eq!(db.count("SELECT COUNT(*) FROM listing_locations"), 0);
    }
}
