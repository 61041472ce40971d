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
    // so the statement is the same for one person or a thousand.
    let users: Vec<User> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT id, username, first_name, last_name, email, date_of_birth, created_at \
                         FROM users WHERE lower(email) IN (SELECT lower(value) FROM json_each($1)) \
                         UNION \
                         SELECT u.id, u.username, u.first_name, u.last_name, u.email, u.date_of_birth, \
                         u.created_at FROM json_each($2) f \
                         JOIN json_each($3) l ON l.key = f.key \
                         JOIN json_each($4) d ON d.key = f.key \
                         JOIN users u ON lower(u.last_name) = lower(l.value) \
                         AND lower(u.first_name) = lower(f.value) AND u.date_of_birth = d.value \
                         ORDER BY id",
                postgres: "SELECT id, username, first_name, last_name, email, date_of_birth, created_at \
                           FROM users WHERE lower(email) IN (SELECT lower(e) FROM unnest($1::text[]) e) \
                           UNION \
                           SELECT u.id, u.username, u.first_name, u.last_name, u.email, u.date_of_birth, \
                           u.created_at FROM unnest($2::text[], $3::text[], $4::date[]) AS p(f, l, d) \
                           JOIN users u ON lower(u.last_name) = lower(p.l) \
                           AND lower(u.first_name) = lower(p.f) AND u.date_of_birth = p.d \
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
        return Err(Error::rule(
            "U1",
            format!("date_of_birth: {} is in the future", person.date_of_birth),
        ));
    }
    Ok(())
}

/// P1: a provider with at least one location and one contract.
async fn provider_complete(tx: &mut Tx, organization_id: i64) -> Result<bool> {
    let (complete,): (bool,) = tx
        .fetch_one(
            crate::sql!(
                "SELECT EXISTS (SELECT 1 FROM locations WHERE organization_id = $1) \
             AND EXISTS (SELECT 1 FROM contracts WHERE organization_id = $1)"
            ),
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
            Error::rule(
                "U3",
                "authorized_by is required: who authorized this access",
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
            .ok_or_else(|| Error::rule("U3", "a provider user needs the signed access request: access_request (form IL444-2022 reference)"))?;
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
                Error::rule(
                    "U3",
                    "IDHS staff need their manager's written request: manager_request (its reference)",
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
    let id = tx
        .insert(
            crate::sql!("INSERT INTO users (username, first_name, last_name, email, date_of_birth, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id"),
            args![
                person.username.as_str(),
                person.first_name.as_str(),
                person.last_name.as_str(),
                person.email.as_str(),
                person.date_of_birth,
                at
            ],
        )
        .await?;
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
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_listing(
    tx: &mut Tx,
    user: &User,
    org: &Organization,
    role: Role,
    request: (&str, &str, &str),
    operator: &str,
    at: DateTime<Utc>,
    action: &'static str,
) -> Result<(ListingView, Change)> {
    let (kind, reference, authorized_by) = request;
    let id = tx
        .insert(
            crate::sql!("INSERT INTO listings (user_id, organization_id, role, request_kind, request_ref, authorized_by, added_at, added_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"),
            args![user.id, org.id, role.code(), kind, reference, authorized_by, at, operator],
        )
        .await?;
    let listing = ListingView {
        id,
        username: user.username.clone(),
        first_name: user.first_name.clone(),
        last_name: user.last_name.clone(),
        email: user.email.clone(),
        organization_id: org.id,
        organization: org.name.clone(),
        role: role.code().to_string(),
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
        action,
        entity_kind: "user",
        entity_id: user.username.clone(),
        organization_id: Some(org.id),
        before: None,
        after: Some(listing_json(&listing)),
    };
    Ok((listing, change))
}

/// Adds a user with one listing, reusing an existing account for the same person (U1–U4).
pub async fn add(
    session: &Session,
    request: &AddUser,
    options: &WriteOptions,
) -> Result<Step<AddReport>> {
    let permit = session.authorize(ACTION, None)?;
    let mut write = session.write(&permit).await?;
    let added = match add_in(&mut write, &permit, request).await? {
        Step::Done(added) => added,
        Step::Confirm(question) => return Ok(Step::Confirm(question)),
    };
    let outcome = write.finish(options).await?;
    Ok(Step::Done(AddReport {
        result: added.result,
        user: added.user,
        listing: added.listing,
        matched_by: added.matched_by,
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
    permit.require(ACTION, None)?;
    let person = &request.person;
    let at = write.at();
    let today = write.today();
    check_person(person, today)?;
    let org = orgs::find(write.tx(), &request.organization).await?;
    let (kind, reference, authorized_by) =
        check_listing(&org, request.role, &request.authorization, today)?;
    if org.is_provider() && !provider_complete(write.tx(), org.id).await? {
        return Err(Error::rule(
            "P1",
            format!(
                "provider {:?} has no location or no contract yet: nobody can be listed on it until it has both",
                org.name
            ),
        ));
    }

    let matches = find_matches(write.tx(), person).await?;
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
    let (user, kind_of_add, matched_by) = match matches.into_iter().next() {
        Some(found) => {
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
            if found.user.username != person.username
                && username_taken(write.tx(), &person.username).await?
            {
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
            (found.user, kind, Some(found.matched_by))
        }
        None => {
            if username_taken(write.tx(), &person.username).await? {
                return Err(Error::Conflict(format!(
                    "username {:?} is taken by a different person (U1: usernames are unique)",
                    person.username
                )));
            }
            let (user, change) = insert_user(write.tx(), person, at).await?;
            write.record(change);
            (user, AddKind::Created, None)
        }
    };
    let action = if kind_of_add == AddKind::Reactivated {
        "user.reactivate"
    } else {
        "listing.add"
    };
    let operator = write.operator().to_string();
    let (listing, change) = insert_listing(
        write.tx(),
        &user,
        &org,
        request.role,
        (kind, &reference, &authorized_by),
        &operator,
        at,
        action,
    )
    .await?;
    write.record(change);
    Ok(Step::Done(Added {
        result: kind_of_add,
        user,
        listing,
        matched_by,
    }))
}
