//! `isets customer …`: finding people in the IES data and making them ISETS customers
//! (DOMAIN.md §5, S1–S6), their record, history and Integrated Resource Team (§16).

use clap::{Args, Subcommand};
use isets::customers::add::NewCustomer;
use isets::customers::assign::Assignment;
use isets::customers::edit::Edit;
use isets::customers::team::Membership;
use isets::customers::{self, IesQuery, Query};
use isets::output::{Section, Tabular};
use isets::{Error, Result};

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum CustomerCommand {
    /// Search the IES data: both names and one more field, matched exactly (S1); a match
    /// whose data suggests the person is most likely ineligible is marked (S2); with --email,
    /// one match becomes an ISETS customer unless they have an account already (S3)
    SearchIes(SearchIesArgs),
    /// Search ISETS customers within reach: a last name's start (with --first, or an
    /// initial), a case number, an individual number, or a provider's list (S6)
    Search(SearchArgs),
    /// A customer's history: each field an import or ISETS changed and each SNAP status,
    /// with who and when (I2, I3)
    History {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
    /// Enter a person who is not in the IES data yet, exactly as IES has them, for a
    /// pending case; IDHS staff only. The next import reconciles the record (S4)
    Add(Box<AddArgs>),
    /// Assign a customer to a program of a provider, with the IDHS office (S5)
    Assign(AssignArgs),
    /// Change what ISETS may change of the IES fields: the SNAP status (IDHS staff) or
    /// the case number (the customer's providers); the next import overwrites both (I2)
    Edit(EditArgs),
    /// A customer's Overview: profile, programs, referrals, status, team, attendance,
    /// activities, support services and outcomes (the SSN as its last four digits only)
    Show {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
    /// The customer's Integrated Resource Team: the partners with access (K1)
    #[command(subcommand)]
    Team(TeamCommand),
    /// The E&T status and its history (T1); with --set, a status set by hand as T5 allows
    #[command(long_about = STATUS_ABOUT, after_help = "Examples:\n  isets customer status 123456789\n  \
        isets customer status 123456789 --set inactive --reason \"surgery, back in three weeks\"")]
    Status {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// The status to set by hand: inactive, active (back from inactive), wait-list or
        /// consent-revoked (T5)
        #[arg(long, value_name = "STATUS", value_parser = parse_status)]
        set: Option<isets::et_status::EtStatus>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Set the customer's level of progress (T4)
    #[command(
        after_help = "Example:\n  isets customer progress 123456789 --level not-participating --reason \"missed three weeks\""
    )]
    Progress {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// acceptable, not-participating, not-progressing or not-appropriate (no longer
        /// appropriate for provider services)
        #[arg(long, value_parser = parse_progress)]
        level: isets::et_status::Progress,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// The current programs ranked by how well they fit the customer's current Initial
    /// Screening, with a match percentage (A1, P4)
    #[command(
        long_about = RECOMMEND_ABOUT,
        after_help = "Examples:\n  isets customer recommend 123456789\n  isets customer recommend 123456789 --all --format json"
    )]
    Recommend {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// Also list programs that match 0% (the manual's "Show 0% matches")
        #[arg(long)]
        all: bool,
    },
}

const STATUS_ABOUT: &str = "The customer's E&T status (DOMAIN.md §8) with every change, who made it, \
when, why and what caused it (T1). ISETS moves the status itself (T2): a referral sent takes a \
customer who is not enrolled to Pending Referral Approval, and its rejection, while that is still their \
status, to Referral Rejected. By hand, those who do the customer's case work set (T5): inactive, to pause an \
Active customer (T3: more than 30 days Inactive is flagged, never refused); active, when an Inactive \
customer returns; wait-list, for an eligible customer a program has no room for yet; consent-revoked, \
at any time. A status set by hand needs --reason, which the history keeps.";

fn parse_status(s: &str) -> std::result::Result<isets::et_status::EtStatus, String> {
    s.parse()
}

fn parse_progress(s: &str) -> std::result::Result<isets::et_status::Progress, String> {
    s.parse()
}

/// How `customer recommend` scores, for its help and man page (`isets::assessments::score`).
const RECOMMEND_ABOUT: &str = "The programs of the current fiscal year (P3) that the operator may view, \
ranked by how well they fit the customer's current Initial Screening (A1: one completed within the \
last 12 months is required), best first, as the manual's \"Recommended Programs\" does. Programs \
matching 0% are left out unless --all. JSON gives each part's points and the criteria not judged.

