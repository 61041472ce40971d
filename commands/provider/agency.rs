//! `isets provider add|set-spcq|list|show|add-location|locations`: the agency, its SPCQ
//! (U2) and its locations (P1).

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum AgencyCommand {
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

pub async fn run(ctx: &Ctx, session: &Session, cmd: AgencyCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        AgencyCommand::Add {
            name,
            spcq_approved_on,
            spcq_pending: _,
            write,
        } => {
            let spcq = spcq_approved_on
                .map(|d| parse_date("--spcq-approved-on", &d))
                .transpose()?;
            let (org, outcome) =
                isets::orgs::add_provider(session, &name, spcq, &write.options()).await?;
            if !outcome.dry_run {
                p.status(format!(
                    "added provider {} (id {}); P1: add a location and an executed contract next",
                    org.name, org.id
                ));
            }
            p.outcome(&outcome, &org.name)
        }
        AgencyCommand::SetSpcq {
            provider,
            approved_on,
            pending: _,
            write,
        } => {
            let spcq = approved_on
                .map(|d| parse_date("--approved-on", &d))
                .transpose()?;
            let (org, outcome) =
                isets::orgs::set_spcq(session, &provider, spcq, &write.options()).await?;
            p.outcome(&outcome, &org.name)
        }
        AgencyCommand::List {
            name,
            program: prog,
            county,
        } => {
            let filter = ListFilter {
                name,
                program: prog.as_deref().map(program).transpose()?,
                county,
            };
            p.list(&providers::list(session, &filter).await?, "providers")
        }
        AgencyCommand::Show { provider } => show(ctx, session, &provider).await,
        AgencyCommand::AddLocation(a) => {
            let new = NewLocation::new(&a.name, &a.address, &a.county, &a.dhs_office)?;
            let (loc, outcome) =
                locations::add(session, &a.provider, &new, &a.write.options()).await?;
            if !outcome.dry_run {
                p.status(format!("added location {} (id {})", loc.name, loc.id));
            }
            p.outcome(&outcome, &loc.id.to_string())
        }
        AgencyCommand::Locations { provider } => {
            p.list(&locations::list(session, &provider).await?, "locations")
        }
    }
}

async fn show(ctx: &Ctx, session: &Session, provider: &str) -> Result<()> {
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
