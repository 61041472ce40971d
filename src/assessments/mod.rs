//! Assessments (DOMAIN.md §6): the Universal Assessment's Initial Screening and Needs
//! Assessment (A1), each dated the day it was completed and current for 12 months (A2),
//! entered by a provider or by IDHS; a check for a more recent one entered elsewhere
//! (A4); and the Initial Screening's answers that programs are matched on
//! (`isets customer recommend`).
//!
//! Referrals (F2) and enrollment ask [`require_current_screening`] (or
//! [`current_screening`]) for the customer's current Initial Screening on a date.

pub mod add;
pub mod answers;
pub mod list;
pub mod recommend;
pub mod score;
pub mod state;

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::args;
use crate::customers::reach;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::session::Session;

pub use answers::{Answers, Availability, Barrier, Education};
pub use state::State;

/// The two parts of the Universal Assessment (A1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The Initial Screening: eligibility and suitability; needed before a referral is
    /// sent and before enrollment (A1).
    Initial,
    /// The Needs Assessment Survey.
    Needs,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Initial => "initial",
            Kind::Needs => "needs",
        }
    }

    /// As the manual names it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Initial => "Initial Screening",
            Kind::Needs => "Needs Assessment",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Kind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Kind> {
        match s {
            "initial" => Ok(Kind::Initial),
            "needs" => Ok(Kind::Needs),
            other => Err(Error::Internal(format!(
                "unknown assessment kind {other:?}"
            ))),
        }
    }
}

/// An assessment with its state (A2) on the day it is read.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    #[serde(skip)]
    pub organization_id: Option<i64>,
    pub id: i64,
    pub kind: Kind,
    /// A2: the day it was completed, not the day it was entered.
    pub completed_on: NaiveDate,
    pub state: State,
    /// A2: reviewed at least every 6 months.
    pub review_on: NaiveDate,
    /// A2: the first day it is overdue, 12 months after it was completed.
    pub due_on: NaiveDate,
    /// The provider that entered it, IDHS, or "(outside your reach)".
    pub organization: String,
    pub entered_by: String,
    pub entered_at: DateTime<Utc>,
    /// The Initial Screening's answers; none for a Needs Assessment.
    pub screening: Option<Answers>,
}

impl Tabular for Assessment {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "kind",
            "completed_on",
            "state",
            "review_on",
            "due_on",
            "organization",
            "entered_by",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "id",
            "kind",
            "completed_on",
            "state",
            "review_on",
            "due_on",
            "organization",
            "entered_by",
            "entered_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.kind.name().to_string(),
            self.completed_on.to_string(),
            self.state.to_string(),
            self.review_on.to_string(),
            self.due_on.to_string(),
            self.organization.clone(),
            self.entered_by.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// A1: a customer's current Initial Screening, for the referral and enrollment rules
/// that need one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Screening {
    pub assessment_id: i64,
    pub completed_on: NaiveDate,
    /// The first day it is no longer current (A2).
    pub due_on: NaiveDate,
    /// The provider that entered it; `None` when IDHS staff entered it for IDHS.
    pub organization_id: Option<i64>,
    pub answers: Answers,
}

/// One stored assessment with its screening answers, if any.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct Row {
    pub id: i64,
    pub organization_id: Option<i64>,
    pub organization: String,
    pub kind: String,
    pub completed_on: NaiveDate,
    pub entered_by: String,
    pub entered_at: DateTime<Utc>,
    pub county: Option<String>,
    pub availability: Option<String>,
    pub education: Option<String>,
    pub desired_soc: Option<String>,
    pub desired_occupation: Option<String>,
}

impl Row {
    fn answers(&self, barriers: &[(i64, String)]) -> Result<Option<Answers>> {
        let (Some(county), Some(availability), Some(education)) =
            (&self.county, &self.availability, &self.education)
        else {
            return Ok(None);
        };
        let mut listed = barriers
            .iter()
            .filter(|(id, _)| *id == self.id)
            .map(|(_, b)| b.parse())
            .collect::<Result<Vec<Barrier>>>()?;
        listed.sort();
        Ok(Some(Answers {
            county: county.clone(),
            availability: availability.parse()?,
            education: education.parse()?,
            desired_soc: self.desired_soc.clone(),
            desired_occupation: self.desired_occupation.clone(),
            barriers: listed,
        }))
    }
}

