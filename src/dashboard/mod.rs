//! `isets dashboard` (DOMAIN.md §14, D1–D4; manual 002 "ISETS Dashboard"): per provider
//! within the operator's reach, the fiscal year's counts against the contract's goals
//! (D1), the referrals sent, received, accepted and rejected with their red flags and
//! overdue ones (D2), the redeterminations coming (D3), and what needs doing: assessments
//! due, overdue or missing, retention contacts due, overrides pending and staffings due
//! (D4).
//! `--list LINE` lists what one count counted, from the same statement.
//!
//! A report (§1: reports, dashboard): provider roles see their own providers, statewide
//! roles all of them or the one named. A read: nothing is written, nothing audited.
//! It is always of now: pending referrals and overrides are stored as they stand, so a
//! past day could not be shown truthfully.

pub mod lines;
mod queries;
pub mod window;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

pub use lines::{Line, Section};
pub use window::Window;

use crate::assessments::state::{self, State};
use crate::customers::reach::{self, OrganizationNames};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::output::{self, Tabular};
use crate::permissions::Action;
use crate::session::Session;
use crate::values::FiscalYear;

/// One count: a line of a section for one provider.
#[derive(Debug, Clone, Serialize)]
pub struct Count {
    pub section: Section,
    /// The line's name (`--list LINE`).
    pub line: &'static str,
    pub rule: &'static str,
    pub provider: String,
    /// D1: the provider's contracts in force today that set the goal.
    pub contracts: Vec<String>,
    /// D1: the goal, summed over those contracts.
    pub goal: Option<i64>,
    /// `None` when the operator's roles do not read what the line counts.
    pub count: Option<i64>,
    /// Whether what the line counts are red flags.
    pub red_flag: bool,
}

impl Tabular for Count {
    fn headers() -> Vec<&'static str> {
        vec![
            "section",
            "line",
            "rule",
            "provider",
            "contracts",
            "goal",
            "count",
            "red_flag",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.section.code().to_string(),
            self.line.to_string(),
            self.rule.to_string(),
            self.provider.clone(),
            self.contracts.join(" "),
            output::opt(&self.goal),
            shown(self.count),
            self.red_flag.to_string(),
        ]
    }
    fn key(&self) -> String {
        format!("{}\t{}", self.line, self.provider)
    }
}

/// A count as a table shows it: "n/a" when it is not counted for the operator.
fn shown(count: Option<i64>) -> String {
    count.map_or_else(|| "n/a".to_string(), |n| n.to_string())
}

/// The dashboard of one moment.
#[derive(Debug, Clone, Serialize)]
pub struct Dashboard {
    pub as_of: chrono::DateTime<chrono::Utc>,
    pub today: NaiveDate,
    pub fiscal_year: FiscalYear,
    pub year_start: NaiveDate,
    pub providers: Vec<String>,
    pub counts: Vec<Count>,
    /// What could not be counted, and why.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Dashboard {
    /// The table: one section each, a row per provider (D1: per provider and goal), a
    /// column per line.
    pub fn sections(&self) -> Vec<output::Section> {
        let fy = self.fiscal_year;
        let mut sections = vec![output::Section {
            title: Some(format!(
                "{}: {fy} to date, {} to {}",
                Section::Goals.title(),
                self.year_start,
                self.today
            )),
            headers: vec!["provider", "contracts", "category", "goal", "count"],
            rows: self
                .counts
                .iter()
                .filter(|c| c.section == Section::Goals)
                .map(|c| {
                    vec![
                        c.provider.clone(),
                        c.contracts.join(" "),
                        c.line.trim_start_matches("goal-").to_string(),
                        output::opt(&c.goal),
                        shown(c.count),
                    ]
                })
                .collect(),
        }];
        for section in [
            Section::Referrals,
            Section::Redeterminations,
            Section::FollowUp,
        ] {
            let title = match section {
                Section::Referrals => format!(
                    "{}: sent, received, accepted and rejected in {fy} to date; red flags and overdue pending now",
                    section.title()
                ),
                Section::Redeterminations => format!(
                    "{}: within 60 days of {}; under 30 days are red flags",
                    section.title(),
                    self.today
                ),
                _ => section.title().to_string(),
            };
            let mut headers = vec!["provider"];
            headers.extend(section.lines().map(Line::name));
            let rows = self
                .providers
                .iter()
                .map(|p| {
                    let mut row = vec![p.clone()];
                    row.extend(section.lines().map(|l| {
                        self.count_of(l, p)
                            .map(|c| shown(c.count))
                            .unwrap_or_default()
                    }));
                    row
                })
                .collect();
            sections.push(output::Section {
                title: Some(title),
                headers,
                rows,
            });
        }
        sections
    }

