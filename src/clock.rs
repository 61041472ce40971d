//! The one source of "now". `ISETS_NOW` (RFC 3339) pins it, so tests of deadlines and
//! staleness are exact; timestamps keep microseconds, the precision both backends store.

use chrono::{DateTime, Local, NaiveDate, SubsecRound, Utc};

pub fn now() -> DateTime<Utc> {
    let now = std::env::var("ISETS_NOW")
        .ok()
        .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(Utc::now);
    now.trunc_subsecs(6)
}

/// Today's date where the operator is.
pub fn today() -> NaiveDate {
    now().with_timezone(&Local).date_naive()
}
