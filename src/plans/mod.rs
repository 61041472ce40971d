//! The Employment Plan (DOMAIN.md §9): its goals (E1) and activities (E2–E6), and the
//! enrollment they sit in (N1–N6). Enrollment (N3: the default goal and the planned
//! activities chosen) and the activity commands add activities through [`activity::add`],
//! the one place the rules of adding one are enforced.

pub mod activity;
pub mod rules;

use chrono::NaiveDate;

use crate::args;
use crate::db::{Backend, Tx};
use crate::error::{Error, Result};
use crate::named::named;

named! {
    /// E1: a goal's category. **Assumption**: the manuals show only "Career Plan" (000);
    /// the others are the usual headings of an employment plan.
    GoalCategory {
        CareerPlan = ("career-plan", "Career Plan"),
        Education = ("education", "Education"),
        Employment = ("employment", "Employment"),
        Training = ("training", "Training"),
        Personal = ("personal", "Personal"),
    }
}

named! {
    /// E1: short or long term.
    GoalTerm {
        Short = ("short", "Short Term"),
        Long = ("long", "Long Term"),
    }
}

named! {
    /// E1: a goal's status. **Assumption**: the manuals name "Not Started" and "On Track"
    /// ("…" for the rest, 002); the others close a goal either way.
    GoalStatus {
        NotStarted = ("not-started", "Not Started"),
        OnTrack = ("on-track", "On Track"),
        OffTrack = ("off-track", "Off Track"),
        Achieved = ("achieved", "Achieved"),
        NotAchieved = ("not-achieved", "Not Achieved"),
    }
}

named! {
    /// E2: an activity's status.
    ActivityStatus {
        Planned = ("planned", "Planned/Not Started"),
        Started = ("started", "Started/Open"),
        Successful = ("successful", "Successful Completion"),
        Unsuccessful = ("unsuccessful", "Unsuccessful Completion"),
    }
}

impl ActivityStatus {
    /// Planned or started: what N4 and E3 count as on the plan now.
    pub fn open(self) -> bool {
        matches!(self, ActivityStatus::Planned | ActivityStatus::Started)
    }
}

/// A stored code read back; a value the schema's checks let in always parses.
pub(crate) fn stored<T: std::str::FromStr<Err = String>>(field: &str, value: &str) -> Result<T> {
    value
        .parse()
        .map_err(|why| Error::Internal(format!("stored {field} {value:?} {why}")))
}

/// An enrollment as the plan's rules need it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Enrollment {
    pub id: i64,
    pub customer_id: i64,
    /// The enrolling provider (N6).
    pub organization_id: i64,
    pub program_id: i64,
    pub location_id: i64,
    pub enrolled_on: NaiveDate,
    pub exited_on: Option<NaiveDate>,
}

impl Enrollment {
    /// A date of one of its records, in the provider program whose staffing covers it
    /// (B3).
    pub fn dated(&self, on: NaiveDate) -> crate::locks::Dated {
        crate::locks::Dated {
            organization_id: self.organization_id,
            program_id: self.program_id,
            on,
        }
    }

    pub async fn load(tx: &mut Tx, id: i64) -> Result<Option<Enrollment>> {
        tx.fetch_optional(
            crate::sql!(
                "SELECT id, customer_id, organization_id, program_id, location_id, enrolled_on, exited_on \
                 FROM enrollments WHERE id = $1"
            ),
            args![id],
        )
        .await
    }

    /// The customer's open enrollments (not exited), oldest first.
    pub async fn open_of(tx: &mut Tx, customer_id: i64) -> Result<Vec<Enrollment>> {
        tx.fetch_all(
            crate::sql!(
                "SELECT id, customer_id, organization_id, program_id, location_id, enrolled_on, exited_on \
                 FROM enrollments WHERE customer_id = $1 AND exited_on IS NULL ORDER BY enrolled_on, id"
            ),
            args![customer_id],
        )
        .await
    }
}

/// The type of program `program_id` (M4: how long Job Retention lasts in it). A provider
/// acting as an activity's service provider may not read another provider's program
/// (PostgreSQL's row-level security); it is then taken as a SNAP E&T program of 90 days,
/// the shorter limit, so that no backend lets a longer plan through.
pub async fn program_type_of(tx: &mut Tx, program_id: i64) -> Result<String> {
    let found: Option<(String,)> = tx
        .fetch_optional(
            crate::sql!("SELECT program_type FROM programs WHERE id = $1"),
            args![program_id],
        )
        .await?;
    Ok(found.map_or_else(|| "snap-jp".to_string(), |(t,)| t))
}

/// Serializes the writes that change one customer's plan, so that two at once cannot
/// both pass a check over the plan (N4, E3) and then both write. SQLite writes one
/// transaction at a time already; PostgreSQL takes a transaction-scoped advisory lock
/// on the customer (the role needs no privilege on `customers` for it).
pub async fn lock_customer(tx: &mut Tx, customer_id: i64) -> Result<()> {
    if tx.backend() == Backend::Postgres {
        let _: (i64,) = tx
            .fetch_one(
                crate::sql!(postgres: "SELECT CAST(1 AS BIGINT) FROM (SELECT pg_advisory_xact_lock(hashtextextended('isets.plan', $1))) l"),
                args![customer_id],
            )
            .await?;
    }
    Ok(())
}
