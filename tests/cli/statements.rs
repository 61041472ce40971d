//! `isets db check`: every statement of the binary prepares on both backends' schema, and
//! a schema that drifted from what the binary expects is named statement by statement.

use std::path::Path;

use crate::both;
use crate::support::*;

/// Every `sql!(` in the core's sources (and no statement built around the macro), those
/// only PostgreSQL runs (`sql!(postgres: "…")`) and those only SQLite runs
/// (`sql!(sqlite: "…")`, with no PostgreSQL text on its line). The binary must register
/// exactly these: a statement lost on the way (not registered, or dropped by the linker)
/// would go unchecked.
fn declared() -> (usize, usize, usize) {
    fn walk(dir: &Path, found: &mut (usize, usize, usize)) {
        for entry in std::fs::read_dir(dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("db/sql.rs") {
                let text = std::fs::read_to_string(&path).expect("read source");
                assert!(
                    !text.contains("Sql::new("),
                    "{} builds a statement without `sql!`, so `isets db check` would not see it",
                    path.display()
                );
                // Statements of unit tests (a `#[cfg(test)]` module ends the file) are not
                // in the binary.
                let lines = text.lines().take_while(|l| l.trim() != "#[cfg(test)]");
                for line in lines.filter(|l| !l.trim_start().starts_with("//")) {
                    found.0 += line.matches("sql!(").count();
                    found.1 += line.matches("sql!(postgres:").count();
                    if !line.contains("postgres:") {
                        found.2 += line.matches("sql!(sqlite:").count();
                    }
                }
            }
        }
    }
    let mut found = (0, 0, 0);
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    found
}

both! {
    fn every_statement_prepares_on_the_migrated_schema(db) {
        db.init();
        let (all, postgres_only, sqlite_only) = declared();
        let runs_here = match db.kind {
            Kind::Sqlite => all - postgres_only,
            Kind::Postgres => all - sqlite_only,
        };
        let backend = match db.kind {
            Kind::Sqlite => "sqlite",
            Kind::Postgres => "postgres",
        };
        let out = db.isets(&["db", "check"]).output().expect("run");
        assert_eq!(
            (out.status.code(), stdout(&out), stderr(&out)),
            (Some(0), String::new(), format!("all {runs_here} statements prepare on {}\n", backend)),
        );
        let json = db.isets(&["db", "check", "--format", "json"]).output().expect("run");
        assert_eq!((json.status.code(), stdout(&json)), (Some(0), "[]\n".to_string()));
    }

    fn a_drifted_schema_names_each_statement_it_breaks(db) {
        db.init();
        db.exec("ALTER TABLE contract_goals RENAME COLUMN target TO goal");
        let out = db.isets(&["db", "check", "--format", "json"]).output().expect("run");
        assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
        let refused: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
        let statements = column(&refused, "statement");
        assert_eq!(statements.len(), 2, "{refused:#}");
        assert!(statements.iter().all(|s| s.starts_with("isets::providers::contracts:")), "{statements:?}");
        let errors = column(&refused, "error");
        assert!(errors.iter().all(|e| e.contains("target")), "{errors:?}");
        assert!(stderr(&out).starts_with("error: 2 of "), "{}", stderr(&out));
        // Nothing was run: the data and the audit chain are as they were.
        db.isets(&["audit", "verify"]).assert().success();
    }
}
