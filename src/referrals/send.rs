//! `isets referral send CUSTOMER --to PROVIDER|IDHS [--from PROVIDER] …`: the three kinds
//! of F1, each on a current Initial Screening (F2, A1). An IDHS → provider referral
//! records the consent attested, the assessment date, whether the person receives SNAP
//! and is eligible for E&T, and may book an intake appointment of the provider's
//! schedule (one opening fewer, never two bookings of the last one).

use chrono::NaiveDate;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::calendar::ZONE;
use crate::customers::reach;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

use super::list::Referral;
use super::{Deadlines, Kind};

/// A referral as given on the command line.
#[derive(Debug, Clone, Default)]
pub struct NewReferral {
    /// The customer's individual number.
    pub customer: String,
    /// A provider, or IDHS (a reverse referral).
    pub to: String,
    /// The sending provider, or IDHS; see [`kind_of`].
    pub from: Option<String>,
    /// The receiving program's id (a referral to a provider).
    pub program: Option<i64>,
    /// F2: the signed Referral Form (5179) is on file, attested by the sender.
    pub consent_attested: bool,
    /// F2: the day the assessment was completed [default: the current Initial
    /// Screening's].
    pub assessment_on: Option<String>,
    pub receives_snap: Option<String>,
    pub eligible: Option<String>,
    /// F2: an intake appointment of the receiving provider's schedule.
    pub appointment: Option<i64>,
    /// R2: the Earnfare benefit amount, set with a referral to an Earnfare program.
    pub benefit_amount: Option<String>,
    pub note: Option<String>,
}

/// What `send` did.
#[derive(Debug)]
pub struct Sent {
    pub referral: Referral,
    pub outcome: Outcome,
}

fn is_idhs(name: &str) -> bool {
    name.trim().eq_ignore_ascii_case(crate::orgs::IDHS)
}

/// F1: the kind a command line names: to IDHS is a reverse referral; to a provider,
/// from a provider (`--from`) provider to provider, else from IDHS.
fn kind_of(new: &NewReferral) -> Kind {
    if is_idhs(&new.to) {
        return Kind::Reverse;
    }
    match new.from.as_deref() {
        Some(from) if !is_idhs(from) => Kind::Provider,
        _ => Kind::Referral,
    }
}

/// The provider a referral is sent by: `--from` or the operator's one provider that
/// sends referrals. A provider outside the operator's reach reads as not found.
async fn sender(
    session: &Session,
    write: &mut Write,
    permit: &Permit,
    from: Option<&str>,
) -> Result<(i64, String)> {
    let not_found = |name: &str| Error::NotFound(format!("provider {:?} not found", name.trim()));
    if permit.is_statewide() {
        let Some(name) = from else {
            return Err(Error::Usage(
                "--from: name the provider that sends this referral".into(),
            ));
        };
        let org = crate::orgs::find(write.tx(), name)
            .await
            .map_err(|_| not_found(name))?;
        if !org.is_provider() {
            return Err(not_found(name));
        }
        return Ok((org.id, org.name));
    }
    let operator = session.operator();
    match from {
        Some(name) => operator
            .listings
            .iter()
            .find(|l| {
                Action::SendProviderReferral.grant(l.role).is_some()
                    && l.organization.eq_ignore_ascii_case(name.trim())
            })
            .map(|l| (l.organization_id, l.organization.clone()))
            .ok_or_else(|| not_found(name)),
        None => operator.acting_for(Action::SendProviderReferral, None, "--from"),
    }
}

/// The location a provider sends from: one where it serves the customer (an
/// assignment, or a referral it received) and that the operator's listing covers.
async fn sending_location(
    session: &Session,
    write: &mut Write,
    permit: &Permit,
    customer: i64,
    organization_id: i64,
    provider: &str,
    number: &str,
) -> Result<i64> {
    let reach = reach::of(session, write.tx(), permit).await?;
    let locations: Vec<(i64,)> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT location_id FROM (\
                 SELECT a.location_id, a.assigned_at AS at FROM customer_assignments a \
                 WHERE a.customer_id = $1 AND a.organization_id = $2 AND a.location_id IS NOT NULL \
                 UNION ALL SELECT r.to_location_id, r.sent_at FROM referrals r \
                 WHERE r.customer_id = $1 AND r.to_organization_id = $2 AND r.to_location_id IS NOT NULL) x \
                 ORDER BY at DESC"
            ),
            args![customer, organization_id],
        )
        .await?;
    locations
        .into_iter()
        .map(|(id,)| id)
        .find(|id| reach.covers_location(*id))
        .ok_or_else(|| {
            Error::rule(
                "F1",
                format!(
                    "{provider} refers only a customer it serves: {number} is neither assigned to nor referred to it at a location you cover (`isets customer assign`)"
                ),
            )
        })
}

