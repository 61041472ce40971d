//! Many rows in and out of an open transaction, each backend its fastest way.
//!
//! In: PostgreSQL's `COPY … FROM STDIN` (text format), SQLite's one statement prepared
//! once and run for each row on the transaction's own connection ([`super::sqlite_bulk`]).
//! Rows are sent as they come, so memory stays flat whatever their number.
//!
//! Out: each row of a query handed over as it arrives, never the whole result at once.

use std::fmt::Write as _;

use chrono::NaiveDate;
use sqlx::PgConnection;
use sqlx::postgres::PgCopyIn;

use super::sql::{Shape, Sql};
use super::sqlite_bulk::{Statement, Value};
use super::{Arg, Backend, Tx};
use crate::error::{Error, Result};

/// `COPY` data sent to the server in pieces of about this size.
const COPY_BUFFER: usize = 1 << 20;

/// One value of a loaded row, typed as [`super::Arg`] is, borrowed from the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Bool(bool),
    Text(&'a str),
    Date(NaiveDate),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(v: &'a str) -> Cell<'a> {
        Cell::Text(v)
    }
}
impl<'a> From<&'a String> for Cell<'a> {
    fn from(v: &'a String) -> Cell<'a> {
        Cell::Text(v)
    }
}
impl<'a> From<Option<&'a str>> for Cell<'a> {
    fn from(v: Option<&'a str>) -> Cell<'a> {
        v.map_or(Cell::Null, Cell::Text)
    }
}
impl<'a> From<&'a Option<String>> for Cell<'a> {
    fn from(v: &'a Option<String>) -> Cell<'a> {
        v.as_deref().into()
    }
}
impl From<i64> for Cell<'_> {
    fn from(v: i64) -> Self {
        Cell::Int(v)
    }
}
impl From<Option<bool>> for Cell<'_> {
    fn from(v: Option<bool>) -> Self {
        v.map_or(Cell::Null, Cell::Bool)
    }
}
impl From<NaiveDate> for Cell<'_> {
    fn from(v: NaiveDate) -> Self {
        Cell::Date(v)
    }
}
impl From<Option<NaiveDate>> for Cell<'_> {
    fn from(v: Option<NaiveDate>) -> Self {
        v.map_or(Cell::Null, Cell::Date)
    }
}

/// A load under way; [`BulkInsert::finish`] ends it. Dropped unfinished (an error
/// elsewhere), it leaves the transaction to be rolled back.
pub struct BulkInsert<'t> {
    load: Load<'t>,
    width: usize,
    rows: u64,
}

enum Load<'t> {
    Sqlite {
        statement: Statement<'t>,
        /// The dates of the row being bound, as text.
        dates: String,
    },
    Postgres {
        copy: PgCopyIn<&'t mut PgConnection>,
        buffer: Vec<u8>,
    },
}

