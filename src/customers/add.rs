//! `isets customer add` (S4): IDHS staff enter a person who is not in the IES data yet,
//! exactly as IES will have them and only for a pending case; the next import
//! reconciles the record by individual number.

use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Backend;
use crate::error::{Error, Result};
use crate::ies::extract::{Extract, OPTIONAL, REQUIRED};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::WriteOptions;

/// A stored `row_hash` no extract row has: the next import rewrites a record entered or
/// changed in ISETS from IES, whatever the extract holds (I2, S4).
pub const NOT_FROM_IES: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The IES fields of a person entered by hand, named as the extract's columns.
#[derive(Debug, Clone, Default)]
pub struct NewCustomer {
    /// `(column, value)` for the columns given; the others are empty.
    pub fields: Vec<(&'static str, String)>,
    /// The IDHS office, chosen in ISETS (I2).
    pub office: String,
}

/// What `customer add` made.
#[derive(Debug, Clone, Serialize)]
pub struct Added {
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub snap_status: &'static str,
    pub office: String,
    pub entered_by_hand: bool,
}

/// The flag that gives an extract column on the command line: `--case-number`, and
/// `--first`/`--last` for the names, as everywhere else.
pub fn flag_of(column: &str) -> String {
    match column {
        "first_name" => "--first".into(),
        "last_name" => "--last".into(),
        other => format!("--{}", other.replace('_', "-")),
    }
}

/// The person as one row of an extract, checked by the import's own rules (I1), so a
/// person entered by hand is held to what IES holds.
fn person(new: &NewCustomer, today: chrono::NaiveDate) -> Result<crate::ies::extract::Person> {
    let mut columns: Vec<&str> = REQUIRED.to_vec();
    columns.extend(OPTIONAL);
    let mut row: Vec<String> = vec![String::new(); columns.len()];
    for (column, value) in &new.fields {
        if let Some(k) = columns.iter().position(|c| c == column) {
            row[k] = value.clone();
        }
    }
    // S4: only for a pending case.
    row[columns
        .iter()
        .position(|c| *c == "snap_status")
        .unwrap_or(12)] = "P".into();
    let mut text = csv::Writer::from_writer(Vec::new());
    text.write_record(&columns)
        .and_then(|()| text.write_record(&row))
        .map_err(|e| Error::Internal(format!("customer as a row: {e}")))?;
    let text = text
        .into_inner()
        .map_err(|e| Error::Internal(format!("customer as a row: {e}")))?;
    let mut extract = Extract::open(text.as_slice(), today)?;
    match extract.next_row() {
        Some(Ok((_, Ok(person)))) => Ok(person),
        Some(Ok((_, Err(reject)))) => Err(Error::invalid(
            &flag_of(&reject.field),
            &reject.value,
            format!("{} (rule S4: exactly as IES has the person)", reject.reason),
        )),
        Some(Err(e)) => Err(e),
        None => Err(Error::Internal("customer as a row: no row".into())),
    }
}

/// `isets customer add` (S4).
pub async fn add(session: &Session, new: &NewCustomer, options: &WriteOptions) -> Result<Added> {
    let permit = session.permit(Action::CreateCustomer)?;
    let office = new.office.trim();
    if office.is_empty() {
        return Err(Error::rule_on(
            "I2",
            "--office",
            "is required: the IDHS office is chosen in ISETS when the customer is created",
        ));
    }
    let p = person(new, session.today())?;
    let mut write = session.write(&permit).await?;
    let at = write.at();
    let operator = write.operator().to_string();
    let values = args![
        p.individual_number.as_str(),
        p.case_number.as_str(),
        p.last_name.as_str(),
        p.first_name.as_str(),
        p.date_of_birth,
        p.ssn_last4.as_str(),
        p.email.clone(),
        p.phone.clone(),
        p.street.clone(),
        p.city.clone(),
        p.zip.clone(),
        p.county.clone(),
        p.redetermination_date,
        p.midpoint_date,
        p.abawd,
        office,
        at,
        NOT_FROM_IES
    ];
    // An existing number or account shows as nothing made, not as a row to read: the
    // policies hide people outside the operator's reach. On PostgreSQL a helper writes
    // the person with their history, as the policies give a provider manager no write
    // on people outside their reach.
    let id: Option<i64> = match write.tx().backend() {
        Backend::Postgres => {
            let (id,): (Option<i64>,) = write
                .tx()
                .fetch_one(
                    crate::sql!(postgres: "SELECT isets_customer_add($1, $2, $3, $4, $5, $6, $7, $8, $9, \
                        $10, $11, $12, $13, $14, $15, $16, $17, $18)"),
                    values,
                )
                .await?;
            id
        }
        Backend::Sqlite => {
            let made: Option<(i64,)> = write
                .tx()
                .fetch_optional(
                    crate::sql!(
                        "INSERT INTO customers (individual_number, case_number, last_name, first_name, date_of_birth, \
                         ssn_last4, email, phone, street, city, zip, county, snap_status, redetermination_date, \
                         midpoint_date, abawd, office, in_isets_since, account_email, entered_by_hand, row_hash, \
                         created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'P', $13, $14, $15, $16, $17, $7, \
                         true, $18, $17, $17) ON CONFLICT DO NOTHING RETURNING id"
                    ),
                    values,
                )
                .await?;
            if let Some((id,)) = made {
                write
                    .tx()
                    .execute(
                        crate::sql!(
                            "INSERT INTO customer_status_history (customer_id, old_status, new_status, changed_by, changed_at) \
                             VALUES ($1, NULL, 'P', $2, $3)"
                        ),
                        args![id, operator.as_str(), at],
                    )
                    .await?;
                write
                    .tx()
                    .execute(
                        crate::sql!(
                            "INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at) \
                             VALUES ($1, 'entered_by_hand', NULL, 'Y', $2, $3), ($1, 'office', NULL, $4, $2, $3)"
                        ),
                        args![id, operator.as_str(), at, office],
                    )
                    .await?;
            }
            made.map(|(id,)| id)
        }
    };
    let Some(id) = id else {
        return Err(Error::Conflict(format!(
            "rule S4: individual number {} or account email {} is in ISETS already: find the person with \
             `isets customer search-ies`; nothing was written",
            p.individual_number,
            p.email.as_deref().unwrap_or("(none)")
        )));
    };
    let added = Added {
        individual_number: p.individual_number.clone(),
        last_name: p.last_name.clone(),
        first_name: p.first_name.clone(),
        snap_status: "P",
        office: office.to_string(),
        entered_by_hand: true,
    };
    write.record(Change {
        action: "customer.create",
        entity_kind: "customer",
        entity_id: id.to_string(),
        organization_id: None,
        before: None,
        after: Some(json!({
            "individual_number": added.individual_number,
            "account_email": p.email,
            "office": added.office,
            "from": "entered by hand",
        })),
    });
    write.finish(options).await?;
    Ok(added)
}