    fn count_of(&self, line: Line, provider: &str) -> Option<&Count> {
        self.counts
            .iter()
            .find(|c| c.line == line.name() && c.provider == provider)
    }

    /// Whether the table cell (section, row, column of [`Dashboard::sections`]) is a red
    /// flag to show in red: a red-flag line's count above zero.
    pub fn marked(&self, section: usize, row: usize, column: usize) -> bool {
        let Some(section) = Section::ALL.get(section) else {
            return false;
        };
        if *section == Section::Goals || column == 0 {
            return false;
        }
        let (Some(line), Some(provider)) =
            (section.lines().nth(column - 1), self.providers.get(row))
        else {
            return false;
        };
        line.red_flag()
            && self
                .count_of(line, provider)
                .and_then(|c| c.count)
                .is_some_and(|n| n > 0)
    }
}

/// One row behind a count (`--list LINE`).
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    pub line: &'static str,
    /// The customer's individual number.
    pub customer: String,
    pub name: String,
    pub provider: String,
    /// The day (or the moment) that makes the row count.
    pub date: String,
    pub detail: String,
}

impl Tabular for Listed {
    fn headers() -> Vec<&'static str> {
        vec!["customer", "name", "provider", "date", "detail"]
    }
    fn fields() -> Vec<&'static str> {
        vec!["line", "customer", "name", "provider", "date", "detail"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.customer.clone(),
            self.name.clone(),
            self.provider.clone(),
            self.date.clone(),
            self.detail.clone(),
        ]
    }
    fn key(&self) -> String {
        if self.customer.is_empty() {
            self.detail.clone()
        } else {
            self.customer.clone()
        }
    }
}

/// What a dashboard or a list is read for.
struct Reading {
    window: Window,
    reach: reach::CustomerReach,
    /// The providers in scope, by name.
    providers: Vec<(i64, String)>,
}

/// The providers the operator reads reports for (§1: their own, or every one when
/// statewide), or the one `provider` names among them; any other reads as not found.
async fn providers_in_scope(
    tx: &mut Tx,
    permit: &Permit,
    provider: Option<&str>,
) -> Result<Vec<(i64, String)>> {
    let all: Vec<(i64, String)> = tx
        .fetch_all(
            crate::sql!("SELECT id, name FROM organizations WHERE kind = 'provider'"),
            vec![],
        )
        .await?;
    let mut mine: Vec<(i64, String)> = all
        .into_iter()
        .filter(|(id, _)| permit.covers(*id))
        .collect();
    mine.sort_by(|a, b| a.1.cmp(&b.1));
    match provider {
        None => Ok(mine),
        Some(name) => mine
            .into_iter()
            .find(|(_, n)| n.eq_ignore_ascii_case(name.trim()))
            .map(|p| vec![p])
            .ok_or_else(|| {
                Error::NotFound(format!(
                    "provider {:?} not found among the providers you read reports for",
                    name.trim()
                ))
            }),
    }
}

/// The read-only view a dashboard or a list is read in, and what for.
async fn reading(session: &Session, provider: Option<&str>) -> Result<(Tx, Reading)> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    // Under the policies PostgreSQL would compile these statements (JIT), which takes
    // seconds each on a large database; they run in milliseconds (BENCHMARKS.md).
    crate::reports::without_jit(&mut tx).await?;
    crate::reports::small_page_cache(&mut tx).await?;
    let providers = providers_in_scope(&mut tx, &permit, provider).await?;
    let reach = reach::of(session, &mut tx, &permit).await?;
    Ok((
        tx,
        Reading {
            window: Window::at(session.now()),
            reach,
            providers,
        },
    ))
}

