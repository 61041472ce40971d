//! `isets service cost add|edit|list` (V1–V5, V7): the costs of a Started/Open support
//! service, each checked against the customer's fiscal-year total of its category and
//! the maximum in force ([`super::caps`]). A cost past the maximum is saved only pending
//! a cost override (V4, [`super::overrides`]).
//!
//! The check and the insert are one: the write takes the customer's lock first (on
//! SQLite the write transaction itself, begun IMMEDIATE; on PostgreSQL the customer's
//! advisory lock), so two costs added at once cannot both pass a maximum they pass
//! together.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue;
use crate::customers::reach;
use crate::db::Tx;
use crate::documents;
use crate::error::{Error, Result};
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::plans::{ActivityStatus, stored};
use crate::session::Session;
use crate::values::{FiscalYear, Money, parse_date, required_text};
use crate::write::{Write, WriteOptions};

use super::rules::{self, Arithmetic, PaymentMethod};
use super::{Opened, Service, caps};

/// The longest description and override explanation a cost takes.
const TEXT_MAX: usize = 1_000;

/// A cost as stored, with its override if it has one.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct Cost {
    pub id: i64,
    pub service_id: i64,
    pub customer_id: i64,
    pub customer: String,
    pub organization_id: i64,
    pub category: String,
    pub fiscal_year: i64,
    pub method: String,
    pub description: String,
    pub unit_amount: i64,
    pub quantity: i64,
    pub total: i64,
    pub issued_on: Option<NaiveDate>,
    pub paid_on: NaiveDate,
    pub state: String,
    pub document_id: Option<i64>,
    pub updated_by: String,
    pub updated_at: DateTime<Utc>,
    pub override_id: Option<i64>,
    pub override_status: Option<String>,
}

impl Cost {
    fn issued_on(&self) -> NaiveDate {
        self.issued_on.unwrap_or(self.paid_on)
    }

    fn method(&self) -> Result<PaymentMethod> {
        stored("payment method", &self.method)
    }

    fn audit(&self) -> serde_json::Value {
        json!({
            "service_id": self.service_id,
            "category": self.category,
            "fiscal_year": self.fiscal_year,
            "method": self.method,
            "description": self.description,
            "unit_amount": Money(self.unit_amount),
            "quantity": self.quantity,
            "total": Money(self.total),
            "issued_on": self.issued_on(),
            "paid_on": self.paid_on,
            "state": self.state,
            "document_id": self.document_id,
        })
    }
}

/// The columns [`Cost`] reads, from `service_costs k`, `customers c` and
/// `cost_overrides v`.
macro_rules! cost_select {
    () => {
        "SELECT k.id, k.service_id, k.customer_id, c.individual_number AS customer, k.organization_id, \
         k.category, k.fiscal_year, k.method, k.description, k.unit_amount, k.quantity, k.total, k.issued_on, \
         k.paid_on, k.state, k.document_id, k.updated_by, k.updated_at, v.id AS override_id, \
         v.status AS override_status FROM service_costs k JOIN customers c ON c.id = k.customer_id \
         LEFT JOIN cost_overrides v ON v.cost_id = k.id"
    };
}

/// A cost as the cost commands, the list and the Overview show it (seed 000: Payment
/// Method, Payment Description, Dollar Amount/Unit, Quantity, Total Cost, Payment Date,
/// Updated By, Date Updated).
#[derive(Debug, Clone, Serialize)]
pub struct CostView {
    /// None for `--check`, which saves nothing.
    pub id: Option<i64>,
    pub service: i64,
    pub customer: String,
    pub category: String,
    pub name: String,
    pub method: String,
    pub description: String,
    pub unit_amount: Money,
    pub quantity: i64,
    pub total: Money,
    pub issued_on: NaiveDate,
    pub paid_on: NaiveDate,
    pub fiscal_year: FiscalYear,
    /// counted, pending (an override, V4) or void (its override rejected).
    pub state: String,
    #[serde(rename = "override")]
    pub override_id: Option<i64>,
    pub override_status: Option<String>,
    pub document: Option<i64>,
    pub updated_by: String,
    pub updated_at: Option<DateTime<Utc>>,
}

