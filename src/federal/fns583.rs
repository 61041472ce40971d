//! `isets report fns-583` (G1–G5): the SNAP E&T Program Activity Report for a quarter of
//! the federal fiscal year. For each month of the quarter, the quarter and the fiscal
//! year to date: the people taking part in each federal component (G2), through the
//! state's mapping of activities to components (G3), split into ABAWDs and all others
//! when the IES extract says who is one; with the fourth quarter, the distinct people of
//! the whole year; the lines only IES work-registration data could give, printed as not
//! available (G4); and on request the people behind every figure (G5).
//!
//! A person counts in a month for a component when they have verified hours above zero
//! (E7) in a week of that month (a week counts in the month its Monday is in, as
//! Earnfare's months do) in an activity of that component. Quarter and year-to-date
//! figures count people, each once, never a sum of months. The figures are one grouped
//! query over the attendance, whatever the number of people; the activity's service
//! provider decides whose report a participation counts in (E6).
//!
//! A report file (`--output`) goes through the writer every report shares
//! ([`crate::reports::file`]): a `.csv` or `.json` file holds what `--format csv|json`
//! prints, a workbook a sheet per section, figures as numbers and dates as dates.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::customers::reach;
use crate::db::{Arg, Backend};
use crate::error::{Error, Result};
use crate::output::{Section, Tabular};
use crate::permissions::Action;
use crate::reports::file::Contents;
use crate::reports::{self, Column, Kind, Row, Table, Value};
use crate::session::Session;
use crate::values::Month;

use super::components::{Component, Group};
use super::year::{FederalFiscalYear, Quarter};

/// What a line prints where ISETS has no number for it (G4).
pub const NOT_AVAILABLE: &str = "not available from ISETS";

/// One figure of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(i64),
    /// G4: the data is not in ISETS; never a number.
    NotAvailable,
    /// Not asked for in this column (the year's distinct people have no month).
    Blank,
}

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Figure::Count(n) => s.serialize_i64(*n),
            Figure::NotAvailable => s.serialize_str(NOT_AVAILABLE),
            Figure::Blank => s.serialize_none(),
        }
    }
}

impl From<Figure> for Value {
    /// A figure in a report file: a count as a number, never a count written as text.
    fn from(figure: Figure) -> Value {
        match figure {
            Figure::Count(n) => Value::Integer(n),
            Figure::NotAvailable => Value::Text(NOT_AVAILABLE.to_string()),
            Figure::Blank => Value::Empty,
        }
    }
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Figure::Count(n) => write!(f, "{n}"),
            Figure::NotAvailable => f.write_str(NOT_AVAILABLE),
            Figure::Blank => Ok(()),
        }
    }
}

/// Whom a figure counts (G2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Population {
    /// Able-bodied adults without dependents, as the IES extract says.
    Abawd,
    /// Everybody else, and those whose ABAWD status the extract does not give.
    Others,
    All,
}

impl Population {
    pub const ALL: [Population; 3] = [Population::Abawd, Population::Others, Population::All];

    /// As JSON and CSV name it.
    pub fn code(self) -> &'static str {
        match self {
            Population::Abawd => "abawd",
            Population::Others => "others",
            Population::All => "all",
        }
    }

    pub fn shown(self) -> &'static str {
        match self {
            Population::Abawd => "ABAWD",
            Population::Others => "others",
            Population::All => "all",
        }
    }

    /// Where a person of this ABAWD status is counted (G2: unknown counts as others).
    fn of(abawd: Option<bool>) -> Population {
        if abawd == Some(true) {
            Population::Abawd
        } else {
            Population::Others
        }
    }
}

/// The lines of the report, as JSON and CSV name them.
pub const PARTICIPANTS: &str = "participants";
pub const ANY_COMPONENT: &str = "participants in any component";
pub const DURING_THE_YEAR: &str = "participants during the fiscal year";
pub const REGISTRANTS: &str = "work registrants on 1 October";
pub const NEW_REGISTRANTS: &str = "new work registrants";
pub const EXEMPTION_MONTHS: &str = "ABAWD months under the discretionary exemption";

/// G4: the lines that need IES work-registration data, with why ISETS has none.
const UNAVAILABLE: [(&str, &str); 3] = [
    (
        REGISTRANTS,
        "work registration is recorded in IES, and the extract ISETS imports does not carry it",
    ),
    (
        NEW_REGISTRANTS,
        "work registration is recorded in IES, and the extract ISETS imports does not carry it",
    ),
    (
        EXEMPTION_MONTHS,
        "the discretionary exemptions are granted in IES, and the extract does not carry them",
    ),
];

