//! `isets override list|accept|reject` (V4, V6): the cost overrides a maximum asks for.
//! An override is answered once, by a super user or by a provider manager (IDHS staff)
//! of the provider whose cost it is, never by the provider's own program manager (§1,
//! note 2). Accepting counts the cost; rejecting voids it (kept, out of the totals) and
//! tells the provider by a case note on the customer (**design**, V4). Of two answers at
//! once, one wins: the answer is written only while the override is still pending, and
//! the other is told who answered and when.
//!
//! The list is a report (D4: overrides pending, V6): read by every role that reads
//! reports, provider roles and provider managers for their own providers' customers.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue;
use crate::customers::{notes, reach};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;
use crate::values::{FiscalYear, Money};
use crate::write::WriteOptions;

use super::rules;

/// An override with its cost, as the list and the answers show it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Override {
    pub id: i64,
    pub cost: i64,
    /// The customer's individual number.
    pub customer: String,
    #[serde(skip)]
    pub customer_id: i64,
    #[serde(skip)]
    pub organization_id: i64,
    pub provider: String,
    pub category: String,
    #[sqlx(skip)]
    #[serde(rename = "fiscal_year")]
    pub fiscal_year_shown: String,
    #[serde(skip)]
    pub fiscal_year: i64,
    #[serde(skip)]
    pub total: i64,
    #[serde(skip)]
    pub total_before: i64,
    #[serde(skip)]
    pub maximum: i64,
    #[sqlx(skip)]
    #[serde(flatten)]
    pub amounts: Amounts,
    pub reason: String,
    pub status: String,
    pub requested_by: String,
    pub requested_at: DateTime<Utc>,
    #[sqlx(skip)]
    pub days_pending: Option<i64>,
    /// V6: pending more than 14 days.
    #[sqlx(skip)]
    pub flagged: bool,
    pub answered_by: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answer: Option<String>,
}

/// An override's arithmetic as it stood when asked for (V4).
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Amounts {
    pub cost_total: Money,
    pub total_before: Money,
    pub total_after: Money,
    pub maximum: Money,
}

impl Override {
    fn complete(mut self, session: &Session, names: &reach::OrganizationNames) -> Override {
        self.provider = names.shown(self.organization_id, &self.provider);
        self.fiscal_year_shown = FiscalYear(self.fiscal_year).to_string();
        self.amounts = Amounts {
            cost_total: Money(self.total),
            total_before: Money(self.total_before),
            total_after: Money(self.total_before + self.total),
            maximum: Money(self.maximum),
        };
        if self.status == "pending" {
            let requested = crate::clock::illinois_date(self.requested_at);
            let (days, flagged) = rules::pending_days(requested, session.today());
            self.days_pending = Some(days);
            self.flagged = flagged;
        }
        self
    }

    fn answered(&self) -> String {
        format!(
            "override {} was {} already, by {} on {}",
            self.id,
            self.status,
            self.answered_by.as_deref().unwrap_or("?"),
            self.answered_at
                .as_ref()
                .map(crate::output::time)
                .unwrap_or_default()
        )
    }
}

impl Tabular for Override {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "cost",
            "customer",
            "provider",
            "category",
            "fiscal_year",
            "total_before",
            "cost_total",
            "maximum",
            "status",
            "requested_by",
            "requested_at",
            "days_pending",
            "answered_by",
            "reason",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "id",
            "cost",
            "customer",
            "provider",
            "category",
            "fiscal_year",
            "total_before",
            "cost_total",
            "total_after",
            "maximum",
            "reason",
            "status",
            "requested_by",
            "requested_at",
            "days_pending",
            "flagged",
            "answered_by",
            "answered_at",
            "answer",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.cost.to_string(),
            self.customer.clone(),
            self.provider.clone(),
            format!("{} - {}", self.category, catalogue::name_of(&self.category)),
            self.fiscal_year_shown.clone(),
            self.amounts.total_before.to_string(),
            self.amounts.cost_total.to_string(),
            self.amounts.maximum.to_string(),
            self.status.clone(),
            self.requested_by.clone(),
            crate::output::time(&self.requested_at),
            match (self.days_pending, self.flagged) {
                (Some(days), true) => format!("{days} (more than 14 days, V6)"),
                (days, _) => opt(&days),
            },
            opt(&self.answered_by),
            self.reason.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// The columns [`Override`] reads, from `cost_overrides v`, `service_costs k`,
/// `customers c` and `organizations o`.
macro_rules! override_select {
    () => {
        "SELECT v.id, v.cost_id AS cost, c.individual_number AS customer, v.customer_id, v.organization_id, \
         coalesce(o.name, '') AS provider, k.category, k.fiscal_year, k.total, v.total_before, v.maximum, \
         v.reason, v.status, v.requested_by, v.requested_at, v.answered_by, v.answered_at, v.answer \
         FROM cost_overrides v JOIN service_costs k ON k.id = v.cost_id JOIN customers c ON c.id = v.customer_id \
         LEFT JOIN organizations o ON o.id = v.organization_id"
    };
}

/// `isets override list [--pending] [--provider P]`: overrides of customers within
/// reach, oldest request first; pending ones more than 14 days old are flagged (V6).
pub async fn list(
    session: &Session,
    pending: bool,
    provider: Option<&str>,
) -> Result<Vec<Override>> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let provider = match provider {
        None => None,
        Some(name) if permit.is_statewide() => Some(crate::orgs::find(&mut tx, name).await?.id),
        Some(name) => {
            let own = session.operator().listings.iter().find(|l| {
                permit.covers(l.organization_id) && l.organization.eq_ignore_ascii_case(name.trim())
            });
            match own {
                Some(l) => Some(l.organization_id),
                None => {
                    return Err(Error::NotFound(format!(
                        "provider {:?} not found among the providers you read reports for",
                        name.trim()
                    )));
                }
            }
        }
    };
    let reach = reach::of(session, &mut tx, &permit).await?;
    let [s, l, t] = reach.args();
    let rows: Vec<Override> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(override_select!(), " WHERE ", crate::within_reach!(sqlite, "1", "2", "3"), " ORDER BY v.requested_at, v.id"),
                postgres: concat!(override_select!(), " WHERE ", crate::within_reach!(postgres, "1", "2", "3"), " ORDER BY v.requested_at, v.id"),
            ),
            vec![s, l, t],
        )
        .await?;
    let names = reach::OrganizationNames::of(session);
    Ok(rows
        .into_iter()
        .filter(|o| !pending || o.status == "pending")
        .filter(|o| provider.is_none_or(|p| p == o.organization_id))
        .map(|o| o.complete(session, &names))
        .collect())
}

