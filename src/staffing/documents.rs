//! B2: the documents a program adds to its month's packet (Earnfare's Administrative
//! Expenses Certification, SNAP to Success's Financial Report, the quarterly Interest
//! and Periodic Performance Reports), stored as every document is: once per content,
//! with its SHA-256 and size.

use serde::Serialize;
use serde_json::json;

use super::flow::Named;
use crate::args;
use crate::audit::Change;
use crate::documents::{self, Attached};
use crate::error::{Error, Result};
use crate::named::named;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

named! {
    /// B2: a program's own document of the packet.
    Kind {
        AdminExpensesCertification = ("admin-expenses-certification", "Earnfare Administrative Expenses Certification"),
        FinancialReport = ("financial-report", "SNAP to Success Financial Report"),
        InterestReport = ("interest-report", "Quarterly Interest Report"),
        PeriodicPerformanceReport = ("periodic-performance-report", "Periodic Performance Report"),
    }
}

/// What `staffing attach` did.
#[derive(Debug, Serialize)]
pub struct AttachedToStaffing {
    pub staffing: i64,
    pub kind: Kind,
    pub document: Attached,
    #[serde(skip)]
    pub outcome: Outcome,
}

/// `isets staffing attach --provider … --program … --month … --kind K FILE` (the
/// provider's part): a document the program's packet asks for that month (B2), while
/// the month is not locked (B3).
pub async fn attach(
    session: &Session,
    named: Named<'_>,
    kind: &str,
    file: &std::path::Path,
    options: &WriteOptions,
) -> Result<AttachedToStaffing> {
    let permit = session.permit(Action::StaffingProvider)?;
    let kind: Kind = kind
        .parse()
        .map_err(|why: String| Error::invalid("--kind", kind, why))?;
    let upload = documents::read_upload("FILE", file)?;
    let mut write = session.write(&permit).await?;
    let target = super::target(
        write.tx(),
        &permit,
        named.provider,
        named.program,
        named.month,
    )
    .await?;
    session.operator().require_reason(
        Action::StaffingProvider,
        target.org.id,
        options.reason.as_deref(),
    )?;
    let asked = super::packet::document_kinds(&target.program_type, target.month);
    if !asked.contains(&kind) {
        return Err(Error::rule_on(
            "B2",
            "--kind",
            format!(
                "{}: the packet of {} asks for {}",
                kind.code(),
                target.label(),
                if asked.is_empty() {
                    "no program documents".to_string()
                } else {
                    asked
                        .iter()
                        .map(|k| k.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            ),
        ));
    }
    super::refuse_locked(&mut write, &target, "its documents").await?;
    let row = super::open(&mut write, &target).await?;
    let at = write.at();
    let by = write.operator().to_string();
    // The row first: the stored content is reachable only through a row naming it.
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO staffing_documents (staffing_id, kind, file_name, sha256, size_bytes, added_by, added_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
            ),
            args![
                row.id,
                kind.code(),
                upload.file_name.as_str(),
                upload.content.sha256.as_str(),
                upload.content.bytes.len() as i64,
                by.as_str(),
                at
            ],
        )
        .await?;
    let document = documents::store_upload(session, &mut write, upload, options.dry_run).await?;
    write.record(Change {
        action: "staffing.attach",
        entity_kind: "staffing",
        entity_id: row.id.to_string(),
        organization_id: Some(target.org.id),
        before: None,
        after: Some(json!({
            "document": id,
            "kind": kind.code(),
            "file_name": document.file_name,
            "sha256": document.sha256,
            "size_bytes": document.size_bytes,
        })),
    });
    let outcome = write.finish(options).await?;
    Ok(AttachedToStaffing {
        staffing: row.id,
        kind,
        document: Attached { id, ..document },
        outcome,
    })
}
