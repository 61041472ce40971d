//! The permission table of DOMAIN.md §1: roles, their scope, and who may do what.
//!
//! This table is the only place a permission is decided. Core functions ask
//! [`crate::operator::Operator::authorize`] with an [`Action`]; the same rows can later
//! be turned into PostgreSQL row-level-security policies.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    SuperUser,
    Wfd,
    ProviderManager,
    Billing,
    ProgramManager,
    ProviderStaff,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::SuperUser,
        Role::Wfd,
        Role::ProviderManager,
        Role::Billing,
        Role::ProgramManager,
        Role::ProviderStaff,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::SuperUser => "super-user",
            Role::Wfd => "wfd",
            Role::ProviderManager => "provider-manager",
            Role::Billing => "billing",
            Role::ProgramManager => "program-manager",
            Role::ProviderStaff => "provider-staff",
        }
    }

    /// IDHS roles are listed on the organization IDHS; provider roles on a provider
    /// (a provider manager is IDHS staff listed on the providers they oversee).
    pub fn listed_on_idhs(self) -> bool {
        matches!(self, Role::SuperUser | Role::Wfd | Role::Billing)
    }

    /// IDHS staff: the IDHS roles and provider managers, who are IDHS staff listed on
    /// the providers they oversee. Their access rests on a manager's written request,
    /// a provider's on the signed IL444-2022 (U3).
    pub fn idhs_staff(self) -> bool {
        self.listed_on_idhs() || self == Role::ProviderManager
    }

    /// Statewide roles reach every provider; the others only the providers they are
    /// listed on.
    pub fn statewide(self) -> bool {
        self.listed_on_idhs()
    }

    fn index(self) -> usize {
        Role::ALL.iter().position(|r| *r == self).unwrap_or(0)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Role {
    type Err = Error;
    fn from_str(s: &str) -> Result<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.code() == s)
            .ok_or_else(|| {
                Error::invalid(
                    "role",
                    s,
                    format!(
                        "is not a role: one of {}",
                        Role::ALL.map(Role::code).join(", ")
                    ),
                )
            })
    }
}

/// What a role may do with an action: anywhere, or only within its own providers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grant {
    All,
    Own,
}

/// Declares [`Action`] and [`Action::ALL`] from one list, so the two cannot differ.
macro_rules! actions {
    ($($name:ident),* $(,)?) => {
        /// Every action of DOMAIN.md §1, plus the reading rows the table implies. Each
        /// action's row of the role table is an arm of [`Action::row`]: an exhaustive
        /// `match`, so an action without its row does not compile.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Action {
            $($name),*
        }

        impl Action {
            /// Every action, in the order of the role table.
            pub const ALL: &'static [Action] = &[$(Action::$name),*];
        }
    };
}

actions! {
    ManageUsers,
    ViewUsers,
    ViewOrganizations,
    AddProvider,
    ViewContracts,
    AmendContract,
    EditPrograms,
    EnableServices,
    ManageSites,
    ImportIes,
    CreateCustomer,
    EditSnapStatus,
    SearchIes,
    Assessments,
    SendReferral,
    SendProviderReferral,
    RespondReferral,
    RespondReverseReferral,
    CaseWork,
    VerifyAttendance,
    VerifyEmployment,
    DecideOverride,
    StaffingProvider,
    StaffingEligibility,
    StaffingApprove,
    BillingSubmit,
    BillingApprove,
    Reports,
    ReadAudit,
    VerifyAudit,
    MigrateSchema,
    ProviderAudits,
    ProviderNotes,
    ManageCalendar,
    ManageSettings,
    SetEarnfareBenefit,
}

const Y: Option<Grant> = Some(Grant::All);
const O: Option<Grant> = Some(Grant::Own);
const N: Option<Grant> = None;

