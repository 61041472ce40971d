//! Provider agencies and everything their record holds (DOMAIN.md §3, P1–P7).

/// P1 as SQL: the provider whose id is the expression `$org` has a location and a
/// contract. The one statement of the rule, for every query that needs it.
macro_rules! p1_complete {
    ($org:literal) => {
        concat!(
            "(EXISTS (SELECT 1 FROM locations p1l WHERE p1l.organization_id = ",
            $org,
            ") AND EXISTS (SELECT 1 FROM contracts p1c WHERE p1c.organization_id = ",
            $org,
            "))"
        )
    };
}
pub(crate) use p1_complete;

pub mod contracts;
pub mod locations;
pub mod programs;
pub mod records;
pub mod services;
pub mod sites;

use chrono::NaiveDate;
use serde::Serialize;

use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::{self, Organization};
use crate::output::{Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;
use crate::users::ListingView;
use crate::write::Write;

fn not_found(name: &str) -> Error {
    Error::NotFound(format!(
        "provider {name:?} not found (see `isets provider list`)"
    ))
}

/// Finds a provider by name (ignoring case); IDHS is not a provider.
pub async fn find(tx: &mut Tx, name: &str) -> Result<Organization> {
    let org = orgs::find(tx, name).await.map_err(|_| not_found(name))?;
    if !org.is_provider() {
        return Err(Error::NotFound(format!("{:?} is not a provider", org.name)));
    }
    Ok(org)
}

/// Finds a provider the operator may see; one outside their reach reads as absent, so
/// an answer never tells them what exists elsewhere.
pub(crate) async fn find_visible(
    session: &Session,
    tx: &mut Tx,
    name: &str,
) -> Result<Organization> {
    let view = session.permit(Action::ViewContracts)?;
    let org = find(tx, name).await?;
    if !view.covers(org.id) {
        return Err(not_found(name));
    }
    Ok(org)
}

/// The provider named and the type of its program `program`, for an operator whose
/// `permit` covers the provider: one outside it reads as not found (§1), as does a
/// program that is not the provider's.
pub(crate) async fn program_in_reach(
    tx: &mut Tx,
    permit: &Permit,
    provider: &str,
    program: i64,
) -> Result<(Organization, String)> {
    let org = find(tx, provider.trim()).await?;
    if !permit.covers(org.id) {
        return Err(not_found(provider.trim()));
    }
    let found: Option<(String,)> = tx
        .fetch_optional(
            crate::sql!("SELECT program_type FROM programs WHERE id = $1 AND organization_id = $2"),
            crate::args![program, org.id],
        )
        .await?;
    match found {
        Some((program_type,)) => Ok((org, program_type)),
        None => Err(Error::NotFound(format!(
            "program {program} of {} not found (see `isets provider programs {:?}`)",
            org.name, org.name
        ))),
    }
}

/// Opens a write on `provider` after checking `action` on it; the permit goes to the
/// operations that change its records.
pub(crate) async fn write_on(
    session: &Session,
    provider: &str,
    action: Action,
) -> Result<(Write, Organization, Permit)> {
    let permit = session.permit(action)?;
    let mut write = session.write(&permit).await?;
    let org = find_visible(session, write.tx(), provider).await?;
    let permit = session.authorize(action, Some((org.id, &org.name)))?;
    Ok((write, org, permit))
}

/// Opens a read of `provider` after checking `action` on it.
pub(crate) async fn read_on(
    session: &Session,
    provider: &str,
    action: Action,
) -> Result<(Tx, Organization)> {
    session.permit(action)?;
    let mut tx = session.read().await?;
    let org = find_visible(session, &mut tx, provider).await?;
    session.authorize(action, Some((org.id, &org.name)))?;
    Ok((tx, org))
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ProviderSummary {
    pub id: i64,
    pub name: String,
    pub spcq_approved_on: Option<NaiveDate>,
    pub locations: i64,
    pub contracts: i64,
    pub programs: i64,
    pub users: i64,
}

impl Tabular for ProviderSummary {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "spcq_approved_on",
            "locations",
            "contracts",
            "programs",
            "users",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            opt(&self.spcq_approved_on),
            self.locations.to_string(),
            self.contracts.to_string(),
            self.programs.to_string(),
            self.users.to_string(),
        ]
    }
    fn key(&self) -> String {
        self.name.clone()
    }
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Name contains this text (any case).
    pub name: Option<String>,
    /// Offers a contract for this program.
    pub program: Option<crate::catalogue::Program>,
    /// Has a location in this county.
    pub county: Option<String>,
}

