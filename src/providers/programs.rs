//! E&T programs (P3, P4, P6): each belongs to a contract, a location, a program type
//! and a fiscal year, and lists its activities and matching criteria.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, Kind, Program};
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::providers::contracts::Contract;
use crate::session::Session;
use crate::values::FiscalYear;
use crate::write::{Outcome, Write, WriteOptions};

/// A program as given on the command line or in an apply file, names resolved later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProgram {
    pub contract: String,
    pub location: String,
    pub program_type: Program,
    pub fiscal_year: FiscalYear,
    pub activities: Vec<String>,
    pub full_time: bool,
    pub part_time: bool,
    pub description: String,
    pub target_occupation: Option<String>,
    pub criteria: Vec<String>,
}

/// SOC codes are six digits, written `NN-NNNN`.
pub fn parse_soc(value: &str) -> Result<String> {
    let v = value.trim();
    let b = v.as_bytes();
    let ok = b.len() == 7
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit());
    if ok {
        Ok(v.to_string())
    } else {
        Err(Error::invalid(
            "target_occupation",
            value,
            "is not a six-digit SOC code such as 43-4051",
        ))
    }
}

/// Programs have no name: the file and the database match them on their contract,
/// location, type and fiscal year.
pub fn key(p: &NewProgram) -> String {
    format!(
        "{} at {} {} {}",
        p.contract, p.location, p.program_type, p.fiscal_year
    )
}

