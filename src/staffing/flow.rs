//! B8: a staffing moves provider submitted → staffing complete (approved by the provider
//! manager, after checking each customer complete: the month locks, B3) → billing packet
//! submitted (provider manager or WFD) → changes requested, or reviewed and approved by
//! billing (final, B4). An unlock (with its reason) takes an approved staffing back to
//! submitted; after billing's approval nothing does.

use serde::Serialize;
use serde_json::json;

use super::{Row, State, Target};
use crate::args;
use crate::audit::Change;
use crate::error::{Error, Result};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

/// Which staffing a step is for, as given on the command line.
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    pub provider: &'a str,
    pub program: i64,
    pub month: &'a str,
}

/// What a step did: the staffing as it now stands, and any warning (a late step, B1).
#[derive(Debug, Serialize)]
pub struct Stepped {
    pub staffing: i64,
    pub provider: String,
    pub program: i64,
    pub month: String,
    pub state: State,
    pub warnings: Vec<String>,
    #[serde(skip)]
    pub outcome: Outcome,
}

/// A step of B8: from which states, to which, and what it records.
struct Step {
    action: Action,
    event: &'static str,
    from: &'static [State],
    to: State,
}

const SUBMIT: Step = Step {
    action: Action::StaffingProvider,
    event: "submitted",
    from: &[State::Open],
    to: State::Submitted,
};
const APPROVE: Step = Step {
    action: Action::StaffingApprove,
    event: "approved",
    from: &[State::Submitted],
    to: State::Approved,
};
const UNLOCK: Step = Step {
    action: Action::StaffingApprove,
    event: "unlocked",
    from: &[
        State::Approved,
        State::BillingSubmitted,
        State::ChangesRequested,
    ],
    to: State::Submitted,
};
const BILLING_SUBMIT: Step = Step {
    action: Action::BillingSubmit,
    event: "billing-submitted",
    from: &[State::Approved, State::ChangesRequested],
    to: State::BillingSubmitted,
};
const BILLING_APPROVE: Step = Step {
    action: Action::BillingApprove,
    event: "billed",
    from: &[State::BillingSubmitted],
    to: State::Billed,
};
const REQUEST_CHANGES: Step = Step {
    action: Action::BillingApprove,
    event: "changes-requested",
    from: &[State::BillingSubmitted],
    to: State::ChangesRequested,
};

/// Why a step can't be taken from `state` (`row`: the staffing, if it was ever opened):
/// the rule and what to do.
fn refused(step: &Step, state: State, row: Option<&Row>, target: &Target) -> Error {
    let label = target.label();
    let stamp = |of: fn(&Row) -> String| row.map(of).unwrap_or_default();
    let billed = || stamp(|r| super::stamp(r.billed_by.as_deref(), r.billed_at));
    if state == State::Billed && step.to == State::Billed {
        return Error::Conflict(format!(
            "the staffing of {label} was approved by billing already ({})",
            billed()
        ));
    }
    if state == State::Billed {
        return Error::PeriodLocked(format!(
            "period locked: the staffing of {label} was approved by billing ({}): the month is \
             final (B4); a change needs an official billing amendment outside ISETS",
            billed()
        ));
    }
    if state == step.to || (step.event == UNLOCK.event && state == State::Submitted) {
        let already = match state {
            State::Submitted if step.event == SUBMIT.event => format!(
                "submitted already ({})",
                stamp(|r| super::stamp(r.submitted_by.as_deref(), r.submitted_at))
            ),
            State::Approved => format!(
                "approved already ({})",
                stamp(|r| super::stamp(r.approved_by.as_deref(), r.approved_at))
            ),
            State::BillingSubmitted => format!(
                "submitted to billing already ({})",
                stamp(|r| super::stamp(r.billing_submitted_by.as_deref(), r.billing_submitted_at))
            ),
            _ => format!("{} already: not locked", state.shown().to_lowercase()),
        };
        return Error::Conflict(format!("the staffing of {label} is {already}"));
    }
    let needed = match step.event {
        "submitted" => "the provider submits an open staffing (`isets staffing submit`) once",
        "approved" => "the provider submits it first (`isets staffing submit`)",
        "billing-submitted" => {
            "the provider manager approves the staffing first (`isets staffing approve`)"
        }
        _ => "billing reviews a submitted billing packet (`isets billing submit`)",
    };
    let current = match state {
        State::Open => "open (not submitted)",
        other => other.shown(),
    };
    Error::rule(
        "B8",
        format!("the staffing of {label} is {current}: {needed}"),
    )
}

