//! Customers (DOMAIN.md §5): finding people in the IES data and making them ISETS
//! customers (S1–S3), entering them by hand (S4), assigning them (S5), searching (S6),
//! their record, team and case notes.

pub mod add;
pub mod assign;
pub mod edit;
pub mod notes;
pub mod reach;
pub mod show;
pub mod team;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Backend;
use crate::error::{Error, Result};
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::WriteOptions;

/// S1: what `customer search-ies` asks.
#[derive(Debug, Clone, Default)]
pub struct IesQuery {
    pub first: String,
    pub last: String,
    pub individual_number: Option<String>,
    pub case_number: Option<String>,
    /// MM/DD/YYYY exactly (S1).
    pub dob: Option<String>,
}

/// A person of the IES data a search found.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct IesMatch {
    #[serde(skip)]
    pub id: i64,
    pub individual_number: String,
    pub case_number: String,
    pub last_name: String,
    pub first_name: String,
    pub date_of_birth: NaiveDate,
    pub snap_status: String,
    pub redetermination_date: Option<NaiveDate>,
    /// Already an ISETS customer (S3).
    pub in_isets: bool,
    /// S2: why the data suggests the person is most likely ineligible, if it does.
    #[sqlx(skip)]
    pub likely_ineligible: Option<String>,
}

impl Tabular for IesMatch {
    fn headers() -> Vec<&'static str> {
        vec![
            "individual_number",
            "case_number",
            "last_name",
            "first_name",
            "date_of_birth",
            "snap_status",
            "redetermination_date",
            "in_isets",
            "likely_ineligible",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.individual_number.clone(),
            self.case_number.clone(),
            self.last_name.clone(),
            self.first_name.clone(),
            self.date_of_birth.to_string(),
            self.snap_status.clone(),
            opt(&self.redetermination_date),
            if self.in_isets { "yes" } else { "no" }.into(),
            self.likely_ineligible.clone().unwrap_or_default(),
        ]
    }
    fn key(&self) -> String {
        self.individual_number.clone()
    }
}

