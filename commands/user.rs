//! `isets user add|remove|list|show`.

use clap::{Args, Subcommand};
use isets::orgs::Organization;
use isets::output::{Section, opt, time};
use isets::permissions::Role;
use isets::session::Session;
use isets::users::{self, AddKind, AddUser, Authorization, ListFilter, Person, Removal};
use isets::values::{parse_date, parse_email, parse_username, required_text};
use isets::write::Step;
use isets::{Error, Result};

use isets::db::roles::Logins;

use super::{Ctx, LoginArgs, WriteArgs, confirm, interactive, print_outcome};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user with a listing; an existing account for the same person is reused (U1–U4)
    Add(AddArgs),
    /// Remove one listing or all of them; the account and its history stay (U5)
    Remove(RemoveArgs),
    /// List users with their listings and last activity (U6)
    List(ListArgs),
    /// Show one user with every listing, past and present
    Show {
        /// Username
        username: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Username (lower case; on PostgreSQL also their database login)
    pub username: Option<String>,
    /// First name (U1)
    #[arg(long = "first", value_name = "NAME")]
    pub first_name: Option<String>,
    /// Last name (U1)
    #[arg(long = "last", value_name = "NAME")]
    pub last_name: Option<String>,
    /// Email (U1)
    #[arg(long)]
    pub email: Option<String>,
    /// Date of birth, YYYY-MM-DD or MM/DD/YYYY (U1)
    #[arg(long, value_name = "DATE")]
    pub dob: Option<String>,
    /// Organization to list the user on: IDHS or a provider's name
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// Role on that organization
    #[arg(long, value_parser = Role::ALL.map(Role::code))]
    pub role: Option<String>,
    /// Reference of the signed access request, form IL444-2022 (provider users, U3)
    #[arg(long, value_name = "REF")]
    pub access_request: Option<String>,
    /// Reference of the manager's written request (IDHS staff, U3)
    #[arg(long, value_name = "REF")]
    pub manager_request: Option<String>,
    /// Who authorized the access (U3)
    #[arg(long, value_name = "NAME")]
    pub authorized_by: Option<String>,
    /// Limit the listing to this location of the provider (repeatable); without it the
    /// listing covers all of the provider's locations and their customers (§1)
    #[arg(long = "location", value_name = "NAME")]
    pub locations: Vec<String>,
    /// Add the listing even when the person's account is listed with another organization (U4)
    #[arg(short, long)]
    pub yes: bool,
    #[command(flatten)]
    pub login: LoginArgs,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["org", "all"])))]
pub struct RemoveArgs {
    /// Username
    pub username: String,
    /// Organization of the listing to remove (with --role)
    #[arg(long, value_name = "ORG", requires = "role")]
    pub org: Option<String>,
    /// Role of the listing to remove (with --org)
    #[arg(long, value_parser = Role::ALL.map(Role::code), requires = "org")]
    pub role: Option<String>,
    /// Remove every listing
    #[arg(long, conflicts_with_all = ["org", "role"])]
    pub all: bool,
    /// Username of the authorized representative who asked for the removal (U5)
    #[arg(long, value_name = "USER")]
    pub requested_by: String,
    /// Do not ask for confirmation
    #[arg(short, long)]
    pub yes: bool,
    /// PostgreSQL: change no login; print the SQL that revokes the group roles (and with
    /// --all disables the login), for a DBA to run
    #[arg(long)]
    pub print_sql: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only listings on this organization
    #[arg(long, value_name = "ORG")]
    pub org: Option<String>,
    /// Only listings with this role
    #[arg(long, value_parser = Role::ALL.map(Role::code))]
    pub role: Option<String>,
    /// Only users with no recorded activity in this many days (U6 review)
    #[arg(long, value_name = "DAYS")]
    pub stale: Option<u32>,
    /// Include removed listings
    #[arg(long)]
    pub all: bool,
}

/// Asks on a terminal until the answer is acceptable; a refused answer is shown with
/// its reason and asked again, so one typo does not end the command.
fn ask<T>(prompt: &str, parse: impl Fn(&str) -> Result<T>) -> Result<T> {
    loop {
        let answer: String = dialoguer::Input::new()
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text()
            .map_err(|e| Error::Usage(format!("{prompt}: {e}")))?;
        match parse(&answer) {
            Ok(value) => return Ok(value),
            Err(e) => eprintln!("  {e}"),
        }
    }
}

/// A required value: given as a flag, else asked for on a terminal, else an error
/// naming the flag and the rule that needs it.
fn value<T>(
    given: Option<String>,
    flag: &str,
    rule: &str,
    prompt: &str,
    parse: impl Fn(&str) -> Result<T>,
) -> Result<T> {
    match given {
        Some(v) => parse(&v),
        None if interactive() => ask(prompt, parse),
        None => Err(Error::Usage(format!("{flag} is required ({rule})"))),
    }
}

