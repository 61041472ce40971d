//! The Earnfare Referral and Attendance Summary, the 2606 (B6, R1, R2): for an Earnfare
//! program only, each customer it served in the month (enrolled in it during the
//! month), the hours they were required to work (the monthly benefit hours of R1, from
//! the benefit amount in force on the month's last day), the hours they worked (verified
//! Community Workfare and Transitional Job hours of the provider's activities, E6, E7; a
//! week counts in the month its Monday is in, as `earnfare show` counts it), and their
//! progress to the Earnfare maximum (R2: the months with verified Transitional Job hours
//! up to this one, with any provider, against the participation limit setting).
//!
//! The arithmetic is the earnfare module's ([`crate::earnfare::month`]); the reading is
//! three set-based statements for the whole program, whatever its size.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::table::{Column, Kind, Report, Row, Table, Value};
use super::{Period, month_args};
use crate::args;
use crate::db::Tx;
use crate::earnfare::{Benefit, in_force, month};
use crate::error::{Error, Result};
use crate::output::Progress;
use crate::session::Session;
use crate::settings::Settings;
use crate::values::{Money, Month};

/// A customer of the 2606.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarnfareRow {
    pub customer_id: i64,
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub enrolled_on: NaiveDate,
    pub benefit_amount: Option<Money>,
    /// R1: whole hours; none without a benefit amount.
    pub hours_required: Option<i64>,
    /// Hundredths of an hour.
    pub community_workfare_hours: i64,
    pub transitional_job_hours: i64,
    /// R2: months with verified Transitional Job hours, up to this one.
    pub transitional_job_months: i64,
    pub participation_limit: Option<u32>,
}

impl EarnfareRow {
    pub fn hours_worked(&self) -> i64 {
        self.community_workfare_hours + self.transitional_job_hours
    }

    /// R2: past the participation limit.
    pub fn over_limit(&self) -> bool {
        self.participation_limit
            .is_some_and(|l| self.transitional_job_months > i64::from(l))
    }

    /// "3 / 6", or "3 (no limit set)".
    pub fn progress(&self) -> String {
        match self.participation_limit {
            Some(limit) => format!("{} / {limit}", self.transitional_job_months),
            None => format!("{} (no limit set)", self.transitional_job_months),
        }
    }
}

impl Row for EarnfareRow {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("enrolled_on", Kind::Date),
            Column::new("benefit_amount", Kind::Money),
            Column::new("hours_required", Kind::Integer),
            Column::new("community_workfare_hours", Kind::Hours),
            Column::new("transitional_job_hours", Kind::Hours),
            Column::new("hours_worked", Kind::Hours),
            Column::new("transitional_job_months", Kind::Integer),
            Column::new("participation_limit", Kind::Integer),
            Column::new("progress", Kind::Text),
            Column::new("over_limit", Kind::Flag),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
            self.enrolled_on.into(),
            self.benefit_amount.into(),
            self.hours_required.into(),
            Value::Hours(self.community_workfare_hours),
            Value::Hours(self.transitional_job_hours),
            Value::Hours(self.hours_worked()),
            self.transitional_job_months.into(),
            self.participation_limit.map(i64::from).into(),
            self.progress().into(),
            self.over_limit().into(),
        ]
    }
    fn marked(&self) -> bool {
        self.over_limit()
    }
}