/// The receiving program of a referral to a provider: its provider and location.
#[derive(sqlx::FromRow)]
struct Target {
    organization_id: i64,
    organization: String,
    location_id: i64,
    removed: bool,
}

async fn target(write: &mut Write, provider: &str, program: i64) -> Result<Target> {
    let found: Option<Target> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                sqlite: "SELECT o.id AS organization_id, o.name AS organization, p.location_id, \
                    p.removed_at IS NOT NULL AS removed \
                    FROM organizations o JOIN programs p ON p.organization_id = o.id \
                    WHERE o.name_key = lower(trim($1)) AND o.kind = 'provider' AND p.id = $2",
                postgres: "SELECT organization_id, organization, location_id, removed FROM isets_referral_program($1, $2)",
            ),
            args![provider, program],
        )
        .await?;
    let target = found.ok_or_else(|| {
        Error::NotFound(format!(
            "provider {:?} has no program {program} (see `isets provider programs`)",
            provider.trim()
        ))
    })?;
    if target.removed {
        return Err(Error::invalid(
            "program",
            &program.to_string(),
            format!(
                "was removed from {}: refer to a current program",
                target.organization
            ),
        ));
    }
    Ok(target)
}

/// R2: a benefit amount is set only with a referral to an Earnfare program.
async fn require_earnfare(write: &mut Write, program: i64) -> Result<()> {
    let found: Option<(String,)> = write
        .tx()
        .fetch_optional(
            crate::sql!("SELECT program_type FROM programs WHERE id = $1"),
            args![program],
        )
        .await?;
    match found {
        Some((program_type,)) if program_type == "earnfare" => Ok(()),
        Some((program_type,)) => Err(Error::rule_on(
            "R2",
            "--benefit-amount",
            format!(
                "is set with a referral to an Earnfare program; program {program} is {}",
                crate::enrollment::rules::program_name(&program_type)
            ),
        )),
        None => Err(Error::NotFound(format!("program {program} not found"))),
    }
}

/// F2: the answers an IDHS → provider referral records, checked.
struct Idhs {
    assessment_on: NaiveDate,
    receives_snap: bool,
    eligible: bool,
}

fn idhs_fields(new: &NewReferral, screening_on: NaiveDate, today: NaiveDate) -> Result<Idhs> {
    if !new.consent_attested {
        return Err(Error::rule_on(
            "F2",
            "consent_attested",
            "is required: attest that the signed Referral Form (5179) carries the customer's signature",
        ));
    }
    let required = |field: &'static str, value: &Option<String>| match value {
        Some(v) => super::yes_no(field, v),
        None => Err(Error::rule_on(
            "F2",
            field,
            "is required on a referral IDHS sends: yes or no",
        )),
    };
    let receives_snap = required("receives_snap", &new.receives_snap)?;
    let eligible = required("eligible", &new.eligible)?;
    let assessment_on = match &new.assessment_on {
        Some(v) => crate::values::parse_date("assessment_date", v)?,
        None => screening_on,
    };
    if assessment_on > today {
        return Err(Error::rule_on(
            "F2",
            "assessment_date",
            format!(
                "{assessment_on} is in the future (today is {today}): give the day the assessment was completed"
            ),
        ));
    }
    Ok(Idhs {
        assessment_on,
        receives_snap,
        eligible,
    })
}

