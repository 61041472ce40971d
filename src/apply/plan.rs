//! Comparing an apply file with the database: one [`Item`] per thing the file
//! describes, each create, update (with the fields that change), unchanged or remove,
//! then carrying the items out inside one write.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use serde_json::{Value, json};

use super::file::{Pos, ProviderSpec, Spec, UserSpec};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::{self, Organization};
use crate::output::{Progress, Tabular};
use crate::permissions::Action;
use crate::providers::contracts::{self, Contract, Terms};
use crate::providers::locations::{self, Location, NewLocation};
use crate::providers::programs::{self, NewProgram, ProgramView};
use crate::providers::services;
use crate::providers::sites::{self, NewSite, Site};
use crate::session::Session;
use crate::users::{self, AddUser, ListingView};
use crate::values::FiscalYear;
use crate::write::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verb {
    Create,
    Update,
    Unchanged,
    Remove,
}

#[derive(Debug, Clone, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Value,
    pub after: Value,
}

/// One line of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub verb: Verb,
    pub kind: &'static str,
    pub provider: String,
    pub name: String,
    pub changes: Vec<FieldChange>,
    pub note: Option<String>,
    /// `FILE:LINE:COL` of the item in the apply file.
    pub at: String,
    #[serde(skip)]
    pub needs_confirmation: bool,
    #[serde(skip)]
    op: Op,
}

impl Tabular for Item {
    fn headers() -> Vec<&'static str> {
        vec!["verb", "kind", "provider", "name", "changes", "note"]
    }
    fn fields() -> Vec<&'static str> {
        vec!["verb", "kind", "provider", "name", "changes", "note", "at"]
    }
    fn cells(&self) -> Vec<String> {
        let verb = match self.verb {
            Verb::Create => "create",
            Verb::Update => "update",
            Verb::Unchanged => "unchanged",
            Verb::Remove => "remove",
        };
        let changes = self
            .changes
            .iter()
            .map(|c| match self.verb {
                Verb::Create => format!("{}={}", c.field, c.after),
                _ => format!("{}: {} → {}", c.field, c.before, c.after),
            })
            .collect::<Vec<_>>()
            .join("; ");
        vec![
            verb.into(),
            self.kind.into(),
            self.provider.clone(),
            self.name.clone(),
            changes,
            self.note.clone().unwrap_or_default(),
        ]
    }
    fn key(&self) -> String {
        format!("{} {}:{}", self.kind, self.provider, self.name)
    }
}

