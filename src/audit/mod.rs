//! The audit log (H1): every write records who, when, the command line, what changed
//! and why, in the same transaction as the change. Records form a SHA-256 chain so a
//! changed or deleted record is found by `isets audit verify`; a head of the chain kept
//! outside the database (`isets audit head`) also finds removed newest records and a
//! rewrite that recomputed every later hash.
//!
//! This module holds the operations an operator runs, each checking the permission
//! table first; [`chain`] holds the chain itself.

pub mod chain;

pub use chain::*;

use crate::error::Result;
use crate::permissions::Action;
use crate::session::Session;

/// `isets audit log`: what the operator may read of the log (H1).
pub async fn log(session: &Session, filter: &Filter) -> Result<Vec<AuditRecord>> {
    let permit = session.permit(Action::ReadAudit)?;
    let mut tx = session.read().await?;
    list(&mut tx, filter, permit.reach()).await
}

/// `isets audit verify`: the whole chain, and that it extends every head in `heads`,
/// for statewide readers only.
pub async fn verify_chain(session: &Session, heads: &[Head]) -> Result<Verification> {
    session.authorize(Action::VerifyAudit, None)?;
    let mut tx = session.read().await?;
    verify(&mut tx, heads).await
}

/// `isets audit head`: the head to keep outside the database. Statewide readers only,
/// like `verify`: the newest hash covers records of every provider.
pub async fn chain_head(session: &Session) -> Result<Head> {
    session.authorize(Action::VerifyAudit, None)?;
    let mut tx = session.read().await?;
    head(&mut tx).await
}
