//! Who may run which command (DOMAIN.md §1): one harness for every command that needs an
//! operator, run by every role, on the operator's own provider and on another.
//!
//! What each case must give follows from the role table itself (`isets::permissions`,
//! pinned to DOMAIN.md §1 by its unit test) and from the operator's listings: allowed;
//! denied (exit 7, naming the action and exactly the roles allowed); or, for what lies
//! outside the operator's reach, not found (exit 3, nothing printed), so an answer never
//! tells that something exists elsewhere. A refused command must leave every table as it
//! was; an allowed write must be audited under the operator's name. Every case that
//! fails is collected, so one run reports all of them, each naming the operator, their
//! listings and the command line.
//!
//! [`PROBES`] names the action each command is checked against; `coverage` fails when a
//! command of the binary has no probe, or an action no command.

mod activities;
mod assessments;
mod calendar;
mod coverage;
pub(crate) mod customers;
mod dashboard;
mod earnfare;
mod employment;
mod enrollment;
mod exits;
mod fns583;
mod pptt;
mod providers;
mod referrals;
mod reports;
mod services;
mod staffing;
mod users;

use isets::permissions::{Action, Grant, Role};
use serde_json::Value;

use crate::support::*;

pub(super) const IDHS: &str = "IDHS";
pub(super) const ACME: &str = "Acme Works";
pub(super) const BETA: &str = "Beta Jobs";

/// (username, organization, role).
pub(super) type Staff = (&'static str, &'static str, &'static str);

/// One operator per role, plus `beta1`, program manager of Beta Jobs only, and `both1`,
/// staff of both providers.
pub(super) const STAFF: [Staff; 9] = [
    ("su2", IDHS, "super-user"),
    ("wfd1", IDHS, "wfd"),
    ("bill1", IDHS, "billing"),
    ("pm1", ACME, "provider-manager"),
    ("prog1", ACME, "program-manager"),
    ("staff1", ACME, "provider-staff"),
    ("beta1", BETA, "program-manager"),
    ("both1", ACME, "provider-staff"),
    ("both1", BETA, "provider-staff"),
];

/// Each operator once, `admin` (the first super user) first.
pub(super) fn operators() -> Vec<&'static str> {
    let mut users = vec![ADMIN];
    for (user, _, _) in STAFF {
        if !users.contains(&user) {
            users.push(user);
        }
    }
    users
}