/// One line of the report: a figure for each month of the quarter, the quarter and the
/// fiscal year to date.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub line: &'static str,
    /// The rule the line answers to: G2 (counted) or G4 (not available).
    pub rule: &'static str,
    pub group: Option<Group>,
    pub component: Option<Component>,
    pub population: Option<Population>,
    pub month_1: Figure,
    pub month_2: Figure,
    pub month_3: Figure,
    pub quarter: Figure,
    pub year_to_date: Figure,
    /// Why a line is not available (G4).
    pub note: Option<&'static str>,
}

impl Tabular for Line {
    fn headers() -> Vec<&'static str> {
        vec![
            "line",
            "rule",
            "group",
            "component",
            "population",
            "month_1",
            "month_2",
            "month_3",
            "quarter",
            "year_to_date",
            "note",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.line.to_string(),
            self.rule.to_string(),
            self.group
                .map(|g| g.shown())
                .unwrap_or_default()
                .to_string(),
            self.component
                .map(|c| c.shown())
                .unwrap_or_default()
                .to_string(),
            self.population
                .map(Population::shown)
                .unwrap_or_default()
                .to_string(),
            self.month_1.to_string(),
            self.month_2.to_string(),
            self.month_3.to_string(),
            self.quarter.to_string(),
            self.year_to_date.to_string(),
            self.note.unwrap_or_default().to_string(),
        ]
    }
    fn key(&self) -> String {
        self.line.to_string()
    }
}

/// A line in a report file: the columns of [`Tabular`]'s CSV, its figures typed.
impl Row for Line {
    fn columns() -> Vec<Column> {
        let text = |name| Column::new(name, Kind::Text);
        let figure = |name| Column::new(name, Kind::Integer);
        vec![
            text("line"),
            text("rule"),
            text("group"),
            text("component"),
            text("population"),
            figure("month_1"),
            figure("month_2"),
            figure("month_3"),
            figure("quarter"),
            figure("year_to_date"),
            text("note"),
        ]
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.line.into(),
            self.rule.into(),
            self.group.map(Group::code).into(),
            self.component.map(Component::code).into(),
            self.population.map(Population::code).into(),
            self.month_1.into(),
            self.month_2.into(),
            self.month_3.into(),
            self.quarter.into(),
            self.year_to_date.into(),
            self.note.into(),
        ]
    }
}

/// A person behind a figure (G5): in this component in this month. No SSN, not even its
/// last digits: the individual number names the person.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Person {
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    /// As the IES extract gives it; none when it does not.
    pub abawd: Option<bool>,
    #[sqlx(skip)]
    pub population: Option<Population>,
    #[serde(skip)]
    #[sqlx(rename = "component")]
    pub stored_component: String,
    #[sqlx(skip)]
    pub group: Option<Group>,
    #[sqlx(skip)]
    pub component: Option<Component>,
    pub month: String,
}

impl Tabular for Person {
    fn headers() -> Vec<&'static str> {
        vec![
            "month",
            "component",
            "population",
            "individual_number",
            "last_name",
            "first_name",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "month",
            "group",
            "component",
            "population",
            "abawd",
            "individual_number",
            "last_name",
            "first_name",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.month.clone(),
            self.component
                .map(|c| c.shown())
                .unwrap_or_default()
                .to_string(),
            self.population
                .map(Population::shown)
                .unwrap_or_default()
                .to_string(),
            self.individual_number.clone(),
            self.last_name.clone(),
            self.first_name.clone(),
        ]
    }
    fn key(&self) -> String {
        self.individual_number.clone()
    }
}

/// A person in a report file: the JSON's fields, `abawd` written as JSON writes it
/// (`true`, `false`, or nothing where the extract does not say).
impl Row for Person {
    fn columns() -> Vec<Column> {
        Person::fields()
            .into_iter()
            .map(|name| Column::new(name, Kind::Text))
            .collect()
    }
    fn values(&self) -> Vec<Value> {
        vec![
            self.month.as_str().into(),
            self.group.map(Group::code).into(),
            self.component.map(Component::code).into(),
            self.population.map(Population::code).into(),
            self.abawd.map(|a| a.to_string()).into(),
            self.individual_number.as_str().into(),
            self.last_name.as_str().into(),
            self.first_name.as_str().into(),
        ]
    }
}

