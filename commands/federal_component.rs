//! `isets federal-component list|set`: the federal E&T component each activity is
//! reported under on the FNS-583 (G3).

use clap::Subcommand;
use isets::Result;
use isets::federal::components;

use super::{Ctx, WriteArgs};

const LIST_HELP: &str = "\
Examples:
  isets federal-component list
  isets federal-component list --format csv";

const SET_HELP: &str = "\
Examples:
  isets federal-component set CS --component work-activity --reason \"community service counts as work activity\"
  isets federal-component set SET --component none --dry-run

Components (7 CFR 273.7(e)(2)) and their FNS groups (G3):
  non-education-non-work   supervised-job-search, job-search-training, job-retention,
                           self-employment-training
  education                basic-education, english-language-acquisition,
                           career-technical-education, work-readiness-training
  work-experience          work-based-learning, work-activity
  workfare                 workfare

The mapping applies to every report run after it, whatever the period the report covers;
the audit log keeps the mapping before.";

#[derive(Debug, Subcommand)]
pub enum FederalComponentCommand {
    /// Every activity of the catalogue with the federal component it is reported under (G3)
    ///
    /// The FNS-583 counts a person under a component when they attend an activity the
    /// mapping puts in it. G3's default: SJS, JST, JR and SET are non-education, non-work;
    /// BE, ELA, VT and WRT educational programs; CW workfare; INT, TJ and OJT work
    /// experience (work-based learning); A/BA, CS, E and SE count under none. Every
    /// operator may read it.
    #[command(after_long_help = LIST_HELP)]
    List,
    /// Report an activity under another federal component, or none (super users; G3)
    #[command(after_long_help = SET_HELP)]
    Set {
        /// The activity's catalogue code (DOMAIN.md §4), e.g. SJS
        code: String,
        /// A federal component (see below), or `none`
        #[arg(long, value_name = "NAME")]
        component: String,
        #[command(flatten)]
        write: WriteArgs,
    },
}

pub async fn run(ctx: &Ctx, cmd: FederalComponentCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        FederalComponentCommand::List => {
            let list = components::list(&session).await?;
            ctx.printer.list(&list, "activities")
        }
        FederalComponentCommand::Set {
            code,
            component,
            write,
        } => {
            let done = components::set(&session, &code, &component, &write.options()).await?;
            ctx.printer
                .list(std::slice::from_ref(&done.mapping), "activities")?;
            ctx.printer.done(
                done.outcome.dry_run,
                format!(
                    "{} is reported under {} (G3)",
                    done.mapping.code,
                    done.mapping
                        .component
                        .map_or("no federal component", |c| c.code())
                ),
            );
            Ok(())
        }
    }
}
