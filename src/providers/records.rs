//! The rest of a provider's record (P7): worksites, audits and provider case notes.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::EmploymentType;
use crate::error::{Error, Result};
use crate::output::{Tabular, opt, time};
use crate::permissions::Action;
use crate::session::Session;
use crate::values::required_text;
use crate::write::{Outcome, WriteOptions};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Worksite {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub employment_type: String,
    pub contact_name: String,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
}

impl Tabular for Worksite {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "address",
            "employment_type",
            "contact_name",
            "contact_phone",
            "contact_email",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.address.clone(),
            self.employment_type.clone(),
            self.contact_name.clone(),
            opt(&self.contact_phone),
            opt(&self.contact_email),
        ]
    }
    fn key(&self) -> String {
        self.name.clone()
    }
}

#[derive(Debug, Clone)]
pub struct NewWorksite {
    pub name: String,
    pub address: String,
    pub employment_type: EmploymentType,
    pub contact_name: String,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
}

pub async fn add_worksite(
    session: &Session,
    provider: &str,
    new: &NewWorksite,
    options: &WriteOptions,
) -> Result<(Worksite, Outcome)> {
    let name = required_text("name", &new.name)?;
    let address = required_text("address", &new.address)?;
    let contact = required_text("contact_name", &new.contact_name)?;
    let email = new
        .contact_email
        .as_deref()
        .map(|e| crate::values::parse_email("contact_email", e))
        .transpose()?;
    let (mut write, org, _permit) = super::write_on(session, provider, Action::ManageSites).await?;
    let exists: Option<(i64,)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT id FROM worksites WHERE organization_id = $1 AND lower(name) = lower($2)"
            ),
            args![org.id, name.as_str()],
        )
        .await?;
    if exists.is_some() {
        return Err(Error::Conflict(format!(
            "provider {} already has a worksite named {name:?}",
            org.name
        )));
    }
    let at = write.at();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO worksites (organization_id, name, address, employment_type, contact_name, contact_phone, contact_email, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"),
            args![
                org.id,
                name.as_str(),
                address.as_str(),
                new.employment_type.code(),
                contact.as_str(),
                new.contact_phone.clone(),
                email.clone(),
                at
            ],
        )
        .await?;
    let site = Worksite {
        id,
        name,
        address,
        employment_type: new.employment_type.code().into(),
        contact_name: contact,
        contact_phone: new.contact_phone.clone(),
        contact_email: email,
    };
    write.record(Change {
        action: "worksite.create",
        entity_kind: "worksite",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(serde_json::to_value(&site)?),
    });
    Ok((site, write.finish(options).await?))
}

pub(crate) async fn worksites_of(
    tx: &mut crate::db::Tx,
    organization_id: i64,
) -> Result<Vec<Worksite>> {
    tx.fetch_all(
        crate::sql!("SELECT id, name, address, employment_type, contact_name, contact_phone, contact_email FROM worksites \
         WHERE organization_id = $1 ORDER BY name"),
        args![organization_id],
    )
    .await
}

pub async fn worksites(session: &Session, provider: &str) -> Result<Vec<Worksite>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    worksites_of(&mut tx, org.id).await
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ProviderAudit {
    pub id: i64,
    pub audit_date: NaiveDate,
    pub title: String,
    pub findings: String,
    pub entered_by: String,
}

impl Tabular for ProviderAudit {
    fn headers() -> Vec<&'static str> {
        vec!["id", "audit_date", "title", "findings", "entered_by"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.audit_date.to_string(),
            self.title.clone(),
            self.findings.clone(),
            self.entered_by.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

pub async fn add_audit(
    session: &Session,
    provider: &str,
    audit_date: NaiveDate,
    title: &str,
    findings: &str,
    options: &WriteOptions,
) -> Result<(ProviderAudit, Outcome)> {
    let title = required_text("title", title)?;
    let (mut write, org, _permit) =
        super::write_on(session, provider, Action::ProviderAudits).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO provider_audits (organization_id, audit_date, title, findings, entered_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"),
            args![org.id, audit_date, title.as_str(), findings, by.as_str(), at],
        )
        .await?;
    let audit = ProviderAudit {
        id,
        audit_date,
        title,
        findings: findings.to_string(),
        entered_by: by,
    };
    write.record(Change {
        action: "provider-audit.create",
        entity_kind: "provider-audit",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(serde_json::to_value(&audit)?),
    });
    Ok((audit, write.finish(options).await?))
}

pub(crate) async fn audits_of(
    tx: &mut crate::db::Tx,
    organization_id: i64,
) -> Result<Vec<ProviderAudit>> {
    tx.fetch_all(
        crate::sql!("SELECT id, audit_date, title, findings, entered_by FROM provider_audits WHERE organization_id = $1 ORDER BY audit_date, id"),
        args![organization_id],
    )
    .await
}

pub async fn audits(session: &Session, provider: &str) -> Result<Vec<ProviderAudit>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    audits_of(&mut tx, org.id).await
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Note {
    pub id: i64,
    pub written_at: DateTime<Utc>,
    pub written_by: String,
    pub subject: String,
    pub message: String,
}

impl Tabular for Note {
    fn headers() -> Vec<&'static str> {
        vec!["id", "written_at", "written_by", "subject", "message"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            time(&self.written_at),
            self.written_by.clone(),
            self.subject.clone(),
            self.message.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

pub async fn add_note(
    session: &Session,
    provider: &str,
    subject: &str,
    message: &str,
    options: &WriteOptions,
) -> Result<(Note, Outcome)> {
    let subject = required_text("subject", subject)?;
    let message = required_text("message", message)?;
    let (mut write, org, _permit) =
        super::write_on(session, provider, Action::ProviderNotes).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!("INSERT INTO provider_notes (organization_id, subject, message, written_by, written_at) VALUES ($1, $2, $3, $4, $5) RETURNING id"),
            args![org.id, subject.as_str(), message.as_str(), by.as_str(), at],
        )
        .await?;
    let note = Note {
        id,
        written_at: at,
        written_by: by,
        subject,
        message,
    };
    write.record(Change {
        action: "provider-note.create",
        entity_kind: "provider-note",
        entity_id: id.to_string(),
        organization_id: Some(org.id),
        before: None,
        after: Some(json!({"subject": note.subject, "message": note.message})),
    });
    Ok((note, write.finish(options).await?))
}

pub(crate) async fn notes_of(tx: &mut crate::db::Tx, organization_id: i64) -> Result<Vec<Note>> {
    tx.fetch_all(
        crate::sql!("SELECT id, written_at, written_by, subject, message FROM provider_notes WHERE organization_id = $1 ORDER BY written_at, id"),
        args![organization_id],
    )
    .await
}

pub async fn notes(session: &Session, provider: &str) -> Result<Vec<Note>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ProviderNotes).await?;
    notes_of(&mut tx, org.id).await
}