/// The report: what it covers, its lines, and on request the people behind them.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub form: &'static str,
    pub federal_fiscal_year: FederalFiscalYear,
    pub quarter: u8,
    /// The quarter's months: `month_1` … `month_3` of every line.
    pub months: [Month; 3],
    pub year_from: NaiveDate,
    pub quarter_from: NaiveDate,
    pub quarter_to: NaiveDate,
    /// "statewide", or the providers whose activities count (E6).
    pub scope: String,
    /// Whether the IES extract says who is an ABAWD for anyone counted (G2).
    pub abawd_split: bool,
    pub notes: Vec<String>,
    pub lines: Vec<Line>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<Person>>,
}

/// What `isets report fns-583` is asked.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub year: FederalFiscalYear,
    pub quarter: Quarter,
    /// Only this provider's activities (statewide roles; a provider role one of its own).
    pub provider: Option<&'a str>,
    /// G5: list the people behind the figures.
    pub detail: bool,
}

/// The part of the figures' query and the detail's that picks the participations:
/// verified hours above zero (E7) in a week from `$1` to `$2` of an activity mapped to a
/// component (G3), of the providers `$3`/`$4` (E6), of a customer (`pc`) within reach
/// `$5`–`$7`. Reach is a customer's, so it is tested once per customer rather than once
/// per week attended.
macro_rules! participations {
    (sqlite) => {
        concat!(
            " FROM attendance t JOIN activities a ON a.id = t.activity_id \
             JOIN federal_components f ON f.code = a.code \
             JOIN customers pc ON pc.id = t.customer_id \
             WHERE t.verified_hours > 0 AND f.component IS NOT NULL AND t.week >= $1 AND t.week <= $2 \
             AND ($3 OR a.organization_id IN (SELECT value FROM json_each($4))) \
             AND ($5 OR t.customer_id IN (SELECT c.id FROM customers c WHERE ",
            crate::within_reach!(sqlite, "5", "6", "7"),
            "))"
        )
    };
    (postgres) => {
        concat!(
            " FROM attendance t JOIN activities a ON a.id = t.activity_id \
             JOIN federal_components f ON f.code = a.code \
             JOIN customers pc ON pc.id = t.customer_id \
             WHERE t.verified_hours > 0 AND f.component IS NOT NULL AND t.week >= $1 AND t.week <= $2 \
             AND ($3 OR a.organization_id = ANY($4)) \
             AND ($5 OR t.customer_id IN (SELECT c.id FROM customers c WHERE ",
            crate::within_reach!(postgres, "5", "6", "7"),
            "))"
        )
    };
}

/// The months of the federal year a participation fell in, as bits: bit 0 October, bit
/// 11 September; `$8` says where the year starts (see [`month_bits`]).
macro_rules! month_bit {
    (sqlite) => {
        "(1 << (CAST(substr(t.week, 1, 4) AS INTEGER) * 12 + CAST(substr(t.week, 6, 2) AS INTEGER) - $8))"
    };
    (postgres) => {
        "(CAST(1 AS BIGINT) << (width_bucket(t.week, $8) - 1))"
    };
}

/// The counts of one grouping of the months of each person (`months`): those in each
/// month of the quarter (its first month's bit is `$9`), in the quarter, in the year.
macro_rules! counted {
    ($quarter:literal) => {
        concat!(
            "COUNT(*) FILTER (WHERE ((months >> ",
            $quarter,
            ") & 1) = 1) AS month_1, COUNT(*) FILTER (WHERE ((months >> (",
            $quarter,
            " + 1)) & 1) = 1) AS month_2, COUNT(*) FILTER (WHERE ((months >> (",
            $quarter,
            " + 2)) & 1) = 1) AS month_3, COUNT(*) FILTER (WHERE ((months >> ",
            $quarter,
            ") & 7) <> 0) AS quarter, COUNT(*) AS year"
        )
    };
}

