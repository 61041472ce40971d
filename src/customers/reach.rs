//! Which customers an operator reaches (DOMAIN.md §1): statewide roles all of them;
//! provider roles those assigned to a program at a location their listing covers (a
//! listing limited to some locations covers only those), plus the customers whose
//! Integrated Resource Team they are on through such a listing (K1), plus the customers
//! referred to or by one of their providers at such a location (§1, F1: the location of
//! a referral is the receiving program's, or the sending provider's). The same reach is
//! what the PostgreSQL policies grant (`isets_locations`, `isets_team`); here it is
//! checked in the core before any scoped read or write, on both backends.

use crate::db::{Arg, Backend, Tx};
use crate::error::Result;
use crate::operator::Permit;
use crate::permissions::{Grant, Role};
use crate::session::Session;

/// The reach of one permit over customers, as three bound values for
/// [`within_reach!`]: whether it is statewide, the locations, the team customers.
#[derive(Debug, Clone, Default)]
pub struct CustomerReach {
    pub statewide: bool,
    pub locations: Vec<i64>,
    pub team: Vec<i64>,
}

impl CustomerReach {
    /// The values [`within_reach!`] binds, in its order.
    pub fn args(&self) -> [Arg; 3] {
        [
            Arg::Bool(Some(self.statewide)),
            Arg::Ints(self.locations.clone()),
            Arg::Ints(self.team.clone()),
        ]
    }

    /// Whether a program's location is within reach (assigning to it, S5).
    pub fn covers_location(&self, location_id: i64) -> bool {
        self.statewide || self.locations.contains(&location_id)
    }
}

/// The customer reach of `permit` for the session's operator.
pub async fn of(session: &Session, tx: &mut Tx, permit: &Permit) -> Result<CustomerReach> {
    if permit.is_statewide() {
        return Ok(CustomerReach {
            statewide: true,
            ..CustomerReach::default()
        });
    }
    let operator = session.operator();
    let tx_backend = tx.backend();
    let roles: Vec<&str> = Role::ALL
        .iter()
        .filter(|r| permit.action().grant(**r) == Some(Grant::Own))
        .map(|r| r.code())
        .collect();
    // On PostgreSQL the helpers of the policies answer for the session's login (a
    // provider role may not read its own listings through the table).
    let args = || match tx_backend {
        Backend::Postgres => crate::args![Arg::texts(roles.iter().copied())],
        Backend::Sqlite => crate::args![
            operator.user_id,
            Arg::texts(roles.iter().copied()),
            permit.reach().organization_ids()
        ],
    };
    let locations: Vec<(i64,)> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT DISTINCT x.id FROM listings l JOIN locations x ON x.organization_id = l.organization_id \
                    WHERE l.user_id = $1 AND l.removed_at IS NULL \
                    AND l.role IN (SELECT value FROM json_each($2)) \
                    AND l.organization_id IN (SELECT value FROM json_each($3)) \
                    AND (NOT EXISTS (SELECT 1 FROM listing_locations ll WHERE ll.listing_id = l.id) \
                         OR EXISTS (SELECT 1 FROM listing_locations ll WHERE ll.listing_id = l.id AND ll.location_id = x.id)) \
                    ORDER BY x.id",
                postgres: "SELECT unnest(isets_locations($1)) AS id ORDER BY 1",
            ),
            args(),
        )
        .await?;
    let team: Vec<(i64,)> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT DISTINCT t.customer_id FROM customer_team t \
                    JOIN listings l ON l.user_id = t.user_id AND l.organization_id = t.organization_id \
                    WHERE t.user_id = $1 AND t.removed_at IS NULL AND l.removed_at IS NULL \
                    AND l.role IN (SELECT value FROM json_each($2)) \
                    AND l.organization_id IN (SELECT value FROM json_each($3)) \
                    ORDER BY t.customer_id",
                postgres: "SELECT unnest(isets_team($1)) AS id ORDER BY 1",
            ),
            args(),
        )
        .await?;
    Ok(CustomerReach {
        statewide: false,
        locations: locations.into_iter().map(|(id,)| id).collect(),
        team: team.into_iter().map(|(id,)| id).collect(),
    })
}

