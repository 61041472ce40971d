//! The command line: global options, the subcommand tree, and the context each
//! command runs in. One file per subcommand group; each converts its arguments into a
//! core request, calls the core, and renders the result.

pub mod activity;
pub mod apply;
pub mod apply_format;
pub mod assessment;
pub mod attendance;
pub mod audit;
pub mod billing;
pub mod calendar;
pub mod caps;
pub mod config;
pub mod credential;
pub mod customer;
pub mod dashboard;
pub mod db;
pub mod document;
pub mod earnfare;
pub mod employment;
pub mod enroll;
pub mod ep;
pub mod exit;
pub mod federal_component;
pub mod generate;
pub mod ies;
pub mod ies_format;
pub mod init;
pub mod note;
pub mod org;
pub mod overrides;
pub mod provider;
pub mod referral;
pub mod report;
pub mod service;
pub mod settings;
pub mod staffing;
pub mod unexit;
pub mod user;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::parser::ValueSource;
use clap::{ArgMatches, Args, Parser, Subcommand};
use isets::config::{Inputs, Settings, Source};
use isets::db::Db;
use isets::db::roles::{LoginChange, Logins};
use isets::output::{ColorChoice, Format, Printer};
use isets::session::Session;
use isets::write::WriteOptions;
use isets::{Error, ExitCode, Result};

/// The exit-code table for `--help` and the man page, from the core's one table.
fn exit_codes_help() -> String {
    let mut text = String::from("Exit codes:\n");
    for (code, meaning) in isets::error::exit_code_table() {
        text.push_str(&format!("  {code:<3} {meaning}\n"));
    }
    text.trim_end().to_string()
}

