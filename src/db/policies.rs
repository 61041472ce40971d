//! PostgreSQL's own enforcement of DOMAIN.md §1: the group roles, the privileges, the
//! helper functions, the audit triggers and the row-level-security policies, all
//! generated from the permission table ([`crate::permissions`]) and [`TABLES`]. The
//! script is idempotent; `isets db setup` runs it and `--dry-run` prints it. The
//! generated text is committed as `migrations/setup/postgres.sql` and a test fails when
//! it is stale.

use std::fmt::Write as _;

use crate::permissions::{Action, Grant, Role};

/// The group every operator login belongs to (through its role groups); it holds the
/// table privileges, and the policies apply to it.
pub const OPERATOR_GROUP: &str = "isets_operator";

/// The group whose members may create and manage logins (`user add --create-login`):
/// it has CREATEROLE and is used through `SET ROLE`, never as a login of its own.
pub const LOGIN_ADMIN: &str = "isets_login_admin";

/// The advisory lock that serializes writers of the audit chain on PostgreSQL.
pub const CHAIN_LOCK: i64 = 0x15e7_a0d1;

/// The group role of an isets role: `isets_super_user`, `isets_provider_staff`, …
pub fn group_role(role: Role) -> String {
    format!("isets_{}", role.code().replace('-', "_"))
}

/// How a table's rows reach the organization whose permission decides them.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// The row is an organization.
    Organization,
    /// An `organization_id` column.
    Column,
    /// Through a parent row: `(column, parent table)`, the parent having `id` and
    /// `organization_id`.
    Parent(&'static str, &'static str),
    /// A person: reachable through their listings; a login always sees itself.
    Person,
    /// A customer, through the column naming them (`id` for `customers` itself): within
    /// a provider role's reach once assigned to (S5; enrolling assigns, N1) or referred
    /// to or from a program at a location its listing covers (F1, §1), or while the
    /// login is on the customer's team (K1).
    Customer(&'static str),
    /// A `location_id` column: a provider role reaches the locations its listings cover
    /// (all of the provider's, or those a listing is limited to, §1).
    Location,
    /// Statewide records of no provider (the IES batches): only statewide grants reach
    /// them.
    Statewide,
    /// Stored contents, keyed by `sha256`: read through a row of the named table that
    /// refers to them and that the login may read; added by whoever holds a write grant
    /// (contents alone name nobody until a row refers to them).
    Content(&'static [&'static str]),
    /// A referral (F1), through the column naming it (`id` for `referrals` itself): a
    /// provider role reaches it through the location it was sent from or to (§1: the
    /// sending and the receiving side both read it). Of the write grants, a provider
    /// role's insert a referral only from its side and update one only on its receiving
    /// side (send, respond, F4); statewide grants do both.
    Referral(&'static str),
    /// Statewide reference data without personal data (the business-day calendar):
    /// every operator reads it; only statewide grants of the write actions change it.
    Reference,
}

/// One table's row of the policy table: how its rows are scoped and which actions of
/// the permission table read and change them.
#[derive(Debug, Clone, Copy)]
pub struct TablePolicy {
    pub table: &'static str,
    pub scope: Scope,
    pub read: &'static [Action],
    pub write: &'static [Action],
}

use Action::*;

/// The actions that send and answer referrals (F1, F4).
const REFERRAL_WRITES: &[Action] = &[
    SendReferral,
    SendProviderReferral,
    RespondReferral,
    RespondReverseReferral,
];

/// The actions that move the E&T status: by hand in the case work (T5), and the
/// referrals that move it themselves (T2).
const STATUS_MOVES: &[Action] = &[
    CaseWork,
    SendReferral,
    SendProviderReferral,
    RespondReferral,
    RespondReverseReferral,
];

/// The actions that read staffings: the staffing and billing steps, and the reports (every
/// role, within its scope), which every dated write's lock check rides on (B3).
const STAFFING_READS: &[Action] = &[
    Reports,
    StaffingProvider,
    StaffingEligibility,
    StaffingApprove,
    BillingSubmit,
    BillingApprove,
];

/// The actions that open or move a staffing (B8).
const STAFFING_WRITES: &[Action] = &[
    StaffingProvider,
    StaffingEligibility,
    StaffingApprove,
    BillingSubmit,
    BillingApprove,
];

