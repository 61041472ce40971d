//! `isets document …`: documents attached to customers (E8), kept in one store that
//! never overwrites a content.

use std::path::PathBuf;

use clap::Subcommand;
use isets::Result;
use isets::documents;

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Attach a file to a customer, such as their signed Employment Plan (E8)
    #[command(
        after_help = "Example:\n  isets document add 123456789 --category Plan signed-plan.pdf --org \"Acme Works\"\n\n\
        The file is stored once per content (SHA-256) and never overwritten; it may have at most 10 MiB.\n\
        A super user adding a provider's document gives --reason (DOMAIN.md §1, note 1)."
    )]
    Add {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// What the document is: Plan (a signed Employment Plan)
        #[arg(long)]
        category: String,
        /// The file to store
        file: PathBuf,
        /// The organization the document is added for, when the operator works for several
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// A customer's documents, oldest first
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
    },
    /// Write a document's content to a file, checked against its SHA-256
    Get {
        /// The document's id (see `isets document list`)
        id: i64,
        /// Where to write it
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// Replace the output file if it exists
        #[arg(long)]
        force: bool,
    },
}

pub async fn run(ctx: &Ctx, cmd: DocumentCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        DocumentCommand::Add {
            individual_number,
            category,
            file,
            org,
            write,
        } => {
            let document = documents::add(
                &session,
                &individual_number,
                &category,
                &file,
                org.as_deref(),
                &write.options(),
            )
            .await?;
            ctx.printer
                .detail(&document.id.to_string(), &document, &[])?;
            ctx.printer.done(
                write.dry_run,
                format!(
                    "document {} ({}, {} bytes) on customer {individual_number} for {}",
                    document.id, document.category, document.size_bytes, document.organization
                ),
            );
            Ok(())
        }
        DocumentCommand::List { individual_number } => {
            let list = documents::list(&session, &individual_number).await?;
            ctx.printer.list(&list, "documents")
        }
        DocumentCommand::Get { id, output, force } => {
            let document = documents::get(&session, id, &output, force).await?;
            ctx.printer.status(format!(
                "document {} ({}) written to {}",
                document.id,
                document.file_name,
                output.display()
            ));
            Ok(())
        }
    }
}