/// The override `id` of a customer within `permit`'s reach; any other reads as absent.
async fn find(
    session: &Session,
    tx: &mut Tx,
    permit: &crate::operator::Permit,
    id: i64,
) -> Result<Override> {
    let found: Override = reach::record(
        session,
        tx,
        permit,
        crate::sql!(
            sqlite: concat!(override_select!(), " WHERE v.id = $1 AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(override_select!(), " WHERE v.id = $1 AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        id,
        "override",
        "isets override list",
    )
    .await?;
    Ok(found.complete(session, &reach::OrganizationNames::of(session)))
}

/// How an override is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Reject,
}

/// `isets override accept ID [--note …]` and `isets override reject ID --reason …`
/// (V4): answered once, by those who decide overrides for the cost's provider.
pub async fn answer(
    session: &Session,
    id: i64,
    answer: Answer,
    text: Option<&str>,
    options: &WriteOptions,
) -> Result<Override> {
    let permit = session.permit(Action::DecideOverride)?;
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    if answer == Answer::Reject && text.is_none() {
        return Err(Error::rule_on(
            "V4",
            "--reason",
            "is required: a rejected override carries its reason, which the provider is told",
        ));
    }
    let mut write = session.write(&permit).await?;
    let found = find(session, write.tx(), &permit, id).await?;
    session.authorize(
        Action::DecideOverride,
        Some((found.organization_id, &found.provider)),
    )?;
    if found.status != "pending" {
        return Err(Error::Conflict(found.answered()));
    }
    // B3: answering counts or voids a cost of its payment month.
    let (enrollment_id, paid_on, issued_on): (i64, NaiveDate, NaiveDate) = write
        .tx()
        .fetch_one(
            crate::sql!(
                "SELECT s.enrollment_id, k.paid_on, COALESCE(k.issued_on, k.paid_on) FROM service_costs k \
                 JOIN support_services s ON s.id = k.service_id WHERE k.id = $1"
            ),
            args![found.cost],
        )
        .await?;
    crate::locks::refuse_in_enrollment(
        write.tx(),
        &format!("override {id} (cost {})", found.cost),
        enrollment_id,
        [paid_on, issued_on],
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    let (status, state) = match answer {
        Answer::Accept => ("accepted", "counted"),
        Answer::Reject => ("rejected", "void"),
    };
    // Written only while still pending: of two answers at once, the second finds it
    // answered (PostgreSQL re-reads the row once the first commits; SQLite writes one
    // transaction at a time).
    let changed = write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE cost_overrides SET status = $2, answered_by = $3, answered_at = $4, answer = $5 \
                 WHERE id = $1 AND status = 'pending'"
            ),
            args![id, status, by.as_str(), at, text],
        )
        .await?;
    if changed == 0 {
        let now: Override = write
            .tx()
            .fetch_one(
                crate::sql!(concat!(override_select!(), " WHERE v.id = $1")),
                args![id],
            )
            .await?;
        return Err(Error::Conflict(now.answered()));
    }
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE service_costs SET state = $2, updated_by = $3, updated_at = $4 \
                 WHERE id = $1 AND state = 'pending'"
            ),
            args![found.cost, state, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: match answer {
            Answer::Accept => "cost-override.accept",
            Answer::Reject => "cost-override.reject",
        },
        entity_kind: "cost-override",
        entity_id: id.to_string(),
        organization_id: Some(found.organization_id),
        before: Some(json!({"status": "pending", "cost_state": "pending"})),
        after: Some(json!({"status": status, "cost_state": state, "answer": text})),
    });
    if answer == Answer::Reject {
        let reason = text.unwrap_or_default();
        notes::write_note(
            &mut write,
            found.customer_id,
            found.organization_id,
            &format!("Cost override {id} rejected"),
            &format!(
                "The override asked for cost {} ({} {}, {}) was rejected by {by}: {reason}. The cost \
                 is void: kept, and out of the {} totals.",
                found.cost,
                catalogue::name_of(&found.category),
                found.amounts.cost_total,
                found.fiscal_year_shown,
                found.fiscal_year_shown
            ),
        )
        .await?;
    }
    let after: Override = write
        .tx()
        .fetch_one(
            crate::sql!(concat!(override_select!(), " WHERE v.id = $1")),
            args![id],
        )
        .await?;
    write.finish(options).await?;
    let names = reach::OrganizationNames::of(session);
    Ok(after.complete(session, &names))
}