/// Every table holding provider or person data, or reference data operators change. A
/// test fails when the schema has a table that is neither here nor in [`UNSCOPED`].
pub const TABLES: &[TablePolicy] = &[
    TablePolicy {
        table: "organizations",
        scope: Scope::Organization,
        read: &[ViewOrganizations, ViewContracts],
        write: &[AddProvider, ManageUsers],
    },
    TablePolicy {
        table: "users",
        scope: Scope::Person,
        read: &[ViewUsers],
        write: &[ManageUsers],
    },
    TablePolicy {
        table: "listings",
        scope: Scope::Column,
        read: &[ViewUsers],
        write: &[ManageUsers],
    },
    TablePolicy {
        table: "locations",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[ManageSites],
    },
    TablePolicy {
        table: "contracts",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[AddProvider, AmendContract],
    },
    TablePolicy {
        table: "contract_goals",
        scope: Scope::Parent("contract_id", "contracts"),
        read: &[ViewContracts],
        write: &[AddProvider, AmendContract],
    },
    TablePolicy {
        table: "contract_versions",
        scope: Scope::Parent("contract_id", "contracts"),
        read: &[ViewContracts],
        write: &[AmendContract],
    },
    TablePolicy {
        table: "programs",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[EditPrograms],
    },
    TablePolicy {
        table: "program_activities",
        scope: Scope::Parent("program_id", "programs"),
        read: &[ViewContracts],
        write: &[EditPrograms],
    },
    TablePolicy {
        table: "program_criteria",
        scope: Scope::Parent("program_id", "programs"),
        read: &[ViewContracts],
        write: &[EditPrograms],
    },
    TablePolicy {
        table: "provider_services",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[EnableServices],
    },
    TablePolicy {
        table: "appointment_sites",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[ManageSites],
    },
    TablePolicy {
        table: "appointments",
        scope: Scope::Parent("site_id", "appointment_sites"),
        read: &[ViewContracts],
        write: &[ManageSites],
    },
    TablePolicy {
        table: "worksites",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[ManageSites],
    },
    TablePolicy {
        table: "provider_audits",
        scope: Scope::Column,
        read: &[ViewContracts],
        write: &[ProviderAudits],
    },
    TablePolicy {
        table: "provider_notes",
        scope: Scope::Column,
        read: &[ProviderNotes],
        write: &[ProviderNotes],
    },
    TablePolicy {
        table: "ies_batches",
        scope: Scope::Statewide,
        read: &[ImportIes],
        write: &[ImportIes],
    },
    // S4: IDHS staff enter people who are not in IES yet through `isets_customer_add`,
    // which writes the person with their history, so no grant here lets a provider
    // manager write rows (or history) of people outside their reach.
    TablePolicy {
        table: "customers",
        scope: Scope::Customer("id"),
        read: &[SearchIes, Reports],
        write: &[ImportIes, EditSnapStatus, SearchIes],
    },
    TablePolicy {
        table: "customer_assignments",
        scope: Scope::Location,
        read: &[SearchIes, Reports],
        write: &[SearchIes],
    },
    TablePolicy {
        table: "customer_history",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: &[ImportIes, EditSnapStatus, SearchIes],
    },
    TablePolicy {
        table: "customer_status_history",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: &[ImportIes, EditSnapStatus, SearchIes],
    },
    TablePolicy {
        table: "listing_locations",
        scope: Scope::Parent("listing_id", "listings"),
        read: &[ViewUsers],
        write: &[ManageUsers],
    },
    TablePolicy {
        table: "customer_team",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: &[SearchIes],
    },
    TablePolicy {
        table: "customer_notes",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments],
        write: &[Assessments],
    },
    // A1, A2: assessments and the Initial Screening's answers, within reach of the
    // customer like case notes (§1 "assessments, case notes").
    TablePolicy {
        table: "assessments",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments],
        write: &[Assessments],
    },
    TablePolicy {
        table: "assessment_screenings",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments],
        write: &[Assessments],
    },
    TablePolicy {
        table: "assessment_barriers",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments],
        write: &[Assessments],
    },
    // E8: a customer's documents are read by those who read the case file and added by
    // those who do the case work; their contents are read through them (never changed:
    // a trigger refuses it).
    TablePolicy {
        table: "customer_documents",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork],
        write: &[CaseWork],
    },
    TablePolicy {
        table: "document_contents",
        scope: Scope::Content(&["customer_documents", "staffing_documents"]),
        read: &[Assessments, CaseWork],
        write: &[CaseWork],
    },
    // §8: the E&T status is read with the customer's record, set by hand by those who do
    // the case work (T5), and moved by the commands that cause it (T2: referrals sent and
    // answered, and the case work of enrollment, activities, employment and exit).
    TablePolicy {
        table: "et_statuses",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: STATUS_MOVES,
    },
    TablePolicy {
        table: "et_status_history",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: STATUS_MOVES,
    },
    // F1–F5: a referral and its versions are read by both sides (D2, F8: the dashboard
    // and the pending lists are reports) and written by those who send and answer it.
    TablePolicy {
        table: "referrals",
        scope: Scope::Referral("id"),
        read: &[Reports],
        write: REFERRAL_WRITES,
    },
    TablePolicy {
        table: "referral_versions",
        scope: Scope::Referral("referral_id"),
        read: &[Reports],
        write: REFERRAL_WRITES,
    },
    // N1–N6: enrollments are part of the customer's record (read with it, and by the
    // reports they count in); the case work writes them.
    TablePolicy {
        table: "enrollments",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: &[CaseWork],
    },
    // E1–E6: the Employment Plan is the provider's case work; IDHS staff who read the
    // case file review it (002 "Employment Plans").
    TablePolicy {
        table: "ep_goals",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports],
        write: &[CaseWork],
    },
    TablePolicy {
        table: "activities",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports],
        write: &[CaseWork],
    },
    // E7: attendance is entered with the case work and verified by authorized staff.
    TablePolicy {
        table: "attendance",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports],
        write: &[CaseWork, VerifyAttendance],
    },
    // V1, V2: support services and their costs are the provider's case work, read with
    // the plan; a rejected override voids its cost (V4), so deciding one writes costs.
    TablePolicy {
        table: "support_services",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports],
        write: &[CaseWork],
    },
    TablePolicy {
        table: "service_costs",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports, DecideOverride],
        write: &[CaseWork, DecideOverride],
    },
    // V4, V6: an override is requested with the case work and answered by an IDHS
    // provider manager; both sides and the reports (D4) read it.
    TablePolicy {
        table: "cost_overrides",
        scope: Scope::Customer("customer_id"),
        read: &[CaseWork, Reports, DecideOverride],
        write: &[CaseWork, DecideOverride],
    },
    // M1–M3: employment is entered with the case work; its retention checks are
    // approved by IDHS (VerifyEmployment), who read what they approve.
    TablePolicy {
        table: "employments",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports, VerifyEmployment],
        write: &[CaseWork],
    },
    TablePolicy {
        table: "employment_verifications",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports, VerifyEmployment],
        write: &[CaseWork, VerifyEmployment],
    },
    // C1: credentials, entered with the case work.
    TablePolicy {
        table: "credentials",
        scope: Scope::Customer("customer_id"),
        read: &[Assessments, CaseWork, Reports],
        write: &[CaseWork],
    },
    // X1–X6: exits are part of the customer's record, as enrollments are.
    TablePolicy {
        table: "exits",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: &[CaseWork],
    },
    // R2: the Earnfare benefit, set with the referral WFD sends and changed by IDHS
    // staff; read with the customer's record.
    TablePolicy {
        table: "earnfare_benefits",
        scope: Scope::Customer("customer_id"),
        read: &[SearchIes, Reports],
        write: &[SetEarnfareBenefit, SendReferral],
    },
    // B1–B4, B8: a provider program's monthly staffing. Every dated write reads it to
    // refuse a locked month (B3), so every role reads its own providers'.
    TablePolicy {
        table: "staffings",
        scope: Scope::Column,
        read: STAFFING_READS,
        write: STAFFING_WRITES,
    },
    TablePolicy {
        table: "staffing_events",
        scope: Scope::Parent("staffing_id", "staffings"),
        read: STAFFING_READS,
        write: STAFFING_WRITES,
    },
    TablePolicy {
        table: "staffing_documents",
        scope: Scope::Parent("staffing_id", "staffings"),
        read: STAFFING_READS,
        write: &[StaffingProvider],
    },
    // B2, B10: a customer's line of a staffing is part of the customer's record.
    TablePolicy {
        table: "staffing_customers",
        scope: Scope::Customer("customer_id"),
        read: STAFFING_READS,
        write: &[StaffingProvider, StaffingEligibility],
    },
    // V3, R1, R2: statewide settings every operator reads; administrators change them.
    TablePolicy {
        table: "settings",
        scope: Scope::Reference,
        read: &[],
        write: &[ManageSettings],
    },
    TablePolicy {
        table: "service_caps",
        scope: Scope::Reference,
        read: &[],
        write: &[ManageSettings],
    },
    // G3: the activities' federal components, read by every operator (the FNS-583 counts
    // on them); the state changes the mapping as it changes its settings.
    TablePolicy {
        table: "federal_components",
        scope: Scope::Reference,
        read: &[],
        write: &[ManageSettings],
    },
    // F7: every operator counts deadlines on the calendar; super users change it.
    TablePolicy {
        table: "calendar_days",
        scope: Scope::Reference,
        read: &[],
        write: &[ManageCalendar],
    },
    // H1: every login appends (its own records: the actor is the session's login);
    // reading is §1's; nobody updates or deletes.
    TablePolicy {
        table: "audit_log",
        scope: Scope::Column,
        read: &[ReadAudit],
        write: &[],
    },
];

