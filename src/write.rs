//! The one path every write takes: open the transaction with a [`Permit`], change,
//! record each change, then commit the changes together with their audit records (or
//! roll back for `--dry-run`).

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use serde::Serialize;

use crate::audit::{self, Change};
use crate::db::{Db, Tx};
use crate::error::Result;
use crate::operator::Permit;

/// Options every writing command accepts.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Do everything, then roll back, reporting what would have changed.
    pub dry_run: bool,
    /// Recorded with each audit record (`--reason`).
    pub reason: Option<String>,
}

/// A write that finished, or stopped before writing because the operator must confirm
/// something first (U4: a person already listed elsewhere). Asking is the command's
/// business; the core only says what needs confirming.
#[derive(Debug)]
pub enum Step<T> {
    Done(T),
    Confirm(String),
}

/// What a finished write did (or, for a dry run, would have done).
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub dry_run: bool,
    pub changes: Vec<Change>,
}

/// An open write: changes made through [`Write::tx`] and recorded with
/// [`Write::record`] are committed together with their audit records, or not at all.
pub struct Write {
    tx: Tx,
    changes: Vec<Change>,
    operator: String,
    command_line: String,
    at: DateTime<Utc>,
}

impl Write {
    /// Opens a write for an operator who holds a permit. The time of the write is the
    /// database's on PostgreSQL (see [`crate::clock`]).
    pub(crate) async fn begin(
        db: &Db,
        _permit: &Permit,
        operator: &str,
        command_line: &str,
    ) -> Result<Write> {
        let mut tx = db.begin(true).await?;
        let at = database_now(&mut tx).await?;
        Ok(Write {
            tx,
            changes: Vec::new(),
            operator: operator.to_string(),
            command_line: command_line.to_string(),
            at,
        })
    }

    pub(crate) fn tx(&mut self) -> &mut Tx {
        &mut self.tx
    }

    /// The time every row and audit record of this write carries.
    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    /// The date of this write where the operator is: the date rules are judged on.
    pub fn today(&self) -> NaiveDate {
        crate::clock::illinois_date(self.at)
    }

    /// The operator's username, for `added_by`/`removed_by` columns.
    pub fn operator(&self) -> &str {
        &self.operator
    }

    pub(crate) fn record(&mut self, change: Change) {
        self.changes.push(change);
    }

    pub async fn finish(mut self, options: &WriteOptions) -> Result<Outcome> {
        let ctx = audit::Context {
            at: self.at,
            operator: &self.operator,
            command: &self.command_line,
            reason: options.reason.as_deref(),
        };
        audit::append(&mut self.tx, &ctx, &self.changes).await?;
        tracing::info!(
            changes = self.changes.len(),
            dry_run = options.dry_run,
            "finishing write"
        );
        if options.dry_run {
            self.tx.rollback().await?;
        } else {
            self.tx.commit().await?;
        }
        Ok(Outcome {
            dry_run: options.dry_run,
            changes: self.changes,
        })
    }
}

/// The time of the transaction: the database's on PostgreSQL, this machine's on SQLite.
pub(crate) async fn database_now(tx: &mut Tx) -> Result<DateTime<Utc>> {
    match tx.backend() {
        crate::db::Backend::Sqlite => Ok(crate::clock::now()),
        crate::db::Backend::Postgres => {
            let (at,): (DateTime<Utc>,) = tx
                .fetch_one(crate::clock::database_now_sql(), vec![])
                .await?;
            Ok(at.trunc_subsecs(6))
        }
    }
}

impl crate::output::Report for Outcome {
    type Row = ChangeRow;
    fn dry_run(&self) -> bool {
        self.dry_run
    }
    fn lines(&self) -> Vec<String> {
        self.changes.iter().map(Change::line).collect()
    }
    fn rows(&self) -> Vec<ChangeRow> {
        self.changes.iter().map(ChangeRow::from).collect()
    }
}

/// One change as a CSV row: the before and after records as compact JSON.
#[derive(Serialize)]
pub struct ChangeRow {
    action: String,
    entity: String,
    before: String,
    after: String,
}

impl From<&Change> for ChangeRow {
    fn from(c: &Change) -> ChangeRow {
        let show =
            |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_default();
        ChangeRow {
            action: c.action.to_string(),
            entity: format!("{}:{}", c.entity_kind, c.entity_id),
            before: show(&c.before),
            after: show(&c.after),
        }
    }
}

impl crate::output::Tabular for ChangeRow {
    fn headers() -> Vec<&'static str> {
        vec!["action", "entity", "before", "after"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.action.clone(),
            self.entity.clone(),
            self.before.clone(),
            self.after.clone(),
        ]
    }
    fn key(&self) -> String {
        self.entity.clone()
    }
}
