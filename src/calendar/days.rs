//! `isets calendar add|remove|list` (F7): the changes administrators make to the computed
//! calendar, kept in `calendar_days` (an added closure, or a computed holiday reopened
//! as a business day), and a year's closed days as people read them.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

use super::business::{DayKind, is_weekend};
use super::holidays::{self, Holiday};

/// Longest name of a closure.
const NAME_MAX: usize = 100;

/// The years `calendar list` answers for: the holiday rules are today's, and nothing
/// before ISETS or far beyond the state's schedule needs them.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// A row of `calendar_days`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct DayRow {
    pub day: NaiveDate,
    pub kind: String,
    pub name: String,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    pub reason: Option<String>,
}

impl DayRow {
    pub fn kind(&self) -> Result<DayKind> {
        DayKind::from_code(&self.kind)
    }
}

/// The rows of the days `from` … `to`, in date order.
pub(super) async fn rows(tx: &mut Tx, from: NaiveDate, to: NaiveDate) -> Result<Vec<DayRow>> {
    tx.fetch_all(
        crate::sql!(
            "SELECT day, kind, name, changed_by, changed_at, reason FROM calendar_days \
             WHERE day >= $1 AND day <= $2 ORDER BY day"
        ),
        args![from, to],
    )
    .await
}

/// Where a day of `calendar list` comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A State of Illinois holiday computed by the rules of F7.
    Computed,
    /// A closure administrators added.
    Added,
    /// A computed holiday administrators reopened: a business day.
    Reopened,
}

impl Source {
    fn code(self) -> &'static str {
        match self {
            Source::Computed => "computed",
            Source::Added => "added",
            Source::Reopened => "reopened",
        }
    }
}

/// One day of a year's calendar: a closed day, or a holiday reopened.
#[derive(Debug, Clone, Serialize)]
pub struct CalendarEntry {
    /// The day offices close (or, reopened, would have closed).
    pub observed: NaiveDate,
    pub weekday: String,
    pub name: String,
    /// The date the holiday falls on; an added closure's own date.
    pub actual: NaiveDate,
    pub source: Source,
    pub changed_by: Option<String>,
    pub changed_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

impl CalendarEntry {
    fn computed(h: &Holiday) -> CalendarEntry {
        CalendarEntry {
            observed: h.observed,
            weekday: h.observed.weekday().to_string(),
            name: h.name.to_string(),
            actual: h.actual,
            source: Source::Computed,
            changed_by: None,
            changed_at: None,
            reason: None,
        }
    }

    fn changed_by(mut self, row: &DayRow, source: Source) -> CalendarEntry {
        self.source = source;
        self.changed_by = Some(row.changed_by.clone());
        self.changed_at = Some(row.changed_at);
        self.reason = row.reason.clone();
        self
    }

    fn added(row: &DayRow) -> CalendarEntry {
        CalendarEntry {
            observed: row.day,
            weekday: row.day.weekday().to_string(),
            name: row.name.clone(),
            actual: row.day,
            source: Source::Added,
            changed_by: None,
            changed_at: None,
            reason: None,
        }
        .changed_by(row, Source::Added)
    }
}

impl Tabular for CalendarEntry {
    fn headers() -> Vec<&'static str> {
        vec![
            "observed",
            "weekday",
            "name",
            "actual",
            "source",
            "changed_by",
            "reason",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "observed",
            "weekday",
            "name",
            "actual",
            "source",
            "changed_by",
            "changed_at",
            "reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.observed.to_string(),
            self.weekday.clone(),
            self.name.clone(),
            self.actual.to_string(),
            self.source.code().to_string(),
            crate::output::opt(&self.changed_by),
            crate::output::opt(&self.reason),
        ]
    }
    fn key(&self) -> String {
        self.observed.to_string()
    }
}

fn year_bounds(year: i32) -> Result<(NaiveDate, NaiveDate)> {
    let bad = || {
        Error::invalid(
            "year",
            &year.to_string(),
            format!(
                "is not a year the calendar covers ({}–{})",
                YEARS.start(),
                YEARS.end()
            ),
        )
    };
    if !YEARS.contains(&year) {
        return Err(bad());
    }
    let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?;
    Ok((first, last))
}

/// The calendar of `year` from the rules and the rows of its days, in date order.
fn entries(year: i32, rows: &[DayRow]) -> Result<Vec<CalendarEntry>> {
    let mut entries = Vec::new();
    for h in holidays::observed_in(year) {
        let entry = CalendarEntry::computed(&h);
        let reopened = rows
            .iter()
            .find(|r| r.day == h.observed && r.kind == DayKind::Reopening.code());
        entries.push(match reopened {
            Some(row) => entry.changed_by(row, Source::Reopened),
            None => entry,
        });
    }
    for row in rows {
        match row.kind()? {
            DayKind::Closure => entries.push(CalendarEntry::added(row)),
            // A reopening of a day no rule closes any more (the rules changed since):
            // shown though it opens nothing; a closure added on the day replaces it.
            DayKind::Reopening if !entries.iter().any(|e| e.observed == row.day) => {
                entries.push(CalendarEntry::added(row).changed_by(row, Source::Reopened));
            }
            DayKind::Reopening => {}
        }
    }
    entries.sort_by_key(|e| (e.observed, e.actual));
    Ok(entries)
}

