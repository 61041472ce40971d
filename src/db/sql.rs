//! Every SQL statement of the core, declared where it is used with [`sql!`] and registered
//! in one inventory, so `isets db check` (and the test suite) can prepare each of them on
//! both backends: a statement naming a column that a migration renamed fails there, not
//! in front of an operator.
//!
//! A statement is written once with `$n` placeholders, which both drivers accept. Where
//! the dialects differ (lists bound as one value, mostly), it gives one text per backend.
//! Lists are bound as one value either way, an array on PostgreSQL and a JSON array on
//! SQLite, so a statement's text never depends on how many items it is asked about.

use crate::db::Backend;

/// One registered statement. Built only by [`sql!`], which also registers it.
#[derive(Debug)]
pub struct Sql {
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
    shape: Shape,
    /// What follows the rows of a [`Shape::Rows`] statement (`RETURNING …`).
    tail: &'static str,
    /// Planned for each execution instead of once per connection (see [`sql!`]).
    replan: bool,
}

/// What the registered text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A whole statement.
    Whole,
    /// `INSERT INTO table (columns)`: the rows' `VALUES (…), (…)` are appended for each
    /// batch, with as many placeholders as the batch has values.
    Rows,
}

inventory::collect!(Sql);

impl Sql {
    #[doc(hidden)]
    pub const fn new(
        name: &'static str,
        sqlite: &'static str,
        postgres: &'static str,
        shape: Shape,
        tail: &'static str,
        replan: bool,
    ) -> Sql {
        Sql {
            name,
            sqlite,
            postgres,
            shape,
            tail,
            replan,
        }
    }

    /// Whether the database plans this statement for each execution.
    pub fn replan(&self) -> bool {
        self.replan
    }

    /// Where the statement is declared: `module:line`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn shape(&self) -> Shape {
        self.shape
    }

    /// Whether the statement is ever run on `backend`.
    pub fn runs_on(&self, backend: Backend) -> bool {
        !self.text(backend).is_empty()
    }

    /// The text for `backend`.
    pub fn text(&self, backend: Backend) -> &'static str {
        match backend {
            Backend::Sqlite => self.sqlite,
            Backend::Postgres => self.postgres,
        }
    }

    /// The number of columns a [`Shape::Rows`] statement inserts.
    pub fn width(&self) -> usize {
        let columns = self
            .sqlite
            .split_once('(')
            .map_or("", |(_, rest)| rest.split(')').next().unwrap_or(""));
        columns.split(',').filter(|c| !c.trim().is_empty()).count()
    }

    /// The text to run for `rows` rows (placeholders numbered from `$1`); the text itself
    /// for a whole statement.
    pub fn expand(&self, backend: Backend, rows: usize) -> String {
        match self.shape {
            Shape::Whole => self.text(backend).to_string(),
            Shape::Rows => {
                let width = self.width();
                let values: Vec<String> = (0..rows)
                    .map(|r| format!("({})", super::placeholders(r * width + 1, width)))
                    .collect();
                let text = format!("{} VALUES {}", self.text(backend), values.join(", "));
                if self.tail.is_empty() {
                    text
                } else {
                    format!("{text} {}", self.tail)
                }
            }
        }
    }

    /// Every statement of this build, in a stable order.
    pub fn all() -> Vec<&'static Sql> {
        let mut all: Vec<&'static Sql> = inventory::iter::<Sql>.into_iter().collect();
        all.sort_by_key(|s| s.name);
        all
    }
}

/// A statement the database would not prepare.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Unprepared {
    pub statement: &'static str,
    pub error: String,
}

/// What [`check`] found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Checked {
    pub backend: Backend,
    /// Statements prepared (those run on this backend).
    pub prepared: usize,
    pub failed: Vec<Unprepared>,
}