/// P7, F2: takes one opening of an intake appointment on the receiving provider's
/// schedule; the test and the booking are one statement.
async fn book(
    write: &mut Write,
    appointment: i64,
    organization_id: i64,
    provider: &str,
) -> Result<()> {
    let found: Option<(chrono::NaiveDateTime, i64)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT a.starts_at, a.openings FROM appointments a JOIN appointment_sites s ON s.id = a.site_id \
                 WHERE a.id = $1 AND s.organization_id = $2 AND a.removed_at IS NULL AND s.removed_at IS NULL"
            ),
            args![appointment, organization_id],
        )
        .await?;
    let Some((starts_at, openings)) = found else {
        return Err(Error::NotFound(format!(
            "appointment {appointment} is not on {provider}'s schedule (see `isets provider appointments`)"
        )));
    };
    let now = write.at().with_timezone(&ZONE).naive_local();
    if starts_at <= now {
        return Err(Error::invalid(
            "appointment",
            &appointment.to_string(),
            format!("started at {starts_at}: choose a later intake appointment"),
        ));
    }
    let booked: Option<(i64,)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                sqlite: "UPDATE appointments SET booked = booked + 1 \
                    WHERE id = $1 AND removed_at IS NULL AND booked < openings RETURNING id",
                postgres: "SELECT CAST($1 AS BIGINT) AS id WHERE isets_book_appointment($1)",
            ),
            args![appointment],
        )
        .await?;
    if booked.is_none() {
        return Err(Error::Conflict(format!(
            "appointment {appointment} at {starts_at} has no opening left (all {openings} booked): choose another"
        )));
    }
    Ok(())
}