impl Reading {
    fn bound(&self, due_soon_days: u32) -> queries::Bound<'_> {
        queries::Bound {
            reach: &self.reach,
            providers: self.providers.iter().map(|(id, _)| *id).collect(),
            window: self.window,
            due_soon_days,
        }
    }
}

/// Whether the operator's roles read what `line` is counted from (assessments and case
/// notes are read by those who write them, §1).
fn readable(session: &Session, line: Line) -> bool {
    line.needs()
        .is_none_or(|action| session.permit(action).is_ok())
}

/// `isets dashboard [--provider P]`: the counts of every line for the providers in
/// scope, now; "due soon" (A2) is the last `due_soon_days` days before an assessment is
/// overdue.
pub async fn dashboard(
    session: &Session,
    provider: Option<&str>,
    due_soon_days: u32,
) -> Result<Dashboard> {
    let (mut tx, r) = reading(session, provider).await?;
    let ids: Vec<i64> = r.providers.iter().map(|(id, _)| *id).collect();
    let today = r.window.today;

    // D1: each provider's goals, summed over its contracts in force today.
    let mut goals: BTreeMap<i64, BTreeMap<&'static str, (i64, Vec<String>)>> = BTreeMap::new();
    for contract in crate::providers::contracts::current(&mut tx, &ids, today).await? {
        let Some((id, _)) = r.providers.iter().find(|(_, n)| *n == contract.provider) else {
            continue;
        };
        for (category, target) in &contract.terms.goals {
            let Some(line) = Line::of_category(category) else {
                continue;
            };
            let Some(category) = line.category() else {
                continue;
            };
            let goal = goals.entry(*id).or_default().entry(category).or_default();
            goal.0 += target;
            goal.1.push(contract.number.clone());
        }
    }
    let mut warnings: Vec<String> = r
        .providers
        .iter()
        .filter(|(id, _)| !goals.contains_key(id))
        .map(|(_, name)| {
            format!("{name} has no contract in force today with goals (P2): no goals to count against (D1)")
        })
        .collect();

    let bound = r.bound(due_soon_days);
    // D1's lines only for the categories some provider has a goal in.
    let needed = |line: Line| {
        line.section() != Section::Goals
            || goals
                .values()
                .any(|g| line.category().is_some_and(|c| g.contains_key(c)))
    };
    let mut counted: HashMap<Line, Option<HashMap<i64, i64>>> = HashMap::new();
    for family in queries::Family::ALL {
        let lines = family.lines();
        for line in lines
            .iter()
            .filter(|l| needed(**l) && !readable(session, **l))
        {
            counted.insert(*line, None);
        }
        if !lines.iter().any(|l| needed(*l) && readable(session, *l)) {
            continue;
        }
        let rows: Vec<queries::Counts> = tx.fetch_all(family.counts(), family.args(&bound)).await?;
        for (i, line) in lines.iter().enumerate() {
            if needed(*line) && readable(session, *line) {
                let per_provider = rows.iter().map(|r| (r.0, queries::nth(r, i)));
                counted.insert(*line, Some(per_provider.collect()));
            }
        }
    }
    // D4: the staffings due, counted from the programs and the staffings opened.
    let due = staffings_due(&mut tx, &ids, today).await?;
    for line in [Line::StaffingsDue, Line::StaffingsLate] {
        let mut per_provider: HashMap<i64, i64> = HashMap::new();
        for d in due.iter().filter(|d| line == Line::StaffingsDue || d.late) {
            *per_provider.entry(d.org).or_default() += 1;
        }
        counted.insert(line, Some(per_provider));
    }
    let unread: Vec<&str> = Line::ALL
        .iter()
        .filter(|l| counted.get(l).is_some_and(Option::is_none))
        .map(|l| l.name())
        .collect();
    if !unread.is_empty() {
        warnings.push(format!(
            "not counted (n/a): {}: they are counted from assessments and case notes, which your roles do not read (§1)",
            unread.join(", ")
        ));
    }
    let count = |line: Line, id: i64| -> Option<i64> {
        counted
            .get(&line)
            .and_then(|c| c.as_ref())
            .map(|c| c.get(&id).copied().unwrap_or(0))
    };

    let mut counts = Vec::new();
    for (id, name) in &r.providers {
        for category in crate::catalogue::GOAL_CATEGORIES {
            let (Some(line), Some((target, contracts))) = (
                Line::of_category(category),
                goals.get(id).and_then(|g| g.get(category)),
            ) else {
                continue;
            };
            counts.push(Count {
                section: Section::Goals,
                line: line.name(),
                rule: line.rule(),
                provider: name.clone(),
                contracts: contracts.clone(),
                goal: Some(*target),
                count: count(line, *id),
                red_flag: false,
            });
        }
    }
    for section in [
        Section::Referrals,
        Section::Redeterminations,
        Section::FollowUp,
    ] {
        for (id, name) in &r.providers {
            for line in section.lines() {
                counts.push(Count {
                    section,
                    line: line.name(),
                    rule: line.rule(),
                    provider: name.clone(),
                    contracts: Vec::new(),
                    goal: None,
                    count: count(line, *id),
                    red_flag: line.red_flag(),
                });
            }
        }
    }
    Ok(Dashboard {
        as_of: r.window.now,
        today,
        fiscal_year: r.window.fiscal_year,
        year_start: r.window.year_start(),
        providers: r.providers.iter().map(|(_, n)| n.clone()).collect(),
        counts,
        warnings,
    })
}

