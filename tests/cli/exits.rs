//! Exit and un-exit (X1–X6, T2, N5) through the binary: every rule held and broken
//! (rule id, exit code, nothing written), two exits at once, and the Overview's
//! "Completed / Exited" and "Outcomes" sections.

use std::process::Command;

use crate::activities::enrolled;
use crate::both;
use crate::support::*;

fn ok(db: &TestDb, user: &str, args: &[&str]) {
    let out = db.isets_as(user, args).output().expect("run");
    assert!(out.status.success(), "{user} {args:?}: {}", stderr(&out));
}

/// What an exit or un-exit may write, for "nothing written" checks.
fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'exits', COUNT(*) FROM exits \
         UNION ALL SELECT 'unexited', COUNT(unexited_at) FROM exits \
         UNION ALL SELECT 'exited enrollments', COUNT(exited_on) FROM enrollments \
         UNION ALL SELECT 'enrollments', COUNT(*) FROM enrollments \
         UNION ALL SELECT 'activities', COUNT(*) FROM activities \
         UNION ALL SELECT 'employment activities', COUNT(activity_id) FROM employments \
         UNION ALL SELECT 'notes', COUNT(*) FROM customer_notes \
         UNION ALL SELECT 'statuses', COUNT(*) FROM et_status_history \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

/// Doe enrolled with Acme Works (program 1, 2026-02-16, goal 1), `acmestaff` its
/// caseworker, with SJS (activity 1) started on 2026-02-16 and Other E (activity 2)
/// planned.
fn planned(db: &TestDb) {
    enrolled(db);
    db.add_user("acmestaff", "Acme Works", "provider-staff");
    for args in [
        vec![
            "activity",
            "add",
            "123456789",
            "--goal",
            "1",
            "--code",
            "SJS",
            "--planned-start",
            "2026-02-16",
            "--planned-end",
            "2026-06-30",
            "--note",
            "plan",
        ],
        vec![
            "activity",
            "add",
            "123456789",
            "--goal",
            "1",
            "--code",
            "E",
            "--planned-start",
            "2026-02-16",
            "--planned-end",
            "2026-06-30",
            "--note",
            "plan",
        ],
        vec![
            "activity",
            "start",
            "1",
            "--date",
            "2026-02-16",
            "--note",
            "started",
        ],
    ] {
        ok(db, "acmestaff", &args);
    }
}

/// [`planned`], then activity 2 started and closed unsuccessful, activity 1 closed
/// successful on 2026-02-25 and Doe exited successful on 2026-02-27 (exit 1).
fn exited(db: &TestDb) {
    planned(db);
    ok(
        db,
        "acmestaff",
        &[
            "activity",
            "start",
            "2",
            "--date",
            "2026-02-16",
            "--note",
            "working",
        ],
    );
    ok(
        db,
        "acmestaff",
        &[
            "activity",
            "close",
            "2",
            "--unsuccessful",
            "--date",
            "2026-02-20",
            "--note",
            "ended",
        ],
    );
    ok(
        db,
        "acmestaff",
        &[
            "activity",
            "close",
            "1",
            "--successful",
            "--date",
            "2026-02-25",
            "--note",
            "done",
        ],
    );
    ok(db, "acmestaff", &EXIT);
}

const EXIT: [&str; 13] = [
    "exit",
    "123456789",
    "--provider",
    "Acme Works",
    "--program",
    "1",
    "--status",
    "successful",
    "--exit-reason",
    "employed-beyond-90-days",
    "--date",
    "2026-02-27",
    "--skill-gain=Forklift safety",
];