#[derive(sqlx::FromRow)]
struct Served {
    customer_id: i64,
    individual_number: String,
    last_name: String,
    first_name: String,
    enrolled_on: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct CustomerBenefit {
    customer_id: i64,
    #[sqlx(flatten)]
    benefit: Benefit,
}

#[derive(sqlx::FromRow)]
struct Hours {
    customer_id: i64,
    code: String,
    week: NaiveDate,
    hours: i64,
    /// The provider's own activity (E6).
    own: bool,
}

/// The customers of the program open during the month: `$1` provider, `$2` program, `$3`
/// and `$4` the month's first and last day.
macro_rules! served {
    () => {
        "SELECT e.customer_id FROM enrollments e WHERE e.organization_id = $1 AND e.program_id = $2 \
         AND e.enrolled_on <= $4 AND (e.exited_on IS NULL OR e.exited_on >= $3)"
    };
}

/// B6, R1, R2: the 2606 of `period` (an Earnfare program, which the caller checked).
pub async fn summary_2606(
    tx: &mut Tx,
    period: &Period,
    progress: &dyn Progress,
) -> Result<Vec<EarnfareRow>> {
    let [first, last, _, _] = month_args(period.month);
    super::without_jit(tx).await?;
    let bound = || {
        let mut bound = args![period.provider_id, period.program_id];
        bound.extend([first.clone(), last.clone()]);
        bound
    };
    progress.phase("2606", 4);
    let settings = Settings::load(tx).await?;
    progress.advance(1);
    let served: Vec<Served> = tx
        .fetch_all(
            crate::sql!(
                "SELECT c.id AS customer_id, c.individual_number, c.last_name, c.first_name, \
                 MAX(e.enrolled_on) AS enrolled_on FROM enrollments e JOIN customers c ON c.id = e.customer_id \
                 WHERE e.organization_id = $1 AND e.program_id = $2 AND e.enrolled_on <= $4 \
                 AND (e.exited_on IS NULL OR e.exited_on >= $3) \
                 GROUP BY c.id, c.individual_number, c.last_name, c.first_name"
            ),
            bound(),
        )
        .await?;
    progress.advance(1);
    let benefits: Vec<CustomerBenefit> = tx
        .fetch_all(
            crate::sql!(concat!(
                "SELECT b.customer_id, b.id, b.effective_on, b.amount, b.referral_id AS referral, b.changed_by, \
                 b.changed_at, b.reason FROM earnfare_benefits b WHERE b.effective_on <= $4 AND b.customer_id IN (",
                served!(),
                ") ORDER BY b.customer_id, b.effective_on DESC, b.id DESC"
            )),
            bound(),
        )
        .await?;
    progress.advance(1);
    let hours: Vec<Hours> = tx
        .fetch_all(
            crate::sql!(concat!(
                "SELECT t.customer_id, a.code, t.week, t.verified_hours AS hours, a.organization_id = $1 AS own \
                 FROM attendance t JOIN activities a ON a.id = t.activity_id \
                 WHERE a.code IN ('CW', 'TJ') AND t.verified_hours IS NOT NULL AND t.week <= $4 \
                 AND t.customer_id IN (",
                served!(),
                ")"
            )),
            bound(),
        )
        .await?;
    progress.advance(1);
    progress.finish();
    let mut history: BTreeMap<i64, Vec<Benefit>> = BTreeMap::new();
    for b in benefits {
        history.entry(b.customer_id).or_default().push(b.benefit);
    }
    let mut rows: Vec<EarnfareRow> = served
        .into_iter()
        .map(|s| {
            let id = s.customer_id;
            let mine = || hours.iter().filter(move |h| h.customer_id == id);
            let in_month = |code: &str| -> i64 {
                mine()
                    .filter(|h| h.own && h.code == code && period.month.first() <= h.week)
                    .map(|h| h.hours)
                    .sum()
            };
            let tj_months: BTreeSet<NaiveDate> = mine()
                .filter(|h| h.code == "TJ" && h.hours > 0)
                .map(|h| month::month_of(h.week))
                .collect();
            let amount = history
                .get(&s.customer_id)
                .and_then(|h| in_force(h, period.month.last()));
            let figures = month::figures(
                period.month.first(),
                amount,
                in_month("CW"),
                in_month("TJ"),
                &settings,
            );
            EarnfareRow {
                customer_id: s.customer_id,
                individual_number: s.individual_number,
                last_name: s.last_name,
                first_name: s.first_name,
                enrolled_on: s.enrolled_on,
                benefit_amount: figures.benefit_amount,
                hours_required: figures.benefit_hours,
                community_workfare_hours: figures.community_workfare_hours,
                transitional_job_hours: figures.transitional_job_hours,
                transitional_job_months: tj_months.len() as i64,
                participation_limit: settings.participation_limit,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.last_name, &a.first_name, &a.individual_number).cmp(&(
            &b.last_name,
            &b.first_name,
            &b.individual_number,
        ))
    });
    Ok(rows)
}

/// `isets report earnfare-2606 --provider P --program PROG --month M`: an Earnfare
/// program's only (B6); another program is refused naming the rule.
pub async fn report(
    session: &Session,
    provider: &str,
    program: i64,
    month_asked: Month,
    progress: &dyn Progress,
) -> Result<Report> {
    let mut tx = session.read().await?;
    let period = super::period(session, &mut tx, provider, program, month_asked).await?;
    if period.program_type != "earnfare" {
        return Err(Error::rule_on(
            "B6",
            "--program",
            format!(
                "{program} is a {} program of {}: the 2606 is for Earnfare programs only (R1, R2)",
                period.program_type, period.provider
            ),
        ));
    }
    let rows = summary_2606(&mut tx, &period, progress).await?;
    let rows = period
        .keep_visible(session, &mut tx, rows, |r| r.customer_id)
        .await?;
    Ok(Report {
        name: "earnfare-2606",
        title: format!(
            "Earnfare Referral and Attendance Summary, 2606 (B6, R1, R2): {}",
            period.describe()
        ),
        parameters: period.parameters(),
        tables: vec![Table::of("customers", "Customers", &rows)],
    })
}
