//! The Supportive Services Summary (B6, V2, V4): the support-service payments of a
//! provider's program in a month (costs of its services paid that month, counted or
//! pending an override; a void cost, its override rejected, is not a payment), then the
//! totals by customer and category, then by category.
//!
//! A cost whose override was requested in the month is marked: its `override` column
//! gives the override's state, and it is red on a colour terminal and in a spreadsheet
//! (002: "Any amount in red indicates an override request within that month").

use chrono::NaiveDate;

use super::month_args;
use super::table::{Column, Kind, Report, Row, Table, Value};
use crate::args;
use crate::catalogue;
use crate::db::Tx;
use crate::error::Result;
use crate::output::Progress;
use crate::session::Session;
use crate::values::{Money, Month};

/// One payment of the month.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Payment {
    pub customer_id: i64,
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub cost_id: i64,
    /// The category's catalogue code.
    pub category: String,
    pub paid_on: NaiveDate,
    pub method: String,
    pub description: String,
    /// Cents.
    pub total: i64,
    /// `counted` or `pending`.
    pub state: String,
    /// The state of an override requested in the month.
    pub override_state: Option<String>,
}

impl Row for Payment {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("cost", Kind::Integer),
            Column::new("category", Kind::Text),
            Column::new("paid_on", Kind::Date),
            Column::new("method", Kind::Text),
            Column::new("description", Kind::Text),
            Column::new("amount", Kind::Money),
            Column::new("state", Kind::Text),
            Column::new("override", Kind::Text),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
            self.cost_id.into(),
            catalogue::name_of(&self.category).into(),
            self.paid_on.into(),
            self.method.as_str().into(),
            self.description.as_str().into(),
            Money(self.total).into(),
            self.state.as_str().into(),
            self.override_state.as_deref().into(),
        ]
    }
    fn marked(&self) -> bool {
        self.override_state.is_some()
    }
}

/// A customer's payments of one category in the month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerTotal {
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub category: String,
    pub payments: i64,
    pub total: Money,
    /// Of the total, what is pending an override (counted in the total, V4).
    pub pending: Money,
}

impl Row for CustomerTotal {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("individual_number", Kind::Text),
            Column::new("last_name", Kind::Text),
            Column::new("first_name", Kind::Text),
            Column::new("category", Kind::Text),
            Column::new("payments", Kind::Integer),
            Column::new("total", Kind::Money),
            Column::new("override_pending", Kind::Money),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
            catalogue::name_of(&self.category).into(),
            self.payments.into(),
            self.total.into(),
            self.pending.into(),
        ]
    }
}

/// A category's payments in the month, or (`category` "Total") all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryTotal {
    pub category: String,
    pub customers: i64,
    pub payments: i64,
    pub total: Money,
    pub pending: Money,
}

impl Row for CategoryTotal {
    fn columns() -> Vec<Column> {
        vec![
            Column::new("category", Kind::Text),
            Column::new("customers", Kind::Integer),
            Column::new("payments", Kind::Integer),
            Column::new("total", Kind::Money),
            Column::new("override_pending", Kind::Money),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.category.as_str().into(),
            self.customers.into(),
            self.payments.into(),
            self.total.into(),
            self.pending.into(),
        ]
    }
}

/// The payments of `provider_id`'s program `program_id` in `month`, by customer name,
/// category and date.
pub async fn payments_of(
    tx: &mut Tx,
    provider_id: i64,
    program_id: i64,
    month: Month,
) -> Result<Vec<Payment>> {
    let [first, last, start, end] = month_args(month);
    super::without_jit(tx).await?;
    let mut rows: Vec<Payment> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT c.id AS customer_id, c.individual_number, c.last_name, c.first_name, sc.id AS cost_id, \
                 sc.category, sc.paid_on, sc.method, sc.description, sc.total, sc.state, \
                 CASE WHEN julianday(o.requested_at) >= julianday($5) AND julianday(o.requested_at) < julianday($6) \
                 THEN o.status END AS override_state \
                 FROM service_costs sc JOIN support_services s ON s.id = sc.service_id \
                 JOIN enrollments en ON en.id = s.enrollment_id JOIN customers c ON c.id = sc.customer_id \
                 LEFT JOIN cost_overrides o ON o.cost_id = sc.id \
                 WHERE sc.organization_id = $1 AND en.program_id = $2 AND sc.paid_on >= $3 AND sc.paid_on <= $4 \
                 AND sc.state <> 'void'",
                postgres: "SELECT c.id AS customer_id, c.individual_number, c.last_name, c.first_name, sc.id AS cost_id, \
                 sc.category, sc.paid_on, sc.method, sc.description, sc.total, sc.state, \
                 CASE WHEN o.requested_at >= $5 AND o.requested_at < $6 THEN o.status END AS override_state \
                 FROM service_costs sc JOIN support_services s ON s.id = sc.service_id \
                 JOIN enrollments en ON en.id = s.enrollment_id JOIN customers c ON c.id = sc.customer_id \
                 LEFT JOIN cost_overrides o ON o.cost_id = sc.id \
                 WHERE sc.organization_id = $1 AND en.program_id = $2 AND sc.paid_on >= $3 AND sc.paid_on <= $4 \
                 AND sc.state <> 'void'",
            ),
            {
                let mut bound = args![provider_id, program_id];
                bound.extend([first, last, start, end]);
                bound
            },
        )
        .await?;
    rows.sort_by(|a, b| {
        (
            &a.last_name,
            &a.first_name,
            &a.individual_number,
            catalogue::name_of(&a.category),
            a.paid_on,
            a.cost_id,
        )
            .cmp(&(
                &b.last_name,
                &b.first_name,
                &b.individual_number,
                catalogue::name_of(&b.category),
                b.paid_on,
                b.cost_id,
            ))
    });
    Ok(rows)
}

