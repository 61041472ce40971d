//! Enrollment and the Employment Plan's goals (DOMAIN.md §9): N1 (screening, referral,
//! the re-verified 45-day path), N2 (own provider; a super user's reason), N3 (default
//! goal and planned activities), N4/E3 through the plan's one adding path, N5 (returns
//! after an exit), N6 (the enrolling provider stored), E1 (goals; no removal with
//! activities under), E3/E8 flags, T2, and two enrollments at once.

use std::process::Command;

use crate::both;
use crate::roles::customers::{EXTRACT, programs};
use crate::support::*;

fn run_as(db: &TestDb, user: &str, now: &str, args: &[&str]) {
    let out = db.isets_at(user, now, args).output().expect("run");
    assert!(out.status.success(), "{user} {args:?}: {}", stderr(&out));
}

/// The enrollment's SJS (activity 1) started on 2026-03-02 and closed on 2026-03-05,
/// then the customer exited from program 1 that day (X1: every activity closed first).
fn exit_on_march_5(db: &TestDb) {
    let day = "2026-03-05T15:00:00Z";
    run_as(
        db,
        "acme1",
        NOW,
        &[
            "activity",
            "start",
            "1",
            "--date",
            "2026-03-02",
            "--note",
            "started",
        ],
    );
    run_as(
        db,
        "acme1",
        day,
        &[
            "activity",
            "close",
            "1",
            "--successful",
            "--date",
            "2026-03-05",
            "--note",
            "done",
        ],
    );
    run_as(
        db,
        "acme1",
        day,
        &[
            "exit",
            "123456789",
            "--provider",
            "Acme Works",
            "--program",
            "1",
            "--status",
            "successful",
            "--exit-reason",
            "pending-employment",
            "--date",
            "2026-03-05",
        ],
    );
}

/// Doe (123456789) an ISETS customer with an Initial Screening of 2026-02-27; program 1
/// at Acme Works (Main, SNAP JP), 2 at Beta Jobs (HQ, Earnfare); staff acme1, acme2 of
/// Acme Works, beta1 of Beta Jobs, wfd1 of IDHS; an IDHS referral to program 1 sent
/// (referral 1, pending).
fn setup(db: &TestDb) {
    db.with_providers();
    db.customers_from(EXTRACT, NOW, &[DOE]);
    programs(db);
    db.add_user("wfd1", "IDHS", "wfd");
    db.add_user("acme1", "Acme Works", "provider-staff");
    db.add_user("acme2", "Acme Works", "provider-staff");
    db.add_user("beta1", "Beta Jobs", "program-manager");
    screening(db, NOW, "2026-02-27");
    refer(db, NOW, "Acme Works", "1");
}

fn screening(db: &TestDb, now: &str, on: &str) {
    run_as(
        db,
        ADMIN,
        now,
        &[
            "assessment",
            "add",
            "123456789",
            "--initial",
            "--completed-on",
            on,
            "--availability",
            "full-time",
            "--education",
            "high-school",
        ],
    );
}

fn refer(db: &TestDb, now: &str, provider: &str, program: &str) {
    run_as(
        db,
        "wfd1",
        now,
        &[
            "referral",
            "send",
            "123456789",
            "--to",
            provider,
            "--program",
            program,
            "--consent-attested",
            "--receives-snap",
            "yes",
            "--eligible",
            "yes",
        ],
    );
}

const ENROLL: [&str; 8] = [
    "enroll",
    "123456789",
    "--provider",
    "Acme Works",
    "--program",
    "1",
    "--date",
    "2026-03-02",
];