impl CostView {
    pub(crate) fn of(cost: &Cost) -> Result<CostView> {
        Ok(CostView {
            id: Some(cost.id),
            service: cost.service_id,
            customer: cost.customer.clone(),
            category: cost.category.clone(),
            name: catalogue::name_of(&cost.category).to_string(),
            method: cost.method()?.shown().to_string(),
            description: cost.description.clone(),
            unit_amount: Money(cost.unit_amount),
            quantity: cost.quantity,
            total: Money(cost.total),
            issued_on: cost.issued_on(),
            paid_on: cost.paid_on,
            fiscal_year: FiscalYear(cost.fiscal_year),
            state: cost.state.clone(),
            override_id: cost.override_id,
            override_status: cost.override_status.clone(),
            document: cost.document_id,
            updated_by: cost.updated_by.clone(),
            updated_at: Some(cost.updated_at),
        })
    }

    /// The state as people read it: "pending (override 3)".
    pub fn state_shown(&self) -> String {
        match (self.state.as_str(), self.override_id, &self.override_status) {
            ("pending", Some(id), _) => format!("Override Pending (override {id})"),
            ("void", Some(id), _) => format!("void (override {id} rejected)"),
            ("counted", Some(id), Some(status)) => format!("counted (override {id} {status})"),
            (state, _, _) => state.to_string(),
        }
    }

    /// The cost as `field, value` rows.
    pub fn section(&self) -> Section {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows: vec![
                row("id", opt(&self.id)),
                row("service", self.service.to_string()),
                row("customer", self.customer.clone()),
                row("category", format!("{} - {}", self.category, self.name)),
                row("method", self.method.clone()),
                row("description", self.description.clone()),
                row("unit_amount", self.unit_amount.to_string()),
                row("quantity", self.quantity.to_string()),
                row("total", self.total.to_string()),
                row("issued_on", self.issued_on.to_string()),
                row("paid_on", self.paid_on.to_string()),
                row("fiscal_year", self.fiscal_year.to_string()),
                row("state", self.state_shown()),
                row("document", opt(&self.document)),
            ],
        }
    }
}

impl Tabular for CostView {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "service",
            "category",
            "method",
            "description",
            "unit_amount",
            "quantity",
            "total",
            "issued_on",
            "paid_on",
            "fiscal_year",
            "state",
            "updated_by",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "id",
            "service",
            "customer",
            "category",
            "method",
            "description",
            "unit_amount",
            "quantity",
            "total",
            "issued_on",
            "paid_on",
            "fiscal_year",
            "state",
            "override",
            "override_status",
            "document",
            "updated_by",
            "updated_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            opt(&self.id),
            self.service.to_string(),
            self.category.clone(),
            self.method.clone(),
            self.description.clone(),
            self.unit_amount.to_string(),
            self.quantity.to_string(),
            self.total.to_string(),
            self.issued_on.to_string(),
            self.paid_on.to_string(),
            self.fiscal_year.to_string(),
            self.state_shown(),
            self.updated_by.clone(),
        ]
    }
    fn key(&self) -> String {
        opt(&self.id)
    }
}

/// What a cost command did: the cost, and the arithmetic of its category's maximum.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub cost: CostView,
    pub arithmetic: Arithmetic,
    /// `--check`: nothing was written.
    pub checked: bool,
}

/// What `isets service cost add` asks for.
#[derive(Debug, Clone)]
pub struct AddRequest<'a> {
    pub service: i64,
    pub method: &'a str,
    pub description: &'a str,
    pub unit: &'a str,
    pub quantity: &'a str,
    pub paid_on: &'a str,
    pub issued_on: Option<&'a str>,
    pub document: Option<&'a Path>,
    pub override_reason: Option<&'a str>,
    /// Show the arithmetic, write nothing.
    pub check: bool,
}