/// Administration toolkit for ISETS, the Illinois SNAP Employment & Training System.
#[derive(Debug, Parser)]
#[command(
    name = "isets",
    version,
    about,
    long_about = "Administration toolkit for ISETS, the Illinois SNAP Employment & Training System.\n\n\
        Every command runs against one shared database (SQLite by default, PostgreSQL when \
        --database-url names one), as a known operator whose listings decide what it may do. \
        Every write is one transaction together with its audit record.",
    after_long_help = exit_codes_help(),
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Database: sqlite://PATH (embedded, the default) or postgres://USER@HOST/DB (shared)
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        hide_env_values = true,
        env = "ISETS_DATABASE_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub database_url: Option<String>,
    /// Act as this isets user (SQLite only; on PostgreSQL the database login is the operator)
    #[arg(
        id = "as_user",
        help_heading = "Global options",
        hide_env_values = true,
        long = "as",
        global = true,
        env = "ISETS_USER",
        value_name = "USER"
    )]
    pub as_user: Option<String>,
    /// Configuration file [default: $XDG_CONFIG_HOME/isets/config.toml]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        hide_env_values = true,
        env = "ISETS_CONFIG",
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Output format for data on stdout
    #[arg(long, global = true, help_heading = "Global options", hide_env_values = true, env = "ISETS_FORMAT", value_parser = Format::NAMES)]
    pub format: Option<String>,
    /// When to use colour (NO_COLOR turns it off)
    #[arg(long, global = true, help_heading = "Global options", hide_env_values = true, env = "ISETS_COLOR", value_parser = ColorChoice::NAMES, value_name = "WHEN")]
    pub color: Option<String>,
    /// Print only ids; no status messages
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,
    /// More log output on stderr (-v, -vv, -vvv); RUST_LOG also works
    #[arg(short, long, global = true, help_heading = "Global options", hide_env_values = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the schema, the organization IDHS and the first super user
    Init(init::InitArgs),
    /// Database schema: migrate, status and check
    #[command(subcommand)]
    Db(db::DbCommand),
    /// User accounts and their listings (U1–U6)
    #[command(subcommand)]
    User(user::UserCommand),
    /// Organizations: IDHS and the providers
    #[command(subcommand)]
    Org(org::OrgCommand),
    /// Provider agencies
    #[command(subcommand)]
    Provider(provider::ProviderCommand),
    /// Customers: find them in IES, enter, assign and search them, their record and team
    #[command(subcommand)]
    Customer(customer::CustomerCommand),
    /// Case notes on customers
    #[command(subcommand)]
    Note(note::NoteCommand),
    /// Documents attached to customers, such as the signed Employment Plan (E8)
    #[command(subcommand)]
    Document(document::DocumentCommand),
    /// The business-day calendar deadlines are counted on: closures and holidays (F7)
    ///
    /// Business days (F7) skip weekends and the State of Illinois holidays: New Year's
    /// Day, Martin Luther King Jr. Day, Lincoln's Birthday, Presidents' Day, Memorial Day,
    /// Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving,
    /// the day after Thanksgiving and Christmas Day, computed for every year. A holiday on
    /// a Saturday is observed the Friday before, on a Sunday the Monday after (a New
    /// Year's Day on a Saturday closes 31 December of the year before). The general
    /// Election Day is a holiday only in the years a law makes it one: those are added
    /// closures (2024 is). Super users add closures and reopen holidays; every operator
    /// reads the calendar.
    ///
    /// Deadlines (F5) are counted on it in Illinois time (America/Chicago): "48 business
    /// hours" is two business days from the moment action was needed, at the same time
    /// of day; a provider has 10 business days. Assumption (the manuals define no
    /// calendar): a moment on a weekend or a closed day counts from the start (midnight)
    /// of the next business day.
    #[command(subcommand)]
    Calendar(calendar::CalendarCommand),
    /// Assessments of customers: the Initial Screening and the Needs Assessment (A1–A5)
    #[command(subcommand)]
    Assessment(assessment::AssessmentCommand),
    /// Referrals IDHS → provider, reverse and provider → provider: send, answer, list (F1–F8)
    #[command(subcommand)]
    Referral(referral::ReferralCommand),
    /// Enroll a customer in a provider's program, with the default goal and planned activities (N1–N6)
    Enroll(enroll::EnrollArgs),
    /// The Employment Plan: show it, add, edit and remove its goals (E1, E3, E8)
    #[command(subcommand)]
    Ep(ep::EpCommand),
    /// Activities of a customer's Employment Plan: add, start, close, delete, extend (E2–E6)
    #[command(subcommand)]
    Activity(activity::ActivityCommand),
    /// Exit a customer from a provider's program (X1–X3, X6)
    Exit(exit::ExitArgs),
    /// Take back an exit on employment of 20+ hours a week found within 60 days (X4)
    Unexit(unexit::UnexitArgs),
    /// Weekly attendance of started activities, and its verification (E7)
    #[command(subcommand)]
    Attendance(attendance::AttendanceCommand),
    /// Support services of a customer's plan and their costs (E1, E3, V1–V5, V7)
    #[command(subcommand)]
    Service(service::ServiceCommand),
    /// Cost overrides past a support-service maximum: list, accept, reject (V4, V6)
    #[command(subcommand)]
    Override(overrides::OverrideCommand),
    /// Support-service maximums per customer and fiscal year (V3)
    #[command(subcommand)]
    Caps(caps::CapsCommand),
    /// Earnfare participation: the benefit amount, work hours and stipend (R1, R2)
    #[command(subcommand)]
    Earnfare(earnfare::EarnfareCommand),
    /// Statewide settings the rules read: the Earnfare figures (R1, R2)
    #[command(subcommand)]
    Settings(settings::SettingsCommand),
    /// The federal E&T component each activity is reported under on the FNS-583 (G3)
    #[command(subcommand)]
    FederalComponent(federal_component::FederalComponentCommand),
    /// Employment, its Job Retention and retention checks (M1–M5)
    #[command(subcommand)]
    Employment(employment::EmploymentCommand),
    /// A provider program's monthly staffing: its packet, customers, steps and the month lock (B1–B3, B8, B10)
    #[command(subcommand)]
    Staffing(staffing::StaffingCommand),
    /// The billing packet of an approved staffing: submit, approve (final), request changes (B4, B8)
    #[command(subcommand)]
    Billing(billing::BillingCommand),
    /// Credentials a customer earned (C1)
    #[command(subcommand)]
    Credential(credential::CredentialCommand),
    /// The dashboard: per provider, the year's counts against contract goals, referrals,
    /// redeterminations and what needs doing (D1–D4); --list shows what a count counted
    ///
    /// One row per provider within reach (§1: a provider role's own providers; statewide
    /// roles every provider, or the one --provider names), in four sections:
    ///
    /// D1: for each goal category of the provider's contracts in force today, the goal
    /// (summed when several contracts set it) and the customers counted in the state
    /// fiscal year to date (1 July to today, P3). D2: referrals sent, received, accepted
    /// and rejected this fiscal year; those pending 48 business hours after they were sent
    /// (red flags) and past their own deadline (overdue), now. D3: customers with a
    /// redetermination within 60 days; under 30 days are red flags. D4: assessments due
    /// soon or overdue (A2), Needs Assessments missing (A3), Job Retention contacts due
    /// (M5), cost overrides pending (V6) and staffings due or late (B1, B8). Red flags
    /// are red on a colour terminal.
    ///
    /// Every goal category a contract can set (P2) is counted (each line's help below says
    /// how); none is left uncounted. They are counted per provider, not per contract: a
    /// credential or a job is recorded with a provider, not with one of its contracts.
    ///
    /// "The provider's customers" are those assigned to one of its programs (S5) and not
    /// exited from it. Every count is of customers (each once per provider), except the
    /// referrals, overrides and staffings, which count those. Lines counted from
    /// assessments and case notes are not counted for roles that do not read them
    /// (billing): they show n/a with a warning.
    ///
    /// It is of now: there is no --as-of, as pending referrals and overrides are kept as
    /// they stand today. A read: nothing is written or audited.
    Dashboard(dashboard::DashboardArgs),
    /// The IES extract: import it, list the imports (format: man 5 isets-ies)
    #[command(subcommand)]
    Ies(ies::IesCommand),
    /// Create or update providers from a TOML file, in one transaction (format: man 5 isets-apply)
    Apply(apply::ApplyArgs),
    /// Show what `isets apply FILE` would change (exit 1 when changes are pending)
    Plan(apply::PlanArgs),
    /// Reports: the 4333 roster, employment, support services, the 2606 (B5, B6) and the FNS-583 (G1–G5)
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// The audit log: list it, verify its chain, print its head
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Configuration
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Generate shell completions and man pages
    #[command(subcommand)]
    Generate(generate::GenerateCommand),
}