impl NewProgram {
    /// Normalizes codes and checks P4: activities from the catalogue, full and/or part
    /// time, a description.
    pub fn checked(mut self) -> Result<NewProgram> {
        if self.activities.is_empty() {
            return Err(Error::rule(
                "P4",
                "a program lists the activities it is contracted to provide: give at least one activity",
            ));
        }
        let mut codes = Vec::new();
        for a in &self.activities {
            let code = catalogue::code("activities", a, &[Kind::SnapEt, Kind::Other])?;
            if !codes.contains(&code.to_string()) {
                codes.push(code.to_string());
            }
        }
        codes.sort();
        self.activities = codes;
        if !self.full_time && !self.part_time {
            return Err(Error::rule(
                "P4",
                "a program is full time and/or part time: say which (or both)",
            ));
        }
        self.description = self.description.trim().to_string();
        if self.description.is_empty() {
            return Err(Error::rule("P4", "a program needs a description"));
        }
        self.target_occupation = self
            .target_occupation
            .as_deref()
            .map(parse_soc)
            .transpose()?;
        let mut criteria: Vec<String> = self
            .criteria
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        criteria.sort();
        criteria.dedup();
        self.criteria = criteria;
        Ok(self)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ProgramView {
    pub id: i64,
    pub provider: String,
    pub contract: String,
    pub location: String,
    pub program_type: Program,
    pub fiscal_year: FiscalYear,
    pub activities: Vec<String>,
    pub full_time: bool,
    pub part_time: bool,
    pub description: String,
    pub target_occupation: Option<String>,
    pub criteria: Vec<String>,
    pub removed_at: Option<DateTime<Utc>>,
}

impl ProgramView {
    /// The program in the terms it was given, for comparing with a new description.
    pub fn as_new(&self) -> NewProgram {
        NewProgram {
            contract: self.contract.clone(),
            location: self.location.clone(),
            program_type: self.program_type,
            fiscal_year: self.fiscal_year,
            activities: self.activities.clone(),
            full_time: self.full_time,
            part_time: self.part_time,
            description: self.description.clone(),
            target_occupation: self.target_occupation.clone(),
            criteria: self.criteria.clone(),
        }
    }
}

impl Tabular for ProgramView {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "contract",
            "location",
            "program_type",
            "fiscal_year",
            "activities",
            "full_time",
            "part_time",
            "description",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "id",
            "provider",
            "contract",
            "location",
            "program_type",
            "fiscal_year",
            "activities",
            "full_time",
            "part_time",
            "description",
            "target_occupation",
            "criteria",
            "removed_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
        vec![
            self.id.to_string(),
            self.contract.clone(),
            self.location.clone(),
            self.program_type.to_string(),
            self.fiscal_year.to_string(),
            self.activities.join(" "),
            yes(self.full_time),
            yes(self.part_time),
            self.description.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

fn json_of(p: &NewProgram) -> serde_json::Value {
    json!({
        "contract": p.contract, "location": p.location, "program_type": p.program_type,
        "fiscal_year": p.fiscal_year, "activities": p.activities, "full_time": p.full_time,
        "part_time": p.part_time, "description": p.description,
        "target_occupation": p.target_occupation, "criteria": p.criteria,
    })
}

macro_rules! program_query {
    ($tail:literal) => {
        concat!(
            "SELECT p.id, p.organization_id, o.name AS provider, c.number AS contract, l.name AS location, \
             p.program_type, p.fiscal_year, p.full_time, p.part_time, p.description, p.target_occupation, p.removed_at \
             FROM programs p JOIN organizations o ON o.id = p.organization_id \
             JOIN contracts c ON c.id = p.contract_id JOIN locations l ON l.id = p.location_id ",
            $tail
        )
    };
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    organization_id: i64,
    provider: String,
    contract: String,
    location: String,
    program_type: String,
    fiscal_year: i64,
    full_time: bool,
    part_time: bool,
    description: String,
    target_occupation: Option<String>,
    removed_at: Option<DateTime<Utc>>,
}

/// Child rows (program id, value) grouped by program.
fn by_program(rows: Vec<(i64, String)>) -> HashMap<i64, Vec<String>> {
    let mut by_program: HashMap<i64, Vec<String>> = HashMap::new();
    for (program, value) in rows {
        by_program.entry(program).or_default().push(value);
    }
    by_program
}

/// Programs with their activities and criteria: a query per kind of child row, not per
/// program.
async fn load(tx: &mut Tx, rows: Vec<Row>) -> Result<Vec<ProgramView>> {
    let ids = Arg::ints(rows.iter().map(|r| r.id));
    let (mut activities, mut criteria) = if rows.is_empty() {
        Default::default()
    } else {
        let activities = tx
            .fetch_all(
                crate::sql!(
                    sqlite: "SELECT program_id, activity_code FROM program_activities \
                             WHERE program_id IN (SELECT value FROM json_each($1)) \
                             ORDER BY program_id, activity_code",
                    postgres: "SELECT program_id, activity_code FROM program_activities \
                               WHERE program_id = ANY($1) ORDER BY program_id, activity_code",
                ),
                vec![ids.clone()],
            )
            .await?;
        let criteria = tx
            .fetch_all(
                crate::sql!(
                    sqlite: "SELECT program_id, criterion FROM program_criteria \
                             WHERE program_id IN (SELECT value FROM json_each($1)) \
                             ORDER BY program_id, criterion",
                    postgres: "SELECT program_id, criterion FROM program_criteria \
                               WHERE program_id = ANY($1) ORDER BY program_id, criterion",
                ),
                vec![ids],
            )
            .await?;
        (by_program(activities), by_program(criteria))
    };
    rows.into_iter()
        .map(|r| {
            Ok(ProgramView {
                id: r.id,
                program_type: r.program_type.parse()?,
                fiscal_year: FiscalYear(r.fiscal_year),
                activities: activities.remove(&r.id).unwrap_or_default(),
                criteria: criteria.remove(&r.id).unwrap_or_default(),
                provider: r.provider,
                contract: r.contract,
                location: r.location,
                full_time: r.full_time,
                part_time: r.part_time,
                description: r.description,
                target_occupation: r.target_occupation,
                removed_at: r.removed_at,
            })
        })
        .collect()
}

/// Writes a program's activities and criteria, many rows to a statement.
async fn write_children(tx: &mut Tx, id: i64, program: &NewProgram) -> Result<()> {
    let activities = program
        .activities
        .iter()
        .map(|code| args![id, code.as_str()])
        .collect();
    tx.insert_rows(
        crate::sql!(rows: "INSERT INTO program_activities (program_id, activity_code)"),
        activities,
    )
    .await?;
    let criteria = program
        .criteria
        .iter()
        .map(|c| args![id, c.as_str()])
        .collect();
    tx.insert_rows(
        crate::sql!(rows: "INSERT INTO program_criteria (program_id, criterion)"),
        criteria,
    )
    .await?;
    Ok(())
}

/// A provider's programs (not removed), optionally of one fiscal year.
pub async fn of(
    tx: &mut Tx,
    organization_id: i64,
    fiscal_year: Option<FiscalYear>,
) -> Result<Vec<ProgramView>> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(program_query!(
                "WHERE p.organization_id = $1 AND p.removed_at IS NULL AND (CAST($2 AS BIGINT) IS NULL OR p.fiscal_year = $2) \
                 ORDER BY p.fiscal_year, c.number, l.name, p.id"
            )),
            args![organization_id, fiscal_year.map(|f| f.0)],
        )
        .await?;
    load(tx, rows).await
}

/// The programs of one fiscal year (not removed) of the providers `reach` covers, by
/// provider: the programs a customer may be recommended (`customer recommend`).
pub(crate) async fn of_year(
    tx: &mut Tx,
    fiscal_year: FiscalYear,
    reach: &crate::operator::Reach,
) -> Result<Vec<ProgramView>> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(
                sqlite: program_query!(
                    "WHERE p.removed_at IS NULL AND p.fiscal_year = $1 \
                     AND ($2 OR p.organization_id IN (SELECT value FROM json_each($3))) ORDER BY o.name, p.id"
                ),
                postgres: program_query!(
                    "WHERE p.removed_at IS NULL AND p.fiscal_year = $1 \
                     AND ($2 OR p.organization_id = ANY($3)) ORDER BY o.name, p.id"
                ),
            ),
            vec![
                Arg::from(fiscal_year.0),
                Arg::Bool(Some(reach.is_statewide())),
                reach.organization_ids(),
            ],
        )
        .await?;
    load(tx, rows).await
}