fn text(field: &str, value: &str) -> Result<String> {
    let v = required_text(field, value)?;
    if v.chars().count() > TEXT_MAX {
        return Err(Error::invalid(
            field,
            &format!("{}…", v.chars().take(20).collect::<String>()),
            format!("is longer than {TEXT_MAX} characters"),
        ));
    }
    Ok(v)
}

/// V1: costs are added only to a Started/Open service.
fn check_started(service: &Service) -> Result<NaiveDate> {
    match (service.status()?, service.started_on) {
        (ActivityStatus::Started, Some(on)) => Ok(on),
        (status, _) => Err(Error::rule(
            "V1",
            format!(
                "support service {} is {status}: costs are added only to a Started/Open service \
                 (`isets service start`)",
                service.id
            ),
        )),
    }
}

/// V1: the day the service was issued falls within a started SNAP E&T activity of the
/// customer (started on or before it, not completed before it).
async fn check_within_activity(tx: &mut Tx, customer_id: i64, issued_on: NaiveDate) -> Result<()> {
    let found: Option<(i64,)> = tx
        .fetch_optional(
            crate::sql!(
                "SELECT id FROM activities WHERE customer_id = $1 AND kind = 'snap-et' \
                 AND started_on IS NOT NULL AND started_on <= $2 \
                 AND (completed_on IS NULL OR completed_on >= $2) LIMIT 1"
            ),
            args![customer_id, issued_on],
        )
        .await?;
    if found.is_none() {
        return Err(Error::rule_on(
            "V1",
            "--issued-on",
            format!(
                "{issued_on} is not within a started SNAP E&T activity of the customer: costs are \
                 dated within an active SNAP E&T activity"
            ),
        ));
    }
    Ok(())
}

/// V3, V4: the arithmetic of a cost of `total` in `category` paid on `paid_on`, against
/// the customer's other counted and pending costs of that fiscal year (`except` a cost
/// being edited). A category without a maximum in force takes no cost (V3).
async fn arithmetic(
    tx: &mut Tx,
    customer_id: i64,
    category: &str,
    paid_on: NaiveDate,
    total: Money,
    except: i64,
) -> Result<Arithmetic> {
    let fy = FiscalYear::containing(paid_on);
    let (maximum, _) = caps::in_force(tx, category, fy)
        .await?
        .ok_or_else(|| rules::no_maximum(category, fy))?;
    let (before,): (i64,) = tx
        .fetch_one(
            crate::sql!(
                "SELECT CAST(COALESCE(SUM(total), 0) AS BIGINT) FROM service_costs WHERE customer_id = $1 \
                 AND category = $2 AND fiscal_year = $3 AND state IN ('counted', 'pending') AND id <> $4"
            ),
            args![customer_id, category, fy.0, except],
        )
        .await?;
    Ok(Arithmetic::of(fy, Money(before), total, maximum))
}

/// The override explanation, when given: not empty.
fn override_reason(value: Option<&str>) -> Result<Option<String>> {
    value.map(|v| text("--override-reason", v)).transpose()
}

/// V4: records the override a cost past the maximum asks for.
async fn request_override(
    write: &mut Write,
    cost: &Cost,
    reason: &str,
    arithmetic: &Arithmetic,
    org: i64,
) -> Result<i64> {
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO cost_overrides (cost_id, customer_id, organization_id, reason, total_before, maximum, \
                 status, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8) RETURNING id"
            ),
            args![
                cost.id,
                cost.customer_id,
                cost.organization_id,
                reason,
                arithmetic.total_before.cents(),
                arithmetic.maximum.cents(),
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "cost-override.request",
        entity_kind: "cost-override",
        entity_id: id.to_string(),
        organization_id: Some(org),
        before: None,
        after: Some(json!({
            "cost_id": cost.id,
            "reason": reason,
            "total_before": arithmetic.total_before,
            "cost": arithmetic.cost,
            "maximum": arithmetic.maximum,
            "status": "pending",
        })),
    });
    Ok(id)
}

