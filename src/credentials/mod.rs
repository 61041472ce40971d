//! Credentials earned (DOMAIN.md §11: C1): `isets credential add|remove|list`, and the
//! Overview's Credentials Earned section (000: Name, Credential Type, Date Attained, SOC
//! Code, Occupation, CIP Code).
//!
//! A credential is entered with the case work (§1) of a provider the customer is (or
//! was: a credential often comes after exit) enrolled with. Removing one keeps the row
//! with who removed it and when (H1). Only industry-recognized credentials count for
//! performance.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::{notes, reach};
use crate::db::Tx;
use crate::employment::rules;
use crate::error::{Error, Result};
use crate::named::named;
use crate::operator::Permit;
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::plans::stored;
use crate::session::Session;
use crate::values::{parse_date, required_text};
use crate::write::WriteOptions;

named! {
    /// C1: the type of a credential. **Assumption**: the manuals name the field only
    /// (000 "Credential Type"); these are the kinds of credential WIOA reporting counts.
    CredentialType {
        Certification = ("certification", "Certification"),
        License = ("license", "License"),
        Diploma = ("diploma-ged", "Diploma/GED"),
        Associates = ("associates", "Associates"),
        Bachelors = ("bachelors", "Bachelors"),
        Graduate = ("graduate", "Graduate Degree"),
        Apprenticeship = ("apprenticeship", "Apprenticeship Certificate"),
        Other = ("other", "Other"),
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    id: i64,
    customer_id: i64,
    customer: String,
    organization_id: i64,
    provider: String,
    activity_id: Option<i64>,
    title: String,
    institution: String,
    earned_on: NaiveDate,
    credential_type: String,
    source: String,
    soc: String,
    occupation: String,
    cip: String,
    industry_recognized: bool,
    added_by: String,
    added_at: DateTime<Utc>,
    removed_by: Option<String>,
    removed_at: Option<DateTime<Utc>>,
}

macro_rules! credential_select {
    () => {
        "SELECT k.id, k.customer_id, c.individual_number AS customer, k.organization_id, \
         coalesce(o.name, '') AS provider, k.activity_id, k.title, k.institution, k.earned_on, \
         k.credential_type, k.source, k.soc, k.occupation, k.cip, k.industry_recognized, k.added_by, \
         k.added_at, k.removed_by, k.removed_at FROM credentials k JOIN customers c ON c.id = k.customer_id \
         LEFT JOIN organizations o ON o.id = k.organization_id"
    };
}

/// A credential as the commands and the Overview show it.
#[derive(Debug, Clone, Serialize)]
pub struct Credential {
    pub id: i64,
    pub customer: String,
    pub provider: String,
    /// The Overview's "Name".
    pub title: String,
    pub institution: String,
    pub credential_type: String,
    /// The Overview's "Date Attained".
    pub date_attained: NaiveDate,
    pub source: String,
    pub soc: String,
    pub occupation: String,
    pub cip: String,
    /// C1: only these count for performance.
    pub industry_recognized: bool,
    pub activity: Option<i64>,
    pub added_by: String,
    pub added_at: DateTime<Utc>,
    pub removed_by: Option<String>,
    pub removed_at: Option<DateTime<Utc>>,
}

impl Credential {
    fn of(row: Row, names: &reach::OrganizationNames) -> Result<Credential> {
        let kind: CredentialType = stored("credential type", &row.credential_type)?;
        Ok(Credential {
            id: row.id,
            customer: row.customer,
            provider: names.shown(row.organization_id, &row.provider),
            title: row.title,
            institution: row.institution,
            credential_type: kind.shown().to_string(),
            date_attained: row.earned_on,
            source: row.source,
            soc: row.soc,
            occupation: row.occupation,
            cip: row.cip,
            industry_recognized: row.industry_recognized,
            activity: row.activity_id,
            added_by: row.added_by,
            added_at: row.added_at,
            removed_by: row.removed_by,
            removed_at: row.removed_at,
        })
    }

    fn removed(&self) -> String {
        match (&self.removed_by, &self.removed_at) {
            (Some(by), Some(at)) => format!("{by} {}", crate::output::time(at)),
            _ => String::new(),
        }
    }

    /// The credential as `field, value` rows.
    pub fn section(&self) -> Section {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows: vec![
                row("id", self.id.to_string()),
                row("customer", self.customer.clone()),
                row("provider", self.provider.clone()),
                row("name", self.title.clone()),
                row("institution", self.institution.clone()),
                row("credential_type", self.credential_type.clone()),
                row("date_attained", self.date_attained.to_string()),
                row("source", self.source.clone()),
                row("soc", self.soc.clone()),
                row("occupation", self.occupation.clone()),
                row("cip", self.cip.clone()),
                row(
                    "industry_recognized",
                    if self.industry_recognized {
                        "yes"
                    } else {
                        "no"
                    }
                    .into(),
                ),
                row("activity", opt(&self.activity)),
                row("removed", self.removed()),
            ],
        }
    }
}