The match is the points earned over the points of the parts that count:
  location    30  the program's location is in the customer's county
  schedule    20  offered full time / part time as the customer is available (either suits both)
  occupation  20  target occupation = desired SOC (20), same major group, the first two
                  digits (10), or the desired occupation's words in the program's
                  description (10); counts when the screening names an occupation
  activities  15  share of the customer's needs the program's activities serve; counts when
                  the screening shows one: no high school diploma -> BE; limited-english ->
                  ELA; a desired occupation -> VT, OJT, INT or A/BA; no-work-history -> WRT,
                  TJ, CW, INT or CS
  criteria    15  share of the program's criteria (P4) the answers meet; counts when the
                  program has one this scoring understands
A part the program says nothing about earns nothing, so a program with little information \
matches little.

Criteria understood (any case): \"Cook County\" or \"county: Cook\"; \"full time\", \"part time\"; \
\"no high school diploma\", \"high school diploma\" (or higher), \"education: LEVEL\" (exactly) or \
\"education: LEVEL or higher\"; a barrier (\"childcare\", \"limited english\", \"barrier: housing\"); \
\"interested in TEXT\" or \"occupation: TEXT\" (matched against the desired occupation); \
\"soc: NN-NNNN\" or a bare SOC code (NN-0000: the whole major group). Others (\"ABAWD\", \
\"age 18+\") are not judged.";

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Put a partner on the customer's team, through one of their organizations (K1)
    Add(TeamArgs),
    /// Take a partner off the team (they keep the history; --reason is recorded)
    Remove(TeamArgs),
    /// The team: current members first, then former ones
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
}

#[derive(Debug, Args)]
pub struct TeamArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The partner's username
    #[arg(long, value_name = "USERNAME")]
    pub user: String,
    /// The organization the partner is on the team for (where they are listed)
    #[arg(long, value_name = "NAME")]
    pub org: String,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The 9-digit individual number IES gave the person
    #[arg(long, value_name = "NUMBER")]
    pub individual_number: String,
    /// The SNAP case number
    #[arg(long, value_name = "NUMBER")]
    pub case_number: String,
    /// Last name, as IES has it
    #[arg(long = "last", value_name = "NAME")]
    pub last_name: String,
    /// First name, as IES has it
    #[arg(long = "first", value_name = "NAME")]
    pub first_name: String,
    /// Date of birth: YYYY-MM-DD or MM/DD/YYYY
    #[arg(long, value_name = "DATE")]
    pub dob: String,
    /// The last four digits of the SSN
    #[arg(long, value_name = "NNNN")]
    pub ssn_last4: String,
    /// The person's email, which is also their ISETS account
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub street: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub zip: Option<String>,
    #[arg(long)]
    pub county: Option<String>,
    /// YYYY-MM-DD or MM/DD/YYYY
    #[arg(long, value_name = "DATE")]
    pub redetermination_date: Option<String>,
    /// YYYY-MM-DD or MM/DD/YYYY
    #[arg(long, value_name = "DATE")]
    pub midpoint_date: Option<String>,
    /// Able-bodied adult without dependents: Y or N
    #[arg(long, value_name = "Y|N")]
    pub abawd: Option<String>,
    /// The IDHS office (FCRC) the customer belongs to
    #[arg(long, value_name = "OFFICE")]
    pub office: String,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The provider
    #[arg(long, value_name = "NAME")]
    pub provider: String,
    /// The program's id (see `isets provider programs PROVIDER`)
    #[arg(long, value_name = "ID")]
    pub program: i64,
    /// The IDHS office (FCRC)
    #[arg(long, value_name = "OFFICE")]
    pub office: String,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// Y, N or P (pending application): IDHS staff only
    #[arg(long, value_name = "Y|N|P")]
    pub snap_status: Option<String>,
    /// The SNAP case number: the customer's providers
    #[arg(long, value_name = "NUMBER")]
    pub case_number: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The start of the last name
    #[arg(long, value_name = "NAME")]
    pub last: Option<String>,
    /// A first name or its initial (with --last)
    #[arg(long, value_name = "NAME")]
    pub first: Option<String>,
    /// The SNAP case number
    #[arg(long, value_name = "NUMBER")]
    pub case_number: Option<String>,
    /// The 9-digit individual number
    #[arg(long, value_name = "NUMBER")]
    pub individual_number: Option<String>,
    /// The customers assigned to this provider
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// At most this many, exact last names first
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub limit: u32,
}