/// S1's date of birth: two-digit month and day, four-digit year.
fn parse_search_dob(value: &str) -> Result<NaiveDate> {
    let v = value.trim();
    let shaped = v.len() == 10
        && v.bytes().enumerate().all(|(i, b)| {
            if i == 2 || i == 5 {
                b == b'/'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped
        .then(|| NaiveDate::parse_from_str(v, "%m/%d/%Y").ok())
        .flatten()
        .ok_or_else(|| {
            Error::rule_on(
                "S1",
                "date_of_birth",
                format!("{v:?} must be a real date as MM/DD/YYYY (two-digit month and day, four-digit year)"),
            )
        })
}

fn optional(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
}

/// S2 (assumption of DOMAIN.md): SNAP status No, or a redetermination date already past.
fn likely_ineligible(m: &IesMatch, today: NaiveDate) -> Option<String> {
    if m.snap_status == "N" {
        Some("SNAP status is No".into())
    } else {
        m.redetermination_date
            .filter(|d| *d < today)
            .map(|d| format!("redetermination date {d} has passed"))
    }
}

/// `isets customer search-ies` (S1, S2): the exact matches, each with S2's warning when
/// its data suggests the person is most likely ineligible (the warning never blocks).
pub async fn search_ies(session: &Session, query: &IesQuery) -> Result<Vec<IesMatch>> {
    session.permit(Action::SearchIes)?;
    let first = query.first.trim();
    let last = query.last.trim();
    if first.is_empty() || last.is_empty() {
        return Err(Error::rule(
            "S1",
            "searching IES needs the first and the last name (--first, --last)",
        ));
    }
    let number = optional(&query.individual_number);
    let case = optional(&query.case_number);
    let dob = optional(&query.dob)
        .map(|d| parse_search_dob(&d))
        .transpose()?;
    if number.is_none() && case.is_none() && dob.is_none() {
        return Err(Error::rule(
            "S1",
            "searching IES needs one more of --individual-number, --case-number or --dob besides the names",
        ));
    }
    let mut tx = session.read().await?;
    let mut found: Vec<IesMatch> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT c.id, c.individual_number, c.case_number, c.last_name, c.first_name, \
                    c.date_of_birth, c.snap_status, c.redetermination_date, \
                    c.in_isets_since IS NOT NULL AS in_isets FROM customers c \
                    WHERE c.last_name_key = lower($2) AND c.first_name_key = lower($1) \
                    AND ($3 IS NULL OR c.individual_number = $3) \
                    AND ($4 IS NULL OR c.case_number = $4) \
                    AND ($5 IS NULL OR c.date_of_birth = $5) \
                    ORDER BY c.individual_number",
                postgres: "SELECT id, individual_number, case_number, last_name, first_name, \
                    date_of_birth, snap_status, redetermination_date, in_isets \
                    FROM isets_ies_search($1, $2, $3, $4, $5)",
            ),
            args![first, last, number, case, dob],
        )
        .await?;
    let today = session.today();
    for m in &mut found {
        m.likely_ineligible = likely_ineligible(m, today);
    }
    Ok(found)
}

/// What `search-ies --email` did (S3).
#[derive(Debug, Clone, Serialize)]
pub struct Linked {
    pub individual_number: String,
    pub email: String,
    /// False when the person was an ISETS customer already.
    pub created: bool,
}

/// S3: after one match, the person's ISETS account by email: made from the IES data
/// when there is none; the same person's account is left as it is; an email that is
/// another customer's account is refused.
pub async fn link(
    session: &Session,
    found: &IesMatch,
    email: &str,
    options: &WriteOptions,
) -> Result<Linked> {
    let permit = session.permit(Action::SearchIes)?;
    let email = crate::values::parse_email("email", email)?;
    let mut write = session.write(&permit).await?;
    let at = write.at();
    let operator = write.operator().to_string();
    let number = found.individual_number.as_str();
    // One outcome on both backends: `created ID`, `same`, `taken` or `other`. On
    // PostgreSQL a helper decides it, as the policies hide people who are nobody's
    // customers yet from provider roles.
    let outcome = match write.tx().backend() {
        Backend::Postgres => {
            let (outcome,): (String,) = write
                .tx()
                .fetch_one(
                    crate::sql!(postgres: "SELECT isets_ies_link($1, $2, $3)"),
                    args![number, email.as_str(), at],
                )
                .await?;
            outcome
        }
        Backend::Sqlite => {
            let holder: Option<(String,)> = write
                .tx()
                .fetch_optional(
                    crate::sql!(
                        "SELECT individual_number FROM customers WHERE account_email_key = lower($1)"
                    ),
                    args![email.as_str()],
                )
                .await?;
            match holder {
                Some((h,)) if h == number => "same".to_string(),
                Some(_) => "taken".to_string(),
                None => {
                    let id: Option<(i64,)> = write
                        .tx()
                        .fetch_optional(
                            crate::sql!(
                                "UPDATE customers SET in_isets_since = $2, account_email = $3, updated_at = $2 \
                                 WHERE individual_number = $1 AND in_isets_since IS NULL RETURNING id"
                            ),
                            args![number, at, email.as_str()],
                        )
                        .await?;
                    match id {
                        Some((id,)) => {
                            write
                                .tx()
                                .execute(
                                    crate::sql!(
                                        "INSERT INTO customer_history (customer_id, field, old_value, \
                                         new_value, changed_by, changed_at) \
                                         VALUES ($1, 'account_email', NULL, $2, $3, $4)"
                                    ),
                                    args![id, email.as_str(), operator.as_str(), at],
                                )
                                .await?;
                            format!("created {id}")
                        }
                        None => "other".to_string(),
                    }
                }
            }
        }
    };
    let id = match outcome.split_once(' ') {
        Some(("created", id)) => id
            .parse::<i64>()
            .map_err(|_| Error::Internal(format!("link answered {outcome:?}")))?,
        _ if outcome == "same" => {
            return Ok(Linked {
                individual_number: number.to_string(),
                email,
                created: false,
            });
        }
        _ if outcome == "taken" => {
            return Err(Error::Conflict(format!(
                "rule S3: {email} is the account of another ISETS customer: nothing was changed"
            )));
        }
        _ => {
            return Err(Error::Conflict(format!(
                "rule S3: {number} is an ISETS customer already, with another account email: nothing was changed"
            )));
        }
    };
    let result = Linked {
        individual_number: found.individual_number.clone(),
        email,
        created: true,
    };
    write.record(Change {
        action: "customer.create",
        entity_kind: "customer",
        entity_id: id.to_string(),
        organization_id: None,
        before: None,
        after: Some(json!({
            "individual_number": result.individual_number,
            "account_email": result.email,
            "from": "ies",
        })),
    });
    write.finish(options).await?;
    Ok(result)
}

/// S6: what `customer search` asks. Forgiving: a last name's start with a first initial,
/// a case number, an individual number, or a provider's whole list.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub first: Option<String>,
    pub last: Option<String>,
    pub case_number: Option<String>,
    pub individual_number: Option<String>,
    pub provider: Option<String>,
    pub limit: u32,
}

