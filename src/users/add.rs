//! `user add`: one account per person, found among existing ones first (U1–U4).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::args;
use crate::audit::Change;
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::{self, Organization};
use crate::permissions::Role;
use crate::session::Session;
use crate::write::{Outcome, Step, Write, WriteOptions};

use super::*;
use crate::db::roles::Logins;

/// The paper trail behind a listing (U3).
#[derive(Debug, Clone)]
pub struct Authorization {
    /// The signed IL444-2022 access request (provider roles).
    pub access_request: Option<String>,
    /// The manager's written request (IDHS roles).
    pub manager_request: Option<String>,
    pub authorized_by: Option<String>,
}

#[derive(Debug, Clone)]
pub struct AddUser {
    pub person: Person,
    pub organization: String,
    pub role: Role,
    pub authorization: Authorization,
    /// Confirms adding a listing to an account that is listed with another
    /// organization (U4).
    pub confirmed: bool,
    /// §1: the provider's locations the listing is limited to; none means all of them.
    pub locations: Vec<String>,
}

/// How an account was found for a new listing (U4).
#[derive(Debug, Clone, Serialize)]
pub struct Match {
    pub user: User,
    /// `email`, `name and date of birth`, or both.
    pub matched_by: String,
    pub active_listings: Vec<ListingView>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddKind {
    /// A new account was created.
    Created,
    /// An active account got another listing.
    Listed,
    /// A removed account (no listings) was reactivated.
    Reactivated,
}

#[derive(Debug, Clone, Serialize)]
pub struct AddReport {
    pub result: AddKind,
    pub user: User,
    pub listing: ListingView,
    pub matched_by: Option<String>,
    /// PostgreSQL: the change to the user's login (`--create-login`, or an existing
    /// login kept in step), or the SQL for a DBA (`--print-sql`).
    pub login: Option<crate::db::roles::LoginChange>,
    #[serde(skip)]
    pub outcome: Outcome,
}

/// U4: existing accounts, active or removed, that are this person: by email, or by
/// name with date of birth.
pub async fn find_matches(tx: &mut Tx, person: &Person) -> Result<Vec<Match>> {
    Ok(find_matches_many(tx, &[person])
        .await?
        .pop()
        .unwrap_or_default())
}

/// [`find_matches`] for many people at once (an apply file's users of one provider):
/// one query for the accounts and one for their listings, whatever their number.
pub async fn find_matches_many(tx: &mut Tx, people: &[&Person]) -> Result<Vec<Vec<Match>>> {
    if people.is_empty() {
        return Ok(Vec::new());
    }
    // Two indexed lookups (email; name with date of birth) over the people as lists,
    // so the statement is the same for one person or a thousand. They compare the
    // lowered key columns with values lowered beforehand (`OFFSET 0` keeps PostgreSQL
    // from folding `lower()` back into the join): under row-level security only such
    // leakproof comparisons may use the indexes.
    let users: Vec<User> = tx
        .fetch_all(
            crate::sql!(
                replan,
                sqlite: "SELECT id, username, first_name, last_name, email, date_of_birth, created_at \
                         FROM users WHERE email_key IN (SELECT lower(value) FROM json_each($1)) \
                         UNION \
                         SELECT u.id, u.username, u.first_name, u.last_name, u.email, u.date_of_birth, \
                         u.created_at FROM json_each($2) f \
                         JOIN json_each($3) l ON l.key = f.key \
                         JOIN json_each($4) d ON d.key = f.key \
                         JOIN users u ON u.last_name_key = lower(l.value) \
                         AND u.first_name_key = lower(f.value) AND u.date_of_birth = d.value \
                         ORDER BY id",
                postgres: "SELECT id, username, first_name, last_name, email, date_of_birth, created_at \
                           FROM users WHERE email_key = ANY(ARRAY(SELECT lower(e) FROM unnest($1::text[]) e)) \
                           UNION \
                           SELECT u.id, u.username, u.first_name, u.last_name, u.email, u.date_of_birth, \
                           u.created_at FROM (SELECT lower(q.f) AS f, lower(q.l) AS l, q.d \
                             FROM unnest($2::text[], $3::text[], $4::date[]) AS q(f, l, d) OFFSET 0) p \
                           JOIN users u ON u.last_name_key = p.l \
                           AND u.first_name_key = p.f AND u.date_of_birth = p.d \
                           ORDER BY id",
            ),
            vec![
                Arg::texts(people.iter().map(|p| p.email.as_str())),
                Arg::texts(people.iter().map(|p| p.first_name.as_str())),
                Arg::texts(people.iter().map(|p| p.last_name.as_str())),
                Arg::dates(people.iter().map(|p| p.date_of_birth)),
            ],
        )
        .await?;
    let mut listings: HashMap<i64, Vec<ListingView>> = HashMap::new();
    if !users.is_empty() {
        let ids = Arg::ints(users.iter().map(|u| u.id));
        let found: Vec<ListingView> = tx
            .fetch_all(
                crate::sql!(
                    sqlite: listing_query!(
                        "WHERE l.user_id IN (SELECT value FROM json_each($1)) \
                         AND l.removed_at IS NULL ORDER BY l.added_at, l.id"
                    ),
                    postgres: listing_query!(
                        "WHERE l.user_id = ANY($1) AND l.removed_at IS NULL \
                         ORDER BY l.added_at, l.id"
                    ),
                ),
                vec![ids],
            )
            .await?;
        for listing in found {
            let user = users
                .iter()
                .find(|u| u.username == listing.username)
                .map_or(0, |u| u.id);
            listings.entry(user).or_default().push(listing);
        }
    }
    Ok(people
        .iter()
        .map(|person| {
            users
                .iter()
                .filter_map(|user| {
                    let by_email = user.email.eq_ignore_ascii_case(&person.email);
                    let by_name = user.first_name.eq_ignore_ascii_case(&person.first_name)
                        && user.last_name.eq_ignore_ascii_case(&person.last_name)
                        && user.date_of_birth == person.date_of_birth;
                    let matched_by = match (by_email, by_name) {
                        (false, false) => return None,
                        (true, true) => "email, name and date of birth",
                        (true, false) => "email",
                        (false, true) => "name and date of birth",
                    };
                    Some(Match {
                        user: user.clone(),
                        matched_by: matched_by.to_string(),
                        active_listings: listings.get(&user.id).cloned().unwrap_or_default(),
                    })
                })
                .collect()
        })
        .collect())
}

/// U1: a date of birth is a day already lived.
pub fn check_person(person: &Person, today: NaiveDate) -> Result<()> {
    if person.date_of_birth > today {
        return Err(Error::rule_on(
            "U1",
            "date_of_birth",
            format!("{} is in the future", person.date_of_birth),
        ));
    }
    Ok(())
}

/// P1: a provider with at least one location and one contract.
async fn provider_complete(tx: &mut Tx, organization_id: i64) -> Result<bool> {
    let (complete,): (bool,) = tx
        .fetch_one(
            crate::sql!(concat!(
                "SELECT ",
                crate::providers::p1_complete!("CAST($1 AS BIGINT)")
            )),
            args![organization_id],
        )
        .await?;
    Ok(complete)
}

/// Checks that `role` may be listed on `org` and that the paper trail is complete (U2,
/// U3); returns the request kind and reference to record.
fn check_listing(
    org: &Organization,
    role: Role,
    auth: &Authorization,
    today: NaiveDate,
) -> Result<(&'static str, String, String)> {
    if role.listed_on_idhs() == org.is_provider() {
        let place = if role.listed_on_idhs() {
            "IDHS"
        } else {
            "a provider"
        };
        return Err(Error::Usage(format!(
            "role {role} is listed on {place}, not on {:?} (DOMAIN.md §1)",
            org.name
        )));
    }
    if org.is_provider() {
        match org.spcq_approved_on {
            Some(date) if date <= today => {}
            Some(date) => {
                return Err(Error::rule(
                    "U2",
                    format!(
                        "provider {:?} has its SPCQ approval dated {date}, in the future: no user can be listed on it yet",
                        org.name
                    ),
                ));
            }
            None => {
                return Err(Error::rule(
                    "U2",
                    format!(
                        "provider {:?} has no approved Security and Privacy Controls Questionnaire (SPCQ) on file: no user can be listed on it",
                        org.name
                    ),
                ));
            }
        }
    }
    let authorized_by = auth
        .authorized_by
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            Error::rule_on(
                "U3",
                "authorized_by",
                "is required: who authorized this access",
            )
        })?
        .to_string();
    if !role.idhs_staff() {
        if auth.manager_request.is_some() {
            return Err(Error::Usage(
                "a manager's request is for IDHS staff; a provider user needs the signed access request (IL444-2022)".into(),
            ));
        }
        let reference = auth
            .access_request
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| {
                Error::rule_on(
                    "U3",
                    "access_request",
                    "is required for a provider user: the reference of the signed access request (form IL444-2022)",
                )
            })?;
        Ok(("IL444-2022", reference.to_string(), authorized_by))
    } else {
        if auth.access_request.is_some() {
            return Err(Error::Usage(
                "the signed access request (IL444-2022) is for provider users; IDHS staff (including provider managers) need the manager's written request".into(),
            ));
        }
        let reference = auth
            .manager_request
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| {
                Error::rule_on(
                    "U3",
                    "manager_request",
                    "is required for IDHS staff: the reference of their manager's written request",
                )
            })?;
        Ok(("manager-request", reference.to_string(), authorized_by))
    }
}