/// Every assessment of a customer, oldest first, with the screenings' answers.
pub(crate) async fn rows(tx: &mut Tx, customer_id: i64) -> Result<Vec<(Row, Option<Answers>)>> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(
                "SELECT a.id, a.organization_id, coalesce(o.name, '') AS organization, a.kind, a.completed_on, \
                 a.entered_by, a.entered_at, s.county, s.availability, s.education, s.desired_soc, s.desired_occupation \
                 FROM assessments a LEFT JOIN organizations o ON o.id = a.organization_id \
                 LEFT JOIN assessment_screenings s ON s.assessment_id = a.id \
                 WHERE a.customer_id = $1 ORDER BY a.completed_on, a.id"
            ),
            args![customer_id],
        )
        .await?;
    let barriers: Vec<(i64, String)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT assessment_id, barrier FROM assessment_barriers WHERE customer_id = $1 \
                 ORDER BY assessment_id, barrier"
            ),
            args![customer_id],
        )
        .await?;
    rows.into_iter()
        .map(|r| {
            let answers = r.answers(&barriers)?;
            Ok((r, answers))
        })
        .collect()
}

/// A1: the customer's current Initial Screening on `on`: the newest one completed by
/// then, if it is under 12 months old (A2). The customer is one the caller reached
/// (`reach::find`) in the same transaction.
pub async fn current_screening(
    tx: &mut Tx,
    customer_id: i64,
    on: NaiveDate,
) -> Result<Option<Screening>> {
    let newest = rows(tx, customer_id)
        .await?
        .into_iter()
        .rfind(|(r, _)| r.kind == Kind::Initial.code() && r.completed_on <= on);
    Ok(newest.and_then(|(r, answers)| {
        let answers = answers?;
        state::is_current(r.completed_on, on).then(|| Screening {
            assessment_id: r.id,
            completed_on: r.completed_on,
            due_on: state::due_on(r.completed_on),
            organization_id: r.organization_id,
            answers,
        })
    }))
}

/// A1: [`current_screening`], or the refusal that names the rule: an Initial Screening
/// is required (and must be under 12 months old, A2) before `what` ("a referral is
/// sent", "enrollment").
pub async fn require_current_screening(
    tx: &mut Tx,
    customer_id: i64,
    on: NaiveDate,
    what: &str,
) -> Result<Screening> {
    current_screening(tx, customer_id, on).await?.ok_or_else(|| {
        Error::rule(
            "A1",
            format!(
                "the customer has no current Initial Screening on {on} (completed within the last 12 months, A2): \
                 one is required before {what}; add it with `isets assessment add CUSTOMER --initial`"
            ),
        )
    })
}

/// A customer's assessments as the operator sees them, oldest first, each with its
/// state on `today` (A2): only the newest of each kind has a live state, older ones are
/// superseded (A5).
pub(crate) fn with_states(
    session: &Session,
    rows: Vec<(Row, Option<Answers>)>,
    today: NaiveDate,
    due_soon_days: u32,
) -> Result<Vec<Assessment>> {
    let newest = |kind: &str| {
        rows.iter()
            .rev()
            .find(|(r, _)| r.kind == kind)
            .map(|(r, _)| r.id)
    };
    let newest = [newest(Kind::Initial.code()), newest(Kind::Needs.code())];
    let names = reach::OrganizationNames::of(session);
    rows.iter()
        .map(|(r, answers)| {
            let state = if newest.contains(&Some(r.id)) {
                state::state(r.completed_on, today, due_soon_days)
            } else {
                State::Superseded
            };
            Ok(Assessment {
                organization_id: r.organization_id,
                id: r.id,
                kind: r.kind.parse()?,
                completed_on: r.completed_on,
                state,
                review_on: state::review_on(r.completed_on),
                due_on: state::due_on(r.completed_on),
                organization: names.shown_or_idhs(r.organization_id, &r.organization),
                entered_by: r.entered_by.clone(),
                entered_at: r.entered_at,
                screening: answers.clone(),
            })
        })
        .collect()
}
