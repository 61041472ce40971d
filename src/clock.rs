//! The one source of "now".
//!
//! A write's time is the database's on PostgreSQL (`now()` of its transaction, shared by
//! every operator) and this machine's on SQLite (the file is local). Test builds may pin
//! the time so outputs are exact: `ISETS_NOW` (RFC 3339) for the client clock and the
//! PostgreSQL setting `isets.now` (for example `options=-c isets.now=…` in the url) for
//! the database's. Release builds ignore both, so no operator can backdate a record or
//! step around a rule that depends on the date (P6, U2).

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use chrono_tz::Tz;

/// Whether this build honours a pinned clock: only builds made for tests.
pub const PINNABLE: bool = cfg!(debug_assertions);

/// The time `ISETS_NOW` pins, in a build that allows it.
pub fn pinned() -> Option<DateTime<Utc>> {
    pin(PINNABLE, std::env::var("ISETS_NOW").ok().as_deref())
}

fn pin(allowed: bool, value: Option<&str>) -> Option<DateTime<Utc>> {
    if !allowed {
        return None;
    }
    value
        .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
        .map(|t| t.with_timezone(&Utc))
}

/// This machine's time (pinned in test builds); microseconds, the precision both
/// backends store.
pub fn now() -> DateTime<Utc> {
    pinned().unwrap_or_else(Utc::now).trunc_subsecs(6)
}

/// The zone of ISETS's dates: the State of Illinois's (the business days of F7, and the
/// "today" every dated rule judges by).
pub const ZONE: Tz = chrono_tz::America::Chicago;

/// The Illinois date of `at`, whatever zone the machine running `isets` is set to: a
/// caseworker's evening in Chicago is still today on a server kept in UTC.
pub fn illinois_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&ZONE).date_naive()
}

/// The query for the database's time on PostgreSQL: the transaction's `now()`, or in a
/// test build the session's `isets.now` setting when one is given. (SQLite writes take
/// this machine's time; its text is there to be prepared like every other statement.)
pub(crate) fn database_now_sql() -> &'static crate::db::Sql {
    if PINNABLE {
        crate::sql!(
            sqlite: "SELECT CURRENT_TIMESTAMP",
            postgres: "SELECT COALESCE(CAST(NULLIF(current_setting('isets.now', true), '') AS timestamptz), now())",
        )
    } else {
        crate::sql!(sqlite: "SELECT CURRENT_TIMESTAMP", postgres: "SELECT now()")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_ignores_a_pinned_time() {
        assert_eq!(pin(false, Some("2020-01-01T00:00:00Z")), None);
    }

    #[test]
    fn a_test_build_pins_an_rfc3339_time_and_ignores_garbage() {
        let t = pin(true, Some("2026-03-02T15:04:05Z")).expect("pinned");
        assert_eq!(t.to_rfc3339(), "2026-03-02T15:04:05+00:00");
        assert_eq!(pin(true, Some("yesterday")), None);
        assert_eq!(pin(true, None), None);
    }

    #[test]
    fn today_is_the_illinois_date_whatever_the_machine_zone() {
        let evening = pin(true, Some("2026-03-03T03:30:00Z")).expect("pinned");
        assert_eq!(illinois_date(evening).to_string(), "2026-03-02");
        let summer = pin(true, Some("2026-07-01T04:59:59Z")).expect("pinned");
        assert_eq!(illinois_date(summer).to_string(), "2026-06-30");
        let morning = pin(true, Some("2026-03-02T15:04:05Z")).expect("pinned");
        assert_eq!(illinois_date(morning).to_string(), "2026-03-02");
    }
}
