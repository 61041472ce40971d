//! `isets caps list|set` (V3): the maximum per customer of each support-service
//! category in a fiscal year. The maximums are data: a row of a fiscal year wins over
//! the category's default row (no fiscal year), and a category without either takes no
//! cost. Every operator reads them; super users set them (`ManageSettings`).

use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, Kind};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::values::{FiscalYear, Money};
use crate::write::WriteOptions;

/// The maximum in force for `category` in `fiscal_year`: the year's own row, else the
/// default; `None` when neither exists (V3). The second value is the year of the row
/// (`None` for the default).
pub(crate) async fn in_force(
    tx: &mut Tx,
    category: &str,
    fiscal_year: FiscalYear,
) -> Result<Option<(Money, Option<i64>)>> {
    let row: Option<(i64, Option<i64>)> = tx
        .fetch_optional(
            crate::sql!(
                "SELECT amount, fiscal_year FROM service_caps WHERE category = $1 \
                 AND (fiscal_year = $2 OR fiscal_year IS NULL) ORDER BY fiscal_year IS NULL LIMIT 1"
            ),
            args![category, fiscal_year.0],
        )
        .await?;
    Ok(row.map(|(amount, year)| (Money(amount), year)))
}

/// A row of `caps list`.
#[derive(Debug, Clone, Serialize)]
pub struct Cap {
    pub category: String,
    pub name: String,
    /// `FY26`, or "every year" for the category's default.
    pub fiscal_year: String,
    /// "none" where no maximum is in force (V3).
    pub maximum: String,
    /// The row the maximum comes from: its fiscal year, or "every year" (the default).
    pub set_for: String,
}

impl Tabular for Cap {
    fn headers() -> Vec<&'static str> {
        vec!["category", "name", "fiscal_year", "maximum", "set_for"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.category.clone(),
            self.name.clone(),
            self.fiscal_year.clone(),
            self.maximum.clone(),
            self.set_for.clone(),
        ]
    }
    fn key(&self) -> String {
        self.category.clone()
    }
}

const EVERY_YEAR: &str = "every year";

fn year_shown(year: Option<i64>) -> String {
    year.map(|y| FiscalYear(y).to_string())
        .unwrap_or_else(|| EVERY_YEAR.to_string())
}

/// `isets caps list [--fiscal-year FY]`: every row set, defaults first; with a fiscal
/// year, the maximum in force that year for every support-service category.
pub async fn list(session: &Session, fiscal_year: Option<&str>) -> Result<Vec<Cap>> {
    let fiscal_year = fiscal_year
        .map(|v| FiscalYear::parse("--fiscal-year", v))
        .transpose()?;
    let mut tx = session.read().await?;
    let Some(fy) = fiscal_year else {
        let rows: Vec<(String, Option<i64>, i64)> = tx
            .fetch_all(
                crate::sql!(
                    "SELECT category, fiscal_year, amount FROM service_caps \
                     ORDER BY category, fiscal_year IS NOT NULL, fiscal_year"
                ),
                args![],
            )
            .await?;
        return Ok(rows
            .into_iter()
            .map(|(category, year, amount)| Cap {
                name: catalogue::name_of(&category).to_string(),
                category,
                fiscal_year: year_shown(year),
                maximum: Money(amount).to_string(),
                set_for: year_shown(year),
            })
            .collect());
    };
    let mut caps = Vec::new();
    for (code, name, _) in catalogue::CATALOGUE
        .iter()
        .filter(|(_, _, k)| *k == Kind::SupportService)
    {
        let found = in_force(&mut tx, code, fy).await?;
        caps.push(Cap {
            category: code.to_string(),
            name: name.to_string(),
            fiscal_year: fy.to_string(),
            maximum: found
                .map(|(amount, _)| amount.to_string())
                .unwrap_or_else(|| "none".to_string()),
            set_for: found.map(|(_, year)| year_shown(year)).unwrap_or_default(),
        });
    }
    Ok(caps)
}

/// `isets caps set --category C --fiscal-year FY|default --amount A` (V3): sets the
/// maximum of a category for one fiscal year, or its default for every year.
pub async fn set(
    session: &Session,
    category: &str,
    fiscal_year: &str,
    amount: &str,
    options: &WriteOptions,
) -> Result<Cap> {
    let permit = session.authorize(Action::ManageSettings, None)?;
    let code = catalogue::code("--category", category, &[Kind::SupportService])?;
    let year = if fiscal_year.trim().eq_ignore_ascii_case("default") {
        None
    } else {
        Some(FiscalYear::parse("--fiscal-year", fiscal_year)?)
    };
    let amount = Money::parse("--amount", amount)?;
    if amount.cents() < 0 {
        return Err(Error::rule_on(
            "V3",
            "--amount",
            format!("{amount} is below zero: a maximum is 0.00 or more"),
        ));
    }
    let mut write = session.write(&permit).await?;
    let before: Option<(i64,)> = match year {
        Some(fy) => {
            write
                .tx()
                .fetch_optional(
                    crate::sql!(
                        "SELECT amount FROM service_caps WHERE category = $1 AND fiscal_year = $2"
                    ),
                    args![code, fy.0],
                )
                .await?
        }
        None => write
            .tx()
            .fetch_optional(
                crate::sql!(
                    "SELECT amount FROM service_caps WHERE category = $1 AND fiscal_year IS NULL"
                ),
                args![code],
            )
            .await?,
    };
    let shown = year_shown(year.map(|y| y.0));
    if before == Some((amount.cents(),)) {
        return Err(Error::Conflict(format!(
            "the maximum of {code} for {shown} is {amount} already: nothing to change"
        )));
    }
    let at = write.at();
    let by = write.operator().to_string();
    match (year, before.is_some()) {
        (Some(fy), true) => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "UPDATE service_caps SET amount = $3, changed_by = $4, changed_at = $5 \
                         WHERE category = $1 AND fiscal_year = $2"
                    ),
                    args![code, fy.0, amount.cents(), by.as_str(), at],
                )
                .await?;
        }
        (None, true) => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "UPDATE service_caps SET amount = $2, changed_by = $3, changed_at = $4 \
                         WHERE category = $1 AND fiscal_year IS NULL"
                    ),
                    args![code, amount.cents(), by.as_str(), at],
                )
                .await?;
        }
        (_, false) => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "INSERT INTO service_caps (category, fiscal_year, amount, changed_by, changed_at) \
                         VALUES ($1, $2, $3, $4, $5)"
                    ),
                    args![code, year.map(|y| y.0), amount.cents(), by.as_str(), at],
                )
                .await?;
        }
    }
    write.record(Change {
        action: "service-cap.set",
        entity_kind: "service-cap",
        entity_id: format!("{code} {shown}"),
        organization_id: None,
        before: before.map(|(a,)| json!({"amount": Money(a)})),
        after: Some(json!({"amount": amount})),
    });
    write.finish(options).await?;
    Ok(Cap {
        category: code.to_string(),
        name: catalogue::name_of(code).to_string(),
        fiscal_year: shown.clone(),
        maximum: amount.to_string(),
        set_for: shown,
    })
}
