//! Earnfare participation (DOMAIN.md §15, seed 000 "Earnfare participation"): the
//! benefit amount and its history (R2), and each month's work hours and payment
//! verification (R1, [`month`]), for `isets earnfare …` and `customer show`.
//!
//! The benefit amount is first set with the referral WFD sends to an Earnfare program
//! (`referral send --benefit-amount`) and changed only by IDHS staff
//! ([`Action::SetEarnfareBenefit`]); every amount is kept with who set it and the date
//! it takes effect.

pub mod month;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::plans::rules::hours_shown;
use crate::session::Session;
use crate::settings::Settings;
use crate::values::Money;
use crate::write::{Outcome, Write, WriteOptions};

use month::MonthFigures;

/// An amount of the benefit's history (R2).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Benefit {
    #[serde(skip)]
    pub id: i64,
    pub effective_on: NaiveDate,
    #[sqlx(try_from = "i64")]
    pub amount: Money,
    /// The referral it was set with, if any.
    pub referral: Option<i64>,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    pub reason: Option<String>,
}

impl Tabular for Benefit {
    fn headers() -> Vec<&'static str> {
        vec![
            "effective_on",
            "amount",
            "referral",
            "changed_by",
            "changed_at",
            "reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.effective_on.to_string(),
            self.amount.to_string(),
            opt(&self.referral),
            self.changed_by.clone(),
            crate::output::time(&self.changed_at),
            opt(&self.reason),
        ]
    }
    fn key(&self) -> String {
        self.effective_on.to_string()
    }
}

/// The benefit's history, newest effective date first (the latest entry wins a tie).
async fn history_of(tx: &mut Tx, customer_id: i64) -> Result<Vec<Benefit>> {
    tx.fetch_all(
        crate::sql!(
            "SELECT id, effective_on, amount, referral_id AS referral, changed_by, changed_at, reason \
             FROM earnfare_benefits WHERE customer_id = $1 ORDER BY effective_on DESC, id DESC"
        ),
        args![customer_id],
    )
    .await
}

/// The amount in force on `day`: the newest entry effective on or before it.
pub(crate) fn in_force(history: &[Benefit], day: NaiveDate) -> Option<Money> {
    history
        .iter()
        .find(|b| b.effective_on <= day)
        .map(|b| b.amount)
}

/// R2: a benefit amount is a customer's in Earnfare: referred to or enrolled in an
/// Earnfare program of a provider `permit` covers (any, for a statewide permit), so that
/// both backends answer alike whatever the row-level security lets the login read.
async fn in_earnfare(tx: &mut Tx, permit: &Permit, customer_id: i64) -> Result<bool> {
    let providers: Vec<(i64,)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT p.organization_id FROM enrollments e JOIN programs p ON p.id = e.program_id \
                 WHERE e.customer_id = $1 AND p.program_type = 'earnfare' \
                 UNION SELECT p.organization_id FROM referrals r JOIN programs p ON p.id = r.program_id \
                 WHERE r.customer_id = $1 AND p.program_type = 'earnfare'"
            ),
            args![customer_id],
        )
        .await?;
    Ok(providers.iter().any(|(org,)| permit.covers(*org)))
}

/// V5, R2: a benefit amount as given: money with two decimals at most, not negative.
pub fn parse_amount(field: &str, value: &str) -> Result<Money> {
    let amount = Money::parse(field, value)?;
    if amount.cents() < 0 {
        return Err(Error::invalid(field, value, "is negative"));
    }
    Ok(amount)
}

/// Inserts an amount of the benefit's history within `write` and records it; the
/// referral send (R2: first set on the referral WFD sends) and `earnfare set-benefit`
/// both call it.
pub async fn record_benefit(
    write: &mut Write,
    customer_id: i64,
    amount: Money,
    effective_on: NaiveDate,
    referral: Option<i64>,
    reason: Option<&str>,
) -> Result<i64> {
    crate::locks::refuse_for_customer(
        write.tx(),
        "the Earnfare benefit amount",
        customer_id,
        effective_on,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO earnfare_benefits (customer_id, amount, effective_on, referral_id, changed_by, \
                 changed_at, reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
            ),
            args![
                customer_id,
                amount.cents(),
                effective_on,
                referral,
                by.as_str(),
                at,
                reason
            ],
        )
        .await?;
    write.record(Change {
        action: "earnfare.benefit",
        entity_kind: "customer",
        entity_id: customer_id.to_string(),
        organization_id: None,
        before: None,
        after: Some(json!({
            "benefit": id,
            "amount": amount,
            "effective_on": effective_on,
            "referral": referral,
        })),
    });
    Ok(id)
}

