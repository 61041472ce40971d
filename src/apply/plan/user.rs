//! Planning a provider's users through the same rules as `user add` (U1–U4), and with
//! `--prune` the removal of listings the file omits (U5).

use super::*;

pub(super) async fn plan(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    p: &ProviderSpec,
    name: &str,
    org: Option<&Organization>,
) -> Result<()> {
    let spec = pl.spec;
    let db_listings = match org {
        Some(o) => users::active_listings_on(tx, o.id).await?,
        None => Vec::new(),
    };
    // Only those who may manage users learn which accounts exist; then the accounts
    // of all this provider's users are looked up at once.
    if let Some((_, pos)) = p.users.first() {
        pl.allow(users::ACTION, None, pos)?;
    }
    let people: Vec<&crate::users::Person> = p.users.iter().map(|(u, _)| &u.person).collect();
    let matches = users::find_matches_many(tx, &people).await?;
    let names: Vec<&str> = people.iter().map(|p| p.username.as_str()).collect();
    let taken = users::usernames_taken(tx, &names).await?;
    let ids: Vec<i64> = db_listings.iter().map(|l| l.id).collect();
    let limits = users::locations::limits_of(tx, &ids).await?;
    let known = Known {
        taken: &taken,
        limits: &limits,
    };
    for ((user, pos), found) in p.users.iter().zip(matches) {
        plan_user(pl, name, org, user, pos, found, &known)?;
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
                name,
                format!("{} as {}", listing.username, listing.role),
                &p.pos,
                Vec::new(),
                Op::RemoveListing(Box::new(listing.clone())),
            );
        }
    }
    Ok(())
}

/// What was looked up for all of a provider's users beforehand: the usernames already
/// taken (U1) and the location limits of its active listings (§1).
struct Known<'a> {
    taken: &'a std::collections::HashSet<String>,
    limits: &'a std::collections::BTreeMap<i64, Vec<String>>,
}

/// One user of the file, with the accounts that are this person (U4) and the usernames
/// already taken, both looked up beforehand.
fn plan_user(
    pl: &mut Planner<'_>,
    provider: &str,
    org: Option<&Organization>,
    user: &UserSpec,
    pos: &Pos,
    matches: Vec<users::Match>,
    known: &Known<'_>,
) -> Result<()> {
    let (taken, limits) = (known.taken, known.limits);
    let spec = pl.spec;
    let person = &user.person;
    let label = format!("{} as {}", person.username, user.role);
    let request = AddUser {
        person: person.clone(),
        organization: provider.to_string(),
        role: user.role,
        authorization: user.authorization.clone(),
        confirmed: true,
        locations: user.locations.clone(),
    };
    pl.allow(users::ACTION, None, pos)?;
    match matches.as_slice() {
        [] => {
            let same = |p: &crate::users::Person| {
                p.email.eq_ignore_ascii_case(&person.email)
                    || (p.first_name.eq_ignore_ascii_case(&person.first_name)
                        && p.last_name.eq_ignore_ascii_case(&person.last_name)
                        && p.date_of_birth == person.date_of_birth)
            };
            if let Some(planned) = pl.planned_people.find(person) {
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
            if taken.contains(&person.username) {
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
            pl.planned_people.add(person.clone());
        }
        [found] => {
            // The file's username for this person belongs to somebody else.
            if found.user.username != person.username && taken.contains(&person.username) {
                return Err(at(
                    spec,
                    pos,
                    Error::Conflict(format!(
                        "username {:?} belongs to a different person; this person already has account {} (U4)",
                        person.username, found.user.username
                    )),
                ));
            }
            let listed_here = found.active_listings.iter().find(|l| {
                org.is_some_and(|o| o.id == l.organization_id) && l.role == user.role.code()
            });
            if let Some(listing) = listed_here {
                let current = limits.get(&listing.id).cloned().unwrap_or_default();
                if !users::locations::same_limit(&current, &user.locations) {
                    pl.allow(users::ACTION, None, pos)?;
                    let mut wanted = user.locations.clone();
                    wanted.sort();
                    pl.push(
                        Verb::Update,
                        "user",
                        provider,
                        label,
                        pos,
                        diff(
                            &json!({"locations": current}),
                            &json!({"locations": wanted}),
                        ),
                        Op::LimitListing(Box::new(listing.clone()), user.locations.clone()),
                    );
                    return Ok(());
                }
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
