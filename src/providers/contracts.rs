//! Contracts (P2): unique number, program, dates, amount, goals by category; an
//! amendment keeps the earlier version whole.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, Program};
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::values::Money;
use crate::write::{Outcome, Write, WriteOptions};

/// The terms of a contract: everything an amendment can change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Terms {
    pub program: Program,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub amount: Money,
    /// Goal category → target count.
    pub goals: BTreeMap<String, i64>,
}

impl Terms {
    /// P2 and V5: start ≤ end, amount ≥ 0.
    pub fn check(&self, number: &str) -> Result<()> {
        if self.start_date > self.end_date {
            return Err(Error::rule(
                "P2",
                format!(
                    "contract {number}: start {} is after end {}",
                    self.start_date, self.end_date
                ),
            ));
        }
        if self.amount.cents() < 0 {
            return Err(Error::rule(
                "P2",
                format!("contract {number}: amount {} is negative", self.amount),
            ));
        }
        for (category, target) in &self.goals {
            catalogue::goal_category(category)?;
            if *target < 0 {
                return Err(Error::rule(
                    "P2",
                    format!("contract {number}: goal {category}={target} is negative"),
                ));
            }
        }
        Ok(())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// Parses `CATEGORY=N` goal arguments (P2).
pub fn parse_goals(values: &[String]) -> Result<BTreeMap<String, i64>> {
    let mut goals = BTreeMap::new();
    for value in values {
        let (category, target) = value
            .split_once('=')
            .ok_or_else(|| Error::invalid("goals", value, "is not CATEGORY=N"))?;
        let category = catalogue::goal_category(category)?;
        let target: i64 = target
            .trim()
            .parse()
            .ok()
            .filter(|n: &i64| *n >= 0)
            .ok_or_else(|| Error::invalid("goals", value, "needs a whole number target ≥ 0"))?;
        if goals.insert(category.to_string(), target).is_some() {
            return Err(Error::invalid(
                "goals",
                value,
                "gives the same category twice",
            ));
        }
    }
    Ok(goals)
}

/// Contract numbers look like `FCSABC123`: letters, digits and dashes.
pub fn parse_number(value: &str) -> Result<String> {
    let v = value.trim().to_ascii_uppercase();
    if (3..=32).contains(&v.len()) && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(v)
    } else {
        Err(Error::invalid(
            "number",
            value,
            "is not a contract number (letters, digits and dashes, e.g. FCSABC123)",
        ))
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Contract {
    pub id: i64,
    pub provider: String,
    pub number: String,
    pub version: i64,
    #[serde(flatten)]
    pub terms: Terms,
}

impl Tabular for Contract {
    fn headers() -> Vec<&'static str> {
        vec![
            "number",
            "version",
            "program",
            "start_date",
            "end_date",
            "amount",
            "goals",
        ]
    }
    fn fields() -> Vec<&'static str> {
        let mut f = vec!["id", "provider"];
        f.extend(Self::headers());
        f
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.number.clone(),
            self.version.to_string(),
            self.terms.program.to_string(),
            self.terms.start_date.to_string(),
            self.terms.end_date.to_string(),
            self.terms.amount.to_string(),
            goals_text(&self.terms.goals),
        ]
    }
    fn key(&self) -> String {
        self.number.clone()
    }
}

pub fn goals_text(goals: &BTreeMap<String, i64>) -> String {
    goals
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    provider: String,
    number: String,
    program: String,
    start_date: NaiveDate,
    end_date: NaiveDate,
    amount_cents: i64,
    version: i64,
}