/// What `earnfare set-benefit` did.
pub struct Set {
    pub benefit: Benefit,
    pub outcome: Outcome,
}

/// `isets earnfare set-benefit CUSTOMER --amount … --effective …` (R2: IDHS staff): a
/// new amount from its effective date, kept with the ones before it.
pub async fn set(
    session: &Session,
    customer: &str,
    amount: &str,
    effective_on: NaiveDate,
    options: &WriteOptions,
) -> Result<Set> {
    let permit = session.permit(Action::SetEarnfareBenefit)?;
    let amount = parse_amount("--amount", amount)?;
    let mut write = session.write(&permit).await?;
    let customer_id = reach::find(session, write.tx(), &permit, customer).await?;
    if !in_earnfare(write.tx(), &permit, customer_id).await? {
        return Err(Error::rule(
            "R2",
            format!(
                "customer {} is neither referred to nor enrolled in an Earnfare program within your \
                 reach: a benefit amount belongs to Earnfare participation",
                customer.trim()
            ),
        ));
    }
    let reason = options.reason.as_deref();
    let id = record_benefit(&mut write, customer_id, amount, effective_on, None, reason).await?;
    let benefit = history_of(write.tx(), customer_id)
        .await?
        .into_iter()
        .find(|b| b.id == id)
        .ok_or_else(|| Error::Internal(format!("benefit {id} not read back")))?;
    Ok(Set {
        benefit,
        outcome: write.finish(options).await?,
    })
}

/// `isets earnfare benefits CUSTOMER`: every amount, newest effective first.
pub async fn history(session: &Session, customer: &str) -> Result<Vec<Benefit>> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let customer_id = reach::find(session, &mut tx, &permit, customer).await?;
    history_of(&mut tx, customer_id).await
}

/// Earnfare participation as seed 000's Status section shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Participation {
    pub individual_number: String,
    /// The amount in force on the last day of the month shown first.
    pub benefit_amount: Option<Money>,
    pub monthly_benefit_hours: Option<i64>,
    /// The month asked for (the current one by default), then the one before it.
    pub months: Vec<MonthFigures>,
    /// Whether the first month is the current one in Illinois.
    #[serde(skip)]
    pub current: bool,
    /// R2: months with verified Transitional Job hours, against the limit if one is set.
    pub transitional_job_months: i64,
    pub participation_limit: Option<u32>,
    pub over_limit: bool,
    pub benefit_history: Vec<Benefit>,
}

#[derive(sqlx::FromRow)]
struct Hours {
    code: String,
    week: NaiveDate,
    hours: i64,
}

/// Verified Community Workfare and Transitional Job hours by week (E7: attendance
/// counts once verified). **Assumption**: a week counts in the month its Monday is in.
async fn hours_of(tx: &mut Tx, customer_id: i64) -> Result<Vec<Hours>> {
    tx.fetch_all(
        crate::sql!(
            "SELECT a.code, t.week, t.verified_hours AS hours FROM attendance t \
             JOIN activities a ON a.id = t.activity_id \
             WHERE t.customer_id = $1 AND a.code IN ('CW', 'TJ') AND t.verified_hours IS NOT NULL"
        ),
        args![customer_id],
    )
    .await
}

