//! `isets note …`: case notes on customers (§1 "assessments, case notes").

use clap::Subcommand;
use isets::Result;
use isets::customers::notes;

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum NoteCommand {
    /// Write a case note on a customer; notes are never changed afterwards (H1)
    Add {
        /// The customer's 9-digit individual number
        individual_number: String,
        #[arg(long)]
        subject: String,
        #[arg(long)]
        message: String,
        /// The organization the note is written for, when the operator writes for several
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// A customer's case notes, oldest first
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
}

pub async fn run(ctx: &Ctx, cmd: NoteCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        NoteCommand::Add {
            individual_number,
            subject,
            message,
            org,
            write,
        } => {
            let note = notes::add(
                &session,
                &individual_number,
                &subject,
                &message,
                org.as_deref(),
                &write.options(),
            )
            .await?;
            ctx.printer.detail(&note.id.to_string(), &note, &[])?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "case note {} on customer {individual_number} for {}",
                    note.id, note.organization
                ),
            );
            Ok(())
        }
        NoteCommand::List { individual_number } => {
            let list = notes::list(&session, &individual_number).await?;
            ctx.printer.list(&list, "case notes")
        }
    }
}
