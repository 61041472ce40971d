//! `isets attendance add|verify|list` (E7): hours attended per week of a Started/Open
//! activity, entered by those who do the case work and counting once verified by the
//! provider's authorized staff; and the Overview's Attendance section (000: hours
//! attended against hours verified per open activity).
//!
//! A week is named by its Monday: any day of it may be given. Entering a week again
//! replaces its hours while they are unverified; verified hours are the final record,
//! so entering or verifying a verified week again is a conflict.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue;
use crate::customers::reach;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::permissions::Action;
use crate::plans::rules::{self, hours_shown};
use crate::plans::stored;
use crate::session::Session;
use crate::values::parse_date;
use crate::write::WriteOptions;

/// One week of attendance of an activity.
#[derive(Debug, Clone, Serialize)]
pub struct Week {
    pub activity: i64,
    pub customer: String,
    pub provider: String,
    pub code: String,
    /// The week's Monday.
    pub week: NaiveDate,
    /// Hours attended, as entered (at most two decimals).
    pub hours: String,
    pub entered_by: String,
    pub entered_at: DateTime<Utc>,
    /// Hours verified (E7); none until verified.
    pub verified_hours: Option<String>,
    pub verified_by: Option<String>,
    pub verified_at: Option<DateTime<Utc>>,
}

impl Tabular for Week {
    fn headers() -> Vec<&'static str> {
        vec![
            "activity",
            "customer",
            "provider",
            "code",
            "week",
            "hours",
            "entered_by",
            "entered_at",
            "verified_hours",
            "verified_by",
            "verified_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.activity.to_string(),
            self.customer.clone(),
            self.provider.clone(),
            self.code.clone(),
            self.week.to_string(),
            self.hours.clone(),
            self.entered_by.clone(),
            crate::output::time(&self.entered_at),
            self.verified_hours.clone().unwrap_or_default(),
            self.verified_by.clone().unwrap_or_default(),
            self.verified_at
                .as_ref()
                .map(crate::output::time)
                .unwrap_or_default(),
        ]
    }
    fn key(&self) -> String {
        format!("{}:{}", self.activity, self.week)
    }
}

#[derive(sqlx::FromRow)]
struct WeekRow {
    activity_id: i64,
    customer: String,
    organization_id: i64,
    provider: String,
    code: String,
    week: NaiveDate,
    hours: i64,
    entered_by: String,
    entered_at: DateTime<Utc>,
    verified_hours: Option<i64>,
    verified_by: Option<String>,
    verified_at: Option<DateTime<Utc>>,
}

/// The columns [`WeekRow`] reads, from `attendance t`, `activities a`, `customers c`
/// and `organizations o`.
macro_rules! week_select {
    () => {
        "SELECT t.activity_id, c.individual_number AS customer, a.organization_id, coalesce(o.name, '') AS provider, \
         a.code, t.week, t.hours, t.entered_by, t.entered_at, t.verified_hours, t.verified_by, t.verified_at \
         FROM attendance t JOIN activities a ON a.id = t.activity_id JOIN customers c ON c.id = t.customer_id \
         LEFT JOIN organizations o ON o.id = a.organization_id"
    };
}

fn weeks(session: &Session, rows: Vec<WeekRow>) -> Vec<Week> {
    let names = reach::OrganizationNames::of(session);
    rows.into_iter()
        .map(|r| Week {
            activity: r.activity_id,
            customer: r.customer,
            provider: names.shown(r.organization_id, &r.provider),
            code: r.code,
            week: r.week,
            hours: hours_shown(r.hours),
            entered_by: r.entered_by,
            entered_at: r.entered_at,
            verified_hours: r.verified_hours.map(hours_shown),
            verified_by: r.verified_by,
            verified_at: r.verified_at,
        })
        .collect()
}

async fn one_week(session: &Session, tx: &mut Tx, activity: i64, week: NaiveDate) -> Result<Week> {
    let row: WeekRow = tx
        .fetch_one(
            crate::sql!(concat!(
                week_select!(),
                " WHERE t.activity_id = $1 AND t.week = $2"
            )),
            args![activity, week],
        )
        .await?;
    Ok(weeks(session, vec![row]).remove(0))
}

#[derive(sqlx::FromRow)]
struct Entered {
    hours: i64,
    verified_hours: Option<i64>,
    verified_by: Option<String>,
}