async fn load(tx: &mut Tx, id: i64) -> Result<Cost> {
    tx.fetch_one(
        crate::sql!(concat!(cost_select!(), " WHERE k.id = $1")),
        args![id],
    )
    .await
}

/// `isets service cost add SERVICE --method … --description … --unit … --quantity …
/// --paid-on … [--issued-on …] [--document FILE] [--override-reason …] [--check]`.
pub async fn add(
    session: &Session,
    request: &AddRequest<'_>,
    options: &WriteOptions,
) -> Result<Saved> {
    let permit = session.permit(Action::CaseWork)?;
    let method = rules::method("--method", request.method)?;
    let description = text("--description", request.description)?;
    let unit = rules::unit_amount("--unit", request.unit)?;
    let quantity = rules::quantity("--quantity", request.quantity)?;
    let total = rules::total(unit, quantity)?;
    let paid_on = parse_date("--paid-on", request.paid_on)?;
    let issued_on = match request.issued_on {
        Some(d) => parse_date("--issued-on", d)?,
        None => paid_on,
    };
    let reason = override_reason(request.override_reason)?;
    let upload = request
        .document
        .map(|p| documents::read_upload("--document", p))
        .transpose()?;
    let Opened {
        mut write,
        service,
        org,
        enrollment,
    } = super::open(session, &permit, request.service, options).await?;
    let started_on = check_started(&service)?;
    rules::check_dates(issued_on, paid_on, started_on, write.today())?;
    crate::locks::refuse_locked(
        write.tx(),
        &format!("a cost of support service {}", service.id),
        &[enrollment.dated(paid_on), enrollment.dated(issued_on)],
    )
    .await?;
    check_within_activity(write.tx(), service.customer_id, issued_on).await?;
    let sums = arithmetic(
        write.tx(),
        service.customer_id,
        &service.category,
        paid_on,
        total,
        0,
    )
    .await?;
    let state = if sums.past_maximum {
        "pending"
    } else {
        "counted"
    };
    if request.check {
        // Nothing is written: the write rolls back as it is dropped.
        return Ok(Saved {
            cost: CostView {
                id: None,
                service: service.id,
                customer: service.customer.clone(),
                category: service.category.clone(),
                name: catalogue::name_of(&service.category).to_string(),
                method: method.shown().to_string(),
                description,
                unit_amount: unit,
                quantity,
                total,
                issued_on,
                paid_on,
                fiscal_year: sums.fiscal_year,
                state: state.to_string(),
                override_id: None,
                override_status: None,
                document: None,
                updated_by: write.operator().to_string(),
                updated_at: None,
            },
            arithmetic: sums,
            checked: true,
        });
    }
    sums.check(&service.category, reason.is_some())?;
    let document = match upload {
        Some(upload) => Some(
            documents::attach(
                session,
                &mut write,
                service.customer_id,
                service.organization_id,
                documents::SUPPORT_SERVICE,
                upload,
                options.dry_run,
            )
            .await?
            .id,
        ),
        None => None,
    };
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO service_costs (service_id, customer_id, organization_id, category, fiscal_year, method, \
                 description, unit_amount, quantity, total, paid_on, issued_on, state, document_id, created_by, \
                 created_at, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $15, $16) RETURNING id"
            ),
            args![
                service.id,
                service.customer_id,
                service.organization_id,
                service.category.as_str(),
                sums.fiscal_year.0,
                method.code(),
                description.as_str(),
                unit.cents(),
                quantity,
                total.cents(),
                paid_on,
                issued_on,
                state,
                document,
                by.as_str(),
                at
            ],
        )
        .await?;
    let cost = load(write.tx(), id).await?;
    write.record(Change {
        action: "service-cost.add",
        entity_kind: "service-cost",
        entity_id: id.to_string(),
        organization_id: Some(org),
        before: None,
        after: Some(cost.audit()),
    });
    if sums.past_maximum
        && let Some(reason) = &reason
    {
        request_override(&mut write, &cost, reason, &sums, org).await?;
    }
    let cost = load(write.tx(), id).await?;
    write.finish(options).await?;
    Ok(Saved {
        cost: CostView::of(&cost)?,
        arithmetic: sums,
        checked: false,
    })
}

