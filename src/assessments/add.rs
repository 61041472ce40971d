//! `isets assessment add CUSTOMER --initial|--needs --completed-on DATE`: records an
//! assessment for the organization that entered it (A2 dates it the day it was
//! completed), warning when another organization entered a more recent one (A4). A new
//! Initial Screening may always be added, even when one exists (A5).

use chrono::NaiveDate;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::customers::reach;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

use super::answers::Given;
use super::{Answers, Assessment, Kind, State};

/// An assessment as given on the command line.
#[derive(Debug, Clone)]
pub struct NewAssessment {
    /// The customer's individual number.
    pub customer: String,
    pub kind: Kind,
    pub completed_on: String,
    /// The provider it is entered for; see [`entering`].
    pub provider: Option<String>,
    /// The Initial Screening's answers (none for a Needs Assessment).
    pub answers: Given,
}

/// What `add` did: the assessment, the A4 warnings to show, the write's outcome.
#[derive(Debug)]
pub struct Added {
    pub assessment: Assessment,
    pub warnings: Vec<String>,
    pub outcome: Outcome,
}

/// The organization an assessment is entered for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Entering {
    Idhs,
    Provider(i64, String),
}

impl Entering {
    fn id(&self) -> Option<i64> {
        match self {
            Entering::Idhs => None,
            Entering::Provider(id, _) => Some(*id),
        }
    }

    fn name(&self) -> &str {
        match self {
            Entering::Idhs => crate::orgs::IDHS,
            Entering::Provider(_, name) => name,
        }
    }
}

