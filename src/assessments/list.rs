//! `isets assessment list CUSTOMER`: a customer's assessments with the state of each
//! (A2): current, review due, due soon, overdue, or superseded by a newer one.

use crate::error::Result;
use crate::permissions::Action;
use crate::session::Session;

use super::Assessment;

/// The customer's assessments, oldest first, each with its state today; "due soon" is
/// the last `due_soon_days` days before an assessment is overdue (A2).
pub async fn list(
    session: &Session,
    customer: &str,
    due_soon_days: u32,
) -> Result<Vec<Assessment>> {
    let permit = session.permit(Action::Assessments)?;
    let mut tx = session.read().await?;
    let id = crate::customers::reach::find(session, &mut tx, &permit, customer).await?;
    let rows = super::rows(&mut tx, id).await?;
    super::with_states(session, rows, session.today(), due_soon_days)
}