/// What `isets service cost edit` changes; what is not given stays.
#[derive(Debug, Clone, Default)]
pub struct EditRequest<'a> {
    pub cost: i64,
    pub method: Option<&'a str>,
    pub description: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub quantity: Option<&'a str>,
    pub paid_on: Option<&'a str>,
    pub issued_on: Option<&'a str>,
    pub override_reason: Option<&'a str>,
}

/// The cost `id` of a customer within `permit`'s reach; any other reads as absent.
async fn find(
    session: &Session,
    tx: &mut Tx,
    permit: &crate::operator::Permit,
    id: i64,
) -> Result<Cost> {
    reach::record(
        session,
        tx,
        permit,
        crate::sql!(
            sqlite: concat!(cost_select!(), " WHERE k.id = $1 AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(cost_select!(), " WHERE k.id = $1 AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        id,
        "cost",
        "isets service cost list CUSTOMER",
    )
    .await
}

/// `isets service cost edit COST …`: the same rules as adding (V1–V5, V7). A void cost
/// is not edited; a pending one keeps its override; a counted one taken past the
/// maximum asks for an override as a new cost does.
pub async fn edit(
    session: &Session,
    request: &EditRequest<'_>,
    options: &WriteOptions,
) -> Result<Saved> {
    let permit = session.permit(Action::CaseWork)?;
    let method = request
        .method
        .map(|m| rules::method("--method", m))
        .transpose()?;
    let description = request
        .description
        .map(|d| text("--description", d))
        .transpose()?;
    let unit = request
        .unit
        .map(|u| rules::unit_amount("--unit", u))
        .transpose()?;
    let quantity = request
        .quantity
        .map(|q| rules::quantity("--quantity", q))
        .transpose()?;
    let paid_on = request
        .paid_on
        .map(|d| parse_date("--paid-on", d))
        .transpose()?;
    let issued_on = request
        .issued_on
        .map(|d| parse_date("--issued-on", d))
        .transpose()?;
    let reason = override_reason(request.override_reason)?;
    let service_id = {
        let mut tx = session.read().await?;
        find(session, &mut tx, &permit, request.cost)
            .await?
            .service_id
    };
    let Opened {
        mut write,
        service,
        org,
        enrollment,
    } = super::open(session, &permit, service_id, options).await?;
    let before = load(write.tx(), request.cost).await?;
    if before.state == "void" {
        return Err(Error::rule(
            "V4",
            format!(
                "cost {} is void (its override was rejected): it is kept as it was and not edited",
                before.id
            ),
        ));
    }
    let method = match method {
        Some(m) => m,
        None => before.method()?,
    };
    let description = description.unwrap_or_else(|| before.description.clone());
    let unit = unit.unwrap_or(Money(before.unit_amount));
    let quantity = quantity.unwrap_or(before.quantity);
    let total = rules::total(unit, quantity)?;
    let paid_on = paid_on.unwrap_or(before.paid_on);
    let issued_on = issued_on.unwrap_or(before.issued_on());
    let started_on = check_started(&service)?;
    rules::check_dates(issued_on, paid_on, started_on, write.today())?;
    crate::locks::refuse_locked(
        write.tx(),
        &format!("cost {}", before.id),
        &[
            enrollment.dated(before.paid_on),
            enrollment.dated(before.issued_on()),
            enrollment.dated(paid_on),
            enrollment.dated(issued_on),
        ],
    )
    .await?;
    check_within_activity(write.tx(), service.customer_id, issued_on).await?;
    let sums = arithmetic(
        write.tx(),
        service.customer_id,
        &service.category,
        paid_on,
        total,
        before.id,
    )
    .await?;
    let unchanged = method.code() == before.method
        && description == before.description
        && unit.cents() == before.unit_amount
        && quantity == before.quantity
        && paid_on == before.paid_on
        && issued_on == before.issued_on();
    if unchanged {
        return Err(Error::Conflict(format!(
            "cost {} is so already: nothing to change",
            before.id
        )));
    }
    // A pending cost keeps its override whatever the new arithmetic; a counted one
    // taken past the maximum asks for one, once (`cost_overrides.cost_id` is unique).
    let asks_override = before.state == "counted" && sums.past_maximum;
    if asks_override {
        sums.check(&service.category, reason.is_some())?;
        if let (Some(id), Some(status)) = (before.override_id, &before.override_status) {
            return Err(Error::rule(
                "V4",
                format!(
                    "cost {} had its override {id} {status} already: a cost past the maximum again \
                     is a new cost with its own override; {}",
                    before.id,
                    sums.line(&service.category)
                ),
            ));
        }
    }
    let state = if asks_override {
        "pending"
    } else {
        before.state.as_str()
    };
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE service_costs SET method = $2, description = $3, unit_amount = $4, quantity = $5, \
                 total = $6, paid_on = $7, issued_on = $8, fiscal_year = $9, state = $10, updated_by = $11, \
                 updated_at = $12 WHERE id = $1"
            ),
            args![
                before.id,
                method.code(),
                description.as_str(),
                unit.cents(),
                quantity,
                total.cents(),
                paid_on,
                issued_on,
                sums.fiscal_year.0,
                state,
                by.as_str(),
                at
            ],
        )
        .await?;
    let after = load(write.tx(), before.id).await?;
    write.record(Change {
        action: "service-cost.edit",
        entity_kind: "service-cost",
        entity_id: before.id.to_string(),
        organization_id: Some(org),
        before: Some(before.audit()),
        after: Some(after.audit()),
    });
    if asks_override && let Some(reason) = &reason {
        request_override(&mut write, &after, reason, &sums, org).await?;
    }
    let after = load(write.tx(), before.id).await?;
    write.finish(options).await?;
    Ok(Saved {
        cost: CostView::of(&after)?,
        arithmetic: sums,
        checked: false,
    })
}

