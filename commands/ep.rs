//! `isets ep …`: the Employment Plan (E1): `ep show` and `ep goal add|edit|remove`.

use clap::Subcommand;
use isets::Result;
use isets::enrollment::goals::{self, Goal, GoalChanges, NewGoal};
use isets::enrollment::plan;
use isets::output::Section;

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum EpCommand {
    /// A customer's Employment Plan: each goal and its activities, with the E3 and E8 flags
    Show {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// Only this provider's goals
        #[arg(long, value_name = "NAME")]
        provider: Option<String>,
    },
    /// The goals of the plan (E1)
    #[command(subcommand)]
    Goal(GoalCommand),
}

#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Add a goal to a provider's part of the plan
    #[command(
        after_help = "Example:\n  isets ep goal add 123456789 --provider \"Acme Works\" \
        --title \"Find full-time work\" --category employment --term long\n\n\
        Categories: career-plan, education, employment, training, personal. Statuses: not-started,\n\
        on-track, off-track, achieved, not-achieved. A super user gives --reason (§1, note 1)."
    )]
    Add {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// The provider whose plan the goal is on
        #[arg(long, value_name = "NAME")]
        provider: String,
        #[arg(long)]
        title: String,
        /// career-plan, education, employment, training or personal
        #[arg(long)]
        category: String,
        /// short or long
        #[arg(long)]
        term: String,
        /// [default: not-started]
        #[arg(long)]
        status: Option<String>,
        /// A case note written with the goal (E5)
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Change a goal's title, category, term or status
    Edit {
        /// The goal's id (see `isets ep show`)
        goal: i64,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        category: Option<String>,
        #[arg(long)]
        term: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Remove a goal with nothing under it (E1)
    Remove {
        /// The goal's id (see `isets ep show`)
        goal: i64,
        #[command(flatten)]
        write: WriteArgs,
    },
}

fn print_goal(ctx: &Ctx, goal: &Goal, dry_run: bool, what: &str) -> Result<()> {
    let row = |k: &str, v: String| vec![k.to_string(), v];
    let section = Section {
        title: None,
        headers: vec!["field", "value"],
        rows: vec![
            row("goal", goal.id.to_string()),
            row("customer", goal.individual_number.clone()),
            row("provider", goal.provider.clone()),
            row("title", goal.title.clone()),
            row("category", goal.category.shown().into()),
            row("term", goal.term.shown().into()),
            row("status", goal.status.shown().into()),
        ],
    };
    ctx.printer.detail(&goal.id.to_string(), goal, &[section])?;
    ctx.printer.done(
        dry_run,
        format!(
            "goal {} {what} on the plan of {}",
            goal.id, goal.individual_number
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: EpCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        EpCommand::Show {
            individual_number,
            provider,
        } => {
            let plan = plan::show(&session, &individual_number, provider.as_deref()).await?;
            if plan.goals.is_empty() && ctx.printer.format == isets::output::Format::Table {
                ctx.printer
                    .status(format!("{individual_number} has no Employment Plan goals"));
            }
            ctx.printer
                .detail(&plan.individual_number, &plan, &plan.sections(None))
        }
        EpCommand::Goal(GoalCommand::Add {
            individual_number,
            provider,
            title,
            category,
            term,
            status,
            note,
            write,
        }) => {
            let goal = goals::add(
                &session,
                &NewGoal {
                    customer: individual_number,
                    provider,
                    title,
                    category,
                    term,
                    status,
                    note,
                },
                &write.options(),
            )
            .await?;
            print_goal(ctx, &goal, write.dry_run, "added")
        }
        EpCommand::Goal(GoalCommand::Edit {
            goal,
            title,
            category,
            term,
            status,
            write,
        }) => {
            let goal = goals::edit(
                &session,
                goal,
                &GoalChanges {
                    title,
                    category,
                    term,
                    status,
                },
                &write.options(),
            )
            .await?;
            print_goal(ctx, &goal, write.dry_run, "changed")
        }
        EpCommand::Goal(GoalCommand::Remove { goal, write }) => {
            let goal = goals::remove(&session, goal, &write.options()).await?;
            print_goal(ctx, &goal, write.dry_run, "removed")
        }
    }
}
