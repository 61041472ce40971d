//! Comparing an apply file with the database: one [`Item`] per thing the file
//! describes, each create, update (with the fields that change), unchanged or remove,
//! then carrying the items out inside one write. Each kind of record is planned in its
//! own module; all of them go through [`Planner::reconcile`].

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use serde_json::{Value, json};

mod contract;
mod location;
mod program;
mod service;
mod site;
mod user;

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
    /// §1: the locations an existing listing is limited to (none: all).
    LimitListing(Box<ListingView>, Vec<String>),
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
        Error::Rule {
            rule,
            field,
            message,
        } => Error::rule(
            rule,
            format!(
                "{where_}: {}",
                crate::error::about(field.as_deref(), &message)
            ),
        ),
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
    planned_people: PlannedPeople,
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

    /// The one comparison every kind of record goes through: nothing there yet is a
    /// create, the same is unchanged, anything else an update listing the fields that
    /// change. Only a change asks for `action` on the provider; `op` says how to carry
    /// it out, and may refuse with the rule that forbids it.
    fn reconcile(
        &mut self,
        subject: Subject<'_>,
        before: Option<Value>,
        after: Value,
        (action, org): (Action, Option<&Organization>),
        op: impl FnOnce(Verb) -> Result<Op>,
    ) -> Result<&mut Item> {
        let (verb, changes) = match &before {
            None => (Verb::Create, diff(&json!({}), &after)),
            Some(b) if *b == after => (Verb::Unchanged, Vec::new()),
            Some(b) => (Verb::Update, diff(b, &after)),
        };
        let op = if verb == Verb::Unchanged {
            Op::Nothing
        } else {
            self.allow(action, org, subject.pos)?;
            op(verb).map_err(|e| at(self.spec, subject.pos, e))?
        };
        Ok(self.push(
            verb,
            subject.kind,
            subject.provider,
            subject.name,
            subject.pos,
            changes,
            op,
        ))
    }
}

/// The accounts a file creates, found by username, email or name with date of birth
/// (U4) without scanning them all for every user of a large file.
#[derive(Default)]
struct PlannedPeople {
    people: Vec<crate::users::Person>,
    by_key: HashMap<String, usize>,
}

impl PlannedPeople {
    fn keys(p: &crate::users::Person) -> [String; 3] {
        [
            format!("u:{}", p.username),
            format!("e:{}", p.email.to_lowercase()),
            format!(
                "n:{}\u{0}{}\u{0}{}",
                p.first_name.to_lowercase(),
                p.last_name.to_lowercase(),
                p.date_of_birth
            ),
        ]
    }

    /// The earliest planned account sharing a username, an email or a name with date
    /// of birth with `person`.
    fn find(&self, person: &crate::users::Person) -> Option<&crate::users::Person> {
        Self::keys(person)
            .iter()
            .filter_map(|k| self.by_key.get(k))
            .min()
            .map(|&i| &self.people[i])
    }

    fn add(&mut self, person: crate::users::Person) {
        let i = self.people.len();
        for key in Self::keys(&person) {
            self.by_key.entry(key).or_insert(i);
        }
        self.people.push(person);
    }
}

/// One record the file describes, as the plan names it.
struct Subject<'p> {
    kind: &'static str,
    provider: &'p str,
    name: String,
    pos: &'p Pos,
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
        planned_people: PlannedPeople::default(),
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

    location::plan(tx, pl, p, &name, org).await?;
    contract::plan(tx, pl, p, &name, org).await?;
    program::plan(tx, pl, p, &name, org).await?;
    service::plan(tx, pl, p, &name, org).await?;
    site::plan(tx, pl, p, &name, org).await?;
    user::plan(tx, pl, p, &name, org).await
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
    let mut next = 0;
    while let Some(item) = plan.items.get(next) {
        next += 1;
        if let Op::AddUser(_) = &item.op {
            // A run of users is added together: a few queries for the run, not several
            // per user.
            let mut run = vec![item];
            while let Some(
                more @ Item {
                    op: Op::AddUser(_), ..
                },
            ) = plan.items.get(next)
            {
                run.push(more);
                next += 1;
            }
            let requests: Vec<&users::AddUser> = run
                .iter()
                .filter_map(|i| match &i.op {
                    Op::AddUser(request) => Some(request.as_ref()),
                    _ => None,
                })
                .collect();
            // Apply asked for every confirmation while planning (U4).
            if let crate::write::Step::Confirm(question) =
                users::add_many_in(write, permit(users::ACTION)?, &requests).await?
            {
                return Err(Error::Internal(format!(
                    "unconfirmed after planning: {question}"
                )));
            }
            progress.advance(run.len() as u64);
            continue;
        }
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
            Op::AddUser(_) => {
                return Err(Error::Internal("a user outside a run of users".into()));
            }
            Op::RemoveListing(listing) => {
                let requester = listing.removal_requested_by.clone().unwrap_or_default();
                users::remove_listing_in(write, permit(users::ACTION)?, listing, &requester)
                    .await?;
            }
            Op::LimitListing(listing, names) => {
                users::locations::set_limit_in(write, permit(users::ACTION)?, listing, names)
                    .await?;
            }
        }
    }
    let at = write.at();
    for record in crate::db::roles::keep_in_step(write.tx(), at).await? {
        write.record(record);
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
