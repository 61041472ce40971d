//! Provider commands (DOMAIN.md §1): every provider-scoped write by every role on its own
//! provider and on another, and every provider read scoped to the operator's reach.

use isets::permissions::{Action, Grant};

use serde_json::{Value, json};

use super::*;
use crate::both;
use crate::providers::{CATALOGUE, add_program};

/// The provider-scoped writes, each with the action that governs it.
#[derive(Clone, Copy, Debug)]
enum WriteCmd {
    AddContract,
    AmendContract,
    AddProgram,
    RemoveProgram,
    Services,
    AddLocation,
    AddWorksite,
    AddAppointmentSite,
    AddAppointment,
    AddAudit,
    AddNote,
}

impl WriteCmd {
    const ALL: [WriteCmd; 11] = [
        WriteCmd::AddContract,
        WriteCmd::AmendContract,
        WriteCmd::AddProgram,
        WriteCmd::RemoveProgram,
        WriteCmd::Services,
        WriteCmd::AddLocation,
        WriteCmd::AddWorksite,
        WriteCmd::AddAppointmentSite,
        WriteCmd::AddAppointment,
        WriteCmd::AddAudit,
        WriteCmd::AddNote,
    ];

    /// The action [`PROBES`] names for this command.
    fn action(self, db: &TestDb) -> Action {
        let args = self.args(db, 0, ACME);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        probed(&args)
            .and_then(|(_, action)| action)
            .unwrap_or_else(|| panic!("no probe for {self:?}"))
    }

