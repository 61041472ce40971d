//! Reports read the tables the commands write (DOMAIN.md §13): the 4333 roster of a
//! month (B5), and the month's bounds the reports bind.
pub mod roster;

use chrono::{DateTime, Utc};

use crate::db::Arg;
use crate::values::Month;

pub fn moments(month: Month) -> (DateTime<Utc>, DateTime<Utc>) {
    let midnight = |day: chrono::NaiveDate| {
        day.and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(crate::clock::ZONE).earliest())
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    };
    (midnight(month.first()), midnight(month.next().first()))
}

pub(crate) fn month_args(month: Month) -> [Arg; 4] {
    let (start, end) = moments(month);
    [
        Arg::from(month.first()),
        Arg::from(month.last()),
        Arg::from(start),
        Arg::from(end),
    ]
}
