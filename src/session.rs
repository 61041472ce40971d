//! A command's connection to the database as a known operator, and the one path every
//! write takes: check, open the transaction, change, audit, then commit (or roll back
//! for `--dry-run`).

use chrono::{DateTime, Utc};

use crate::audit::{self, Change};
use crate::db::{Db, Tx};
use crate::error::Result;
use crate::operator::Operator;

/// Options every writing command accepts.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Do everything, then roll back, reporting what would have changed.
    pub dry_run: bool,
    /// Recorded with each audit record (`--reason`).
    pub reason: Option<String>,
}

pub struct Session {
    pub db: Db,
    pub operator: Operator,
    /// The redacted command line, recorded with every audit record.
    pub command_line: String,
}

impl Session {
    /// Resolves the operator on a database whose schema is current.
    pub async fn open(
        db: Db,
        requested_operator: Option<&str>,
        command_line: String,
    ) -> Result<Session> {
        crate::db::migrate::ensure_current(&db).await?;
        let login = crate::operator::identity(&db, requested_operator).await?;
        let mut tx = db.begin(false).await?;
        let operator = Operator::load(&mut tx, &login).await?;
        tx.rollback().await?;
        tracing::debug!(operator = %operator.username, listings = operator.listings.len(), "operator identified");
        Ok(Session {
            db,
            operator,
            command_line,
        })
    }

    /// A read-only view: one transaction, rolled back when dropped.
    pub async fn read(&self) -> Result<Tx> {
        self.db.begin(false).await
    }

    pub async fn write(&self) -> Result<Write> {
        Write::begin(&self.db, &self.operator.username, &self.command_line).await
    }
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

/// What a finished write did (or, for a dry run, would have done).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Outcome {
    pub dry_run: bool,
    pub changes: Vec<Change>,
}

impl Write {
    pub async fn begin(db: &Db, operator: &str, command_line: &str) -> Result<Write> {
        Ok(Write {
            tx: db.begin(true).await?,
            changes: Vec::new(),
            operator: operator.to_string(),
            command_line: command_line.to_string(),
            at: crate::clock::now(),
        })
    }

    pub fn tx(&mut self) -> &mut Tx {
        &mut self.tx
    }

    /// The time every row and audit record of this write carries.
    pub fn at(&self) -> DateTime<Utc> {
        self.at
    }

    /// The operator's username, for `added_by`/`removed_by` columns.
    pub fn operator(&self) -> &str {
        &self.operator
    }

    pub fn record(&mut self, change: Change) {
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