/// `--dry-run` and `--reason`, on every command that writes.
#[derive(Debug, Args, Clone)]
pub struct WriteArgs {
    /// Do everything, then roll back and show what would have changed
    #[arg(long)]
    pub dry_run: bool,
    /// Why: recorded with the audit record
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

impl WriteArgs {
    pub fn options(&self) -> WriteOptions {
        WriteOptions {
            dry_run: self.dry_run,
            reason: self.reason.clone(),
        }
    }
}

/// `--create-login` and `--print-sql`: what a listing change does to the user's
/// PostgreSQL login.
#[derive(Debug, Args, Clone)]
pub struct LoginArgs {
    /// PostgreSQL: create the user's database login if missing and grant the group roles of
    /// their listings (needs membership of isets_login_admin, which super users' logins get)
    #[arg(long, conflicts_with = "print_sql")]
    pub create_login: bool,
    /// PostgreSQL: change no login; print the SQL that creates it or brings its group roles in
    /// step with the listings, for a DBA to run
    #[arg(long)]
    pub print_sql: bool,
}

impl LoginArgs {
    pub fn mode(&self) -> Logins {
        if self.create_login {
            Logins::Create
        } else if self.print_sql {
            Logins::PrintSql
        } else {
            Logins::InStep
        }
    }
}

/// Prints a write's changes and what happened to the login: with `--print-sql` the SQL
/// alone goes to standard output (the changes to standard error), so it can be piped to
/// `psql`; a login the operator could not change is reported with the SQL for a DBA.
pub fn print_outcome(
    ctx: &Ctx,
    outcome: &isets::write::Outcome,
    key: &str,
    login: Option<&LoginChange>,
    logins: Logins,
) -> Result<()> {
    let pending = login.filter(|l| !l.applied);
    match pending {
        Some(change) if logins == Logins::PrintSql => {
            if ctx.printer.format == isets::output::Format::Table {
                use isets::output::Report;
                for line in outcome.lines() {
                    ctx.printer.status(line);
                }
                ctx.printer.text(&change.sql)
            } else {
                ctx.printer.outcome(outcome, key)
            }
        }
        Some(change) => {
            ctx.printer.outcome(outcome, key)?;
            ctx.printer.warn(format!(
                "{} is not done: this login may not change logins; a DBA runs (`isets db check-roles` lists it too):\n{}",
                change.line(),
                change.sql.trim_end()
            ));
            Ok(())
        }
        None => ctx.printer.outcome(outcome, key),
    }
}

/// What every command runs with: effective settings, the printer, the command line.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
    pub command_line: String,
}

