//! `isets document add|list|get` (E8): documents attached to a customer, such as the
//! signed Employment Plan (category "Plan"), kept in one store ([`store`]) that the
//! verification documents and provider uploads of later records share.

pub mod store;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::db::Arg;
use crate::error::{Error, Result};
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::WriteOptions;

use store::{Content, Store};

/// The largest document the store takes (10 MiB): a scanned, signed plan is well under.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;

/// The categories of customer documents, and the action that adds each: E8's signed
/// Employment Plan, M3's employment verifications and V2's support-service receipts are
/// the provider's case work.
pub const CATEGORIES: &[(&str, Action)] = &[
    ("Plan", Action::CaseWork),
    (EMPLOYMENT_VERIFICATION, Action::CaseWork),
    (SUPPORT_SERVICE, Action::CaseWork),
];

/// M3: the category of a retention check's verification document.
pub const EMPLOYMENT_VERIFICATION: &str = "Employment Verification";
/// V2: the category of a support-service cost's receipt.
pub const SUPPORT_SERVICE: &str = "Support Service";

/// A document attached to a customer.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub customer: String,
    #[serde(skip)]
    pub organization_id: i64,
    pub organization: String,
    pub category: String,
    pub file_name: String,
    pub sha256: String,
    pub size_bytes: i64,
    pub added_by: String,
    pub added_at: DateTime<Utc>,
}

