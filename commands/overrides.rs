//! `isets override list|accept|reject`: the cost overrides a support-service maximum
//! asks for (V4, V6).

use clap::{Args, Subcommand};
use isets::Result;
use isets::services::overrides::{self, Answer, Override};
use isets::write::WriteOptions;

use super::{Ctx, WriteArgs};

const LIST_HELP: &str = "\
Examples:
  isets override list --pending
  isets override list --provider \"Acme Works\" --format csv

Read by every role that reads reports (D4), provider roles and provider managers for
their own providers' customers. An override pending more than 14 days is flagged (V6).";

/// `override reject`'s own options: its `--reason` is the answer the provider is told,
/// recorded with the audit record too.
#[derive(Debug, Args)]
pub struct RejectArgs {
    /// The override's id
    id: i64,
    /// Why it is rejected: kept with the override, told to the provider by a case note
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// Do everything, then roll back and show what would have changed
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum OverrideCommand {
    /// List cost overrides, oldest first; pending more than 14 days flagged (V4, V6)
    #[command(after_long_help = LIST_HELP)]
    List {
        /// Only the overrides still pending
        #[arg(long)]
        pending: bool,
        /// Only this provider's
        #[arg(long, value_name = "NAME")]
        provider: Option<String>,
    },
    /// Accept a pending override: its cost counts (V4; super users, provider managers of the provider)
    Accept {
        /// The override's id
        id: i64,
        /// A word kept with the answer
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Reject a pending override with a reason: its cost is void and the provider is told (V4)
    Reject(RejectArgs),
}

fn shown(ctx: &Ctx, o: &Override, dry_run: bool) -> Result<()> {
    ctx.printer.list(std::slice::from_ref(o), "overrides")?;
    ctx.printer.done(
        dry_run,
        format!(
            "override {} of cost {} {} by {}",
            o.id,
            o.cost,
            o.status,
            o.answered_by.as_deref().unwrap_or_default()
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: OverrideCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        OverrideCommand::List { pending, provider } => {
            let list = overrides::list(&session, pending, provider.as_deref()).await?;
            let flagged = list.iter().filter(|o| o.flagged).count();
            ctx.printer.list(&list, "overrides")?;
            if flagged > 0 {
                ctx.printer.warn(format!(
                    "{flagged} override(s) pending more than 14 days (V6): submit a help request"
                ));
            }
            Ok(())
        }
        OverrideCommand::Accept { id, note, write } => {
            let o = overrides::answer(
                &session,
                id,
                Answer::Accept,
                note.as_deref(),
                &write.options(),
            )
            .await?;
            shown(ctx, &o, write.dry_run)
        }
        OverrideCommand::Reject(args) => {
            let options = WriteOptions {
                dry_run: args.dry_run,
                reason: args.reason.clone(),
            };
            let o = overrides::answer(
                &session,
                args.id,
                Answer::Reject,
                args.reason.as_deref(),
                &options,
            )
            .await?;
            shown(ctx, &o, args.dry_run)
        }
    }
}