#[derive(Debug, Args)]
pub struct SearchIesArgs {
    /// First name, spelled as IES has it
    #[arg(long, value_name = "NAME")]
    pub first: String,
    /// Last name, spelled as IES has it
    #[arg(long, value_name = "NAME")]
    pub last: String,
    /// The 9-digit individual number (the surest match)
    #[arg(long, value_name = "NUMBER")]
    pub individual_number: Option<String>,
    /// The SNAP case number
    #[arg(long, value_name = "NUMBER")]
    pub case_number: Option<String>,
    /// Date of birth as MM/DD/YYYY
    #[arg(long, value_name = "MM/DD/YYYY")]
    pub dob: Option<String>,
    /// Then look for the person's ISETS account by this email, and make one from the IES
    /// data when there is none (S3)
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

async fn search_ies(ctx: &Ctx, args: SearchIesArgs) -> Result<()> {
    let query = IesQuery {
        first: args.first,
        last: args.last,
        individual_number: args.individual_number,
        case_number: args.case_number,
        dob: args.dob,
    };
    let session = ctx.session().await?;
    let found = customers::search_ies(&session, &query).await?;
    for m in &found {
        if let Some(why) = &m.likely_ineligible {
            ctx.printer.warn(format!(
                "rule S2: {} {} ({}) is most likely ineligible ({why}): verify in IES first; they may be added anyway",
                m.first_name, m.last_name, m.individual_number
            ));
        }
    }
    let Some(email) = args.email else {
        ctx.printer.list(&found, "IES matches")?;
        if found.is_empty() {
            return Err(Error::NotFound(
                "no one in the IES data matches exactly: check the spelling of the names, the numbers and the date of birth (S1)"
                    .into(),
            ));
        }
        return Ok(());
    };
    let one = match found.as_slice() {
        [] => {
            return Err(Error::NotFound(
                "no one in the IES data matches exactly: nothing was changed (S1)".into(),
            ));
        }
        [one] => one,
        _ => {
            ctx.printer.list(&found, "IES matches")?;
            return Err(Error::Usage(format!(
                "{} people match: add --individual-number to choose one; nothing was changed",
                found.len()
            )));
        }
    };
    let linked = customers::link(&session, one, &email, &args.write.options()).await?;
    ctx.printer
        .detail(&linked.individual_number, &linked, &[])?;
    if linked.created {
        ctx.printer.done(
            args.write.dry_run,
            format!(
                "{} {} ({}) is now an ISETS customer, account {}",
                one.first_name, one.last_name, one.individual_number, linked.email
            ),
        );
    } else {
        ctx.printer.status(format!(
            "{} {} ({}) is an ISETS customer already, account {}: nothing changed",
            one.first_name, one.last_name, one.individual_number, linked.email
        ));
    }
    Ok(())
}

async fn add(ctx: &Ctx, a: AddArgs) -> Result<()> {
    let mut fields = vec![
        ("individual_number", a.individual_number),
        ("case_number", a.case_number),
        ("last_name", a.last_name),
        ("first_name", a.first_name),
        ("dob", a.dob),
        ("ssn_last4", a.ssn_last4),
    ];
    for (column, value) in [
        ("email", a.email),
        ("phone", a.phone),
        ("street", a.street),
        ("city", a.city),
        ("zip", a.zip),
        ("county", a.county),
        ("redetermination_date", a.redetermination_date),
        ("midpoint_date", a.midpoint_date),
        ("abawd", a.abawd),
    ] {
        if let Some(value) = value {
            fields.push((column, value));
        }
    }
    let new = NewCustomer {
        fields,
        office: a.office,
    };
    let session = ctx.session().await?;
    let added = customers::add::add(&session, &new, &a.write.options()).await?;
    ctx.printer.detail(&added.individual_number, &added, &[])?;
    ctx.printer.done(a.write.dry_run, format!(
        "{} {} ({}) entered by hand as a pending case; the next IES import reconciles the record (S4)",
        added.first_name, added.last_name, added.individual_number
    ));
    Ok(())
}

async fn show(ctx: &Ctx, number: &str) -> Result<()> {
    let session = ctx.session().await?;
    let o = customers::show::show(&session, number).await?;
    let plan = isets::enrollment::plan::Plan {
        individual_number: o.profile.individual_number.clone(),
        goals: o.activities.clone(),
        flags: o.plan_flags.clone(),
    };
    let mut sections = vec![
        Section {
            title: None,
            headers: vec!["field", "value"],
            rows: o.profile_rows(),
        },
        Section {
            title: Some("Programs (S5)".into()),
            headers: <customers::show::Program as Tabular>::headers(),
            rows: o.programs.iter().map(Tabular::cells).collect(),
        },
        Section {
            title: Some("Enrollments (N1–N6)".into()),
            headers: <isets::enrollment::plan::EnrollmentRow as Tabular>::headers(),
            rows: o.enrollments.iter().map(Tabular::cells).collect(),
        },
        Section {
            title: Some("Referrals".into()),
            headers: isets::referrals::list::Referral::overview_headers(),
            rows: o.referrals.iter().map(|r| r.overview_cells()).collect(),
        },
        Section {
            title: Some("Integrated Resource Team (K1)".into()),
            headers: <customers::team::Member as Tabular>::headers(),
            rows: o.team.iter().map(Tabular::cells).collect(),
        },
        Section {
            title: Some("Attendance (E7)".into()),
            headers: <isets::activities::attendance::Summary as Tabular>::headers(),
            rows: o.attendance.iter().map(Tabular::cells).collect(),
        },
        Section {
            title: Some("Activities".into()),
            headers: <isets::enrollment::plan::PlanRow as Tabular>::headers(),
            rows: plan.rows().iter().map(Tabular::cells).collect(),
        },
    ];
    sections.extend(o.support_services.sections());
    sections.extend(isets::exits::overview::sections(
        &o.outcomes.checklist,
        &o.outcomes.exits,
        &o.outcomes.milestones,
    ));
    // M1–M3, C1: the Overview's Employment and Credentials Earned.
    sections.extend(o.outcomes.employment.sections());
    sections.push(isets::credentials::section(&o.outcomes.credentials));
    if !plan.flags.is_empty() {
        sections.extend(plan.sections(None).into_iter().skip(1));
    }
    if let Some(earnfare) = &o.earnfare {
        sections.extend(earnfare.sections());
    }
    ctx.printer
        .detail(&o.profile.individual_number, &o, &sections)
}

async fn team(ctx: &Ctx, cmd: TeamCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        TeamCommand::List { individual_number } => {
            let members = customers::team::list(&session, &individual_number).await?;
            ctx.printer.list(&members, "team members")
        }
        TeamCommand::Add(a) => team_change(ctx, &session, a, Membership::Add).await,
        TeamCommand::Remove(a) => team_change(ctx, &session, a, Membership::Remove).await,
    }
}

