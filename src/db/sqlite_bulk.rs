//! One statement prepared once and run many times on the SQLite connection of an open
//! transaction, with SQLite's own calls instead of the driver's.
//!
//! The driver runs each statement on a worker thread of its own and hands every
//! execution over to it and back: for a bulk load of a million rows that hand-off costs
//! more than SQLite's work. Here the connection is taken from the worker for the time
//! the statement lives ([`LockedSqliteHandle`]), the statement is prepared once, and each
//! row is bound, stepped and reset in place. It runs inside the transaction the driver
//! opened, so it commits or rolls back with everything else.
//!
//! This is the crate's only `unsafe` code; what it exposes is safe: a [`Statement`] owns
//! the locked connection and its prepared statement, finalizes the statement when it is
//! dropped and only then gives the connection back to the driver.

#![allow(unsafe_code)]

use std::ffi::{CStr, c_int};
use std::ptr::{self, NonNull};

use libsqlite3_sys as ffi;
use sqlx::sqlite::LockedSqliteHandle;

use crate::error::{Error, Result};

/// A value bound to a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Text(&'a str),
}

/// A prepared statement on a connection taken from the driver's worker.
pub struct Statement<'c> {
    stmt: NonNull<ffi::sqlite3_stmt>,
    /// The connection, held until the statement is finalized (see `Drop`).
    handle: LockedSqliteHandle<'c>,
}