/// An ISETS customer a search found.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Found {
    pub individual_number: String,
    pub case_number: String,
    pub last_name: String,
    pub first_name: String,
    pub date_of_birth: NaiveDate,
    pub snap_status: String,
    pub office: Option<String>,
}

impl Tabular for Found {
    fn headers() -> Vec<&'static str> {
        vec![
            "individual_number",
            "case_number",
            "last_name",
            "first_name",
            "date_of_birth",
            "snap_status",
            "office",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.individual_number.clone(),
            self.case_number.clone(),
            self.last_name.clone(),
            self.first_name.clone(),
            self.date_of_birth.to_string(),
            self.snap_status.clone(),
            opt(&self.office),
        ]
    }
    fn key(&self) -> String {
        self.individual_number.clone()
    }
}

/// `isets customer search` (S6): ISETS customers within the operator's reach (§1:
/// provider roles, their providers' customers), exact last names first, then by name,
/// at most `limit`.
pub async fn search(session: &Session, query: &Query) -> Result<Vec<Found>> {
    let permit = session.permit(Action::SearchIes)?;
    let first = optional(&query.first).map(|f| f.to_lowercase());
    let last = optional(&query.last).map(|l| l.to_lowercase());
    let case = optional(&query.case_number);
    let number = optional(&query.individual_number);
    if first.is_some() && last.is_none() {
        return Err(Error::rule(
            "S6",
            "a first name or initial needs a last name (--last)",
        ));
    }
    if last.is_none() && case.is_none() && number.is_none() && query.provider.is_none() {
        return Err(Error::rule(
            "S6",
            "search by --last (with --first, or an initial), --case-number, --individual-number or --provider",
        ));
    }
    let mut tx = session.read().await?;
    let provider = match optional(&query.provider) {
        Some(name) => {
            let org = crate::providers::find(&mut tx, &name).await?;
            if !permit.covers(org.id) {
                return Err(Error::NotFound(format!(
                    "provider {name:?} not found (see `isets provider list`)"
                )));
            }
            Some(org.id)
        }
        None => None,
    };
    let reach = reach::of(session, &mut tx, &permit).await?;
    let [statewide, locations, team] = reach.args();
    // Exact last names come first without a ranking of their own: a name is the first
    // of the names it begins, so the index's order is the answer's, and a search stops
    // after `limit` rows of it.
    //
    // One statement per driving condition, which leads with a plain test the planner
    // reads through its index (the individual number, the case number, a range of last
    // names, the provider's assignments); the other conditions follow as filters. The
    // start of a last name is a range: of bytes on SQLite, of the "C" collation on
    // PostgreSQL, whose database collation orders no prefix range.
    macro_rules! search_text {
        ($driver:expr, $within:expr) => {
            concat!(
                "SELECT c.individual_number, c.case_number, c.last_name, c.first_name, \
                 c.date_of_birth, c.snap_status, c.office FROM customers c WHERE ",
                $driver,
                " AND c.in_isets_since IS NOT NULL \
                 AND (CAST($1 AS TEXT) IS NULL OR substr(c.last_name_key, 1, length($1)) = $1) \
                 AND (CAST($2 AS TEXT) IS NULL OR substr(c.first_name_key, 1, length($2)) = $2) \
                 AND (CAST($3 AS TEXT) IS NULL OR c.case_number = $3) \
                 AND (CAST($4 AS TEXT) IS NULL OR c.individual_number = $4) \
                 AND (CAST($5 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM customer_assignments a \
                      WHERE a.customer_id = c.id AND a.organization_id = $5)) AND ",
                $within,
                " ORDER BY c.last_name_key, c.first_name_key, c.individual_number LIMIT $6"
            )
        };
    }
    let statement = if number.is_some() {
        crate::sql!(
            sqlite: search_text!("c.individual_number = $4", crate::within_reach!(sqlite, "7", "8", "9")),
            postgres: search_text!("c.individual_number = $4", crate::within_reach!(postgres, "7", "8", "9")),
        )
    } else if case.is_some() {
        crate::sql!(
            sqlite: search_text!("c.case_number = $3", crate::within_reach!(sqlite, "7", "8", "9")),
            postgres: search_text!("c.case_number = $3", crate::within_reach!(postgres, "7", "8", "9")),
        )
    } else if last.is_some() {
        crate::sql!(
            sqlite: search_text!(
                "c.last_name_key >= $1 AND c.last_name_key < $1 || '\u{10FFFF}'",
                crate::within_reach!(sqlite, "7", "8", "9")
            ),
            postgres: search_text!(
                "c.last_name_key COLLATE \"C\" >= $1 AND c.last_name_key COLLATE \"C\" < $1 || chr(1114111)",
                crate::within_reach!(postgres, "7", "8", "9")
            ),
        )
    } else {
        crate::sql!(
            sqlite: search_text!(
                "c.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.organization_id = $5)",
                crate::within_reach!(sqlite, "7", "8", "9")
            ),
            postgres: search_text!(
                "c.id IN (SELECT a.customer_id FROM customer_assignments a WHERE a.organization_id = $5)",
                crate::within_reach!(postgres, "7", "8", "9")
            ),
        )
    };
    tx.fetch_all(
        statement,
        vec![
            last.into(),
            first.into(),
            case.into(),
            number.into(),
            provider.into(),
            i64::from(query.limit.max(1)).into(),
            statewide,
            locations,
            team,
        ],
    )
    .await
}