impl Tx {
    /// Starts loading rows with a [`Shape::Rows`] statement (`INSERT INTO table
    /// (columns)`): each row gives one value per column, in order. Nothing else can run
    /// on the transaction until the load is finished.
    pub async fn bulk_insert(&mut self, sql: &'static Sql) -> Result<BulkInsert<'_>> {
        if sql.shape() != Shape::Rows {
            return Err(Error::Internal(format!(
                "{} is not an INSERT of rows",
                sql.name()
            )));
        }
        let width = sql.width();
        let load = match self {
            Tx::Sqlite(tx) => {
                let handle = tx.lock_handle().await?;
                let statement = Statement::prepare(handle, &sql.expand(Backend::Sqlite, 1))?;
                Load::Sqlite {
                    statement,
                    dates: String::new(),
                }
            }
            Tx::Postgres(tx) => {
                // `INSERT INTO t (columns)` becomes `COPY t (columns) FROM STDIN`: the
                // registered text, which `isets db check` prepares, names the same table
                // and columns.
                let target = sql
                    .text(Backend::Postgres)
                    .strip_prefix("INSERT INTO ")
                    .ok_or_else(|| {
                        Error::Internal(format!("{} is not an INSERT INTO", sql.name()))
                    })?;
                let copy = tx.copy_in_raw(&format!("COPY {target} FROM STDIN")).await?;
                Load::Postgres {
                    copy,
                    buffer: Vec::with_capacity(COPY_BUFFER + 4096),
                }
            }
        };
        Ok(BulkInsert {
            load,
            width,
            rows: 0,
        })
    }
}

impl Tx {
    /// Hands each row of a query whose columns are text to `each`, as it arrives, with
    /// its values in the order of the columns (`None` for NULL).
    pub async fn for_each_text(
        &mut self,
        sql: &'static Sql,
        args: Vec<Arg>,
        mut each: impl FnMut(&[Option<&str>]) -> Result<()>,
    ) -> Result<()> {
        let text = sql.text(self.backend());
        match self {
            Tx::Sqlite(tx) => {
                let values = args
                    .iter()
                    .map(|arg| match arg {
                        Arg::Text(v) => Ok(v.as_deref().map_or(Value::Null, Value::Text)),
                        Arg::Int(v) => Ok(v.map_or(Value::Null, Value::Int)),
                        other => Err(Error::Internal(format!(
                            "{}: {other:?} is not bound here",
                            sql.name()
                        ))),
                    })
                    .collect::<Result<Vec<_>>>()?;
                let mut statement = Statement::prepare(tx.lock_handle().await?, text)?;
                statement.query(&values, |row| {
                    let columns = (0..row.columns())
                        .map(|i| row.text(i))
                        .collect::<Result<Vec<_>>>()?;
                    each(&columns)
                })?;
            }
            Tx::Postgres(tx) => {
                use futures_util::TryStreamExt;
                use sqlx::Row;
                let mut query = sqlx::query(text);
                for arg in args {
                    query = match arg {
                        Arg::Text(v) => query.bind(v),
                        Arg::Int(v) => query.bind(v),
                        other => {
                            return Err(Error::Internal(format!(
                                "{}: {other:?} is not bound here",
                                sql.name()
                            )));
                        }
                    };
                }
                let mut rows = query.fetch(&mut **tx);
                while let Some(row) = rows.try_next().await? {
                    let columns = (0..row.len())
                        .map(|i| row.try_get::<Option<&str>, _>(i))
                        .collect::<std::result::Result<Vec<_>, _>>()?;
                    each(&columns)?;
                }
            }
        }
        Ok(())
    }
}

impl BulkInsert<'_> {
    /// Loads one row.
    pub async fn push(&mut self, row: &[Cell<'_>]) -> Result<()> {
        if row.len() != self.width {
            return Err(Error::Internal(format!(
                "a row of {} values for {} columns",
                row.len(),
                self.width
            )));
        }
        self.rows += 1;
        match &mut self.load {
            Load::Sqlite { statement, dates } => {
                dates.clear();
                for cell in row {
                    if let Cell::Date(d) = cell {
                        writeln!(dates, "{d}").map_err(|e| Error::Internal(e.to_string()))?;
                    }
                }
                let mut texts = dates.lines();
                let values: Vec<Value<'_>> = row
                    .iter()
                    .map(|cell| match *cell {
                        Cell::Null => Value::Null,
                        Cell::Int(v) => Value::Int(v),
                        Cell::Bool(v) => Value::Int(i64::from(v)),
                        Cell::Text(v) => Value::Text(v),
                        // The dates were written above, one a line, in the row's order.
                        Cell::Date(_) => Value::Text(texts.next().unwrap_or_default()),
                    })
                    .collect();
                statement.execute(&values)
            }
            Load::Postgres { copy, buffer } => {
                copy_text_row(buffer, row);
                if buffer.len() >= COPY_BUFFER {
                    copy.send(buffer.as_slice()).await?;
                    buffer.clear();
                }
                Ok(())
            }
        }
    }

    /// Ends the load; returns the number of rows loaded.
    pub async fn finish(self) -> Result<u64> {
        match self.load {
            Load::Sqlite { statement, .. } => drop(statement),
            Load::Postgres { mut copy, buffer } => {
                if !buffer.is_empty() {
                    copy.send(buffer.as_slice()).await?;
                }
                copy.finish().await?;
            }
        }
        Ok(self.rows)
    }
}

/// One row in `COPY`'s text format: values separated by tabs, `\N` for NULL, and the
/// backslash, tab, newline and carriage return of text escaped with a backslash.
fn copy_text_row(buffer: &mut Vec<u8>, row: &[Cell<'_>]) {
    for (i, cell) in row.iter().enumerate() {
        if i > 0 {
            buffer.push(b'\t');
        }
        match *cell {
            Cell::Null => buffer.extend_from_slice(b"\\N"),
            Cell::Int(v) => {
                let _ = write!(ByteWriter(buffer), "{v}");
            }
            Cell::Bool(v) => buffer.push(if v { b't' } else { b'f' }),
            Cell::Date(d) => {
                let _ = write!(ByteWriter(buffer), "{d}");
            }
            Cell::Text(text) => {
                let bytes = text.as_bytes();
                let mut start = 0;
                for (at, b) in bytes.iter().enumerate() {
                    let escaped: &[u8] = match b {
                        b'\\' => b"\\\\",
                        b'\t' => b"\\t",
                        b'\n' => b"\\n",
                        b'\r' => b"\\r",
                        _ => continue,
                    };
                    buffer.extend_from_slice(&bytes[start..at]);
                    buffer.extend_from_slice(escaped);
                    start = at + 1;
                }
                buffer.extend_from_slice(&bytes[start..]);
            }
        }
    }
    buffer.push(b'\n');
}

/// `write!` into a byte buffer.
struct ByteWriter<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for ByteWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    #[tokio::test]
    async fn sqlite_rows_load_and_read_back_as_bound_and_roll_back() {
        let db = Db::connect("sqlite::memory:", true).await.expect("connect");
        let mut tx = db.begin(true).await.expect("begin");
        tx.run_script("CREATE TABLE t (a INTEGER, b TEXT, c INTEGER, d TEXT) STRICT".into())
            .await
            .expect("table");
        let insert = crate::sql!(rows: "INSERT INTO t (a, b, c, d)");
        let date = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        let mut load = tx.bulk_insert(insert).await.expect("prepare");
        load.push(&[
            Cell::Int(1),
            "Jo\nAnn, \"x\"".into(),
            Cell::Bool(true),
            date.into(),
        ])
        .await
        .expect("row");
        load.push(&[Cell::Int(2), Cell::Null, Cell::Bool(false), Cell::Null])
            .await
            .expect("row");
        assert!(load.push(&[Cell::Int(3)]).await.is_err(), "a short row");
        assert_eq!(load.finish().await.expect("finish"), 2);
        let mut rows = Vec::new();
        tx.for_each_text(
            crate::sql!("SELECT a, b, c, d FROM t WHERE a >= $1 ORDER BY a"),
            crate::args![1i64],
            |row| {
                rows.push(
                    row.iter()
                        .map(|v| v.map(str::to_string))
                        .collect::<Vec<_>>(),
                );
                Ok(())
            },
        )
        .await
        .expect("read");
        let text = |v: &str| Some(v.to_string());
        assert_eq!(
            rows,
            [
                vec![
                    text("1"),
                    text("Jo\nAnn, \"x\""),
                    text("1"),
                    text("2026-03-01")
                ],
                vec![text("2"), None, text("0"), None],
            ]
        );
        // A statement SQLite refuses is the crate's error, and the connection goes on.
        let bad = crate::sql!(rows: "INSERT INTO missing (a)");
        assert!(tx.bulk_insert(bad).await.is_err());
        tx.rollback().await.expect("rollback");
    }

    #[test]
    fn copy_text_escapes_what_the_format_reserves() {
        let mut buffer = Vec::new();
        let date = NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
        copy_text_row(
            &mut buffer,
            &[
                Cell::Int(7),
                Cell::Text("Jo\nAnn\t\\ \r, \"x\""),
                Cell::Null,
                Cell::Bool(true),
                Cell::Date(date),
                Cell::Text(""),
            ],
        );
        assert_eq!(
            String::from_utf8(buffer).expect("utf-8"),
            "7\tJo\\nAnn\\t\\\\ \\r, \"x\"\t\\N\tt\t2026-03-01\t\n"
        );
    }
}
