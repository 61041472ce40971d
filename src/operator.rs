//! Who is acting: the database login on PostgreSQL, `--as`/`ISETS_USER`/the OS login on
//! SQLite; matched to an isets user whose active listings decide what they may do.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::db::{Backend, Db, Tx};
use crate::error::{Error, Result};
use crate::permissions::{Action, Grant, Role};

#[derive(Debug, Clone, Serialize)]
pub struct OperatorListing {
    pub organization_id: i64,
    pub organization: String,
    pub role: Role,
}

#[derive(Debug, Clone)]
pub struct Operator {
    pub user_id: i64,
    pub username: String,
    pub listings: Vec<OperatorListing>,
}

/// How far an operator's permission for one action reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    Statewide,
    /// Only these organizations (the providers the operator is listed on).
    Organizations(BTreeSet<i64>),
}

impl Reach {
    pub fn covers(&self, organization_id: i64) -> bool {
        match self {
            Reach::Statewide => true,
            Reach::Organizations(ids) => ids.contains(&organization_id),
        }
    }

    pub fn is_statewide(&self) -> bool {
        matches!(self, Reach::Statewide)
    }

    /// The organizations of a limited reach as one bound list (empty when statewide),
    /// for queries that filter `($statewide OR organization_id IN list)`.
    pub fn organization_ids(&self) -> crate::db::Arg {
        crate::db::Arg::Ints(match self {
            Reach::Organizations(ids) => ids.iter().copied().collect(),
            Reach::Statewide => Vec::new(),
        })
    }
}

/// The login name the operator acts under, before it is matched to a user.
pub async fn identity(db: &Db, requested: Option<&str>) -> Result<String> {
    match db.backend() {
        Backend::Postgres => {
            let mut tx = db.begin(false).await?;
            let (login,): (String,) = tx
                .fetch_one(
                    crate::sql!(postgres: "SELECT CAST(session_user AS TEXT)"),
                    vec![],
                )
                .await?;
            // Ended here, not when dropped: the connection is back in the pool for the
            // command's next statement (a second connection would start cold).
            tx.rollback().await?;
            if let Some(requested) = requested.filter(|r| *r != login) {
                return Err(Error::Usage(format!(
                    "--as/ISETS_USER {requested:?} is refused on PostgreSQL: the operator is the database login ({login}); connect as {requested} instead"
                )));
            }
            Ok(login)
        }
        Backend::Sqlite => Ok(match requested {
            Some(name) => name.to_string(),
            None => os_login(),
        }),
    }
}

fn os_login() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

/// The operator's account and one of their active listings, if any.
#[derive(sqlx::FromRow)]
struct ListingRow {
    user_id: i64,
    organization_id: Option<i64>,
    organization: Option<String>,
    kind: Option<String>,
    role: Option<String>,
    spcq_approved_on: Option<chrono::NaiveDate>,
    /// P1: at least one location and one contract.
    complete: bool,
}

impl ListingRow {
    fn listed(self) -> Option<Listed> {
        Some(Listed {
            organization_id: self.organization_id?,
            organization: self.organization?,
            kind: self.kind?,
            role: self.role?,
            spcq_approved_on: self.spcq_approved_on,
            complete: self.complete,
        })
    }
}

/// One active listing of the operator.
struct Listed {
    organization_id: i64,
    organization: String,
    kind: String,
    role: String,
    spcq_approved_on: Option<chrono::NaiveDate>,
    complete: bool,
}

impl Listed {
    /// Why a listing grants nothing today, if it does not: a provider grants its users
    /// nothing while it has no approved SPCQ (U2) or lacks what P1 asks for.
    fn inert(&self, today: chrono::NaiveDate) -> Option<String> {
        if self.kind != "provider" {
            return None;
        }
        match self.spcq_approved_on {
            None => Some(format!(
                "{} has no approved SPCQ on file (rule U2)",
                self.organization
            )),
            Some(date) if date > today => Some(format!(
                "{} has its SPCQ approval dated {date}, still to come (rule U2)",
                self.organization
            )),
            Some(_) if !self.complete => Some(format!(
                "{} has no location or no contract yet (rule P1)",
                self.organization
            )),
            Some(_) => None,
        }
    }
}

