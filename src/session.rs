//! A command's connection to the database as a known operator. Every scoped read and
//! every write starts here, after a permission check: [`Session::authorize`] gives the
//! [`Permit`] that opening a write asks for.

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::{Db, Tx};
use crate::error::Result;
use crate::operator::{Operator, Permit};
use crate::permissions::Action;
use crate::write::Write;

pub struct Session {
    db: Db,
    operator: Operator,
    /// The redacted command line, recorded with every audit record.
    command_line: String,
    /// When the session opened, by the clock writes use (the database's on PostgreSQL).
    now: DateTime<Utc>,
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
        if db.backend() == crate::db::Backend::Postgres {
            refuse_bypassing_login(&mut tx).await?;
        }
        let now = crate::write::database_now(&mut tx).await?;
        let operator = Operator::load(&mut tx, &login, crate::clock::illinois_date(now)).await?;
        tx.rollback().await?;
        tracing::debug!(operator = %operator.username, listings = operator.listings.len(), "operator identified");
        Ok(Session {
            db,
            operator,
            command_line,
            now,
        })
    }

    pub fn operator(&self) -> &Operator {
        &self.operator
    }

    /// Today where the operator is, by the session's clock.
    pub fn today(&self) -> NaiveDate {
        crate::clock::illinois_date(self.now)
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Checks `action` on an organization (`Some((id, name))`) or statewide (`None`).
    pub fn authorize(&self, action: Action, organization: Option<(i64, &str)>) -> Result<Permit> {
        self.operator.authorize(action, organization)
    }

    /// Where the operator may take `action`: statewide or their own providers.
    pub fn permit(&self, action: Action) -> Result<Permit> {
        self.operator.permit(action)
    }

    /// A read-only view: one transaction, rolled back when dropped.
    pub(crate) async fn read(&self) -> Result<Tx> {
        self.db.begin(false).await
    }

    /// Opens the one write path; the permit proves a permission check ran.
    pub(crate) async fn write(&self, permit: &Permit) -> Result<Write> {
        Write::begin(
            &self.db,
            permit,
            &self.operator.username,
            &self.command_line,
        )
        .await
    }

    /// The database this session works on.
    pub(crate) fn db(&self) -> &Db {
        &self.db
    }

    pub async fn close(self) {
        self.db.close().await;
    }
}

/// Operators are never the owner, a superuser or BYPASSRLS: such a login would pass
/// every policy, so the database would no longer check what the binary checks.
async fn refuse_bypassing_login(tx: &mut Tx) -> Result<()> {
    let crate::db::roles::SessionLogin {
        login, bypasses, ..
    } = crate::db::roles::session_login(tx).await?;
    if bypasses {
        return Err(crate::Error::PermissionDenied(format!(
            "login {login} bypasses row-level security (superuser, BYPASSRLS or the database owner): \
             operators connect with their own login (SECURITY.md)"
        )));
    }
    Ok(())
}
