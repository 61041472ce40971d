//! `isets user add|remove|list|show`: rules U1–U6.

use crate::support::*;
use crate::{both, snapshot};

const JANE: [&str; 10] = [
    "--first",
    "Jane",
    "--last",
    "Doe",
    "--email",
    "jane.doe@acme.example",
    "--dob",
    "05/06/1990",
    "--org",
    "Acme Works",
];

fn add_jane(db: &TestDb, username: &str, extra: &[&str]) -> std::process::Output {
    add_jane_as(db, username, "provider-staff", extra)
}

fn add_jane_as(db: &TestDb, username: &str, role: &str, extra: &[&str]) -> std::process::Output {
    jane_as(db, username, role, extra).output().expect("run")
}

/// `user add USERNAME` for Jane Doe as `role`, with the paperwork U3 asks for.
fn jane_as(db: &TestDb, username: &str, role: &str, extra: &[&str]) -> assert_cmd::Command {
    let mut args = vec!["user", "add", username];
    args.extend(JANE);
    args.extend([
        "--role",
        role,
        "--access-request",
        "IL444-2022-0042",
        "--authorized-by",
        "Pat Manager",
    ]);
    args.extend(extra);
    db.isets(&args)
}

fn table_counts(db: &TestDb) -> (i64, i64, i64) {
    (
        db.count("SELECT COUNT(*) FROM users"),
        db.count("SELECT COUNT(*) FROM listings"),
        db.count("SELECT COUNT(*) FROM audit_log"),
    )
}

