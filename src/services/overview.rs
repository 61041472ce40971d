//! The Support Services block of `customer show` (seed 000, "Support Services"): for
//! the current fiscal year (P3), the total payments issued, each category's total
//! against its maximum (V3), marked "Service Override Pending" while an override of it
//! is (V4: pending costs count in the totals), and the payments themselves. Void costs
//! are listed and counted nowhere.

use serde::Serialize;

use crate::catalogue::{self, Kind};
use crate::db::Tx;
use crate::error::Result;
use crate::output::Section;
use crate::values::{FiscalYear, Money};

use super::caps;
use super::costs::{CostView, of_customer};

/// One category's fiscal-year total against its maximum.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryTotal {
    pub category: String,
    pub name: String,
    pub total: Money,
    /// None: no maximum in force (V3), so no cost can be added.
    pub maximum: Option<Money>,
    pub override_pending: bool,
    /// "Transportation - $1425.00 / $1400.00 Service Override Pending" (seed 000).
    pub shown: String,
}

/// The block for one fiscal year.
#[derive(Debug, Clone, Serialize)]
pub struct SupportServices {
    pub fiscal_year: FiscalYear,
    pub total_payments_issued: Money,
    pub categories: Vec<CategoryTotal>,
    pub costs: Vec<CostView>,
}

impl SupportServices {
    /// Nothing to show (an operator who reads no reports, or no services yet).
    pub fn empty(fiscal_year: FiscalYear) -> SupportServices {
        SupportServices {
            fiscal_year,
            total_payments_issued: Money(0),
            categories: Vec::new(),
            costs: Vec::new(),
        }
    }

    /// The block's sections for a table: the Overview's lines, then the payments.
    pub fn sections(&self) -> Vec<Section> {
        if self.categories.is_empty() && self.costs.is_empty() {
            return vec![Section {
                title: Some("Support services".into()),
                headers: vec!["-"],
                rows: Vec::new(),
            }];
        }
        let mut overview = vec![vec![
            "TOTAL PAYMENTS ISSUED".to_string(),
            format!("${}", self.total_payments_issued),
        ]];
        overview.extend(
            self.categories
                .iter()
                .map(|c| vec![c.category.clone(), c.shown.clone()]),
        );
        vec![
            Section {
                title: Some(format!("Support services ({})", self.fiscal_year)),
                headers: vec!["category", "total / maximum"],
                rows: overview,
            },
            Section {
                title: Some(format!("Support service payments ({})", self.fiscal_year)),
                headers: vec![
                    "Cost",
                    "Service",
                    "Payment Method",
                    "Payment Description",
                    "Dollar Amount/Unit",
                    "Quantity",
                    "Total Cost",
                    "Payment Date",
                    "State",
                    "Updated By",
                    "Date Updated",
                ],
                rows: self
                    .costs
                    .iter()
                    .map(|c| {
                        vec![
                            crate::output::opt(&c.id),
                            format!("{} {}", c.service, c.name),
                            c.method.clone(),
                            c.description.clone(),
                            format!("${}", c.unit_amount),
                            c.quantity.to_string(),
                            format!("${}", c.total),
                            c.paid_on.to_string(),
                            c.state_shown(),
                            c.updated_by.clone(),
                            c.updated_at
                                .as_ref()
                                .map(crate::output::time)
                                .unwrap_or_default(),
                        ]
                    })
                    .collect(),
            },
        ]
    }
}

/// The block of customer `customer_id` for `fiscal_year`: the categories of their
/// services and of that year's costs.
pub async fn of(tx: &mut Tx, customer_id: i64, fiscal_year: FiscalYear) -> Result<SupportServices> {
    let services: Vec<(String,)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT DISTINCT category FROM support_services WHERE customer_id = $1 ORDER BY category"
            ),
            crate::args![customer_id],
        )
        .await?;
    let costs: Vec<CostView> = of_customer(tx, customer_id)
        .await?
        .iter()
        .filter(|c| c.fiscal_year == fiscal_year.0)
        .map(CostView::of)
        .collect::<Result<_>>()?;
    let counts = |c: &CostView| c.state != "void";
    let mut categories = Vec::new();
    for (code, name, _) in catalogue::CATALOGUE
        .iter()
        .filter(|(_, _, k)| *k == Kind::SupportService)
    {
        let of_category: Vec<&CostView> = costs.iter().filter(|c| c.category == *code).collect();
        if of_category.is_empty() && !services.iter().any(|(s,)| s == code) {
            continue;
        }
        let total = Money(
            of_category
                .iter()
                .filter(|c| counts(c))
                .map(|c| c.total.cents())
                .sum(),
        );
        let override_pending = of_category.iter().any(|c| c.state == "pending");
        let maximum = caps::in_force(tx, code, fiscal_year).await?.map(|(m, _)| m);
        let shown = format!(
            "{name} - ${total} / {}{}",
            maximum
                .map(|m| format!("${m}"))
                .unwrap_or_else(|| "no maximum".to_string()),
            if override_pending {
                " Service Override Pending"
            } else {
                ""
            }
        );
        categories.push(CategoryTotal {
            category: code.to_string(),
            name: name.to_string(),
            total,
            maximum,
            override_pending,
            shown,
        });
    }
    Ok(SupportServices {
        fiscal_year,
        total_payments_issued: Money(
            costs
                .iter()
                .filter(|c| counts(c))
                .map(|c| c.total.cents())
                .sum(),
        ),
        categories,
        costs,
    })
}