/// Tables without person or provider data: readable by every operator, written only
/// by the owner.
pub const UNSCOPED: &[&str] = &["_sqlx_migrations"];

/// The FROM and WHERE of the login's listings in one of `roles` (the helper's
/// argument), with `l` the listing and `me` the login's user id. Each table is reached
/// through an index condition on a value the helper already holds, so the plan a
/// session makes at its first call (perhaps on a nearly empty database, as during an
/// onboarding `apply`) stays an index lookup as the tables grow; a join from `users`
/// let the planner scan every listing once the tables had grown.
const LISTED: &str = "FROM listings l \
    WHERE l.user_id = me AND l.removed_at IS NULL \
    AND l.role = ANY (roles) \
    AND to_regrole('isets_' || replace(l.role, '-', '_')) IS NOT NULL \
    AND pg_has_role(session_user, to_regrole('isets_' || replace(l.role, '-', '_')), 'MEMBER') \
    AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.organization_id \
    AND (o.kind = 'idhs' OR (o.spcq_approved_on IS NOT NULL \
    AND EXISTS (SELECT 1 FROM locations x WHERE x.organization_id = o.id) \
    AND EXISTS (SELECT 1 FROM contracts x WHERE x.organization_id = o.id))))";

/// The code of an action as the generated SQL names it: `view-users`.
pub fn action_code(action: Action) -> String {
    let name = format!("{action:?}");
    let mut code = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                code.push('-');
            }
            code.push(c.to_ascii_lowercase());
        } else {
            code.push(c);
        }
    }
    code
}

/// The roles the permission table lets do one of `actions`: those it lets do so
/// statewide, and those only on their own providers.
pub fn grantees(actions: &[Action]) -> (Vec<Role>, Vec<Role>) {
    let mut all = Vec::new();
    let mut own = Vec::new();
    for role in Role::ALL {
        let grants: Vec<Grant> = actions.iter().filter_map(|a| a.grant(role)).collect();
        if grants.contains(&Grant::All) {
            all.push(role);
        } else if grants.contains(&Grant::Own) {
            own.push(role);
        }
    }
    (all, own)
}

fn roles_array(roles: &[Role]) -> String {
    let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
    format!("'{{{}}}'", codes.join(","))
}

/// `expr` is within the reach of one of `actions`: a listing in a role the permission
/// table lets do it statewide, or one on `expr`'s provider in a role it lets do it
/// there. The helpers are wrapped in `(SELECT …)` so each runs once per statement, not
/// once per row.
fn reach(actions: &[Action], expr: &str) -> String {
    reach_with(actions, |orgs| format!("{expr} = ANY ({orgs})"))
}

/// [`reach`] with the test of the own providers (`orgs`, an array) written by `within`.
fn reach_with(actions: &[Action], within: impl Fn(&str) -> String) -> String {
    let (all, own) = grantees(actions);
    let mut parts = Vec::new();
    if !all.is_empty() {
        parts.push(format!(
            "(SELECT cardinality(isets_orgs({})) > 0)",
            roles_array(&all)
        ));
    }
    if !own.is_empty() {
        parts.push(within(&format!(
            "(SELECT isets_orgs({}))::bigint[]",
            roles_array(&own)
        )));
    }
    if parts.is_empty() {
        "false".into()
    } else {
        parts.join(" OR ")
    }
}