both! {
    fn u1_add_creates_account_listing_and_audit(db) {
        db.with_providers();
        let out = add_jane(db, "jdoe", &[]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            db.rows::<(String, String, String, String, String)>(
                "SELECT u.username, u.email, CAST(u.date_of_birth AS TEXT), o.name, l.role \
                 FROM users u JOIN listings l ON l.user_id = u.id JOIN organizations o ON o.id = l.organization_id \
                 WHERE u.username = 'jdoe'"
            ),
            vec![("jdoe".into(), "jane.doe@acme.example".into(), "1990-05-06".into(), "Acme Works".into(), "provider-staff".into())]
        );
        assert_eq!(
            db.rows::<(String, String, String)>(
                "SELECT request_kind, request_ref, authorized_by FROM listings l JOIN users u ON u.id = l.user_id WHERE u.username = 'jdoe'"
            ),
            vec![("IL444-2022".into(), "IL444-2022-0042".into(), "Pat Manager".into())]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE entity_id = 'jdoe' ORDER BY id"),
            vec!["user.create", "listing.add"]
        );
        assert!(stderr(&out).contains("created user jdoe as provider-staff on Acme Works"), "{}", stderr(&out));
    }

    fn u1_missing_or_bad_fields_are_refused_without_writing(db) {
        db.with_providers();
        let before = table_counts(db);
        let out = db
            .isets(&["user", "add", "jdoe", "--first", "Jane", "--last", "Doe", "--dob", "1990-05-06",
                     "--org", "Acme Works", "--role", "provider-staff"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stderr(&out), "error: --email is required (U1)\n");
        let out = add_jane(db, "jdoe", &["--dob", "1990-13-01"]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        snapshot!("u1_dob_not_a_date", db, &mut db.isets(&[
            "user", "add", "jdoe", "--first", "Jane", "--last", "Doe", "--email", "j@x.org",
            "--dob", "31/12/1990", "--org", "Acme Works", "--role", "provider-staff"]));
        snapshot!("u1_username_not_a_username", db, &mut db.isets(&[
            "user", "add", "Bad Name", "--first", "Jane", "--last", "Doe", "--email", "j@x.org",
            "--dob", "1990-12-31", "--org", "Acme Works", "--role", "provider-staff"]));
        assert_eq!(table_counts(db), before);
    }

    fn u2_provider_without_current_spcq_gets_no_users(db) {
        db.init();
        // A future approval date is refused; a pending SPCQ is recorded without one.
        let out = db.isets(&["provider", "add", "Future Co", "--spcq-approved-on", "2026-12-01"]).output().expect("run");
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(
            stderr(&out),
            "error: rule U2: --spcq-approved-on 2026-12-01 is in the future; an SPCQ is on file only once approved: \
             record the provider as pending and set the date when it is approved\n"
        );
        db.isets(&["provider", "add", "Future Co", "--spcq-pending"]).assert().success();
        let before = table_counts(db);
        let out = db
            .isets(&["user", "add", "fut1", "--first", "F", "--last", "U", "--email", "f@future.example",
                     "--dob", "1980-01-01", "--org", "Future Co", "--role", "provider-staff",
                     "--access-request", "IL444-9", "--authorized-by", "Boss"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(
            stderr(&out),
            "error: rule U2: provider \"Future Co\" has no approved Security and Privacy Controls Questionnaire (SPCQ) on file: no user can be listed on it\n"
        );
        assert_eq!(table_counts(db), before);
    }

    fn u3_paperwork_is_required_for_each_kind_of_user(db) {
        db.with_providers();
        let before = table_counts(db);
        let out = db
            .isets(&["user", "add", "jdoe", "--first", "Jane", "--last", "Doe", "--email", "j@acme.example",
                     "--dob", "1990-05-06", "--org", "Acme Works", "--role", "provider-staff",
                     "--authorized-by", "Pat"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(
            stderr(&out),
            "error: rule U3: --access-request is required for a provider user: the reference of the signed access request (form IL444-2022)\n"
        );
        let out = db
            .isets(&["user", "add", "jdoe", "--first", "Jane", "--last", "Doe", "--email", "j@acme.example",
                     "--dob", "1990-05-06", "--org", "Acme Works", "--role", "provider-staff",
                     "--access-request", "IL444-1"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(stderr(&out), "error: rule U3: --authorized-by is required: who authorized this access\n");
        let out = db
            .isets(&["user", "add", "wfd9", "--first", "W", "--last", "F", "--email", "w@idhs.example",
                     "--dob", "1990-05-06", "--org", "IDHS", "--role", "wfd", "--authorized-by", "Chief"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(4));
        assert_eq!(
            stderr(&out),
            "error: rule U3: --manager-request is required for IDHS staff: the reference of their manager's written request\n"
        );
        let out = db
            .isets(&["user", "add", "wfd9", "--first", "W", "--last", "F", "--email", "w@idhs.example",
                     "--dob", "1990-05-06", "--org", "IDHS", "--role", "provider-staff",
                     "--manager-request", "MR-7", "--authorized-by", "Chief"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "a provider role on IDHS is refused");
        // A provider manager is IDHS staff listed on a provider: a manager's request.
        let out = db
            .isets(&["user", "add", "pm9", "--first", "P", "--last", "M", "--email", "pm9@idhs.example",
                     "--dob", "1990-05-06", "--org", "Acme Works", "--role", "provider-manager",
                     "--access-request", "IL444-3", "--authorized-by", "Chief"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("IDHS staff (including provider managers) need the manager's written request"), "{}", stderr(&out));
        assert_eq!(table_counts(db), before);
        db.isets(&["user", "add", "wfd9", "--first", "W", "--last", "F", "--email", "w@idhs.example",
                   "--dob", "1990-05-06", "--org", "IDHS", "--role", "wfd",
                   "--manager-request", "MR-7", "--authorized-by", "Chief"])
            .assert()
            .success();
        assert_eq!(
            db.strings("SELECT request_kind FROM listings l JOIN users u ON u.id = l.user_id WHERE u.username = 'wfd9'"),
            vec!["manager-request"]
        );
    }

    fn u4_same_person_reuses_the_account_never_duplicates(db) {
        db.with_providers();
        assert!(add_jane(db, "jdoe", &[]).status.success());
        // Same email, other username, other organization: shown, and needs --yes.
        let mut args = vec!["user", "add", "janed", "--first", "Jane", "--last", "Doe",
            "--email", "JANE.DOE@acme.example", "--dob", "1990-05-06", "--org", "Beta Jobs",
            "--role", "provider-staff", "--access-request", "IL444-7", "--authorized-by", "Lee"];
        let before = table_counts(db);
        snapshot!("u4_same_email_asks_for_confirmation", db, &mut db.isets(&args));
        assert_eq!(table_counts(db), before);
        args.push("--yes");
        snapshot!("u4_same_email_confirmed", db, &mut db.isets(&args));
        assert_eq!(db.count("SELECT COUNT(*) FROM users WHERE last_name = 'Doe'"), 1);
        assert_eq!(
            db.strings("SELECT o.name FROM listings l JOIN organizations o ON o.id = l.organization_id \
                        JOIN users u ON u.id = l.user_id WHERE u.username = 'jdoe' ORDER BY o.name"),
            vec!["Acme Works", "Beta Jobs"]
        );
        // The same listing again is a conflict.
        snapshot!("u4_same_listing_again", db, &mut jane_as(db, "jdoe", "provider-staff", &[]));
        // Name and date of birth match too, with a different email.
        snapshot!("u4_matched_by_name_and_date_of_birth", db, &mut db.isets(&[
            "user", "add", "jd2", "--first", "JANE", "--last", "doe", "--email", "jd@other.example",
            "--dob", "1990-05-06", "--org", "Acme Works", "--role", "program-manager",
            "--access-request", "IL444-8", "--authorized-by", "Lee", "--yes"]));
        assert_eq!(db.count("SELECT COUNT(*) FROM users WHERE lower(last_name) = 'doe'"), 1);
    }

    fn u4_username_of_another_person_is_a_conflict(db) {
        db.with_providers();
        db.add_user("taken", "Acme Works", "provider-staff");
        let before = table_counts(db);
        snapshot!("u4_username_of_another_person", db, &mut jane_as(db, "taken", "provider-staff", &[]));
        assert_eq!(table_counts(db), before);
    }

    fn u4_removed_account_is_reactivated(db) {
        db.with_providers();
        assert!(add_jane(db, "jdoe", &[]).status.success());
        db.isets(&["user", "remove", "jdoe", "--all", "--requested-by", ADMIN, "--yes"]).assert().success();
        snapshot!("u4_removed_account_reactivated", db, &mut jane_as(db, "jdoe", "program-manager", &[]));
        assert_eq!(db.count("SELECT COUNT(*) FROM users WHERE username = 'jdoe'"), 1);
        assert_eq!(
            db.strings("SELECT role FROM listings l JOIN users u ON u.id = l.user_id \
                        WHERE u.username = 'jdoe' AND removed_at IS NULL"),
            vec!["program-manager"]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE entity_id = 'jdoe' ORDER BY id"),
            vec!["user.create", "listing.add", "listing.remove", "user.reactivate"]
        );
    }

    fn u5_remove_one_listing_keeps_account_and_history(db) {
        db.with_providers();
        db.add_user("prog1", "Acme Works", "program-manager");
        assert!(add_jane(db, "jdoe", &[]).status.success());
        assert!(add_jane_as(db, "jdoe", "program-manager", &[]).status.success());
        // Without a terminal and without --yes it refuses and changes nothing.
        let before = table_counts(db);
        snapshot!("u5_remove_needs_yes_without_a_terminal", db, &mut db.isets(&[
            "user", "remove", "jdoe", "--org", "Acme Works", "--role", "provider-staff", "--requested-by", "prog1"]));
        assert_eq!(table_counts(db), before);
        db.isets(&["user", "remove", "jdoe", "--org", "Acme Works", "--role", "provider-staff",
                   "--requested-by", "prog1", "--yes", "--reason", "left the agency"])
            .assert()
            .success();
        assert_eq!(
            db.rows::<(String, Option<String>, Option<String>)>(
                "SELECT role, removed_by, removal_requested_by FROM listings l JOIN users u ON u.id = l.user_id \
                 WHERE u.username = 'jdoe' ORDER BY l.id"
            ),
            vec![
                ("provider-staff".into(), Some(ADMIN.into()), Some("prog1".into())),
                ("program-manager".into(), None, None),
            ]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM users WHERE username = 'jdoe'"), 1);
        assert_eq!(
            db.strings("SELECT reason FROM audit_log WHERE action = 'listing.remove'"),
            vec!["left the agency"]
        );
    }

    fn u5_requester_must_represent_the_organization(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        db.add_user("progb", "Beta Jobs", "program-manager");
        let before = table_counts(db);
        for requester in ["progb", "staff1", "nobody"] {
            snapshot!(format!("u5_requester_{requester}"), db, &mut db.isets(&[
                "user", "remove", "staff1", "--all", "--requested-by", requester, "--yes"]));
        }
        assert_eq!(table_counts(db), before);
    }

    fn u5_removed_user_can_do_nothing_and_last_super_user_stays(db) {
        db.with_providers();
        db.add_user("su2", "IDHS", "super-user");
        db.isets(&["user", "remove", "su2", "--all", "--requested-by", ADMIN, "--yes"]).assert().success();
        snapshot!("u5_removed_user_can_do_nothing", db, &mut db.isets_as("su2", &["org", "list"]));
        let before = table_counts(db);
        snapshot!("u5_last_super_user_stays", db, &mut db.isets(&[
            "user", "remove", ADMIN, "--all", "--requested-by", ADMIN, "--yes"]));
        assert_eq!(table_counts(db), before);
    }

    fn u6_list_shows_listings_and_last_activity(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        // ops1 last wrote on 2026-01-10; admin writes at NOW (2026-03-02).
        db.add_user("ops1", "IDHS", "super-user");
        db.isets_at("ops1", "2026-01-10T12:00:00Z", &["provider", "add", "Old Co", "--spcq-approved-on", "2020-01-01"])
            .assert()
            .success();
        let out = db.isets(&["user", "list", "--format", "csv"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            stdout(&out),
            "username,first_name,last_name,email,organization,role,listed_on,removed_on,last_activity\n\
             admin,Ada,Admin,ada.admin@illinois.example,IDHS,super-user,2026-03-02,,2026-03-02T15:04:05Z\n\
             ops1,ops1,Tester,ops1@example.org,IDHS,super-user,2026-03-02,,2026-01-10T12:00:00Z\n\
             staff1,staff1,Tester,staff1@example.org,Acme Works,provider-staff,2026-03-02,,\n"
        );
        let stale = db.isets(&["user", "list", "--stale", "30", "-q"]).output().expect("run");
        assert_eq!(stdout(&stale), "ops1\nstaff1\n");
        let org = db.isets(&["user", "list", "--org", "acme works", "-q"]).output().expect("run");
        assert_eq!(stdout(&org), "staff1\n");
        let role = db.isets(&["user", "list", "--role", "super-user", "-q"]).output().expect("run");
        assert_eq!(stdout(&role), "admin\nops1\n");
        db.isets(&["user", "remove", "staff1", "--all", "--requested-by", ADMIN, "--yes"]).assert().success();
        let active = db.isets(&["user", "list", "-q"]).output().expect("run");
        assert_eq!(stdout(&active), "admin\nops1\n");
        let all = db.isets(&["user", "list", "--all", "--org", "Acme Works", "--format", "json"]).output().expect("run");
        let rows: serde_json::Value = serde_json::from_slice(&all.stdout).expect("json");
        assert_eq!(rows[0]["username"], "staff1");
        assert_eq!(rows[0]["removed_on"], "2026-03-02");
    }

    fn show_lists_every_listing_past_and_present(db) {
        db.with_providers();
        assert!(add_jane(db, "jdoe", &[]).status.success());
        db.isets(&["user", "remove", "jdoe", "--all", "--requested-by", ADMIN, "--yes"]).assert().success();
        let out = db.isets(&["user", "show", "jdoe", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["username"], "jdoe");
        assert_eq!(v["date_of_birth"], "1990-05-06");
        assert_eq!(v["status"], "removed");
        assert_eq!(v["listings"][0]["organization"], "Acme Works");
        assert_eq!(v["listings"][0]["removed_by"], ADMIN);
        let table = db.isets(&["user", "show", "jdoe"]).output().expect("run");
        let text = stdout(&table);
        assert!(text.contains("| status        | removed"), "{text}");
        assert!(text.contains("IL444-2022 IL444-2022-0042"), "{text}");
        let missing = db.isets(&["user", "show", "ghost"]).output().expect("run");
        assert_eq!(missing.status.code(), Some(3));
        assert_eq!(stderr(&missing), "error: user \"ghost\" not found\n");
    }

    fn dry_run_shows_changes_and_writes_nothing(db) {
        db.with_providers();
        let before = table_counts(db);
        let out = add_jane(db, "jdoe", &["--dry-run", "--format", "json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["dry_run"], true);
        assert_eq!(v["changes"][0]["action"], "user.create");
        assert_eq!(v["changes"][0]["after"]["email"], "jane.doe@acme.example");
        assert_eq!(v["changes"][1]["action"], "listing.add");
        assert!(stderr(&out).contains("dry run: nothing was written"), "{}", stderr(&out));
        assert_eq!(table_counts(db), before);
        db.add_user("staff1", "Acme Works", "provider-staff");
        let before = table_counts(db);
        db.isets(&["user", "remove", "staff1", "--all", "--requested-by", ADMIN, "--dry-run"])
            .assert()
            .success();
        assert_eq!(table_counts(db), before);
        assert_eq!(db.count("SELECT COUNT(*) FROM listings WHERE removed_at IS NOT NULL"), 0);
    }
}

both! {
    fn u6_a_program_manager_sees_its_users_last_activity_without_reading_the_audit_log(db) {
        db.with_providers();
        db.add_user("prog1", "Acme Works", "program-manager");
        db.add_user("staff1", "Acme Works", "provider-staff");
        db.add_user("beta1", "Beta Jobs", "provider-staff");
        for (user, org) in [("staff1", "Acme Works"), ("beta1", "Beta Jobs")] {
            db.isets_as(user, &["provider", "add-note", org, "--subject", "Visit", "--message", "ok"])
                .assert()
                .success();
        }
        let out = db.isets_as("prog1", &["user", "list", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let activity: Vec<(String, String)> = column(&rows, "username")
            .into_iter()
            .zip(column(&rows, "last_activity"))
            .collect();
        assert_eq!(
            activity,
            [
                ("prog1".to_string(), "null".to_string()),
                ("staff1".to_string(), "2026-03-02T15:04:05Z".to_string()),
            ]
        );
        // The audit log itself stays closed to a program manager (§1).
        let out = db.isets_as("prog1", &["audit", "log"]).output().expect("run");
        assert_eq!(out.status.code(), Some(7));
    }
}
