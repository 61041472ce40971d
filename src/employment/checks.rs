//! `isets employment end|verify|approve` (M1, M3): the job's end, and its retention
//! checks at 30, 60 and 90 days entered with their document and case note and approved
//! by IDHS.

use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::notes;
use crate::db::Tx;
use crate::documents::{self, EMPLOYMENT_VERIFICATION};
use crate::error::{Error, Result};
use crate::permissions::Action;
use crate::session::Session;
use crate::values::parse_date;
use crate::write::WriteOptions;

use super::*;

/// `isets employment end ID --date D --note …`: the last day of the job, not before its
/// start nor after today (M1), with its case note.
pub async fn end(
    session: &Session,
    id: i64,
    date: &str,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let note = crate::activities::note_text(note)?;
    let date = parse_date("--date", date)?;
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    acting_for(session, &permit, &row, options)?;
    if let Some(ended_on) = row.ended_on {
        return Err(Error::Conflict(format!(
            "employment {id} ended on {ended_on} already"
        )));
    }
    if date < row.started_on {
        return Err(Error::rule_on(
            "M1",
            "--date",
            format!(
                "{date} is before the employment started ({})",
                row.started_on
            ),
        ));
    }
    rules::check_not_future("M1", "--date", date, write.today())?;
    crate::locks::refuse_in_record(
        write.tx(),
        &format!("employment {id}'s end"),
        row.enrollment_id,
        row.customer_id,
        &[date],
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE employments SET ended_on = $2, updated_by = $3, updated_at = $4 WHERE id = $1"
            ),
            args![id, date, by.as_str(), at],
        )
        .await?;
    write.record(Change {
        action: "employment.end",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(json!({ "ended_on": null })),
        after: Some(json!({ "ended_on": date })),
    });
    let note_id = notes::write_note(
        &mut write,
        row.customer_id,
        row.organization_id,
        &format!("Employment {id} at {} ended on {date}", row.employer),
        &note,
    )
    .await?;
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: Some(note_id),
        document: None,
        et_status: None,
        warnings: Vec::new(),
    })
}

/// M3: a retention period, 30, 60 or 90.
pub fn parse_period(value: i64) -> Result<i64> {
    if retention::PERIODS.contains(&value) {
        Ok(value)
    } else {
        Err(Error::rule_on(
            "M3",
            "--period",
            format!("{value} is not a retention period: 30, 60 or 90"),
        ))
    }
}

async fn verification(tx: &mut Tx, id: i64, period: i64) -> Result<Option<VerificationRow>> {
    tx.fetch_optional(
        crate::sql!(
            "SELECT employment_id, period, document_id, note_id, entered_by, entered_at, approved_by, approved_at \
             FROM employment_verifications WHERE employment_id = $1 AND period = $2"
        ),
        args![id, period],
    )
    .await
}

