//! `isets provider add-audit|audits|add-note|notes`: provider audits and case notes (P7).

use clap::Subcommand;

use super::*;

#[derive(Debug, Subcommand)]
pub enum RecordCommand {
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

pub async fn run(ctx: &Ctx, session: &Session, cmd: RecordCommand) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        RecordCommand::AddAudit {
            provider,
            date,
            title,
            findings,
            write,
        } => {
            let date = parse_date("--date", &date)?;
            let (audit, outcome) = records::add_audit(
                session,
                &provider,
                date,
                &title,
                &findings,
                &write.options(),
            )
            .await?;
            p.outcome(&outcome, &audit.id.to_string())
        }
        RecordCommand::Audits { provider } => {
            p.list(&records::audits(session, &provider).await?, "audits")
        }
        RecordCommand::AddNote {
            provider,
            subject,
            message,
            write,
        } => {
            let (note, outcome) =
                records::add_note(session, &provider, &subject, &message, &write.options()).await?;
            p.outcome(&outcome, &note.id.to_string())
        }
        RecordCommand::Notes { provider } => {
            p.list(&records::notes(session, &provider).await?, "notes")
        }
    }
}