/// Doe's employments, in SQL until `isets employment add` (built on another branch)
/// replaces this fixture once merged: 1 of 19.5 hours a week from 2026-03-01; 2 of 25
/// hours from 2026-04-29 (61 days after the exit); 3 of 30 hours held since 2025-11-11
/// (111 days on 2026-03-02); 4 of 20 hours from 2026-03-10, still to come; and a
/// credential earned (industry recognized).
fn employments(db: &TestDb) {
    for sql in [
        "INSERT INTO employments (customer_id, organization_id, employer, soc, job_title, started_on, wage, hours, \
         full_time, created_by, created_at, updated_by, updated_at) \
         SELECT c.id, o.id, 'Corner Store', '41-2031', 'Cashier', '2026-03-01', 1500, 1950, FALSE, 'acmestaff', \
         '2026-03-01T15:00:00Z', 'acmestaff', '2026-03-01T15:00:00Z' FROM customers c, organizations o \
         WHERE c.individual_number = '123456789' AND o.name = 'Acme Works'",
        "INSERT INTO employments (customer_id, organization_id, employer, soc, job_title, started_on, wage, hours, \
         full_time, created_by, created_at, updated_by, updated_at) \
         SELECT c.id, o.id, 'Late Start', '53-7062', 'Mover', '2026-04-29', 1800, 2500, FALSE, 'acmestaff', \
         '2026-03-01T15:00:00Z', 'acmestaff', '2026-03-01T15:00:00Z' FROM customers c, organizations o \
         WHERE c.individual_number = '123456789' AND o.name = 'Acme Works'",
        "INSERT INTO employments (customer_id, organization_id, employer, soc, job_title, started_on, wage, hours, \
         full_time, created_by, created_at, updated_by, updated_at) \
         SELECT c.id, o.id, 'Acme Logistics', '53-7051', 'Forklift Operator', '2025-11-11', 2000, 3000, TRUE, \
         'acmestaff', '2026-03-01T15:00:00Z', 'acmestaff', '2026-03-01T15:00:00Z' FROM customers c, organizations o \
         WHERE c.individual_number = '123456789' AND o.name = 'Acme Works'",
        "INSERT INTO employments (customer_id, organization_id, employer, soc, job_title, started_on, wage, hours, \
         full_time, created_by, created_at, updated_by, updated_at) \
         SELECT c.id, o.id, 'Next Week', '35-2014', 'Cook', '2026-03-10', 1700, 2000, FALSE, 'acmestaff', \
         '2026-03-01T15:00:00Z', 'acmestaff', '2026-03-01T15:00:00Z' FROM customers c, organizations o \
         WHERE c.individual_number = '123456789' AND o.name = 'Acme Works'",
    ] {
        db.exec(sql);
    }
    db.exec(
        "INSERT INTO credentials (customer_id, organization_id, title, institution, earned_on, credential_type, source, \
         soc, occupation, cip, industry_recognized, added_by, added_at) \
         SELECT c.id, o.id, 'Forklift Certification', 'City College', '2026-02-20', 'Certification', 'Training', \
         '53-7051', 'Industrial Truck Operators', '49.0202', TRUE, 'acmestaff', '2026-03-01T15:00:00Z' \
         FROM customers c, organizations o WHERE c.individual_number = '123456789' AND o.name = 'Acme Works'",
    );
}