/// Who the operator enters assessments for. IDHS staff (super users, WFD, provider
/// managers) enter for IDHS, or for a provider `--provider` names that they may act for;
/// provider roles for one of their own providers: the only one, or the one
/// `--provider` names. A provider outside the operator's reach reads as not found.
async fn entering(
    session: &Session,
    write: &mut Write,
    permit: &Permit,
    provider: Option<&str>,
) -> Result<Entering> {
    let operator = session.operator();
    let assessing: Vec<_> = operator
        .listings
        .iter()
        .filter(|l| Action::Assessments.grant(l.role).is_some())
        .collect();
    let idhs_staff = assessing.iter().any(|l| l.role.idhs_staff());
    let mut providers: Vec<(i64, String)> = assessing
        .iter()
        .filter(|l| !l.role.listed_on_idhs())
        .map(|l| (l.organization_id, l.organization.clone()))
        .collect();
    providers.dedup();
    let names = |list: &[(i64, String)]| {
        list.iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(name) = provider.map(str::trim) else {
        return match providers.as_slice() {
            _ if idhs_staff => Ok(Entering::Idhs),
            [(id, name)] => Ok(Entering::Provider(*id, name.clone())),
            _ => Err(Error::Usage(format!(
                "{} enters assessments for several providers ({}): choose one with --provider",
                operator.username,
                names(&providers)
            ))),
        };
    };
    if let Some((id, found)) = providers.iter().find(|(_, n)| n.eq_ignore_ascii_case(name)) {
        return Ok(Entering::Provider(*id, found.clone()));
    }
    if idhs_staff && name.eq_ignore_ascii_case(crate::orgs::IDHS) {
        return Ok(Entering::Idhs);
    }
    let not_found = || Error::NotFound(format!("provider {name:?} not found"));
    if !permit.is_statewide() {
        return Err(not_found());
    }
    let org = crate::orgs::find(write.tx(), name)
        .await
        .map_err(|_| not_found())?;
    if !org.is_provider() {
        return Err(not_found());
    }
    Ok(Entering::Provider(org.id, org.name))
}

/// A2: the day an assessment was completed is neither in the future nor before the
/// customer was born.
fn check_completed_on(completed_on: NaiveDate, today: NaiveDate, born: NaiveDate) -> Result<()> {
    if completed_on > today {
        return Err(Error::rule_on(
            "A2",
            "completed_on",
            format!(
                "{completed_on} is in the future (today is {today}): the date recorded is the day the assessment was completed"
            ),
        ));
    }
    if completed_on < born {
        return Err(Error::rule_on(
            "A2",
            "completed_on",
            format!("{completed_on} is before the customer's date of birth ({born})"),
        ));
    }
    Ok(())
}

/// An assessment of the same kind completed on or after `completed_on`, by whom.
#[derive(sqlx::FromRow)]
struct Later {
    organization_id: Option<i64>,
    organization: String,
    completed_on: NaiveDate,
}

/// `isets assessment add`: the new assessment with its state today (with a "due soon"
/// window of `due_soon_days`, A2) and any A4 warning.
pub async fn add(
    session: &Session,
    new: &NewAssessment,
    due_soon_days: u32,
    options: &WriteOptions,
) -> Result<Added> {
    let permit = session.permit(Action::Assessments)?;
    if new.kind == Kind::Needs && new.answers.any() {
        return Err(Error::Usage(
            "--county, --availability, --education, --soc, --occupation and --barrier are the Initial Screening's answers (--initial); a Needs Assessment takes none".into(),
        ));
    }
    let completed_on = crate::values::parse_date("completed_on", &new.completed_on)?;
    let mut write = session.write(&permit).await?;
    let entering = entering(session, &mut write, &permit, new.provider.as_deref()).await?;
    let customer = reach::find(session, write.tx(), &permit, &new.customer).await?;
    let (born, county): (NaiveDate, Option<String>) = write
        .tx()
        .fetch_one(
            crate::sql!("SELECT date_of_birth, county FROM customers WHERE id = $1"),
            args![customer],
        )
        .await?;
    check_completed_on(completed_on, write.today(), born)?;
    let answers: Option<Answers> = match new.kind {
        Kind::Initial => Some(new.answers.checked(county.as_deref())?),
        Kind::Needs => None,
    };
    let later: Vec<Later> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT a.organization_id, coalesce(o.name, '') AS organization, a.completed_on \
                 FROM assessments a LEFT JOIN organizations o ON o.id = a.organization_id \
                 WHERE a.customer_id = $1 AND a.kind = $2 AND a.completed_on >= $3 \
                 ORDER BY a.completed_on DESC, a.id DESC"
            ),
            args![customer, new.kind.code(), completed_on],
        )
        .await?;
    let warnings: Vec<String> = later
        .iter()
        .find(|l| l.organization_id != entering.id())
        .map(|l| {
            // A4 names the date; the organization only when the operator may see it.
            let shown = reach::OrganizationNames::of(session).shown_or_idhs(l.organization_id, &l.organization);
            let who = if shown == reach::OUTSIDE { "another organization".to_string() } else { shown };
            format!(
                "rule A4: {who} entered {} of this customer completed on {}, as recent as this one or more: check it before relying on this one",
                match new.kind {
                    Kind::Initial => "an Initial Screening",
                    Kind::Needs => "a Needs Assessment",
                },
                l.completed_on
            )
        })
        .into_iter()
        .collect();
    let superseded = later.iter().any(|l| l.completed_on > completed_on);
    let at = write.at();
    let by = write.operator().to_string();
    let id = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO assessments (customer_id, organization_id, kind, completed_on, entered_by, entered_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
            ),
            args![customer, entering.id(), new.kind.code(), completed_on, by.as_str(), at],
        )
        .await?;
    if let Some(a) = &answers {
        write
            .tx()
            .execute(
                crate::sql!(
                    "INSERT INTO assessment_screenings (assessment_id, customer_id, county, availability, education, \
                     desired_soc, desired_occupation) VALUES ($1, $2, $3, $4, $5, $6, $7)"
                ),
                args![
                    id,
                    customer,
                    a.county.as_str(),
                    a.availability.code(),
                    a.education.code(),
                    a.desired_soc.clone(),
                    a.desired_occupation.clone()
                ],
            )
            .await?;
        let barriers = a
            .barriers
            .iter()
            .map(|b| args![id, customer, b.code()])
            .collect();
        write
            .tx()
            .insert_rows(
                crate::sql!(rows: "INSERT INTO assessment_barriers (assessment_id, customer_id, barrier)"),
                barriers,
            )
            .await?;
    }
    write.record(Change {
        action: "assessment.create",
        entity_kind: "customer",
        entity_id: customer.to_string(),
        organization_id: entering.id(),
        before: None,
        after: Some(json!({
            "assessment": id,
            "kind": new.kind,
            "completed_on": completed_on,
            "organization": entering.name(),
            "screening": answers,
        })),
    });
    let today = write.today();
    let outcome = write.finish(options).await?;
    let state = if superseded {
        State::Superseded
    } else {
        super::state::state(completed_on, today, due_soon_days)
    };
    Ok(Added {
        assessment: Assessment {
            organization_id: entering.id(),
            id,
            kind: new.kind,
            completed_on,
            state,
            review_on: super::state::review_on(completed_on),
            due_on: super::state::due_on(completed_on),
            organization: entering.name().to_string(),
            entered_by: by,
            entered_at: at,
            screening: answers,
        },
        warnings,
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
    fn a2_the_completion_date_is_neither_future_nor_before_birth() {
        let (today, born) = (d("2026-03-02"), d("1990-03-04"));
        assert!(check_completed_on(d("2026-03-02"), today, born).is_ok());
        assert!(check_completed_on(d("1990-03-04"), today, born).is_ok());
        let future = check_completed_on(d("2026-03-03"), today, born)
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            future.as_deref(),
            Some(
                "rule A2: completed_on 2026-03-03 is in the future (today is 2026-03-02): the date recorded is the day the assessment was completed"
            )
        );
        assert!(check_completed_on(d("1990-03-03"), today, born).is_err());
    }
}