/// Prepares every statement that runs on `db`'s backend, without running any: the
/// database checks each one's tables, columns and types against its schema.
pub async fn check(db: &super::Db) -> crate::Result<Checked> {
    let backend = db.backend();
    let mut prepared = 0;
    let mut failed = Vec::new();
    // One connection, with the temporary tables a command makes for itself (the IES
    // import's staging table), so the statements on them prepare too.
    // The statements that make those tables prepare first, while the tables do not
    // exist yet (SQLite refuses to prepare a CREATE of a table that exists).
    let mut tx = db.begin(false).await?;
    let postgres = backend == Backend::Postgres;
    let (creates, uses): (Vec<&Sql>, Vec<&Sql>) = Sql::all()
        .into_iter()
        .filter(|s| s.runs_on(backend))
        .partition(|s| s.text(backend).starts_with("CREATE TEMP TABLE"));
    let mut statements = creates;
    let first_use = statements.len();
    statements.extend(uses);
    // On PostgreSQL a statement that fails to prepare aborts the transaction: each is
    // prepared under a savepoint.
    for (i, sql) in statements.into_iter().enumerate() {
        if i == first_use {
            crate::ies::create_staging(&mut tx).await?;
        }
        if postgres {
            tx.run_script("SAVEPOINT isets_check".into()).await?;
        }
        let result = tx.prepare(sql).await;
        if postgres && result.is_err() {
            tx.run_script("ROLLBACK TO SAVEPOINT isets_check".into())
                .await?;
        }
        match result {
            Ok(()) => prepared += 1,
            Err(error) => failed.push(Unprepared {
                statement: sql.name(),
                error,
            }),
        }
    }
    tx.rollback().await?;
    Ok(Checked {
        backend,
        prepared,
        failed,
    })
}

/// Declares a statement where it is used and registers it:
/// `sql!("SELECT …")`, `sql!(sqlite: "…", postgres: "…")`, `sql!(postgres: "…")` for a
/// question only PostgreSQL is asked (its catalogue, its logins), `sql!(sqlite: "…")` for a
/// step only SQLite takes, or
/// `sql!(rows: "INSERT INTO t (a, b)")` for batched inserts (with `returning: "RETURNING …"`
/// to read back what they made).
///
/// `sql!(replan, sqlite: …, postgres: …)` marks a lookup into a table that one write may
/// fill (an apply file's accounts): such a statement is planned at each execution, for
/// the table as it is then. A plan cached per connection, made while the table was
/// small, would scan all of it every time once it has grown. Evaluates to `&'static Sql`.
#[macro_export]
macro_rules! sql {
    (sqlite: $sqlite:expr, postgres: $postgres:expr $(,)?) => {
        $crate::sql!(@declare $sqlite, $postgres, $crate::db::sql::Shape::Whole, "", false)
    };
    (postgres: $postgres:expr $(,)?) => {
        $crate::sql!(@declare "", $postgres, $crate::db::sql::Shape::Whole, "", false)
    };
    (sqlite: $sqlite:expr $(,)?) => {
        $crate::sql!(@declare $sqlite, "", $crate::db::sql::Shape::Whole, "", false)
    };
    (rows: $text:expr, returning: $tail:expr $(,)?) => {
        $crate::sql!(@declare $text, $text, $crate::db::sql::Shape::Rows, $tail, false)
    };
    (rows: $text:expr $(,)?) => {
        $crate::sql!(@declare $text, $text, $crate::db::sql::Shape::Rows, "", false)
    };
    ($text:expr $(,)?) => {
        $crate::sql!(@declare $text, $text, $crate::db::sql::Shape::Whole, "", false)
    };
    (replan, sqlite: $sqlite:expr, postgres: $postgres:expr $(,)?) => {
        $crate::sql!(@declare $sqlite, $postgres, $crate::db::sql::Shape::Whole, "", true)
    };
    (@declare $sqlite:expr, $postgres:expr, $shape:expr, $tail:expr, $replan:expr) => {{
        const SQL: $crate::db::sql::Sql = $crate::db::sql::Sql::new(
            concat!(module_path!(), ":", line!()),
            $sqlite,
            $postgres,
            $shape,
            $tail,
            $replan,
        );
        ::inventory::submit! { SQL }
        &SQL
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_expand_to_numbered_tuples() {
        let sql = crate::sql!(rows: "INSERT INTO program_criteria (program_id, criterion)");
        assert_eq!(sql.width(), 2);
        assert_eq!(
            sql.expand(Backend::Postgres, 2),
            "INSERT INTO program_criteria (program_id, criterion) VALUES ($1, $2), ($3, $4)"
        );
    }

    #[test]
    fn every_statement_is_registered_once_under_its_place() {
        let all = Sql::all();
        assert!(all.len() > 50, "only {} statements registered", all.len());
        let mut names: Vec<&str> = all.iter().map(|s| s.name()).collect();
        names.dedup();
        assert_eq!(names.len(), all.len(), "two statements share a line");
    }
}