/// `isets dashboard --list LINE [--provider P]`: what the line counted for the
/// providers in scope, by provider, from the statement the count is made of.
pub async fn list(
    session: &Session,
    line: Line,
    provider: Option<&str>,
    due_soon_days: u32,
) -> Result<Vec<Listed>> {
    let (mut tx, r) = reading(session, provider).await?;
    if let Some(action) = line.needs() {
        session.permit(action)?;
    }
    let all: Vec<(i64, String)> = tx
        .fetch_all(crate::sql!("SELECT id, name FROM organizations"), vec![])
        .await?;
    let names = OrganizationNames::of(session);
    let org_name = |id: i64| -> String {
        all.iter()
            .find(|(o, _)| *o == id)
            .map(|(o, n)| names.shown(*o, n))
            .unwrap_or_else(|| reach::OUTSIDE.to_string())
    };
    let provider_name = |org: i64| -> String {
        r.providers
            .iter()
            .find(|(id, _)| *id == org)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| org_name(org))
    };
    let bound = r.bound(due_soon_days);
    let (Some((family, _)), Some(statement)) = (line.family(), line.list()) else {
        let ids: Vec<i64> = r.providers.iter().map(|(id, _)| *id).collect();
        let due = staffings_due(&mut tx, &ids, r.window.today).await?;
        let mut listed: Vec<Listed> = due
            .into_iter()
            .filter(|d| line == Line::StaffingsDue || d.late)
            .map(|d| Listed {
                line: line.name(),
                customer: String::new(),
                name: String::new(),
                provider: provider_name(d.org),
                date: d.due_on.to_string(),
                detail: d.detail(),
            })
            .collect();
        listed.sort_by(|a, b| a.provider.cmp(&b.provider));
        return Ok(listed);
    };
    let rows: Vec<queries::Row> = tx.fetch_all(statement, family.args(&bound)).await?;
    let w = r.window;
    let mut listed = rows
        .into_iter()
        .map(|row| {
            let provider = provider_name(row.org);
            let (date, detail) = shown_row(line, &row, &w, due_soon_days, &org_name)?;
            Ok(Listed {
                line: line.name(),
                customer: row.individual_number.clone(),
                name: format!("{}, {}", row.last_name, row.first_name),
                provider,
                date,
                detail,
            })
        })
        .collect::<Result<Vec<Listed>>>()?;
    // By provider name, as the dashboard shows them; in each, as the statement ordered.
    listed.sort_by(|a, b| a.provider.cmp(&b.provider));
    Ok(listed)
}

/// D4: the staffings of the providers' programs due today (B1, B8).
async fn staffings_due(
    tx: &mut Tx,
    providers: &[i64],
    today: NaiveDate,
) -> Result<Vec<crate::staffing::due::Outstanding>> {
    let settings = crate::settings::Settings::load(tx).await?;
    crate::staffing::due::of_providers(tx, providers, &settings, today).await
}