impl Tabular for Credential {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "credential_type",
            "date_attained",
            "soc",
            "occupation",
            "cip",
            "industry_recognized",
            "removed",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.title.clone(),
            self.credential_type.clone(),
            self.date_attained.to_string(),
            self.soc.clone(),
            self.occupation.clone(),
            self.cip.clone(),
            if self.industry_recognized {
                "yes"
            } else {
                "no"
            }
            .into(),
            self.removed(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// The Overview's Credentials Earned: the credentials standing (not removed).
pub fn section(credentials: &[Credential]) -> Section {
    Section {
        title: Some("Credentials Earned (C1)".into()),
        headers: Credential::headers(),
        rows: credentials.iter().map(Tabular::cells).collect(),
    }
}

/// What a credential command did.
#[derive(Debug, Clone, Serialize)]
pub struct Changed {
    #[serde(flatten)]
    pub credential: Credential,
    pub case_note: Option<i64>,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

async fn find(session: &Session, tx: &mut Tx, permit: &Permit, id: i64) -> Result<Row> {
    reach::record(
        session,
        tx,
        permit,
        crate::sql!(
            sqlite: concat!(credential_select!(), " WHERE k.id = $1 AND ", crate::within_reach!(sqlite, "2", "3", "4")),
            postgres: concat!(credential_select!(), " WHERE k.id = $1 AND ", crate::within_reach!(postgres, "2", "3", "4")),
        ),
        id,
        "credential",
        "isets credential list CUSTOMER",
    )
    .await
}

async fn reload(session: &Session, tx: &mut Tx, id: i64) -> Result<Credential> {
    let row: Row = tx
        .fetch_one(
            crate::sql!(concat!(credential_select!(), " WHERE k.id = $1")),
            args![id],
        )
        .await?;
    Credential::of(row, &reach::OrganizationNames::of(session))
}

/// What `isets credential add` asks for.
#[derive(Debug, Clone, Default)]
pub struct AddRequest<'a> {
    pub customer: &'a str,
    pub title: &'a str,
    pub institution: &'a str,
    pub earned: &'a str,
    pub credential_type: &'a str,
    pub source: &'a str,
    pub soc: &'a str,
    pub occupation: &'a str,
    pub cip: &'a str,
    pub industry_recognized: bool,
    pub activity: Option<i64>,
    pub provider: Option<&'a str>,
}

/// The provider a credential is entered for: the one named, or the one provider the
/// operator acts for that the customer is or was enrolled with.
async fn provider_for(
    session: &Session,
    tx: &mut Tx,
    permit: &Permit,
    customer_id: i64,
    customer: &str,
    named: Option<&str>,
) -> Result<i64> {
    let only = crate::employment::provider_named(session, tx, permit, named).await?;
    let enrolled: Vec<(i64,)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT DISTINCT organization_id FROM enrollments WHERE customer_id = $1 ORDER BY organization_id"
            ),
            args![customer_id],
        )
        .await?;
    let mine: Vec<i64> = enrolled
        .into_iter()
        .map(|(o,)| o)
        .filter(|o| permit.covers(*o) && only.is_none_or(|p| p == *o))
        .collect();
    match mine.as_slice() {
        [one] => Ok(*one),
        [] => Err(Error::NotFound(format!(
            "customer {customer} has no enrollment with {} (`isets enroll`)",
            if named.is_some() {
                "that provider"
            } else {
                "a provider you do case work for"
            }
        ))),
        _ => Err(Error::Usage(format!(
            "customer {customer} is enrolled with several of the providers you do case work for: \
             choose one with --provider"
        ))),
    }
}