impl Tabular for Document {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "category",
            "file_name",
            "size_bytes",
            "organization",
            "added_by",
            "added_at",
            "sha256",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.category.clone(),
            self.file_name.clone(),
            self.size_bytes.to_string(),
            self.organization.clone(),
            self.added_by.clone(),
            crate::output::time(&self.added_at),
            self.sha256.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

fn category(given: &str) -> Result<(&'static str, Action)> {
    CATEGORIES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(given.trim()))
        .copied()
        .ok_or_else(|| {
            Error::invalid(
                "--category",
                given,
                format!(
                    "is not a document category: one of {}",
                    CATEGORIES
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
}

/// A file read for the store, checked, before anything is written.
pub struct Upload {
    pub file_name: String,
    pub content: Content,
}

/// Reads the file to store (`field` names it in errors: `FILE`, `--document`): refused
/// before reading when larger than [`MAX_BYTES`], empty, or not a readable file.
pub fn read_upload(field: &str, path: &Path) -> Result<Upload> {
    let (file_name, bytes) = read_file_as(field, path)?;
    Ok(Upload {
        file_name,
        content: Content::new(bytes),
    })
}

/// The document a write attached: its id and what was stored.
#[derive(Debug, Clone, Serialize)]
pub struct Attached {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub size_bytes: i64,
}

/// Attaches `upload` to the customer within `write` (one transaction with the record it
/// verifies, E8, M3, V2): the row, and the content once per SHA-256 (never on a dry
/// run). The caller has checked permission and reach, and records its own audit change
/// naming the document.
pub async fn attach(
    session: &Session,
    write: &mut crate::write::Write,
    customer_id: i64,
    org_id: i64,
    category: &'static str,
    upload: Upload,
    dry_run: bool,
) -> Result<Attached> {
    let store = store_of(session)?;
    let at = write.at();
    let by = write.operator().to_string();
    let sha256 = upload.content.sha256.clone();
    let size = upload.content.bytes.len() as i64;
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO customer_documents (customer_id, organization_id, category, file_name, sha256, \
                 size_bytes, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"
            ),
            args![
                customer_id,
                org_id,
                category,
                upload.file_name.as_str(),
                sha256.as_str(),
                size,
                by.as_str(),
                at
            ],
        )
        .await?;
    if !dry_run {
        store.put(write.tx(), upload.content).await?;
    }
    Ok(Attached {
        id,
        file_name: upload.file_name,
        sha256,
        size_bytes: size,
    })
}

/// Stores `upload`'s content within `write` (once per SHA-256, never on a dry run) for a
/// record other than a customer's document (a staffing's, B2); the caller writes the row
/// naming it. The id returned is 0: the caller's row has its own.
pub(crate) async fn store_upload(
    session: &Session,
    write: &mut crate::write::Write,
    upload: Upload,
    dry_run: bool,
) -> Result<Attached> {
    let store = store_of(session)?;
    let sha256 = upload.content.sha256.clone();
    let size = upload.content.bytes.len() as i64;
    if !dry_run {
        store.put(write.tx(), upload.content).await?;
    }
    Ok(Attached {
        id: 0,
        file_name: upload.file_name,
        sha256,
        size_bytes: size,
    })
}

fn read_file_as(field: &str, path: &Path) -> Result<(String, Vec<u8>)> {
    let shown = path.display().to_string();
    let unreadable =
        |e: std::io::Error| Error::invalid(field, &shown, format!("cannot be read: {e}"));
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(Error::invalid(field, &shown, "is not a file"));
    }
    if meta.len() > MAX_BYTES {
        return Err(Error::invalid(
            field,
            &shown,
            format!(
                "is {} bytes, more than the {MAX_BYTES} bytes a document may have",
                meta.len()
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    if bytes.is_empty() {
        return Err(Error::invalid(field, &shown, "is empty"));
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| Error::invalid(field, &shown, "has no file name in UTF-8"))?;
    Ok((name.to_string(), bytes))
}

fn store_of(session: &Session) -> Result<Store> {
    let db = session.db();
    Store::of(db.backend(), db.sqlite_file().as_deref())
}

/// `isets document add CUSTOMER --category … FILE [--org …]`: stores the file (once per
/// content) and attaches it to the customer for the organization it is added for.
pub async fn add(
    session: &Session,
    customer: &str,
    category_name: &str,
    file: &Path,
    org: Option<&str>,
    options: &WriteOptions,
) -> Result<Document> {
    let (category, action) = category(category_name)?;
    let permit = session.permit(action)?;
    let upload = read_upload("FILE", file)?;
    let mut write = session.write(&permit).await?;
    // A super user (statewide) adds for any organization they name; everyone else for
    // one of their own.
    let (org_id, org_name) = match org {
        Some(name) if permit.is_statewide() => {
            let o = crate::orgs::find(write.tx(), name).await?;
            (o.id, o.name)
        }
        _ => session.operator().acting_for(action, org, "--org")?,
    };
    session
        .operator()
        .require_reason(action, org_id, options.reason.as_deref())?;
    let customer_id = reach::find(session, write.tx(), &permit, customer).await?;
    let at = write.at();
    let by = write.operator().to_string();
    let Attached {
        id,
        file_name,
        sha256,
        size_bytes: size,
    } = attach(
        session,
        &mut write,
        customer_id,
        org_id,
        category,
        upload,
        options.dry_run,
    )
    .await?;
    write.record(Change {
        action: "document.add",
        entity_kind: "customer",
        entity_id: customer_id.to_string(),
        organization_id: Some(org_id),
        before: None,
        after: Some(json!({
            "document": id,
            "category": category,
            "file_name": file_name,
            "sha256": sha256,
            "size_bytes": size,
        })),
    });
    write.finish(options).await?;
    Ok(Document {
        id,
        customer: customer.trim().to_string(),
        organization_id: org_id,
        organization: org_name,
        category: category.to_string(),
        file_name,
        sha256,
        size_bytes: size,
        added_by: by,
        added_at: at,
    })
}

/// `isets document list CUSTOMER`: the customer's documents, oldest first.
pub async fn list(session: &Session, customer: &str) -> Result<Vec<Document>> {
    let permit = session.permit(Action::Assessments)?;
    let mut tx = session.read().await?;
    let id = reach::find(session, &mut tx, &permit, customer).await?;
    let mut documents: Vec<Document> = tx
        .fetch_all(
            crate::sql!(
                "SELECT d.id, c.individual_number AS customer, d.organization_id, \
                 coalesce(o.name, '') AS organization, d.category, d.file_name, d.sha256, d.size_bytes, \
                 d.added_by, d.added_at FROM customer_documents d JOIN customers c ON c.id = d.customer_id \
                 LEFT JOIN organizations o ON o.id = d.organization_id \
                 WHERE d.customer_id = $1 ORDER BY d.id"
            ),
            args![id],
        )
        .await?;
    let names = reach::OrganizationNames::of(session);
    for d in &mut documents {
        d.organization = names.shown(d.organization_id, &d.organization);
    }
    Ok(documents)
}

/// `isets document get ID --output FILE`: writes the document's content to `output`
/// after checking it against its hash. An existing file is replaced only with
/// `replace`; a document outside the operator's reach reads as absent.
pub async fn get(session: &Session, id: i64, output: &Path, replace: bool) -> Result<Document> {
    let permit = session.permit(Action::Assessments)?;
    if output.exists() && !replace {
        return Err(Error::invalid(
            "--output",
            &output.display().to_string(),
            "exists: give --force to replace it",
        ));
    }
    let store = store_of(session)?;
    let mut tx = session.read().await?;
    let reach = reach::of(session, &mut tx, &permit).await?;
    let [s, l, t] = reach.args();
    let found: Option<Document> = tx
        .fetch_optional(
            crate::sql!(
                sqlite: concat!(
                    "SELECT d.id, c.individual_number AS customer, d.organization_id, \
                     coalesce(o.name, '') AS organization, d.category, d.file_name, d.sha256, d.size_bytes, \
                     d.added_by, d.added_at FROM customer_documents d JOIN customers c ON c.id = d.customer_id \
                     LEFT JOIN organizations o ON o.id = d.organization_id WHERE d.id = $1 AND ",
                    crate::within_reach!(sqlite, "2", "3", "4")
                ),
                postgres: concat!(
                    "SELECT d.id, c.individual_number AS customer, d.organization_id, \
                     coalesce(o.name, '') AS organization, d.category, d.file_name, d.sha256, d.size_bytes, \
                     d.added_by, d.added_at FROM customer_documents d JOIN customers c ON c.id = d.customer_id \
                     LEFT JOIN organizations o ON o.id = d.organization_id WHERE d.id = $1 AND ",
                    crate::within_reach!(postgres, "2", "3", "4")
                ),
            ),
            vec![Arg::from(id), s, l, t],
        )
        .await?;
    let mut document = found.ok_or_else(|| Error::NotFound(format!("document {id} not found")))?;
    document.organization = reach::OrganizationNames::of(session)
        .shown(document.organization_id, &document.organization);
    let bytes = store.get(&mut tx, &document.sha256).await?;
    std::fs::write(output, &bytes).map_err(|e| {
        Error::invalid(
            "--output",
            &output.display().to_string(),
            format!("cannot be written: {e}"),
        )
    })?;
    Ok(document)
}