async fn entered(tx: &mut Tx, activity: i64, week: NaiveDate) -> Result<Option<Entered>> {
    tx.fetch_optional(
        crate::sql!(
            "SELECT hours, verified_hours, verified_by FROM attendance WHERE activity_id = $1 AND week = $2"
        ),
        args![activity, week],
    )
    .await
}

fn verified_already(week: NaiveDate, e: &Entered) -> Error {
    Error::Conflict(format!(
        "the week of {week} is verified already ({} hours, by {}): verified attendance is the final \
         record (E7)",
        e.verified_hours.map(hours_shown).unwrap_or_default(),
        e.verified_by.as_deref().unwrap_or_default()
    ))
}

/// `isets attendance add ACTIVITY --week D --hours N`: the hours attended in the week of
/// `week` (stored as its Monday), for a Started/Open activity, from the week it started
/// up to the current one (E7). A week entered before and not yet verified gets the new
/// hours.
pub async fn add(
    session: &Session,
    activity: i64,
    week: &str,
    hours: &str,
    options: &WriteOptions,
) -> Result<Week> {
    let permit = session.permit(Action::CaseWork)?;
    let week = rules::week_of(parse_date("--week", week)?);
    let hours = rules::parse_hours("--hours", hours)?;
    let mut opened = super::open(session, &permit, activity, options).await?;
    let a = &opened.activity;
    rules::check_attendance_week(
        stored("activity status", &a.status)?,
        a.started_on,
        week,
        opened.write.today(),
    )?;
    let customer_id = a.customer_id;
    let dated = [opened.enrollment.dated(week)];
    let write = &mut opened.write;
    // B3: a week is the month's its Monday is in, as the reports count it.
    crate::locks::refuse_locked(
        write.tx(),
        &format!("attendance of activity {activity}"),
        &dated,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    let before = entered(write.tx(), activity, week).await?;
    match &before {
        Some(e) if e.verified_by.is_some() => return Err(verified_already(week, e)),
        Some(_) => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "UPDATE attendance SET hours = $3, entered_by = $4, entered_at = $5 \
                         WHERE activity_id = $1 AND week = $2"
                    ),
                    args![activity, week, hours, by.as_str(), at],
                )
                .await?;
        }
        None => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "INSERT INTO attendance (activity_id, week, customer_id, hours, entered_by, entered_at) \
                         VALUES ($1, $2, $3, $4, $5, $6)"
                    ),
                    args![activity, week, customer_id, hours, by.as_str(), at],
                )
                .await?;
        }
    }
    write.record(Change {
        action: "attendance.enter",
        entity_kind: "activity",
        entity_id: activity.to_string(),
        organization_id: Some(opened.org),
        before: before
            .as_ref()
            .map(|e| json!({"week": week, "hours": hours_shown(e.hours)})),
        after: Some(json!({"week": week, "hours": hours_shown(hours)})),
    });
    let shown = one_week(session, write.tx(), activity, week).await?;
    opened.write.finish(options).await?;
    Ok(shown)
}

/// `isets attendance verify ACTIVITY --week D [--hours N]`: the provider's authorized
/// staff confirm a week's hours (E7): the hours entered, or fewer when given.
pub async fn verify(
    session: &Session,
    activity: i64,
    week: &str,
    hours: Option<&str>,
    options: &WriteOptions,
) -> Result<Week> {
    let permit = session.permit(Action::VerifyAttendance)?;
    let week = rules::week_of(parse_date("--week", week)?);
    let hours = hours
        .map(|h| rules::parse_hours("--hours", h))
        .transpose()?;
    let mut opened = super::open(session, &permit, activity, options).await?;
    let dated = [opened.enrollment.dated(week)];
    let write = &mut opened.write;
    crate::locks::refuse_locked(
        write.tx(),
        &format!("attendance of activity {activity}"),
        &dated,
    )
    .await?;
    let Some(e) = entered(write.tx(), activity, week).await? else {
        return Err(Error::NotFound(format!(
            "no attendance of activity {activity} for the week of {week} (`isets attendance add`)"
        )));
    };
    if e.verified_by.is_some() {
        return Err(verified_already(week, &e));
    }
    let verified = hours.unwrap_or(e.hours);
    rules::check_verified(verified, e.hours)?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE attendance SET verified_hours = $3, verified_by = $4, verified_at = $5 \
                 WHERE activity_id = $1 AND week = $2"
            ),
            args![activity, week, verified, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "attendance.verify",
        entity_kind: "activity",
        entity_id: activity.to_string(),
        organization_id: Some(opened.org),
        before: Some(json!({"week": week, "hours": hours_shown(e.hours)})),
        after: Some(json!({"week": week, "verified_hours": hours_shown(verified)})),
    });
    let shown = one_week(session, write.tx(), activity, week).await?;
    opened.write.finish(options).await?;
    Ok(shown)
}