/// `isets calendar list --year YYYY`: every closed day of the year, and the holidays
/// reopened, in date order. Statewide reference data without personal data: every
/// operator reads it (deadlines are counted on it for every role).
pub async fn list(session: &Session, year: i32) -> Result<Vec<CalendarEntry>> {
    let (first, last) = year_bounds(year)?;
    let mut tx = session.read().await?;
    let rows = rows(&mut tx, first, last).await?;
    entries(year, &rows)
}

/// The row of `day`, if administrators changed it.
async fn row(tx: &mut Tx, day: NaiveDate) -> Result<Option<DayRow>> {
    Ok(rows(tx, day, day).await?.into_iter().next())
}

fn name_of(name: &str) -> Result<String> {
    let v = name.trim();
    if v.is_empty() {
        return Err(Error::invalid("name", name, "must not be empty"));
    }
    if v.chars().count() > NAME_MAX {
        return Err(Error::invalid(
            "name",
            &format!("{}…", v.chars().take(20).collect::<String>()),
            format!("is longer than {NAME_MAX} characters"),
        ));
    }
    Ok(v.to_string())
}

/// F7: a weekend is never a business day, so it is neither closed nor reopened; a date
/// a holiday falls on is pointed to the day it is observed.
fn refuse_weekend(day: NaiveDate, so: &str) -> Result<()> {
    if !is_weekend(day) {
        return Ok(());
    }
    let observed = holidays::falling_on(day)
        .filter(|h| h.observed != day)
        .map(|h| {
            format!(
                "; {} is observed on {} {}",
                h.name,
                h.observed.weekday(),
                h.observed
            )
        })
        .unwrap_or_default();
    Err(Error::rule(
        "F7",
        format!(
            "{day} is a {}: weekends are never business days, so it {so}{observed}",
            full_weekday(day)
        ),
    ))
}

fn full_weekday(day: NaiveDate) -> &'static str {
    match day.weekday() {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

fn record(kind: DayKind, day: NaiveDate, name: &str, reason: Option<&str>) -> serde_json::Value {
    json!({"day": day, "kind": kind.code(), "name": name, "reason": reason})
}

/// What a calendar write did: the outcome, and a line saying it for people.
pub struct Done {
    pub outcome: Outcome,
    pub summary: String,
}

async fn insert(
    write: &mut crate::write::Write,
    day: NaiveDate,
    kind: DayKind,
    name: &str,
    reason: Option<&str>,
) -> Result<()> {
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO calendar_days (day, kind, name, changed_by, changed_at, reason) \
                 VALUES ($1, $2, $3, $4, $5, $6)"
            ),
            args![day, kind.code(), name, by.as_str(), at, reason],
        )
        .await?;
    write.record(Change {
        action: match kind {
            DayKind::Closure => "closure.add",
            DayKind::Reopening => "reopening.add",
        },
        entity_kind: "calendar-day",
        entity_id: day.to_string(),
        organization_id: None,
        before: None,
        after: Some(record(kind, day, name, reason)),
    });
    Ok(())
}

async fn delete(write: &mut crate::write::Write, row: &DayRow) -> Result<()> {
    let kind = row.kind()?;
    write
        .tx()
        .execute(
            crate::sql!("DELETE FROM calendar_days WHERE day = $1"),
            args![row.day],
        )
        .await?;
    write.record(Change {
        action: match kind {
            DayKind::Closure => "closure.remove",
            DayKind::Reopening => "reopening.remove",
        },
        entity_kind: "calendar-day",
        entity_id: row.day.to_string(),
        organization_id: None,
        before: Some(record(kind, row.day, &row.name, row.reason.as_deref())),
        after: None,
    });
    Ok(())
}

/// `isets calendar add DATE --name NAME`: closes a business day (F7). A weekend, or a
/// day closed already, is refused; a computed holiday that was reopened is closed
/// again (its reopening removed, the holiday keeping its own name).
pub async fn add(
    session: &Session,
    day: NaiveDate,
    name: &str,
    options: &WriteOptions,
) -> Result<Done> {
    let permit = session.permit(Action::ManageCalendar)?;
    let name = name_of(name)?;
    refuse_weekend(day, "is closed already")?;
    let reason = options.reason.as_deref();
    let mut write = session.write(&permit).await?;
    let existing = row(write.tx(), day).await?;
    let holiday = holidays::observed_on(day);
    let summary = match (existing, holiday) {
        (Some(row), _) if row.kind()? == DayKind::Closure => {
            return Err(Error::Conflict(format!(
                "rule F7: {day} is closed already: {:?}, added by {} on {}",
                row.name,
                row.changed_by,
                crate::output::time(&row.changed_at)
            )));
        }
        (Some(row), Some(h)) => {
            delete(&mut write, &row).await?;
            format!(
                "{day} is closed again for {} (a State holiday, reopened by {} before)",
                h.name, row.changed_by
            )
        }
        (None, Some(h)) => {
            return Err(Error::Conflict(format!(
                "rule F7: {day} is closed already: {}, a State of Illinois holiday{}",
                h.name,
                if h.actual == h.observed {
                    String::new()
                } else {
                    format!(" (it falls on {} {})", full_weekday(h.actual), h.actual)
                }
            )));
        }
        // A reopening of a day no holiday rule closes any more: the closure replaces it.
        (Some(row), None) => {
            delete(&mut write, &row).await?;
            insert(&mut write, day, DayKind::Closure, &name, reason).await?;
            format!("{day} is closed: {name}")
        }
        (None, None) => {
            insert(&mut write, day, DayKind::Closure, &name, reason).await?;
            format!("{day} is closed: {name}")
        }
    };
    // F7: the deadlines counted across this day move with it, in this write.
    crate::referrals::recount_deadlines(&mut write, day).await?;
    Ok(Done {
        outcome: write.finish(options).await?,
        summary,
    })
}