/// The figures in one grouped query: each person's months in each component (`cc`) and
/// in any component (`pp`) as bits, grouped once over the attendance, then counted per
/// component and ABAWD status. Counting bits counts each person once in a quarter or a
/// year, whatever the number of weeks or months.
macro_rules! figures {
    (sqlite) => {
        concat!(
            "WITH cc AS MATERIALIZED (SELECT t.customer_id, f.component, pc.abawd, SUM(DISTINCT ",
            month_bit!(sqlite),
            ") AS months",
            participations!(sqlite),
            " GROUP BY t.customer_id, f.component, pc.abawd), \
             pp AS (SELECT customer_id, abawd, MAX(months & 1) | MAX(months & 2) | MAX(months & 4) | \
             MAX(months & 8) | MAX(months & 16) | MAX(months & 32) | MAX(months & 64) | MAX(months & 128) | \
             MAX(months & 256) | MAX(months & 512) | MAX(months & 1024) | MAX(months & 2048) AS months \
             FROM cc GROUP BY customer_id, abawd) \
             SELECT component, abawd, ",
            counted!("$9"),
            " FROM cc GROUP BY component, abawd UNION ALL SELECT NULL, abawd, ",
            counted!("$9"),
            " FROM pp GROUP BY abawd"
        )
    };
    (postgres) => {
        concat!(
            "WITH cc AS MATERIALIZED (SELECT t.customer_id, f.component, pc.abawd, bit_or(",
            month_bit!(postgres),
            ") AS months",
            participations!(postgres),
            " GROUP BY t.customer_id, f.component, pc.abawd), \
             pp AS (SELECT customer_id, abawd, bit_or(months) AS months FROM cc GROUP BY customer_id, abawd) \
             SELECT component, abawd, ",
            counted!("CAST($9 AS INTEGER)"),
            " FROM cc GROUP BY component, abawd UNION ALL SELECT NULL, abawd, ",
            counted!("CAST($9 AS INTEGER)"),
            " FROM pp GROUP BY abawd"
        )
    };
}

/// Where `$8` of [`month_bit!`] puts the first month of `year`: SQLite counts months
/// from the year's first (as `year * 12 + month`); PostgreSQL looks the week up among
/// the months' first days.
fn month_bits(backend: Backend, year: FederalFiscalYear, quarter: Quarter) -> Arg {
    match backend {
        Backend::Sqlite => Arg::from((year.0 - 1) * 12 + 10),
        Backend::Postgres => Arg::dates(year.months_to(quarter).iter().map(|m| m.first())),
    }
}

/// The people of one component (none: any component) and ABAWD status, in each column.
#[derive(Debug, Clone, sqlx::FromRow)]
struct Count {
    component: Option<String>,
    abawd: Option<bool>,
    month_1: i64,
    month_2: i64,
    month_3: i64,
    quarter: i64,
    year: i64,
}

/// The counts of the query, by component (none: any) and ABAWD status, per column:
/// the quarter's three months, the quarter, the year to date.
struct Counts {
    by: HashMap<(Option<&'static str>, Option<bool>), [i64; 5]>,
    /// G2: whether anyone counted has an ABAWD status from the extract.
    split: bool,
}

impl Counts {
    fn new(rows: Vec<Count>) -> Result<Counts> {
        let mut by = HashMap::new();
        for row in rows {
            let component = row
                .component
                .as_deref()
                .map(Component::stored)
                .transpose()?;
            by.insert(
                (component.map(Component::code), row.abawd),
                [row.month_1, row.month_2, row.month_3, row.quarter, row.year],
            );
        }
        let split = by
            .iter()
            .any(|((c, abawd), n)| c.is_none() && abawd.is_some() && n[4] > 0);
        Ok(Counts { by, split })
    }

    /// People of `component` and ABAWD status in `column` (0–2 the months, 3 the
    /// quarter, 4 the year to date).
    fn get(&self, component: Option<Component>, column: usize, abawd: Option<bool>) -> i64 {
        self.by
            .get(&(component.map(Component::code), abawd))
            .map_or(0, |n| n[column])
    }

    fn figure(
        &self,
        component: Option<Component>,
        column: usize,
        population: Population,
    ) -> Figure {
        let get = |abawd| self.get(component, column, abawd);
        match population {
            Population::Abawd if !self.split => Figure::NotAvailable,
            Population::Abawd => Figure::Count(get(Some(true))),
            Population::Others => Figure::Count(get(Some(false)) + get(None)),
            Population::All => Figure::Count(get(Some(true)) + get(Some(false)) + get(None)),
        }
    }