/// Contracts with their goals: one query for the goals of them all.
async fn load(tx: &mut Tx, rows: Vec<Row>) -> Result<Vec<Contract>> {
    let mut goals: HashMap<i64, BTreeMap<String, i64>> = HashMap::new();
    if !rows.is_empty() {
        let ids = Arg::ints(rows.iter().map(|r| r.id));
        let found: Vec<(i64, String, i64)> = tx
            .fetch_all(
                crate::sql!(
                    sqlite: "SELECT contract_id, category, target FROM contract_goals \
                             WHERE contract_id IN (SELECT value FROM json_each($1)) \
                             ORDER BY contract_id, category",
                    postgres: "SELECT contract_id, category, target FROM contract_goals \
                               WHERE contract_id = ANY($1) ORDER BY contract_id, category",
                ),
                vec![ids],
            )
            .await?;
        for (contract, category, target) in found {
            goals.entry(contract).or_default().insert(category, target);
        }
    }
    rows.into_iter()
        .map(|row| {
            Ok(Contract {
                id: row.id,
                terms: Terms {
                    program: row.program.parse()?,
                    start_date: row.start_date,
                    end_date: row.end_date,
                    amount: Money(row.amount_cents),
                    goals: goals.remove(&row.id).unwrap_or_default(),
                },
                provider: row.provider,
                number: row.number,
                version: row.version,
            })
        })
        .collect()
}

pub async fn of(tx: &mut Tx, organization_id: i64) -> Result<Vec<Contract>> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!("SELECT c.id, o.name AS provider, c.number, c.program, c.start_date, c.end_date, c.amount_cents, c.version \
             FROM contracts c JOIN organizations o ON o.id = c.organization_id \
             WHERE c.organization_id = $1 ORDER BY c.start_date, c.number"),
            args![organization_id],
        )
        .await?;
    load(tx, rows).await
}

/// The contracts of these organizations in force on `on` (start ≤ `on` ≤ end), with
/// their goals: what the dashboard measures a provider against (D1).
pub async fn current(
    tx: &mut Tx,
    organization_ids: &[i64],
    on: NaiveDate,
) -> Result<Vec<Contract>> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT c.id, o.name AS provider, c.number, c.program, c.start_date, c.end_date, c.amount_cents, c.version \
                         FROM contracts c JOIN organizations o ON o.id = c.organization_id \
                         WHERE c.organization_id IN (SELECT value FROM json_each($1)) \
                         AND c.start_date <= $2 AND c.end_date >= $2 ORDER BY o.name, c.start_date, c.number",
                postgres: "SELECT c.id, o.name AS provider, c.number, c.program, c.start_date, c.end_date, c.amount_cents, c.version \
                           FROM contracts c JOIN organizations o ON o.id = c.organization_id \
                           WHERE c.organization_id = ANY($1) \
                           AND c.start_date <= $2 AND c.end_date >= $2 ORDER BY o.name, c.start_date, c.number",
            ),
            vec![Arg::ints(organization_ids.iter().copied()), Arg::from(on)],
        )
        .await?;
    load(tx, rows).await
}

pub async fn find(tx: &mut Tx, number: &str) -> Result<Contract> {
    let number = parse_number(number)?;
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!("SELECT c.id, o.name AS provider, c.number, c.program, c.start_date, c.end_date, c.amount_cents, c.version \
             FROM contracts c JOIN organizations o ON o.id = c.organization_id WHERE c.number = $1"),
            args![number.as_str()],
        )
        .await?;
    load(tx, rows)
        .await?
        .pop()
        .ok_or_else(|| Error::NotFound(format!("contract {number} not found")))
}

async fn write_goals(tx: &mut Tx, contract_id: i64, goals: &BTreeMap<String, i64>) -> Result<()> {
    tx.execute(
        crate::sql!("DELETE FROM contract_goals WHERE contract_id = $1"),
        args![contract_id],
    )
    .await?;
    let rows = goals
        .iter()
        .map(|(category, target)| args![contract_id, category.as_str(), *target])
        .collect();
    tx.insert_rows(
        crate::sql!(rows: "INSERT INTO contract_goals (contract_id, category, target)"),
        rows,
    )
    .await?;
    Ok(())
}

/// Adding a contract is adding a provider's paperwork (§1: super users).
pub const ACTION_ADD: Action = Action::AddProvider;
/// Amending a contract (§1: super users, a provider's own program manager).
pub const ACTION_AMEND: Action = Action::AmendContract;

/// P2: contract numbers are unique across providers; one answer for every command.
pub fn duplicate(number: &str, owner: &str) -> Error {
    Error::Conflict(format!(
        "contract number {number} is already used by provider {owner} (P2: numbers are unique)"
    ))
}