/// What `isets attendance list` lists.
#[derive(Debug, Clone, Copy)]
pub enum Of<'a> {
    Activity(i64),
    /// A customer's individual number.
    Customer(&'a str),
}

/// `isets attendance list ACTIVITY|--customer C`: the weeks entered, by activity and
/// week, for those who read the case file.
pub async fn list(session: &Session, of: Of<'_>) -> Result<Vec<Week>> {
    let permit = session.permit(Action::Assessments)?;
    let mut tx = session.read().await?;
    let rows: Vec<WeekRow> = match of {
        Of::Activity(id) => {
            let activity = super::find(session, &mut tx, &permit, id).await?;
            tx.fetch_all(
                crate::sql!(concat!(
                    week_select!(),
                    " WHERE t.activity_id = $1 ORDER BY t.week"
                )),
                args![activity.id],
            )
            .await?
        }
        Of::Customer(number) => {
            let customer = reach::find(session, &mut tx, &permit, number).await?;
            tx.fetch_all(
                crate::sql!(concat!(
                    week_select!(),
                    " WHERE t.customer_id = $1 ORDER BY t.activity_id, t.week"
                )),
                args![customer],
            )
            .await?
        }
    };
    Ok(weeks(session, rows))
}

/// A row of the Overview's Attendance section (000): an open activity with its hours
/// attended and verified so far.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub activity: i64,
    pub provider: String,
    /// "JST - Job Search Training".
    pub name: String,
    pub start_date: Option<NaiveDate>,
    /// The planned end.
    pub due_date: NaiveDate,
    pub hours_attended: String,
    pub hours_verified: String,
}

impl Tabular for Summary {
    fn headers() -> Vec<&'static str> {
        vec![
            "activity",
            "provider",
            "name",
            "start_date",
            "due_date",
            "hours_attended",
            "hours_verified",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.activity.to_string(),
            self.provider.clone(),
            self.name.clone(),
            crate::output::opt(&self.start_date),
            self.due_date.to_string(),
            self.hours_attended.clone(),
            self.hours_verified.clone(),
        ]
    }
    fn key(&self) -> String {
        self.activity.to_string()
    }
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    organization_id: i64,
    provider: String,
    code: String,
    started_on: Option<NaiveDate>,
    planned_end: NaiveDate,
    attended: i64,
    verified: i64,
}

/// The Attendance section of `customer show`: each Started/Open activity of the
/// customer, oldest start first.
pub(crate) async fn for_overview(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
) -> Result<Vec<Summary>> {
    let rows: Vec<SummaryRow> = tx
        .fetch_all(
            crate::sql!(
                "SELECT a.id, a.organization_id, coalesce(o.name, '') AS provider, a.code, a.started_on, \
                 a.planned_end, CAST(coalesce(SUM(t.hours), 0) AS BIGINT) AS attended, \
                 CAST(coalesce(SUM(t.verified_hours), 0) AS BIGINT) AS verified \
                 FROM activities a LEFT JOIN organizations o ON o.id = a.organization_id \
                 LEFT JOIN attendance t ON t.activity_id = a.id \
                 WHERE a.customer_id = $1 AND a.status = 'started' \
                 GROUP BY a.id, a.organization_id, o.name, a.code, a.started_on, a.planned_end \
                 ORDER BY a.started_on, a.id"
            ),
            args![customer_id],
        )
        .await?;
    let names = reach::OrganizationNames::of(session);
    Ok(rows
        .into_iter()
        .map(|r| Summary {
            activity: r.id,
            provider: names.shown(r.organization_id, &r.provider),
            name: format!("{} - {}", r.code, catalogue::name_of(&r.code)),
            start_date: r.started_on,
            due_date: r.planned_end,
            hours_attended: hours_shown(r.attended),
            hours_verified: hours_shown(r.verified),
        })
        .collect())
}