/// Picks one of `items` on a terminal.
fn choose(prompt: &str, items: &[String]) -> Result<usize> {
    dialoguer::Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact()
        .map_err(|e| Error::Usage(format!("{prompt}: {e}")))
}

fn person(args: &mut AddArgs) -> Result<Person> {
    Ok(Person {
        username: value(args.username.take(), "USERNAME", "U1", "Username", |v| {
            parse_username("USERNAME", v)
        })?,
        first_name: value(args.first_name.take(), "--first", "U1", "First name", |v| {
            required_text("--first", v)
        })?,
        last_name: value(args.last_name.take(), "--last", "U1", "Last name", |v| {
            required_text("--last", v)
        })?,
        email: value(args.email.take(), "--email", "U1", "Email", |v| {
            parse_email("--email", v)
        })?,
        date_of_birth: value(
            args.dob.take(),
            "--dob",
            "U1",
            "Date of birth (YYYY-MM-DD or MM/DD/YYYY)",
            |v| parse_date("--dob", v),
        )?,
    })
}

/// The organization: given, or chosen on a terminal from those the operator may see.
async fn organization(session: &Session, given: Option<String>) -> Result<Organization> {
    let orgs = users::organizations(session).await?;
    match given {
        Some(name) => orgs
            .into_iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| {
                Error::NotFound(format!(
                    "organization {name:?} not found (see `isets org list`)"
                ))
            }),
        None if interactive() => {
            let names: Vec<String> = orgs.iter().map(|o| o.name.clone()).collect();
            let i = choose("Organization", &names)?;
            Ok(orgs[i].clone())
        }
        None => Err(Error::Usage(
            "--org is required (U5: a listing is an organization and a role)".into(),
        )),
    }
}

/// The role: given, or chosen on a terminal among those listed on `org` (DOMAIN.md §1).
fn role(given: Option<String>, org: &Organization) -> Result<Role> {
    match given {
        Some(r) => r.parse(),
        None if interactive() => {
            let roles: Vec<Role> = Role::ALL
                .into_iter()
                .filter(|r| r.listed_on_idhs() != org.is_provider())
                .collect();
            let codes: Vec<String> = roles.iter().map(|r| r.code().to_string()).collect();
            Ok(roles[choose("Role", &codes)?])
        }
        None => Err(Error::Usage("--role is required".into())),
    }
}

/// The paper trail U3 asks for, by role: the signed IL444-2022 for provider users, the
/// manager's written request for IDHS staff, and who authorized it.
fn authorization(args: &mut AddArgs, role: Role) -> Result<Authorization> {
    let text = |flag: &'static str| move |v: &str| required_text(flag, v);
    // Without a terminal a missing reference is left to the core, which names rule U3.
    let ask_for = |given: &Option<String>, other: &Option<String>| {
        given.is_none() && other.is_none() && interactive()
    };
    let (access_request, manager_request) = if role.idhs_staff() {
        let asked = ask_for(&args.manager_request, &args.access_request);
        let given = args.manager_request.take();
        let manager = if asked {
            Some(value(
                None,
                "--manager-request",
                "U3",
                "Manager's written request (reference)",
                text("--manager-request"),
            )?)
        } else {
            given
        };
        (args.access_request.take(), manager)
    } else {
        let asked = ask_for(&args.access_request, &args.manager_request);
        let given = args.access_request.take();
        let access = if asked {
            Some(value(
                None,
                "--access-request",
                "U3",
                "Signed access request IL444-2022 (reference)",
                text("--access-request"),
            )?)
        } else {
            given
        };
        (access, args.manager_request.take())
    };
    let authorized_by = match args.authorized_by.take() {
        None if interactive() => Some(ask("Authorized by", text("--authorized-by"))?),
        given => given,
    };
    Ok(Authorization {
        access_request,
        manager_request,
        authorized_by,
    })
}

async fn add(ctx: &Ctx, mut args: AddArgs) -> Result<()> {
    let person = person(&mut args)?;
    let session = ctx.session().await?;
    let org = organization(&session, args.org.take()).await?;
    let role = role(args.role.take(), &org)?;
    let authorization = authorization(&mut args, role)?;
    let mut request = AddUser {
        person,
        organization: org.name,
        role,
        authorization,
        confirmed: args.yes,
        locations: std::mem::take(&mut args.locations),
    };
    let options = args.write.options();
    let logins = args.login.mode();
    let report = match users::add(&session, &request, logins, &options).await? {
        Step::Done(report) => report,
        // U4: a person listed elsewhere is shown, and a person at a terminal confirms.
        Step::Confirm(message) if interactive() => {
            ctx.printer.warn(&message);
            confirm("Add the listing to this existing account?".into(), false).await?;
            request.confirmed = true;
            match users::add(&session, &request, logins, &options).await? {
                Step::Done(report) => report,
                Step::Confirm(message) => return Err(Error::NotConfirmed(message)),
            }
        }
        Step::Confirm(message) => return Err(Error::NotConfirmed(message)),
    };
    let what = match report.result {
        AddKind::Created => "created user",
        AddKind::Listed => "added a listing to existing user",
        AddKind::Reactivated => "reactivated removed user",
    };
    if let Some(by) = &report.matched_by {
        ctx.printer.warn(format!(
            "U4: matched existing account {} by {by}; no new account was created",
            report.user.username
        ));
    }
    let verb = if options.dry_run { "would have" } else { "" };
    ctx.printer.status(
        format!(
            "{verb} {what} {} as {} on {}",
            report.user.username, report.listing.role, report.listing.organization
        )
        .trim(),
    );
    print_outcome(
        ctx,
        &report.outcome,
        &report.user.username,
        report.login.as_ref(),
        logins,
    )
}