fn row_reach(t: &TablePolicy, actions: &[Action]) -> String {
    match t.scope {
        Scope::Organization => reach(actions, "id"),
        Scope::Column => reach(actions, "organization_id"),
        Scope::Parent(column, parent) => reach(
            actions,
            &format!(
                "(SELECT p.organization_id FROM {parent} p WHERE p.id = {}.{column})",
                t.table
            ),
        ),
        // A person is reached through any of their listings, past ones included (U6:
        // a provider reviews who was listed with it).
        Scope::Customer(column) => reach_with(actions, |_| {
            let roles = roles_array(&grantees(actions).1);
            format!(
                "{table}.{column} IN (SELECT a.customer_id FROM customer_assignments a \
                 WHERE a.location_id = ANY ((SELECT isets_locations({roles}))::bigint[])) \
                 OR {table}.{column} = ANY ((SELECT isets_team({roles}))::bigint[]) \
                 OR {table}.{column} IN (SELECT r.customer_id FROM referrals r \
                 WHERE r.to_location_id = ANY ((SELECT isets_locations({roles}))::bigint[]) \
                 OR r.from_location_id = ANY ((SELECT isets_locations({roles}))::bigint[]))",
                table = t.table
            )
        }),
        Scope::Referral(column) => referral_reach(t, actions, column, Side::Either),
        Scope::Location => reach_with(actions, |_| {
            format!(
                "location_id = ANY ((SELECT isets_locations({}))::bigint[])",
                roles_array(&grantees(actions).1)
            )
        }),
        Scope::Statewide | Scope::Reference => reach_with(actions, |_| "false".into()),
        Scope::Content(referring) => format!(
            "({}) AND ({})",
            referring
                .iter()
                .map(|r| format!(
                    "EXISTS (SELECT 1 FROM {r} r WHERE r.sha256 = {table}.sha256)",
                    table = t.table
                ))
                .collect::<Vec<_>>()
                .join(" OR "),
            reach_with(actions, |orgs| format!("cardinality({orgs}) > 0")),
        ),
        Scope::Person => reach_with(actions, |orgs| {
            format!(
                "id IN (SELECT l.user_id FROM listings l WHERE l.organization_id = ANY ({orgs}))"
            )
        }),
    }
}

/// Which side of a referral a provider role's grant reaches it through.
#[derive(Clone, Copy)]
enum Side {
    Either,
    Sending,
    Receiving,
}

/// [`Scope::Referral`]: the referral's locations on `side` are among those of a
/// listing in a role the grant is for. `referrals` tests its own columns; its versions
/// go through their referral (a policy may not read its own table).
fn referral_reach(t: &TablePolicy, actions: &[Action], column: &str, side: Side) -> String {
    reach_with(actions, |_| {
        let locations = format!(
            "(SELECT isets_locations({}))::bigint[]",
            roles_array(&grantees(actions).1)
        );
        let test = |prefix: &str| match side {
            Side::Either => format!(
                "{prefix}to_location_id = ANY ({locations}) OR {prefix}from_location_id = ANY ({locations})"
            ),
            Side::Sending => format!("{prefix}from_location_id = ANY ({locations})"),
            Side::Receiving => format!("{prefix}to_location_id = ANY ({locations})"),
        };
        if column == "id" {
            test("")
        } else {
            format!(
                "{table}.{column} IN (SELECT r.id FROM referrals r WHERE {})",
                test("r."),
                table = t.table
            )
        }
    })
}

/// The write checks of a table: insert, then update and delete.
fn write_reach(t: &TablePolicy) -> (String, String) {
    match t.scope {
        Scope::Referral("id") => (
            referral_reach(t, t.write, "id", Side::Sending),
            referral_reach(t, t.write, "id", Side::Receiving),
        ),
        _ => (row_reach(t, t.write), row_reach(t, t.write)),
    }
}

fn read_policy(t: &TablePolicy) -> String {
    if let Scope::Reference = t.scope {
        return "true".into();
    }
    let using = row_reach(t, t.read);
    // Everyone reads their own account. Their own listings, with the organizations and
    // whether each grants anything, they read through `isets_operator_listings`, so
    // these policies need no helper of their own for it.
    if t.table == "users" {
        format!("username = CAST(session_user AS text) COLLATE \"default\" OR {using}")
    } else {
        using
    }
}

/// The grants of the permission table as rows the helper functions read.
fn grant_rows() -> String {
    let mut rows = Vec::new();
    for &action in Action::ALL {
        for role in Role::ALL {
            if let Some(grant) = action.grant(role) {
                rows.push(format!(
                    "    ('{}', '{}', {})",
                    action_code(action),
                    role.code(),
                    grant == Grant::All
                ));
            }
        }
    }
    rows.join(",\n")
}