/// `isets credential add CUSTOMER …` (C1): title, institution, date earned (not a day to
/// come), type (a named list), source, SOC code (M1's form), occupation and CIP code.
pub async fn add(
    session: &Session,
    request: &AddRequest<'_>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let title = required_text("--title", request.title)?;
    let institution = required_text("--institution", request.institution)?;
    let earned = parse_date("--earned", request.earned)?;
    let kind: CredentialType = request
        .credential_type
        .parse()
        .map_err(|why: String| Error::invalid("--type", request.credential_type, why))?;
    let source = required_text("--source", request.source)?;
    let soc = rules::parse_soc("C1", "--soc", request.soc)?;
    let occupation = required_text("--occupation", request.occupation)?;
    let cip = rules::parse_cip("--cip", request.cip)?;
    let mut write = session.write(&permit).await?;
    rules::check_not_future("C1", "--earned", earned, write.today())?;
    let customer_id = reach::find(session, write.tx(), &permit, request.customer).await?;
    let org = provider_for(
        session,
        write.tx(),
        &permit,
        customer_id,
        request.customer.trim(),
        request.provider,
    )
    .await?;
    session
        .operator()
        .require_reason(Action::CaseWork, org, options.reason.as_deref())?;
    crate::locks::refuse_for_customer(write.tx(), "the credential", customer_id, earned).await?;
    if let Some(activity) = request.activity {
        let found: Option<(i64,)> = write
            .tx()
            .fetch_optional(
                crate::sql!("SELECT id FROM activities WHERE id = $1 AND customer_id = $2"),
                args![activity, customer_id],
            )
            .await?;
        if found.is_none() {
            return Err(Error::NotFound(format!(
                "activity {activity} is not on this customer's Employment Plan (`isets ep show`)"
            )));
        }
    }
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO credentials (customer_id, organization_id, activity_id, title, institution, earned_on, \
                 credential_type, source, soc, occupation, cip, industry_recognized, added_by, added_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id"
            ),
            args![
                customer_id,
                org,
                request.activity,
                title.as_str(),
                institution.as_str(),
                earned,
                kind.code(),
                source.as_str(),
                soc.code.as_str(),
                occupation.as_str(),
                cip.as_str(),
                request.industry_recognized,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "credential.add",
        entity_kind: "credential",
        entity_id: id.to_string(),
        organization_id: Some(org),
        before: None,
        after: Some(json!({
            "customer_id": customer_id,
            "title": title,
            "institution": institution,
            "earned_on": earned,
            "credential_type": kind.code(),
            "source": source,
            "soc": soc.code,
            "occupation": occupation,
            "cip": cip,
            "industry_recognized": request.industry_recognized,
            "activity_id": request.activity,
        })),
    });
    let credential = reload(session, write.tx(), id).await?;
    write.finish(options).await?;
    Ok(Changed {
        credential,
        case_note: None,
        warnings: soc.warning("--soc").into_iter().collect(),
    })
}

/// `isets credential remove ID --note …`: the credential is kept, marked removed by the
/// operator now (H1), with a case note saying why.
pub async fn remove(
    session: &Session,
    id: i64,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let note = note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            Error::invalid(
                "--note",
                note.unwrap_or_default(),
                "is required: a removed credential stays on the record with the case note saying why (H1)",
            )
        })?
        .to_string();
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    if !permit.covers(row.organization_id) {
        return Err(session
            .authorize(Action::CaseWork, Some((row.organization_id, &row.provider)))
            .err()
            .unwrap_or_else(|| Error::Internal("a permit covered no provider".into())));
    }
    session.operator().require_reason(
        Action::CaseWork,
        row.organization_id,
        options.reason.as_deref(),
    )?;
    if let (Some(by), Some(at)) = (&row.removed_by, &row.removed_at) {
        return Err(Error::Conflict(format!(
            "credential {id} was removed already, by {by} on {}",
            crate::output::time(at)
        )));
    }
    crate::locks::refuse_for_customer(
        write.tx(),
        &format!("credential {id}"),
        row.customer_id,
        row.earned_on,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE credentials SET removed_by = $2, removed_at = $3 WHERE id = $1 AND removed_at IS NULL"
            ),
            args![id, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "credential.remove",
        entity_kind: "credential",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(json!({ "removed_by": null })),
        after: Some(json!({ "removed_by": by })),
    });
    let note_id = notes::write_note(
        &mut write,
        row.customer_id,
        row.organization_id,
        &format!("Credential {id} {} removed", row.title),
        &note,
    )
    .await?;
    let credential = reload(session, write.tx(), id).await?;
    write.finish(options).await?;
    Ok(Changed {
        credential,
        case_note: Some(note_id),
        warnings: Vec::new(),
    })
}

/// The customer's credentials, by date attained, removed ones too when `removed`.
pub(crate) async fn of_customer(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
    removed: bool,
) -> Result<Vec<Credential>> {
    let rows: Vec<Row> = tx
        .fetch_all(
            crate::sql!(concat!(
                credential_select!(),
                " WHERE k.customer_id = $1 ORDER BY k.earned_on, k.id"
            )),
            args![customer_id],
        )
        .await?;
    let names = reach::OrganizationNames::of(session);
    rows.into_iter()
        .filter(|r| removed || r.removed_at.is_none())
        .map(|r| Credential::of(r, &names))
        .collect()
}

/// `isets credential list CUSTOMER`: every credential of the customer, removed ones
/// marked, for those who read the case file's reports (§1).
pub async fn list(session: &Session, customer: &str) -> Result<Vec<Credential>> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    of_customer(session, &mut tx, id, true).await
}
