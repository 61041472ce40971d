//! The 4333 roster (B5): a provider's customers of one program in a month.
//!
//! A customer is on it when all of these held in that month, judged as of the month and
//! not by today's state (002: "a changed start date drops them from months they were
//! in"):
//! - an accepted referral to the provider (or a reverse referral of the provider that
//!   IDHS accepted, N1), answered before the month ended;
//! - an enrollment in the program open during the month: enrolled on or before its last
//!   day, not exited before its first;
//! - the E&T status Active or Retention at some moment of the month, from the status
//!   history (T1), each change dated by the Illinois day it was made on;
//! - a SNAP E&T activity with the provider as its service provider (E6), started on or
//!   before the month's last day and not completed before its first.
//!
//! [`roster_4333`] is one set-based statement, reached from the provider's enrollments
//! (`enrollments_org_idx`) with one index lookup per enrolled customer in the referrals,
//! the status history and the activities (each indexed by customer): no statement per
//! customer. The staffing calls it inside its own transaction.

use chrono::NaiveDate;

use super::month_args;
use super::table::{Column, Kind, Report, Row, Table, Value};
use crate::args;
use crate::db::Tx;
use crate::error::Result;
use crate::et_status::EtStatus;
use crate::output::Progress;
use crate::session::Session;
use crate::values::Month;

/// A customer on the 4333 roster of a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub customer_id: i64,
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    /// Active or Retention: the last of the two the customer held in the month.
    pub status: EtStatus,
    /// The codes of the qualifying SNAP E&T activities, sorted.
    pub activities: Vec<String>,
    /// The enrollment in the program open during the month (the latest, if several).
    pub enrolled_on: NaiveDate,
    /// The accepted referral (the latest, if several).
    pub referral_id: i64,
}

#[derive(sqlx::FromRow)]
struct Found {
    customer_id: i64,
    individual_number: String,
    last_name: String,
    first_name: String,
    enrolled_on: NaiveDate,
    referral_id: i64,
    status: String,
    activities: String,
}

/// The criteria of B5 as one statement per dialect; `$1` provider, `$2` program, `$3`
/// and `$4` the month's first and last day, `$5` and `$6` its first moment and the next
/// month's. The candidates are materialized once so that each lookup runs once per
/// enrolled customer, not again in the filter.
macro_rules! roster_criteria {
    ($before_end:literal, $in_month:literal, $before_start:literal, $later:literal, $newest:literal, $codes:literal) => {
        concat!(
            "WITH candidates AS MATERIALIZED (SELECT c.id AS customer_id, c.individual_number, c.last_name, \
             c.first_name, en.enrolled_on, \
             (SELECT MAX(r.id) FROM referrals r WHERE r.customer_id = c.id AND r.status = 'accepted' \
              AND ", $before_end, "(r.answered_at) \
              AND ((r.kind <> 'reverse' AND r.to_organization_id = $1) \
                OR (r.kind = 'reverse' AND r.from_organization_id = $1))) AS referral_id, \
             (SELECT h.new_value FROM et_status_history h WHERE h.customer_id = c.id AND h.field = 'status' \
              AND h.new_value IN ('active', 'retention') AND ", $before_end, "(h.changed_at) \
              AND (", $in_month, "(h.changed_at) OR NOT EXISTS (SELECT 1 FROM et_status_history l \
                WHERE l.customer_id = c.id AND l.field = 'status' AND ", $before_start, "(l.changed_at) \
                AND (", $later, " OR (l.changed_at = h.changed_at AND l.id > h.id)))) \
              ORDER BY ", $newest, " DESC, h.id DESC LIMIT 1) AS status, \
             (SELECT ", $codes, " FROM activities a WHERE a.customer_id = c.id \
              AND a.organization_id = $1 AND a.kind = 'snap-et' AND a.started_on IS NOT NULL \
              AND a.started_on <= $4 AND (a.completed_on IS NULL OR a.completed_on >= $3)) AS activities \
             FROM (SELECT e.customer_id, MAX(e.enrolled_on) AS enrolled_on FROM enrollments e \
               WHERE e.organization_id = $1 AND e.program_id = $2 AND e.enrolled_on <= $4 \
               AND (e.exited_on IS NULL OR e.exited_on >= $3) GROUP BY e.customer_id) en \
             JOIN customers c ON c.id = en.customer_id) \
             SELECT customer_id, individual_number, last_name, first_name, enrolled_on, referral_id, status, \
             activities FROM candidates \
             WHERE referral_id IS NOT NULL AND status IS NOT NULL AND activities IS NOT NULL"
        )
    };
}

