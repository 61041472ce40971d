//! The monthly reports of a provider's program (DOMAIN.md §13, B5, B6; §15, R1, R2):
//! the 4333 roster ([`roster`]), the Employment Report ([`employment`]), the Supportive
//! Services Summary ([`support`]) and the Earnfare Referral and Attendance Summary, the
//! 2606 ([`earnfare`]). Each reads the same tables the commands write, judged as of the
//! month asked for, and returns a [`Report`] that [`file`] writes or the command line
//! prints.
//!
//! Every report is a read for those §1 lets read reports (`Action::Reports`): statewide
//! roles any provider, provider roles only their own, another provider reading as not
//! found. A report writes nothing, so it has no audit record. It names customers by
//! individual number and name; no SSN digit is ever shown.

pub mod earnfare;
pub mod employment;
pub mod file;
pub mod pptt;
pub mod roster;
pub mod support;
pub mod table;

pub use file::{Destination, FileFormat};
pub use table::{Column, Kind, Report, Row, Table, Value};

use chrono::{DateTime, Utc};

use crate::db::{Arg, Tx};
use crate::error::Result;
use crate::operator::Permit;
use crate::permissions::Action;
use crate::session::Session;
use crate::values::Month;

/// What a monthly report is of: a provider's program in a month.
#[derive(Debug, Clone)]
pub struct Period {
    pub provider_id: i64,
    pub provider: String,
    pub program_id: i64,
    /// `snap-jp`, `snap-to-success` or `earnfare`.
    pub program_type: String,
    pub month: Month,
    /// The operator's permit to read reports, for [`Period::visible`].
    pub(crate) permit: Permit,
}

impl Period {
    /// The parameters every monthly report shows.
    pub fn parameters(&self) -> Vec<(&'static str, Value)> {
        vec![
            ("provider", self.provider.as_str().into()),
            ("program", self.program_id.into()),
            ("program_type", self.program_type.as_str().into()),
            ("month", self.month.to_string().into()),
        ]
    }

    /// Which of `customers` the operator reaches (§1): all of them for a statewide role;
    /// for a provider role, those its listings reach (a listing limited to some
    /// locations, the Integrated Resource Team), as `reach::find` and the PostgreSQL
    /// policies judge it, so a report lists the same customers on both databases. One
    /// statement for the whole list.
    pub async fn visible(
        &self,
        session: &Session,
        tx: &mut Tx,
        customers: &[i64],
    ) -> Result<std::collections::BTreeSet<i64>> {
        if self.permit.is_statewide() {
            return Ok(customers.iter().copied().collect());
        }
        let reach = crate::customers::reach::of(session, tx, &self.permit).await?;
        let [s, l, t] = reach.args();
        let found: Vec<(i64,)> = tx
            .fetch_all(
                crate::sql!(
                    sqlite: concat!(
                        "SELECT c.id FROM customers c WHERE c.id IN (SELECT value FROM json_each($1)) AND ",
                        crate::within_reach!(sqlite, "2", "3", "4")
                    ),
                    postgres: concat!(
                        "SELECT c.id FROM customers c WHERE c.id = ANY($1) AND ",
                        crate::within_reach!(postgres, "2", "3", "4")
                    ),
                ),
                vec![Arg::ints(customers.iter().copied()), s, l, t],
            )
            .await?;
        Ok(found.into_iter().map(|(id,)| id).collect())
    }

    /// `rows` without those of customers the operator does not reach ([`Period::visible`]).
    pub(crate) async fn keep_visible<T>(
        &self,
        session: &Session,
        tx: &mut Tx,
        rows: Vec<T>,
        customer: impl Fn(&T) -> i64,
    ) -> Result<Vec<T>> {
        let ids: Vec<i64> = rows.iter().map(&customer).collect();
        let seen = self.visible(session, tx, &ids).await?;
        Ok(rows
            .into_iter()
            .filter(|r| seen.contains(&customer(r)))
            .collect())
    }

    /// "Acme Works, program 1 (snap-jp), July 2024".
    pub fn describe(&self) -> String {
        format!(
            "{}, program {} ({}), {}",
            self.provider,
            self.program_id,
            self.program_type,
            self.month.name()
        )
    }
}

/// Checks that the operator may read reports of `provider` and that `program` is one of
/// its programs. A provider outside a provider role's reach reads as not found (§1), as
/// does a program that is not the provider's.
pub async fn period(
    session: &Session,
    tx: &mut Tx,
    provider: &str,
    program: i64,
    month: Month,
) -> Result<Period> {
    let permit = session.permit(Action::Reports)?;
    small_page_cache(tx).await?;
    let (org, program_type) =
        crate::providers::program_in_reach(tx, &permit, provider, program).await?;
    Ok(Period {
        provider_id: org.id,
        provider: org.name,
        program_id: program,
        program_type,
        month,
        permit,
    })
}

/// PostgreSQL compiles a statement whose estimated cost passes `jit_above_cost` before
/// running it; a report's lookups, each estimated with the row-level-security policies
/// on every table it reads, pass it on a large database although they run in a few
/// milliseconds, and the compiling took 300 ms of a 5,000-customer roster
/// (`scripts/bench-reports`). Off for the rest of the transaction it is called in.
pub(crate) async fn without_jit(tx: &mut Tx) -> Result<()> {
    if tx.backend() == crate::db::Backend::Postgres {
        tx.execute(crate::sql!(postgres: "SET LOCAL jit = off"), vec![])
            .await?;
    }
    Ok(())
}

/// SQLite: a report or the dashboard reads tens of megabytes of pages once. The
/// connection's 64 MiB page cache, made for large writes, would take fresh memory for
/// each of them (a page fault apiece); SQLite's default of 2 MiB reuses its pages. It
/// read the 4333 of 100,000 customers in two thirds of the time (`scripts/bench-reports`)
/// and took about 100 ms of system time off the dashboard (`scripts/bench-dashboard`).
/// The command ends with its reading, so the connection keeps it.
pub(crate) async fn small_page_cache(tx: &mut Tx) -> Result<()> {
    if tx.backend() == crate::db::Backend::Sqlite {
        tx.execute(crate::sql!(sqlite: "PRAGMA cache_size = -2000"), vec![])
            .await?;
    }
    Ok(())
}

/// The month's bounds as moments: its first day's midnight in Illinois and the next
/// month's (T1: a status change is dated by the Illinois day it was made on).
pub fn moments(month: Month) -> (DateTime<Utc>, DateTime<Utc>) {
    let midnight = |day: chrono::NaiveDate| {
        day.and_hms_opt(0, 0, 0)
            .and_then(|t| t.and_local_timezone(crate::clock::ZONE).earliest())
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    };
    (midnight(month.first()), midnight(month.next().first()))
}

/// The values the month binds in the reports' statements: first day, last day, and the
/// two moments of [`moments`].
pub(crate) fn month_args(month: Month) -> [Arg; 4] {
    let (start, end) = moments(month);
    [
        Arg::from(month.first()),
        Arg::from(month.last()),
        Arg::from(start),
        Arg::from(end),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn t1_a_month_starts_and_ends_at_midnight_in_illinois() {
        let july = Month::parse("--month", "2024-07").expect("month");
        let (start, end) = moments(july);
        assert_eq!(start.to_rfc3339(), "2024-07-01T05:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2024-08-01T05:00:00+00:00");
        let january = Month::parse("--month", "2025-01").expect("month");
        assert_eq!(moments(january).0.to_rfc3339(), "2025-01-01T06:00:00+00:00");
    }
}