/// Proof that the operator may take an action, and where: statewide or within their
/// own providers. Only [`Operator::permit`] and [`Operator::authorize`] make one;
/// opening a write and every operation that changes data ask for one.
#[derive(Debug, Clone)]
pub struct Permit {
    action: Action,
    reach: Reach,
    /// `isets init` on a database with no user yet: the one write no operator makes.
    bootstrap: bool,
}

impl Permit {
    /// The permit of `isets init`, made only once it found no user in the database.
    pub(crate) fn bootstrap() -> Permit {
        Permit {
            action: Action::ManageUsers,
            reach: Reach::Statewide,
            bootstrap: true,
        }
    }

    pub fn action(&self) -> Action {
        self.action
    }

    pub fn reach(&self) -> &Reach {
        &self.reach
    }

    pub fn covers(&self, organization_id: i64) -> bool {
        self.reach.covers(organization_id)
    }

    pub fn is_statewide(&self) -> bool {
        self.reach.is_statewide()
    }

    /// Checks that this permit is for `action` on `organization_id` (or statewide for
    /// `None`). A mismatch means a caller passed the wrong permit: a bug, refused.
    pub(crate) fn require(&self, action: Action, organization_id: Option<i64>) -> Result<()> {
        let fits = self.bootstrap
            || self.action == action
                && match organization_id {
                    Some(id) => self.reach.covers(id),
                    None => self.reach.is_statewide(),
                };
        if fits {
            Ok(())
        } else {
            Err(Error::Internal(format!(
                "an operation needing {:?} was given a permit for {:?}",
                action.description(),
                self.action.description()
            )))
        }
    }
}

impl Operator {
    /// Loads the user named `login` with the listings that grant something on `today`.
    /// An unknown user, one whose listings were all removed (U5), or one listed only on
    /// providers that grant nothing yet (U2, P1) can do nothing.
    pub async fn load(tx: &mut Tx, login: &str, today: chrono::NaiveDate) -> Result<Operator> {
        // One statement: the user and their active listings (a user without any gives
        // one row without a listing). On PostgreSQL a helper reads them for the
        // session's login, so identifying the operator plans no policies.
        let rows: Vec<ListingRow> = tx
            .fetch_all(
                crate::sql!(
                    sqlite: concat!(
                        "SELECT u.id AS user_id, l.organization_id, o.name AS organization, o.kind, l.role, \
                         o.spcq_approved_on, ",
                        crate::providers::p1_complete!("o.id"),
                        " AS complete FROM users u \
                         LEFT JOIN listings l ON l.user_id = u.id AND l.removed_at IS NULL \
                         LEFT JOIN organizations o ON o.id = l.organization_id \
                         WHERE u.username = $1 ORDER BY o.name, l.role"
                    ),
                    postgres: "SELECT user_id, organization_id, organization, kind, role, spcq_approved_on, complete \
                               FROM isets_operator_listings($1)",
                ),
                crate::args![login],
            )
            .await?;
        let Some(user_id) = rows.first().map(|r| r.user_id) else {
            return Err(Error::PermissionDenied(format!(
                "operator {login:?} is not an isets user (set --as, ISETS_USER or connect as your own login)"
            )));
        };
        let rows: Vec<Listed> = rows.into_iter().filter_map(ListingRow::listed).collect();
        if rows.is_empty() {
            return Err(Error::PermissionDenied(format!(
                "operator {login:?} has no listings (removed): rule U5, a user with no listings can do nothing"
            )));
        }
        let mut listings = Vec::new();
        let mut inert = Vec::new();
        for r in rows {
            match r.inert(today) {
                Some(why) => inert.push(why),
                None => listings.push(OperatorListing {
                    organization_id: r.organization_id,
                    organization: r.organization,
                    role: r.role.parse()?,
                }),
            }
        }
        if listings.is_empty() {
            return Err(Error::PermissionDenied(format!(
                "operator {login:?} is listed only on providers that grant nothing yet: {}",
                inert.join("; ")
            )));
        }
        Ok(Operator {
            user_id,
            username: login.to_string(),
            listings,
        })
    }