fn given(matches: &ArgMatches, id: &str, env: &str) -> isets::config::Given {
    let value = matches.get_one::<String>(id)?.clone();
    let source = match matches.value_source(id)? {
        ValueSource::EnvVariable => Source::Env(env.to_string()),
        _ => Source::Flag,
    };
    Some((value, source))
}

/// A2's "due soon" window: `--due-soon-days` where the command takes it, else
/// `ISETS_ASSESSMENT_DUE_SOON_DAYS` (read here so that `config show` reports it too).
fn due_soon_days(matches: &ArgMatches) -> isets::config::Given {
    const ENV: &str = "ISETS_ASSESSMENT_DUE_SOON_DAYS";
    let flag = matches
        .try_get_one::<String>("due_soon_days")
        .ok()
        .flatten()
        .map(|v| (v.clone(), Source::Flag));
    flag.or_else(|| {
        std::env::var(ENV)
            .ok()
            .filter(|v| !v.is_empty())
            .map(|v| (v, Source::Env(ENV.to_string())))
    })
}

/// The global options wherever they were given: clap keeps a global flag given after
/// a subcommand on the deepest subcommand's matches.
fn deepest(matches: &ArgMatches) -> &ArgMatches {
    match matches.subcommand() {
        Some((_, sub)) => deepest(sub),
        None => matches,
    }
}

impl Ctx {
    pub fn new(global: &GlobalArgs, matches: &ArgMatches) -> Result<Ctx> {
        let m = deepest(matches);
        let inputs = Inputs {
            config_file: global.config.clone(),
            database_url: given(m, "database_url", "ISETS_DATABASE_URL"),
            operator: given(m, "as_user", "ISETS_USER"),
            format: given(m, "format", "ISETS_FORMAT"),
            color: given(m, "color", "ISETS_COLOR"),
            due_soon_days: due_soon_days(m),
        };
        let settings = isets::config::resolve(&inputs)?;
        let printer = Printer::new(settings.format.value, global.quiet, settings.color.value);
        Ok(Ctx {
            settings,
            printer,
            command_line: isets::redact::command_line(std::env::args()),
        })
    }

    pub fn database_url(&self) -> &str {
        &self.settings.database_url.value
    }

    pub fn operator(&self) -> Option<&str> {
        self.settings.operator.as_ref().map(|s| s.value.as_str())
    }

    pub async fn connect(&self, create: bool) -> Result<Db> {
        Db::connect(self.database_url(), create).await
    }

    /// Connects and identifies the operator; the schema must be current.
    pub async fn session(&self) -> Result<Session> {
        let db = self.connect(false).await?;
        Session::open(db, self.operator(), self.command_line.clone()).await
    }
}

/// Prompts only when a person is there to answer: stdin and stderr both terminals.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks for confirmation on a terminal; `--yes` skips it; without a terminal and
/// without `--yes` the command refuses.
pub async fn confirm(question: String, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        return Err(Error::NotConfirmed(format!(
            "{question} — no terminal to confirm on: re-run with --yes"
        )));
    }
    let prompt = question.clone();
    let answer = tokio::task::spawn_blocking(move || {
        dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(false)
            .interact_opt()
    })
    .await
    .map_err(|e| Error::Internal(e.to_string()))?
    .map_err(|e| Error::Internal(format!("prompt: {e}")))?;
    match answer {
        Some(true) => Ok(()),
        _ => Err(Error::NotConfirmed("declined: nothing was changed".into())),
    }
}