/// The group roles, created when missing (cluster-wide, so a test server creates them
/// once before its databases).
pub fn roles_block() -> String {
    let groups: Vec<String> = Role::ALL.iter().map(|r| group_role(*r)).collect();
    let quoted = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut all = vec![OPERATOR_GROUP.to_string()];
    all.extend(groups.iter().cloned());
    all.push(LOGIN_ADMIN.to_string());
    format!(
        r#"-- Group roles (cluster-wide): created when missing, never altered when present, so
-- setting up a second database in the cluster changes nothing here.
DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY[{all}] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY[{groups}] LOOP
        IF NOT pg_has_role(r, '{operator}', 'MEMBER') THEN
            EXECUTE format('GRANT {operator} TO %I', r);
        END IF;
    END LOOP;
    IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = '{login_admin}') THEN
        ALTER ROLE {login_admin} CREATEROLE;
    END IF;
    -- PostgreSQL 16 and later: a CREATEROLE role grants only the roles it administers.
    IF current_setting('server_version_num')::int >= 160000 THEN
        FOREACH r IN ARRAY ARRAY[{groups}] LOOP
            IF NOT EXISTS (SELECT FROM pg_auth_members m
                           WHERE m.roleid = to_regrole(r) AND m.member = to_regrole('{login_admin}')
                             AND m.admin_option) THEN
                EXECUTE format('GRANT %I TO {login_admin} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE', r);
            END IF;
        END LOOP;
    END IF;
END
$roles$;
"#,
        all = quoted(&all),
        groups = quoted(&groups),
        operator = OPERATOR_GROUP,
        login_admin = LOGIN_ADMIN,
    )
}

/// The whole setup script: roles, privileges, helpers, triggers and policies.
pub fn setup_script() -> String {
    let mut s = String::new();
    s.push_str(
        "-- isets database setup for PostgreSQL. Generated from the permission table\n\
         -- (src/permissions.rs) and the policy table (src/db/policies.rs) by\n\
         -- `isets db setup --dry-run`; `isets db setup` runs it as the database owner.\n\
         -- Idempotent: every statement replaces or checks what it makes.\n\n",
    );
    s.push_str(&roles_block());
    let operator = OPERATOR_GROUP;
    let data_tables: Vec<&str> = TABLES
        .iter()
        .map(|t| t.table)
        .filter(|t| *t != "audit_log")
        .collect();
    let _ = write!(
        s,
        r#"
-- Privileges in this database: operators reach the tables only through the policies
-- below; the audit log takes inserts only (H1).
DO $grants$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO {operator}', current_schema());
END
$grants$;
GRANT SELECT ON {unscoped} TO {operator};
GRANT SELECT, INSERT, UPDATE, DELETE ON {data} TO {operator};
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM {operator};
GRANT SELECT, INSERT ON audit_log TO {operator};
REVOKE TRUNCATE, REFERENCES, TRIGGER ON {data} FROM {operator};
DO $sequences$
BEGIN
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO {operator}', current_schema());
END
$sequences$;

-- The permission table of DOMAIN.md §1, for reading: (action, role, statewide). A role
-- without a row for an action has no grant; statewide false means its own providers
-- only. The policies below name, for each table, the roles these rows grant.
CREATE OR REPLACE FUNCTION isets_grants()
    RETURNS TABLE (action text, role text, everywhere boolean)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ VALUES
{grants}
$$;

-- The policies' helpers are dropped with the policies that call them (all made again
-- below, in this transaction), so a helper may change its signature between builds.
DROP FUNCTION IF EXISTS isets_me(), isets_my_orgs(), isets_everywhere(text[]),
    isets_orgs(text[]), isets_operator_listings(text),
    isets_ies_search(text, text, text, text, date), isets_ies_link(text, text, timestamptz),
    isets_locations(text[]), isets_team(text[]), isets_customer_find(text),
    isets_listed_user(text, bigint), isets_customer_add(text, text, text, text, date, text, text,
    text, text, text, text, text, date, date, boolean, text, timestamptz, text),
    isets_book_appointment(bigint), isets_referral_program(text, bigint),
    isets_audit_recipients(bigint)
    CASCADE;

-- The helpers run as the owner to read listings, but decide for the session's login
-- (session_user): current_user is the owner in here. session_user is compared as text
-- in the database's collation, so the index on users.username serves it (as a `name`,
-- collated "C", it would not, and each call would scan every user).
--
-- The organizations where the login has a listing in one of `roles`. Given the roles
-- the permission table lets do something statewide, any organization at all means
-- everywhere; given those that may do it on their own providers, these are the
-- providers. One function for both, so a new server session compiles and plans one
-- query, not several. A listing counts when it is active (U5), on IDHS
-- or on a provider with an SPCQ approval, a location and a contract (U2, P1), and
-- backed by membership of its role's group, which only a DBA or `--create-login`
-- grants. PL/pgSQL, so a session plans its queries once, not at every statement, and
-- one function for every policy, so a new server session compiles one: a command is a
-- new session, and the compilation is most of what the policies cost a short one.
CREATE OR REPLACE FUNCTION isets_orgs(roles text[]) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me bigint;
BEGIN
    SELECT u.id INTO me FROM users u
    WHERE u.username = CAST(session_user AS text) COLLATE "default";
    RETURN (SELECT coalesce(array_agg(DISTINCT l.organization_id), '{{}}') {listed});
END
$$;

-- §1: the locations where the login has a listing in one of `roles`: all of the
-- provider's, or the ones a listing is limited to. Customers are reached through their
-- assignments at these locations.
CREATE OR REPLACE FUNCTION isets_locations(roles text[]) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me bigint;
BEGIN
    SELECT u.id INTO me FROM users u
    WHERE u.username = CAST(session_user AS text) COLLATE "default";
    RETURN (SELECT coalesce(array_agg(DISTINCT x.id), '{{}}')
            FROM (SELECT l.id, l.organization_id {listed}) k
            JOIN locations x ON x.organization_id = k.organization_id
            WHERE NOT EXISTS (SELECT 1 FROM listing_locations ll WHERE ll.listing_id = k.id)
               OR EXISTS (SELECT 1 FROM listing_locations ll
                          WHERE ll.listing_id = k.id AND ll.location_id = x.id));
END
$$;