async fn by_id(tx: &mut Tx, id: i64) -> Result<(ProgramView, i64)> {
    let rows: Vec<Row> = tx
        .fetch_all(crate::sql!(program_query!("WHERE p.id = $1")), args![id])
        .await?;
    let organization_id = rows
        .first()
        .map(|r| r.organization_id)
        .ok_or_else(|| Error::NotFound(format!("program {id} not found")))?;
    let view = load(tx, rows)
        .await?
        .pop()
        .ok_or_else(|| Error::NotFound(format!("program {id} not found")))?;
    Ok((view, organization_id))
}

/// Editing E&T programs (§1).
pub const ACTION: Action = Action::EditPrograms;

/// P4: a program belongs to one of its provider's contracts. The contract is looked up
/// among that provider's only, so the answer never tells whether the number exists
/// elsewhere.
async fn contract_of(tx: &mut Tx, org: &Organization, number: &str) -> Result<Contract> {
    let number = super::contracts::parse_number(number)?;
    super::contracts::of(tx, org.id)
        .await?
        .into_iter()
        .find(|c| c.number == number)
        .ok_or_else(|| {
            Error::NotFound(format!(
                "contract {number} not found at provider {}",
                org.name
            ))
        })
}

/// P4: a program is of the program its contract offers. The manual asks for both when a
/// program is added ("Choose the correct Program type") but a contract offers one
/// program, so the two must agree.
fn check_type(program: &NewProgram, contract: &Contract) -> Result<()> {
    if program.program_type != contract.terms.program {
        return Err(Error::rule(
            "P4",
            format!(
                "type: {} differs from the program contract {} offers ({}); a program is of its contract's program",
                program.program_type, contract.number, contract.terms.program
            ),
        ));
    }
    Ok(())
}