    /// The organization the operator acts for in `action`: `given` (the value of
    /// `flag`), or their one organization whose listing grants the action. Several
    /// such organizations and none given is a usage error naming them.
    pub fn acting_for(
        &self,
        action: Action,
        given: Option<&str>,
        flag: &str,
    ) -> Result<(i64, String)> {
        let mut acting: Vec<(i64, String)> = self
            .listings
            .iter()
            .filter(|l| action.grant(l.role).is_some())
            .map(|l| (l.organization_id, l.organization.clone()))
            .collect();
        acting.sort();
        acting.dedup();
        let names = || {
            acting
                .iter()
                .map(|(_, n)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match given {
            Some(name) => acting
                .iter()
                .find(|(_, n)| n.eq_ignore_ascii_case(name.trim()))
                .cloned()
                .ok_or_else(|| {
                    Error::invalid(
                        flag,
                        name,
                        format!(
                            "is not an organization {} may {:?} for (listed: {})",
                            self.username,
                            action.description(),
                            names()
                        ),
                    )
                }),
            None => match acting.as_slice() {
                [one] => Ok(one.clone()),
                _ => Err(Error::Usage(format!(
                    "{} may {:?} for several organizations ({}): choose one with {flag}",
                    self.username,
                    action.description(),
                    names()
                ))),
            },
        }
    }

    /// DOMAIN.md §1, note 1: a super user may do a provider's case work (and verify
    /// its attendance, or approve billing in the billing staff's place) only with a
    /// recorded reason. Nothing is asked of an operator whose own listing on the
    /// organization grants the action.
    pub fn require_reason(
        &self,
        action: Action,
        organization_id: i64,
        reason: Option<&str>,
    ) -> Result<()> {
        if !action.super_user_gives_reason() || reason.is_some_and(|r| !r.trim().is_empty()) {
            return Ok(());
        }
        let own = self.listings.iter().any(|l| {
            l.role != Role::SuperUser
                && match action.grant(l.role) {
                    Some(Grant::All) => true,
                    Some(Grant::Own) => l.organization_id == organization_id,
                    None => false,
                }
        });
        if own {
            Ok(())
        } else {
            Err(Error::invalid(
                "--reason",
                "",
                format!(
                    "is required: a super user may {:?} only with a recorded reason (DOMAIN.md §1, note 1)",
                    action.description()
                ),
            ))
        }
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.listings.iter().any(|l| l.role == role)
    }

    /// Where the operator may take `action`; denied when no listing grants it.
    pub fn permit(&self, action: Action) -> Result<Permit> {
        let mut own = BTreeSet::new();
        for listing in &self.listings {
            match action.grant(listing.role) {
                Some(Grant::All) => {
                    return Ok(Permit {
                        action,
                        reach: Reach::Statewide,
                        bootstrap: false,
                    });
                }
                Some(Grant::Own) => {
                    own.insert(listing.organization_id);
                }
                None => {}
            }
        }
        if own.is_empty() {
            Err(self.denied(action, None))
        } else {
            Ok(Permit {
                action,
                reach: Reach::Organizations(own),
                bootstrap: false,
            })
        }
    }

    /// Checks `action` on an organization's data (`Some((id, name))`), or statewide
    /// (`None`), which only an unscoped grant allows.
    pub fn authorize(&self, action: Action, organization: Option<(i64, &str)>) -> Result<Permit> {
        let permit = self.permit(action)?;
        match organization {
            _ if permit.reach.is_statewide() => Ok(permit),
            Some((id, _)) if permit.reach.covers(id) => Ok(permit),
            other => Err(self.denied(action, other.map(|(_, name)| name))),
        }
    }

    fn denied(&self, action: Action, organization: Option<&str>) -> Error {
        let listed = self
            .listings
            .iter()
            .map(|l| format!("{} on {}", l.role, l.organization))
            .collect::<Vec<_>>()
            .join(", ");
        let target = organization
            .map(|o| format!(" for {o}"))
            .unwrap_or_default();
        Error::PermissionDenied(format!(
            "{user} asked to {:?}{target}, which is allowed for {}; {user} is listed as {listed}",
            action.description(),
            action.allowed_roles(),
            user = self.username,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn operator(listings: &[(i64, Role)]) -> Operator {
        Operator {
            user_id: 1,
            username: "op".into(),
            listings: listings
                .iter()
                .map(|(id, role)| OperatorListing {
                    organization_id: *id,
                    organization: format!("org {id}"),
                    role: *role,
                })
                .collect(),
        }
    }

    /// §1 note 1: a super user doing a provider's case work gives a reason; a provider
    /// role of that provider, or a super user who is also listed there, need not.
    #[test]
    fn a_super_user_gives_a_reason_for_case_work_in_a_providers_place() {
        let admin = operator(&[(1, Role::SuperUser)]);
        assert!(admin.require_reason(Action::CaseWork, 7, None).is_err());
        assert!(
            admin
                .require_reason(Action::CaseWork, 7, Some("  "))
                .is_err()
        );
        assert!(
            admin
                .require_reason(Action::CaseWork, 7, Some("asked by Acme"))
                .is_ok()
        );
        assert!(admin.require_reason(Action::Assessments, 7, None).is_ok());
        let staff = operator(&[(7, Role::ProviderStaff)]);
        assert!(staff.require_reason(Action::CaseWork, 7, None).is_ok());
        let both = operator(&[(1, Role::SuperUser), (7, Role::ProgramManager)]);
        assert!(both.require_reason(Action::CaseWork, 7, None).is_ok());
        assert!(both.require_reason(Action::CaseWork, 8, None).is_err());
    }

    #[test]
    fn the_acting_organization_is_the_one_listed_or_the_one_named() {
        let staff = operator(&[(7, Role::ProviderStaff)]);
        assert_eq!(
            staff.acting_for(Action::CaseWork, None, "--org").ok(),
            Some((7, "org 7".into()))
        );
        let two = operator(&[(7, Role::ProviderStaff), (8, Role::ProgramManager)]);
        assert!(two.acting_for(Action::CaseWork, None, "--org").is_err());
        assert_eq!(
            two.acting_for(Action::CaseWork, Some("ORG 8"), "--org")
                .ok(),
            Some((8, "org 8".into()))
        );
        assert!(
            two.acting_for(Action::CaseWork, Some("org 9"), "--org")
                .is_err()
        );
    }

    #[test]
    fn a_permit_fits_only_its_action_and_reach() {
        let staff = operator(&[(7, Role::ProgramManager)]);
        let permit = staff
            .authorize(Action::EditPrograms, Some((7, "org 7")))
            .expect("own provider");
        assert!(permit.require(Action::EditPrograms, Some(7)).is_ok());
        // Another provider, a statewide operation, another action: refused as a bug.
        for (action, org) in [
            (Action::EditPrograms, Some(8)),
            (Action::EditPrograms, None),
            (Action::ManageSites, Some(7)),
        ] {
            assert!(matches!(
                permit.require(action, org),
                Err(Error::Internal(_))
            ));
        }
        assert!(
            staff
                .authorize(Action::EditPrograms, Some((8, "org 8")))
                .is_err()
        );
        assert!(staff.authorize(Action::AddProvider, None).is_err());
    }

    #[test]
    fn a_statewide_grant_covers_every_provider() {
        let wfd = operator(&[(1, Role::Wfd)]);
        let permit = wfd.permit(Action::EditPrograms).expect("statewide");
        assert!(permit.is_statewide());
        assert!(permit.require(Action::EditPrograms, Some(99)).is_ok());
        assert!(permit.require(Action::EditPrograms, None).is_ok());
    }

    #[test]
    fn only_init_makes_a_bootstrap_permit_and_it_fits_any_first_write() {
        let permit = Permit::bootstrap();
        assert!(permit.require(Action::ManageUsers, None).is_ok());
        assert!(permit.require(Action::AddProvider, None).is_ok());
    }
}