/// The test that a customer (`c`, or the customer id column named last) is within a
/// [`CustomerReach`] bound at `$s`, `$l`, `$t` (the numbers of its three values), in the
/// dialect named first.
#[macro_export]
#[doc(hidden)]
macro_rules! within_reach {
    ($d:tt, $s:literal, $l:literal, $t:literal) => {
        $crate::within_reach!($d, $s, $l, $t, "c.id")
    };
    (sqlite, $s:literal, $l:literal, $t:literal, $id:literal) => {
        concat!(
            "($",
            $s,
            " OR EXISTS (SELECT 1 FROM customer_assignments ra WHERE ra.customer_id = ",
            $id,
            " AND ra.location_id IN (SELECT value FROM json_each($",
            $l,
            "))) \
             OR EXISTS (SELECT 1 FROM referrals rr WHERE rr.customer_id = ",
            $id,
            " AND (rr.to_location_id IN (SELECT value FROM json_each($",
            $l,
            ")) OR rr.from_location_id IN (SELECT value FROM json_each($",
            $l,
            ")))) \
             OR ",
            $id,
            " IN (SELECT value FROM json_each($",
            $t,
            ")))"
        )
    };
    (postgres, $s:literal, $l:literal, $t:literal, $id:literal) => {
        concat!(
            "($",
            $s,
            " OR EXISTS (SELECT 1 FROM customer_assignments ra WHERE ra.customer_id = ",
            $id,
            " AND ra.location_id = ANY($",
            $l,
            ")) OR EXISTS (SELECT 1 FROM referrals rr WHERE rr.customer_id = ",
            $id,
            " AND (rr.to_location_id = ANY($",
            $l,
            ") OR rr.from_location_id = ANY($",
            $l,
            "))) OR ",
            $id,
            " = ANY($",
            $t,
            "))"
        )
    };
}

/// The record `statement` reads by id (`$1`), with its customer's reach bound at
/// `$2`–`$4` ([`crate::within_reach!`]): found only when its customer is within
/// `permit`'s reach; otherwise "`what` not found (see `hint`)", as if it did not exist.
pub(crate) async fn record<T: crate::db::Record>(
    session: &Session,
    tx: &mut Tx,
    permit: &Permit,
    statement: &'static crate::db::Sql,
    id: i64,
    what: &str,
    hint: &str,
) -> Result<T> {
    let reach = of(session, tx, permit).await?;
    let [s, l, t] = reach.args();
    tx.fetch_optional(statement, vec![Arg::from(id), s, l, t])
        .await?
        .ok_or_else(|| crate::Error::NotFound(format!("{what} {id} not found (see `{hint}`)")))
}

/// The id of the customer with this individual number within `permit`'s reach; one
/// outside it reads as absent, so an answer never tells what exists elsewhere.
pub async fn find(session: &Session, tx: &mut Tx, permit: &Permit, number: &str) -> Result<i64> {
    let reach = of(session, tx, permit).await?;
    let [s, l, t] = reach.args();
    let id: Option<(i64,)> = tx
        .fetch_optional(
            crate::sql!(
                sqlite: concat!(
                    "SELECT c.id FROM customers c WHERE c.individual_number = $1 AND ",
                    crate::within_reach!(sqlite, "2", "3", "4")
                ),
                postgres: concat!(
                    "SELECT c.id FROM customers c WHERE c.individual_number = $1 AND ",
                    crate::within_reach!(postgres, "2", "3", "4")
                ),
            ),
            vec![Arg::from(number.trim()), s, l, t],
        )
        .await?;
    id.map(|(id,)| id).ok_or_else(|| {
        crate::Error::NotFound(format!(
            "customer {:?} not found (see `isets customer search`)",
            number.trim()
        ))
    })
}

/// What an operator is told of the organizations named on a customer's record (a team
/// member's, a note's): each one's name when they may view it (§1), otherwise that it is
/// outside their reach, on both databases alike. Made once per answer.
pub(crate) struct OrganizationNames(Option<crate::operator::Permit>);

impl OrganizationNames {
    pub(crate) fn of(session: &Session) -> OrganizationNames {
        OrganizationNames(
            session
                .permit(crate::permissions::Action::ViewOrganizations)
                .ok(),
        )
    }

    pub(crate) fn shown(&self, organization_id: i64, name: &str) -> String {
        if self.0.as_ref().is_some_and(|p| p.covers(organization_id)) {
            name.to_string()
        } else {
            OUTSIDE.to_string()
        }
    }

    /// The same for a record IDHS may have entered without an organization (an
    /// assessment, §6): IDHS to those who view every organization.
    pub(crate) fn shown_or_idhs(&self, organization_id: Option<i64>, name: &str) -> String {
        match organization_id {
            Some(id) => self.shown(id, name),
            None if self.0.as_ref().is_some_and(|p| p.is_statewide()) => {
                crate::orgs::IDHS.to_string()
            }
            None => OUTSIDE.to_string(),
        }
    }
}

/// The name given for an organization outside the operator's reach.
pub(crate) const OUTSIDE: &str = "(outside your reach)";