/// The flag that gives a field the core names as the data does. Flags and places in a
/// file pass through; fields whose flag is not their kebab-case name are listed.
fn flag_of(field: &str) -> String {
    const RENAMED: [(&str, &str); 8] = [
        ("activities", "--activity"),
        ("date_of_birth", "--dob"),
        ("first_name", "--first"),
        ("last_name", "--last"),
        ("goals", "--goal"),
        ("contact_name", "--contact"),
        ("username", "USERNAME"),
        ("service", "--enable/--disable"),
    ];
    if !field.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return field.to_string();
    }
    RENAMED
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, flag)| flag.to_string())
        .unwrap_or_else(|| format!("--{}", field.replace('_', "-")))
}

pub async fn run(cli: Cli, matches: &ArgMatches) -> Result<ExitCode> {
    dispatch(cli, matches)
        .await
        .map_err(|e| e.in_field(flag_of))
}

async fn dispatch(cli: Cli, matches: &ArgMatches) -> Result<ExitCode> {
    if let Command::Generate(cmd) = &cli.command {
        return generate::run(cmd).map(|_| ExitCode::Success);
    }
    let ctx = Ctx::new(&cli.global, matches)?;
    let done = match cli.command {
        Command::Apply(args) => return apply::apply(&ctx, args).await,
        Command::Plan(args) => return apply::plan(&ctx, args).await,
        Command::Ies(cmd) => return ies::run(&ctx, cmd).await,
        Command::Referral(cmd) => return referral::run(&ctx, cmd).await,
        Command::Init(args) => init::run(&ctx, args).await,
        Command::Db(cmd) => db::run(&ctx, cmd).await,
        Command::User(cmd) => user::run(&ctx, cmd).await,
        Command::Org(cmd) => org::run(&ctx, cmd).await,
        Command::Customer(cmd) => customer::run(&ctx, cmd).await,
        Command::Note(cmd) => note::run(&ctx, cmd).await,
        Command::Document(cmd) => document::run(&ctx, cmd).await,
        Command::Enroll(args) => enroll::run(&ctx, args).await,
        Command::Ep(cmd) => ep::run(&ctx, cmd).await,
        Command::Assessment(cmd) => assessment::run(&ctx, cmd).await,
        Command::Provider(cmd) => provider::run(&ctx, cmd).await,
        Command::Audit(cmd) => audit::run(&ctx, cmd).await,
        Command::Calendar(cmd) => calendar::run(&ctx, cmd).await,
        Command::Activity(cmd) => activity::run(&ctx, cmd).await,
        Command::Attendance(cmd) => attendance::run(&ctx, cmd).await,
        Command::Exit(args) => exit::run(&ctx, args).await,
        Command::Unexit(args) => unexit::run(&ctx, args).await,
        Command::Service(cmd) => service::run(&ctx, cmd).await,
        Command::Override(cmd) => overrides::run(&ctx, cmd).await,
        Command::Caps(cmd) => caps::run(&ctx, cmd).await,
        Command::Earnfare(cmd) => earnfare::run(&ctx, cmd).await,
        Command::Settings(cmd) => settings::run(&ctx, cmd).await,
        Command::Staffing(cmd) => staffing::run(&ctx, cmd).await,
        Command::Billing(cmd) => billing::run(&ctx, cmd).await,
        Command::FederalComponent(cmd) => federal_component::run(&ctx, cmd).await,
        Command::Employment(cmd) => employment::run(&ctx, cmd).await,
        Command::Credential(cmd) => credential::run(&ctx, cmd).await,
        Command::Report(cmd) => report::run(&ctx, cmd).await,
        Command::Dashboard(args) => dashboard::run(&ctx, args).await,
        Command::Config(cmd) => config::run(&ctx, cmd),
        Command::Generate(_) => Ok(()),
    };
    done.map(|_| ExitCode::Success)
}

#[cfg(test)]
mod tests {
    use super::flag_of;

    #[test]
    fn a_core_field_is_named_by_its_flag_and_places_pass_through() {
        assert_eq!(flag_of("dhs_office"), "--dhs-office");
        assert_eq!(flag_of("date_of_birth"), "--dob");
        assert_eq!(flag_of("activities"), "--activity");
        assert_eq!(flag_of("--dob"), "--dob");
        assert_eq!(flag_of("provider[0].dob"), "provider[0].dob");
        assert_eq!(flag_of("USERNAME"), "USERNAME");
    }
}