    fn line(
        &self,
        line: &'static str,
        component: Option<Component>,
        population: Population,
    ) -> Line {
        let [month_1, month_2, month_3, quarter, year_to_date] =
            [0, 1, 2, 3, 4].map(|column| self.figure(component, column, population));
        Line {
            line,
            rule: "G2",
            group: component.map(Component::group),
            component,
            population: Some(population),
            month_1,
            month_2,
            month_3,
            quarter,
            year_to_date,
            note: None,
        }
    }
}

/// The providers whose activities count (E6), as the query binds them, and the scope
/// the report names: statewide roles the state or `--provider`; provider roles their
/// own providers, or one of them.
async fn providers(
    session: &Session,
    tx: &mut crate::db::Tx,
    permit: &crate::operator::Permit,
    provider: Option<&str>,
) -> Result<(bool, Vec<i64>, String)> {
    let own: Vec<(i64, String)> = {
        let mut own: Vec<(i64, String)> = session
            .operator()
            .listings
            .iter()
            .filter(|l| permit.covers(l.organization_id))
            .map(|l| (l.organization_id, l.organization.clone()))
            .collect();
        own.sort();
        own.dedup();
        own
    };
    match provider {
        None if permit.is_statewide() => Ok((true, Vec::new(), "statewide".into())),
        None => Ok((
            false,
            own.iter().map(|(id, _)| *id).collect(),
            own.iter()
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )),
        Some(name) if permit.is_statewide() => {
            let org = crate::orgs::find(tx, name).await?;
            Ok((false, vec![org.id], org.name))
        }
        Some(name) => own
            .iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name.trim()))
            .map(|(id, n)| (false, vec![*id], n.clone()))
            .ok_or_else(|| {
                Error::NotFound(format!(
                    "provider {:?} not found among the providers you read reports for",
                    name.trim()
                ))
            }),
    }
}

/// `isets report fns-583 --federal-fiscal-year FFY25 --quarter 1 [--provider P]
/// [--detail]` (G1–G5): everyone who reads reports, within their reach (§1).
pub async fn report(session: &Session, request: &Request<'_>) -> Result<Report> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let (everyone, orgs, scope) = providers(session, &mut tx, &permit, request.provider).await?;
    let reach = reach::of(session, &mut tx, &permit).await?;
    let [s, l, t] = reach.args();
    let year = request.year;
    let months = year.months(request.quarter);
    let (from, to) = (year.start(), months[2].last());
    let args = || {
        vec![
            Arg::from(from),
            Arg::from(to),
            Arg::from(everyone),
            Arg::Ints(orgs.clone()),
            s.clone(),
            l.clone(),
            t.clone(),
        ]
    };
    let mut figures_args = args();
    figures_args.push(month_bits(tx.backend(), year, request.quarter));
    figures_args.push(Arg::from(i64::from(request.quarter.number() - 1) * 3));
    let rows: Vec<Count> = tx
        .fetch_all(
            crate::sql!(sqlite: figures!(sqlite), postgres: figures!(postgres)),
            figures_args,
        )
        .await?;
    let counts = Counts::new(rows)?;
    let people = if request.detail {
        Some(people_behind(&mut tx, args()).await?)
    } else {
        None
    };
    let notes = notes_on(&counts, to, session.today());
    Ok(Report {
        form: "FNS-583",
        federal_fiscal_year: year,
        quarter: request.quarter.number(),
        months,
        year_from: from,
        quarter_from: months[0].first(),
        quarter_to: to,
        scope,
        abawd_split: counts.split,
        notes,
        lines: lines_of(&counts, request.quarter),
        people,
    })
}

/// The lines of the report: the participants of each component and population, of any
/// component, with the fourth quarter those of the whole year (G2); the lines ISETS
/// cannot give (G4).
fn lines_of(counts: &Counts, quarter: Quarter) -> Vec<Line> {
    let mut lines = Vec::new();
    for component in Component::ALL {
        for population in Population::ALL {
            lines.push(counts.line(PARTICIPANTS, Some(*component), population));
        }
    }
    for population in Population::ALL {
        lines.push(counts.line(ANY_COMPONENT, None, population));
    }
    if quarter == Quarter::FOURTH {
        lines.push(Line {
            line: DURING_THE_YEAR,
            month_1: Figure::Blank,
            month_2: Figure::Blank,
            month_3: Figure::Blank,
            quarter: Figure::Blank,
            ..counts.line(DURING_THE_YEAR, None, Population::All)
        });
    }
    for (line, why) in UNAVAILABLE {
        lines.push(Line {
            line,
            rule: "G4",
            group: None,
            component: None,
            population: None,
            month_1: Figure::NotAvailable,
            month_2: Figure::NotAvailable,
            month_3: Figure::NotAvailable,
            quarter: Figure::NotAvailable,
            year_to_date: Figure::NotAvailable,
            note: Some(why),
        });
    }
    lines
}