/// `with_providers` (admin, IDHS, Acme Works, Beta Jobs) plus [`STAFF`] and a front desk
/// for appointments at each provider.
pub(super) fn setup(db: &TestDb) {
    db.with_providers();
    for (user, org, role) in STAFF {
        db.add_user(user, org, role);
    }
    for provider in [ACME, BETA] {
        let out = db
            .isets(&[
                "provider",
                "add-appointment-site",
                provider,
                "--name",
                "Front Desk",
            ])
            .output()
            .expect("run isets");
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

/// The listings of `user` as (organization, role).
fn listings_of(user: &str) -> Vec<(&'static str, Role)> {
    if user == ADMIN {
        return vec![(IDHS, Role::SuperUser)];
    }
    STAFF
        .iter()
        .filter(|s| s.0 == user)
        .map(|s| (s.1, s.2.parse().expect("role code")))
        .collect()
}

/// "pm1 (provider-manager on Acme Works)", for failure messages.
pub(super) fn who(user: &str) -> String {
    let listings: Vec<String> = listings_of(user)
        .iter()
        .map(|(org, role)| format!("{role} on {org}"))
        .collect();
    if listings.is_empty() {
        user.to_string()
    } else {
        format!("{user} ({})", listings.join(", "))
    }
}

/// Whether one of `user`'s listings grants `action` on `provider` (`None`: an action
/// that names no provider, which an own-provider grant allows within its reach).
pub(super) fn allows(action: Action, user: &str, provider: Option<&str>) -> bool {
    listings_of(user)
        .iter()
        .any(|(org, role)| match action.grant(*role) {
            Some(Grant::All) => true,
            Some(Grant::Own) => provider.is_none_or(|p| p == *org),
            None => false,
        })
}

/// Whether `user` sees `provider` at all (DOMAIN.md §1: view contracts).
pub(super) fn sees(user: &str, provider: &str) -> bool {
    allows(Action::ViewContracts, user, Some(provider))
}

/// What `user` gets asking for `action` on `provider`: allowed; not found when the
/// provider is out of their sight and their role could take the action on a provider
/// of their own (the answer must not tell the provider exists); denied otherwise.
pub(super) fn want(action: Action, user: &str, provider: Option<&str>) -> Want {
    if allows(action, user, provider) {
        Want::Allowed
    } else if provider.is_some_and(|p| !sees(user, p)) && allows(action, user, None) {
        Want::NotFound
    } else {
        Want::Denied(action)
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) enum Want {
    /// Exit 0.
    Allowed,
    /// Exit 7, naming the action and exactly the roles allowed; nothing written.
    Denied(Action),
    /// Exit 3: out of reach reads the same as absent; nothing printed or written.
    NotFound,
    /// Exit 7: the operator is not an isets user; nothing written.
    Unknown,
    /// Exit 7: every listing of the operator was removed (U5); nothing written.
    Removed,
}

/// The command a probe names, with the action it is checked against; `None` for the
/// commands that need no operator or take none of the table's actions.
pub(super) const PROBES: &[(&str, Option<Action>)] = &[
    ("user add", Some(Action::ManageUsers)),
    ("user remove", Some(Action::ManageUsers)),
    ("user list", Some(Action::ViewUsers)),
    ("user show", Some(Action::ViewUsers)),
    ("org list", Some(Action::ViewOrganizations)),
    ("provider add", Some(Action::AddProvider)),
    ("provider set-spcq", Some(Action::AddProvider)),
    ("provider add-contract", Some(Action::AddProvider)),
    ("provider amend-contract", Some(Action::AmendContract)),
    ("provider list", Some(Action::ViewContracts)),
    ("provider show", Some(Action::ViewContracts)),
    ("provider locations", Some(Action::ViewContracts)),
    ("provider contracts", Some(Action::ViewContracts)),
    ("provider programs", Some(Action::ViewContracts)),
    ("provider program", Some(Action::ViewContracts)),
    ("provider services", Some(Action::ViewContracts)),
    ("provider appointment-sites", Some(Action::ViewContracts)),
    ("provider appointments", Some(Action::ViewContracts)),
    ("provider worksites", Some(Action::ViewContracts)),
    ("provider audits", Some(Action::ViewContracts)),
    ("provider add-program", Some(Action::EditPrograms)),
    ("provider remove-program", Some(Action::EditPrograms)),
    (
        "provider services --enable/--disable",
        Some(Action::EnableServices),
    ),
    ("provider add-location", Some(Action::ManageSites)),
    ("provider add-worksite", Some(Action::ManageSites)),
    ("provider add-appointment-site", Some(Action::ManageSites)),
    ("provider add-appointment", Some(Action::ManageSites)),
    ("provider add-audit", Some(Action::ProviderAudits)),
    ("provider add-note", Some(Action::ProviderNotes)),
    ("provider notes", Some(Action::ProviderNotes)),
    ("audit log", Some(Action::ReadAudit)),
    ("audit verify", Some(Action::VerifyAudit)),
    ("audit head", Some(Action::VerifyAudit)),
    ("db migrate", Some(Action::MigrateSchema)),
    ("ies import", Some(Action::ImportIes)),
    ("customer search-ies", Some(Action::SearchIes)),
    ("customer search", Some(Action::SearchIes)),
    ("customer history", Some(Action::SearchIes)),
    ("customer add", Some(Action::CreateCustomer)),
    ("customer assign", Some(Action::SearchIes)),
    ("customer edit", Some(Action::SearchIes)),
    ("customer edit --snap-status", Some(Action::EditSnapStatus)),
    ("customer show", Some(Action::SearchIes)),
    ("customer team", Some(Action::SearchIes)),
    ("customer status", Some(Action::SearchIes)),
    ("customer status --set", Some(Action::CaseWork)),
    ("customer progress", Some(Action::CaseWork)),
    ("note add", Some(Action::Assessments)),
    ("note list", Some(Action::Assessments)),
    ("document add", Some(Action::CaseWork)),
    ("document list", Some(Action::Assessments)),
    ("document get", Some(Action::Assessments)),
    ("assessment add", Some(Action::Assessments)),
    ("assessment list", Some(Action::Assessments)),
    ("customer recommend", Some(Action::Assessments)),
    ("ies batches", Some(Action::ImportIes)),
    ("referral send", Some(Action::SendReferral)),
    // A provider's referral (reverse, or to another provider) names its sender.
    ("referral send --from", Some(Action::SendProviderReferral)),
    ("referral respond", Some(Action::RespondReferral)),
    // A reverse referral's answer carries IDHS's two yes/no answers (F4).
    (
        "referral respond --receives-snap/--eligible",
        Some(Action::RespondReverseReferral),
    ),
    ("referral show", Some(Action::Reports)),
    ("referral list", Some(Action::Reports)),
    ("referral expire", Some(Action::SendReferral)),
    ("activity add", Some(Action::CaseWork)),
    ("activity start", Some(Action::CaseWork)),
    ("activity close", Some(Action::CaseWork)),
    ("activity delete", Some(Action::CaseWork)),
    ("activity extend", Some(Action::CaseWork)),
    ("attendance add", Some(Action::CaseWork)),
    ("attendance verify", Some(Action::VerifyAttendance)),
    ("attendance list", Some(Action::Assessments)),
    ("enroll", Some(Action::CaseWork)),
    ("exit", Some(Action::CaseWork)),
    ("unexit", Some(Action::CaseWork)),
    // add, edit and remove (E1), all case work.
    ("ep goal", Some(Action::CaseWork)),
    // The plan is read by those who read the case file or its reports (§1).
    ("ep show", Some(Action::Reports)),
    ("earnfare set-benefit", Some(Action::SetEarnfareBenefit)),
    ("earnfare benefits", Some(Action::Reports)),
    ("earnfare show", Some(Action::Reports)),
    ("settings set", Some(Action::ManageSettings)),
    ("settings reset", Some(Action::ManageSettings)),
    // R1, R2: every operator reads the settings (tests/cli/roles/earnfare.rs).
    ("settings list", None),
    ("service add", Some(Action::CaseWork)),
    ("service start", Some(Action::CaseWork)),
    ("service cost add", Some(Action::CaseWork)),
    ("service cost edit", Some(Action::CaseWork)),
    // Costs are read with the case file's reports (§1), as the plan is.
    ("service cost list", Some(Action::Reports)),
    // D4, V6: the overrides are a report; answering one is deciding it (V4).
    ("override list", Some(Action::Reports)),
    ("override accept", Some(Action::DecideOverride)),
    ("override reject", Some(Action::DecideOverride)),
    // V3: every operator reads the maximums; super users set them.
    ("caps list", None),
    ("caps set", Some(Action::ManageSettings)),
    ("employment add", Some(Action::CaseWork)),
    ("employment end", Some(Action::CaseWork)),
    ("employment verify", Some(Action::CaseWork)),
    ("employment approve", Some(Action::VerifyEmployment)),
    ("employment list", Some(Action::Reports)),
    ("employment due", Some(Action::Reports)),
    ("staffing show", Some(Action::Reports)),
    ("staffing list", Some(Action::Reports)),
    ("staffing mark", Some(Action::StaffingProvider)),
    ("staffing attach", Some(Action::StaffingProvider)),
    ("staffing submit", Some(Action::StaffingProvider)),
    ("staffing verify", Some(Action::StaffingEligibility)),
    ("staffing approve", Some(Action::StaffingApprove)),
    ("staffing unlock", Some(Action::StaffingApprove)),
    ("billing submit", Some(Action::BillingSubmit)),
    ("billing approve", Some(Action::BillingApprove)),
    ("billing request-changes", Some(Action::BillingApprove)),
    // D1–D4: the dashboard and its lists are a report (§1).
    ("dashboard", Some(Action::Reports)),
    ("credential add", Some(Action::CaseWork)),
    ("credential remove", Some(Action::CaseWork)),
    ("credential list", Some(Action::Reports)),
    // G3: every operator reads the federal component mapping; super users change it.
    ("federal-component list", None),
    ("federal-component set", Some(Action::ManageSettings)),
    // G1–G5: the FNS-583 is a report (§1).
    ("report fns-583", Some(Action::Reports)),
    // B5, B6: the monthly reports of a provider's program (tests/cli/roles/reports.rs).
    ("report 4333", Some(Action::Reports)),
    ("report employment", Some(Action::Reports)),
    ("report support-services", Some(Action::Reports)),
    ("report earnfare-2606", Some(Action::Reports)),
    // B7, B9: the data accuracy audit of a provider's PPTT (tests/cli/roles/pptt.rs).
    ("report pptt-audit", Some(Action::Reports)),
    ("calendar add", Some(Action::ManageCalendar)),
    ("calendar remove", Some(Action::ManageCalendar)),
    // F7: every operator reads the calendar (tests/cli/roles/calendar.rs).
    ("calendar list", None),
    // Checked by the actions of each record in the file (tests/cli/apply.rs).
    ("apply", None),
    ("plan", None),
    // No operator: the schema itself, the settings, generated files.
    ("init", None),
    ("db status", None),
    ("db check", None),
    // The database owner's tools (PostgreSQL), tested in tests/cli/pg_roles.rs.
    ("db setup", None),
    ("db check-roles", None),
    ("config show", None),
    ("generate completions", None),
    ("generate man", None),
];

/// The action [`PROBES`] gives the command `args` starts with.
fn probed(args: &[&str]) -> Option<(&'static str, Option<Action>)> {
    let words: Vec<&str> = args
        .iter()
        .take_while(|a| !a.starts_with('-'))
        .copied()
        .collect();
    // A probe naming flags (`provider services --enable/--disable`) is the one for a
    // command line that gives one of them; the probe without flags for the others.
    let of_path = |command: &str| {
        let path = command.split(" --").next().unwrap_or(command);
        let parts: Vec<&str> = path.split(' ').collect();
        words.len() >= parts.len() && words[..parts.len()] == parts[..]
    };
    let flagged = |command: &str| {
        command.split_once(" --").is_some_and(|(_, flags)| {
            flags
                .split("/--")
                .any(|f| args.iter().any(|a| *a == format!("--{f}")))
        })
    };
    let found = PROBES.iter().copied().filter(|(c, _)| of_path(c));
    found
        .clone()
        .find(|(c, _)| flagged(c))
        .or_else(|| found.into_iter().find(|(c, _)| !c.contains(" --")))
}

/// Every table a command may write, and sums that change when a row is updated in
/// place (amendments, removals, service switches).
const STATE: &str = "SELECT 'organizations', COUNT(*) FROM organizations \
    UNION ALL SELECT 'users', COUNT(*) FROM users \
    UNION ALL SELECT 'listings', COUNT(*) FROM listings \
    UNION ALL SELECT 'active listings', COUNT(*) FROM listings WHERE removed_at IS NULL \
    UNION ALL SELECT 'spcq dates', COUNT(spcq_approved_on) FROM organizations \
    UNION ALL SELECT 'locations', COUNT(*) FROM locations \
    UNION ALL SELECT 'contracts', COUNT(*) FROM contracts \
    UNION ALL SELECT 'contract version sum', CAST(COALESCE(SUM(version), 0) AS BIGINT) FROM contracts \
    UNION ALL SELECT 'contract cents sum', CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM contracts \
    UNION ALL SELECT 'contract_goals', COUNT(*) FROM contract_goals \
    UNION ALL SELECT 'contract_versions', COUNT(*) FROM contract_versions \
    UNION ALL SELECT 'programs', COUNT(*) FROM programs \
    UNION ALL SELECT 'removed programs', COUNT(*) FROM programs WHERE removed_at IS NOT NULL \
    UNION ALL SELECT 'program_activities', COUNT(*) FROM program_activities \
    UNION ALL SELECT 'provider_services', COUNT(*) FROM provider_services \
    UNION ALL SELECT 'enabled services', COUNT(*) FROM provider_services WHERE enabled \
    UNION ALL SELECT 'appointment_sites', COUNT(*) FROM appointment_sites \
    UNION ALL SELECT 'appointments', COUNT(*) FROM appointments \
    UNION ALL SELECT 'worksites', COUNT(*) FROM worksites \
    UNION ALL SELECT 'provider_audits', COUNT(*) FROM provider_audits \
    UNION ALL SELECT 'provider_notes', COUNT(*) FROM provider_notes \
    UNION ALL SELECT 'ies_batches', COUNT(*) FROM ies_batches \
    UNION ALL SELECT 'customers', COUNT(*) FROM customers \
    UNION ALL SELECT 'customer_history', COUNT(*) FROM customer_history \
    UNION ALL SELECT 'customer_status_history', COUNT(*) FROM customer_status_history \
    UNION ALL SELECT 'customer_assignments', COUNT(*) FROM customer_assignments \
    UNION ALL SELECT 'customer_team', COUNT(*) FROM customer_team \
    UNION ALL SELECT 'team members', COUNT(*) FROM customer_team WHERE removed_at IS NULL \
    UNION ALL SELECT 'customer_notes', COUNT(*) FROM customer_notes \
    UNION ALL SELECT 'customer_documents', COUNT(*) FROM customer_documents \
    UNION ALL SELECT 'et_statuses', COUNT(*) FROM et_statuses \
    UNION ALL SELECT 'et_status_history', COUNT(*) FROM et_status_history \
    UNION ALL SELECT 'assessments', COUNT(*) FROM assessments \
    UNION ALL SELECT 'assessment_screenings', COUNT(*) FROM assessment_screenings \
    UNION ALL SELECT 'assessment_barriers', COUNT(*) FROM assessment_barriers \
    UNION ALL SELECT 'listing_locations', COUNT(*) FROM listing_locations \
    UNION ALL SELECT 'calendar_days', COUNT(*) FROM calendar_days \
    UNION ALL SELECT 'referrals', COUNT(*) FROM referrals \
    UNION ALL SELECT 'referral versions', COUNT(*) FROM referral_versions \
    UNION ALL SELECT 'pending referrals', COUNT(*) FROM referrals WHERE status = 'pending' \
    UNION ALL SELECT 'booked', CAST(COALESCE(SUM(booked), 0) AS BIGINT) FROM appointments \
    UNION ALL SELECT 'reopenings', COUNT(*) FROM calendar_days WHERE kind = 'reopening' \
    UNION ALL SELECT 'enrollments', COUNT(*) FROM enrollments \
    UNION ALL SELECT 'ep_goals', COUNT(*) FROM ep_goals \
    UNION ALL SELECT 'activities', COUNT(*) FROM activities \
    UNION ALL SELECT 'attendance', COUNT(*) FROM attendance \
    UNION ALL SELECT 'verified attendance', COUNT(*) FROM attendance WHERE verified_by IS NOT NULL \
    UNION ALL SELECT 'earnfare_benefits', COUNT(*) FROM earnfare_benefits \
    UNION ALL SELECT 'settings', COUNT(*) FROM settings \
    UNION ALL SELECT 'support_services', COUNT(*) FROM support_services \
    UNION ALL SELECT 'started services', COUNT(started_on) FROM support_services \
    UNION ALL SELECT 'service_costs', COUNT(*) FROM service_costs \
    UNION ALL SELECT 'cost cents sum', CAST(COALESCE(SUM(total), 0) AS BIGINT) FROM service_costs \
    UNION ALL SELECT 'counted costs', COUNT(*) FROM service_costs WHERE state = 'counted' \
    UNION ALL SELECT 'cost_overrides', COUNT(*) FROM cost_overrides \
    UNION ALL SELECT 'answered overrides', COUNT(answered_by) FROM cost_overrides \
    UNION ALL SELECT 'service_caps', COUNT(*) FROM service_caps \
    UNION ALL SELECT 'cap cents sum', CAST(COALESCE(SUM(amount), 0) AS BIGINT) FROM service_caps \
    UNION ALL SELECT 'employments', COUNT(*) FROM employments \
    UNION ALL SELECT 'ended employments', COUNT(ended_on) FROM employments \
    UNION ALL SELECT 'employment_verifications', COUNT(*) FROM employment_verifications \
    UNION ALL SELECT 'approved verifications', COUNT(approved_by) FROM employment_verifications \
    UNION ALL SELECT 'credentials', COUNT(*) FROM credentials \
    UNION ALL SELECT 'removed credentials', COUNT(removed_at) FROM credentials \
    UNION ALL SELECT 'exits', COUNT(*) FROM exits \
    UNION ALL SELECT 'standing exits', COUNT(*) FROM exits WHERE unexited_at IS NULL \
    UNION ALL SELECT 'exited enrollments', COUNT(exited_on) FROM enrollments \
    UNION ALL SELECT 'employment activities', COUNT(activity_id) FROM employments \
    UNION ALL SELECT 'staffings', COUNT(*) FROM staffings \
    UNION ALL SELECT 'staffing states', COUNT(DISTINCT state) FROM staffings \
    UNION ALL SELECT 'approved staffings', COUNT(approved_at) FROM staffings \
    UNION ALL SELECT 'staffing_events', COUNT(*) FROM staffing_events \
    UNION ALL SELECT 'staffing_customers', COUNT(*) FROM staffing_customers \
    UNION ALL SELECT 'marked lines', COUNT(marked_by) FROM staffing_customers \
    UNION ALL SELECT 'verified lines', COUNT(verified_by) FROM staffing_customers \
    UNION ALL SELECT 'staffing_documents', COUNT(*) FROM staffing_documents \
    UNION ALL SELECT 'federal_components', COUNT(*) FROM federal_components \
    UNION ALL SELECT 'changed federal components', COUNT(*) FROM federal_components WHERE changed_by <> 'isets' \
    UNION ALL SELECT 'audit_log', COUNT(*) FROM audit_log";

pub(super) fn state(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(STATE)
}

fn shown(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.contains(' ') || a.is_empty() {
                format!("{a:?}")
            } else {
                a.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) struct Run {
    pub(super) stdout: String,
    pub(super) stderr: String,
}

/// Runs cases and collects every failure; [`Cases::done`] reports them together.
pub(super) struct Cases<'a> {
    db: &'a TestDb,
    failures: Vec<String>,
}

impl<'a> Cases<'a> {
    pub(super) fn new(db: &'a TestDb) -> Self {
        Cases {
            db,
            failures: Vec::new(),
        }
    }

    pub(super) fn check(&mut self, ok: bool, case: &str, problem: impl FnOnce() -> String) -> bool {
        if !ok {
            self.failures.push(format!("{case}: {}", problem()));
        }
        ok
    }

    /// `user` runs `args` and gets what the role table says for `action` on `provider`.
    pub(super) fn probe(
        &mut self,
        user: &str,
        args: &[&str],
        action: Action,
        provider: Option<&str>,
    ) -> Option<Run> {
        self.run(user, args, want(action, user, provider))
    }

    /// Runs `isets ARGS` as `user` and checks the exit code, the message, that a
    /// refused command wrote nothing and that an allowed write was audited under the
    /// operator's name. Returns the output when the exit code is the one expected.
    pub(super) fn run(&mut self, user: &str, args: &[&str], want: Want) -> Option<Run> {
        let case = format!(
            "[{:?}] {} ran `isets {}`",
            self.db.kind,
            who(user),
            shown(args)
        );
        let Some((command, action)) = probed(args) else {
            self.failures.push(format!(
                "{case}: no probe names this command (roles::PROBES)"
            ));
            return None;
        };
        if let Want::Denied(denied) = want
            && action != Some(denied)
        {
            self.failures.push(format!(
                "{case}: expected a denial of {denied:?}, but the probe of `{command}` is {action:?}"
            ));
        }
        let writes = args
            .iter()
            .take_while(|a| !a.starts_with('-'))
            .skip(1)
            .any(|word| {
                [
                    "add", "amend", "remove", "set", "import", "assign", "edit", "send", "respond",
                    "expire", "start", "close", "delete", "extend", "accept", "reject", "end",
                    "approve",
                ]
                .iter()
                .any(|w| word.starts_with(w))
            })
            || command.contains("--enable")
            || matches!(command, "enroll" | "exit" | "unexit");
        let allowed = matches!(want, Want::Allowed);
        let before = (!allowed).then(|| state(self.db));
        let audits = (allowed && writes).then(|| self.db.count("SELECT COUNT(*) FROM audit_log"));
        let out = self.db.isets_as(user, args).output().expect("run isets");
        let (code, stdout, err) = (out.status.code(), stdout(&out), stderr(&out));
        let expected = match want {
            Want::Allowed => 0,
            Want::NotFound => 3,
            Want::Denied(_) | Want::Unknown | Want::Removed => 7,
        };
        if !self.check(code == Some(expected), &case, || {
            format!(
                "expected exit {expected}, got {code:?}\n    stdout: {}\n    stderr: {}",
                stdout.trim(),
                err.trim()
            )
        }) {
            return None;
        }
        match want {
            Want::Allowed => {
                if let Some(audits) = audits {
                    let last: Vec<(String, i64)> = self.db.rows(
                        "SELECT operator, (SELECT COUNT(*) FROM audit_log) FROM audit_log ORDER BY id DESC LIMIT 1",
                    );
                    let audited = last
                        .first()
                        .is_some_and(|(by, now)| by == user && *now > audits);
                    self.check(audited, &case, || {
                        format!("the write was not audited under {user}: {audits} records before, now (last operator, records) {last:?}")
                    });
                }
                return Some(Run {
                    stdout,
                    stderr: err,
                });
            }
            Want::Denied(action) => {
                let prefix = format!("error: permission denied: {user} asked to ");
                let roles = format!("allowed for {};", action.allowed_roles());
                self.check(
                    err.starts_with(&prefix)
                        && err.contains(action.description())
                        && err.contains(&roles),
                    &case,
                    || {
                        format!(
                            "expected a denial of {:?} with {roles:?}, got: {}",
                            action.description(),
                            err.trim()
                        )
                    },
                );
            }
            Want::NotFound => {
                self.check(err.contains("not found"), &case, || {
                    format!("expected \"not found\", got: {}", err.trim())
                });
            }
            Want::Unknown => {
                let expected = format!("{user:?} is not an isets user");
                self.check(
                    err.contains("permission denied") && err.contains(&expected),
                    &case,
                    || format!("expected a message with {expected:?}: {err}"),
                );
            }
            Want::Removed => {
                self.check(
                    err.contains("permission denied") && err.contains("U5"),
                    &case,
                    || format!("expected a message naming rule U5: {err}"),
                );
            }
        }
        self.check(stdout.is_empty(), &case, || {
            format!("a refused command printed data: {stdout}")
        });
        if let Some(before) = before {
            let after = state(self.db);
            let changed: Vec<String> = before
                .iter()
                .zip(&after)
                .filter(|(b, a)| b != a)
                .map(|(b, a)| format!("{} {} → {}", b.0, b.1, a.1))
                .collect();
            self.check(changed.is_empty(), &case, || {
                format!("a refused command wrote: {}", changed.join(", "))
            });
        }
        Some(Run {
            stdout,
            stderr: err,
        })
    }

    /// Runs an allowed command with `--format json` and parses its output.
    pub(super) fn json(&mut self, user: &str, args: &[&str]) -> Option<Value> {
        let mut full = args.to_vec();
        full.extend(["--format", "json"]);
        let run = self.run(user, &full, Want::Allowed)?;
        match serde_json::from_str(&run.stdout) {
            Ok(v) => Some(v),
            Err(e) => {
                self.failures.push(format!(
                    "[{:?}] {} ran `isets {}`: output is not JSON ({e}): {}",
                    self.db.kind,
                    who(user),
                    full.join(" "),
                    run.stdout
                ));
                None
            }
        }
    }

    pub(super) fn fail(&mut self, case: &str, problem: String) {
        self.failures.push(format!("{case}: {problem}"));
    }

    pub(super) fn done(self) {
        assert!(
            self.failures.is_empty(),
            "{} failing case(s):\n\n{}",
            self.failures.len(),
            self.failures.join("\n\n")
        );
    }
}