pub(crate) async fn insert_user(
    tx: &mut Tx,
    person: &Person,
    at: DateTime<Utc>,
) -> Result<(User, Change)> {
    let mut made = insert_users(tx, &[person], at).await?;
    made.pop()
        .ok_or_else(|| Error::Internal("the new account was not returned".into()))
}

/// Creates the accounts of `people` (checked beforehand) with one statement per few
/// hundred; returns them in the order given, each with its audit change.
async fn insert_users(
    tx: &mut Tx,
    people: &[&Person],
    at: DateTime<Utc>,
) -> Result<Vec<(User, Change)>> {
    if people.is_empty() {
        return Ok(Vec::new());
    }
    let rows = people
        .iter()
        .map(|p| {
            args![
                p.username.as_str(),
                p.first_name.as_str(),
                p.last_name.as_str(),
                p.email.as_str(),
                p.date_of_birth,
                at,
                at
            ]
        })
        .collect();
    let ids: HashMap<String, i64> = tx
        .insert_rows_returning::<(String, i64)>(
            crate::sql!(
                rows: "INSERT INTO users (username, first_name, last_name, email, date_of_birth, created_at, updated_at)",
                returning: "RETURNING username, id",
            ),
            rows,
        )
        .await?
        .into_iter()
        .collect();
    people
        .iter()
        .map(|person| {
            let id = *ids.get(&person.username).ok_or_else(|| {
                Error::Internal(format!("account {} was not returned", person.username))
            })?;
            let user = User {
                id,
                username: person.username.clone(),
                first_name: person.first_name.clone(),
                last_name: person.last_name.clone(),
                email: person.email.clone(),
                date_of_birth: person.date_of_birth,
                created_at: at,
            };
            let change = Change {
                action: "user.create",
                entity_kind: "user",
                entity_id: user.username.clone(),
                organization_id: None,
                before: None,
                after: Some(user_json(person)),
            };
            Ok((user, change))
        })
        .collect()
}

