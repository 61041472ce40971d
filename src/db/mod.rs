//! The two real databases behind one small dispatch: SQLite (embedded default) and
//! PostgreSQL (shared). Statements are declared with [`sql!`](crate::sql) (see [`sql`])
//! and bound through [`Arg`] so dates and timestamps keep their native types on each
//! backend.

pub mod bulk;
pub mod migrate;
pub mod policies;
pub mod roles;
pub mod sql;
mod sqlite_bulk;

pub use bulk::{BulkInsert, Cell};
pub use sql::Sql;

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

/// SQLite's soft heap limit in bytes (80 MiB): the 64 MiB page cache and some room.
const SQLITE_SOFT_HEAP_LIMIT: &str = "83886080";

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
                    .pragma("cache_size", "-65536")
                    // SQLite's memory, all connections together, held near the page cache:
                    // a transaction that writes many more pages than the cache holds (the
                    // first import of a large IES extract) otherwise keeps growing it, by
                    // about 70 MiB for two million new customers.
                    .pragma("soft_heap_limit", SQLITE_SOFT_HEAP_LIMIT)
                    // Temporary tables (the IES import's staging) in a file, not in
                    // memory (the bundled SQLite's default), so memory stays flat
                    // whatever the size of the extract.
                    .pragma("temp_store", "file");
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
                // One connection: a command's statements run one after another, and each
                // new server session starts cold (its policies, helpers and plans loaded
                // again), which costs more than the statements themselves.
                let pool = PgPoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(Duration::from_secs(30))
                    .connect_lazy_with(options);
                Ok(Db::Postgres(pool))
            }
        }
    }

    /// The file of a SQLite database (none in memory, or on PostgreSQL).
    pub fn sqlite_file(&self) -> Option<PathBuf> {
        match self {
            Db::Sqlite(pool) => {
                let options = pool.connect_options();
                let file = options.get_filename();
                (!file.as_os_str().is_empty() && file != Path::new(":memory:"))
                    .then(|| file.to_path_buf())
            }
            Db::Postgres(_) => None,
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
    /// A file's bytes (the document store on PostgreSQL).
    Bytes(Option<Vec<u8>>),
    /// A list bound as one value: an array on PostgreSQL (`= ANY($n)`, `unnest($n)`), a
    /// JSON array on SQLite (`IN (SELECT value FROM json_each($n))`).
    Ints(Vec<i64>),
    Texts(Vec<String>),
    Dates(Vec<NaiveDate>),
}

impl Arg {
    pub fn ints(values: impl IntoIterator<Item = i64>) -> Arg {
        Arg::Ints(values.into_iter().collect())
    }

    pub fn texts<S: Into<String>>(values: impl IntoIterator<Item = S>) -> Arg {
        Arg::Texts(values.into_iter().map(Into::into).collect())
    }

    pub fn dates(values: impl IntoIterator<Item = NaiveDate>) -> Arg {
        Arg::Dates(values.into_iter().collect())
    }
}

/// A list as SQLite's `json_each` reads it.
fn json_list<T: serde::Serialize>(values: &[T]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_string())
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
arg_from!(Bytes, Vec<u8>);

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
    ($query:expr, $args:expr, $list:ident) => {{
        let mut q = $query;
        for arg in $args {
            q = match arg {
                Arg::Text(v) => q.bind(v),
                Arg::Int(v) => q.bind(v),
                Arg::Bool(v) => q.bind(v),
                Arg::Date(v) => q.bind(v),
                Arg::Time(v) => q.bind(v),
                Arg::LocalTime(v) => q.bind(v),
                Arg::Bytes(v) => q.bind(v),
                Arg::Ints(v) => bind_all!(@$list q, v),
                Arg::Texts(v) => bind_all!(@$list q, v),
                Arg::Dates(v) => bind_all!(@$list q, v),
            };
        }
        q
    }};
    (@json $q:ident, $v:ident) => {
        $q.bind(json_list(&$v))
    };
    (@array $q:ident, $v:ident) => {
        $q.bind($v)
    };
}

/// Values bound per multi-row statement: well under both backends' limits. On SQLite
/// the driver's time to bind a statement grows faster than its number of values (a
/// 900-row staging insert took 1 s, 100 rows 6 ms), so statements stay small there:
/// about 100 values measured fastest (`scripts/bench-ies`).
fn bound_values_per_statement(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 100,
        Backend::Postgres => 2000,
    }
}

