//! `isets customer assign` (S5): a customer assigned to a program at a provider, with
//! the IDHS office. The provider's staff reach the customer from then on, through the
//! program's location (§1).

use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Write, WriteOptions};

/// What `customer assign` asks.
#[derive(Debug, Clone)]
pub struct Assignment {
    pub customer: String,
    pub provider: String,
    pub program: i64,
    pub office: String,
}

/// What it did.
#[derive(Debug, Clone, Serialize)]
pub struct Assigned {
    pub individual_number: String,
    pub provider: String,
    pub program: i64,
    pub location: String,
    pub office: String,
}

/// The id of the ISETS customer with this individual number, whether or not within
/// the operator's reach yet: assigning is how a provider's reach begins (S5). People of
/// the IES data who are not ISETS customers yet are made so first (S3, S4).
pub(crate) async fn isets_customer_id(tx: &mut Tx, number: &str) -> Result<i64> {
    let id: Option<(Option<i64>,)> = tx
        .fetch_optional(
            crate::sql!(
                sqlite: "SELECT id FROM customers WHERE individual_number = $1 AND in_isets_since IS NOT NULL",
                postgres: "SELECT isets_customer_find($1)",
            ),
            args![number],
        )
        .await?;
    id.and_then(|(id,)| id).ok_or_else(|| {
        Error::NotFound(format!(
            "{number:?} is not an ISETS customer: find the person with `isets customer search-ies` \
             (--email makes them one), or IDHS staff enter them with `isets customer add` (S3, S4)"
        ))
    })
}

#[derive(sqlx::FromRow)]
struct Program {
    location_id: i64,
    location: String,
    removed: bool,
}

/// `isets customer assign` (S5).
pub async fn assign(session: &Session, a: &Assignment, options: &WriteOptions) -> Result<Assigned> {
    let permit = session.permit(Action::SearchIes)?;
    let office = a.office.trim();
    if office.is_empty() {
        return Err(Error::rule_on(
            "S5",
            "--office",
            "is required: a customer is assigned with an IDHS office",
        ));
    }
    let number = a.customer.trim();
    let mut write = session.write(&permit).await?;
    let org = crate::providers::find(write.tx(), &a.provider).await?;
    if !permit.covers(org.id) {
        return Err(Error::NotFound(format!(
            "provider {:?} not found (see `isets provider list`)",
            a.provider
        )));
    }
    let permit = session.authorize(Action::SearchIes, Some((org.id, &org.name)))?;
    let program: Option<Program> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT p.location_id, x.name AS location, p.removed_at IS NOT NULL AS removed \
                 FROM programs p JOIN locations x ON x.id = p.location_id \
                 WHERE p.id = $1 AND p.organization_id = $2"
            ),
            args![a.program, org.id],
        )
        .await?;
    let program = match program {
        Some(p) if !p.removed => p,
        Some(_) => {
            return Err(Error::rule_on(
                "S5",
                "--program",
                format!(
                    "program {} of {} was removed: assign to a current program",
                    a.program, org.name
                ),
            ));
        }
        None => {
            return Err(Error::rule_on(
                "S5",
                "--program",
                format!(
                    "{} is not a program of {} (see `isets provider programs {:?}`)",
                    a.program, org.name, org.name
                ),
            ));
        }
    };
    let reach = super::reach::of(session, write.tx(), &permit).await?;
    if !reach.covers_location(program.location_id) {
        return Err(Error::PermissionDenied(format!(
            "{} is listed on {} for other locations than {} (§1: a listing limited to some locations \
             reaches only their customers)",
            session.operator().username,
            org.name,
            program.location
        )));
    }
    let customer = isets_customer_id(write.tx(), number).await?;
    let inserted = insert(
        &mut write,
        customer,
        org.id,
        a.program,
        program.location_id,
        office,
    )
    .await?;
    if !inserted {
        return Err(Error::Conflict(format!(
            "rule S5: {number} is assigned to program {} of {} already: nothing was changed",
            a.program, org.name
        )));
    }
    // The office follows the latest assignment (I2), with the change in the history.
    let (old_office,): (Option<String>,) = write
        .tx()
        .fetch_one(
            crate::sql!("SELECT office FROM customers WHERE id = $1"),
            args![customer],
        )
        .await?;
    set_office(&mut write, customer, old_office.as_deref(), office).await?;
    let assigned = Assigned {
        individual_number: number.to_string(),
        provider: org.name.clone(),
        program: a.program,
        location: program.location,
        office: office.to_string(),
    };
    write.record(Change {
        action: "customer.assign",
        entity_kind: "customer",
        entity_id: customer.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json!({
            "individual_number": assigned.individual_number,
            "provider": assigned.provider,
            "program": assigned.program,
            "location": assigned.location,
            "office": assigned.office,
        })),
    });
    write.finish(options).await?;
    Ok(assigned)
}

/// S5: assigns the customer to a program at its location (`office` being the FCRC office
/// the assignment names); false when they are assigned to that program already.
pub(crate) async fn insert(
    write: &mut Write,
    customer: i64,
    organization: i64,
    program: i64,
    location: i64,
    office: &str,
) -> Result<bool> {
    let at = write.at();
    let by = write.operator().to_string();
    let inserted = write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO customer_assignments (customer_id, organization_id, program_id, location_id, \
                 office, assigned_at, assigned_by) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"
            ),
            args![customer, organization, program, location, office, at, by.as_str()],
        )
        .await?;
    Ok(inserted > 0)
}

/// I2: the customer's office becomes `office` when it was `old`, with the change in their
/// history; nothing when it is the same.
pub(crate) async fn set_office(
    write: &mut Write,
    customer: i64,
    old: Option<&str>,
    office: &str,
) -> Result<()> {
    if old == Some(office) {
        return Ok(());
    }
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!("UPDATE customers SET office = $2, updated_at = $3 WHERE id = $1"),
            args![customer, office, at],
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at) \
                 VALUES ($1, 'office', $2, $3, $4, $5)"
            ),
            args![customer, old, office, by.as_str(), at],
        )
        .await?;
    Ok(())
}