/// The provider list's query up to its scope filter; the reach is part of the query
/// so a provider-scoped reader's listing is served by the index, not filtered after.
macro_rules! provider_list {
    () => {
        "SELECT o.id, o.name, o.spcq_approved_on, \
           (SELECT COUNT(*) FROM locations l WHERE l.organization_id = o.id) AS locations, \
           (SELECT COUNT(*) FROM contracts c WHERE c.organization_id = o.id) AS contracts, \
           (SELECT COUNT(*) FROM programs p WHERE p.organization_id = o.id AND p.removed_at IS NULL) AS programs, \
           (SELECT COUNT(DISTINCT li.user_id) FROM listings li WHERE li.organization_id = o.id AND li.removed_at IS NULL) AS users \
         FROM organizations o \
         WHERE o.kind = 'provider' \
           AND (CAST($1 AS TEXT) IS NULL OR lower(o.name) LIKE '%' || lower($1) || '%') \
           AND (CAST($2 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM contracts c WHERE c.organization_id = o.id AND c.program = $2)) \
           AND (CAST($3 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM locations l WHERE l.organization_id = o.id AND lower(l.county) = lower($3)))"
    };
}

pub async fn list(session: &Session, filter: &ListFilter) -> Result<Vec<ProviderSummary>> {
    let view = session.permit(Action::ViewContracts)?;
    let mut tx = session.read().await?;
    let rows: Vec<ProviderSummary> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(provider_list!(), " AND ($4 OR o.id IN (SELECT value FROM json_each($5))) ORDER BY o.name"),
                postgres: concat!(provider_list!(), " AND ($4 OR o.id = ANY($5)) ORDER BY o.name"),
            ),
            crate::args![
                filter.name.as_ref(),
                filter.program.map(|p| p.code()),
                filter.county.as_ref(),
                view.is_statewide(),
                view.reach().organization_ids()
            ],
        )
        .await?;
    Ok(rows)
}

#[derive(Debug, Clone, Serialize)]
pub struct ProviderDetail {
    #[serde(flatten)]
    pub provider: Organization,
    /// What the provider still lacks before its users may act (`location` and
    /// `contract` for P1, `approved SPCQ` for U2); empty once it is active.
    pub missing: Vec<&'static str>,
    pub locations: Vec<locations::Location>,
    pub contracts: Vec<contracts::Contract>,
    pub programs: Vec<programs::ProgramView>,
    pub services: Vec<services::ServiceState>,
    pub appointment_sites: Vec<sites::Site>,
    pub worksites: Vec<records::Worksite>,
    pub audits: Vec<records::ProviderAudit>,
    /// Provider case notes, when the operator may read them.
    pub notes: Option<Vec<records::Note>>,
    /// The provider's users, when the operator may view users (U6).
    pub users: Option<Vec<ListingView>>,
}

pub async fn show(session: &Session, provider: &str) -> Result<ProviderDetail> {
    let (mut tx, org) = read_on(session, provider, Action::ViewContracts).await?;
    let locations = locations::of(&mut tx, org.id).await?;
    let contracts = contracts::of(&mut tx, org.id).await?;
    let programs = programs::of(&mut tx, org.id, None).await?;
    let services = services::of(&mut tx, org.id).await?;
    // Users and their access requests only for those who may view users (§1, U6).
    let users = match session.authorize(Action::ViewUsers, Some((org.id, &org.name))) {
        Ok(_) => Some(crate::users::active_listings_on(&mut tx, org.id).await?),
        Err(_) => None,
    };
    let appointment_sites = sites::of(&mut tx, org.id).await?;
    let worksites = records::worksites_of(&mut tx, org.id).await?;
    let audits = records::audits_of(&mut tx, org.id).await?;
    let notes = match session.authorize(Action::ProviderNotes, Some((org.id, &org.name))) {
        Ok(_) => Some(records::notes_of(&mut tx, org.id).await?),
        Err(_) => None,
    };
    let mut missing = Vec::new();
    if locations.is_empty() {
        missing.push("location");
    }
    if contracts.is_empty() {
        missing.push("contract");
    }
    if org.spcq_approved_on.is_none_or(|d| d > session.today()) {
        missing.push("approved SPCQ");
    }
    Ok(ProviderDetail {
        provider: org,
        missing,
        locations,
        contracts,
        programs,
        services,
        appointment_sites,
        worksites,
        audits,
        notes,
        users,
    })
}