/// One change of a customer's record (I3, H1).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HistoryEntry {
    pub changed_at: DateTime<Utc>,
    pub changed_by: String,
    pub field: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    /// The IES batch that made the change, if an import did.
    pub batch: Option<i64>,
}

impl Tabular for HistoryEntry {
    fn headers() -> Vec<&'static str> {
        vec!["changed_at", "changed_by", "field", "old", "new", "batch"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            crate::output::time(&self.changed_at),
            self.changed_by.clone(),
            self.field.clone(),
            opt(&self.old_value),
            opt(&self.new_value),
            opt(&self.batch),
        ]
    }
    fn key(&self) -> String {
        self.field.clone()
    }
}

/// `isets customer history CUSTOMER`: every field an import or ISETS changed, and each
/// SNAP status the customer had, oldest first, with who and when (I2, I3). A customer
/// outside the operator's reach reads as absent.
pub async fn history(session: &Session, individual_number: &str) -> Result<Vec<HistoryEntry>> {
    let permit = session.permit(Action::SearchIes)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, individual_number).await?;
    tx.fetch_all(
        crate::sql!(
            "SELECT changed_at, changed_by, field, old_value, new_value, batch FROM ( \
             SELECT h.changed_at, h.changed_by, h.field, h.old_value, h.new_value, \
                    h.batch_id AS batch, h.id AS seq, 1 AS kind \
             FROM customer_history h WHERE h.customer_id = $1 \
             UNION ALL \
             SELECT s.changed_at, s.changed_by, 'snap_status (status history)', s.old_status, \
                    s.new_status, s.batch_id, s.id, 0 \
             FROM customer_status_history s WHERE s.customer_id = $1) x \
             ORDER BY changed_at, kind, seq"
        ),
        args![id],
    )
    .await
}