/// A listing to write: who, where, as what, on whose request (U3), and the audit
/// action it is recorded under.
pub(crate) struct NewListing<'a> {
    pub user: &'a User,
    pub org: &'a Organization,
    pub role: Role,
    /// (request kind, request reference, authorized by).
    pub request: (&'a str, &'a str, &'a str),
    pub action: &'static str,
}

pub(crate) async fn insert_listing(
    tx: &mut Tx,
    listing: NewListing<'_>,
    operator: &str,
    at: DateTime<Utc>,
) -> Result<(ListingView, Change)> {
    let mut made = insert_listings(tx, &[listing], operator, at).await?;
    made.pop()
        .ok_or_else(|| Error::Internal("the new listing was not returned".into()))
}

/// Writes `listings` (checked beforehand) with one statement per few hundred; returns
/// them in the order given, each with its audit change.
async fn insert_listings(
    tx: &mut Tx,
    listings: &[NewListing<'_>],
    operator: &str,
    at: DateTime<Utc>,
) -> Result<Vec<(ListingView, Change)>> {
    if listings.is_empty() {
        return Ok(Vec::new());
    }
    let rows = listings
        .iter()
        .map(|l| {
            let (kind, reference, authorized_by) = l.request;
            args![
                l.user.id,
                l.org.id,
                l.role.code(),
                kind,
                reference,
                authorized_by,
                at,
                operator
            ]
        })
        .collect();
    // An active listing is unique by (user, organization, role).
    let ids: HashMap<(i64, i64, String), i64> = tx
        .insert_rows_returning::<(i64, i64, String, i64)>(
            crate::sql!(
                rows: "INSERT INTO listings (user_id, organization_id, role, request_kind, request_ref, authorized_by, added_at, added_by)",
                returning: "RETURNING user_id, organization_id, role, id",
            ),
            rows,
        )
        .await?
        .into_iter()
        .map(|(user, org, role, id)| ((user, org, role), id))
        .collect();
    listings
        .iter()
        .map(|l| {
            let (kind, reference, authorized_by) = l.request;
            let key = (l.user.id, l.org.id, l.role.code().to_string());
            let id = *ids.get(&key).ok_or_else(|| {
                Error::Internal(format!("listing of {} was not returned", l.user.username))
            })?;
            let listing = ListingView {
                id,
                username: l.user.username.clone(),
                first_name: l.user.first_name.clone(),
                last_name: l.user.last_name.clone(),
                email: l.user.email.clone(),
                organization_id: l.org.id,
                organization: l.org.name.clone(),
                role: l.role.code().to_string(),
                request_kind: kind.to_string(),
                request_ref: reference.to_string(),
                authorized_by: authorized_by.to_string(),
                added_at: at,
                added_by: operator.to_string(),
                removed_at: None,
                removed_by: None,
                removal_requested_by: None,
            };
            let change = Change {
                action: l.action,
                entity_kind: "user",
                entity_id: l.user.username.clone(),
                organization_id: Some(l.org.id),
                before: None,
                after: Some(listing_json(&listing)),
            };
            Ok((listing, change))
        })
        .collect()
}

/// Adds a user with one listing, reusing an existing account for the same person (U1–U4).
pub async fn add(
    session: &Session,
    request: &AddUser,
    logins: Logins,
    options: &WriteOptions,
) -> Result<Step<AddReport>> {
    let permit = session.authorize(ACTION, None)?;
    let mut write = session.write(&permit).await?;
    let added = match add_in(&mut write, &permit, request).await? {
        Step::Done(added) => added,
        Step::Confirm(question) => return Ok(Step::Confirm(question)),
    };
    let login =
        crate::db::roles::sync_login(write.tx(), &added.user.username, logins, false).await?;
    let login = login.map(|(login, record)| {
        if let Some(record) = record {
            write.record(record);
        }
        login
    });
    let outcome = write.finish(options).await?;
    Ok(Step::Done(AddReport {
        result: added.result,
        user: added.user,
        listing: added.listing,
        matched_by: added.matched_by,
        login,
        outcome,
    }))
}

/// The organizations a user may be listed on, for choosing one: only for those who may
/// add users (§1), who reach every organization.
pub async fn organizations(session: &Session) -> Result<Vec<Organization>> {
    session.authorize(ACTION, None)?;
    orgs::list(session).await
}

/// What [`add_in`] did inside a write.
#[derive(Debug, Clone)]
pub struct Added {
    pub result: AddKind,
    pub user: User,
    pub listing: ListingView,
    pub matched_by: Option<String>,
}

/// The body of `user add` inside an open write.
pub(crate) async fn add_in(
    write: &mut Write,
    permit: &Permit,
    request: &AddUser,
) -> Result<Step<Added>> {
    Ok(match add_many_in(write, permit, &[request]).await? {
        Step::Done(mut added) => Step::Done(
            added
                .pop()
                .ok_or_else(|| Error::Internal("nothing was added".into()))?,
        ),
        Step::Confirm(question) => Step::Confirm(question),
    })
}

/// `user add` for many requests in one write (an apply file's users): the same rules,
/// checked in the same order for each request, with a few queries for the whole batch
/// instead of several per user. Stops at the first refusal or question.
pub(crate) async fn add_many_in(
    write: &mut Write,
    permit: &Permit,
    requests: &[&AddUser],
) -> Result<Step<Vec<Added>>> {
    permit.require(ACTION, None)?;
    let mut added = Vec::with_capacity(requests.len());
    for batch in distinct_people(requests) {
        match add_batch(write, batch).await? {
            Step::Done(done) => added.extend(done),
            Step::Confirm(question) => return Ok(Step::Confirm(question)),
        }
    }
    Ok(Step::Done(added))
}

/// Splits `requests` where a person comes back (by username, email, or name with date
/// of birth), so a later request finds the account an earlier one made (U4), as it
/// would one at a time.
fn distinct_people<'a, 'r>(requests: &'a [&'r AddUser]) -> Vec<&'a [&'r AddUser]> {
    let mut batches = Vec::new();
    let mut start = 0;
    let mut seen: std::collections::HashSet<String> = Default::default();
    for (i, request) in requests.iter().enumerate() {
        let p = &request.person;
        let keys = [
            format!("u:{}", p.username),
            format!("e:{}", p.email.to_lowercase()),
            format!(
                "n:{}|{}|{}",
                p.first_name.to_lowercase(),
                p.last_name.to_lowercase(),
                p.date_of_birth
            ),
        ];
        if keys.iter().any(|k| seen.contains(k)) {
            batches.push(&requests[start..i]);
            start = i;
            seen.clear();
        }
        seen.extend(keys);
    }
    batches.push(&requests[start..]);
    batches
}