fn enroll_with(extra: &[&'static str]) -> Vec<&'static str> {
    let mut args = ENROLL.to_vec();
    args.extend(extra);
    args
}

/// The rows an enrollment writes, for "nothing written".
fn written(db: &TestDb) -> Vec<i64> {
    [
        db.count("SELECT COUNT(*) FROM enrollments"),
        db.count("SELECT COUNT(*) FROM ep_goals"),
        db.count("SELECT COUNT(*) FROM activities"),
        db.count("SELECT COUNT(*) FROM et_status_history"),
        db.count("SELECT COUNT(*) FROM customer_assignments"),
        db.count("SELECT COUNT(*) FROM audit_log"),
    ]
    .to_vec()
}

both! {
    fn n1_n3_t2_enrolled_on_an_accepted_referral_with_the_default_goal(db) {
        setup(db);
        let before = written(db);
        let text = transcript(db, &[
            ("acme1", enroll_with(&["--activity", "SJS"])),
        ]);
        assert_eq!(written(db), before, "N1 refused: nothing written\n{text}");
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        let before = written(db);
        let text = text + &transcript(db, &[
            (ADMIN, enroll_with(&["--activity", "SJS"])),
            ("acme1", enroll_with(&["--activity", "JR"])),
            ("acme1", enroll_with(&["--activity", "BOOKS"])),
            ("acme1", ["enroll", "123456789", "--provider", "Beta Jobs", "--program", "2", "--date", "2026-03-02"].to_vec()),
            ("acme1", ["enroll", "123456789", "--provider", "Acme Works", "--program", "2", "--date", "2026-03-02"].to_vec()),
            ("beta1", ENROLL.to_vec()),
            ("wfd1", ENROLL.to_vec()),
        ]);
        assert_eq!(written(db), before, "refusals and the dry run wrote nothing\n{text}");
        let text = text + &transcript(db, &[
            ("acme1", enroll_with(&["--activity", "jr", "--activity", "SJS", "--activity", "E"])),
            ("acme2", enroll_with(&["--activity", "SJS"])),
            ("acme1", ["ep", "show", "123456789"].to_vec()),
            ("acme1", ["ep", "show", "123456789", "--format", "csv"].to_vec()),
            ("beta1", ["ep", "show", "123456789"].to_vec()),
            ("acme1", ["customer", "show", "123456789"].to_vec()),
        ]);
        snapshot_of("enrollment_n1_n3_t2", &text);
        assert_eq!(
            db.strings("SELECT e.id || ' ' || o.name || ' ' || e.program_id || ' ' || coalesce(CAST(e.referral_id AS TEXT), '-') || ' ' || e.enrolled_by FROM enrollments e JOIN organizations o ON o.id = e.organization_id"),
            ["1 Acme Works 1 1 acme1"]
        );
        assert_eq!(
            db.strings("SELECT title || ' ' || category || ' ' || term || ' ' || status FROM ep_goals"),
            ["Complete the SNAP JP Program career-plan short not-started"]
        );
        // M4: Job Retention planned by default ends within its 90 days, the others at the
        // fiscal year's end.
        assert_eq!(
            db.strings("SELECT code || ' ' || status || ' ' || CAST(planned_start AS TEXT) || ' ' || CAST(planned_end AS TEXT) FROM activities ORDER BY id"),
            ["SJS planned 2026-03-02 2026-06-30", "E planned 2026-03-02 2026-06-30", "JR planned 2026-03-02 2026-05-31"]
        );
        assert_eq!(db.strings("SELECT status FROM et_statuses"), ["pending-activity-start"]);
        assert_eq!(db.count("SELECT COUNT(*) FROM customer_assignments"), 1);
        // I2: Doe had no office; the program location's is theirs now, in the history.
        assert_eq!(
            db.strings("SELECT field || ' ' || new_value || ' ' || changed_by FROM customer_history WHERE field = 'office'"),
            ["office Cook Central FCRC acme1"]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE operator = 'acme1' AND action NOT LIKE 'referral.%' ORDER BY id"),
            ["customer.assign", "enrollment.add", "ep-goal.add", "activity.add", "activity.add", "activity.add", "et-status.set"]
        );
    }

    fn n2_a_super_user_enrolls_with_a_reason_and_n1_the_45_day_path_needs_reverification(db) {
        setup(db);
        // Referred to Beta Jobs instead, and accepted there: Acme Works holds no referral.
        refer(db, NOW, "Beta Jobs", "2");
        run_as(db, "beta1", NOW, &["referral", "respond", "2", "--accept"]);
        let before = written(db);
        let reason = ["--reason", "Help Request 77"];
        let mut reverified = enroll_with(&["--activity", "SJS", "--reverified"]);
        reverified.extend(reason);
        let text = transcript(db, &[
            (ADMIN, enroll_with(&["--activity", "SJS"])),
            (ADMIN, enroll_with(&["--activity", "SJS", "--reason", "Help Request 77"])),
            (ADMIN, reverified.clone()),
        ]);
        assert_eq!(written(db), before, "refused: nothing written\n{text}");
        screening(db, NOW, "2026-03-02");
        let text = text + &transcript(db, &[(ADMIN, reverified)]);
        snapshot_of("enrollment_n1_45_days_n2_reason", &text);
        assert_eq!(
            db.strings("SELECT coalesce(CAST(referral_id AS TEXT), '-') || ' ' || CAST(reverified AS TEXT) || ' ' || reason FROM enrollments"),
            [if db.kind == Kind::Sqlite { "2 1 Help Request 77" } else { "2 true Help Request 77" }]
        );
        // Every record of the enrollment's write carries the reason.
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE reason = 'Help Request 77' ORDER BY id"),
            ["customer.assign", "enrollment.add", "ep-goal.add", "activity.add", "et-status.set"]
        );
    }

    fn n5_a_return_after_an_exit(db) {
        setup(db);
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        run_as(db, "acme1", NOW, &enroll_with(&["--activity", "SJS"]));
        exit_on_march_5(db);
        let sooner = "2026-03-20T15:00:00Z";
        let later = "2026-04-25T15:00:00Z";
        let back = |date: &'static str, extra: &[&'static str]| {
            let mut args = vec!["enroll", "123456789", "--provider", "Acme Works", "--program", "1", "--date", date];
            args.extend(extra);
            args
        };
        let before = written(db);
        let text = transcript_at(db, &[
            ("acme1", sooner, back("2026-03-20", &["--activity", "SJS"])),
            ("acme1", sooner, back("2026-03-20", &["--activity", "SJS", "--reverified"])),
            ("acme1", later, back("2026-04-20", &["--activity", "SJS", "--reverified"])),
        ]);
        assert_eq!(written(db), before, "refused: nothing written\n{text}");
        screening(db, sooner, "2026-03-19");
        let text = text + &transcript_at(db, &[
            // 46 days after the exit: the referral accepted before it no longer serves.
            ("acme1", later, back("2026-04-20", &["--activity", "SJS"])),
        ]);
        refer(db, later, "Acme Works", "1");
        run_as(db, "acme1", later, &["referral", "respond", "2", "--accept"]);
        let text = text + &transcript_at(db, &[
            ("acme1", later, back("2026-04-20", &["--activity", "SJS"])),
            ("acme1", later, vec!["ep", "show", "123456789", "--format", "json"]),
        ]);
        snapshot_of("enrollment_n5_returns", &text);
        assert_eq!(
            db.strings("SELECT CAST(enrolled_on AS TEXT) || ' ' || coalesce(CAST(exited_on AS TEXT), '-') || ' ' || CAST(referral_id AS TEXT) FROM enrollments ORDER BY id"),
            ["2026-03-02 2026-03-05 1", "2026-04-20 - 2"]
        );
    }

    fn e1_goals_added_edited_and_removed_and_the_e3_e8_flags(db) {
        setup(db);
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        run_as(db, "acme1", NOW, &ENROLL);
        let before = written(db);
        let text = transcript(db, &[
            ("acme1", vec!["ep", "show", "123456789"]),
            ("acme1", vec!["ep", "goal", "add", "123456789", "--provider", "Acme Works", "--title", "Find work", "--category", "jobs", "--term", "long"]),
            ("acme1", vec!["ep", "goal", "add", "123456789", "--provider", "Acme Works", "--title", " ", "--category", "employment", "--term", "long"]),
            ("beta1", vec!["ep", "goal", "add", "123456789", "--provider", "Beta Jobs", "--title", "Find work", "--category", "employment", "--term", "long"]),
            ("acme1", vec!["ep", "goal", "add", "123456789", "--provider", "Beta Jobs", "--title", "Find work", "--category", "employment", "--term", "long"]),
            ("wfd1", vec!["ep", "goal", "add", "123456789", "--provider", "Acme Works", "--title", "Find work", "--category", "employment", "--term", "long"]),
            (ADMIN, vec!["ep", "goal", "add", "123456789", "--provider", "Acme Works", "--title", "Find work", "--category", "employment", "--term", "long"]),
            ("acme1", vec!["ep", "goal", "edit", "1"]),
            ("acme1", vec!["ep", "goal", "edit", "9", "--status", "on-track"]),
        ]);
        assert_eq!(written(db), before, "refused: nothing written\n{text}");
        let text = text + &transcript(db, &[
            ("acme1", vec!["ep", "goal", "add", "123456789", "--provider", "Acme Works", "--title", "Find full-time work", "--category", "employment", "--term", "long", "--note", "Agreed with Jo"]),
            ("acme1", vec!["ep", "goal", "edit", "2", "--status", "on-track", "--title", "Find full-time work in logistics"]),
            ("acme1", vec!["ep", "goal", "edit", "2", "--status", "On Track"]),
            ("acme2", vec!["ep", "goal", "remove", "2"]),
            ("acme1", vec!["ep", "show", "123456789", "--provider", "Acme Works"]),
        ]);
        // An activity under the default goal: it can't be removed (E1).
        db.exec("INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, status, planned_start, planned_end, created_by, created_at, updated_by, updated_at) SELECT customer_id, 1, 1, organization_id, 'SJS', 'snap-et', 'planned', '2026-03-02', '2026-06-30', 'acme1', '2026-03-02T15:04:05Z', 'acme1', '2026-03-02T15:04:05Z' FROM enrollments");
        let before = written(db);
        let text = text + &transcript(db, &[
            ("acme1", vec!["ep", "goal", "remove", "1"]),
        ]);
        assert_eq!(written(db), before, "E1 refused: nothing written\n{text}");
        let plan = db.home().join("plan.pdf");
        std::fs::write(&plan, b"signed plan").expect("write the plan");
        run_as(db, "acme1", NOW, &["document", "add", "123456789", "--category", "Plan", &plan.display().to_string()]);
        let text = text + &transcript(db, &[
            ("acme1", vec!["ep", "show", "123456789"]),
        ]);
        snapshot_of("enrollment_e1_goals", &text);
        assert_eq!(db.strings("SELECT title FROM ep_goals ORDER BY id"), ["Complete the SNAP JP Program"]);
        assert_eq!(db.count("SELECT COUNT(*) FROM customer_notes WHERE subject = 'Employment Plan: goal 2'"), 1);
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'ep-goal.%' ORDER BY id"),
            ["ep-goal.add", "ep-goal.add", "ep-goal.edit", "ep-goal.remove"]
        );
    }

    fn n5_a_sooner_return_needs_no_new_referral(db) {
        setup(db);
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        run_as(db, "acme1", NOW, &enroll_with(&["--activity", "SJS"]));
        exit_on_march_5(db);
        let sooner = "2026-03-20T15:00:00Z";
        screening(db, sooner, "2026-03-19");
        run_as(db, "acme1", sooner, &[
            "enroll", "123456789", "--provider", "Acme Works", "--program", "1", "--date", "2026-03-20",
            "--activity", "SJS", "--reverified",
        ]);
        assert_eq!(
            db.strings("SELECT CAST(enrolled_on AS TEXT) || ' ' || coalesce(CAST(referral_id AS TEXT), '-') || ' ' || CAST(reverified AS TEXT) FROM enrollments ORDER BY id"),
            if db.kind == Kind::Sqlite {
                ["2026-03-02 1 0", "2026-03-20 - 1"]
            } else {
                ["2026-03-02 1 false", "2026-03-20 - true"]
            }
        );
        // N5: the activity of the exited enrollment is locked; the new one starts anew.
        assert_eq!(
            db.strings("SELECT CAST(enrollment_id AS TEXT) || ' ' || CAST(planned_start AS TEXT) FROM activities ORDER BY id"),
            ["1 2026-03-02", "2 2026-03-20"]
        );
    }

    fn enroll_dry_run_writes_nothing(db) {
        setup(db);
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        let before = written(db);
        let out = db.isets_as("acme1", &enroll_with(&["--activity", "SJS", "--dry-run", "--format", "json"])).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["goal_title"], "Complete the SNAP JP Program");
        assert_eq!(v["et_status"], "Pending Activity Start Date");
        assert!(stderr(&out).contains("dry run: enrollment"), "{}", stderr(&out));
        assert_eq!(written(db), before);
    }

    fn n1_two_enrollments_at_once_record_exactly_one(db) {
        setup(db);
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        for user in ["acme1", "acme2"] {
            db.login(user);
        }
        let bin = assert_cmd::cargo::cargo_bin("isets");
        let spawn = |user: &str| {
            Command::new(&bin)
                .args(enroll_with(&["--activity", "SJS"]))
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
        let both = [spawn("acme1"), spawn("acme2")];
        let outs: Vec<_> = both.into_iter().map(|h| h.wait_with_output().expect("wait")).collect();
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        assert!(codes.contains(&Some(0)) && codes.contains(&Some(5)), "{codes:?} {:?}", outs.iter().map(stderr).collect::<Vec<_>>());
        let loser = outs.iter().find(|o| o.status.code() == Some(5)).expect("conflict");
        let winner = db.strings("SELECT enrolled_by FROM enrollments");
        assert_eq!(winner.len(), 1);
        assert!(stderr(loser).contains(&format!("enrollment 1 on 2026-03-02, by {}", winner[0])), "{}", stderr(loser));
        assert_eq!(db.count("SELECT COUNT(*) FROM ep_goals"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM activities"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM et_status_history WHERE new_value = 'pending-activity-start'"), 1);
    }
}

