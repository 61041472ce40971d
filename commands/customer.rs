//! `isets customer …`: finding people in the IES data and making them ISETS customers
//! (DOMAIN.md §5, S1–S3).

use clap::{Args, Subcommand};
use isets::customers::{self, IesQuery, Query};
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
    let dry = if args.write.dry_run { "dry run: " } else { "" };
    if linked.created {
        ctx.printer.status(format!(
            "{dry}{} {} ({}) is now an ISETS customer, account {}",
            one.first_name, one.last_name, one.individual_number, linked.email
        ));
    } else {
        ctx.printer.status(format!(
            "{} {} ({}) is an ISETS customer already, account {}: nothing changed",
            one.first_name, one.last_name, one.individual_number, linked.email
        ));
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: CustomerCommand) -> Result<()> {
    match cmd {
        CustomerCommand::SearchIes(args) => search_ies(ctx, args).await,
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
