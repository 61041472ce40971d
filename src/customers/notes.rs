//! `isets note add|list` (§1 "assessments, case notes"): case notes on a customer,
//! written for one of the writer's organizations and never changed (H1).

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Write, WriteOptions};

/// Longest subject and message a note takes.
const SUBJECT_MAX: usize = 200;
const MESSAGE_MAX: usize = 10_000;

/// A case note.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Note {
    #[serde(skip)]
    pub organization_id: i64,
    pub id: i64,
    pub written_at: DateTime<Utc>,
    pub written_by: String,
    pub organization: String,
    pub subject: String,
    pub message: String,
}

impl Tabular for Note {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "written_at",
            "written_by",
            "organization",
            "subject",
            "message",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            crate::output::time(&self.written_at),
            self.written_by.clone(),
            self.organization.clone(),
            self.subject.clone(),
            self.message.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid(field, value, "must not be empty"));
    }
    if v.chars().count() > max {
        return Err(Error::invalid(
            field,
            &format!("{}…", v.chars().take(20).collect::<String>()),
            format!("is longer than {max} characters"),
        ));
    }
    Ok(v.to_string())
}

/// `isets note add CUSTOMER --subject … --message … [--org …]`. The note is written for
/// `org`, or for the operator's one organization that may write case notes.
pub async fn add(
    session: &Session,
    customer: &str,
    subject: &str,
    message: &str,
    org: Option<&str>,
    options: &WriteOptions,
) -> Result<Note> {
    let permit = session.permit(Action::Assessments)?;
    let subject = text("--subject", subject, SUBJECT_MAX)?;
    let message = text("--message", message, MESSAGE_MAX)?;
    let (org_id, org_name) = session
        .operator()
        .acting_for(Action::Assessments, org, "--org")?;
    let mut write = session.write(&permit).await?;
    let id = super::reach::find(session, write.tx(), &permit, customer).await?;
    let note_id = write_note(&mut write, id, org_id, &subject, &message).await?;
    let at = write.at();
    let by = write.operator().to_string();
    write.finish(options).await?;
    Ok(Note {
        organization_id: org_id,
        id: note_id,
        written_at: at,
        written_by: by,
        organization: org_name,
        subject,
        message,
    })
}

/// Writes a case note on the customer for `organization_id` within `write`, with its
/// audit record: `note add`, and the case notes that changes to the plan carry (E5).
pub(crate) async fn write_note(
    write: &mut Write,
    customer_id: i64,
    organization_id: i64,
    subject: &str,
    message: &str,
) -> Result<i64> {
    let at = write.at();
    let by = write.operator().to_string();
    let note_id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO customer_notes (customer_id, organization_id, subject, message, written_by, written_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
            ),
            args![customer_id, organization_id, subject, message, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "case-note.create",
        entity_kind: "customer",
        entity_id: customer_id.to_string(),
        organization_id: Some(organization_id),
        before: None,
        after: Some(json!({"note": note_id, "subject": subject})),
    });
    Ok(note_id)
}

/// `isets note list CUSTOMER`: the customer's case notes, oldest first.
pub async fn list(session: &Session, customer: &str) -> Result<Vec<Note>> {
    let permit = session.permit(Action::Assessments)?;
    let mut tx = session.read().await?;
    let id = super::reach::find(session, &mut tx, &permit, customer).await?;
    let mut notes: Vec<Note> = tx.fetch_all(
        crate::sql!(
            "SELECT n.organization_id, n.id, n.written_at, n.written_by, coalesce(o.name, '') AS organization, \
             n.subject, n.message FROM customer_notes n LEFT JOIN organizations o ON o.id = n.organization_id \
             WHERE n.customer_id = $1 ORDER BY n.written_at, n.id"
        ),
        args![id],
    )
    .await?;
    let names = super::reach::OrganizationNames::of(session);
    for n in &mut notes {
        n.organization = names.shown(n.organization_id, &n.organization);
    }
    Ok(notes)
}