-- K1: the customers whose Integrated Resource Team has the login, through a listing in
-- one of `roles` on the team's organization.
CREATE OR REPLACE FUNCTION isets_team(roles text[]) RETURNS bigint[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT
    SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
    me bigint;
BEGIN
    SELECT u.id INTO me FROM users u
    WHERE u.username = CAST(session_user AS text) COLLATE "default";
    RETURN (SELECT coalesce(array_agg(DISTINCT t.customer_id), '{{}}')
            FROM customer_team t
            WHERE t.user_id = me AND t.removed_at IS NULL
              AND t.organization_id IN (SELECT l.organization_id {listed}));
END
$$;

-- S5, K1: the id of the ISETS customer with this individual number, for the roles that
-- may assign customers: they assign people who are not within their reach yet, whom
-- the policies hide from them. Nothing else of the person is returned.
CREATE OR REPLACE FUNCTION isets_customer_find(number text) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT c.id FROM customers c
    WHERE c.individual_number = $1 AND c.in_isets_since IS NOT NULL
      AND cardinality(isets_orgs({search_ies})) > 0
$$;

-- S4: enters a person who is not in IES yet, for a pending case, with their status and
-- history, for the roles that may create customers (IDHS staff: a provider manager does
-- so before any of their providers has the person). Returns the new id, or NULL when
-- the individual number or the account email is in ISETS already.
CREATE OR REPLACE FUNCTION isets_customer_add(number text, case_no text, last text, first text,
        dob date, ssn text, mail text, phone text, street text, city text, zip text, county text,
        redetermination date, midpoint date, abawd boolean, office text, at timestamptz,
        hash text)
    RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    made bigint;
BEGIN
    IF cardinality(isets_orgs({create_customer})) = 0 THEN
        RAISE EXCEPTION 'permission denied: creating a customer' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO customers (individual_number, case_number, last_name, first_name, date_of_birth,
        ssn_last4, email, phone, street, city, zip, county, snap_status, redetermination_date,
        midpoint_date, abawd, office, in_isets_since, account_email, entered_by_hand, row_hash,
        created_at, updated_at)
    VALUES (number, case_no, last, first, dob, ssn, mail, phone, street, city, zip, county, 'P',
        redetermination, midpoint, abawd, office, at, mail, true, hash, at, at)
    ON CONFLICT DO NOTHING
    RETURNING id INTO made;
    IF made IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO customer_status_history (customer_id, old_status, new_status, changed_by, changed_at)
    VALUES (made, NULL, 'P', session_user, at);
    INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at)
    VALUES (made, 'entered_by_hand', NULL, 'Y', session_user, at),
           (made, 'office', NULL, office, session_user, at);
    RETURN made;
END
$$;

-- K1: the id of the user with this username when they have an active listing on the
-- organization, for the roles that manage teams there (provider staff may not read the
-- users table).
CREATE OR REPLACE FUNCTION isets_listed_user(username text, organization bigint) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT u.id FROM users u
    WHERE u.username = $1
      AND EXISTS (SELECT 1 FROM listings l WHERE l.user_id = u.id AND l.organization_id = $2
                  AND l.removed_at IS NULL)
      AND (cardinality(isets_orgs({search_ies_all})) > 0 OR $2 = ANY (isets_orgs({search_ies_own})))
$$;