both! {
    fn n4_t2_a_second_provider_enrolls_without_the_same_activity_and_the_status_stays(db) {
        setup(db);
        run_as(db, "acme1", NOW, &["referral", "respond", "1", "--accept"]);
        run_as(db, "acme1", NOW, &enroll_with(&["--activity", "SJS"]));
        refer(db, NOW, "Beta Jobs", "2");
        run_as(db, "beta1", NOW, &["referral", "respond", "2", "--accept"]);
        // The first activity started elsewhere (the activity commands come with their own
        // part): the customer is Active.
        db.exec("UPDATE et_statuses SET status = 'active'");
        let beta = |code: &'static str| {
            vec!["enroll", "123456789", "--provider", "Beta Jobs", "--program", "2", "--date", "2026-03-02", "--activity", code]
        };
        let before = written(db);
        let text = transcript(db, &[("beta1", beta("SJS"))]);
        assert_eq!(written(db), before, "N4 refused: nothing written\n{text}");
        snapshot_of("enrollment_n4", &text);
        // The refused write used up ids on PostgreSQL, so the success is not snapshotted.
        let out = db.isets_as("beta1", &beta("CW")).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains("| et_status   | Active "), "{}", stdout(&out));
        assert_eq!(
            db.strings("SELECT o.name FROM enrollments e JOIN organizations o ON o.id = e.organization_id ORDER BY e.id"),
            ["Acme Works", "Beta Jobs"]
        );
        assert_eq!(db.strings("SELECT status FROM et_statuses"), ["active"]);
        assert_eq!(db.count("SELECT COUNT(*) FROM et_status_history WHERE new_value = 'pending-activity-start'"), 1);
    }
}