pub(crate) async fn insert(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    number: &str,
    terms: &Terms,
) -> Result<Contract> {
    permit.require(ACTION_ADD, None)?;
    terms.check(number)?;
    let at = write.at();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO contracts (organization_id, number, program, start_date, end_date, amount_cents, version, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7) RETURNING id"),
            args![org.id, number, terms.program.code(), terms.start_date, terms.end_date, terms.amount.cents(), at],
        )
        .await?;
    write_goals(write.tx(), id, &terms.goals).await?;
    let mut after = terms.json();
    after["number"] = json!(number);
    write.record(Change {
        action: "contract.create",
        entity_kind: "contract",
        entity_id: number.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(after),
    });
    Ok(Contract {
        id,
        provider: org.name.clone(),
        number: number.to_string(),
        version: 1,
        terms: terms.clone(),
    })
}

/// P2: the current version is kept in `contract_versions` before the terms change.
pub(crate) async fn amend_in(
    write: &mut Write,
    permit: &Permit,
    current: &Contract,
    organization_id: i64,
    terms: &Terms,
) -> Result<Contract> {
    permit.require(ACTION_AMEND, Some(organization_id))?;
    terms.check(&current.number)?;
    // P4: every program under the contract keeps a fiscal year inside it.
    let years: Vec<(i64,)> = write
        .tx()
        .fetch_all(
            crate::sql!("SELECT DISTINCT fiscal_year FROM programs WHERE contract_id = $1 AND removed_at IS NULL ORDER BY fiscal_year"),
            args![current.id],
        )
        .await?;
    for (year,) in years {
        let fy = crate::values::FiscalYear(year);
        if fy.end() < terms.start_date || fy.start() > terms.end_date {
            return Err(Error::rule(
                "P4",
                format!(
                    "contract {} has {fy} programs; {} … {} would leave them outside the contract",
                    current.number, terms.start_date, terms.end_date
                ),
            ));
        }
    }
    let at = write.at();
    let operator = write.operator().to_string();
    let snapshot = serde_json::to_string(current)?;
    write
        .tx()
        .execute(
            crate::sql!("INSERT INTO contract_versions (contract_id, version, snapshot, replaced_at, replaced_by) VALUES ($1, $2, $3, $4, $5)"),
            args![current.id, current.version, snapshot, at, operator],
        )
        .await?;
    let changed = write
        .tx()
        .execute(
            crate::sql!("UPDATE contracts SET program = $1, start_date = $2, end_date = $3, amount_cents = $4, \
             version = version + 1, updated_at = $5 WHERE id = $6 AND version = $7"),
            args![
                terms.program.code(),
                terms.start_date,
                terms.end_date,
                terms.amount.cents(),
                at,
                current.id,
                current.version
            ],
        )
        .await?;
    if changed != 1 {
        return Err(Error::Conflict(format!(
            "contract {} changed while amending it: try again",
            current.number
        )));
    }
    write_goals(write.tx(), current.id, &terms.goals).await?;
    write.record(Change {
        action: "contract.amend",
        entity_kind: "contract",
        entity_id: current.number.clone(),
        organization_id: Some(organization_id),
        before: Some(current.terms.json()),
        after: Some(terms.json()),
    });
    Ok(Contract {
        id: current.id,
        provider: current.provider.clone(),
        number: current.number.clone(),
        version: current.version + 1,
        terms: terms.clone(),
    })
}

pub async fn add(
    session: &Session,
    provider: &str,
    number: &str,
    terms: &Terms,
    options: &WriteOptions,
) -> Result<(Contract, Outcome)> {
    let number = parse_number(number)?;
    let (mut write, org, permit) = super::write_on(session, provider, ACTION_ADD).await?;
    if let Ok(existing) = find(write.tx(), &number).await {
        return Err(duplicate(&number, &existing.provider));
    }
    let contract = insert(&mut write, &permit, &org, &number, terms).await?;
    Ok((contract, write.finish(options).await?))
}

/// What an amendment changes; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct Amendment {
    pub program: Option<Program>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub amount: Option<Money>,
    /// Goals to set (category → target); other goals are kept.
    pub goals: BTreeMap<String, i64>,
}