/// `isets calendar remove DATE`: removes an added closure, or reopens a computed holiday
/// as a business day (F7). Any other day is a business day already, and refused.
pub async fn remove(session: &Session, day: NaiveDate, options: &WriteOptions) -> Result<Done> {
    let permit = session.permit(Action::ManageCalendar)?;
    refuse_weekend(day, "cannot be reopened")?;
    let reason = options.reason.as_deref();
    let mut write = session.write(&permit).await?;
    let existing = row(write.tx(), day).await?;
    let holiday = holidays::observed_on(day);
    let summary = match (existing, holiday) {
        (Some(row), _) if row.kind()? == DayKind::Closure => {
            delete(&mut write, &row).await?;
            format!(
                "{day} is a business day: the closure {:?} is removed",
                row.name
            )
        }
        (Some(row), _) => {
            return Err(Error::Conflict(format!(
                "rule F7: {day} is a business day already: {} was reopened by {} on {}",
                row.name,
                row.changed_by,
                crate::output::time(&row.changed_at)
            )));
        }
        (None, Some(h)) => {
            insert(&mut write, day, DayKind::Reopening, h.name, reason).await?;
            format!("{day} is a business day: {} is reopened", h.name)
        }
        (None, None) => {
            return Err(Error::NotFound(format!(
                "rule F7: {day} is a business day already: no added closure or State holiday is on it"
            )));
        }
    };
    // F7: the deadlines counted across this day move with it, in this write.
    crate::referrals::recount_deadlines(&mut write, day).await?;
    Ok(Done {
        outcome: write.finish(options).await?,
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn row(day: &str, kind: DayKind, name: &str) -> DayRow {
        DayRow {
            day: d(day),
            kind: kind.code().into(),
            name: name.into(),
            changed_by: "admin".into(),
            changed_at: DateTime::parse_from_rfc3339("2026-03-02T15:04:05Z")
                .expect("time")
                .with_timezone(&Utc),
            reason: None,
        }
    }

    #[test]
    fn f7_a_year_lists_holidays_closures_and_reopenings_in_date_order() {
        let rows = [
            row("2021-11-02", DayKind::Closure, "Election"),
            row("2021-12-24", DayKind::Reopening, "Christmas Day"),
        ];
        let year = entries(2021, &rows).expect("entries");
        let shown: Vec<(String, &str, String, Source)> = year
            .iter()
            .map(|e| {
                (
                    e.observed.to_string(),
                    e.name.as_str(),
                    e.actual.to_string(),
                    e.source,
                )
            })
            .collect();
        assert_eq!(year.len(), 15);
        let day = |o: &str, n: &'static str, a: &str, s| (o.to_string(), n, a.to_string(), s);
        assert_eq!(
            shown[9..],
            [
                day("2021-11-02", "Election", "2021-11-02", Source::Added),
                day("2021-11-11", "Veterans Day", "2021-11-11", Source::Computed),
                day("2021-11-25", "Thanksgiving", "2021-11-25", Source::Computed),
                day(
                    "2021-11-26",
                    "Day after Thanksgiving",
                    "2021-11-26",
                    Source::Computed
                ),
                day(
                    "2021-12-24",
                    "Christmas Day",
                    "2021-12-25",
                    Source::Reopened
                ),
                day(
                    "2021-12-31",
                    "New Year's Day",
                    "2022-01-01",
                    Source::Computed
                ),
            ]
        );
        assert_eq!(year[13].weekday, "Fri");
    }

    #[test]
    fn f7_a_weekend_is_refused_and_points_to_the_observed_day() {
        let e = refuse_weekend(d("2021-12-25"), "cannot be reopened").expect_err("a Saturday");
        assert_eq!(
            e.to_string(),
            "rule F7: 2021-12-25 is a Saturday: weekends are never business days, so it cannot be reopened; Christmas Day is observed on Fri 2021-12-24"
        );
        assert!(refuse_weekend(d("2021-12-24"), "cannot be reopened").is_ok());
    }

    #[test]
    fn a_year_outside_the_calendar_names_the_field() {
        let e = year_bounds(1800).expect_err("too early");
        assert_eq!(
            e.to_string(),
            "year: \"1800\" is not a year the calendar covers (1990–2100)"
        );
    }
}