/// `isets employment verify ID --period 30|60|90 --document FILE --note …` (M3): once the
/// period is reached, its verification document (stored, category Employment
/// Verification) and case note, once per period.
pub async fn verify(
    session: &Session,
    id: i64,
    period: i64,
    document: &std::path::Path,
    note: Option<&str>,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::CaseWork)?;
    let period = parse_period(period)?;
    let note = crate::activities::note_text(note).map_err(|e| match e {
        Error::Rule { rule: "E5", .. } => Error::rule_on(
            "M3",
            "--note",
            "is required: each retention period needs a case note",
        ),
        other => other,
    })?;
    let upload = documents::read_upload("--document", document)?;
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    acting_for(session, &permit, &row, options)?;
    let today = write.today();
    crate::locks::refuse_in_record(
        write.tx(),
        &format!("the {period}-day verification of employment {id}"),
        row.enrollment_id,
        row.customer_id,
        &[today],
    )
    .await?;
    let reached = retention::benchmarks(row.started_on, row.ended_on, write.today());
    if !reached.contains(&period) {
        let kept = retention::retained_days(row.started_on, row.ended_on, write.today());
        return Err(Error::rule_on(
            "M3",
            "--period",
            format!(
                "{period} is not reached: employment {id} has been kept {kept} days (from {}{})",
                row.started_on,
                row.ended_on.map(|e| format!(" to {e}")).unwrap_or_default()
            ),
        ));
    }
    if let Some(done) = verification(write.tx(), id, period).await? {
        return Err(Error::Conflict(format!(
            "the {period}-day retention of employment {id} was entered already, by {} on {}",
            done.entered_by,
            crate::output::time(&done.entered_at)
        )));
    }
    let attached = documents::attach(
        session,
        &mut write,
        row.customer_id,
        row.organization_id,
        EMPLOYMENT_VERIFICATION,
        upload,
        options.dry_run,
    )
    .await?;
    let note_id = notes::write_note(
        &mut write,
        row.customer_id,
        row.organization_id,
        &format!(
            "Employment {id} at {}: {period}-day retention verified",
            row.employer
        ),
        &note,
    )
    .await?;
    let at = write.at();
    let by = write.operator().to_string();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO employment_verifications (employment_id, period, customer_id, document_id, note_id, \
                 entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            ),
            args![
                id,
                period,
                row.customer_id,
                attached.id,
                note_id,
                by.as_str(),
                at
            ],
        )
        .await?;
    write.record(Change {
        action: "employment.verify",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: None,
        after: Some(json!({
            "period": period,
            "document_id": attached.id,
            "sha256": attached.sha256,
            "size_bytes": attached.size_bytes,
            "note_id": note_id,
        })),
    });
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: Some(note_id),
        document: Some(attached),
        et_status: None,
        warnings: Vec::new(),
    })
}

/// `isets employment approve ID --period 30|60|90` (M3, VerifyEmployment): a provider
/// manager of the employment's provider, WFD or a super user approves a period's
/// verification, once; this sets the Employment Verification Status.
pub async fn approve(
    session: &Session,
    id: i64,
    period: i64,
    options: &WriteOptions,
) -> Result<Changed> {
    let permit = session.permit(Action::VerifyEmployment)?;
    let period = parse_period(period)?;
    let mut write = session.write(&permit).await?;
    let row = find(session, write.tx(), &permit, id).await?;
    acting_for(session, &permit, &row, options)?;
    let today = write.today();
    crate::locks::refuse_in_record(
        write.tx(),
        &format!("the {period}-day approval of employment {id}"),
        row.enrollment_id,
        row.customer_id,
        &[today],
    )
    .await?;
    let Some(done) = verification(write.tx(), id, period).await? else {
        return Err(Error::rule_on(
            "M3",
            "--period",
            format!(
                "{period}: employment {id} has no {period}-day verification to approve; its provider \
                 enters it first (`isets employment verify`)"
            ),
        ));
    };
    if let (Some(by), Some(at)) = (&done.approved_by, &done.approved_at) {
        return Err(Error::Conflict(format!(
            "the {period}-day retention of employment {id} was approved already, by {by} on {}",
            crate::output::time(at)
        )));
    }
    let at = write.at();
    let by = write.operator().to_string();
    let changed = write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE employment_verifications SET approved_by = $3, approved_at = $4 \
                 WHERE employment_id = $1 AND period = $2 AND approved_by IS NULL"
            ),
            args![id, period, by.as_str(), at],
        )
        .await?;
    if changed != 1 {
        return Err(Error::Conflict(format!(
            "the {period}-day retention of employment {id} was approved meanwhile"
        )));
    }
    write.record(Change {
        action: "employment.approve",
        entity_kind: "employment",
        entity_id: id.to_string(),
        organization_id: Some(row.organization_id),
        before: Some(json!({ "period": period, "approved_by": null })),
        after: Some(json!({ "period": period, "approved_by": by })),
    });
    let employment = reload(session, &mut write, id).await?;
    write.finish(options).await?;
    Ok(Changed {
        employment,
        case_note: None,
        document: None,
        et_status: None,
        warnings: Vec::new(),
    })
}