/// G5: each person counted in each component in each month of the year to date, by
/// month, component and name.
async fn people_behind(tx: &mut crate::db::Tx, args: Vec<Arg>) -> Result<Vec<Person>> {
    let mut people: Vec<Person> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(
                    "SELECT DISTINCT pc.individual_number, pc.last_name, pc.first_name, pc.abawd, f.component, \
                     substr(t.week, 1, 7) AS month",
                    participations!(sqlite)
                ),
                postgres: concat!(
                    "SELECT DISTINCT pc.individual_number, pc.last_name, pc.first_name, pc.abawd, f.component, \
                     to_char(t.week, 'YYYY-MM') AS month",
                    participations!(postgres)
                ),
            ),
            args,
        )
        .await?;
    for p in &mut people {
        let component = Component::stored(&p.stored_component)?;
        p.component = Some(component);
        p.group = Some(component.group());
        p.population = Some(Population::of(p.abawd));
    }
    people.sort_by(|a, b| {
        let key = |p: &Person| {
            (
                p.month.clone(),
                p.component.map(Component::rank),
                p.last_name.clone(),
                p.first_name.clone(),
                p.individual_number.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    Ok(people)
}

/// What the figures rest on, how ABAWDs were told apart (G2), and whether the quarter
/// is still running on `today`.
fn notes_on(counts: &Counts, quarter_end: NaiveDate, today: NaiveDate) -> Vec<String> {
    let mut notes = vec![
        "A person counts in a month for a component when they have verified attendance hours above \
         zero (E7) in a week whose Monday is in that month, in an activity the federal component \
         mapping puts in that component (G2, G3: `isets federal-component list`). Quarter and \
         year-to-date figures count each person once."
            .to_string(),
    ];
    let unknown = counts.get(None, 4, None);
    let total = counts.get(None, 4, Some(true)) + counts.get(None, 4, Some(false)) + unknown;
    if !counts.split {
        notes.push(
            "The IES extract gives no ABAWD status for anyone counted: all are counted among the \
             others, and the ABAWD figures are not available from ISETS (G2)."
                .to_string(),
        );
    } else if unknown > 0 {
        let has = if unknown == 1 { "has" } else { "have" };
        notes.push(format!(
            "{unknown} of the {total} people counted in the fiscal year to date {has} no ABAWD \
             status in the IES extract: they are counted among the others (G2)."
        ));
    }
    if quarter_end >= today {
        notes.push(format!(
            "The quarter ends on {quarter_end}: its figures are the hours verified by {today}."
        ));
    }
    notes
}

impl Report {
    /// What `-q` prints and the tables are titled by: `FFY25 Q1`.
    pub fn key(&self) -> String {
        format!("{} Q{}", self.federal_fiscal_year, self.quarter)
    }

    /// The lines as a terminal shows them: what the report covers, the participants by
    /// component, the lines not available, the notes, and the people when asked for.
    pub fn sections(&self) -> Vec<Section> {
        let month_headers: [&'static str; 3] = match self.quarter {
            1 => ["Oct", "Nov", "Dec"],
            2 => ["Jan", "Feb", "Mar"],
            3 => ["Apr", "May", "Jun"],
            _ => ["Jul", "Aug", "Sep"],
        };
        let quarter_header: &'static str = match self.quarter {
            1 => "Q1",
            2 => "Q2",
            3 => "Q3",
            _ => "Q4",
        };
        let mut about = vec![
            vec![
                "federal fiscal year".to_string(),
                format!(
                    "{} ({} to {})",
                    self.federal_fiscal_year,
                    self.year_from,
                    self.federal_fiscal_year.end()
                ),
            ],
            vec![
                "quarter".to_string(),
                format!(
                    "Q{} ({} to {})",
                    self.quarter, self.quarter_from, self.quarter_to
                ),
            ],
            vec![
                "year to date".to_string(),
                format!("{} to {}", self.year_from, self.quarter_to),
            ],
            vec!["scope".to_string(), self.scope.clone()],
            vec![
                "ABAWD split".to_string(),
                if self.abawd_split {
                    "from the IES extract".to_string()
                } else {
                    format!("{NOT_AVAILABLE}: everyone is counted among the others")
                },
            ],
        ];
        if let Some(year) = self.lines.iter().find(|l| l.line == DURING_THE_YEAR) {
            about.push(vec![
                "people who took part during the fiscal year".to_string(),
                year.year_to_date.to_string(),
            ]);
        }
        // Without the split the ABAWD lines say only that it is not available, which the
        // ABAWD split field says once.
        let counted = |l: &&Line| {
            l.rule == "G2"
                && l.line != DURING_THE_YEAR
                && (self.abawd_split || l.population != Some(Population::Abawd))
        };
        let mut headers = vec!["group", "component", "population"];
        headers.extend(month_headers);
        headers.extend([quarter_header, "year to date"]);
        let mut sections = vec![
            Section {
                title: Some(format!(
                    "FNS-583 SNAP E&T Program Activity Report, {} (G1)",
                    self.key()
                )),
                headers: vec!["field", "value"],
                rows: about,
            },
            Section {
                title: Some("Participants by federal component (G2, G3)".into()),
                headers,
                rows: self
                    .lines
                    .iter()
                    .filter(counted)
                    .map(|l| {
                        let mut row = l.cells()[2..10].to_vec();
                        if l.line == ANY_COMPONENT {
                            row[1] = "any component".to_string();
                        }
                        row
                    })
                    .collect(),
            },
            Section {
                title: Some("Not available from ISETS (G4)".into()),
                headers: vec!["line", "figure", "why"],
                rows: self
                    .lines
                    .iter()
                    .filter(|l| l.rule == "G4")
                    .map(|l| {
                        vec![
                            l.line.to_string(),
                            NOT_AVAILABLE.to_string(),
                            l.note.unwrap_or_default().to_string(),
                        ]
                    })
                    .collect(),
            },
            Section {
                title: Some("Notes".into()),
                headers: vec!["note"],
                rows: self.notes.iter().map(|n| vec![wrapped(n, 96)]).collect(),
            },
        ];
        if let Some(people) = &self.people {
            sections.push(Section {
                title: Some("The people behind the figures (G5)".into()),
                headers: Person::headers(),
                rows: people.iter().map(Tabular::cells).collect(),
            });
        }
        sections
    }

    /// What the report is, as a file's status line and a workbook's title name it.
    pub fn title(&self) -> String {
        format!(
            "FNS-583 SNAP E&T Program Activity Report (G1–G5): {}, {}",
            self.key(),
            self.scope
        )
    }

    /// The table CSV gives: the lines, or with `--detail` the people behind them
    /// instead, one table for a spreadsheet to open.
    fn csv_table(&self) -> Table {
        match &self.people {
            Some(people) => Table::of("people", "The people behind the figures (G5)", people),
            None => Table::of("lines", "Lines", &self.lines),
        }
    }

    /// `--format csv`, and a `.csv` file: the lines, or with `--detail` the people.
    pub fn csv(&self) -> Result<String> {
        self.as_file(vec![self.csv_table()]).csv()
    }

    /// `--format json`, and a `.json` file: the whole report.
    pub fn json(&self) -> Result<String> {
        Ok(format!("{}\n", serde_json::to_string_pretty(self)?))
    }

    /// `tables` in the shape every report file is written from.
    fn as_file(&self, tables: Vec<Table>) -> reports::Report {
        reports::Report {
            name: "fns-583",
            title: self.title(),
            parameters: vec![
                (
                    "federal_fiscal_year",
                    self.federal_fiscal_year.to_string().into(),
                ),
                ("quarter", i64::from(self.quarter).into()),
                ("scope", self.scope.as_str().into()),
            ],
            tables,
        }
    }

    /// The workbook: a sheet for each section a terminal shows (what the report covers,
    /// its dates as dates; the participants, figures as numbers; the lines not available
    /// (G4); the notes; with `--detail` the people).
    fn sheets(&self) -> reports::Report {
        let text = |name| Column::new(name, Kind::Text);
        let field = |name: &str, value: Value| vec![Value::from(name), value];
        let mut about = vec![
            field("form", self.form.into()),
            field(
                "federal fiscal year",
                self.federal_fiscal_year.to_string().into(),
            ),
            field("fiscal year from", self.year_from.into()),
            field("fiscal year to", self.federal_fiscal_year.end().into()),
            field("quarter", i64::from(self.quarter).into()),
            field("quarter from", self.quarter_from.into()),
            field("quarter to", self.quarter_to.into()),
        ];
        for (name, month) in ["month_1", "month_2", "month_3"].iter().zip(self.months) {
            about.push(field(name, month.to_string().into()));
        }
        about.push(field("scope", self.scope.as_str().into()));
        about.push(field(
            "ABAWD split",
            if self.abawd_split {
                "from the IES extract".to_string()
            } else {
                format!("{NOT_AVAILABLE}: everyone is counted among the others")
            }
            .into(),
        ));
        if let Some(year) = self.lines.iter().find(|l| l.line == DURING_THE_YEAR) {
            about.push(field(
                "people who took part during the fiscal year",
                year.year_to_date.into(),
            ));
        }
        let rows = about.len();
        let lines = |rule: &str| -> Vec<Line> {
            self.lines
                .iter()
                .filter(|l| l.rule == rule)
                .cloned()
                .collect()
        };
        let mut tables = vec![
            Table {
                name: "report",
                title: format!(
                    "FNS-583 SNAP E&T Program Activity Report, {} (G1)",
                    self.key()
                ),
                columns: vec![text("field"), text("value")],
                rows: about,
                marked: vec![false; rows],
            },
            Table::of(
                "participants",
                "Participants by federal component (G2, G3)",
                &lines("G2"),
            ),
            Table::of(
                "not available",
                "Not available from ISETS (G4)",
                &lines("G4"),
            ),
            Table {
                name: "notes",
                title: "Notes".into(),
                columns: vec![text("note")],
                rows: self.notes.iter().map(|n| vec![n.as_str().into()]).collect(),
                marked: vec![false; self.notes.len()],
            },
        ];
        if self.people.is_some() {
            tables.push(self.csv_table());
        }
        self.as_file(tables)
    }
}

/// `--output FILE`: a `.csv` or `.json` file holds what `--format csv|json` prints; a
/// workbook the report's sections.
impl Contents for Report {
    fn sections(&self) -> std::borrow::Cow<'_, reports::Report> {
        std::borrow::Cow::Owned(self.sheets())
    }

    fn csv_file(&self) -> Result<(String, usize)> {
        let rows = self.people.as_ref().map_or(self.lines.len(), Vec::len);
        Ok((self.csv()?, rows))
    }

    fn json_file(&self) -> Result<(String, usize)> {
        let people = self.people.as_ref().map_or(0, Vec::len);
        Ok((self.json()?, self.lines.len() + people))
    }
}

/// `text` in lines of at most `width` characters where its words allow, for a cell.
fn wrapped(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(component: Option<&str>, abawd: Option<bool>, n: [i64; 5]) -> Count {
        Count {
            component: component.map(String::from),
            abawd,
            month_1: n[0],
            month_2: n[1],
            month_3: n[2],
            quarter: n[3],
            year: n[4],
        }
    }

    #[test]
    fn g2_figures_split_abawds_and_count_the_unknown_among_the_others() {
        let counts = Counts::new(vec![
            count(Some("workfare"), Some(true), [2, 0, 1, 2, 3]),
            count(Some("workfare"), Some(false), [3, 0, 0, 3, 3]),
            count(Some("workfare"), None, [1, 0, 0, 1, 1]),
            count(None, Some(true), [2, 0, 1, 2, 3]),
            count(None, None, [1, 0, 0, 1, 1]),
        ]);
        let Ok(counts) = counts else {
            panic!("counts");
        };
        assert!(counts.split);
        let w = Some(Component::Workfare);
        assert_eq!(counts.figure(w, 0, Population::Abawd), Figure::Count(2));
        assert_eq!(counts.figure(w, 0, Population::Others), Figure::Count(4));
        assert_eq!(counts.figure(w, 0, Population::All), Figure::Count(6));
        assert_eq!(counts.figure(w, 1, Population::All), Figure::Count(0));
        assert_eq!(counts.figure(w, 4, Population::All), Figure::Count(7));
        let jr = Some(Component::JobRetention);
        assert_eq!(counts.figure(jr, 3, Population::All), Figure::Count(0));
        assert!(Counts::new(vec![count(Some("hiking"), None, [1; 5])]).is_err());
    }

    #[test]
    fn g2_without_any_abawd_status_everyone_is_among_the_others() {
        let counts = Counts::new(vec![
            count(Some("job-retention"), None, [0, 0, 4, 4, 4]),
            count(None, None, [0, 0, 4, 4, 4]),
        ]);
        let Ok(counts) = counts else {
            panic!("counts");
        };
        assert!(!counts.split);
        let jr = Some(Component::JobRetention);
        assert_eq!(
            counts.figure(jr, 2, Population::Abawd),
            Figure::NotAvailable
        );
        assert_eq!(counts.figure(jr, 2, Population::Others), Figure::Count(4));
        assert_eq!(counts.figure(jr, 2, Population::All), Figure::Count(4));
    }

    #[test]
    fn notes_wrap_at_word_boundaries() {
        assert_eq!(wrapped("one two three four", 9), "one two\nthree\nfour");
        assert_eq!(
            wrapped("averyveryverylongword x", 5),
            "averyveryverylongword\nx"
        );
    }

    #[test]
    fn g4_a_figure_not_available_is_never_a_number() {
        assert_eq!(
            serde_json::to_value(Figure::NotAvailable).ok(),
            Some(serde_json::json!(NOT_AVAILABLE))
        );
        assert_eq!(
            serde_json::to_value(Figure::Count(3)).ok(),
            Some(serde_json::json!(3))
        );
        assert_eq!(
            serde_json::to_value(Figure::Blank).ok(),
            Some(serde_json::Value::Null)
        );
        assert_eq!(Figure::NotAvailable.to_string(), "not available from ISETS");
    }
}
