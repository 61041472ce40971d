//! `isets assessment add|list`: the Universal Assessment's Initial Screening and Needs
//! Assessment of a customer (DOMAIN.md §6, A1–A5).

use clap::{ArgGroup, Args, Subcommand};
use isets::Result;
use isets::assessments::add::{self, NewAssessment};
use isets::assessments::answers::Given;
use isets::assessments::{Kind, list};

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum AssessmentCommand {
    /// Record an Initial Screening or a Needs Assessment, dated the day it was completed (A2)
    #[command(
        long_about = "Record an Initial Screening (--initial) or a Needs Assessment (--needs) of a \
            customer within reach, dated the day it was completed, not the day it is entered: \
            never in the future, never before the customer's birth (A2). It is entered for IDHS \
            (IDHS staff) or for one of the operator's providers (--provider when there are several).\n\n\
            The Initial Screening records the answers programs are matched on (`isets customer \
            recommend`): the county (IES's by default), availability, education level, desired \
            occupation (--soc and/or --occupation) and barriers. A new Initial Screening may \
            always be added, even when one exists (A5: a paper form 5179 entered as new). When \
            another organization entered one of the same kind as recent or more, the assessment \
            is still added, with a warning naming its date (A4).\n\n\
            Education levels: below-high-school (no diploma or equivalency), high-school \
            (diploma, GED or HiSET), some-college (or a certificate, no degree), associate, \
            bachelor, graduate.\n\
            Barriers: transportation, childcare, housing, health (physical or mental), \
            disability, limited-english, criminal-record, no-work-history (little or no recent \
            work), no-internet (no computer or internet access).",
        after_help = "Examples:\n  \
            isets assessment add 123456789 --initial --completed-on 2026-02-27 \\\n      \
            --availability part-time --education below-high-school \\\n      \
            --soc 43-4051 --occupation \"customer service\" --barrier childcare --barrier transportation\n  \
            isets assessment add 123456789 --needs --completed-on 03/01/2026 --provider \"Acme Works\""
    )]
    Add(Box<AddArgs>),
    /// A customer's assessments, oldest first, with the state of each (A2)
    #[command(
        long_about = "A customer's assessments, oldest first, with the state of each on today's \
            date (A2): current (under 6 months old), review-due (6 months old: review it with \
            the customer), due-soon (the last days before it is overdue: --due-soon-days, \
            default 30), overdue (12 months old or more: complete a new one), or superseded \
            (a newer one of the same kind exists). review_on and due_on give the dates. \
            JSON also carries each Initial Screening's answers.",
        after_help = "Examples:\n  \
            isets assessment list 123456789\n  \
            isets assessment list 123456789 --due-soon-days 45 --format json"
    )]
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// Days before an assessment is overdue that it shows as due soon (A2) [env:
        /// ISETS_ASSESSMENT_DUE_SOON_DAYS; config: [assessments] due_soon_days; default: 30]
        #[arg(long, value_name = "DAYS")]
        due_soon_days: Option<String>,
    },
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("kind").required(true).args(["initial", "needs"])))]
pub struct AddArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The Initial Screening (eligibility and suitability), needed before a referral (A1)
    #[arg(long)]
    pub initial: bool,
    /// The Needs Assessment Survey
    #[arg(long)]
    pub needs: bool,
    /// The day it was completed: YYYY-MM-DD or MM/DD/YYYY (A2)
    #[arg(long, value_name = "DATE")]
    pub completed_on: String,
    /// The provider it is entered for, when the operator enters for several (IDHS staff:
    /// a provider they may act for instead of IDHS)
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Screening: the county the customer lives in [default: IES's]
    #[arg(long, value_name = "NAME", help_heading = "Initial Screening")]
    pub county: Option<String>,
    /// Screening: full-time, part-time or either
    #[arg(long, value_name = "WHEN", help_heading = "Initial Screening")]
    pub availability: Option<String>,
    /// Screening: the highest level completed (see above)
    #[arg(long, value_name = "LEVEL", help_heading = "Initial Screening")]
    pub education: Option<String>,
    /// Screening: the desired occupation's SOC code, NN-NNNN
    #[arg(long, value_name = "SOC", help_heading = "Initial Screening")]
    pub soc: Option<String>,
    /// Screening: the desired occupation in words
    #[arg(long, value_name = "TEXT", help_heading = "Initial Screening")]
    pub occupation: Option<String>,
    /// Screening: a barrier (repeatable; see above)
    #[arg(long, value_name = "BARRIER", help_heading = "Initial Screening")]
    pub barrier: Vec<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

pub async fn run(ctx: &Ctx, cmd: AssessmentCommand) -> Result<()> {
    let due_soon_days = ctx.settings.due_soon_days.value;
    let session = ctx.session().await?;
    match cmd {
        AssessmentCommand::Add(a) => {
            let a = *a;
            let new = NewAssessment {
                customer: a.individual_number.clone(),
                kind: if a.needs { Kind::Needs } else { Kind::Initial },
                completed_on: a.completed_on,
                provider: a.provider,
                answers: Given {
                    county: a.county,
                    availability: a.availability,
                    education: a.education,
                    desired_soc: a.soc,
                    desired_occupation: a.occupation,
                    barriers: a.barrier,
                },
            };
            let added = add::add(&session, &new, due_soon_days, &a.write.options()).await?;
            for warning in &added.warnings {
                ctx.printer.warn(warning);
            }
            let x = &added.assessment;
            ctx.printer.detail(&x.id.to_string(), x, &[])?;
            ctx.printer.done(
                added.outcome.dry_run,
                format!(
                    "{} {} of customer {} completed on {} for {} ({})",
                    x.kind.name(),
                    x.id,
                    a.individual_number,
                    x.completed_on,
                    x.organization,
                    x.state
                ),
            );
            Ok(())
        }
        AssessmentCommand::List {
            individual_number, ..
        } => {
            let list = list::list(&session, &individual_number, due_soon_days).await?;
            ctx.printer.list(&list, "assessments")
        }
    }
}