/// The date a listed row counts by and the words that say what it is.
fn shown_row(
    line: Line,
    row: &queries::Row,
    w: &Window,
    due_soon_days: u32,
    org_name: &dyn Fn(i64) -> String,
) -> Result<(String, String)> {
    use Line::*;
    let missing = || Error::Internal(format!("{}: a row without its date", line.name()));
    let day = || row.day.ok_or_else(missing);
    let at = || row.at.ok_or_else(missing);
    Ok(match line {
        GoalEnrolled => (day()?.to_string(), "enrolled".into()),
        GoalActive => (day()?.to_string(), "SNAP E&T activity started".into()),
        GoalEmployed => (day()?.to_string(), "employment started".into()),
        GoalRetained90Days => {
            let started = day()?;
            let reached = started + chrono::Days::new(window::RETAINED_DAYS);
            (
                reached.to_string(),
                format!("employment started {started} kept 90 days"),
            )
        }
        GoalCredentials => (
            day()?.to_string(),
            "industry-recognized credential earned".into(),
        ),
        GoalCompletedActivity => (day()?.to_string(), "SNAP E&T activity completed".into()),
        GoalExits => (day()?.to_string(), "exited".into()),
        ReferralsSent | ReferralsReceived | ReferralsAccepted | ReferralsRejected
        | ReferralsRedFlag | ReferralsOverdue => {
            let what = row.what.as_deref().unwrap_or_default();
            let peer = row
                .peer
                .map_or_else(|| crate::orgs::IDHS.to_string(), org_name);
            let detail = match what.split_once(' ') {
                Some(("sent", kind)) => format!("referral {} ({kind}) to {peer}", row.item),
                Some((_, kind)) => format!("referral {} ({kind}) from {peer}", row.item),
                None => format!("referral {}", row.item),
            };
            (output::time(&at()?), detail)
        }
        Redeterminations60 | Redeterminations30 => {
            let on = day()?;
            (
                on.to_string(),
                format!("redetermination in {} days", (on - w.today).num_days()),
            )
        }
        AssessmentsDue | AssessmentsOverdue => {
            let wanted = |s: State| match line {
                AssessmentsDue => s == State::DueSoon,
                _ => s == State::Overdue,
            };
            let mut due: Vec<(NaiveDate, String)> = Vec::new();
            for (kind, completed) in [
                ("Initial Screening", row.day),
                ("Needs Assessment", row.other),
            ] {
                let Some(completed) = completed else { continue };
                if wanted(state::state(completed, w.today, due_soon_days)) {
                    let due_on = state::due_on(completed);
                    due.push((
                        due_on,
                        format!("{kind} completed {completed}, due {due_on}"),
                    ));
                }
            }
            let first = due.iter().map(|(d, _)| *d).min().ok_or_else(missing)?;
            (
                first.to_string(),
                due.into_iter()
                    .map(|(_, s)| s)
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        }
        NeedsAssessmentMissing | NeedsAssessmentLate => {
            let on = day()?;
            (
                on.to_string(),
                format!(
                    "enrolled {} days ago, no Needs Assessment",
                    (w.today - on).num_days()
                ),
            )
        }
        RetentionContact => {
            let started = day()?;
            let last = row.at.map(crate::clock::illinois_date);
            let due_on = crate::employment::rules::contact_due_on(started, last);
            let noted = match last.filter(|n| *n >= started) {
                Some(n) => format!("last case note {n}"),
                None => "no case note since".into(),
            };
            (
                due_on.to_string(),
                format!("Job Retention since {started}, {noted}"),
            )
        }
        StaffingsDue | StaffingsLate => return Err(missing()),
        OverridesPending | OverridesPast14Days => {
            let requested = at()?;
            let (days, _) = crate::services::rules::pending_days(
                crate::clock::illinois_date(requested),
                w.today,
            );
            (
                output::time(&requested),
                format!(
                    "override {} of cost {}, pending {days} days",
                    row.item,
                    row.peer.unwrap_or_default()
                ),
            )
        }
    })
}
