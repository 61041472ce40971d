//! `isets apply`: one reviewed TOML file describes providers completely; the file is
//! checked whole, compared with the database into a plan, and carried out in one
//! transaction with its audit records. Applying the same file again changes nothing.

pub mod file;
pub mod plan;

use crate::error::{Error, Result};
use crate::session::{Outcome, Session, WriteOptions};

pub use file::{FileError, Spec};
pub use plan::{Item, Options, Plan, Verb};

/// Reads and checks `path`; every problem is reported with its place in the file.
pub fn read(path: &std::path::Path) -> Result<Spec, Vec<FileError>> {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => file::read(&name, &text, crate::clock::today()),
        Err(e) => Err(vec![FileError {
            file: name,
            pos: file::Pos { line: 0, column: 0 },
            field: "file".into(),
            error: Error::Usage(format!("cannot read: {e}")),
        }]),
    }
}

/// Plans `spec` against the database and, unless `write_options.dry_run`, carries the
/// plan out. Items that need confirmation (U4: a person listed elsewhere) refuse
/// unless `confirmed`.
pub async fn apply(
    session: &Session,
    spec: &Spec,
    options: &Options,
    confirmed: bool,
    write_options: &WriteOptions,
) -> Result<(Plan, Outcome)> {
    let mut write = session.write().await?;
    let mut plan = plan::make(&mut write, spec, &session.operator, options).await?;
    if let Some(requested_by) = &options.requested_by {
        plan::set_requester(&mut plan, requested_by);
    }
    let unconfirmed: Vec<String> = plan
        .items
        .iter()
        .filter(|i| i.needs_confirmation)
        .map(|i| {
            format!(
                "{}: {} ({})",
                i.at,
                i.name,
                i.note.clone().unwrap_or_default()
            )
        })
        .collect();
    if !unconfirmed.is_empty() && !confirmed && !write_options.dry_run {
        return Err(Error::NotConfirmed(format!(
            "rule U4: these people already have accounts listed with other organizations; confirm with --yes:\n  {}",
            unconfirmed.join("\n  ")
        )));
    }
    plan::execute(&mut write, &plan).await?;
    let outcome = write.finish(write_options).await?;
    Ok((plan, outcome))
}
