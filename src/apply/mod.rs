//! `isets apply`: one reviewed TOML file describes providers completely; the file is
//! checked whole, compared with the database into a plan, and carried out in one
//! transaction with its audit records. Applying the same file again changes nothing.

pub mod file;
pub mod plan;

use crate::error::{Error, Result};
use crate::output::Progress;
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

pub use file::{FileError, Spec};
pub use plan::{Item, Options, Plan, Verb};

/// Reads and checks `path` as of `today`; every problem is reported with its place in
/// the file.
pub fn read(path: &std::path::Path, today: chrono::NaiveDate) -> Result<Spec, Vec<FileError>> {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => file::read(&name, &text, today),
        Err(e) => Err(vec![FileError {
            file: name,
            pos: file::Pos { line: 0, column: 0 },
            field: "file".into(),
            error: Error::Usage(format!("cannot read: {e}")),
        }]),
    }
}

/// `isets plan`: compares `spec` with the database in a read transaction; nothing is
/// locked or written.
pub async fn plan(
    session: &Session,
    spec: &Spec,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Plan> {
    let mut tx = session.read().await?;
    let plan = plan::make(&mut tx, session, spec, options, progress).await;
    progress.finish();
    plan
}

/// What `apply` did, or why it stopped before writing.
#[derive(Debug)]
pub enum Applied {
    Done(Plan, Outcome),
    /// U4: these items add listings to accounts listed with other organizations; the
    /// operator must confirm them (`FILE:LINE:COL: who (why)`).
    NeedsConfirmation(Vec<String>),
}

/// Plans `spec` against the database and, unless `write_options.dry_run`, carries the
/// plan out in one write. Items that need confirmation (U4: a person listed elsewhere)
/// stop it unless `confirmed`.
pub async fn apply(
    session: &Session,
    spec: &Spec,
    options: &Options,
    confirmed: bool,
    write_options: &WriteOptions,
    progress: &dyn Progress,
) -> Result<Applied> {
    // Planning reads providers; each item then asks for its own permission.
    let permit = session.permit(crate::permissions::Action::ViewContracts)?;
    let mut write = session.write(&permit).await?;
    let mut plan = plan::make(write.tx(), session, spec, options, progress).await?;
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
        return Ok(Applied::NeedsConfirmation(unconfirmed));
    }
    plan::execute(&mut write, &plan, progress).await?;
    progress.finish();
    let outcome = write.finish(write_options).await?;
    Ok(Applied::Done(plan, outcome))
}