    /// The command line for run `n` on `provider`; fresh names each time so that every
    /// allowed run really writes.
    fn args(self, db: &TestDb, n: usize, provider: &str) -> Vec<String> {
        let contract = contract_of(provider);
        let location = if provider == ACME { "Main" } else { "HQ" };
        let name = format!("Place {n}");
        let args: Vec<String> = match self {
            WriteCmd::AddContract => [
                "add-contract",
                provider,
                "--number",
                &format!("FCSR{n}"),
                "--program",
                "snap-jp",
                "--start",
                "2025-07-01",
                "--end",
                "2026-06-30",
                "--amount",
                "100",
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::AmendContract => [
                "amend-contract",
                contract,
                "--amount",
                &format!("{}.00", 5000 + n),
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::AddProgram => [
                "add-program",
                provider,
                "--contract",
                contract,
                "--location",
                location,
                "--type",
                if provider == BETA {
                    "earnfare"
                } else {
                    "snap-jp"
                },
                "--fiscal-year",
                "FY26",
                "--activity",
                "JST",
                "--full-time",
                "--description",
                &format!("Program {n}"),
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::RemoveProgram => {
                let id = add_program(db, provider, contract, location, "FY26");
                ["remove-program", &id.to_string(), "--yes"]
                    .map(String::from)
                    .to_vec()
            }
            WriteCmd::Services => ["services", provider, "--disable", CATALOGUE[n % 23]]
                .map(String::from)
                .to_vec(),
            WriteCmd::AddLocation => [
                "add-location",
                provider,
                "--name",
                &name,
                "--address",
                "1 Elm St",
                "--county",
                "Cook",
                "--dhs-office",
                "Cook Central FCRC",
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::AddWorksite => [
                "add-worksite",
                provider,
                "--name",
                &name,
                "--address",
                "2 Elm St",
                "--type",
                "ojt",
                "--contact",
                "Sam",
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::AddAppointmentSite => ["add-appointment-site", provider, "--name", &name]
                .map(String::from)
                .to_vec(),
            WriteCmd::AddAppointment => [
                "add-appointment",
                provider,
                "--site",
                "Front Desk",
                "--start",
                &format!("2026-04-{:02} 09:00", 1 + n % 28),
                "--openings",
                "3",
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::AddAudit => [
                "add-audit",
                provider,
                "--date",
                "2026-01-15",
                "--title",
                &format!("Audit {n}"),
            ]
            .map(String::from)
            .to_vec(),
            WriteCmd::AddNote => [
                "add-note",
                provider,
                "--subject",
                &format!("Note {n}"),
                "--message",
                "Quarterly check-in",
            ]
            .map(String::from)
            .to_vec(),
        };
        let mut full = vec!["provider".to_string()];
        full.extend(args);
        full
    }
}

/// The contract each provider has in `with_providers`.
fn contract_of(provider: &str) -> &'static str {
    if provider == ACME {
        "FCSACME1"
    } else {
        "FCSBETA1"
    }
}

/// Whether one of `user`'s listings holds an own-provider grant of `action`.
fn own_grant(action: Action, user: &str) -> bool {
    STAFF
        .iter()
        .filter(|s| s.0 == user)
        .any(|s| action.grant(s.2.parse().expect("role")) == Some(Grant::Own))
}

both! {
    fn roles_provider_writes_follow_the_domain_table(db) {
        setup(db);
        let mut cases = Cases::new(db);
        let mut n = 0;
        for user in operators() {
            n += 1;
            let name = format!("New Agency {n}");
            let args = ["provider", "add", &name, "--spcq-approved-on", "2025-01-01"];
            cases.probe(user, &args, Action::AddProvider, None);
        }
        for cmd in WriteCmd::ALL {
            let action = cmd.action(db);
            // Everyone on Acme Works; on Beta Jobs, those with an own-provider grant:
            // allowed there only when listed there, not found when they cannot see it.
            let runs = operators()
                .into_iter()
                .map(|u| (u, ACME))
                .chain(operators().into_iter().filter(|u| own_grant(action, u)).map(|u| (u, BETA)));
            for (user, provider) in runs {
                n += 1;
                let args = cmd.args(db, n, provider);
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                cases.probe(user, &args, action, Some(provider));
            }
        }
        cases.done();
    }

    fn roles_provider_reads_are_scoped(db) {
        setup(db);
        let acme_program = add_program(db, ACME, "FCSACME1", "Main", "FY26");
        let beta_program = add_program(db, BETA, "FCSBETA1", "HQ", "FY26");
        for provider in [ACME, BETA] {
            let out = db
                .isets(&["provider", "add-note", provider, "--subject", provider, "--message", "m"])
                .output()
                .expect("run");
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let mut cases = Cases::new(db);

        for user in operators() {
            let expected: Vec<&str> = [ACME, BETA].into_iter().filter(|p| sees(user, p)).collect();
            if let Some(v) = cases.json(user, &["provider", "list"]) {
                let names = column(&v, "name");
                cases.check(names == expected, &format!("[{:?}] {} ran `isets provider list`", db.kind, who(user)),
                            || format!("expected {expected:?}, got {names:?}"));
            }
        }

        // Every operator: show, program and notes, on both providers.
        for user in operators() {
            for (provider, program) in [(ACME, acme_program), (BETA, beta_program)] {
                let show = ["provider", "show", provider, "--format", "json"];
                let seen = sees(user, provider);
                if let Some(run) = cases.probe(user, &show, Action::ViewContracts, Some(provider))
                    && seen
                {
                    let v: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
                    if v["name"] != json!(provider) || v["contracts"][0]["number"] != json!(contract_of(provider)) {
                        cases.fail(&format!("[{:?}] {} ran `isets provider show {provider:?}`", db.kind, who(user)),
                                   format!("showed {v}"));
                    }
                }
                let program = program.to_string();
                let args = ["provider", "program", &program, "--format", "json"];
                cases.probe(user, &args, Action::ViewContracts, Some(provider));
                let notes = ["provider", "notes", provider, "--format", "json"];
                cases.probe(user, &notes, Action::ProviderNotes, Some(provider));
            }
        }
        // The other readers go through the same check: a statewide reader without any
        // other right (billing) and the narrowest provider role (provider staff).
        for user in ["bill1", "staff1"] {
            for provider in [ACME, BETA] {
                for command in ["locations", "contracts", "programs", "services", "appointment-sites",
                                "appointments", "worksites", "audits"] {
                    let args = ["provider", command, provider, "--format", "json"];
                    let run = cases.probe(user, &args, Action::ViewContracts, Some(provider));
                    if let (Some(run), "contracts", true) = (run, command, sees(user, provider)) {
                        let v: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
                        if column(&v, "number") != vec![contract_of(provider)] {
                            cases.fail(&format!("[{:?}] {} ran `isets provider contracts {provider:?}`", db.kind, who(user)),
                                       format!("listed {v}"));
                        }
                    }
                }
            }
        }
        cases.done();
    }
}
