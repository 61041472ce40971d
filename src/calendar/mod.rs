//! The business-day calendar of DOMAIN.md F7, which the referral deadlines of F5 and
//! the red flags of D2 are counted on.
//!
//! - [`holidays`]: the State of Illinois holidays computed for any year, each with its
//!   actual and observed date.
//! - [`business`]: the [`Calendar`] of a range of years and its arithmetic: whether a
//!   day is a business day, the moment N business days after a moment, the business
//!   days between two dates.
//! - `days`: what administrators change (`calendar_days`: added closures, holidays
//!   reopened) and the commands that change and list it.
//!
//! A deadline is computed once, when the item it belongs to is created, from a
//! [`Calendar`] loaded in that write, and stored as a moment, so "which items are
//! overdue" is an indexed comparison of stored moments in SQL. A change to the calendar
//! on one day moves only the deadlines counted across that day ([`illinois_day`] gives
//! its bounds): those are computed again from a [`Calendar`] loaded after the change.

pub mod business;
mod days;
pub mod holidays;

pub use business::{
    Calendar, DayKind, ZONE, illinois_date, illinois_day, illinois_moment, is_weekend,
};
pub use days::{CalendarEntry, Done, Source, add, list, remove};
pub use holidays::Holiday;

use chrono::NaiveDate;

use crate::db::Tx;
use crate::error::{Error, Result};

impl Calendar {
    /// The calendar of `from_year` … `to_year` as the database has it: the computed
    /// holidays with the closures added and the holidays reopened. Every operator may
    /// read it. A deadline of at most a few weeks needs the year it starts in and the
    /// next.
    pub async fn load(tx: &mut Tx, from_year: i32, to_year: i32) -> Result<Calendar> {
        let bounds = NaiveDate::from_ymd_opt(from_year, 1, 1)
            .zip(NaiveDate::from_ymd_opt(to_year, 12, 31))
            .filter(|(first, last)| first <= last);
        let Some((first, last)) = bounds else {
            return Err(Error::Internal(format!(
                "no business-day calendar for the years {from_year}–{to_year}"
            )));
        };
        let changes = days::rows(tx, first, last)
            .await?
            .into_iter()
            .map(|row| Ok((row.day, row.kind()?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(Calendar::new(from_year..=to_year, changes))
    }
}
