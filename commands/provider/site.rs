//! `isets provider add-appointment-site|appointment-sites|add-appointment|appointments`
//! and `add-worksite|worksites`: appointment sites, schedules and worksites (P7).

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum SiteCommand {
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

pub async fn run(ctx: &Ctx, session: &Session, cmd: SiteCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        SiteCommand::AddAppointmentSite {
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
                sites::add_site(session, &provider, &new, &write.options()).await?;
            p.outcome(&outcome, &site.id.to_string())
        }
        SiteCommand::AppointmentSites { provider } => p.list(
            &sites::list_sites(session, &provider).await?,
            "appointment sites",
        ),
        SiteCommand::AddAppointment(a) => {
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
                sites::add_appointments(session, &a.provider, &schedule, &a.write.options())
                    .await?;
            if !outcome.dry_run {
                p.status(format!("scheduled {} appointment(s)", made.len()));
            }
            let ids = made.iter().map(|m| m.key()).collect::<Vec<_>>().join("\n");
            p.outcome(&outcome, &ids)
        }
        SiteCommand::Appointments { provider, site } => p.list(
            &sites::list_appointments(session, &provider, site.as_deref()).await?,
            "appointments",
        ),
        SiteCommand::AddWorksite(a) => {
            let new = NewWorksite {
                name: a.name,
                address: a.address,
                employment_type: a.employment_type.parse::<EmploymentType>()?,
                contact_name: a.contact,
                contact_phone: a.contact_phone,
                contact_email: a.contact_email,
            };
            let (site, outcome) =
                records::add_worksite(session, &a.provider, &new, &a.write.options()).await?;
            p.outcome(&outcome, &site.id.to_string())
        }
        SiteCommand::Worksites { provider } => {
            p.list(&records::worksites(session, &provider).await?, "worksites")
        }
    }
}