/// An open transaction on either backend. Reads and writes both go through one, so a
/// command sees one consistent state; dropping it without `commit` rolls back.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    fn text_of(&self, sql: &'static Sql) -> &'static str {
        debug_assert!(
            sql.runs_on(self.backend()),
            "{} on {}",
            sql.name(),
            self.backend()
        );
        sql.text(self.backend())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }

    pub async fn fetch_all<T: Record>(
        &mut self,
        sql: &'static Sql,
        args: Vec<Arg>,
    ) -> Result<Vec<T>> {
        let text = self.text_of(sql);
        let cached = !sql.replan();
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(text).persistent(cached), args, json)
                    .fetch_all(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(text).persistent(cached), args, array)
                    .fetch_all(&mut **tx)
                    .await?
            }
        })
    }

    pub async fn fetch_optional<T: Record>(
        &mut self,
        sql: &'static Sql,
        args: Vec<Arg>,
    ) -> Result<Option<T>> {
        let text = self.text_of(sql);
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(text), args, json)
                    .fetch_optional(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(text), args, array)
                    .fetch_optional(&mut **tx)
                    .await?
            }
        })
    }

    pub async fn fetch_one<T: Record>(&mut self, sql: &'static Sql, args: Vec<Arg>) -> Result<T> {
        let text = self.text_of(sql);
        Ok(match self {
            Tx::Sqlite(tx) => {
                bind_all!(sqlx::query_as::<_, T>(text), args, json)
                    .fetch_one(&mut **tx)
                    .await?
            }
            Tx::Postgres(tx) => {
                bind_all!(sqlx::query_as::<_, T>(text), args, array)
                    .fetch_one(&mut **tx)
                    .await?
            }
        })
    }

    /// Runs a statement and returns the number of rows it touched.
    pub async fn execute(&mut self, sql: &'static Sql, args: Vec<Arg>) -> Result<u64> {
        let text = self.text_of(sql);
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query(text), args, json)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
            Tx::Postgres(tx) => bind_all!(sqlx::query(text), args, array)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
        })
    }

    /// Runs the text `sql` expanded to; it holds only the registered text and `$n`
    /// placeholders, never a value.
    async fn execute_expanded(&mut self, text: String, args: Vec<Arg>) -> Result<u64> {
        Ok(match self {
            Tx::Sqlite(tx) => bind_all!(sqlx::query(sqlx::AssertSqlSafe(text)), args, json)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
            Tx::Postgres(tx) => bind_all!(sqlx::query(sqlx::AssertSqlSafe(text)), args, array)
                .execute(&mut **tx)
                .await?
                .rows_affected(),
        })
    }

    /// Inserts `rows` with a [`sql::Shape::Rows`] statement, many rows to a statement, so
    /// writing a thousand child rows costs a few round trips instead of a thousand. Each
    /// row gives one value per column, in order.
    pub async fn insert_rows(&mut self, sql: &'static Sql, rows: Vec<Vec<Arg>>) -> Result<u64> {
        debug_assert_eq!(sql.shape(), sql::Shape::Rows, "{}", sql.name());
        let width = sql.width().max(1);
        let per_statement = (bound_values_per_statement(self.backend()) / width).max(1);
        let mut written = 0;
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Arg>> = rows.by_ref().take(per_statement).collect();
            let text = sql.expand(self.backend(), chunk.len());
            written += self
                .execute_expanded(text, chunk.into_iter().flatten().collect())
                .await?;
        }
        Ok(written)
    }

    /// [`Tx::insert_rows`] for a statement that returns what it made (`RETURNING …`),
    /// one record per row, in no particular order.
    pub async fn insert_rows_returning<T: Record>(
        &mut self,
        sql: &'static Sql,
        rows: Vec<Vec<Arg>>,
    ) -> Result<Vec<T>> {
        debug_assert_eq!(sql.shape(), sql::Shape::Rows, "{}", sql.name());
        let per_statement =
            (bound_values_per_statement(self.backend()) / sql.width().max(1)).max(1);
        let mut made = Vec::with_capacity(rows.len());
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<Vec<Arg>> = rows.by_ref().take(per_statement).collect();
            let text = sqlx::AssertSqlSafe(sql.expand(self.backend(), chunk.len()));
            let args = chunk.into_iter().flatten();
            made.extend(match self {
                Tx::Sqlite(tx) => {
                    bind_all!(sqlx::query_as::<_, T>(text), args, json)
                        .fetch_all(&mut **tx)
                        .await?
                }
                Tx::Postgres(tx) => {
                    bind_all!(sqlx::query_as::<_, T>(text), args, array)
                        .fetch_all(&mut **tx)
                        .await?
                }
            });
        }
        Ok(made)
    }

    /// Runs a script of several statements (PostgreSQL: the setup script and role DDL,
    /// whose names cannot be bound). Callers build the text from constants and
    /// identifiers they quoted with [`quote_ident`].
    pub(crate) async fn run_script(&mut self, text: String) -> Result<()> {
        match self {
            Tx::Sqlite(tx) => {
                sqlx::raw_sql(sqlx::AssertSqlSafe(text))
                    .execute(&mut **tx)
                    .await?;
            }
            Tx::Postgres(tx) => {
                sqlx::raw_sql(sqlx::AssertSqlSafe(text))
                    .execute(&mut **tx)
                    .await?;
            }
        }
        Ok(())
    }

    /// Prepares `sql` without running it: the database checks that its tables, columns
    /// and types exist as the statement expects. The error is the database's own words.
    pub async fn prepare(&mut self, sql: &Sql) -> std::result::Result<(), String> {
        use sqlx::{Executor, SqlSafeStr};
        let text = sqlx::AssertSqlSafe(sql.expand(self.backend(), 2)).into_sql_str();
        let prepared = match self {
            Tx::Sqlite(tx) => (&mut **tx).prepare(text).await.map(drop),
            Tx::Postgres(tx) => (&mut **tx).prepare(text).await.map(drop),
        };
        prepared.map_err(|e| match e {
            sqlx::Error::Database(e) => e.message().to_string(),
            other => other.to_string(),
        })
    }

    /// Runs an `INSERT … RETURNING id` and returns the id.
    pub async fn insert(&mut self, sql: &'static Sql, args: Vec<Arg>) -> Result<i64> {
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

/// A PostgreSQL identifier, quoted: `"o'brien"`, with inner double quotes doubled.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