pub(crate) async fn insert(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    program: &NewProgram,
) -> Result<ProgramView> {
    permit.require(ACTION, Some(org.id))?;
    let contract = contract_of(write.tx(), org, &program.contract).await?;
    check_type(program, &contract)?;
    let location = super::locations::find(write.tx(), org, &program.location).await?;
    let fy = program.fiscal_year;
    if fy.end() < contract.terms.start_date || fy.start() > contract.terms.end_date {
        return Err(Error::rule(
            "P4",
            format!(
                "fiscal year {fy} ({} … {}) falls outside contract {} ({} … {})",
                fy.start(),
                fy.end(),
                contract.number,
                contract.terms.start_date,
                contract.terms.end_date
            ),
        ));
    }
    let at = write.at();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO programs (organization_id, contract_id, location_id, program_type, fiscal_year, full_time, part_time, \
             description, target_occupation, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id"),
            args![
                org.id,
                contract.id,
                location.id,
                program.program_type.code(),
                fy.0,
                program.full_time,
                program.part_time,
                program.description.as_str(),
                program.target_occupation.clone(),
                at
            ],
        )
        .await?;
    write_children(write.tx(), id, program).await?;
    let mut stored = program.clone();
    stored.contract = contract.number.clone();
    stored.location = location.name.clone();
    write.record(Change {
        action: "program.create",
        entity_kind: "program",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json_of(&stored)),
    });
    Ok(ProgramView {
        id,
        provider: org.name.clone(),
        contract: stored.contract,
        location: stored.location,
        program_type: program.program_type,
        fiscal_year: fy,
        activities: program.activities.clone(),
        full_time: program.full_time,
        part_time: program.part_time,
        description: program.description.clone(),
        target_occupation: program.target_occupation.clone(),
        criteria: program.criteria.clone(),
        removed_at: None,
    })
}

/// Changes what a program offers; its contract, location, type and fiscal year stay.
pub(crate) async fn update_in(
    write: &mut Write,
    permit: &Permit,
    old: &ProgramView,
    organization_id: i64,
    new: &NewProgram,
) -> Result<()> {
    permit.require(ACTION, Some(organization_id))?;
    check_p6(old, write.today(), "changed")?;
    let at = write.at();
    write
        .tx()
        .execute(
            crate::sql!("UPDATE programs SET full_time = $1, part_time = $2, description = $3, target_occupation = $4, updated_at = $5 WHERE id = $6"),
            args![new.full_time, new.part_time, new.description.as_str(), new.target_occupation.clone(), at, old.id],
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!("DELETE FROM program_activities WHERE program_id = $1"),
            args![old.id],
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!("DELETE FROM program_criteria WHERE program_id = $1"),
            args![old.id],
        )
        .await?;
    write_children(write.tx(), old.id, new).await?;
    write.record(Change {
        action: "program.update",
        entity_kind: "program",
        entity_id: old.id.to_string(),
        organization_id: Some(organization_id),
        before: Some(json_of(&old.as_new())),
        after: Some(json_of(new)),
    });
    Ok(())
}

pub fn program_json(p: &NewProgram) -> serde_json::Value {
    json_of(p)
}

/// P6: programs of past fiscal years are never removed. Removal keeps the row.
pub(crate) async fn remove_in(
    write: &mut Write,
    permit: &Permit,
    program: &ProgramView,
    organization_id: i64,
) -> Result<()> {
    permit.require(ACTION, Some(organization_id))?;
    check_p6(program, write.today(), "removed")?;
    let at = write.at();
    let operator = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!("UPDATE programs SET removed_at = $1, removed_by = $2 WHERE id = $3 AND removed_at IS NULL"),
            args![at, operator, program.id],
        )
        .await?;
    write.record(Change {
        action: "program.remove",
        entity_kind: "program",
        entity_id: program.id.to_string(),
        organization_id: Some(organization_id),
        before: Some(json_of(&program.as_new())),
        after: None,
    });
    Ok(())
}

