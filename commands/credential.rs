//! `isets credential add|remove|list`: credentials a customer earned (C1).

use clap::{Args, Subcommand};
use isets::Result;
use isets::credentials::{self, AddRequest, Changed};

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum CredentialCommand {
    /// Enter a credential the customer earned (C1)
    #[command(
        after_help = "Example:\n  isets credential add 123456789 --title \"Forklift Operator\" \
        --institution \"City College\" --earned 2026-02-20 --type certification --source \"Training provider\" \
        --soc 53-7051 --occupation \"Industrial Truck Operators\" --cip 49.0202 --industry-recognized\n\n\
        Types (an assumption: the manuals name the field only): certification, license, diploma-ged, \
        associates, bachelors, graduate, apprenticeship, other. SOC NN-NNNN (a broader code is \
        accepted with a warning), CIP NN.NNNN; earned not a day to come. Only industry-recognized \
        credentials count for performance. A super user gives --reason (DOMAIN.md §1, note 1)."
    )]
    Add(Box<AddArgs>),
    /// Remove a credential entered in error: it is kept, marked removed (H1)
    Remove {
        /// The credential's id
        id: i64,
        /// Why: written as a case note
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// A customer's credentials, removed ones marked
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The customer's 9-digit individual number
    individual_number: String,
    /// The credential's name
    #[arg(long)]
    title: String,
    /// Who awarded it
    #[arg(long, value_name = "NAME")]
    institution: String,
    /// The date attained: not a day to come
    #[arg(long, value_name = "DATE")]
    earned: String,
    /// certification, license, diploma-ged, associates, bachelors, graduate, apprenticeship, other
    #[arg(long = "type", value_name = "TYPE")]
    credential_type: String,
    /// Where the credential comes from (the training, an employer, …)
    #[arg(long, value_name = "TEXT")]
    source: String,
    /// The SOC code of the occupation, NN-NNNN
    #[arg(long, value_name = "CODE")]
    soc: String,
    #[arg(long, value_name = "NAME")]
    occupation: String,
    /// The CIP code of the program of study, NN.NNNN
    #[arg(long, value_name = "CODE")]
    cip: String,
    /// Recognized by the industry: counts for performance
    #[arg(long)]
    industry_recognized: bool,
    /// The activity of the plan it came from
    #[arg(long, value_name = "ID")]
    activity: Option<i64>,
    /// The provider it is entered for, when you act for several the customer is enrolled with
    #[arg(long, value_name = "NAME")]
    provider: Option<String>,
    #[command(flatten)]
    write: WriteArgs,
}

fn shown(ctx: &Ctx, changed: &Changed, dry_run: bool, did: &str) -> Result<()> {
    for warning in &changed.warnings {
        ctx.printer.warn(warning);
    }
    let c = &changed.credential;
    let mut section = c.section();
    if let Some(note) = changed.case_note {
        section
            .rows
            .push(vec!["case_note".to_string(), note.to_string()]);
    }
    ctx.printer.detail(&c.id.to_string(), changed, &[section])?;
    ctx.printer.done(
        dry_run,
        format!(
            "credential {} ({}) of customer {} {did}",
            c.id, c.title, c.customer
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: CredentialCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        CredentialCommand::Add(args) => {
            let AddArgs {
                individual_number,
                title,
                institution,
                earned,
                credential_type,
                source,
                soc,
                occupation,
                cip,
                industry_recognized,
                activity,
                provider,
                write,
            } = *args;
            let changed = credentials::add(
                &session,
                &AddRequest {
                    customer: &individual_number,
                    title: &title,
                    institution: &institution,
                    earned: &earned,
                    credential_type: &credential_type,
                    source: &source,
                    soc: &soc,
                    occupation: &occupation,
                    cip: &cip,
                    industry_recognized,
                    activity,
                    provider: provider.as_deref(),
                },
                &write.options(),
            )
            .await?;
            shown(ctx, &changed, write.dry_run, "added")
        }
        CredentialCommand::Remove { id, note, write } => {
            let changed =
                credentials::remove(&session, id, note.as_deref(), &write.options()).await?;
            shown(ctx, &changed, write.dry_run, "removed")
        }
        CredentialCommand::List { individual_number } => {
            let list = credentials::list(&session, &individual_number).await?;
            ctx.printer.list(&list, "credentials")
        }
    }
}