impl<'c> Statement<'c> {
    /// Prepares `sql` (one statement, `?NNN` or `$n` parameters) on the connection.
    pub fn prepare(mut handle: LockedSqliteHandle<'c>, sql: &str) -> Result<Statement<'c>> {
        let db = handle.as_raw_handle();
        let length = c_int::try_from(sql.len())
            .map_err(|_| Error::Internal("a statement too long for SQLite".into()))?;
        let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
        // SAFETY: `db` is the open connection the locked handle holds (the driver's worker
        // is kept off it until the handle is dropped); `sql` is valid for `length` bytes,
        // SQLite does not need it NUL-terminated when given its length, and copies it;
        // `stmt` is a valid place for SQLite to write the new statement's pointer.
        let rc = unsafe {
            ffi::sqlite3_prepare_v2(
                db.as_ptr(),
                sql.as_ptr().cast(),
                length,
                &mut stmt,
                ptr::null_mut(),
            )
        };
        if rc != ffi::SQLITE_OK {
            // SAFETY: on failure SQLite sets `stmt` to NULL or to a statement that must be
            // finalized; finalizing NULL is a no-op.
            unsafe { ffi::sqlite3_finalize(stmt) };
            return Err(error(db, rc));
        }
        let stmt = NonNull::new(stmt)
            .ok_or_else(|| Error::Internal("SQLite prepared no statement (empty SQL)".into()))?;
        Ok(Statement { stmt, handle })
    }

    fn db(&mut self) -> NonNull<ffi::sqlite3> {
        self.handle.as_raw_handle()
    }

    /// Binds `values` to parameters 1, 2, … in turn. The text is not copied: the
    /// callers ([`Statement::execute`], [`Statement::query`]) hold `values` borrowed until
    /// they have reset the statement and cleared its bindings.
    fn bind(&mut self, values: &[Value<'_>]) -> Result<()> {
        for (i, value) in values.iter().enumerate() {
            let index = c_int::try_from(i + 1)
                .map_err(|_| Error::Internal("too many parameters for SQLite".into()))?;
            let rc = match *value {
                // SAFETY: `self.stmt` is a live statement of this connection (finalized
                // only in `Drop`), and `index` one of its parameters or an error SQLite
                // reports.
                Value::Null => unsafe { ffi::sqlite3_bind_null(self.stmt.as_ptr(), index) },
                // SAFETY: as for `Value::Null`.
                Value::Int(v) => unsafe { ffi::sqlite3_bind_int64(self.stmt.as_ptr(), index, v) },
                Value::Text(v) => {
                    let length = c_int::try_from(v.len())
                        .map_err(|_| Error::Internal("a value too long for SQLite".into()))?;
                    // SAFETY: as for `Value::Null`; `v` is valid for `length` bytes (its
                    // length is passed, so it need not be NUL-terminated) and stays
                    // borrowed until the bindings are cleared (SQLITE_STATIC: SQLite
                    // reads it in place until then).
                    unsafe {
                        ffi::sqlite3_bind_text(
                            self.stmt.as_ptr(),
                            index,
                            v.as_ptr().cast(),
                            length,
                            ffi::SQLITE_STATIC(),
                        )
                    }
                }
            };
            if rc != ffi::SQLITE_OK {
                let db = self.db();
                return Err(error(db, rc));
            }
        }
        Ok(())
    }

    /// Makes the statement ready for its next run, whatever this run did.
    fn reset(&mut self) {
        // SAFETY: `self.stmt` is a live statement of this connection. After these calls
        // SQLite holds no pointer to the bound values. The result of `sqlite3_reset`
        // repeats the last step's error, which was already reported.
        unsafe {
            ffi::sqlite3_reset(self.stmt.as_ptr());
            ffi::sqlite3_clear_bindings(self.stmt.as_ptr());
        }
    }

    fn step(&mut self) -> c_int {
        // SAFETY: `self.stmt` is a live statement of this connection, which no other
        // thread uses while the handle is locked.
        unsafe { ffi::sqlite3_step(self.stmt.as_ptr()) }
    }

    /// Runs the statement once with `values` (an `INSERT`, `UPDATE` …), ignoring any
    /// rows it returns.
    pub fn execute(&mut self, values: &[Value<'_>]) -> Result<()> {
        let result = self.bind(values).and_then(|()| {
            loop {
                match self.step() {
                    ffi::SQLITE_DONE => break Ok(()),
                    ffi::SQLITE_ROW => continue,
                    rc => {
                        let db = self.db();
                        break Err(error(db, rc));
                    }
                }
            }
        });
        self.reset();
        result
    }

    /// Runs the statement with `values` and hands each row it returns to `each`.
    pub fn query(
        &mut self,
        values: &[Value<'_>],
        mut each: impl FnMut(&Row<'_>) -> Result<()>,
    ) -> Result<()> {
        let result = self.bind(values).and_then(|()| {
            loop {
                match self.step() {
                    ffi::SQLITE_DONE => break Ok(()),
                    ffi::SQLITE_ROW => {
                        let row = Row {
                            stmt: self.stmt,
                            _statement: std::marker::PhantomData,
                        };
                        if let Err(e) = each(&row) {
                            break Err(e);
                        }
                    }
                    rc => {
                        let db = self.db();
                        break Err(error(db, rc));
                    }
                }
            }
        });
        self.reset();
        result
    }
}

impl Drop for Statement<'_> {
    fn drop(&mut self) {
        // SAFETY: `self.stmt` was prepared on this connection and is finalized once, here,
        // before the `handle` field is dropped and the driver gets the connection back.
        unsafe { ffi::sqlite3_finalize(self.stmt.as_ptr()) };
    }
}

/// The current row of a [`Statement::query`], valid during the call that received it.
pub struct Row<'s> {
    stmt: NonNull<ffi::sqlite3_stmt>,
    _statement: std::marker::PhantomData<&'s mut ()>,
}

impl Row<'_> {
    /// The number of columns of the row.
    pub fn columns(&self) -> usize {
        // SAFETY: `self.stmt` is a live statement positioned on a row (a `Row` exists only
        // during `query`'s callback, after SQLITE_ROW).
        let count = unsafe { ffi::sqlite3_data_count(self.stmt.as_ptr()) };
        usize::try_from(count).unwrap_or(0)
    }

    /// The column as text (SQLite converts numbers), `None` for NULL, borrowed from the
    /// row.
    pub fn text(&self, column: usize) -> Result<Option<&str>> {
        let column = c_int::try_from(column)
            .ok()
            .filter(|_| column < self.columns())
            .ok_or_else(|| Error::Internal(format!("no column {column} in the row")))?;
        // SAFETY: as in `columns`; `column` is within the row. `sqlite3_column_text` is called
        // before `sqlite3_column_bytes`, as SQLite asks, so the length is that of the
        // UTF-8 text the pointer refers to. The text stays valid until the statement steps
        // on, is reset or finalized (none of which can happen while `self` is borrowed), or
        // until the column is converted to another encoding or to a blob, which nothing
        // here asks for; asking for its text again returns the same text.
        let bytes = unsafe {
            let text = ffi::sqlite3_column_text(self.stmt.as_ptr(), column);
            if text.is_null() {
                return Ok(None);
            }
            let length = ffi::sqlite3_column_bytes(self.stmt.as_ptr(), column);
            std::slice::from_raw_parts(text, usize::try_from(length).unwrap_or(0))
        };
        std::str::from_utf8(bytes)
            .map(Some)
            .map_err(|_| Error::Internal("SQLite returned text that is not UTF-8".into()))
    }
}

/// The connection's last error as the crate's error, classed as the driver's errors are
/// (see `impl From<sqlx::Error> for Error`).
fn error(db: NonNull<ffi::sqlite3>, rc: c_int) -> Error {
    // SAFETY: `db` is the open, locked connection; `sqlite3_errmsg` returns a
    // NUL-terminated string owned by SQLite, copied at once.
    let (code, message) = unsafe {
        let code = ffi::sqlite3_extended_errcode(db.as_ptr());
        let message = ffi::sqlite3_errmsg(db.as_ptr());
        let message = if message.is_null() {
            format!("SQLite error {rc}")
        } else {
            CStr::from_ptr(message).to_string_lossy().into_owned()
        };
        (code, message)
    };
    match code {
        ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
            Error::Conflict(format!("already exists: {message}"))
        }
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => {
            Error::Conflict(format!("refers to a missing record: {message}"))
        }
        ffi::SQLITE_CONSTRAINT_CHECK | ffi::SQLITE_CONSTRAINT_NOTNULL => {
            Error::Usage(format!("value refused by the database: {message}"))
        }
        _ if matches!(code & 0xff, ffi::SQLITE_BUSY | ffi::SQLITE_LOCKED) => {
            Error::DatabaseUnavailable(format!("the database stayed busy: {message}"))
        }
        _ => Error::Internal(format!("database error: {message}")),
    }
}