/// A step with nothing of its own to check.
async fn no_check(_: &mut Write, _: &Target, _: Option<&Row>) -> Result<Vec<String>> {
    Ok(Vec::new())
}

/// Takes `step` on the staffing named, within one write with its history and audit
/// record. `check` runs inside the write before anything changes.
async fn take<'a, F>(
    session: &Session,
    named: Named<'a>,
    step: &Step,
    message: Option<&str>,
    options: &WriteOptions,
    check: F,
) -> Result<Stepped>
where
    F: for<'w> AsyncFnOnce(&'w mut Write, &'w Target, Option<&'w Row>) -> Result<Vec<String>>,
{
    let permit = session.permit(step.action)?;
    let mut write = session.write(&permit).await?;
    let target = super::target(
        write.tx(),
        &permit,
        named.provider,
        named.program,
        named.month,
    )
    .await?;
    session
        .operator()
        .require_reason(step.action, target.org.id, options.reason.as_deref())?;
    // Refusals come before the staffing is opened, so that a refused step writes
    // nothing at all (not even an identity value on PostgreSQL).
    let existing = super::load_for_update(write.tx(), &target).await?;
    let state = match &existing {
        Some(row) => row.state()?,
        None => State::Open,
    };
    if !step.from.contains(&state) {
        return Err(refused(step, state, existing.as_ref(), &target));
    }
    let warnings = check(&mut write, &target, existing.as_ref()).await?;
    let row = match existing {
        Some(row) => row,
        None => super::open(&mut write, &target).await?,
    };
    let at = write.at();
    let by = write.operator().to_string();
    // Each step stamps who took it and when; an unlock takes back the approval and any
    // billing submission (B3).
    let changed = write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE staffings SET state = $5, \
                 submitted_by = CASE WHEN $6 = 'submitted' THEN $2 ELSE submitted_by END, \
                 submitted_at = CASE WHEN $6 = 'submitted' THEN $3 ELSE submitted_at END, \
                 approved_by = CASE $6 WHEN 'approved' THEN $2 WHEN 'unlocked' THEN NULL ELSE approved_by END, \
                 approved_at = CASE $6 WHEN 'approved' THEN $3 WHEN 'unlocked' THEN NULL ELSE approved_at END, \
                 billing_submitted_by = CASE $6 WHEN 'billing-submitted' THEN $2 WHEN 'unlocked' THEN NULL ELSE billing_submitted_by END, \
                 billing_submitted_at = CASE $6 WHEN 'billing-submitted' THEN $3 WHEN 'unlocked' THEN NULL ELSE billing_submitted_at END, \
                 billed_by = CASE WHEN $6 = 'billed' THEN $2 ELSE billed_by END, \
                 billed_at = CASE WHEN $6 = 'billed' THEN $3 ELSE billed_at END, \
                 updated_by = $2, updated_at = $3 WHERE id = $1 AND state = $4"
            ),
            args![
                row.id,
                by.as_str(),
                at,
                row.state.as_str(),
                step.to.code(),
                step.event
            ],
        )
        .await?;
    if changed != 1 {
        return Err(Error::Conflict(format!(
            "the staffing of {} changed while this step was taken: look again (`isets staffing show`)",
            target.label()
        )));
    }
    super::event(&mut write, row.id, step.event, message).await?;
    write.record(Change {
        action: "staffing.step",
        entity_kind: "staffing",
        entity_id: row.id.to_string(),
        organization_id: Some(target.org.id),
        before: Some(json!({ "state": row.state })),
        after: Some(match message {
            Some(m) => json!({ "state": step.to.code(), "message": m }),
            None => json!({ "state": step.to.code() }),
        }),
    });
    let outcome = write.finish(options).await?;
    Ok(Stepped {
        staffing: row.id,
        provider: target.org.name.clone(),
        program: target.program_id,
        month: target.month.to_string(),
        state: step.to,
        warnings,
        outcome,
    })
}