async fn remove(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let removal = match (args.all, args.org, args.role) {
        (true, _, _) => Removal::All,
        (false, Some(organization), Some(role)) => Removal::One {
            organization,
            role: role.parse()?,
        },
        _ => return Err(Error::Usage("give --org ORG --role ROLE, or --all".into())),
    };
    let session = ctx.session().await?;
    let (user, listings) = users::removal_preview(&session, &args.username, &removal).await?;
    let what = listings
        .iter()
        .map(|l| format!("{} on {}", l.role, l.organization))
        .collect::<Vec<_>>()
        .join(", ");
    if !args.write.dry_run {
        confirm(
            format!(
                "Remove {} {} ({}) as {what}?",
                user.first_name, user.last_name, user.username
            ),
            args.yes,
        )
        .await?;
    }
    let logins = if args.print_sql {
        Logins::PrintSql
    } else {
        Logins::InStep
    };
    let report = users::remove(
        &session,
        &args.username,
        &removal,
        &args.requested_by,
        logins,
        &args.write.options(),
    )
    .await?;
    if !report.outcome.dry_run {
        ctx.printer.status(format!(
            "removed {} listing(s) of {}; the account and its history are kept",
            report.removed.len(),
            report.user.username
        ));
    }
    print_outcome(
        ctx,
        &report.outcome,
        &report.user.username,
        report.login.as_ref(),
        logins,
    )
}

async fn list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let filter = ListFilter {
        organization: args.org,
        role: args.role.map(|r| r.parse()).transpose()?,
        stale_days: args.stale.map(i64::from),
        include_removed: args.all,
    };
    let session = ctx.session().await?;
    let rows = users::list(&session, &filter).await?;
    ctx.printer.list(&rows, "users")
}

async fn show(ctx: &Ctx, username: &str) -> Result<()> {
    let session = ctx.session().await?;
    let detail = users::show(&session, username).await?;
    let u = &detail.user;
    let account = Section {
        title: None,
        headers: vec!["field", "value"],
        rows: vec![
            vec!["username".into(), u.username.clone()],
            vec!["first_name".into(), u.first_name.clone()],
            vec!["last_name".into(), u.last_name.clone()],
            vec!["email".into(), u.email.clone()],
            vec!["date_of_birth".into(), u.date_of_birth.to_string()],
            vec!["status".into(), detail.status.into()],
            vec!["created_at".into(), time(&u.created_at)],
            vec![
                "last_activity".into(),
                detail
                    .last_activity
                    .as_ref()
                    .map(time)
                    .unwrap_or_else(|| "never".into()),
            ],
        ],
    };
    let listings = Section {
        title: Some("Listings".into()),
        headers: vec![
            "organization",
            "role",
            "request",
            "authorized_by",
            "added_at",
            "added_by",
            "removed_at",
            "removed_by",
            "requested_by",
        ],
        rows: detail
            .listings
            .iter()
            .map(|l| {
                vec![
                    l.organization.clone(),
                    l.role.clone(),
                    format!("{} {}", l.request_kind, l.request_ref),
                    l.authorized_by.clone(),
                    time(&l.added_at),
                    l.added_by.clone(),
                    opt(&l.removed_at.as_ref().map(time)),
                    opt(&l.removed_by),
                    opt(&l.removal_requested_by),
                ]
            })
            .collect(),
    };
    let mut sections = vec![account, listings];
    if !detail.location_limits.is_empty() {
        sections.push(Section {
            title: Some("Limited to locations (§1)".into()),
            headers: vec!["organization", "role", "locations"],
            rows: detail
                .location_limits
                .iter()
                .map(|l| {
                    vec![
                        l.organization.clone(),
                        l.role.clone(),
                        l.locations.join(", "),
                    ]
                })
                .collect(),
        });
    }
    ctx.printer.detail(&u.username, &detail, &sections)
}

pub async fn run(ctx: &Ctx, cmd: UserCommand) -> Result<()> {
    match cmd {
        UserCommand::Add(args) => add(ctx, args).await,
        UserCommand::Remove(args) => remove(ctx, args).await,
        UserCommand::List(args) => list(ctx, args).await,
        UserCommand::Show { username } => show(ctx, &username).await,
    }
}
