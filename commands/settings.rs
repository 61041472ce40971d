//! `isets settings list|set|reset`: the statewide figures the rules read (R1, R2).

use clap::Subcommand;
use isets::Result;
use isets::settings;

use super::{Ctx, WriteArgs};

const SET_HELP: &str = "\
Examples:
  isets settings set earnfare.benefit-wage 15.00 --reason \"minimum wage from 1 January\"
  isets settings set earnfare.participation-limit 6
  isets settings set earnfare.hours-rounding nearest --dry-run";

const LIST_HELP: &str = "\
Examples:
  isets settings list
  isets settings list --format json";

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Every statewide setting with its value in force and its default
    ///
    /// Settings are kept in the shared database, so every operator computes the same
    /// figures; every operator may read them:
    ///
    ///   earnfare.benefit-wage          the benefit wage per hour, the state minimum wage
    ///                                  (R1; default 14.00): monthly benefit hours are the
    ///                                  benefit amount divided by it, the stipend is paid at it
    ///   earnfare.hours-rounding        down, nearest or up: how benefit hours are rounded to
    ///                                  whole hours (R1; default down)
    ///   earnfare.tj-monthly-target     the Transitional Job hours of a month's target (R1;
    ///                                  default 35)
    ///   earnfare.participation-limit   the most months with Transitional Job hours, or none
    ///                                  (R2; default none)
    #[command(after_long_help = LIST_HELP)]
    List,
    /// Set a statewide setting (super users); the audit log keeps the value before
    ///
    /// The value is checked as its setting reads it: money and hours with two decimals
    /// at most (V5), a rounding of down, nearest or up, months from 1 to 600 or none.
    #[command(after_long_help = SET_HELP)]
    Set {
        /// The setting's name (`isets settings list`)
        name: String,
        /// Its new value
        value: String,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Put a setting back to its default (super users)
    Reset {
        /// The setting's name (`isets settings list`)
        name: String,
        #[command(flatten)]
        write: WriteArgs,
    },
}

pub async fn run(ctx: &Ctx, cmd: SettingsCommand) -> Result<()> {
    let session = ctx.session().await?;
    let (done, dry_run) = match cmd {
        SettingsCommand::List => {
            let list = settings::list(&session).await?;
            return ctx.printer.list(&list, "settings");
        }
        SettingsCommand::Set { name, value, write } => (
            settings::set(&session, &name, &value, &write.options()).await?,
            write.dry_run,
        ),
        SettingsCommand::Reset { name, write } => (
            settings::reset(&session, &name, &write.options()).await?,
            write.dry_run,
        ),
    };
    ctx.printer
        .list(std::slice::from_ref(&done.setting), "settings")?;
    ctx.printer.done(
        dry_run,
        format!("{} is {}", done.setting.name, done.setting.value),
    );
    Ok(())
}