/// B1: a step taken after its due day is late: said, never refused.
fn late(what: &str, due: chrono::NaiveDate, today: chrono::NaiveDate) -> Vec<String> {
    super::packet::late(None, due, today)
        .then(|| format!("{what} was due on {due}: it is late (B1)"))
        .into_iter()
        .collect()
}

/// `isets staffing submit` (the provider's part, B1, B8): once the month has ended.
pub async fn submit(
    session: &Session,
    named: Named<'_>,
    options: &WriteOptions,
) -> Result<Stepped> {
    take(
        session,
        named,
        &SUBMIT,
        None,
        options,
        async |write: &mut Write, target: &Target, _row: Option<&Row>| {
            let today = write.today();
            if today <= target.month.last() {
                return Err(Error::rule(
                    "B1",
                    format!(
                        "{} has not ended: its staffing is submitted from {}",
                        target.month.name(),
                        target.month.next().first()
                    ),
                ));
            }
            let settings = crate::settings::Settings::load(write.tx()).await?;
            let due = target.month.day_of_next(settings.provider_due_day);
            Ok(late("the provider's part", due, today))
        },
    )
    .await
}

/// `isets staffing approve` (B3, B8: the provider manager, once every customer of the
/// roster is complete): the month's data locks.
pub async fn approve(
    session: &Session,
    named: Named<'_>,
    options: &WriteOptions,
) -> Result<Stepped> {
    take(
        session,
        named,
        &APPROVE,
        None,
        options,
        async |write: &mut Write, target: &Target, row: Option<&Row>| {
            let id = row.map_or(0, |r| r.id);
            let lines = super::customers::lines(write.tx(), target, id).await?;
            let missing: Vec<String> = lines
                .iter()
                .filter_map(|l| {
                    let mut lacks = Vec::new();
                    if l.progress.is_none() {
                        lacks.push("a level of progress and 4334 answer (`isets staffing mark`)");
                    }
                    if l.eligible.is_none() {
                        lacks.push("IDHS eligibility verification (`isets staffing verify`)");
                    }
                    (!lacks.is_empty())
                        .then(|| format!("{} lacks {}", l.individual_number, lacks.join(" and ")))
                })
                .collect();
            if !missing.is_empty() {
                return Err(Error::rule(
                    "B8",
                    format!(
                        "the staffing of {} is not complete: {}",
                        target.label(),
                        missing.join("; ")
                    ),
                ));
            }
            let settings = crate::settings::Settings::load(write.tx()).await?;
            let due = target.month.day_of_next(settings.manager_due_day);
            Ok(late("the provider manager's part", due, write.today()))
        },
    )
    .await
}

/// `isets staffing unlock --reason …` (B3): the provider manager takes the approval back
/// so the provider can change the month; refused once billing approved (B4).
pub async fn unlock(
    session: &Session,
    named: Named<'_>,
    options: &WriteOptions,
) -> Result<Stepped> {
    let reason = options
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .ok_or_else(|| {
            Error::rule_on(
                "B3",
                "--reason",
                "is required: unlocking an approved month is recorded with why",
            )
        })?
        .to_string();
    take(session, named, &UNLOCK, Some(&reason), options, no_check).await
}

/// `isets billing submit` (B8: provider manager or WFD), once the staffing is approved.
pub async fn billing_submit(
    session: &Session,
    named: Named<'_>,
    options: &WriteOptions,
) -> Result<Stepped> {
    take(session, named, &BILLING_SUBMIT, None, options, no_check).await
}

/// `isets billing approve` (B4: billing staff; a super user with a reason): final.
pub async fn billing_approve(
    session: &Session,
    named: Named<'_>,
    options: &WriteOptions,
) -> Result<Stepped> {
    take(session, named, &BILLING_APPROVE, None, options, no_check).await
}

/// `isets billing request-changes --message …` (B4, B8): the packet goes back; the month
/// stays locked until the provider manager unlocks it.
pub async fn request_changes(
    session: &Session,
    named: Named<'_>,
    message: &str,
    options: &WriteOptions,
) -> Result<Stepped> {
    let message = message.trim();
    if message.is_empty() {
        return Err(Error::rule_on(
            "B8",
            "--message",
            "is required: the provider is told what to change or send",
        ));
    }
    take(
        session,
        named,
        &REQUEST_CHANGES,
        Some(message),
        options,
        no_check,
    )
    .await
}