/// What carrying out an item does.
#[derive(Debug, Clone, Default)]
enum Op {
    #[default]
    Nothing,
    CreateProvider(chrono::NaiveDate),
    UpdateProvider(chrono::NaiveDate),
    CreateLocation(NewLocation),
    UpdateLocation(Location, NewLocation),
    CreateContract(String, Terms),
    AmendContract(Box<Contract>, Terms),
    CreateProgram(NewProgram),
    UpdateProgram(Box<ProgramView>, NewProgram),
    RemoveProgram(Box<ProgramView>),
    SetServices(Vec<(&'static str, bool)>),
    CreateSite(NewSite),
    UpdateSite(Site, NewSite),
    RemoveSite(Site),
    AddUser(Box<AddUser>),
    RemoveListing(Box<ListingView>),
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub changes_pending: bool,
    pub items: Vec<Item>,
    /// The operator's permit for each action the plan takes, from the checks made
    /// while planning; carrying the plan out hands each operation its own.
    #[serde(skip)]
    permits: HashMap<Action, Permit>,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Also remove what the file omits (programs, appointment sites, user listings,
    /// disabled services).
    pub prune: bool,
    /// Who asked for listings to be removed by `--prune` (U5).
    pub requested_by: Option<String>,
}

/// Programs have no name: the file and the database match them on these.
pub fn program_key(p: &NewProgram) -> String {
    format!(
        "{} at {} {} {}",
        p.contract, p.location, p.program_type, p.fiscal_year
    )
}

fn diff(before: &Value, after: &Value) -> Vec<FieldChange> {
    let (Value::Object(b), Value::Object(a)) = (before, after) else {
        return Vec::new();
    };
    a.iter()
        .filter(|(k, v)| b.get(*k) != Some(*v))
        .map(|(k, v)| FieldChange {
            field: k.clone(),
            before: b.get(k).cloned().unwrap_or(Value::Null),
            after: v.clone(),
        })
        .collect()
}

fn place(spec: &Spec, pos: &Pos) -> String {
    format!("{}:{}:{}", spec.file, pos.line, pos.column)
}

/// An error at a place in the file.
fn at(spec: &Spec, pos: &Pos, error: Error) -> Error {
    let where_ = place(spec, pos);
    match error {
        Error::Rule { rule, message } => Error::rule(rule, format!("{where_}: {message}")),
        Error::Conflict(m) => Error::Conflict(format!("{where_}: {m}")),
        Error::NotFound(m) => Error::NotFound(format!("{where_}: {m}")),
        Error::Usage(m) => Error::Usage(format!("{where_}: {m}")),
        invalid @ Error::Invalid { .. } => Error::Usage(format!("{where_}: {invalid}")),
        Error::PermissionDenied(m) => Error::PermissionDenied(format!("{where_}: {m}")),
        other => other,
    }
}

struct Planner<'a> {
    spec: &'a Spec,
    session: &'a Session,
    options: &'a Options,
    permits: HashMap<Action, Permit>,
    items: Vec<Item>,
    /// Accounts this file creates, so a person listed on two providers gets one.
    planned_people: Vec<crate::users::Person>,
}

impl Planner<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        verb: Verb,
        kind: &'static str,
        provider: &str,
        name: String,
        pos: &Pos,
        changes: Vec<FieldChange>,
        op: Op,
    ) -> &mut Item {
        self.items.push(Item {
            verb,
            kind,
            provider: provider.to_string(),
            name,
            changes,
            note: None,
            at: place(self.spec, pos),
            needs_confirmation: false,
            op,
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    /// Checks `action` on the provider (or statewide while it does not exist yet) and
    /// keeps the permit for carrying the item out.
    fn allow(&mut self, action: Action, org: Option<&Organization>, pos: &Pos) -> Result<()> {
        let permit = self
            .session
            .authorize(action, org.map(|o| (o.id, o.name.as_str())))
            .map_err(|e| at(self.spec, pos, e))?;
        self.permits.entry(action).or_insert(permit);
        Ok(())
    }
}

/// Compares `spec` with what `tx` holds. Planning only reads: `isets plan` runs it in
/// a read transaction, `isets apply` inside its write.
pub async fn make(
    tx: &mut Tx,
    session: &Session,
    spec: &Spec,
    options: &Options,
    progress: &dyn Progress,
) -> Result<Plan> {
    progress.phase("planning", spec.providers.len() as u64);
    let mut planner = Planner {
        spec,
        session,
        options,
        permits: HashMap::new(),
        items: Vec::new(),
        planned_people: Vec::new(),
    };
    for provider in &spec.providers {
        plan_provider(tx, &mut planner, provider).await?;
        progress.advance(1);
    }
    let items = planner.items;
    Ok(Plan {
        changes_pending: items.iter().any(|i| i.verb != Verb::Unchanged),
        items,
        permits: planner.permits,
    })
}

async fn plan_provider(tx: &mut Tx, pl: &mut Planner<'_>, p: &ProviderSpec) -> Result<()> {
    let spec = pl.spec;
    let view = pl.session.permit(Action::ViewContracts)?;
    let existing = match orgs::find(tx, &p.name).await {
        Ok(org) if org.is_provider() && view.covers(org.id) => Some(org),
        // A provider outside the operator's reach reads as absent: planning it as new
        // asks for the statewide grant to add a provider, the same answer as when no
        // provider has that name.
        Ok(org) if org.is_provider() => None,
        Ok(org) => {
            return Err(at(
                spec,
                &p.pos,
                Error::Conflict(format!("{:?} is not a provider", org.name)),
            ));
        }
        Err(Error::NotFound(_)) => None,
        Err(e) => return Err(e),
    };
    let name = existing.as_ref().map_or(p.name.clone(), |o| o.name.clone());
    match &existing {
        None => {
            pl.allow(orgs::ACTION_ADD, None, &p.pos)?;
            let after = json!({"name": p.name, "spcq_approved_on": p.spcq_approved_on});
            pl.push(
                Verb::Create,
                "provider",
                &name,
                name.clone(),
                &p.pos,
                diff(&json!({}), &after),
                Op::CreateProvider(p.spcq_approved_on),
            );
        }
        Some(org) if org.spcq_approved_on != Some(p.spcq_approved_on) => {
            pl.allow(orgs::ACTION_ADD, None, &p.pos)?;
            let changes = diff(
                &json!({"spcq_approved_on": org.spcq_approved_on}),
                &json!({"spcq_approved_on": p.spcq_approved_on}),
            );
            pl.push(
                Verb::Update,
                "provider",
                &name,
                name.clone(),
                &p.pos,
                changes,
                Op::UpdateProvider(p.spcq_approved_on),
            );
        }
        Some(_) => {
            pl.push(
                Verb::Unchanged,
                "provider",
                &name,
                name.clone(),
                &p.pos,
                Vec::new(),
                Op::Nothing,
            );
        }
    }
    let org = existing.as_ref();

    // Locations.
    let db_locations = match org {
        Some(o) => locations::of(tx, o.id).await?,
        None => Vec::new(),
    };
    for (new, pos) in &p.locations {
        match db_locations
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(&new.name))
        {
            None => {
                pl.allow(locations::ACTION, org, pos)?;
                pl.push(
                    Verb::Create,
                    "location",
                    &name,
                    new.name.clone(),
                    pos,
                    diff(&json!({}), &new.json()),
                    Op::CreateLocation(new.clone()),
                );
            }
            Some(old) => {
                let current = NewLocation {
                    name: old.name.clone(),
                    address: old.address.clone(),
                    county: old.county.clone(),
                    dhs_office: old.dhs_office.clone(),
                };
                let wanted = NewLocation {
                    name: old.name.clone(),
                    ..new.clone()
                };
                if current == wanted {
                    pl.push(
                        Verb::Unchanged,
                        "location",
                        &name,
                        old.name.clone(),
                        pos,
                        Vec::new(),
                        Op::Nothing,
                    );
                } else {
                    pl.allow(locations::ACTION, org, pos)?;
                    let changes = diff(&current.json(), &wanted.json());
                    pl.push(
                        Verb::Update,
                        "location",
                        &name,
                        old.name.clone(),
                        pos,
                        changes,
                        Op::UpdateLocation(old.clone(), wanted),
                    );
                }
            }
        }
    }

    // Contracts: an amendment keeps the earlier version (P2).
    let db_contracts = match org {
        Some(o) => contracts::of(tx, o.id).await?,
        None => Vec::new(),
    };
    for (number, terms, pos) in &p.contracts {
        match db_contracts.iter().find(|c| &c.number == number) {
            None => {
                // Only those who may add contracts anywhere learn whose a number is.
                pl.allow(contracts::ACTION_ADD, None, pos)?;
                if let Ok(other) = contracts::find(tx, number).await {
                    return Err(at(spec, pos, contracts::duplicate(number, &other.provider)));
                }
                let after = serde_json::to_value(terms)?;
                pl.push(
                    Verb::Create,
                    "contract",
                    &name,
                    number.clone(),
                    pos,
                    diff(&json!({}), &after),
                    Op::CreateContract(number.clone(), terms.clone()),
                );
            }
            Some(current) => {
                let mut wanted = terms.clone();
                if !pl.options.prune {
                    for (category, target) in &current.terms.goals {
                        wanted.goals.entry(category.clone()).or_insert(*target);
                    }
                }
                if wanted == current.terms {
                    pl.push(
                        Verb::Unchanged,
                        "contract",
                        &name,
                        number.clone(),
                        pos,
                        Vec::new(),
                        Op::Nothing,
                    );
                } else {
                    pl.allow(contracts::ACTION_AMEND, org, pos)?;
                    let changes = diff(
                        &serde_json::to_value(&current.terms)?,
                        &serde_json::to_value(&wanted)?,
                    );
                    let item = pl.push(
                        Verb::Update,
                        "contract",
                        &name,
                        number.clone(),
                        pos,
                        changes,
                        Op::AmendContract(Box::new(current.clone()), wanted),
                    );
                    item.note = Some(format!("amendment: version {} is kept", current.version));
                }
            }
        }
    }

    // Programs, matched on contract, location, type and fiscal year.
    let db_programs = match org {
        Some(o) => programs::of(tx, o.id, None).await?,
        None => Vec::new(),
    };
    for (new, pos) in &p.programs {
        let key = program_key(new);
        let matches: Vec<&ProgramView> = db_programs
            .iter()
            .filter(|d| program_key(&d.as_new()).eq_ignore_ascii_case(&key))
            .collect();
        match matches.as_slice() {
            [] => {
                pl.allow(programs::ACTION, org, pos)?;
                let after = programs::program_json(new);
                pl.push(
                    Verb::Create,
                    "program",
                    &name,
                    key,
                    pos,
                    diff(&json!({}), &after),
                    Op::CreateProgram(new.clone()),
                );
            }
            [old] => {
                let mut wanted = new.clone();
                wanted.contract = old.contract.clone();
                wanted.location = old.location.clone();
                if wanted == old.as_new() {
                    pl.push(
                        Verb::Unchanged,
                        "program",
                        &name,
                        key,
                        pos,
                        Vec::new(),
                        Op::Nothing,
                    );
                } else {
                    programs::check_p6(old, pl.session.today(), "changed")
                        .map_err(|e| at(spec, pos, e))?;
                    pl.allow(programs::ACTION, org, pos)?;
                    let changes = diff(
                        &programs::program_json(&old.as_new()),
                        &programs::program_json(&wanted),
                    );
                    pl.push(
                        Verb::Update,
                        "program",
                        &name,
                        key,
                        pos,
                        changes,
                        Op::UpdateProgram(Box::new((*old).clone()), wanted),
                    );
                }
            }
            several => {
                let ids = several
                    .iter()
                    .map(|p| p.id.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(at(
                    spec,
                    pos,
                    Error::Conflict(format!(
                        "programs {ids} all match {key}: the file cannot tell them apart"
                    )),
                ));
            }
        }
    }
    if pl.options.prune {
        let current_fy = FiscalYear::containing(pl.session.today());
        for old in &db_programs {
            let key = program_key(&old.as_new());
            if p.programs
                .iter()
                .any(|(n, _)| program_key(n).eq_ignore_ascii_case(&key))
            {
                continue;
            }
            if old.fiscal_year < current_fy {
                let item = pl.push(
                    Verb::Unchanged,
                    "program",
                    &name,
                    key,
                    &p.pos,
                    Vec::new(),
                    Op::Nothing,
                );
                item.note = Some(format!(
                    "kept: {} is a past fiscal year, its programs are read-only (P6)",
                    old.fiscal_year
                ));
                continue;
            }
            pl.allow(programs::ACTION, org, &p.pos)?;
            pl.push(
                Verb::Remove,
                "program",
                &name,
                key,
                &p.pos,
                Vec::new(),
                Op::RemoveProgram(Box::new(old.clone())),
            );
        }
    }

    // Services (P5): listed codes disabled; with --prune every other code enabled.
    if let Some((disabled, pos)) = &p.disabled_services {
        let states = match org {
            Some(o) => services::of(tx, o.id).await?,
            None => services::of(tx, -1).await?,
        };
        let mut set = Vec::new();
        let mut changes = Vec::new();
        for state in &states {
            let code = crate::catalogue::CATALOGUE
                .iter()
                .map(|(c, _, _)| *c)
                .find(|c| *c == state.code)
                .unwrap_or("");
            let want = if disabled.contains(&code) {
                false
            } else if pl.options.prune {
                true
            } else {
                state.enabled
            };
            if want != state.enabled {
                set.push((code, want));
                changes.push(FieldChange {
                    field: code.to_string(),
                    before: json!(if state.enabled { "enabled" } else { "disabled" }),
                    after: json!(if want { "enabled" } else { "disabled" }),
                });
            }
        }
        if set.is_empty() {
            pl.push(
                Verb::Unchanged,
                "services",
                &name,
                "services".into(),
                pos,
                Vec::new(),
                Op::Nothing,
            );
        } else {
            pl.allow(services::ACTION, org, pos)?;
            pl.push(
                Verb::Update,
                "services",
                &name,
                "services".into(),
                pos,
                changes,
                Op::SetServices(set),
            );
        }
    }

    // Appointment sites.
    let db_sites = match org {
        Some(o) => sites::of(tx, o.id).await?,
        None => Vec::new(),
    };
    for (new, pos) in &p.sites {
        match db_sites
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(&new.name))
        {
            None => {
                pl.allow(sites::ACTION, org, pos)?;
                let after = json!({"location": new.location, "instructions": new.instructions});
                pl.push(
                    Verb::Create,
                    "appointment-site",
                    &name,
                    new.name.clone(),
                    pos,
                    diff(&json!({}), &after),
                    Op::CreateSite(new.clone()),
                );
            }
            Some(old) => {
                let before = json!({"location": old.location, "instructions": old.instructions});
                let after = json!({"location": new.location, "instructions": new.instructions});
                let changes = diff(&before, &after);
                if changes.is_empty() {
                    pl.push(
                        Verb::Unchanged,
                        "appointment-site",
                        &name,
                        old.name.clone(),
                        pos,
                        Vec::new(),
                        Op::Nothing,
                    );
                } else {
                    pl.allow(sites::ACTION, org, pos)?;
                    pl.push(
                        Verb::Update,
                        "appointment-site",
                        &name,
                        old.name.clone(),
                        pos,
                        changes,
                        Op::UpdateSite(old.clone(), new.clone()),
                    );
                }
            }
        }
    }
    if pl.options.prune {
        for old in &db_sites {
            if !p
                .sites
                .iter()
                .any(|(n, _)| n.name.eq_ignore_ascii_case(&old.name))
            {
                pl.allow(sites::ACTION, org, &p.pos)?;
                pl.push(
                    Verb::Remove,
                    "appointment-site",
                    &name,
                    old.name.clone(),
                    &p.pos,
                    Vec::new(),
                    Op::RemoveSite(old.clone()),
                );
            }
        }
    }

    // Users, through the same rules as `user add` (U1–U4).
    let db_listings = match org {
        Some(o) => users::active_listings_on(tx, o.id).await?,
        None => Vec::new(),
    };
    for (user, pos) in &p.users {
        plan_user(tx, pl, &name, org, user, pos).await?;
    }
    if pl.options.prune {
        for listing in &db_listings {
            let kept = p.users.iter().any(|(u, _)| {
                u.role.code() == listing.role
                    && (u.person.username == listing.username
                        || u.person.email.eq_ignore_ascii_case(&listing.email))
            });
            if kept {
                continue;
            }
            pl.allow(users::ACTION, None, &p.pos)?;
            let Some(requester) = pl.options.requested_by.clone() else {
                return Err(at(
                    spec,
                    &p.pos,
                    Error::rule(
                        "U5",
                        format!(
                            "--prune would remove {} ({}) from {name}: give --requested-by with who asked for it",
                            listing.username, listing.role
                        ),
                    ),
                ));
            };
            users::check_requester(tx, &requester, std::slice::from_ref(listing))
                .await
                .map_err(|e| at(spec, &p.pos, e))?;
            pl.push(
                Verb::Remove,
                "user",
                &name,
                format!("{} as {}", listing.username, listing.role),
                &p.pos,
                Vec::new(),
                Op::RemoveListing(Box::new(listing.clone())),
            );
        }
    }
    Ok(())
}

async fn plan_user(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    provider: &str,
    org: Option<&Organization>,
    user: &UserSpec,
    pos: &Pos,
) -> Result<()> {
    let spec = pl.spec;
    let person = &user.person;
    let label = format!("{} as {}", person.username, user.role);
    let request = AddUser {
        person: person.clone(),
        organization: provider.to_string(),
        role: user.role,
        authorization: user.authorization.clone(),
        confirmed: true,
    };
    // Only those who may manage users learn which accounts exist.
    pl.allow(users::ACTION, None, pos)?;
    let matches = users::find_matches(tx, person).await?;
    match matches.as_slice() {
        [] => {
            let same = |p: &crate::users::Person| {
                p.email.eq_ignore_ascii_case(&person.email)
                    || (p.first_name.eq_ignore_ascii_case(&person.first_name)
                        && p.last_name.eq_ignore_ascii_case(&person.last_name)
                        && p.date_of_birth == person.date_of_birth)
            };
            if let Some(planned) = pl
                .planned_people
                .iter()
                .find(|p| same(p) || p.username == person.username)
            {
                if planned.username != person.username || !same(planned) {
                    return Err(at(
                        spec,
                        pos,
                        Error::Conflict(format!(
                            "rule U4: user {} and user {} earlier in the file are not the same person but share a username, email or name and date of birth",
                            person.username, planned.username
                        )),
                    ));
                }
                pl.allow(users::ACTION, None, pos)?;
                let item = pl.push(
                    Verb::Update,
                    "user",
                    provider,
                    label,
                    pos,
                    Vec::new(),
                    Op::AddUser(Box::new(request)),
                );
                item.note = Some("a listing on the account created above".into());
                return Ok(());
            }
            if users::username_taken(tx, &person.username).await? {
                return Err(at(
                    spec,
                    pos,
                    Error::Conflict(format!(
                        "username {:?} is taken by a different person (U1: usernames are unique)",
                        person.username
                    )),
                ));
            }
            pl.allow(users::ACTION, None, pos)?;
            let after = json!({"email": person.email, "first_name": person.first_name, "last_name": person.last_name,
                               "date_of_birth": person.date_of_birth, "role": user.role});
            pl.push(
                Verb::Create,
                "user",
                provider,
                label,
                pos,
                diff(&json!({}), &after),
                Op::AddUser(Box::new(request)),
            );
            pl.planned_people.push(person.clone());
        }
        [found] => {
            // The file's username for this person belongs to somebody else.
            if found.user.username != person.username
                && users::username_taken(tx, &person.username).await?
            {
                return Err(at(
                    spec,
                    pos,
                    Error::Conflict(format!(
                        "username {:?} belongs to a different person; this person already has account {} (U4)",
                        person.username, found.user.username
                    )),
                ));
            }
            let listed_here = found.active_listings.iter().any(|l| {
                org.is_some_and(|o| o.id == l.organization_id) && l.role == user.role.code()
            });
            if listed_here {
                let item = pl.push(
                    Verb::Unchanged,
                    "user",
                    provider,
                    label,
                    pos,
                    Vec::new(),
                    Op::Nothing,
                );
                if found.user.username != person.username {
                    item.note = Some(format!(
                        "account {} (matched by {})",
                        found.user.username, found.matched_by
                    ));
                }
                return Ok(());
            }
            pl.allow(users::ACTION, None, pos)?;
            let elsewhere: Vec<String> = found
                .active_listings
                .iter()
                .filter(|l| org.is_none_or(|o| o.id != l.organization_id))
                .map(|l| format!("{} as {}", l.organization, l.role))
                .collect();
            let reactivated = found.active_listings.is_empty();
            let mut note = format!(
                "U4: existing account {} (matched by {}){}",
                found.user.username,
                found.matched_by,
                if reactivated {
                    ", removed: reactivated"
                } else {
                    ""
                }
            );
            if !elsewhere.is_empty() {
                note.push_str(&format!("; listed with {}", elsewhere.join(", ")));
            }
            let item = pl.push(
                Verb::Update,
                "user",
                provider,
                label,
                pos,
                Vec::new(),
                Op::AddUser(Box::new(request)),
            );
            item.note = Some(note);
            item.needs_confirmation = !elsewhere.is_empty();
        }
        several => {
            let names = several
                .iter()
                .map(|m| format!("{} (by {})", m.user.username, m.matched_by))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(at(
                spec,
                pos,
                Error::Conflict(format!(
                    "rule U4: this person matches more than one existing account: {names}"
                )),
            ));
        }
    }
    Ok(())
}

/// Carries out every item that changes something, in file order.
pub async fn execute(write: &mut Write, plan: &Plan, progress: &dyn Progress) -> Result<()> {
    progress.phase("writing", plan.items.len() as u64);
    let mut providers: HashMap<String, Organization> = HashMap::new();
    let permit = |action: Action| {
        plan.permits.get(&action).ok_or_else(|| {
            Error::Internal(format!(
                "the plan holds no permit for {:?}",
                action.description()
            ))
        })
    };
    for item in &plan.items {
        progress.advance(1);
        let org = match providers.get(&item.provider) {
            Some(org) => org.clone(),
            None => match &item.op {
                Op::CreateProvider(spcq) => {
                    let at = write.at();
                    let (org, change) = orgs::insert(
                        write.tx(),
                        permit(orgs::ACTION_ADD)?,
                        &item.provider,
                        "provider",
                        Some(*spcq),
                        at,
                    )
                    .await?;
                    write.record(change);
                    providers.insert(item.provider.clone(), org);
                    continue;
                }
                _ => {
                    let org = crate::providers::find(write.tx(), &item.provider).await?;
                    providers.insert(item.provider.clone(), org.clone());
                    org
                }
            },
        };
        match &item.op {
            Op::Nothing | Op::CreateProvider(_) => {}
            Op::UpdateProvider(spcq) => {
                orgs::update_spcq(write, permit(orgs::ACTION_ADD)?, &org, Some(*spcq)).await?;
            }
            Op::CreateLocation(new) => {
                locations::insert(write, permit(locations::ACTION)?, &org, new).await?;
            }
            Op::UpdateLocation(old, new) => {
                locations::update(write, permit(locations::ACTION)?, &org, old, new).await?
            }
            Op::CreateContract(number, terms) => {
                contracts::insert(write, permit(contracts::ACTION_ADD)?, &org, number, terms)
                    .await?;
            }
            Op::AmendContract(current, terms) => {
                let permit = permit(contracts::ACTION_AMEND)?;
                contracts::amend_in(write, permit, current, org.id, terms).await?;
            }
            Op::CreateProgram(new) => {
                programs::insert(write, permit(programs::ACTION)?, &org, new).await?;
            }
            Op::UpdateProgram(old, new) => {
                programs::update_in(write, permit(programs::ACTION)?, old, org.id, new).await?
            }
            Op::RemoveProgram(old) => {
                programs::remove_in(write, permit(programs::ACTION)?, old, org.id).await?
            }
            Op::SetServices(codes) => {
                services::set(write, permit(services::ACTION)?, &org, codes).await?;
            }
            Op::CreateSite(new) => {
                sites::insert(write, permit(sites::ACTION)?, &org, new).await?;
            }
            Op::UpdateSite(old, new) => {
                sites::update_in(write, permit(sites::ACTION)?, &org, old, new).await?
            }
            Op::RemoveSite(old) => {
                sites::remove_in(write, permit(sites::ACTION)?, &org, old).await?
            }
            Op::AddUser(request) => {
                // Apply asked for every confirmation while planning (U4).
                if let crate::write::Step::Confirm(question) =
                    users::add_in(write, permit(users::ACTION)?, request).await?
                {
                    return Err(Error::Internal(format!(
                        "unconfirmed after planning: {question}"
                    )));
                }
            }
            Op::RemoveListing(listing) => {
                let requester = listing.removal_requested_by.clone().unwrap_or_default();
                users::remove_listing_in(write, permit(users::ACTION)?, listing, &requester)
                    .await?;
            }
        }
    }
    Ok(())
}

/// Records who asked for `--prune` removals on the items that remove listings.
pub fn set_requester(plan: &mut Plan, requested_by: &str) {
    for item in &mut plan.items {
        if let Op::RemoveListing(listing) = &mut item.op {
            listing.removal_requested_by = Some(requested_by.to_string());
        }
    }
}

/// A count of items per verb, for the summary line.
pub fn summary(plan: &Plan) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for item in &plan.items {
        let verb = match item.verb {
            Verb::Create => "create",
            Verb::Update => "update",
            Verb::Unchanged => "unchanged",
            Verb::Remove => "remove",
        };
        *counts.entry(verb).or_default() += 1;
    }
    ["create", "update", "remove", "unchanged"]
        .iter()
        .map(|v| format!("{} {v}", counts.get(v).copied().unwrap_or(0)))
        .collect::<Vec<_>>()
        .join(", ")
}