/// The costs of a customer, oldest payment first.
pub(crate) async fn of_customer(tx: &mut Tx, customer_id: i64) -> Result<Vec<Cost>> {
    tx.fetch_all(
        crate::sql!(concat!(
            cost_select!(),
            " WHERE k.customer_id = $1 ORDER BY k.paid_on, k.id"
        )),
        args![customer_id],
    )
    .await
}

/// `isets service cost list CUSTOMER [--fiscal-year FY] [--category C]`: the
/// customer's costs, read by those who read the case file's reports (§1).
pub async fn list(
    session: &Session,
    customer: &str,
    fiscal_year: Option<&str>,
    category: Option<&str>,
) -> Result<Vec<CostView>> {
    let permit = session.permit(Action::Reports)?;
    let fiscal_year = fiscal_year
        .map(|v| FiscalYear::parse("--fiscal-year", v))
        .transpose()?;
    let category = category
        .map(|c| catalogue::code("--category", c, &[catalogue::Kind::SupportService]))
        .transpose()?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    of_customer(&mut tx, id)
        .await?
        .iter()
        .filter(|c| fiscal_year.is_none_or(|fy| fy.0 == c.fiscal_year))
        .filter(|c| category.is_none_or(|k| k == c.category))
        .map(CostView::of)
        .collect()
}