fn exit_with(changes: &[(&str, &'static str)]) -> Vec<&'static str> {
    let mut args: Vec<&'static str> = EXIT.to_vec();
    for (flag, value) in changes {
        let at = args.iter().position(|a| a == flag).expect("flag");
        args[at + 1] = value;
    }
    args
}

both! {
    fn x1_x2_x3_x6_t2_n5_exit_refused_until_its_rules_hold_then_recorded(db) {
        planned(db);
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let before = written(db);
        let refused = transcript(db, &[
            // X1: open activities of the enrollment, SNAP E&T and Other, are listed.
            ("acmestaff", EXIT.to_vec()),
        ]);
        ok(db, "acmestaff", &["activity", "delete", "2", "--note", "not needed"]);
        ok(db, "acmestaff", &["activity", "close", "1", "--successful", "--date", "2026-02-25", "--note", "done"]);
        let closed = written(db);
        assert_ne!(closed, before);
        let more = transcript(db, &[
            // X3: moved takes no reason; the others need one of their own.
            ("acmestaff", exit_with(&[("--status", "moved")])),
            ("acmestaff", exit_with(&[("--exit-reason", "no-longer-eligible")])),
            ("acmestaff", vec!["exit", "123456789", "--provider", "Acme Works", "--program", "1", "--status", "unsuccessful", "--date", "2026-02-27"]),
            ("acmestaff", exit_with(&[("--status", "finished")])),
            // X2: a day that has come, not before the enrollment nor the last completion.
            ("acmestaff", exit_with(&[("--date", "2026-03-03")])),
            ("acmestaff", exit_with(&[("--date", "2026-02-24")])),
            ("acmestaff", exit_with(&[("--date", "2026-02-15")])),
            // Another provider's customer reads as absent; a program without enrollment.
            ("betastaff", exit_with(&[("--provider", "Beta Jobs")])),
            ("acmestaff", exit_with(&[("--program", "2")])),
            // §1, note 1: a super user exits only with a reason.
            ("admin", EXIT.to_vec()),
        ]);
        assert_eq!(written(db), closed);
        let done = transcript(db, &[
            ("acmestaff", exit_with(&[("--exit-reason", "Employed beyond 90 days")])),
            // One standing exit per enrollment: a second is a conflict.
            ("acmestaff", EXIT.to_vec()),
            // N5: the activities of the exited enrollment are locked.
            ("acmestaff", vec!["activity", "add", "123456789", "--goal", "1", "--code", "JST", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "x"]),
            ("acmestaff", vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("exits_x1_x3", &format!("{refused}{more}{done}"));
        assert_eq!(
            db.strings("SELECT status || ' ' || coalesce(reason, '-') || ' ' || CAST(exited_on AS TEXT) || ' ' || \
                        coalesce(skill_gain, '-') || ' ' || exited_by FROM exits"),
            ["successful employed-beyond-90-days 2026-02-27 Forklift safety acmestaff"]
        );
        assert_eq!(db.strings("SELECT CAST(exited_on AS TEXT) FROM enrollments"), ["2026-02-27"]);
        // T1, T2: the status moved to Exited, with its history.
        assert_eq!(
            db.strings("SELECT new_value || ' ' || cause FROM et_status_history ORDER BY id DESC LIMIT 1"),
            ["exited exit 1 of enrollment 1"]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE operator = 'acmestaff' ORDER BY id DESC LIMIT 3"),
            ["et-status.set", "case-note.create", "exit.add"]
        );
    }

    fn x1_t2_a_super_user_exits_with_a_reason_and_another_enrollment_keeps_the_status(db) {
        planned(db);
        ok(db, "acmestaff", &["activity", "delete", "2", "--note", "not needed"]);
        ok(db, "acmestaff", &["activity", "close", "1", "--unsuccessful", "--date", "2026-02-25", "--note", "left"]);
        // Doe is also enrolled in program 2 (Acme Works, North): still enrolled there.
        crate::activities::enroll(db, "123456789", 2);
        // A dry run writes nothing.
        let before = written(db);
        ok(db, "acmestaff", &["exit", "123456789", "--provider", "Acme Works", "--program", "1", "--status", "moved", "--date", "2026-02-27", "--dry-run"]);
        assert_eq!(written(db), before);
        let out = db
            .isets(&["exit", "123456789", "--provider", "Acme Works", "--program", "1", "--status", "unsuccessful",
                     "--exit-reason", "Moved out of the area", "--date", "2026-02-26", "--reason", "help request 42",
                     "--format", "json"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(v["reason"], "moved-out-of-area");
        assert_eq!(v["reason_shown"], "Moved out of the area");
        assert_eq!(v["program_name"], "SNAP JP");
        assert_eq!(v["et_status"], "Active");
        assert_eq!(db.count("SELECT COUNT(*) FROM et_status_history WHERE new_value = 'exited'"), 0);
        assert_eq!(
            db.strings("SELECT coalesce(reason, '-') FROM audit_log WHERE action = 'exit.add'"),
            ["help request 42"]
        );
    }

    fn x1_two_exits_at_once_record_exactly_one(db) {
        planned(db);
        ok(db, "acmestaff", &["activity", "delete", "2", "--note", "not needed"]);
        ok(db, "acmestaff", &["activity", "close", "1", "--successful", "--date", "2026-02-25", "--note", "done"]);
        db.add_user("acmestaff2", "Acme Works", "provider-staff");
        for user in ["acmestaff", "acmestaff2"] {
            db.login(user);
        }
        let bin = assert_cmd::cargo::cargo_bin("isets");
        let spawn = |user: &str| {
            Command::new(&bin)
                .args(EXIT)
                .env_clear()
                .env("HOME", db.home())
                .env("XDG_CONFIG_HOME", db.home().join("config"))
                .env("NO_COLOR", "1")
                .env("ISETS_NOW", NOW)
                .env("ISETS_DATABASE_URL", db.url(user))
                .env("ISETS_USER", user)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        };
        let both = [spawn("acmestaff"), spawn("acmestaff2")];
        let outs: Vec<_> = both.into_iter().map(|h| h.wait_with_output().expect("wait")).collect();
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        assert!(codes.contains(&Some(0)) && codes.contains(&Some(5)), "{codes:?} {:?}", outs.iter().map(stderr).collect::<Vec<_>>());
        let loser = outs.iter().find(|o| o.status.code() == Some(5)).expect("conflict");
        let winner = db.strings("SELECT exited_by FROM exits");
        assert_eq!(winner.len(), 1);
        assert!(
            stderr(loser).contains(&format!("was exited on 2026-02-27 already (exit 1, by {}", winner[0])),
            "{}",
            stderr(loser)
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM et_status_history WHERE new_value = 'exited'"), 1);
    }
}

both! {
    fn x4_m2_m4_t2_x5_unexit_into_job_retention_and_the_outcomes(db) {
        exited(db);
        employments(db);
        let before = written(db);
        let refused = transcript(db, &[
            // X4, M2: 20 or more hours a week; found within 60 days of the exit.
            ("acmestaff", vec!["unexit", "123456789", "--employment", "1"]),
            ("acmestaff", vec!["unexit", "123456789", "--employment", "2"]),
            ("acmestaff", vec!["unexit", "123456789", "--employment", "9"]),
            ("admin", vec!["unexit", "123456789", "--employment", "3"]),
        ]);
        assert_eq!(written(db), before);
        let done = transcript(db, &[
            // Held since before the exit and still running: Job Retention from the next day.
            ("acmestaff", vec!["unexit", "123456789", "--employment", "3", "--note", "Kept the forklift job"]),
            ("acmestaff", vec!["unexit", "123456789", "--employment", "3"]),
            ("acmestaff", vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("exits_x4_x5", &format!("{refused}{done}"));
        assert_eq!(db.count("SELECT COUNT(*) FROM enrollments WHERE exited_on IS NULL"), 1);
        assert_eq!(
            db.strings("SELECT unexited_by || ' ' || CAST(unexit_employment_id AS TEXT) FROM exits"),
            ["acmestaff 3"]
        );
        assert_eq!(
            db.strings("SELECT code || ' ' || status || ' ' || CAST(started_on AS TEXT) || ' ' || CAST(planned_end AS TEXT) \
                        FROM activities ORDER BY id"),
            ["SJS successful 2026-02-16 2026-06-30", "E unsuccessful 2026-02-16 2026-06-30", "JR started 2026-02-28 2026-05-29"]
        );
        assert_eq!(db.strings("SELECT CAST(activity_id AS TEXT) FROM employments WHERE id = 3"), ["3"]);
        assert_eq!(
            db.strings("SELECT new_value FROM et_status_history ORDER BY id DESC LIMIT 1"),
            ["retention"]
        );
        let show = db
            .isets_as("acmestaff", &["customer", "show", "123456789", "--format", "json"])
            .output()
            .expect("run");
        let v: serde_json::Value = serde_json::from_str(&stdout(&show)).expect("json");
        assert_eq!(v["outcomes"]["milestones"][3]["result"], "Complete (111 Days)");
        assert_eq!(v["outcomes"]["milestones"][3]["days"], 111);
        assert_eq!(v["outcomes"]["exits"][0]["unexit_employment"], 3);
    }

    fn x4_unexit_refused_while_the_program_has_another_open_enrollment(db) {
        exited(db);
        employments(db);
        crate::activities::enroll(db, "123456789", 1);
        let before = written(db);
        let out = db.isets_as("acmestaff", &["unexit", "123456789", "--employment", "3"]).output().expect("run");
        assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
        assert!(stderr(&out).contains("is enrolled in program 1 again (enrollment 2 on 2026-02-16)"), "{}", stderr(&out));
        assert_eq!(written(db), before);
    }
}

both! {
    fn x4_m4_employment_still_to_come_plans_job_retention_from_its_start(db) {
        exited(db);
        employments(db);
        let out = db
            .isets_as("acmestaff", &["unexit", "123456789", "--employment", "4", "--format", "json"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(v["activity_status"], "Planned/Not Started");
        assert_eq!(v["started_on"], "2026-03-10");
        assert_eq!(v["planned_end"], "2026-06-08");
        assert_eq!(v["et_status"], "Retention");
        assert_eq!(
            db.strings("SELECT code || ' ' || status || ' ' || CAST(planned_start AS TEXT) FROM activities WHERE code = 'JR'"),
            ["JR planned 2026-03-10"]
        );
    }
}

both! {
    fn x4_n5_a_job_found_after_the_exit_is_entered_then_the_exit_taken_back(db) {
        exited(db);
        let activities = db.count("SELECT COUNT(*) FROM activities");
        // Doe finds a job of 25 hours a week on 2026-03-01, after the exit of 2026-02-27:
        // it is entered without an activity, as the exited plan is locked (N5).
        let out = db
            .isets_as("acmestaff", &["employment", "add", "123456789", "--employer", "Corner Store", "--soc", "41-2031",
                                     "--job-title", "Cashier", "--start", "2026-03-01", "--wage", "15.00", "--hours", "25",
                                     "--note", "Hired after the exit", "-q"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            stderr(&out).trim(),
            "warning: enrollment 1 was exited on 2026-02-27: no activity is added to its locked plan (N5); \
             `isets unexit 123456789 --employment 1` takes the exit back (X4)"
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM activities"), activities);
        assert_eq!(db.count("SELECT COUNT(*) FROM employments WHERE activity_id IS NULL"), 1);
        // X4: the exit taken back rests on it; Job Retention is added and started.
        db.isets_as("acmestaff", &["unexit", "123456789", "--employment", "1", "--note", "Back in retention"])
            .assert()
            .success();
        assert_eq!(db.strings("SELECT code || ' ' || status FROM activities WHERE code = 'JR'"), ["JR started"]);
        assert_eq!(db.strings("SELECT status FROM et_statuses"), ["retention"]);
        assert_eq!(db.count("SELECT COUNT(*) FROM enrollments WHERE exited_on IS NULL"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM employments WHERE activity_id IS NOT NULL"), 1);
    }
}
