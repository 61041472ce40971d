//! The two real databases behind one small dispatch: SQLite (embedded default) and
//! PostgreSQL (shared). Queries are written once with `$n` placeholders, which both
//! drivers accept, and bound through [`Arg`] so dates and timestamps keep their native
//! types on each backend.

pub mod migrate;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{FromRow, PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::error::{Error, Result};

/// How long a SQLite command waits for another writer before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl std::fmt::Display for Backend {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        })
    }
}

impl Backend {
    pub fn of_url(url: &str) -> Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(Error::invalid(
                "database url",
                &crate::redact::url(url),
                "is neither sqlite://PATH nor postgres://…",
            ))
        }
    }
}

/// A connection pool to one of the two backends.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// The file a `sqlite:` url names, if it names one (not `:memory:`).
pub fn sqlite_path(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or(url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    if path.is_empty() || path == ":memory:" {
        None
    } else {
        Some(PathBuf::from(path))
    }
}

impl Db {
    /// Connects to `url`. A SQLite file is created only when `create` is set (`init`,
    /// `db migrate`); every other command refuses a database that does not exist.
    pub async fn connect(url: &str, create: bool) -> Result<Db> {
        let backend = Backend::of_url(url)?;
        tracing::debug!(%backend, url = %crate::redact::url(url), create, "connecting");
        match backend {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(|e| Error::invalid("database url", url, e))?;
                if let Some(path) = sqlite_path(url) {
                    if !path.exists() && !create {
                        return Err(Error::SchemaMismatch(format!(
                            "no database at {}: run `isets init` to create one",
                            path.display()
                        )));
                    }
                    ensure_parent(&path)?;
                }
                let options = options
                    .create_if_missing(create)
                    .foreign_keys(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(SQLITE_BUSY_TIMEOUT)
                    // A page cache of 64 MiB (the default is 2 MiB) keeps the indexes a
                    // large apply or import walks in memory.
                    .pragma("cache_size", "-65536");
                let pool = SqlitePoolOptions::new()
                    .max_connections(4)
                    .connect_with(options)
                    .await?;
                Ok(Db::Sqlite(pool))
            }
            Backend::Postgres => {
                let options = PgConnectOptions::from_str(url)
                    .map_err(|e| Error::invalid("database url", &crate::redact::url(url), e))?;
                // One direct attempt first: a refused or misnamed server fails at once
                // instead of the pool retrying until its timeout.
                let probe =
                    <sqlx::PgConnection as sqlx::Connection>::connect_with(&options).await?;
                sqlx::Connection::close(probe).await?;
                let pool = PgPoolOptions::new()
                    .max_connections(4)
                    .acquire_timeout(Duration::from_secs(30))
                    .connect_lazy_with(options);
                Ok(Db::Postgres(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Opens a transaction. On SQLite writers take the write lock up front
    /// (`BEGIN IMMEDIATE`) so two writers queue on the busy timeout instead of one
    /// failing when it upgrades a read lock.
    pub async fn begin(&self, write: bool) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => {
                let tx = if write {
                    pool.begin_with("BEGIN IMMEDIATE").await?
                } else {
                    pool.begin().await?
                };
                Tx::Sqlite(tx)
            }
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

fn ensure_parent(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
        && !parent.exists()
    {
        std::fs::create_dir_all(parent).map_err(|e| {
            Error::DatabaseUnavailable(format!("cannot create {}: {e}", parent.display()))
        })?;
    }
    Ok(())
}

/// `$start, $start+1, …`: `n` placeholders for a statement the core builds.
pub fn placeholders(start: usize, n: usize) -> String {
    (start..start + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A bound query parameter with its type, so NULLs are typed too.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(Option<String>),
    Int(Option<i64>),
    Bool(Option<bool>),
    Date(Option<NaiveDate>),
    Time(Option<DateTime<Utc>>),
    /// A wall-clock local time (appointments).
    LocalTime(Option<NaiveDateTime>),
}

macro_rules! arg_from {
    ($variant:ident, $ty:ty) => {
        impl From<$ty> for Arg {
            fn from(v: $ty) -> Arg {
                Arg::$variant(Some(v.into()))
            }
        }
        impl From<Option<$ty>> for Arg {
            fn from(v: Option<$ty>) -> Arg {
                Arg::$variant(v.map(Into::into))
            }
        }
    };
}
arg_from!(Text, String);
arg_from!(Text, &str);
arg_from!(Int, i64);
arg_from!(Bool, bool);
arg_from!(Date, NaiveDate);
arg_from!(Time, DateTime<Utc>);
arg_from!(LocalTime, NaiveDateTime);

impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(Some(v.clone()))
    }
}
impl From<Option<&String>> for Arg {
    fn from(v: Option<&String>) -> Arg {
        Arg::Text(v.cloned())
    }
}

/// Builds a `Vec<Arg>` from values of mixed types.
#[macro_export]
macro_rules! args {
    ($($value:expr),* $(,)?) => {
        vec![$($crate::db::Arg::from($value)),*]
    };
}

/// A row type decodable from both backends (derive `sqlx::FromRow`, or a tuple).
pub trait Record:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> Record for T where
    T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

macro_rules! bind_all {
    ($query:expr, $args:expr) => {{
        let mut q = $query;
        for arg in $args {
            q = match arg {
                Arg::Text(v) => q.bind(v),
                Arg::Int(v) => q.bind(v),
                Arg::Bool(v) => q.bind(v),
                Arg::Date(v) => q.bind(v),
                Arg::Time(v) => q.bind(v),
                Arg::LocalTime(v) => q.bind(v),
            };
        }
        q
    }};
}

/// An open transaction on either backend. Reads and writes both go through one, so a
/// command sees one consistent state; dropping it without `commit` rolls back.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn fetch_all<T: Record>(
        &mut self,
        sql: &'static str,
        args: Vec<Arg>,
    ) -> Result<Vec<T>> {
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sql), args)
                    .fetch_all(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sql), args)
                    .fetch_all(&mut **tx)
                    .await?
            }
        })
    }

    pub async fn fetch_optional<T: Record>(
        &mut self,
        sql: &'static str,
        args: Vec<Arg>,
    ) -> Result<Option<T>> {
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sql), args)
                    .fetch_optional(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sql), args)
                    .fetch_optional(&mut **tx)
                    .await?
            }
        })
    }

    pub async fn fetch_one<T: Record>(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<T> {
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sql), args)
                    .fetch_one(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sql), args)
                    .fetch_one(&mut **tx)
                    .await?
            }
        })
    }

    /// A query whose text the core built from fixed pieces and `$n` placeholders (a
    /// list of ids); no value is ever part of the text.
    pub async fn fetch_all_generated<T: Record>(
        &mut self,
        sql: String,
        args: Vec<Arg>,
    ) -> Result<Vec<T>> {
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(sql)), args)
                    .fetch_all(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(sqlx::AssertSqlSafe(sql)), args)
                    .fetch_all(&mut **tx)
                    .await?
            }
        })
    }

    /// Runs a statement and returns the number of rows it touched.
    pub async fn execute(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<u64> {
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query(sql), args)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
            Tx::Postgres(tx) => bind_all!(sqlx::query(sql), args)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
        })
    }

    /// Runs a statement whose text the core built from fixed pieces and `$n`
    /// placeholders (multi-row inserts); no value is ever part of the text.
    pub async fn execute_generated(&mut self, sql: String, args: Vec<Arg>) -> Result<u64> {
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query(sqlx::AssertSqlSafe(sql)), args)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
            Tx::Postgres(tx) => bind_all!(sqlx::query(sqlx::AssertSqlSafe(sql)), args)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
        })
    }

    /// Inserts `rows` into `table`, many rows to a statement, so writing a thousand child
    /// rows costs a few round trips instead of a thousand. Each row gives one value per
    /// column, in order.
    pub async fn insert_rows(
        &mut self,
        table: &'static str,
        columns: &'static [&'static str],
        rows: Vec<Vec<Arg>>,
    ) -> Result<u64> {
        // Well under both backends' limits on bound values per statement.
        let per_statement = (2000 / columns.len()).max(1);
        let mut written = 0;
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Arg>> = rows.by_ref().take(per_statement).collect();
            let values: Vec<String> = (0..chunk.len())
                .map(|r| format!("({})", placeholders(r * columns.len() + 1, columns.len())))
                .collect();
            let sql = format!(
                "INSERT INTO {table} ({}) VALUES {}",
                columns.join(", "),
                values.join(", ")
            );
            written += self
                .execute_generated(sql, chunk.into_iter().flatten().collect())
                .await?;
        }
        Ok(written)
    }

    /// Runs an `INSERT … RETURNING id` and returns the id.
    pub async fn insert(&mut self, sql: &'static str, args: Vec<Arg>) -> Result<i64> {
        let (id,): (i64,) = self.fetch_one(sql, args).await?;
        Ok(id)
    }

    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }

    pub async fn rollback(self) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => tx.rollback().await?,
            Tx::Postgres(tx) => tx.rollback().await?,
        }
        Ok(())
    }
}
