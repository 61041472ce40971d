//! B3, B4: the month lock. Once a provider manager approves a provider program's
//! staffing, the data of that month for that provider and program is locked until the
//! manager unlocks it; once billing approves, for good. Every write that adds, changes or
//! removes a record dated in a month asks [`refuse_locked`] first, inside its own
//! transaction, naming the provider's program each date belongs to: the enrollment's
//! (N6: the enrolling provider's program is the one whose staffing counts it).

use chrono::{DateTime, NaiveDate, Utc};

use crate::args;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::values::Month;

/// A date of a record, in the provider program whose staffing covers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub organization_id: i64,
    pub program_id: i64,
    pub on: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct Lock {
    id: i64,
    state: String,
    approved_by: Option<String>,
    approved_at: Option<DateTime<Utc>>,
    billed_by: Option<String>,
    billed_at: Option<DateTime<Utc>>,
}

/// Refuses (exit 6) when any of `dates` falls in a locked month of its provider program,
/// naming the staffing and who locked it. `what` says what the write would change
/// ("activity 12's start").
///
/// On PostgreSQL the staffing row is read `FOR SHARE`, so a staffing being approved at the
/// same moment waits for this write, or this write sees the approval (B3 holds under
/// concurrency); SQLite's writes are serialized already.
pub async fn refuse_locked(tx: &mut Tx, what: &str, dates: &[Dated]) -> Result<()> {
    let mut seen: Vec<(i64, i64, Month)> = Vec::new();
    for d in dates {
        let key = (d.organization_id, d.program_id, Month::containing(d.on));
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let lock: Option<Lock> = tx
            .fetch_optional(
                crate::sql!(
                    sqlite: "SELECT id, state, approved_by, approved_at, billed_by, billed_at FROM staffings \
                     WHERE organization_id = $1 AND program_id = $2 AND month = $3",
                    postgres: "SELECT id, state, approved_by, approved_at, billed_by, billed_at FROM staffings \
                     WHERE organization_id = $1 AND program_id = $2 AND month = $3 FOR SHARE"
                ),
                args![key.0, key.1, key.2.first()],
            )
            .await?;
        let Some(lock) = lock.filter(|l| l.approved_at.is_some()) else {
            continue;
        };
        return Err(refusal(tx, what, d.on, key.2, &lock).await);
    }
    Ok(())
}

async fn refusal(tx: &mut Tx, what: &str, on: NaiveDate, month: Month, lock: &Lock) -> Error {
    let names: Option<(String, i64)> = tx
        .fetch_optional(
            crate::sql!(
                "SELECT o.name, s.program_id FROM staffings s JOIN organizations o ON o.id = s.organization_id \
                 WHERE s.id = $1"
            ),
            args![lock.id],
        )
        .await
        .ok()
        .flatten();
    let program = match names {
        Some((provider, program)) => format!("{provider}'s program {program}"),
        None => format!("the program of staffing {}", lock.id),
    };
    let stamp = crate::staffing::stamp;
    let approved = format!(
        "approved {}",
        stamp(lock.approved_by.as_deref(), lock.approved_at)
    );
    if lock.state == "billed" {
        Error::PeriodLocked(format!(
            "period locked: {what}, dated {on}, falls in {} of {program}, whose staffing was {approved} \
             and billed {}: the month is final (B4); a change needs an official billing \
             amendment outside ISETS",
            month.name(),
            stamp(lock.billed_by.as_deref(), lock.billed_at)
        ))
    } else {
        Error::PeriodLocked(format!(
            "period locked: {what}, dated {on}, falls in {} of {program}, locked since its staffing \
             was {approved} (B3): the provider manager unlocks it first (`isets staffing unlock`)",
            month.name()
        ))
    }
}

/// The provider program an enrollment's records belong to.
pub async fn enrollment_program(tx: &mut Tx, enrollment_id: i64) -> Result<(i64, i64)> {
    tx.fetch_one(
        crate::sql!("SELECT organization_id, program_id FROM enrollments WHERE id = $1"),
        args![enrollment_id],
    )
    .await
}

/// `dates` of a record of an enrollment, each in the enrollment's provider program.
pub async fn in_enrollment(
    tx: &mut Tx,
    enrollment_id: i64,
    dates: impl IntoIterator<Item = NaiveDate>,
) -> Result<Vec<Dated>> {
    let (organization_id, program_id) = enrollment_program(tx, enrollment_id).await?;
    Ok(dates
        .into_iter()
        .map(|on| Dated {
            organization_id,
            program_id,
            on,
        })
        .collect())
}

/// A customer's record of no one enrollment (a status, a benefit amount, a credential)
/// dated `on` belongs to every provider program the customer was enrolled in that day.
pub async fn of_customer(tx: &mut Tx, customer_id: i64, on: NaiveDate) -> Result<Vec<Dated>> {
    let programs: Vec<(i64, i64)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT organization_id, program_id FROM enrollments WHERE customer_id = $1 \
                 AND enrolled_on <= $2 AND (exited_on IS NULL OR exited_on >= $2) ORDER BY id"
            ),
            args![customer_id, on],
        )
        .await?;
    Ok(programs
        .into_iter()
        .map(|(organization_id, program_id)| Dated {
            organization_id,
            program_id,
            on,
        })
        .collect())
}

/// Refuses a change of a record of an enrollment dated on any of `dates`.
pub async fn refuse_in_enrollment(
    tx: &mut Tx,
    what: &str,
    enrollment_id: i64,
    dates: impl IntoIterator<Item = NaiveDate>,
) -> Result<()> {
    let dated = in_enrollment(tx, enrollment_id, dates).await?;
    refuse_locked(tx, what, &dated).await
}

/// Refuses a change of a record dated on any of `dates` that belongs to an enrollment
/// when it names one, or else to the customer (see [`of_customer`]).
pub async fn refuse_in_record(
    tx: &mut Tx,
    what: &str,
    enrollment_id: Option<i64>,
    customer_id: i64,
    dates: &[NaiveDate],
) -> Result<()> {
    match enrollment_id {
        Some(id) => refuse_in_enrollment(tx, what, id, dates.iter().copied()).await,
        None => {
            let mut dated = Vec::new();
            for on in dates {
                dated.extend(of_customer(tx, customer_id, *on).await?);
            }
            refuse_locked(tx, what, &dated).await
        }
    }
}

/// Refuses a change of a customer's record dated `on` (see [`of_customer`]).
pub async fn refuse_for_customer(
    tx: &mut Tx,
    what: &str,
    customer_id: i64,
    on: NaiveDate,
) -> Result<()> {
    let dated = of_customer(tx, customer_id, on).await?;
    refuse_locked(tx, what, &dated).await
}