/// The participation of customer `customer_id` in the month of `day` and the one
/// before, or none when they have no Earnfare referral, enrollment or benefit.
pub(crate) async fn of(
    tx: &mut Tx,
    permit: &Permit,
    customer_id: i64,
    individual_number: &str,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<Option<Participation>> {
    let history = history_of(tx, customer_id).await?;
    if history.is_empty() && !in_earnfare(tx, permit, customer_id).await? {
        return Ok(None);
    }
    let settings = Settings::load(tx).await?;
    let hours = hours_of(tx, customer_id).await?;
    let sum = |code: &str, first: NaiveDate| -> i64 {
        hours
            .iter()
            .filter(|h| h.code == code && month::month_of(h.week) == first)
            .map(|h| h.hours)
            .sum()
    };
    let months: Vec<MonthFigures> = [month::month_of(day), month::previous_month(day)]
        .into_iter()
        .map(|first| {
            month::figures(
                first,
                in_force(&history, month::month_end(first)),
                sum("CW", first),
                sum("TJ", first),
                &settings,
            )
        })
        .collect();
    let mut tj_months: Vec<NaiveDate> = hours
        .iter()
        .filter(|h| h.code == "TJ" && h.hours > 0)
        .map(|h| month::month_of(h.week))
        .collect();
    tj_months.sort();
    tj_months.dedup();
    let tj_months = tj_months.len() as i64;
    let limit = settings.participation_limit;
    let amount = months.first().and_then(|m| m.benefit_amount);
    Ok(Some(Participation {
        individual_number: individual_number.to_string(),
        benefit_amount: amount,
        monthly_benefit_hours: months.first().and_then(|m| m.benefit_hours),
        months,
        current: month::month_of(day) == month::month_of(today),
        transitional_job_months: tj_months,
        participation_limit: limit,
        over_limit: limit.is_some_and(|l| tj_months > i64::from(l)),
        benefit_history: history,
    }))
}

/// `isets earnfare show CUSTOMER [--month YYYY-MM]`: the month (the current one in
/// Illinois by default) and the one before.
pub async fn show(
    session: &Session,
    customer: &str,
    month: Option<NaiveDate>,
) -> Result<Participation> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let customer_id = reach::find(session, &mut tx, &permit, customer).await?;
    let today = crate::clock::illinois_date(session.now());
    of(
        &mut tx,
        &permit,
        customer_id,
        customer.trim(),
        month.unwrap_or(today),
        today,
    )
    .await?
    .ok_or_else(|| {
        Error::NotFound(format!(
            "customer {} has no Earnfare participation: no Earnfare referral, enrollment or \
                 benefit amount (R2)",
            customer.trim()
        ))
    })
}

impl Participation {
    /// The Overview's block: the benefit, then each month's work hours and payment
    /// verification (000), then the benefit's history.
    pub fn sections(&self) -> Vec<Section> {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        let months_used = match self.participation_limit {
            Some(limit) => format!(
                "{} / {limit}{}",
                self.transitional_job_months,
                if self.over_limit {
                    " (over the limit, R2)"
                } else {
                    ""
                }
            ),
            None => format!("{} (no limit set)", self.transitional_job_months),
        };
        let mut sections = vec![Section {
            title: Some("Earnfare participation (R1, R2)".into()),
            headers: vec!["field", "value"],
            rows: vec![
                row("benefit_amount", opt(&self.benefit_amount)),
                row("monthly_benefit_hours", opt(&self.monthly_benefit_hours)),
                row("transitional_job_months", months_used),
            ],
        }];
        for (i, m) in self.months.iter().enumerate() {
            let which = match (i, self.current) {
                (0, true) => "Current Month",
                (0, false) => "Month",
                _ => "Previous Month",
            };
            let first = format!("{}-01", m.month)
                .parse()
                .map(month::month_name)
                .unwrap_or_else(|_| m.month.clone());
            sections.push(Section {
                title: Some(format!("Earnfare Work Hours - {which}: {first}")),
                headers: vec!["field", "value"],
                rows: vec![
                    row(
                        "Community Workfare Hours",
                        month::against(
                            m.community_workfare_hours,
                            m.benefit_hours.map(|h| h * 100),
                        ),
                    ),
                    row(
                        "Transitional Job Hours",
                        month::against(m.transitional_job_hours, Some(m.transitional_job_target)),
                    ),
                    row("Total Hours", hours_shown(m.total_hours)),
                    row(
                        "SNAP Work-Off Hours (CW - Community Workfare)",
                        format!("- {}", hours_shown(m.work_off_hours)),
                    ),
                    row(
                        "Stipend (TJ - Transitional Job) Hours",
                        format!("= {}", hours_shown(m.stipend_hours)),
                    ),
                    row("State Minimum Wage", format!("x ${}", m.minimum_wage)),
                    row(
                        "Stipend (TJ - Transitional Job) Issued",
                        format!("= ${}", m.stipend_issued),
                    ),
                ],
            });
        }
        sections.push(Section {
            title: Some("Benefit Amount History (R2)".into()),
            headers: Benefit::headers(),
            rows: self.benefit_history.iter().map(Tabular::cells).collect(),
        });
        sections
    }
}