/// What one request of a batch will do once checked.
struct Checked<'r> {
    request: &'r AddUser,
    org: Organization,
    /// §1: the locations the listing is limited to, `(id, name)`.
    locations: Vec<(i64, String)>,
    paper: (&'static str, String, String),
    existing: Option<(User, AddKind, String)>,
}

async fn add_batch(write: &mut Write, requests: &[&AddUser]) -> Result<Step<Vec<Added>>> {
    let at = write.at();
    let today = write.today();
    // Each organization is looked up, and P1 checked, once per batch.
    let mut orgs_seen: HashMap<&str, (Organization, bool)> = HashMap::new();
    let mut checked: Vec<Checked> = Vec::with_capacity(requests.len());
    for request in requests {
        check_person(&request.person, today)?;
        let (org, complete) = match orgs_seen.get(request.organization.as_str()) {
            Some(seen) => seen.clone(),
            None => {
                let org = orgs::find(write.tx(), &request.organization).await?;
                let complete = !org.is_provider() || provider_complete(write.tx(), org.id).await?;
                orgs_seen.insert(&request.organization, (org.clone(), complete));
                (org, complete)
            }
        };
        let paper = check_listing(&org, request.role, &request.authorization, today)?;
        if !complete {
            return Err(Error::rule(
                "P1",
                format!(
                    "provider {:?} has no location or no contract yet: nobody can be listed on it until it has both",
                    org.name
                ),
            ));
        }
        let mut locations: Vec<(i64, String)> = Vec::new();
        if !request.locations.is_empty() && !org.is_provider() {
            return Err(Error::rule_on(
                "§1",
                "location",
                format!(
                    "limits a provider listing to some of its locations; {} is not a provider",
                    org.name
                ),
            ));
        }
        for name in &request.locations {
            let location = crate::providers::locations::find(write.tx(), &org, name)
                .await
                .map_err(|_| {
                    Error::invalid(
                        "location",
                        name,
                        format!(
                            "is not a location of {} (see `isets provider locations {:?}`)",
                            org.name, org.name
                        ),
                    )
                })?;
            if !locations.iter().any(|(id, _)| *id == location.id) {
                locations.push((location.id, location.name));
            }
        }
        checked.push(Checked {
            request,
            org,
            locations,
            paper,
            existing: None,
        });
    }

    let people: Vec<&Person> = requests.iter().map(|r| &r.person).collect();
    let matches = find_matches_many(write.tx(), &people).await?;
    let usernames: Vec<&str> = people.iter().map(|p| p.username.as_str()).collect();
    let taken = usernames_taken(write.tx(), &usernames).await?;
    for (c, matches) in checked.iter_mut().zip(matches) {
        let (request, person, org) = (c.request, &c.request.person, &c.org);
        if matches.len() > 1 {
            let names = matches
                .iter()
                .map(|m| format!("{} (by {})", m.user.username, m.matched_by))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::Conflict(format!(
                "rule U4: this person matches more than one existing account: {names}; resolve the duplicates before adding a listing"
            )));
        }
        let Some(found) = matches.into_iter().next() else {
            if taken.contains(&person.username) {
                return Err(Error::Conflict(format!(
                    "username {:?} is taken by a different person (U1: usernames are unique)",
                    person.username
                )));
            }
            continue;
        };
        if found
            .active_listings
            .iter()
            .any(|l| l.organization_id == org.id && l.role == request.role.code())
        {
            return Err(Error::Conflict(format!(
                "user {} is already listed on {} as {} (U4: no duplicate listing)",
                found.user.username, org.name, request.role
            )));
        }
        let elsewhere: Vec<String> = found
            .active_listings
            .iter()
            .filter(|l| l.organization_id != org.id)
            .map(|l| format!("{} as {}", l.organization, l.role))
            .collect();
        if !elsewhere.is_empty() && !request.confirmed {
            return Ok(Step::Confirm(format!(
                "rule U4: {} {} ({}) already has account {} (matched by {}), listed with {}; confirm to add the listing on {}",
                found.user.first_name,
                found.user.last_name,
                found.user.email,
                found.user.username,
                found.matched_by,
                elsewhere.join(", "),
                org.name
            )));
        }
        if found.user.username != person.username && taken.contains(&person.username) {
            return Err(Error::Conflict(format!(
                "username {:?} belongs to a different person; this person already has account {} (U4)",
                person.username, found.user.username
            )));
        }
        let kind = if found.active_listings.is_empty() {
            AddKind::Reactivated
        } else {
            AddKind::Listed
        };
        c.existing = Some((found.user, kind, found.matched_by));
    }

    let new_people: Vec<&Person> = checked
        .iter()
        .filter(|c| c.existing.is_none())
        .map(|c| &c.request.person)
        .collect();
    let mut created = insert_users(write.tx(), &new_people, at).await?.into_iter();
    let mut accounts: Vec<(User, AddKind, Option<String>, Option<Change>)> = Vec::new();
    for c in &checked {
        accounts.push(match &c.existing {
            Some((user, kind, matched_by)) => (user.clone(), *kind, Some(matched_by.clone()), None),
            None => {
                let (user, change) = created
                    .next()
                    .ok_or_else(|| Error::Internal("an account was not created".into()))?;
                (user, AddKind::Created, None, Some(change))
            }
        });
    }
    let listings: Vec<NewListing> = checked
        .iter()
        .zip(&accounts)
        .map(|(c, (user, kind, _, _))| NewListing {
            user,
            org: &c.org,
            role: c.request.role,
            request: (c.paper.0, &c.paper.1, &c.paper.2),
            action: if *kind == AddKind::Reactivated {
                "user.reactivate"
            } else {
                "listing.add"
            },
        })
        .collect();
    let operator = write.operator().to_string();
    let mut listed = insert_listings(write.tx(), &listings, &operator, at).await?;
    drop(listings);
    for (c, (listing, change)) in checked.iter().zip(listed.iter_mut()) {
        if c.locations.is_empty() {
            continue;
        }
        let ids: Vec<i64> = c.locations.iter().map(|(id, _)| *id).collect();
        write
            .tx()
            .execute(
                crate::sql!(
                    sqlite: "INSERT INTO listing_locations (listing_id, location_id) \
                        SELECT $1, value FROM json_each($2)",
                    postgres: "INSERT INTO listing_locations (listing_id, location_id) SELECT $1, unnest($2::bigint[])",
                ),
                args![listing.id, crate::db::Arg::Ints(ids)],
            )
            .await?;
        if let Some(serde_json::Value::Object(after)) = change.after.as_mut() {
            after.insert(
                "locations".into(),
                c.locations.iter().map(|(_, name)| name.clone()).collect(),
            );
        }
    }
    // The audit records come in the order one-at-a-time adds would have made them.
    let mut added = Vec::with_capacity(accounts.len());
    for ((user, kind, matched_by, user_change), (listing, listing_change)) in
        accounts.into_iter().zip(listed)
    {
        if let Some(change) = user_change {
            write.record(change);
        }
        write.record(listing_change);
        added.push(Added {
            result: kind,
            user,
            listing,
            matched_by,
        });
    }
    Ok(Step::Done(added))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(username: &str, email: &str, first: &str) -> AddUser {
        AddUser {
            person: Person {
                username: username.into(),
                first_name: first.into(),
                last_name: "Doe".into(),
                email: email.into(),
                date_of_birth: NaiveDate::from_ymd_opt(1990, 1, 2).expect("date"),
            },
            organization: "Acme Works".into(),
            role: Role::ProviderStaff,
            authorization: Authorization {
                access_request: Some("IL444-1".into()),
                manager_request: None,
                authorized_by: Some("Pat".into()),
            },
            confirmed: true,
            locations: Vec::new(),
        }
    }

    #[test]
    fn u4_a_person_who_comes_back_starts_a_new_batch() {
        let a = request("ann", "ann@x.example", "Ann");
        let b = request("bea", "bea@x.example", "Bea");
        let a_again = request("ann2", "ANN@x.example", "Ann");
        let same_name = request("ann3", "other@x.example", "ANN");
        let c = request("cy", "cy@x.example", "Cy");
        let all = [&a, &b, &a_again, &same_name, &c];
        let sizes: Vec<usize> = distinct_people(&all).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, vec![2, 1, 2]);
        let one = [&a];
        assert_eq!(distinct_people(&one).len(), 1);
    }
}
