//! Referrals (DOMAIN.md §7): the three kinds sent on a current Initial Screening (F1,
//! F2, A1), an intake appointment booked, answers by the receiving side only (F4), every
//! version kept (F3), the lists at pinned times (F5, D2), the expiry sweep, the deadlines
//! moved by a calendar change (F7), the customer's reach extended to the receiving
//! provider's location (§1), and two people answering at once; dry runs and refusals
//! that write nothing, an empty sweep, and the referrals in the customer's Overview.

use std::process::Command;

use crate::both;
use crate::roles::customers::{EXTRACT, programs};
use crate::support::*;

fn run(db: &TestDb, args: &[&str]) {
    let out = db.isets(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// Doe (123456789) an ISETS customer assigned to nobody; program 1 at Acme Works
/// (Main), 2 at Beta Jobs (HQ); Acme Works also has a location North; staff at each
/// provider (acme1, acme2, north1 limited to North, beta1) and WFD staff; an intake
/// appointment (id 1) at Acme Works with one opening on 2026-03-10.
fn setup(db: &TestDb) {
    db.with_providers();
    db.customers_from(EXTRACT, NOW, &[DOE]);
    programs(db);
    run(
        db,
        &[
            "provider",
            "add-location",
            "Acme Works",
            "--name",
            "North",
            "--address",
            "9 North Ave, Chicago",
            "--county",
            "Cook",
            "--dhs-office",
            "Cook North FCRC",
        ],
    );
    db.add_user("wfd1", "IDHS", "wfd");
    db.add_user("acme1", "Acme Works", "provider-staff");
    db.add_user("acme2", "Acme Works", "provider-staff");
    db.add_user("beta1", "Beta Jobs", "program-manager");
    run(
        db,
        &[
            "user",
            "add",
            "north1",
            "--first",
            "Nora",
            "--last",
            "North",
            "--email",
            "nora@example.org",
            "--dob",
            "1984-04-04",
            "--org",
            "Acme Works",
            "--role",
            "provider-staff",
            "--location",
            "North",
            "--authorized-by",
            "Pat Approver",
            "--access-request",
            "IL444-2022-0009",
            "--yes",
        ],
    );
    run(
        db,
        &[
            "provider",
            "add-appointment-site",
            "Acme Works",
            "--name",
            "Front Desk",
        ],
    );
    run(
        db,
        &[
            "provider",
            "add-appointment",
            "Acme Works",
            "--site",
            "Front Desk",
            "--start",
            "2026-03-10 09:00",
            "--openings",
            "1",
        ],
    );
}

fn screening(db: &TestDb) {
    run(
        db,
        &[
            "assessment",
            "add",
            "123456789",
            "--initial",
            "--completed-on",
            "2026-02-27",
            "--availability",
            "full-time",
            "--education",
            "high-school",
        ],
    );
}

const SEND: [&str; 14] = [
    "referral",
    "send",
    "123456789",
    "--to",
    "Acme Works",
    "--program",
    "1",
    "--consent-attested",
    "--receives-snap",
    "yes",
    "--eligible",
    "yes",
    "--note",
    "5179 from South FCRC",
];

/// What a referral write leaves behind: referrals, their versions, audit records,
/// appointment bookings and E&T status changes (T2).
fn written(db: &TestDb) -> [i64; 5] {
    [
        db.count("SELECT COUNT(*) FROM referrals"),
        db.count("SELECT COUNT(*) FROM referral_versions"),
        db.count("SELECT COUNT(*) FROM audit_log"),
        db.count("SELECT CAST(COALESCE(SUM(booked), 0) AS BIGINT) FROM appointments"),
        db.count("SELECT COUNT(*) FROM et_status_history"),
    ]
}

/// `SEND` with `args` added, or with the arguments named in `without` (and the value
/// after each) left out.
fn send_with(without: &[&str], args: &[&'static str]) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut skip = false;
    for a in SEND {
        if skip {
            skip = false;
        } else if without.contains(&a) {
            skip = a != "--consent-attested";
        } else {
            out.push(a);
        }
    }
    out.extend(args);
    out
}

both! {
    fn f1_f5_sent_answered_versioned_listed_and_expired(db) {
        setup(db);
        let now = NOW;
        let mut booked = SEND.to_vec();
        booked.extend(["--appointment", "1"]);
        let text = transcript_at(db, &[
            ("wfd1", now, SEND.to_vec()),
        ]);
        assert_eq!(db.count("SELECT COUNT(*) FROM referrals"), 0, "A1 refused: nothing written\n{text}");
        screening(db);
        let no_consent: Vec<&str> = SEND.iter().copied().filter(|a| *a != "--consent-attested").collect();
        let text = text + &transcript_at(db, &[
            ("wfd1", now, no_consent),
            ("wfd1", now, booked.clone()),
            ("wfd1", now, booked.clone()),
            ("north1", now, vec!["referral", "show", "1"]),
            ("beta1", now, vec!["referral", "show", "1"]),
            ("acme1", now, vec!["customer", "search", "--last", "doe"]),
            ("acme1", now, vec!["referral", "respond", "1", "--reject"]),
            ("acme1", now, vec!["referral", "respond", "1", "--accept", "--note", "intake on 3/10"]),
            ("acme2", now, vec!["referral", "respond", "1", "--reject", "--reason", "full"]),
            ("acme1", now, vec!["referral", "send", "123456789", "--to", "IDHS"]),
            ("acme1", now, vec!["referral", "send", "123456789", "--to", "Beta Jobs", "--program", "2", "--from", "Acme Works"]),
            ("beta1", now, vec!["referral", "respond", "3", "--accept"]),
            ("acme1", now, vec!["referral", "respond", "3", "--accept"]),
            ("wfd1", now, vec!["referral", "respond", "2", "--accept", "--receives-snap", "yes"]),
            ("wfd1", "2026-03-04T15:04:04Z", vec!["referral", "list", "--red-flag"]),
            ("wfd1", "2026-03-04T15:04:05Z", vec!["referral", "list", "--red-flag"]),
            ("wfd1", "2026-03-04T15:04:05Z", vec!["referral", "list", "--overdue", "--fail-if-any"]),
            ("beta1", "2026-03-17T12:00:00Z", vec!["referral", "list", "--overdue", "--fail-if-any"]),
            ("acme1", "2026-03-17T12:00:00Z", vec!["referral", "list", "--pending", "--provider", "Acme Works", "--format", "csv"]),
            ("acme1", now, vec!["referral", "show", "1"]),
            ("wfd1", "2026-05-31T15:04:04Z", vec!["referral", "expire"]),
            ("wfd1", "2026-06-01T00:00:00Z", vec!["referral", "expire"]),
            ("wfd1", "2026-06-01T00:00:01Z", vec!["referral", "expire"]),
            ("wfd1", "2026-06-01T00:00:02Z", vec!["referral", "respond", "2", "--accept", "--receives-snap", "yes", "--eligible", "no"]),
            ("wfd1", "2026-06-01T00:00:02Z", vec!["referral", "show", "2", "--format", "json"]),
        ]);
        snapshot_of("referrals_f1_f5", &text);
        assert_eq!(
            db.strings("SELECT id || ' ' || kind || ' ' || status || ' ' || version FROM referrals ORDER BY id"),
            ["1 referral accepted 2", "2 reverse expired 2", "3 provider accepted 2"]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM referral_versions"), 6);
        assert_eq!(db.count("SELECT booked FROM appointments WHERE id = 1"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'referral.expire'"), 3);
    }

    fn t2_a_referral_sent_and_rejected_moves_the_et_status(db) {
        setup(db);
        screening(db);
        let status = || db.strings(
            "SELECT h.new_value || ' (' || h.cause || ')' FROM et_status_history h ORDER BY h.id",
        );
        run(db, &SEND);
        assert_eq!(status(), ["pending-referral-approval (referral 1 sent)"]);
        let out = db.isets_as("acme1", &["referral", "respond", "1", "--reject", "--reason", "program full"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            status(),
            ["pending-referral-approval (referral 1 sent)", "referral-rejected (referral 1 rejected)"]
        );
        // An enrolled customer is not taken back to intake by a new referral.
        db.exec("UPDATE et_statuses SET status = 'active'");
        run(db, &SEND);
        assert_eq!(db.strings("SELECT status FROM et_statuses"), ["active"]);
        assert_eq!(status().len(), 2);
    }

    fn f7_a_closure_moves_the_stored_deadlines_of_pending_referrals(db) {
        setup(db);
        screening(db);
        run(db, &SEND);
        let due = || db.strings("SELECT CAST(due_at AS TEXT) || ' ' || CAST(red_flag_at AS TEXT) FROM referrals");
        let before = due();
        // Tuesday 2026-03-03 is within both counts: each moves one business day.
        run(db, &["calendar", "add", "2026-03-03", "--name", "Storm closure"]);
        let after = due();
        assert_ne!(before, after);
        let out = db.isets_at("wfd1", "2026-03-05T15:04:04Z", &["referral", "list", "--red-flag", "-q"]).output().expect("run");
        assert_eq!(stdout(&out), "", "{}", stderr(&out));
        let out = db.isets_at("wfd1", "2026-03-05T15:04:05Z", &["referral", "list", "--red-flag", "-q"]).output().expect("run");
        assert_eq!(stdout(&out), "1\n", "{}", stderr(&out));
        // Reopened, the deadlines are as they were.
        run(db, &["calendar", "remove", "2026-03-03"]);
        assert_eq!(due(), before);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'referral.deadlines'"), 2);
    }

    fn f4_two_answers_at_once_record_exactly_one(db) {
        setup(db);
        screening(db);
        run(db, &SEND);
        for user in ["acme1", "acme2", "wfd1", ADMIN] {
            db.login(user);
        }
        let bin = assert_cmd::cargo::cargo_bin("isets");
        let spawn = |user: &str, args: &[&str]| {
            Command::new(&bin)
                .args(args)
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
        let answers = [
            spawn("acme1", &["referral", "respond", "1", "--accept"]),
            spawn("acme2", &["referral", "respond", "1", "--reject", "--reason", "no room"]),
        ];
        let outs: Vec<_> = answers.into_iter().map(|h| h.wait_with_output().expect("wait")).collect();
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        assert!(codes.contains(&Some(0)) && codes.contains(&Some(5)), "{codes:?} {:?}", outs.iter().map(stderr).collect::<Vec<_>>());
        let loser = outs.iter().find(|o| o.status.code() == Some(5)).expect("conflict");
        let winner = db.strings("SELECT answered_by FROM referrals WHERE id = 1");
        assert!(stderr(loser).contains(&format!("already by {}", winner[0])), "{}", stderr(loser));
        assert_eq!(db.count("SELECT COUNT(*) FROM referral_versions"), 2);
        assert_eq!(db.count("SELECT version FROM referrals WHERE id = 1"), 2);
        // The last opening of an appointment: two IDHS referrals booking it at once.
        let mut booked = SEND.to_vec();
        booked.extend(["--appointment", "1"]);
        let sends = [spawn("wfd1", &booked), spawn(ADMIN, &booked)];
        let outs: Vec<_> = sends.into_iter().map(|h| h.wait_with_output().expect("wait")).collect();
        let codes: Vec<Option<i32>> = outs.iter().map(|o| o.status.code()).collect();
        assert!(codes.contains(&Some(0)) && codes.contains(&Some(5)), "{codes:?} {:?}", outs.iter().map(stderr).collect::<Vec<_>>());
        assert_eq!(db.count("SELECT booked FROM appointments WHERE id = 1"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM referrals WHERE appointment_id = 1"), 1);
    }
}

both! {
    fn f3_dry_runs_of_send_and_respond_write_nothing(db) {
        setup(db);
        screening(db);
        run(db, &SEND);
        let before = written(db);
        // The dry run of a send comes last: on PostgreSQL it takes a number from the
        // referrals' sequence, which a rollback does not give back.
        let text = transcript_at(db, &[
            ("acme1", NOW, vec!["referral", "respond", "1", "--accept", "--note", "intake on 3/10", "--dry-run"]),
            ("acme1", NOW, vec!["referral", "respond", "1", "--reject", "--reason", "full", "--dry-run"]),
            ("wfd1", NOW, send_with(&[], &["--appointment", "1", "--dry-run"])),
            ("wfd1", NOW, vec!["referral", "show", "1"]),
        ]);
        snapshot_of("referrals_dry_runs", &text);
        assert_eq!(written(db), before, "a dry run wrote\n{text}");
        assert_eq!(
            db.strings("SELECT status || ' ' || version || ' ' || COALESCE(answered_by, '-') FROM referrals"),
            ["pending 1 -"]
        );
    }

    fn f1_f2_every_refused_send_writes_nothing(db) {
        setup(db);
        screening(db);
        let before = written(db);
        let text = transcript_at(db, &[
            // Usage (2): the F2 answers on a reverse referral, a program missing or
            // given where there is none, the sender of a super user's reverse referral.
            (ADMIN, NOW, vec!["referral", "send", "123456789", "--to", "IDHS", "--from", "Acme Works", "--consent-attested"]),
            ("wfd1", NOW, send_with(&["--program"], &[])),
            ("acme1", NOW, vec!["referral", "send", "123456789", "--to", "IDHS", "--program", "1"]),
            (ADMIN, NOW, vec!["referral", "send", "123456789", "--to", "IDHS"]),
            // Denied (§1): provider staff do not send IDHS's referrals, WFD no reverse ones.
            ("acme1", NOW, SEND.to_vec()),
            ("wfd1", NOW, vec!["referral", "send", "123456789", "--to", "IDHS"]),
            // Not found: a customer outside reach or unknown, a program of another provider,
            // an appointment not on the provider's schedule.
            ("acme1", NOW, vec!["referral", "send", "123456789", "--to", "IDHS"]),
            ("wfd1", NOW, send_with(&[], &["--appointment", "99"]).into_iter().map(|a| if a == "123456789" { "999999999" } else { a }).collect()),
            ("wfd1", NOW, send_with(&["--program"], &["--program", "2"])),
            ("wfd1", NOW, send_with(&[], &["--appointment", "99"])),
            // F1: a provider refers only a customer it serves.
            (ADMIN, NOW, vec!["referral", "send", "123456789", "--to", "Beta Jobs", "--program", "2", "--from", "Acme Works"]),
            // F2: consent, both answers, yes or no, an assessment date not in the future.
            ("wfd1", NOW, send_with(&["--consent-attested"], &[])),
            ("wfd1", NOW, send_with(&["--receives-snap"], &[])),
            ("wfd1", NOW, send_with(&["--eligible"], &[])),
            ("wfd1", NOW, send_with(&["--eligible"], &["--eligible", "maybe"])),
            ("wfd1", NOW, send_with(&[], &["--assessment-date", "2026-03-03"])),
            ("wfd1", NOW, send_with(&[], &["--assessment-date", "2026-02-30"])),
            // P7: an intake appointment that has started.
            ("wfd1", "2026-03-10T15:00:00Z", send_with(&[], &["--appointment", "1"])),
        ]);
        snapshot_of("referrals_send_refusals", &text);
        assert_eq!(written(db), before, "a refused send wrote\n{text}");
        // The same send with nothing missing goes through.
        run(db, &send_with(&[], &["--appointment", "1"]));
        assert_eq!(db.count("SELECT COUNT(*) FROM referrals"), 1);
        assert_eq!(db.count("SELECT booked FROM appointments WHERE id = 1"), 1);
    }

    fn f5_a_sweep_with_nothing_to_expire_changes_no_referral(db) {
        setup(db);
        screening(db);
        let text = transcript_at(db, &[("wfd1", NOW, vec!["referral", "expire"])]);
        run(db, &SEND);
        let sent = written(db);
        // The day before it expires, the pending referral stays as it is.
        let text = text + &transcript_at(db, &[
            ("wfd1", "2026-05-31T15:04:04Z", vec!["referral", "expire"]),
            ("wfd1", "2026-05-31T15:04:04Z", vec!["referral", "expire", "-q"]),
        ]);
        snapshot_of("referrals_expire_nothing", &text);
        assert_eq!(
            db.strings("SELECT status || ' ' || version FROM referrals"),
            ["pending 1"]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM referral_versions"), sent[1]);
        // Each sweep, an empty one too, leaves its audit record (the scheduled job's
        // trace), and nothing else.
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'referral.expire'"), 3);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), sent[2] + 2);
    }

    fn overview_lists_the_referrals_within_reach(db) {
        setup(db);
        screening(db);
        let text = transcript_at(db, &[(ADMIN, NOW, vec!["customer", "show", "123456789"])]);
        run(db, &SEND);
        let out = db
            .isets_as("acme1", &["referral", "send", "123456789", "--to", "IDHS"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let text = text + &transcript_at(db, &[
            (ADMIN, NOW, vec!["customer", "show", "123456789"]),
            ("acme1", "2026-03-05T15:04:05Z", vec!["customer", "show", "123456789"]),
            // Limited to North: the referrals went to and came from Main.
            ("north1", NOW, vec!["customer", "show", "123456789"]),
            ("beta1", NOW, vec!["customer", "show", "123456789"]),
        ]);
        snapshot_of("referrals_in_the_overview", &text);
        let out = db.isets(&["customer", "show", "123456789", "--format", "json"]).output().expect("run");
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        assert_eq!(column(&json["referrals"], "version"), ["1.1", "2.1"]);
        assert_eq!(column(&json["referrals"], "kind"), ["referral", "reverse"]);
    }
}