-- The login's own active listings (none: one row without a listing; not a user: no row),
-- with what the binary needs to say whether each grants anything (U2, U5, P1): what the
-- policies let the login read of itself, in one statement that names no policy, so
-- identifying the operator plans no policy of four tables. Another login's name gives
-- nothing. SQL, not PL/pgSQL: it runs once per command.
CREATE OR REPLACE FUNCTION isets_operator_listings(login text)
    RETURNS TABLE (user_id bigint, organization_id bigint, organization text, kind text,
                   role text, spcq_approved_on date, complete boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT u.id, l.organization_id, o.name, o.kind, l.role, o.spcq_approved_on,
           EXISTS (SELECT 1 FROM locations x WHERE x.organization_id = o.id)
           AND EXISTS (SELECT 1 FROM contracts x WHERE x.organization_id = o.id)
    FROM users u
    LEFT JOIN listings l ON l.user_id = u.id AND l.removed_at IS NULL
    LEFT JOIN organizations o ON o.id = l.organization_id
    WHERE u.username = $1 COLLATE "default" AND $1 = CAST(session_user AS text)
    ORDER BY o.name, l.role
$$;

-- S1: the people of the IES extract that a search names exactly: first and last name
-- and at least one of individual number, case number and date of birth. Provider roles
-- search IES for people who are not their customers yet, whom the policies hide from
-- them; this is the one way they reach them, and only as S1 allows.
CREATE OR REPLACE FUNCTION isets_ies_search(first text, last text, number text, case_no text,
                                            dob date)
    RETURNS TABLE (id bigint, individual_number text, case_number text, last_name text,
                   first_name text, date_of_birth date, snap_status text,
                   redetermination_date date, in_isets boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT c.id, c.individual_number, c.case_number, c.last_name, c.first_name,
           c.date_of_birth, c.snap_status, c.redetermination_date, c.in_isets_since IS NOT NULL
    FROM customers c
    WHERE cardinality(isets_orgs({search_ies})) > 0
      AND c.last_name_key = lower(trim($2)) AND c.first_name_key = lower(trim($1))
      AND ($3 IS NOT NULL OR $4 IS NOT NULL OR $5 IS NOT NULL)
      AND ($3 IS NULL OR c.individual_number = $3)
      AND ($4 IS NULL OR c.case_number = $4)
      AND ($5 IS NULL OR c.date_of_birth = $5)
    ORDER BY c.individual_number
$$;

-- S3: makes the person with this individual number an ISETS customer with this account
-- email, with the change in their history. Answers `created ID`, `same` (their account
-- already), `taken` (another customer's account) or `other` (they have another account
-- email). For the roles that may search IES, as `isets_ies_search`.
CREATE OR REPLACE FUNCTION isets_ies_link(link_number text, link_email text, link_at timestamptz)
    RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    holder text;
    linked bigint;
BEGIN
    IF cardinality(isets_orgs({search_ies})) = 0 THEN
        RAISE EXCEPTION 'permission denied: searching IES' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT c.individual_number INTO holder FROM customers c
    WHERE c.account_email_key = lower(link_email);
    IF holder IS NOT NULL THEN
        RETURN CASE WHEN holder = link_number THEN 'same' ELSE 'taken' END;
    END IF;
    UPDATE customers c SET in_isets_since = link_at, account_email = link_email, updated_at = link_at
    WHERE c.individual_number = link_number AND c.in_isets_since IS NULL
    RETURNING c.id INTO linked;
    IF linked IS NULL THEN
        RETURN 'other';
    END IF;
    INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at)
    VALUES (linked, 'account_email', NULL, link_email, session_user, link_at);
    RETURN 'created ' || linked;
END
$$;

-- P7, F2: books one opening of an intake appointment for a referral IDHS sends to a
-- provider; those who send it may not otherwise change the provider's schedule. True
-- when an opening was left: the test and the booking are one statement, so two
-- bookings never both take the last opening.
CREATE OR REPLACE FUNCTION isets_book_appointment(appointment bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
BEGIN
    IF cardinality(isets_orgs({send_referral})) = 0 THEN
        RAISE EXCEPTION 'permission denied: booking an intake appointment' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE appointments a SET booked = a.booked + 1
    WHERE a.id = appointment AND a.removed_at IS NULL AND a.booked < a.openings;
    RETURN FOUND;
END
$$;

-- F1: the receiving provider and program of a referral, for those who send one: a
-- provider's staff refer to another provider whose programs the policies hide from
-- them. The program's provider, its location and whether it was removed; nothing else.
CREATE OR REPLACE FUNCTION isets_referral_program(provider text, program bigint)
    RETURNS TABLE (organization_id bigint, organization text, location_id bigint, removed boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT o.id, o.name, p.location_id, p.removed_at IS NOT NULL
    FROM organizations o JOIN programs p ON p.organization_id = o.id
    WHERE o.name_key = lower(trim($1)) AND o.kind = 'provider' AND p.id = $2
      AND cardinality(isets_orgs({send_any})) > 0
$$;

-- U6: each user's last recorded activity, for those who may view users (a provider's
-- managers review its users), though they may not read the audit log itself.
CREATE OR REPLACE FUNCTION isets_last_activity() RETURNS TABLE (operator text, at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT a.operator, max(a.at) FROM audit_log a
    WHERE cardinality(isets_orgs({view_users_all})) > 0
       OR a.operator IN (SELECT u.username FROM users u JOIN listings l ON l.user_id = u.id
                         WHERE l.organization_id = ANY (isets_orgs({view_users_own})))
    GROUP BY a.operator
$$;

-- B9: whom a provider's data-audit findings go to: its program managers, copied to the
-- provider managers listed on it. For those who read the provider's reports: WFD,
-- billing and provider staff may not read the users table. Names and emails only.
CREATE OR REPLACE FUNCTION isets_audit_recipients(organization bigint)
    RETURNS TABLE (role text, username text, first_name text, last_name text, email text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
    SELECT l.role, u.username, u.first_name, u.last_name, u.email
    FROM listings l JOIN users u ON u.id = l.user_id
    WHERE l.organization_id = $1 AND l.removed_at IS NULL
      AND l.role IN ('program-manager', 'provider-manager')
      AND (cardinality(isets_orgs({reports_all})) > 0 OR $1 = ANY (isets_orgs({reports_own})))
$$;

-- Whether anyone is an isets user yet: `db migrate` is open until then (policies hide
-- the other users from a login).
CREATE OR REPLACE FUNCTION isets_has_users() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$ SELECT EXISTS (SELECT 1 FROM users) $$;

REVOKE ALL ON FUNCTION isets_has_users(), isets_last_activity(), isets_orgs(text[]),
    isets_operator_listings(text), isets_ies_search(text, text, text, text, date),
    isets_ies_link(text, text, timestamptz), isets_locations(text[]), isets_team(text[]),
    isets_customer_find(text), isets_listed_user(text, bigint),
    isets_customer_add(text, text, text, text, date, text, text, text, text, text, text, text,
    date, date, boolean, text, timestamptz, text), isets_book_appointment(bigint),
    isets_referral_program(text, bigint), isets_audit_recipients(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION isets_grants(), isets_has_users(), isets_last_activity(),
    isets_orgs(text[]), isets_operator_listings(text),
    isets_ies_search(text, text, text, text, date), isets_ies_link(text, text, timestamptz),
    isets_locations(text[]), isets_team(text[]), isets_customer_find(text),
    isets_listed_user(text, bigint),
    isets_customer_add(text, text, text, text, date, text, text, text, text, text, text, text,
    date, date, boolean, text, timestamptz, text), isets_book_appointment(bigint),
    isets_referral_program(text, bigint), isets_audit_recipients(bigint)
    TO {operator};

-- H1 on PostgreSQL: the database, not the inserter, links each record into the chain.
-- Under the chain lock it names the actor (the session's login), gives the record the
-- next id (so the chain's order is the ids' order) and computes prev_hash and hash as
-- the binary does (SHA-256 of the JSON array of the fields), so a direct INSERT can
-- neither forge nor fork the chain.
CREATE OR REPLACE FUNCTION isets_audit_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock({chain_lock});
    NEW.operator := session_user;
    NEW.id := nextval('audit_log_id_seq');
    SELECT a.hash INTO previous FROM audit_log a ORDER BY a.id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.hash := encode(sha256(convert_to(
        '[' || to_json(to_char(NEW.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text
        || ',' || to_json(NEW.operator)::text
        || ',' || to_json(NEW.command)::text
        || ',' || to_json(NEW.action)::text
        || ',' || to_json(NEW.entity_kind)::text
        || ',' || to_json(NEW.entity_id)::text
        || ',' || coalesce(NEW.organization_id::text, 'null')
        || ',' || coalesce(to_json(NEW.before)::text, 'null')
        || ',' || coalesce(to_json(NEW.after)::text, 'null')
        || ',' || coalesce(to_json(NEW.reason)::text, 'null')
        || ',' || to_json(NEW.prev_hash)::text || ']', 'UTF8')), 'hex');
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION isets_audit_chain();

-- H1: the audit log is append-only for everyone, its owner included.
CREATE OR REPLACE FUNCTION isets_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'rule H1: the audit log is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION isets_audit_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION isets_audit_append_only();
"#,
        unscoped = UNSCOPED.join(", "),
        data = data_tables.join(", "),
        grants = grant_rows(),
        chain_lock = CHAIN_LOCK,
        listed = LISTED,
        view_users_all = roles_array(&grantees(&[Action::ViewUsers]).0),
        view_users_own = roles_array(&grantees(&[Action::ViewUsers]).1),
        search_ies = {
            let (mut all, own) = grantees(&[Action::SearchIes]);
            all.extend(own);
            roles_array(&all)
        },
        search_ies_all = roles_array(&grantees(&[Action::SearchIes]).0),
        create_customer = roles_array(&grantees(&[Action::CreateCustomer]).0),
        send_referral = roles_array(&grantees(&[Action::SendReferral]).0),
        send_any = {
            let (mut all, own) = grantees(&[Action::SendReferral, Action::SendProviderReferral]);
            all.extend(own);
            roles_array(&all)
        },
        search_ies_own = roles_array(&grantees(&[Action::SearchIes]).1),
        reports_all = roles_array(&grantees(&[Action::Reports]).0),
        reports_own = roles_array(&grantees(&[Action::Reports]).1),
    );
    let tables: Vec<String> = TABLES.iter().map(|t| format!("'{}'", t.table)).collect();
    let _ = write!(
        s,
        r#"
-- Row-level security, forced on the owner too. The owner's policy lets it (and the
-- helpers above, which run as the owner) through; it names the tables' owner, so an
-- operator's statement never evaluates it. Operators get the policies of the
-- permission table.
DO $owner$
DECLARE
    owner text := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass('audit_log'));
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[{tables}] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS isets_owner ON %I', t);
        EXECUTE format('CREATE POLICY isets_owner ON %I TO %I USING (true) WITH CHECK (true)', t, owner);
    END LOOP;
END
$owner$;
"#,
        tables = tables.join(", ")
    );
    for t in TABLES {
        let table = t.table;
        let _ = write!(
            s,
            "\n-- {table}: read by {read}; {changed}.\n\
             DROP POLICY IF EXISTS isets_read ON {table};\n\
             CREATE POLICY isets_read ON {table} FOR SELECT TO {operator}\n    USING ({using});\n",
            read = match t.scope {
                Scope::Reference => "every operator".to_string(),
                _ => names(t.read),
            },
            changed = if t.write.is_empty() {
                "every login appends, nobody changes".to_string()
            } else {
                format!("changed by {}", names(t.write))
            },
            using = read_policy(t),
        );
        for command in ["insert", "update", "delete"] {
            let _ = writeln!(s, "DROP POLICY IF EXISTS isets_{command} ON {table};");
        }
        if t.write.is_empty() {
            let _ = writeln!(
                s,
                "CREATE POLICY isets_insert ON {table} FOR INSERT TO {operator}\n    WITH CHECK (true);"
            );
            continue;
        }
        let (insert, check) = write_reach(t);
        let _ = write!(
            s,
            "CREATE POLICY isets_insert ON {table} FOR INSERT TO {operator}\n    WITH CHECK ({insert});\n\
             CREATE POLICY isets_update ON {table} FOR UPDATE TO {operator}\n    USING ({check})\n    WITH CHECK ({check});\n\
             CREATE POLICY isets_delete ON {table} FOR DELETE TO {operator}\n    USING ({check});\n"
        );
    }
    s.push_str(
        "\n-- Helpers of earlier setups that no policy uses any more.\n\
         DROP FUNCTION IF EXISTS isets_is_owner();\n\
         DROP FUNCTION IF EXISTS isets_listed(text[]);\n",
    );
    s
}

fn names(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|a| action_code(*a))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_codes_are_kebab_case() {
        assert_eq!(action_code(Action::ViewUsers), "view-users");
        assert_eq!(action_code(Action::ImportIes), "import-ies");
    }

    #[test]
    fn every_grant_of_the_permission_table_is_in_the_script() {
        let script = setup_script();
        for &action in Action::ALL {
            for role in Role::ALL {
                let row = format!("('{}', '{}', ", action_code(action), role.code());
                assert_eq!(
                    script.contains(&row),
                    action.grant(role).is_some(),
                    "{action:?} {role:?}"
                );
            }
        }
    }

    #[test]
    fn policies_wrap_helpers_so_they_run_once_per_statement() {
        let script = setup_script();
        let clauses = script
            .lines()
            .filter(|l| l.starts_with("    USING") || l.starts_with("    WITH CHECK"));
        for clause in clauses {
            for (i, _) in clause.match_indices("isets_") {
                assert!(
                    clause[..i].ends_with("(SELECT ")
                        || clause[..i].ends_with("(SELECT cardinality("),
                    "a helper called once per row: {clause}"
                );
            }
        }
    }
}
