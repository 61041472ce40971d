//! `isets customer edit` (I2): the two IES fields ISETS may change. The SNAP status is
//! changed by IDHS staff, the case number by the customer's providers; each change goes
//! into the history, and the next import overwrites both from IES, recording that too.

use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::error::{Error, Result};
use crate::ies::extract::SnapStatus;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::WriteOptions;

use super::add::NOT_FROM_IES;

/// What `customer edit` asks.
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub customer: String,
    pub snap_status: Option<String>,
    pub case_number: Option<String>,
}

/// One field changed.
#[derive(Debug, Clone, Serialize)]
pub struct Edited {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// `isets customer edit` (I2).
pub async fn edit(session: &Session, e: &Edit, options: &WriteOptions) -> Result<Vec<Edited>> {
    let status = e
        .snap_status
        .as_deref()
        .map(|v| {
            SnapStatus::parse(v.trim()).ok_or_else(|| {
                Error::invalid(
                    "--snap-status",
                    v,
                    "is not a SNAP status: Y, N or P (pending application)",
                )
            })
        })
        .transpose()?;
    let case = e.case_number.as_deref().map(str::trim);
    if case == Some("") {
        return Err(Error::invalid("--case-number", "", "must not be empty"));
    }
    if status.is_none() && case.is_none() {
        return Err(Error::Usage(
            "nothing to change: give --snap-status or --case-number".into(),
        ));
    }
    // I2: each field has its own permission; both are checked before anything is read.
    let status_permit = status
        .map(|_| session.permit(Action::EditSnapStatus))
        .transpose()?;
    let case_permit = case
        .map(|_| session.permit(Action::SearchIes))
        .transpose()?;
    let permit = status_permit
        .clone()
        .or(case_permit.clone())
        .ok_or_else(|| Error::Internal("an edit without a permit".into()))?;
    let mut write = session.write(&permit).await?;
    let mut id = None;
    for p in [&status_permit, &case_permit].into_iter().flatten() {
        id = Some(super::reach::find(session, write.tx(), p, &e.customer).await?);
    }
    let id = id.ok_or_else(|| Error::Internal("an edit without a customer".into()))?;
    let (old_status, old_case): (String, String) = write
        .tx()
        .fetch_one(
            crate::sql!("SELECT snap_status, case_number FROM customers WHERE id = $1"),
            args![id],
        )
        .await?;
    let at = write.at();
    let operator = write.operator().to_string();
    let mut edited = Vec::new();
    if let Some(new) = status.map(SnapStatus::code).filter(|s| *s != old_status) {
        write
            .tx()
            .execute(
                crate::sql!(
                    "INSERT INTO customer_status_history (customer_id, old_status, new_status, changed_by, changed_at) \
                     VALUES ($1, $2, $3, $4, $5)"
                ),
                args![id, old_status.as_str(), new, operator.as_str(), at],
            )
            .await?;
        edited.push(Edited {
            field: "snap_status",
            old: old_status.clone(),
            new: new.to_string(),
        });
    }
    if let Some(new) = case.filter(|c| *c != old_case) {
        edited.push(Edited {
            field: "case_number",
            old: old_case.clone(),
            new: new.to_string(),
        });
    }
    if edited.is_empty() {
        return Ok(edited);
    }
    let new_status = status.map(SnapStatus::code).unwrap_or(old_status.as_str());
    let new_case = case.unwrap_or(old_case.as_str());
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE customers SET snap_status = $2, case_number = $3, row_hash = $4, updated_at = $5 \
                 WHERE id = $1"
            ),
            args![id, new_status, new_case, NOT_FROM_IES, at],
        )
        .await?;
    for change in &edited {
        write
            .tx()
            .execute(
                crate::sql!(
                    "INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)"
                ),
                args![id, change.field, change.old.as_str(), change.new.as_str(), operator.as_str(), at],
            )
            .await?;
    }
    write.record(Change {
        action: "customer.update",
        entity_kind: "customer",
        entity_id: id.to_string(),
        organization_id: None,
        before: Some(json!(
            edited
                .iter()
                .map(|c| (c.field, c.old.clone()))
                .collect::<std::collections::BTreeMap<_, _>>()
        )),
        after: Some(json!(
            edited
                .iter()
                .map(|c| (c.field, c.new.clone()))
                .collect::<std::collections::BTreeMap<_, _>>()
        )),
    });
    write.finish(options).await?;
    Ok(edited)
}