/// An action's row of the role table: its description and one grant per role, in the
/// order of [`Role::ALL`] (super-user, wfd, provider-manager, billing, program-manager,
/// provider-staff).
pub type Row = (&'static str, [Option<Grant>; 6]);

impl Action {
    /// The role table of DOMAIN.md §1, one arm per action.
    #[rustfmt::skip]
    pub const fn row(self) -> Row {
        use Action::*;
        match self {
            ManageUsers => ("add/remove users, organizations", [Y, N, N, N, N, N]),
            // U6: a provider reviews its own user list; its managers see it too.
            ViewUsers => ("view users and their listings", [Y, N, O, N, O, N]),
            ViewOrganizations => ("view organizations", [Y, Y, O, Y, O, O]),
            AddProvider => ("add provider, add contract", [Y, N, N, N, N, N]),
            ViewContracts => ("view contracts", [Y, Y, O, Y, O, O]),
            AmendContract => ("amend contract", [Y, N, N, N, O, N]),
            EditPrograms => ("edit E&T programs", [Y, Y, O, N, O, N]),
            EnableServices => ("enable/remove activities and services for a provider", [Y, N, O, N, N, N]),
            ManageSites => ("locations, worksites, appointment sites", [Y, N, N, N, O, N]),
            ImportIes => ("import the IES extract", [Y, Y, N, N, N, N]),
            CreateCustomer => ("create a customer who is not in IES", [Y, Y, Y, N, N, N]),
            // I2: "only IDHS staff may change" the SNAP status in ISETS; a provider
            // manager, for the customers of their providers.
            EditSnapStatus => ("change a customer's SNAP status", [Y, Y, O, N, N, N]),
            SearchIes => ("search IES, assign a customer to a provider", [Y, Y, O, N, O, O]),
            Assessments => ("assessments, case notes", [Y, Y, O, N, O, O]),
            SendReferral => ("send referral IDHS → provider", [Y, Y, N, N, N, N]),
            SendProviderReferral => ("send reverse / provider-to-provider referral", [Y, N, N, N, O, O]),
            RespondReferral => ("respond to a referral sent to a provider", [Y, N, N, N, O, O]),
            RespondReverseReferral => ("respond to a reverse referral (sent to IDHS)", [Y, Y, N, N, N, N]),
            CaseWork => ("enroll, activities, attendance, services, employment, credentials, exit", [Y, N, N, N, O, O]),
            // E7: attendance is verified by the provider's authorized staff.
            VerifyAttendance => ("verify attendance", [Y, N, N, N, O, O]),
            // M3: retention at 30/60/90 days is verified by IDHS.
            VerifyEmployment => ("verify employment (retention 30/60/90)", [Y, Y, O, N, N, N]),
            DecideOverride => ("accept/reject a cost override", [Y, N, O, N, N, N]),
            StaffingProvider => ("staffing: provider part (progress, 4334 flag)", [Y, N, N, N, O, O]),
            StaffingEligibility => ("staffing: IDHS eligibility verification", [Y, Y, N, N, N, N]),
            StaffingApprove => ("staffing approve / unlock", [Y, N, O, N, N, N]),
            // B8: once the staffing is complete, the billing packet is submitted by the
            // provider manager or WFD.
            BillingSubmit => ("submit the billing packet", [Y, Y, O, N, N, N]),
            BillingApprove => ("billing approve / request changes", [Y, N, N, Y, N, N]),
            Reports => ("reports, dashboard", [Y, Y, O, Y, O, O]),
            ReadAudit => ("read the audit log", [Y, N, O, Y, N, N]),
            // The whole chain spans every provider, so only statewide readers verify it.
            VerifyAudit => ("verify the whole audit chain", [Y, N, N, Y, N, N]),
            MigrateSchema => ("migrate the database schema", [Y, N, N, N, N, N]),
            // Manual 002, "ISETS Provider Details": audits are entered by IDHS super users
            // or provider managers only.
            ProviderAudits => ("enter provider audits", [Y, N, O, N, N, N]),
            // Provider case notes: written by those who write case notes (§1), about the
            // agency rather than a customer.
            ProviderNotes => ("provider case notes", [Y, Y, O, N, O, O]),
            // F7: the set of business days is data administrators keep; every operator
            // reads it (deadlines are counted on it for every role).
            ManageCalendar => ("change the business-day calendar", [Y, N, N, N, N, N]),
            // V3, R1, R2: the support-service maximums and the Earnfare figures are
            // statewide settings administrators keep; every operator reads them.
            ManageSettings => ("change statewide settings (service maximums, Earnfare rates)", [Y, N, N, N, N, N]),
            // R2: the Earnfare benefit amount is first set with the referral WFD sends and
            // changed only by IDHS staff: WFD, and provider managers for their providers.
            SetEarnfareBenefit => ("set an Earnfare benefit amount", [Y, Y, O, N, N, N]),
        }
    }

    /// The grants of the role table marked "✓ (with a reason)" for super users (§1,
    /// note 1): they act in a provider's or the billing staff's place.
    pub fn super_user_gives_reason(self) -> bool {
        matches!(
            self,
            Action::CaseWork | Action::VerifyAttendance | Action::BillingApprove
        )
    }

    pub fn description(self) -> &'static str {
        self.row().0
    }

    pub fn grant(self, role: Role) -> Option<Grant> {
        self.row().1[role.index()]
    }

    /// "super-user, provider-manager (own providers)" — for denial messages.
    pub fn allowed_roles(self) -> String {
        Role::ALL
            .iter()
            .filter_map(|r| match self.grant(*r) {
                Some(Grant::All) => Some(r.code().to_string()),
                Some(Grant::Own) => Some(format!("{} (own providers)", r.code())),
                None => None,
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_each_action_once_and_super_user_may_do_all() {
        let mut seen = Action::ALL.to_vec();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), Action::ALL.len());
        for &action in Action::ALL {
            assert_eq!(
                action.grant(Role::SuperUser),
                Some(Grant::All),
                "{action:?}"
            );
        }
    }

    /// DOMAIN.md §1, "Who may do what", transcribed row by row (✓ = Y, own = O; a super
    /// user's "with a reason" is a condition the command adds, not a narrower grant).
    /// The other actions of the table are this toolkit's own (viewing users and
    /// organizations, the audit chain, the schema, provider audits and notes) or a rule
    /// of another section (the SNAP status, I2).
    #[test]
    fn the_role_table_is_domain_md_section_1() {
        use Action::*;
        #[rustfmt::skip]
        let domain: [(Action, [Option<Grant>; 6]); 25] = [
            (ManageUsers, [Y, N, N, N, N, N]),
            (AddProvider, [Y, N, N, N, N, N]),
            (ViewContracts, [Y, Y, O, Y, O, O]),
            (AmendContract, [Y, N, N, N, O, N]),
            (EditPrograms, [Y, Y, O, N, O, N]),
            (EnableServices, [Y, N, O, N, N, N]),
            (ManageSites, [Y, N, N, N, O, N]),
            (ImportIes, [Y, Y, N, N, N, N]),
            (CreateCustomer, [Y, Y, Y, N, N, N]),
            (SearchIes, [Y, Y, O, N, O, O]),
            (Assessments, [Y, Y, O, N, O, O]),
            (SendReferral, [Y, Y, N, N, N, N]),
            (SendProviderReferral, [Y, N, N, N, O, O]),
            (RespondReferral, [Y, N, N, N, O, O]),
            (RespondReverseReferral, [Y, Y, N, N, N, N]),
            (CaseWork, [Y, N, N, N, O, O]),
            (VerifyAttendance, [Y, N, N, N, O, O]),
            (VerifyEmployment, [Y, Y, O, N, N, N]),
            (DecideOverride, [Y, N, O, N, N, N]),
            (StaffingProvider, [Y, N, N, N, O, O]),
            (StaffingEligibility, [Y, Y, N, N, N, N]),
            (StaffingApprove, [Y, N, O, N, N, N]),
            (BillingApprove, [Y, N, N, Y, N, N]),
            (Reports, [Y, Y, O, Y, O, O]),
            (ReadAudit, [Y, N, O, Y, N, N]),
        ];
        for (action, grants) in domain {
            assert_eq!(
                action.row().1,
                grants,
                "{action:?} ({})",
                action.description()
            );
        }
    }

    #[test]
    fn statewide_roles_never_hold_own_grants() {
        for &action in Action::ALL {
            for role in Role::ALL.into_iter().filter(|r| r.statewide()) {
                assert_ne!(action.grant(role), Some(Grant::Own), "{action:?} {role}");
            }
        }
    }
}