pub async fn amend(
    session: &Session,
    number: &str,
    amendment: &Amendment,
    options: &WriteOptions,
) -> Result<(Contract, Outcome)> {
    let permit = session.permit(ACTION_AMEND)?;
    let mut write = session.write(&permit).await?;
    let current = find(write.tx(), number).await?;
    let org = super::find(write.tx(), &current.provider).await?;
    // Out of reach reads as absent: the owner of a contract is not disclosed.
    if !session.permit(Action::ViewContracts)?.covers(org.id) {
        return Err(Error::NotFound(format!(
            "contract {} not found",
            current.number
        )));
    }
    let permit = session.authorize(ACTION_AMEND, Some((org.id, &org.name)))?;
    let mut terms = current.terms.clone();
    if let Some(p) = amendment.program {
        terms.program = p;
    }
    if let Some(d) = amendment.start_date {
        terms.start_date = d;
    }
    if let Some(d) = amendment.end_date {
        terms.end_date = d;
    }
    if let Some(a) = amendment.amount {
        terms.amount = a;
    }
    terms.goals.extend(amendment.goals.clone());
    if terms == current.terms {
        return Err(Error::Usage(format!(
            "contract {}: the amendment changes nothing",
            current.number
        )));
    }
    let contract = amend_in(&mut write, &permit, &current, org.id, &terms).await?;
    Ok((contract, write.finish(options).await?))
}

/// One version of a contract, current or earlier.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    #[serde(flatten)]
    pub contract: Contract,
    pub current: bool,
    pub replaced_at: Option<DateTime<Utc>>,
    pub replaced_by: Option<String>,
}

impl Tabular for Version {
    fn headers() -> Vec<&'static str> {
        let mut h = Contract::headers();
        h.extend(["current", "replaced_at", "replaced_by"]);
        h
    }
    fn fields() -> Vec<&'static str> {
        let mut f = Contract::fields();
        f.extend(["current", "replaced_at", "replaced_by"]);
        f
    }
    fn cells(&self) -> Vec<String> {
        let mut c = self.contract.cells();
        c.push(if self.current { "yes" } else { "no" }.into());
        c.push(
            self.replaced_at
                .as_ref()
                .map(crate::output::time)
                .unwrap_or_default(),
        );
        c.push(self.replaced_by.clone().unwrap_or_default());
        c
    }
    fn key(&self) -> String {
        format!("{}@{}", self.contract.number, self.contract.version)
    }
}

/// A provider's contracts; with `history`, every earlier version too (P2).
pub async fn list(session: &Session, provider: &str, history: bool) -> Result<Vec<Version>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    let mut out = Vec::new();
    for contract in of(&mut tx, org.id).await? {
        if history {
            let earlier: Vec<(String, DateTime<Utc>, String)> = tx
                .fetch_all(
                    crate::sql!("SELECT snapshot, replaced_at, replaced_by FROM contract_versions WHERE contract_id = $1 ORDER BY version"),
                    args![contract.id],
                )
                .await?;
            for (snapshot, at, by) in earlier {
                let old: serde_json::Value = serde_json::from_str(&snapshot)?;
                out.push(Version {
                    contract: from_snapshot(&old, &contract)?,
                    current: false,
                    replaced_at: Some(at),
                    replaced_by: Some(by),
                });
            }
        }
        out.push(Version {
            contract,
            current: true,
            replaced_at: None,
            replaced_by: None,
        });
    }
    Ok(out)
}

fn from_snapshot(v: &serde_json::Value, current: &Contract) -> Result<Contract> {
    let bad = || {
        Error::Internal(format!(
            "contract {}: an earlier version does not read back",
            current.number
        ))
    };
    let date = |key: &str| -> Result<NaiveDate> {
        v[key].as_str().and_then(|s| s.parse().ok()).ok_or_else(bad)
    };
    Ok(Contract {
        id: current.id,
        provider: current.provider.clone(),
        number: current.number.clone(),
        version: v["version"].as_i64().ok_or_else(bad)?,
        terms: Terms {
            program: v["program"].as_str().ok_or_else(bad)?.parse()?,
            start_date: date("start_date")?,
            end_date: date("end_date")?,
            amount: Money::parse("amount", v["amount"].as_str().ok_or_else(bad)?)?,
            goals: serde_json::from_value(v["goals"].clone()).map_err(|_| bad())?,
        },
    })
}
