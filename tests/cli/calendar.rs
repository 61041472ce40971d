//! The business-day calendar (F7): a year's closed days with their observed dates,
//! closures added and removed, holidays reopened, refusals that write nothing, and the
//! calendar as the deadline code loads it.

use chrono::{DateTime, NaiveDate, Utc};
use isets::calendar::Calendar;
use isets::db::Db;

use crate::both;
use crate::support::*;

/// Everything a calendar write touches.
fn state(db: &TestDb) -> (Vec<String>, i64) {
    (
        db.strings(
            "SELECT CAST(day AS TEXT) || ' ' || kind || ' ' || name || ' ' || changed_by \
             FROM calendar_days ORDER BY day",
        ),
        db.count("SELECT COUNT(*) FROM audit_log"),
    )
}

both! {
    fn f7_calendar_list_shows_each_years_closed_days_with_their_observed_dates(db) {
        db.init();
        let text = transcript(db, &[
            // Juneteenth and Christmas on a Saturday, Independence Day on a Sunday, and
            // New Year's Day 2022 (a Saturday) observed on 31 December 2021.
            (ADMIN, vec!["calendar", "list", "--year", "2021"]),
            // Lincoln's Birthday on a Saturday, Juneteenth and Christmas on a Sunday; no
            // New Year's Day (observed in 2021).
            (ADMIN, vec!["calendar", "list", "--year", "2022", "--format", "csv"]),
            // The General Election Day of 2024, seeded as an added closure.
            (ADMIN, vec!["calendar", "list", "--year", "2024"]),
            // New Year's Day 2028 (a Saturday) observed on 31 December 2027.
            (ADMIN, vec!["calendar", "list", "--year", "2027", "--format", "json"]),
            // This year in Illinois (the tests' clock: 2 March 2026).
            (ADMIN, vec!["calendar", "list", "-q"]),
            (ADMIN, vec!["calendar", "list", "--year", "1800"]),
        ]);
        snapshot_of("calendar_list_f7", &text);
    }
}