/// `isets referral send`.
pub async fn send(session: &Session, new: &NewReferral, options: &WriteOptions) -> Result<Sent> {
    let kind = kind_of(new);
    let permit = match kind {
        Kind::Referral => session.permit(Action::SendReferral)?,
        Kind::Reverse | Kind::Provider => session.permit(Action::SendProviderReferral)?,
    };
    let f2_given = new.consent_attested
        || new.assessment_on.is_some()
        || new.receives_snap.is_some()
        || new.eligible.is_some()
        || new.appointment.is_some()
        || new.benefit_amount.is_some();
    if kind != Kind::Referral && f2_given {
        return Err(Error::Usage(
            "--consent-attested, --assessment-date, --receives-snap, --eligible, --appointment and --benefit-amount belong to a referral IDHS sends to a provider (F2); IDHS answers a reverse referral's questions (F4)".into(),
        ));
    }
    if kind != Kind::Reverse && new.program.is_none() {
        return Err(Error::Usage(format!(
            "--program: name the program of {} the customer is referred to (its id, see `isets provider programs`)",
            new.to.trim()
        )));
    }
    if kind == Kind::Reverse && new.program.is_some() {
        return Err(Error::Usage(
            "--program: a reverse referral goes to IDHS, not to a program".into(),
        ));
    }
    let benefit = new
        .benefit_amount
        .as_deref()
        .map(|v| crate::earnfare::parse_amount("--benefit-amount", v))
        .transpose()?;
    let mut write = session.write(&permit).await?;
    let from = match kind {
        Kind::Referral => None,
        Kind::Reverse | Kind::Provider => {
            Some(sender(session, &mut write, &permit, new.from.as_deref()).await?)
        }
    };
    let customer = reach::find(session, write.tx(), &permit, &new.customer).await?;
    let today = crate::calendar::illinois_date(write.at());
    let screening = crate::assessments::require_current_screening(
        write.tx(),
        customer,
        today,
        "a referral is sent (F2)",
    )
    .await?;
    let from_location = match &from {
        Some((id, name)) => Some(
            sending_location(
                session,
                &mut write,
                &permit,
                customer,
                *id,
                name,
                &new.customer,
            )
            .await?,
        ),
        None => None,
    };
    let to = match (kind, new.program) {
        (Kind::Reverse, _) | (_, None) => None,
        (_, Some(program)) => Some(target(&mut write, &new.to, program).await?),
    };
    if let (Some((from_id, name)), Some(to)) = (&from, &to)
        && *from_id == to.organization_id
    {
        return Err(Error::Usage(format!(
            "--to: {name} cannot refer a customer to itself"
        )));
    }
    let idhs = match kind {
        Kind::Referral => Some(idhs_fields(new, screening.completed_on, today)?),
        _ => None,
    };
    if let (Some(_), Some(program)) = (benefit, new.program) {
        require_earnfare(&mut write, program).await?;
    }
    if let (Some(appointment), Some(to)) = (new.appointment, &to) {
        book(
            &mut write,
            appointment,
            to.organization_id,
            &to.organization,
        )
        .await?;
    }
    let at = write.at();
    let by = write.operator().to_string();
    let calendar = super::calendar_for(write.tx(), at).await?;
    let d = Deadlines::of(&calendar, kind, at)?;
    let note = new
        .note
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from);
    let from_id = from.as_ref().map(|(id, _)| *id);
    let to_id = to.as_ref().map(|t| t.organization_id);
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO referrals (customer_id, kind, from_organization_id, to_organization_id, program_id, \
                 from_location_id, to_location_id, status, version, sent_at, sent_by, due_at, red_flag_at, expires_at, \
                 consent_attested, assessment_id, assessment_on, receives_snap, eligible, appointment_id, note) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 1, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) \
                 RETURNING id"
            ),
            args![
                customer,
                kind.code(),
                from_id,
                to_id,
                new.program.filter(|_| kind != Kind::Reverse),
                from_location,
                to.as_ref().map(|t| t.location_id),
                at,
                by.as_str(),
                d.due_at,
                d.red_flag_at,
                d.expires_at,
                idhs.as_ref().map(|_| true),
                screening.assessment_id,
                idhs.as_ref().map(|i| i.assessment_on),
                idhs.as_ref().map(|i| i.receives_snap),
                idhs.as_ref().map(|i| i.eligible),
                new.appointment,
                note.clone()
            ],
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO referral_versions (referral_id, version, status, receives_snap, eligible, appointment_id, \
                 due_at, reason, note, changed_by, changed_at) VALUES ($1, 1, 'pending', $2, $3, $4, $5, NULL, $6, $7, $8)"
            ),
            args![
                id,
                idhs.as_ref().map(|i| i.receives_snap),
                idhs.as_ref().map(|i| i.eligible),
                new.appointment,
                d.due_at,
                note.clone(),
                by.as_str(),
                at
            ],
        )
        .await?;
    let from_name = from
        .as_ref()
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| crate::orgs::IDHS.to_string());
    let to_name = to
        .as_ref()
        .map(|t| t.organization.clone())
        .unwrap_or_else(|| crate::orgs::IDHS.to_string());
    write.record(Change {
        action: "referral.send",
        entity_kind: "referral",
        entity_id: id.to_string(),
        organization_id: to_id.or(from_id),
        before: None,
        after: Some(json!({
            "version": format!("{id}.1"),
            "customer": new.customer.trim(),
            "kind": kind,
            "from": from_name,
            "to": to_name,
            "program": new.program,
            "due_at": d.due_at,
            "red_flag_at": d.red_flag_at,
            "expires_at": d.expires_at,
            "assessment": screening.assessment_id,
            "consent_attested": idhs.as_ref().map(|_| true),
            "assessment_on": idhs.as_ref().map(|i| i.assessment_on),
            "receives_snap": idhs.as_ref().map(|i| i.receives_snap),
            "eligible": idhs.as_ref().map(|i| i.eligible),
            "appointment": new.appointment,
            "note": note,
        })),
    });
    if let Some(amount) = benefit {
        crate::earnfare::record_benefit(&mut write, customer, amount, today, Some(id), None)
            .await?;
    }
    // T2 (§8): the E&T status moves in this same write.
    crate::et_status::on_referral(&mut write, customer, id, true).await?;
    let referral = super::list::one(session, write.tx(), id).await;
    let outcome = write.finish(options).await?;
    Ok(Sent {
        referral: referral?,
        outcome,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn f2_an_idhs_referral_needs_consent_and_both_answers() {
        let mut new = NewReferral {
            receives_snap: Some("yes".into()),
            eligible: Some("no".into()),
            ..NewReferral::default()
        };
        let refused = idhs_fields(&new, d("2026-03-01"), d("2026-03-02"))
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            refused.as_deref(),
            Some(
                "rule F2: consent_attested is required: attest that the signed Referral Form (5179) carries the customer's signature"
            )
        );
        new.consent_attested = true;
        let ok = idhs_fields(&new, d("2026-03-01"), d("2026-03-02")).expect("fields");
        assert_eq!(
            (ok.assessment_on, ok.receives_snap, ok.eligible),
            (d("2026-03-01"), true, false)
        );
        new.eligible = None;
        assert!(idhs_fields(&new, d("2026-03-01"), d("2026-03-02")).is_err());
    }
}