pub async fn add(
    session: &Session,
    provider: &str,
    program: NewProgram,
    options: &WriteOptions,
) -> Result<(ProgramView, Outcome)> {
    let program = program.checked()?;
    let (mut write, org, permit) = super::write_on(session, provider, ACTION).await?;
    let view = insert(&mut write, &permit, &org, &program).await?;
    Ok((view, write.finish(options).await?))
}

/// Checks scope, permission, state and P6 for removing `program`, writing nothing, so
/// a person is not asked to confirm a removal that would be refused. Returns the permit.
fn check_removal(
    session: &Session,
    program: &ProgramView,
    organization_id: i64,
    today: chrono::NaiveDate,
) -> Result<Permit> {
    if !session
        .permit(Action::ViewContracts)?
        .covers(organization_id)
    {
        return Err(Error::NotFound(format!("program {} not found", program.id)));
    }
    let permit = session.authorize(ACTION, Some((organization_id, &program.provider)))?;
    if program.removed_at.is_some() {
        return Err(Error::Conflict(format!(
            "program {} was already removed",
            program.id
        )));
    }
    check_p6(program, today, "removed")?;
    Ok(permit)
}

/// P6: programs of past fiscal years are read-only: never changed, never removed.
pub fn check_p6(program: &ProgramView, today: chrono::NaiveDate, verb: &str) -> Result<()> {
    let current = FiscalYear::containing(today);
    if program.fiscal_year < current {
        return Err(Error::rule(
            "P6",
            format!(
                "program {} is of {}, a past fiscal year (the current one is {current}): programs of past fiscal years are read-only, never {verb}",
                program.id, program.fiscal_year
            ),
        ));
    }
    Ok(())
}

/// The program `id`, if the operator may remove it now.
pub async fn removable(session: &Session, id: i64) -> Result<ProgramView> {
    session.permit(ACTION)?;
    let mut tx = session.read().await?;
    let (program, organization_id) = by_id(&mut tx, id).await?;
    check_removal(session, &program, organization_id, session.today())?;
    Ok(program)
}

pub async fn remove(
    session: &Session,
    id: i64,
    options: &WriteOptions,
) -> Result<(ProgramView, Outcome)> {
    let permit = session.permit(ACTION)?;
    let mut write = session.write(&permit).await?;
    let (program, organization_id) = by_id(write.tx(), id).await?;
    let permit = check_removal(session, &program, organization_id, write.today())?;
    remove_in(&mut write, &permit, &program, organization_id).await?;
    Ok((program, write.finish(options).await?))
}

pub async fn list(
    session: &Session,
    provider: &str,
    fiscal_year: Option<FiscalYear>,
) -> Result<Vec<ProgramView>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    of(&mut tx, org.id, fiscal_year).await
}

pub async fn show(session: &Session, id: i64) -> Result<ProgramView> {
    let mut tx = session.read().await?;
    let (program, org_id) = by_id(&mut tx, id).await?;
    if !session.permit(Action::ViewContracts)?.covers(org_id) {
        return Err(Error::NotFound(format!("program {id} not found")));
    }
    Ok(program)
}

pub fn describe(p: &ProgramView) -> Vec<Vec<String>> {
    vec![
        vec!["id".into(), p.id.to_string()],
        vec!["provider".into(), p.provider.clone()],
        vec!["contract".into(), p.contract.clone()],
        vec!["location".into(), p.location.clone()],
        vec!["program_type".into(), p.program_type.to_string()],
        vec!["fiscal_year".into(), p.fiscal_year.to_string()],
        vec![
            "activities".into(),
            p.activities
                .iter()
                .map(|a| format!("{a} ({})", catalogue::name_of(a)))
                .collect::<Vec<_>>()
                .join(", "),
        ],
        vec!["full_time".into(), p.full_time.to_string()],
        vec!["part_time".into(), p.part_time.to_string()],
        vec!["description".into(), p.description.clone()],
        vec!["target_occupation".into(), opt(&p.target_occupation)],
        vec!["criteria".into(), p.criteria.join(", ")],
    ]
}