both! {
    fn f7_calendar_add_and_remove_hold_and_refusals_write_nothing(db) {
        db.init();
        let allowed = |args: &[&str]| {
            let out = db.isets(args).output().expect("run");
            assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        };
        let refused = |args: &[&str], code: i32| {
            let before = state(db);
            let out = db.isets(args).output().expect("run");
            assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr(&out));
            assert_eq!(state(db), before, "{args:?} wrote");
            assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
        };
        let add = ["calendar", "add", "2026-12-24", "--name", "Christmas Eve", "--reason", "Governor's proclamation"];
        allowed(&add);
        // F7: a day closed already (an added closure, a computed holiday), a weekend.
        refused(&["calendar", "add", "12/24/2026", "--name", "Again"], 5);
        refused(&["calendar", "add", "2026-12-25", "--name", "Christmas"], 5);
        refused(&["calendar", "add", "2026-12-26", "--name", "Saturday"], 4);
        refused(&["calendar", "add", "2026-07-04", "--name", "Independence Day"], 4);
        // Values that do not parse.
        refused(&["calendar", "add", "2026-13-01", "--name", "Nothing"], 2);
        refused(&["calendar", "add", "2026-03-03", "--name", " "], 2);
        // Reopening a computed holiday, and refusing what is a business day already.
        allowed(&["calendar", "remove", "2026-11-11", "--reason", "open for the audit"]);
        refused(&["calendar", "remove", "2026-11-11"], 5);
        refused(&["calendar", "remove", "2026-03-03"], 3);
        refused(&["calendar", "remove", "2026-07-04"], 4);
        // A dry run writes nothing.
        let before = state(db);
        allowed(&["calendar", "add", "2026-03-04", "--name", "Test", "--dry-run"]);
        assert_eq!(state(db), before, "a dry run wrote");
        assert_eq!(
            state(db).0,
            [
                "2024-11-05 closure General Election Day isets",
                "2026-11-11 reopening Veterans Day admin",
                "2026-12-24 closure Christmas Eve admin",
            ]
        );
        assert_eq!(
            db.strings(
                "SELECT action || ' ' || entity_id || ' ' || COALESCE(reason, '-') FROM audit_log \
                 WHERE entity_kind = 'calendar-day' ORDER BY id"
            ),
            [
                "closure.add 2026-12-24 Governor's proclamation",
                "reopening.add 2026-11-11 open for the audit",
            ]
        );
        // Closing the reopened holiday again, removing the closure: the calendar is as
        // the rules and the seed have it.
        let text = transcript(db, &[
            (ADMIN, vec!["calendar", "list", "--year", "2026"]),
            (ADMIN, vec!["calendar", "add", "2026-11-11", "--name", "Veterans Day"]),
            (ADMIN, vec!["calendar", "remove", "12/24/2026", "--format", "json"]),
            (ADMIN, vec!["calendar", "add", "2026-12-24", "--name", "Christmas Eve", "--format", "csv"]),
            (ADMIN, vec!["calendar", "add", "2026-12-24", "--name", "Christmas Eve"]),
            (ADMIN, vec!["calendar", "add", "2026-12-26", "--name", "Saturday"]),
            (ADMIN, vec!["calendar", "add", "2026-07-04", "--name", "Independence Day"]),
            (ADMIN, vec!["calendar", "add", "2026-12-25", "--name", "Christmas"]),
            (ADMIN, vec!["calendar", "remove", "2026-03-03"]),
            (ADMIN, vec!["calendar", "add", "2026-03-04", "--name", "Test", "--dry-run"]),
        ]);
        snapshot_of("calendar_add_remove_f7", &text);
        assert_eq!(
            db.strings(
                "SELECT action || ' ' || entity_id || ' ' || operator FROM audit_log \
                 WHERE entity_kind = 'calendar-day' ORDER BY id"
            ),
            [
                "closure.add 2026-12-24 admin",
                "reopening.add 2026-11-11 admin",
                "reopening.remove 2026-11-11 admin",
                "closure.remove 2026-12-24 admin",
                "closure.add 2026-12-24 admin",
            ]
        );
        assert_eq!(
            state(db).0,
            [
                "2024-11-05 closure General Election Day isets",
                "2026-12-24 closure Christmas Eve admin",
            ]
        );
    }
}

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("moment")
        .with_timezone(&Utc)
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// The calendar `user` loads for 2024–2027, as the deadline code will.
fn loaded(db: &TestDb, user: &str) -> Calendar {
    db.login(user);
    block_on(async {
        let conn = Db::connect(&db.url(user), false).await.expect("connect");
        let mut tx = conn.begin(false).await.expect("begin");
        let calendar = Calendar::load(&mut tx, 2024, 2027).await.expect("load");
        drop(tx);
        conn.close().await;
        calendar
    })
}

both! {
    fn f5_f7_deadlines_are_counted_on_the_calendar_the_database_holds_for_every_role(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        db.isets(&["calendar", "add", "2026-12-24", "--name", "Christmas Eve"]).assert().success();
        db.isets(&["calendar", "remove", "2026-11-11"]).assert().success();
        for user in [ADMIN, "staff1"] {
            let c = loaded(db, user);
            // The seeded General Election Day of 2024.
            assert!(!c.is_business_day(d("2024-11-05")).expect("covered"), "{user}");
            // Wednesday 23 December 2026, 10:00 in Chicago: 48 business hours skip the
            // added closure on the 24th, Christmas and the weekend.
            assert_eq!(
                c.business_days_after(t("2026-12-23T16:00:00Z"), 2).expect("covered"),
                t("2026-12-29T16:00:00Z"),
                "{user}"
            );
            // Veterans Day 2026, reopened, is a business day.
            assert_eq!(
                c.business_days_after(t("2026-11-10T16:00:00Z"), 1).expect("covered"),
                t("2026-11-11T16:00:00Z"),
                "{user}"
            );
        }
    }
}