/// V4: what is pending an override, of a payment.
fn pending(p: &Payment) -> i64 {
    if p.state == "pending" { p.total } else { 0 }
}

/// The totals by customer and category of `payments` (sorted as [`payments_of`] sorts).
pub fn customer_totals(payments: &[Payment]) -> Vec<CustomerTotal> {
    let mut totals: Vec<CustomerTotal> = Vec::new();
    for p in payments {
        match totals.last_mut() {
            Some(t) if t.individual_number == p.individual_number && t.category == p.category => {
                t.payments += 1;
                t.total = Money(t.total.cents() + p.total);
                t.pending = Money(t.pending.cents() + pending(p));
            }
            _ => totals.push(CustomerTotal {
                individual_number: p.individual_number.clone(),
                last_name: p.last_name.clone(),
                first_name: p.first_name.clone(),
                category: p.category.clone(),
                payments: 1,
                total: Money(p.total),
                pending: Money(pending(p)),
            }),
        }
    }
    totals
}

/// The totals by category, in catalogue order, then all categories together.
pub fn category_totals(payments: &[Payment]) -> Vec<CategoryTotal> {
    let total_of = |name: &str, of: &[&Payment]| {
        let mut customers: Vec<&str> = of.iter().map(|p| p.individual_number.as_str()).collect();
        customers.sort();
        customers.dedup();
        CategoryTotal {
            category: name.to_string(),
            customers: customers.len() as i64,
            payments: of.len() as i64,
            total: Money(of.iter().map(|p| p.total).sum()),
            pending: Money(of.iter().map(|p| pending(p)).sum()),
        }
    };
    let mut rows: Vec<CategoryTotal> = catalogue::CATALOGUE
        .iter()
        .filter_map(|(code, name, _)| {
            let of: Vec<&Payment> = payments.iter().filter(|p| p.category == *code).collect();
            (!of.is_empty()).then(|| total_of(name, &of))
        })
        .collect();
    let all: Vec<&Payment> = payments.iter().collect();
    rows.push(total_of("Total", &all));
    rows
}

/// `isets report support-services --provider P --program PROG --month M`.
pub async fn report(
    session: &Session,
    provider: &str,
    program: i64,
    month: Month,
    progress: &dyn Progress,
) -> Result<Report> {
    let mut tx = session.read().await?;
    let period = super::period(session, &mut tx, provider, program, month).await?;
    progress.phase("payments", 1);
    let payments = payments_of(&mut tx, period.provider_id, period.program_id, month).await?;
    let payments = period
        .keep_visible(session, &mut tx, payments, |p| p.customer_id)
        .await?;
    progress.finish();
    Ok(Report {
        name: "support-services",
        title: format!("Supportive Services Summary (B6): {}", period.describe()),
        parameters: period.parameters(),
        tables: vec![
            Table::of("payments", "Payments", &payments),
            Table::of(
                "totals",
                "Totals by customer and category",
                &customer_totals(&payments),
            ),
            Table::of(
                "categories",
                "Totals by category",
                &category_totals(&payments),
            ),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payment(number: &str, category: &str, total: i64, state: &str) -> Payment {
        Payment {
            customer_id: 1,
            individual_number: number.into(),
            last_name: "Doe".into(),
            first_name: "Jo".into(),
            cost_id: 1,
            category: category.into(),
            paid_on: NaiveDate::from_ymd_opt(2024, 7, 2).unwrap_or_default(),
            method: "Bus Pass".into(),
            description: "pass".into(),
            total,
            state: state.into(),
            override_state: None,
        }
    }

    /// V4: a pending cost counts in the totals, and the pending part is shown apart.
    #[test]
    fn v4_totals_count_pending_costs_and_show_them_apart() {
        let payments = [
            payment("1", "TRANSPORTATION", 10000, "counted"),
            payment("1", "TRANSPORTATION", 2500, "pending"),
            payment("1", "CLOTHING", 3000, "counted"),
            payment("2", "TRANSPORTATION", 500, "counted"),
        ];
        let by_customer = customer_totals(&payments);
        assert_eq!(by_customer.len(), 3);
        assert_eq!(
            (
                by_customer[0].payments,
                by_customer[0].total,
                by_customer[0].pending
            ),
            (2, Money(12500), Money(2500))
        );
        let by_category = category_totals(&payments);
        let shown: Vec<(String, i64, i64, Money)> = by_category
            .iter()
            .map(|c| (c.category.clone(), c.customers, c.payments, c.total))
            .collect();
        assert_eq!(
            shown,
            [
                ("Clothing".to_string(), 1, 1, Money(3000)),
                ("Transportation".to_string(), 2, 3, Money(13000)),
                ("Total".to_string(), 2, 4, Money(16000)),
            ]
        );
    }
}
