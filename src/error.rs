//! The one error type of the core and the exit code each kind of failure maps to.
//!
//! `main` is the only place that turns an [`Error`] into a process exit status; helpers
//! return errors and never exit.

use std::fmt;

/// Documented exit codes (README "Exit codes", `man isets`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitCode {
    Success = 0,
    /// A plan or dry run found changes still to make (`isets plan`, `apply --dry-run`),
    /// or a list run with `--fail-if-any` is not empty (`referral list`).
    ChangesPending = 1,
    Usage = 2,
    NotFound = 3,
    RuleViolated = 4,
    Conflict = 5,
    PeriodLocked = 6,
    PermissionDenied = 7,
    DatabaseUnavailable = 8,
    SchemaMismatch = 9,
    NotConfirmed = 10,
    Internal = 70,
}

impl ExitCode {
    /// Every code with its meaning, in the order the documentation lists them.
    pub const ALL: [(ExitCode, &'static str); 12] = [
        (ExitCode::Success, "success"),
        (
            ExitCode::ChangesPending,
            "a plan or dry run found changes still to make; a list run with --fail-if-any is not empty",
        ),
        (
            ExitCode::Usage,
            "usage: a bad flag, a missing field or a value that does not parse",
        ),
        (
            ExitCode::NotFound,
            "not found: a named user, organization or record does not exist",
        ),
        (
            ExitCode::RuleViolated,
            "rule violated: the message names the DOMAIN.md rule id",
        ),
        (
            ExitCode::Conflict,
            "conflict: a duplicate, or the record changed or already exists",
        ),
        (
            ExitCode::PeriodLocked,
            "period locked: the month is approved or billed",
        ),
        (
            ExitCode::PermissionDenied,
            "permission denied: the operator's roles do not allow the action",
        ),
        (
            ExitCode::DatabaseUnavailable,
            "database unavailable: cannot connect or the database is busy",
        ),
        (
            ExitCode::SchemaMismatch,
            "schema mismatch: run `isets db migrate`, `isets init`, or upgrade isets",
        ),
        (
            ExitCode::NotConfirmed,
            "not confirmed: a destructive command was declined or needs --yes",
        ),
        (
            ExitCode::Internal,
            "internal error: a bug; please report it",
        ),
    ];

    pub fn code(self) -> u8 {
        self as u8
    }
}

/// The documented table: code and meaning.
pub fn exit_code_table() -> impl Iterator<Item = (u8, &'static str)> {
    ExitCode::ALL
        .iter()
        .map(|(code, text)| (code.code(), *text))
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    /// A value refused for a field. The core names the field as the data does
    /// (`address`, `date_of_birth`); the command line names its flag instead, an apply
    /// file its place in the file ([`Error::in_field`]).
    #[error("{field}: {value:?} {why}")]
    Invalid {
        field: String,
        value: String,
        why: String,
    },
    #[error("{0}")]
    NotFound(String),
    /// A DOMAIN.md rule refused the change; `rule` is its id (U1, P2 ...). When the
    /// refusal is about one field, `field` names it as the data does and `message` goes
    /// on from there ("is required: …"); callers rename it as for [`Error::Invalid`].
    #[error("rule {rule}: {}", about(field.as_deref(), message))]
    Rule {
        rule: &'static str,
        field: Option<String>,
        message: String,
    },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PeriodLocked(String),
    #[error("permission denied: {0}")]
    PermissionDenied(String),
    #[error("database unavailable: {0}")]
    DatabaseUnavailable(String),
    #[error("{0}")]
    SchemaMismatch(String),
    #[error("{0}")]
    NotConfirmed(String),
    #[error("internal error: {0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A rule's message, after the field it is about if any.
pub(crate) fn about(field: Option<&str>, message: &str) -> String {
    match field {
        Some(field) => format!("{field} {message}"),
        None => message.to_string(),
    }
}

impl Error {
    pub fn rule(rule: &'static str, message: impl Into<String>) -> Self {
        Error::Rule {
            rule,
            field: None,
            message: message.into(),
        }
    }

    /// A rule refusing what was given for one field: `message` continues the field's
    /// name ("is required: who authorized this access").
    pub fn rule_on(rule: &'static str, field: &str, message: impl Into<String>) -> Self {
        Error::Rule {
            rule,
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    /// A value given for `field` is not acceptable.
    pub fn invalid(field: &str, value: &str, why: impl fmt::Display) -> Self {
        Error::Invalid {
            field: field.to_string(),
            value: value.to_string(),
            why: why.to_string(),
        }
    }

    /// The same refusal, naming the field as the caller knows it (a flag, a place in a
    /// file); other errors are unchanged.
    pub fn in_field(self, name: impl FnOnce(&str) -> String) -> Self {
        match self {
            Error::Invalid { field, value, why } => Error::Invalid {
                field: name(&field),
                value,
                why,
            },
            Error::Rule {
                rule,
                field: Some(field),
                message,
            } => Error::Rule {
                rule,
                field: Some(name(&field)),
                message,
            },
            other => other,
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) | Error::Invalid { .. } => ExitCode::Usage,
            Error::NotFound(_) => ExitCode::NotFound,
            Error::Rule { .. } => ExitCode::RuleViolated,
            Error::Conflict(_) => ExitCode::Conflict,
            Error::PeriodLocked(_) => ExitCode::PeriodLocked,
            Error::PermissionDenied(_) => ExitCode::PermissionDenied,
            Error::DatabaseUnavailable(_) => ExitCode::DatabaseUnavailable,
            Error::SchemaMismatch(_) => ExitCode::SchemaMismatch,
            Error::NotConfirmed(_) => ExitCode::NotConfirmed,
            Error::Internal(_) => ExitCode::Internal,
        }
    }
}

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        use sqlx::error::ErrorKind;
        match &err {
            sqlx::Error::Database(db) => {
                let message = db.message().to_string();
                match db.kind() {
                    ErrorKind::UniqueViolation => {
                        Error::Conflict(format!("already exists: {message}"))
                    }
                    ErrorKind::ForeignKeyViolation => {
                        Error::Conflict(format!("refers to a missing record: {message}"))
                    }
                    ErrorKind::CheckViolation | ErrorKind::NotNullViolation => {
                        Error::Usage(format!("value refused by the database: {message}"))
                    }
                    _ if db.code().as_deref() == Some("42501") => Error::PermissionDenied(format!(
                        "the database refused the login: {message}"
                    )),
                    _ if is_busy(&message, db.code().as_deref()) => {
                        Error::DatabaseUnavailable(format!("the database stayed busy: {message}"))
                    }
                    _ => Error::Internal(format!("database error: {message}")),
                }
            }
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Configuration(_) => Error::DatabaseUnavailable(err.to_string()),
            _ => Error::Internal(err.to_string()),
        }
    }
}

/// SQLite reports lock contention past the busy timeout as SQLITE_BUSY (5) or
/// SQLITE_LOCKED (6); PostgreSQL as a serialization failure or a deadlock.
fn is_busy(message: &str, code: Option<&str>) -> bool {
    matches!(code, Some("5" | "6" | "517" | "40001" | "40P01")) || message.contains("locked")
}

impl From<sqlx::migrate::MigrateError> for Error {
    fn from(err: sqlx::migrate::MigrateError) -> Self {
        match err {
            sqlx::migrate::MigrateError::Execute(e) => e.into(),
            other => Error::SchemaMismatch(other.to_string()),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::Internal(format!("json: {err}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::Internal(format!("i/o: {err}"))
    }
}

impl From<csv::Error> for Error {
    fn from(err: csv::Error) -> Self {
        Error::Internal(format!("csv: {err}"))
    }
}
