//! `isets provider …`: providers, locations, contracts, programs, services, appointment
//! sites and schedules, worksites, audits and provider case notes (P1–P7).

use clap::{Args, Subcommand};
use isets::Result;
use isets::catalogue::{EmploymentType, Program};
use isets::output::{Section, Tabular};
use isets::providers::contracts::{self, Amendment, Terms};
use isets::providers::locations::{self, NewLocation};
use isets::providers::programs::{self, NewProgram};
use isets::providers::records::{self, NewWorksite};
use isets::providers::sites::{self, NewSite, Schedule};
use isets::providers::{self, ListFilter, services};
use isets::values::{FiscalYear, Money, parse_date};

use super::{Ctx, WriteArgs, confirm};

#[derive(Debug, Subcommand)]
pub enum ProviderCommand {
    /// Add a provider agency with its SPCQ approval date (U2); then add a location and a contract (P1)
    ///
    /// The provider's users can do nothing until it has an approved SPCQ (U2), a location
    /// and an executed contract (P1): `isets provider show` says what it still lacks.
    Add {
        /// The provider's name (unique)
        name: String,
        /// Date the Security and Privacy Controls Questionnaire was approved (today or earlier)
        #[arg(long, value_name = "DATE", required_unless_present = "spcq_pending")]
        spcq_approved_on: Option<String>,
        /// The SPCQ is not approved yet: record the provider without one (U2)
        #[arg(long, conflicts_with = "spcq_approved_on")]
        spcq_pending: bool,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Record a provider's SPCQ approval date, or mark it pending again (U2)
    SetSpcq {
        /// Provider name (any case)
        provider: String,
        /// Date the SPCQ was approved (today or earlier)
        #[arg(long, value_name = "DATE", required_unless_present = "pending")]
        approved_on: Option<String>,
        /// No approved SPCQ on file: its users can do nothing until one is
        #[arg(long, conflicts_with = "approved_on")]
        pending: bool,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List providers within the operator's reach
    List {
        /// Name contains this text
        #[arg(long)]
        name: Option<String>,
        /// Has a contract for this program
        #[arg(long, value_parser = Program::ALL.map(Program::code))]
        program: Option<String>,
        /// Has a location in this county
        #[arg(long)]
        county: Option<String>,
    },
    /// Show a provider: contracts, goals, locations, programs, services, users
    Show {
        /// Provider name (any case)
        provider: String,
    },
    /// Add a location where the provider serves customers (P1)
    AddLocation(AddLocationArgs),
    /// List a provider's locations
    Locations {
        /// Provider name (any case)
        provider: String,
    },
    /// Add an executed contract with its goals (P2)
    AddContract(AddContractArgs),
    /// Amend a contract; the earlier version is kept (P2)
    AmendContract(AmendContractArgs),
    /// List a provider's contracts; --history adds every earlier version (P2)
    Contracts {
        /// Provider name (any case)
        provider: String,
        /// Include earlier versions of amended contracts
        #[arg(long)]
        history: bool,
    },
    /// Add an E&T program under a contract and location (P3, P4)
    AddProgram(AddProgramArgs),
    /// Remove a program of the current or a future fiscal year (P6)
    RemoveProgram {
        /// Program id (see `isets provider programs`)
        id: i64,
        /// Do not ask for confirmation
        #[arg(short, long)]
        yes: bool,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List a provider's programs
    Programs {
        /// Provider name (any case)
        provider: String,
        /// Only this fiscal year (FY25 or 2025)
        #[arg(long, value_name = "FY")]
        fiscal_year: Option<String>,
    },
    /// Show one program with its activities and criteria
    Program {
        /// Program id
        id: i64,
    },
    /// Show, enable or disable the activities and services used on career plans (P5)
    Services {
        /// Provider name (any case)
        provider: String,
        /// Enable this activity or service code (repeatable)
        #[arg(long, value_name = "CODE")]
        enable: Vec<String>,
        /// Disable this activity or service code (repeatable)
        #[arg(long, value_name = "CODE")]
        disable: Vec<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Add an appointment site (P7)
    AddAppointmentSite {
        /// Provider name (any case)
        provider: String,
        /// Site name
        #[arg(long)]
        name: String,
        /// The provider location it is at
        #[arg(long, value_name = "LOCATION")]
        location: Option<String>,
        /// Instructions, e.g. bring an ID and the referral form
        #[arg(long, default_value = "")]
        instructions: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List appointment sites
    AppointmentSites {
        /// Provider name (any case)
        provider: String,
    },
    /// Schedule appointments at a site, optionally every week (P7)
    AddAppointment(AddAppointmentArgs),
    /// List scheduled appointments
    Appointments {
        /// Provider name (any case)
        provider: String,
        /// Only this site
        #[arg(long)]
        site: Option<String>,
    },
    /// Add a worksite for work experience, Earnfare or OJT (P7)
    AddWorksite(AddWorksiteArgs),
    /// List worksites
    Worksites {
        /// Provider name (any case)
        provider: String,
    },
    /// Record a periodic audit of the provider (P7)
    AddAudit {
        /// Provider name (any case)
        provider: String,
        /// Date of the audit
        #[arg(long, value_name = "DATE")]
        date: String,
        /// Title, e.g. "FY25 monitoring"
        #[arg(long)]
        title: String,
        /// Findings
        #[arg(long, default_value = "")]
        findings: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List a provider's audits
    Audits {
        /// Provider name (any case)
        provider: String,
    },
    /// Add a provider case note (about the agency, not a customer) (P7)
    AddNote {
        /// Provider name (any case)
        provider: String,
        /// Subject line
        #[arg(long)]
        subject: String,
        /// The note
        #[arg(long)]
        message: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List provider case notes
    Notes {
        /// Provider name (any case)
        provider: String,
    },
}

#[derive(Debug, Args)]
pub struct AddLocationArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Location name (unique for the provider)
    #[arg(long)]
    pub name: String,
    /// Street address
    #[arg(long)]
    pub address: String,
    /// County
    #[arg(long)]
    pub county: String,
    /// IDHS office (Family Community Resource Center) serving it
    #[arg(long, value_name = "OFFICE")]
    pub dhs_office: String,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AddContractArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Contract number, e.g. FCSABC123 (unique)
    #[arg(long)]
    pub number: String,
    /// Program offered
    #[arg(long, value_parser = Program::ALL.map(Program::code))]
    pub program: String,
    /// Start date
    #[arg(long, value_name = "DATE")]
    pub start: String,
    /// End date (on or after the start)
    #[arg(long, value_name = "DATE")]
    pub end: String,
    /// Dollar amount, two decimals at most (V5)
    #[arg(long, value_name = "DOLLARS")]
    pub amount: String,
    /// Measurable goal, CATEGORY=N (enrolled, active, employed, retained-90-days, credentials, completed-activity, exits)
    #[arg(long, value_name = "CATEGORY=N")]
    pub goal: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AmendContractArgs {
    /// Contract number
    pub number: String,
    /// New program offered
    #[arg(long, value_parser = Program::ALL.map(Program::code))]
    pub program: Option<String>,
    /// New start date
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// New end date
    #[arg(long, value_name = "DATE")]
    pub end: Option<String>,
    /// New dollar amount, two decimals at most (V5)
    #[arg(long, value_name = "DOLLARS")]
    pub amount: Option<String>,
    /// Set a goal, CATEGORY=N; other goals are kept
    #[arg(long, value_name = "CATEGORY=N")]
    pub goal: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AddProgramArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Contract number it belongs to
    #[arg(long)]
    pub contract: String,
    /// Location name where it is administered
    #[arg(long)]
    pub location: String,
    /// Program type
    #[arg(long = "type", value_parser = Program::ALL.map(Program::code))]
    pub program_type: String,
    /// Fiscal year, FY25 or 2025 (P3: July 1 – June 30)
    #[arg(long, value_name = "FY")]
    pub fiscal_year: String,
    /// Activity it is contracted to provide (repeatable): SJS, JST, VT, …
    #[arg(long, value_name = "CODE")]
    pub activity: Vec<String>,
    /// Offered full time
    #[arg(long)]
    pub full_time: bool,
    /// Offered part time
    #[arg(long)]
    pub part_time: bool,
    /// What the program offers, shown when matching referrals
    #[arg(long)]
    pub description: String,
    /// Target occupation, a SOC code such as 43-4051
    #[arg(long, value_name = "SOC")]
    pub target_occupation: Option<String>,
    /// Matching criterion for program recommendations (repeatable)
    #[arg(long)]
    pub criterion: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AddAppointmentArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Appointment site name
    #[arg(long)]
    pub site: String,
    /// Start, "YYYY-MM-DD HH:MM" local time
    #[arg(long, value_name = "DATETIME")]
    pub start: String,
    /// End [default: one hour after the start]
    #[arg(long, value_name = "DATETIME")]
    pub end: Option<String>,
    /// Number of openings
    #[arg(long)]
    pub openings: i64,
    /// Repeat every week at the same time through this date
    #[arg(long, value_name = "DATE")]
    pub weekly_until: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AddWorksiteArgs {
    /// Provider name (any case)
    pub provider: String,
    /// Worksite name (unique for the provider)
    #[arg(long)]
    pub name: String,
    /// Street address
    #[arg(long)]
    pub address: String,
    /// Kind of placement
    #[arg(long = "type", value_parser = EmploymentType::ALL.map(EmploymentType::code))]
    pub employment_type: String,
    /// Primary contact's name
    #[arg(long, value_name = "NAME")]
    pub contact: String,
    /// Primary contact's phone
    #[arg(long, value_name = "PHONE")]
    pub contact_phone: Option<String>,
    /// Primary contact's email
    #[arg(long, value_name = "EMAIL")]
    pub contact_email: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

fn money(field: &str, value: &str) -> Result<Money> {
    Money::parse(field, value)
}

fn program(value: &str) -> Result<Program> {
    value.parse()
}

pub async fn run(ctx: &Ctx, cmd: ProviderCommand) -> Result<()> {
    let session = ctx.session().await?;
    let p = &ctx.printer;
    match cmd {
        ProviderCommand::Add {
            name,
            spcq_approved_on,
            spcq_pending: _,
            write,
        } => {
            let spcq = spcq_approved_on
                .map(|d| parse_date("--spcq-approved-on", &d))
                .transpose()?;
            let (org, outcome) =
                isets::orgs::add_provider(&session, &name, spcq, &write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "added provider {} (id {}); P1: add a location and an executed contract next",
                    org.name, org.id
                ));
            }
            p.outcome(&outcome, &org.name)
        }
        ProviderCommand::SetSpcq {
            provider,
            approved_on,
            pending: _,
            write,
        } => {
            let spcq = approved_on
                .map(|d| parse_date("--approved-on", &d))
                .transpose()?;
            let (org, outcome) =
                isets::orgs::set_spcq(&session, &provider, spcq, &write.options()).await?;
            p.outcome(&outcome, &org.name)
        }
        ProviderCommand::List {
            name,
            program: prog,
            county,
        } => {
            let filter = ListFilter {
                name,
                program: prog.as_deref().map(program).transpose()?,
                county,
            };
            p.list(&providers::list(&session, &filter).await?, "providers")
        }
        ProviderCommand::Show { provider } => show(ctx, &session, &provider).await,
        ProviderCommand::AddLocation(a) => {
            let new = NewLocation::new(&a.name, &a.address, &a.county, &a.dhs_office)?;
            let (loc, outcome) =
                locations::add(&session, &a.provider, &new, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!("added location {} (id {})", loc.name, loc.id));
            }
            p.outcome(&outcome, &loc.id.to_string())
        }
        ProviderCommand::Locations { provider } => {
            p.list(&locations::list(&session, &provider).await?, "locations")
        }
        ProviderCommand::AddContract(a) => {
            let terms = Terms {
                program: program(&a.program)?,
                start_date: parse_date("--start", &a.start)?,
                end_date: parse_date("--end", &a.end)?,
                amount: money("--amount", &a.amount)?,
                goals: contracts::parse_goals(&a.goal)?,
            };
            let (c, outcome) =
                contracts::add(&session, &a.provider, &a.number, &terms, &a.write.options())
                    .await?;
            if !outcome.dry_run {
                p.status(format!(
                    "added contract {} ({}, {} … {})",
                    c.number, c.terms.program, c.terms.start_date, c.terms.end_date
                ));
            }
            p.outcome(&outcome, &c.number)
        }
        ProviderCommand::AmendContract(a) => {
            let amendment = Amendment {
                program: a.program.as_deref().map(program).transpose()?,
                start_date: a
                    .start
                    .as_deref()
                    .map(|d| parse_date("--start", d))
                    .transpose()?,
                end_date: a
                    .end
                    .as_deref()
                    .map(|d| parse_date("--end", d))
                    .transpose()?,
                amount: a
                    .amount
                    .as_deref()
                    .map(|m| money("--amount", m))
                    .transpose()?,
                goals: contracts::parse_goals(&a.goal)?,
            };
            let (c, outcome) =
                contracts::amend(&session, &a.number, &amendment, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "contract {} is now version {}; version {} is kept",
                    c.number,
                    c.version,
                    c.version - 1
                ));
            }
            p.outcome(&outcome, &c.number)
        }
        ProviderCommand::Contracts { provider, history } => {
            let versions = contracts::list(&session, &provider, history).await?;
            if history {
                p.list(&versions, "contracts")
            } else {
                let current: Vec<_> = versions.into_iter().map(|v| v.contract).collect();
                p.list(&current, "contracts")
            }
        }
        ProviderCommand::AddProgram(a) => {
            let new = NewProgram {
                contract: a.contract,
                location: a.location,
                program_type: program(&a.program_type)?,
                fiscal_year: FiscalYear::parse("--fiscal-year", &a.fiscal_year)?,
                activities: a.activity,
                full_time: a.full_time,
                part_time: a.part_time,
                description: a.description,
                target_occupation: a.target_occupation,
                criteria: a.criterion,
            };
            let (program, outcome) =
                programs::add(&session, &a.provider, new, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "added program {} ({} {})",
                    program.id, program.program_type, program.fiscal_year
                ));
            }
            p.outcome(&outcome, &program.id.to_string())
        }
        ProviderCommand::RemoveProgram { id, yes, write } => {
            let program = programs::removable(&session, id).await?;
            if !write.dry_run {
                confirm(
                    format!(
                        "Remove program {id} ({} {} at {}, contract {})?",
                        program.program_type,
                        program.fiscal_year,
                        program.location,
                        program.contract
                    ),
                    yes,
                )
                .await?;
            }
            let (_, outcome) = programs::remove(&session, id, &write.options()).await?;
            p.outcome(&outcome, &id.to_string())
        }
        ProviderCommand::Programs {
            provider,
            fiscal_year,
        } => {
            let fy = fiscal_year
                .as_deref()
                .map(|f| FiscalYear::parse("--fiscal-year", f))
                .transpose()?;
            p.list(&programs::list(&session, &provider, fy).await?, "programs")
        }
        ProviderCommand::Program { id } => {
            let program = programs::show(&session, id).await?;
            let section = Section {
                title: None,
                headers: vec!["field", "value"],
                rows: programs::describe(&program),
            };
            p.detail(&id.to_string(), &program, &[section])
        }
        ProviderCommand::Services {
            provider,
            enable,
            disable,
            write,
        } => {
            if enable.is_empty() && disable.is_empty() {
                return p.list(&services::list(&session, &provider).await?, "services");
            }
            let (_, outcome) =
                services::update(&session, &provider, &enable, &disable, &write.options()).await?;
            if outcome.changes.is_empty() {
                p.status("nothing to change: the services were already as asked");
            }
            p.outcome(&outcome, &provider)
        }
        ProviderCommand::AddAppointmentSite {
            provider,
            name,
            location,
            instructions,
            write,
        } => {
            let new = NewSite {
                name,
                location,
                instructions,
            };
            let (site, outcome) =
                sites::add_site(&session, &provider, &new, &write.options()).await?;
            p.outcome(&outcome, &site.id.to_string())
        }
        ProviderCommand::AppointmentSites { provider } => p.list(
            &sites::list_sites(&session, &provider).await?,
            "appointment sites",
        ),
        ProviderCommand::AddAppointment(a) => {
            let schedule = Schedule {
                site: a.site,
                start: sites::parse_local_time("--start", &a.start)?,
                end: a
                    .end
                    .as_deref()
                    .map(|e| sites::parse_local_time("--end", e))
                    .transpose()?,
                openings: a.openings,
                weekly_until: a
                    .weekly_until
                    .as_deref()
                    .map(|d| parse_date("--weekly-until", d))
                    .transpose()?,
            };
            let (made, outcome) =
                sites::add_appointments(&session, &a.provider, &schedule, &a.write.options())
                    .await?;
            if !outcome.dry_run {
                p.status(format!("scheduled {} appointment(s)", made.len()));
            }
            let ids = made.iter().map(|m| m.key()).collect::<Vec<_>>().join("\n");
            p.outcome(&outcome, &ids)
        }
        ProviderCommand::Appointments { provider, site } => p.list(
            &sites::list_appointments(&session, &provider, site.as_deref()).await?,
            "appointments",
        ),
        ProviderCommand::AddWorksite(a) => {
            let new = NewWorksite {
                name: a.name,
                address: a.address,
                employment_type: a.employment_type.parse::<EmploymentType>()?,
                contact_name: a.contact,
                contact_phone: a.contact_phone,
                contact_email: a.contact_email,
            };
            let (site, outcome) =
                records::add_worksite(&session, &a.provider, &new, &a.write.options()).await?;
            p.outcome(&outcome, &site.id.to_string())
        }
        ProviderCommand::Worksites { provider } => {
            p.list(&records::worksites(&session, &provider).await?, "worksites")
        }
        ProviderCommand::AddAudit {
            provider,
            date,
            title,
            findings,
            write,
        } => {
            let date = parse_date("--date", &date)?;
            let (audit, outcome) = records::add_audit(
                &session,
                &provider,
                date,
                &title,
                &findings,
                &write.options(),
            )
            .await?;
            p.outcome(&outcome, &audit.id.to_string())
        }
        ProviderCommand::Audits { provider } => {
            p.list(&records::audits(&session, &provider).await?, "audits")
        }
        ProviderCommand::AddNote {
            provider,
            subject,
            message,
            write,
        } => {
            let (note, outcome) =
                records::add_note(&session, &provider, &subject, &message, &write.options())
                    .await?;
            p.outcome(&outcome, &note.id.to_string())
        }
        ProviderCommand::Notes { provider } => {
            p.list(&records::notes(&session, &provider).await?, "notes")
        }
    }
}

async fn show(ctx: &Ctx, session: &isets::session::Session, provider: &str) -> Result<()> {
    let d = providers::show(session, provider).await?;
    let mut sections = vec![Section {
        title: None,
        headers: vec!["field", "value"],
        rows: vec![
            vec!["name".into(), d.provider.name.clone()],
            vec!["id".into(), d.provider.id.to_string()],
            vec![
                "spcq_approved_on".into(),
                isets::output::opt(&d.provider.spcq_approved_on),
            ],
            vec![
                "active".into(),
                if d.missing.is_empty() {
                    "yes".into()
                } else {
                    format!(
                        "no: its users can do nothing until it has {} (P1, U2)",
                        d.missing
                            .iter()
                            .map(|m| {
                                let article = if m.starts_with(['a', 'e', 'i', 'o', 'u']) {
                                    "an"
                                } else {
                                    "a"
                                };
                                format!("{article} {m}")
                            })
                            .collect::<Vec<_>>()
                            .join(" and ")
                    )
                },
            ],
        ],
    }];
    sections.push(Section {
        title: Some("Contracts".into()),
        headers: <isets::providers::contracts::Contract as Tabular>::headers(),
        rows: d.contracts.iter().map(Tabular::cells).collect(),
    });
    sections.push(Section {
        title: Some("Locations".into()),
        headers: <isets::providers::locations::Location as Tabular>::headers(),
        rows: d.locations.iter().map(Tabular::cells).collect(),
    });
    sections.push(Section {
        title: Some("Programs".into()),
        headers: <isets::providers::programs::ProgramView as Tabular>::headers(),
        rows: d.programs.iter().map(Tabular::cells).collect(),
    });
    let disabled: Vec<String> = d
        .services
        .iter()
        .filter(|s| !s.enabled)
        .map(|s| s.code.clone())
        .collect();
    sections.push(Section {
        title: Some("Activities and services on career plans (P5)".into()),
        headers: vec!["enabled", "disabled"],
        rows: vec![vec![
            d.services
                .iter()
                .filter(|s| s.enabled)
                .map(|s| s.code.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            disabled.join(" "),
        ]],
    });
    sections.push(Section {
        title: Some("Appointment sites".into()),
        headers: <isets::providers::sites::Site as Tabular>::headers(),
        rows: d.appointment_sites.iter().map(Tabular::cells).collect(),
    });
    sections.push(Section {
        title: Some("Worksites".into()),
        headers: <isets::providers::records::Worksite as Tabular>::headers(),
        rows: d.worksites.iter().map(Tabular::cells).collect(),
    });
    sections.push(Section {
        title: Some("Audits".into()),
        headers: <isets::providers::records::ProviderAudit as Tabular>::headers(),
        rows: d.audits.iter().map(Tabular::cells).collect(),
    });
    if let Some(notes) = &d.notes {
        sections.push(Section {
            title: Some("Provider case notes".into()),
            headers: <isets::providers::records::Note as Tabular>::headers(),
            rows: notes.iter().map(Tabular::cells).collect(),
        });
    }
    if let Some(users) = &d.users {
        sections.push(Section {
            title: Some("Users".into()),
            headers: vec!["username", "name", "role", "since"],
            rows: users
                .iter()
                .map(|u| {
                    vec![
                        u.username.clone(),
                        format!("{} {}", u.first_name, u.last_name),
                        u.role.clone(),
                        u.added_at.date_naive().to_string(),
                    ]
                })
                .collect(),
        });
    }
    ctx.printer.detail(&d.provider.name, &d, &sections)
}