/// B5: the 4333 roster of `provider_id`'s program `program_id` for `month`, sorted by
/// name. It reads within `tx`, so the staffing sees the roster of its own transaction;
/// on PostgreSQL it turns JIT off for the rest of `tx` ([`super::without_jit`]). It
/// reads what the login may read (the policies on PostgreSQL) and applies no reach of
/// its own: the report keeps the customers the operator reaches.
pub async fn roster_4333(
    tx: &mut Tx,
    provider_id: i64,
    program_id: i64,
    month: Month,
) -> Result<Vec<RosterRow>> {
    let [first, last, start, end] = month_args(month);
    super::without_jit(tx).await?;
    let found: Vec<Found> = tx
        .fetch_all(
            crate::sql!(
                // SQLite keeps moments as RFC 3339 text: `julianday` compares them as
                // moments whatever their offset is written as.
                sqlite: roster_criteria!(
                    "julianday($6) > julianday",
                    "julianday($5) <= julianday",
                    "julianday($5) > julianday",
                    "julianday(l.changed_at) > julianday(h.changed_at)",
                    "julianday(h.changed_at)",
                    "group_concat(DISTINCT a.code)"
                ),
                postgres: roster_criteria!(
                    "$6 > ",
                    "$5 <= ",
                    "$5 > ",
                    "l.changed_at > h.changed_at",
                    "h.changed_at",
                    "string_agg(DISTINCT a.code, ',')"
                ),
            ),
            {
                let mut bound = args![provider_id, program_id];
                bound.extend([first, last, start, end]);
                bound
            },
        )
        .await?;
    let mut rows = found
        .into_iter()
        .map(|f| {
            let mut activities: Vec<String> = f.activities.split(',').map(str::to_string).collect();
            activities.sort();
            activities.dedup();
            Ok(RosterRow {
                customer_id: f.customer_id,
                individual_number: f.individual_number,
                last_name: f.last_name,
                first_name: f.first_name,
                status: f.status.parse().map_err(|why| {
                    crate::Error::Internal(format!("stored E&T status {:?} {why}", f.status))
                })?,
                activities,
                enrolled_on: f.enrolled_on,
                referral_id: f.referral_id,
            })
        })
        .collect::<Result<Vec<RosterRow>>>()?;
    // Sorted here rather than by the database, whose collations differ between the two
    // backends: the same roster reads the same on both.
    rows.sort_by(|a, b| {
        (&a.last_name, &a.first_name, &a.individual_number).cmp(&(
            &b.last_name,
            &b.first_name,
            &b.individual_number,
        ))
    });
    Ok(rows)
}

impl Row for RosterRow {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("status", Kind::Text),
            Column::new("activities", Kind::Text),
            Column::new("enrolled_on", Kind::Date),
            Column::new("referral", Kind::Integer),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
            self.status.to_string().into(),
            self.activities.join(", ").into(),
            self.enrolled_on.into(),
            self.referral_id.into(),
        ]
    }
}

/// `isets report 4333 --provider P --program PROG --month M`.
pub async fn report(
    session: &Session,
    provider: &str,
    program: i64,
    month: Month,
    progress: &dyn Progress,
) -> Result<Report> {
    let mut tx = session.read().await?;
    let period = super::period(session, &mut tx, provider, program, month).await?;
    progress.phase("4333", 1);
    let rows = roster_4333(&mut tx, period.provider_id, period.program_id, month).await?;
    let rows = period
        .keep_visible(session, &mut tx, rows, |r| r.customer_id)
        .await?;
    progress.finish();
    Ok(Report {
        name: "4333",
        title: format!("4333 roster (B5): {}", period.describe()),
        parameters: period.parameters(),
        tables: vec![Table::of("customers", "Customers", &rows)],
    })
}