async fn team_change(
    ctx: &Ctx,
    session: &isets::session::Session,
    a: TeamArgs,
    membership: Membership,
) -> Result<()> {
    customers::team::change(
        session,
        &a.individual_number,
        &a.user,
        &a.org,
        membership,
        &a.write.options(),
    )
    .await?;
    let on = match membership {
        Membership::Add => "on",
        Membership::Remove => "off",
    };
    ctx.printer.done(
        a.write.dry_run,
        format!(
            "{} is {on} the team of customer {} for {}",
            a.user, a.individual_number, a.org
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: CustomerCommand) -> Result<()> {
    match cmd {
        CustomerCommand::Add(args) => add(ctx, *args).await,
        CustomerCommand::Show { individual_number } => show(ctx, &individual_number).await,
        CustomerCommand::Team(cmd) => team(ctx, cmd).await,
        CustomerCommand::Status {
            individual_number,
            set,
            write,
        } => {
            let session = ctx.session().await?;
            if let Some(to) = set {
                let now = isets::et_status::set(&session, &individual_number, to, &write.options())
                    .await?;
                ctx.printer.detail(&individual_number, &now, &[])?;
                ctx.printer.done(
                    write.dry_run,
                    format!("E&T status of {individual_number}: {}", now.status),
                );
                return Ok(());
            }
            let report = isets::et_status::show(&session, &individual_number).await?;
            let c = &report.current;
            let sections = vec![
                Section {
                    title: None,
                    headers: vec!["field", "value"],
                    rows: vec![
                        vec!["et_status".into(), c.status.to_string()],
                        vec![
                            "since".into(),
                            c.since
                                .as_ref()
                                .map(isets::output::time)
                                .unwrap_or_default(),
                        ],
                        vec![
                            "progress".into(),
                            c.progress.map(|p| p.to_string()).unwrap_or_default(),
                        ],
                    ],
                },
                Section {
                    title: Some("Status history (T1)".into()),
                    headers: <isets::et_status::HistoryEntry as Tabular>::headers(),
                    rows: report.history.iter().map(Tabular::cells).collect(),
                },
            ];
            ctx.printer.detail(&individual_number, &report, &sections)?;
            if c.inactive_over_30_days {
                ctx.printer.warn(format!(
                    "{individual_number} has been Inactive for more than {} days (T3): \
                     consider exiting them at the end of the fiscal year",
                    isets::et_status::INACTIVE_DAYS_FLAGGED
                ));
            }
            Ok(())
        }
        CustomerCommand::Progress {
            individual_number,
            level,
            write,
        } => {
            let session = ctx.session().await?;
            let now = isets::et_status::set_progress(
                &session,
                &individual_number,
                level,
                &write.options(),
            )
            .await?;
            ctx.printer.detail(&individual_number, &now, &[])?;
            ctx.printer.done(
                write.dry_run,
                format!("level of progress of {individual_number}: {level}"),
            );
            Ok(())
        }
        CustomerCommand::Assign(a) => {
            let session = ctx.session().await?;
            let assigned = customers::assign::assign(
                &session,
                &Assignment {
                    customer: a.individual_number,
                    provider: a.provider,
                    program: a.program,
                    office: a.office,
                },
                &a.write.options(),
            )
            .await?;
            ctx.printer
                .detail(&assigned.individual_number, &assigned, &[])?;
            ctx.printer.done(
                a.write.dry_run,
                format!(
                    "{} assigned to program {} of {} at {}, office {}",
                    assigned.individual_number,
                    assigned.program,
                    assigned.provider,
                    assigned.location,
                    assigned.office
                ),
            );
            Ok(())
        }
        CustomerCommand::Edit(a) => {
            let session = ctx.session().await?;
            let edited = customers::edit::edit(
                &session,
                &Edit {
                    customer: a.individual_number.clone(),
                    snap_status: a.snap_status,
                    case_number: a.case_number,
                },
                &a.write.options(),
            )
            .await?;
            ctx.printer.detail(&a.individual_number, &edited, &[])?;
            if edited.is_empty() {
                ctx.printer.status(format!(
                    "{} has these values already: nothing changed",
                    a.individual_number
                ));
            }
            for e in &edited {
                ctx.printer.done(
                    a.write.dry_run,
                    format!(
                        "{}: {} {} → {} (the next IES import overwrites it, I2)",
                        a.individual_number, e.field, e.old, e.new
                    ),
                );
            }
            Ok(())
        }
        CustomerCommand::SearchIes(args) => search_ies(ctx, args).await,
        CustomerCommand::Recommend {
            individual_number,
            all,
        } => {
            let session = ctx.session().await?;
            let found =
                isets::assessments::recommend::recommend(&session, &individual_number, all).await?;
            ctx.printer.status(format!(
                "matched on the Initial Screening completed on {} (assessment {}, current until {})",
                found.screening.completed_on,
                found.screening.assessment_id,
                found.screening.due_on.pred_opt().unwrap_or(found.screening.due_on)
            ));
            ctx.printer.list(&found.programs, "programs")
        }
        CustomerCommand::History { individual_number } => {
            let session = ctx.session().await?;
            let entries = customers::history(&session, &individual_number).await?;
            ctx.printer.list(&entries, "changes")
        }
        CustomerCommand::Search(args) => {
            let query = Query {
                first: args.first,
                last: args.last,
                case_number: args.case_number,
                individual_number: args.individual_number,
                provider: args.provider,
                limit: args.limit,
            };
            let session = ctx.session().await?;
            let found = customers::search(&session, &query).await?;
            ctx.printer.list(&found, "customers")
        }
    }
}
