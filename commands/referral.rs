//! `isets referral send|respond|show|list|expire`: referrals IDHS → provider, provider →
//! IDHS and provider → provider (DOMAIN.md §7, F1–F8).

use clap::{ArgGroup, Args, Subcommand};
use isets::Result;
use isets::error::ExitCode;
use isets::output::{Section, Tabular};
use isets::referrals::list::{Filter, yes_no};
use isets::referrals::respond::{self, Answer};
use isets::referrals::send::{self, NewReferral};
use isets::referrals::{expire, list, show};

use super::{Ctx, WriteArgs};

#[derive(Debug, Subcommand)]
pub enum ReferralCommand {
    /// Send a referral: IDHS → provider, provider → IDHS (reverse) or provider → provider (F1, F2)
    #[command(
        long_about = "Send a referral of a customer within reach (F1):\n\n\
            - IDHS → provider (IDHS staff: super users, WFD): --to PROVIDER --program ID, with \
            --consent-attested (the signed Referral Form 5179 carries the customer's signature), \
            --receives-snap yes|no and --eligible yes|no as verified in IES, the day the \
            assessment was completed (--assessment-date, default the current Initial \
            Screening's) and optionally an intake appointment of the provider's schedule \
            (--appointment ID, see `isets provider appointments`), which then has one opening \
            fewer (F2). The provider has 10 business days to answer.\n\
            - provider → IDHS, a reverse referral asking IDHS to confirm eligibility (provider \
            staff; a super user names --from): --to IDHS. IDHS has 48 business hours.\n\
            - provider → provider (provider staff; super users): --to PROVIDER --program ID \
            --from PROVIDER. The other provider has 10 business days.\n\n\
            Every kind needs the customer's current Initial Screening (A1, F2). A provider sends \
            from a location where it serves the customer (an assignment or a referral it \
            received) that the operator's listing covers. Deadlines are counted on the \
            business-day calendar (F5, F7) and stored with the referral: pending 48 business \
            hours after sending it is a red flag; past its own deadline, overdue; 90 days after \
            sending it expires unless accepted. The referral is version 1.1 (F3).",
        after_help = "Examples:\n  \
            isets referral send 123456789 --to \"Acme Works\" --program 1 --consent-attested \\\n      \
            --receives-snap yes --eligible yes --appointment 3 --note \"5179 from South FCRC\"\n  \
            isets referral send 123456789 --to IDHS\n  \
            isets referral send 123456789 --to \"Beta Jobs\" --program 2 --from \"Acme Works\""
    )]
    Send(Box<SendArgs>),
    /// Accept or reject a referral sent to your side (F4)
    #[command(
        long_about = "Accept (--accept) or reject (--reject --reason TEXT) a referral. Only the \
            receiving side answers (F4): the staff of the provider it was sent to, at a location \
            their listing covers (program managers, provider staff; a super user anywhere), or \
            IDHS (super users, WFD) for a reverse referral, which also needs --receives-snap \
            yes|no and --eligible yes|no as verified in IES. A rejection needs a reason. The \
            answer is the referral's next version (F3).\n\n\
            A referral answered already, or expired (90 days after sending, F5), is not answered \
            again: the command exits 5 naming who answered first and when. Of two people \
            answering at the same moment, exactly one answer is recorded.",
        after_help = "Examples:\n  \
            isets referral respond 1 --accept --note \"intake booked for 3/12\"\n  \
            isets referral respond 2 --reject --reason \"no Earnfare slots this quarter\"\n  \
            isets referral respond 3 --accept --receives-snap yes --eligible yes"
    )]
    Respond(RespondArgs),
    /// One referral with every version: the newest current, the older ones historical (F3)
    #[command(
        long_about = "One referral within reach as it stands, with its deadlines (due, red \
            flag, expiry), then every version: 1.1 the sending, 1.2 the answer or the expiry; \
            the newest is current, the older ones historical (F3). JSON carries the referral's \
            fields and a `versions` list.",
        after_help = "Examples:\n  isets referral show 1\n  isets referral show 1 --format json"
    )]
    Show {
        /// The referral's number
        referral: i64,
    },
    /// Referrals within reach with their due times: pending, red-flagged, overdue (D2, F5, F8)
    #[command(
        long_about = "Referrals within reach, by number, each with its due time and flag (D2, \
            F5): a red flag is a referral still pending 48 business hours after it was sent; \
            overdue, one still pending past its own deadline (10 business days for a provider, \
            48 business hours for IDHS). Filters combine. Provider roles see the referrals sent \
            to or by their providers at the locations their listings cover; provider managers \
            those of the providers they oversee.\n\n\
            The daily summary for a provider and the weekly one for provider managers (F8) are \
            `referral list --pending --provider NAME`, run by a scheduler. With --fail-if-any \
            the command exits 1 when the list is not empty (for cron and CI), 0 when it is.",
        after_help = "Examples:\n  \
            isets referral list --pending --provider \"Acme Works\"\n  \
            isets referral list --red-flag --format csv\n  \
            isets referral list --overdue --fail-if-any -q"
    )]
    List(ListArgs),
    /// Mark referrals sent more than 90 days ago and not accepted as expired (F5)
    #[command(
        long_about = "Mark every referral still pending 90 days after it was sent as expired, \
            each with a new version (F3), in one write with its audit record (F5). An accepted \
            referral does not expire; a rejected one is answered already. Running it again \
            changes nothing. For IDHS staff who route referrals (super users, WFD), typically \
            from a daily scheduled job.",
        after_help = "Examples:\n  isets referral expire\n  isets referral expire --dry-run"
    )]
    Expire {
        #[command(flatten)]
        write: WriteArgs,
    },
}

#[derive(Debug, Args)]
pub struct SendArgs {
    /// The customer's 9-digit individual number
    pub individual_number: String,
    /// The receiving side: a provider's name, or IDHS (a reverse referral)
    #[arg(long, value_name = "PROVIDER|IDHS")]
    pub to: String,
    /// The sending provider: a referral to a provider from it, or a reverse referral (to
    /// IDHS) [default for a reverse referral: the operator's own]
    #[arg(long, value_name = "PROVIDER|IDHS")]
    pub from: Option<String>,
    /// The receiving program's id (a referral to a provider; see `isets provider programs`)
    #[arg(long, value_name = "ID")]
    pub program: Option<i64>,
    /// F2: attest that the uploaded Referral Form (5179) carries the customer's signature
    #[arg(long, help_heading = "IDHS → provider (F2)")]
    pub consent_attested: bool,
    /// F2: the day the assessment was completed [default: the current Initial Screening's]
    #[arg(long, value_name = "DATE", help_heading = "IDHS → provider (F2)")]
    pub assessment_date: Option<String>,
    /// F2: whether the person receives SNAP benefits (yes or no)
    #[arg(long, value_name = "YES|NO", help_heading = "IDHS → provider (F2)")]
    pub receives_snap: Option<String>,
    /// F2: whether the person is eligible for SNAP E&T (yes or no)
    #[arg(long, value_name = "YES|NO", help_heading = "IDHS → provider (F2)")]
    pub eligible: Option<String>,
    /// F2: an intake appointment of the provider's schedule (its id)
    #[arg(long, value_name = "ID", help_heading = "IDHS → provider (F2)")]
    pub appointment: Option<i64>,
    /// R2: the Earnfare benefit amount, set with a referral to an Earnfare program (from
    /// the day it is sent; `isets earnfare set-benefit` changes it later)
    #[arg(long, value_name = "AMOUNT", help_heading = "IDHS → provider (F2)")]
    pub benefit_amount: Option<String>,
    /// Notes for the receiving side
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("answer").required(true).args(["accept", "reject"])))]
pub struct RespondArgs {
    /// The referral's number
    pub referral: i64,
    /// Accept the referral
    #[arg(long)]
    pub accept: bool,
    /// Reject the referral; --reason says why (F4)
    #[arg(long)]
    pub reject: bool,
    /// Reverse referral: whether the person receives SNAP benefits, as IES says (yes or no)
    #[arg(long, value_name = "YES|NO")]
    pub receives_snap: Option<String>,
    /// Reverse referral: whether the person is eligible for SNAP E&T (yes or no)
    #[arg(long, value_name = "YES|NO")]
    pub eligible: Option<String>,
    /// A note kept with the answer
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only referrals not answered yet
    #[arg(long)]
    pub pending: bool,
    /// Only referrals pending 48 business hours after they were sent (D2)
    #[arg(long)]
    pub red_flag: bool,
    /// Only referrals pending past their own deadline (F5)
    #[arg(long)]
    pub overdue: bool,
    /// Only referrals sent to or by this provider
    #[arg(long, value_name = "NAME")]
    pub provider: Option<String>,
    /// Only this customer's referrals (individual number)
    #[arg(long, value_name = "NUMBER")]
    pub customer: Option<String>,
    /// Exit 1 when the list is not empty (for cron and CI)
    #[arg(long)]
    pub fail_if_any: bool,
}

pub async fn run(ctx: &Ctx, cmd: ReferralCommand) -> Result<ExitCode> {
    let session = ctx.session().await?;
    match cmd {
        ReferralCommand::Send(a) => {
            let a = *a;
            let new = NewReferral {
                customer: a.individual_number,
                to: a.to,
                from: a.from,
                program: a.program,
                consent_attested: a.consent_attested,
                assessment_on: a.assessment_date,
                receives_snap: a.receives_snap,
                eligible: a.eligible,
                appointment: a.appointment,
                benefit_amount: a.benefit_amount,
                note: a.note,
            };
            let sent = send::send(&session, &new, &a.write.options()).await?;
            let r = &sent.referral;
            ctx.printer.detail(&r.id.to_string(), r, &[])?;
            ctx.printer.done(
                sent.outcome.dry_run,
                format!(
                    "referral {} ({}) of customer {} sent from {} to {}, due {}",
                    r.version,
                    r.kind,
                    r.customer,
                    r.from,
                    r.to,
                    isets::output::time(&r.due_at)
                ),
            );
        }
        ReferralCommand::Respond(a) => {
            let answer = Answer {
                referral: a.referral,
                accept: a.accept,
                reason: a.write.reason.clone(),
                receives_snap: a.receives_snap,
                eligible: a.eligible,
                note: a.note,
            };
            let done = respond::respond(&session, &answer, &a.write.options()).await?;
            let r = &done.referral;
            ctx.printer.detail(&r.id.to_string(), r, &[])?;
            ctx.printer.done(
                done.outcome.dry_run,
                format!("referral {} {}: version {}", r.id, r.status, r.version),
            );
        }
        ReferralCommand::Show { referral } => {
            let shown = show::show(&session, referral).await?;
            let r = &shown.referral;
            let field = |k: &str, v: String| vec![k.to_string(), v];
            let fields = vec![
                field("referral", r.id.to_string()),
                field("version", r.version.clone()),
                field("customer", format!("{} ({})", r.customer, r.name)),
                field("kind", r.kind.to_string()),
                field("from", r.from.clone()),
                field("to", r.to.clone()),
                field("program", isets::output::opt(&r.program)),
                field("status", r.status.to_string()),
                field(
                    "sent",
                    format!("{} by {}", isets::output::time(&r.sent_at), r.sent_by),
                ),
                field("due_at", isets::output::time(&r.due_at)),
                field("red_flag_at", isets::output::time(&r.red_flag_at)),
                field("expires_at", isets::output::time(&r.expires_at)),
                field(
                    "flag",
                    if r.overdue {
                        "overdue".into()
                    } else if r.red_flag {
                        "red flag".into()
                    } else {
                        String::new()
                    },
                ),
                field("consent_attested", yes_no(r.consent_attested)),
                field("assessment_on", isets::output::opt(&r.assessment_on)),
                field("receives_snap", yes_no(r.receives_snap)),
                field("eligible", yes_no(r.eligible)),
                field("appointment", isets::output::opt(&r.appointment)),
                field("note", isets::output::opt(&r.note)),
                field(
                    "answered",
                    match (&r.answered_by, &r.answered_at) {
                        (Some(by), Some(at)) => format!("{} by {by}", isets::output::time(at)),
                        _ => String::new(),
                    },
                ),
                field("reason", isets::output::opt(&r.reason)),
            ];
            let versions = Section {
                title: Some("Versions".into()),
                headers: show::Version::headers(),
                rows: shown.versions.iter().map(Tabular::cells).collect(),
            };
            ctx.printer.detail(
                &r.id.to_string(),
                &shown,
                &[
                    Section {
                        title: None,
                        headers: vec!["field", "value"],
                        rows: fields,
                    },
                    versions,
                ],
            )?;
        }
        ReferralCommand::List(a) => {
            let filter = Filter {
                pending: a.pending,
                red_flag: a.red_flag,
                overdue: a.overdue,
                provider: a.provider,
                customer: a.customer,
            };
            let found = list::list(&session, &filter).await?;
            ctx.printer.list(&found, "referrals")?;
            if a.fail_if_any && !found.is_empty() {
                ctx.printer.status(format!(
                    "{} referral(s) listed: exit 1 (--fail-if-any)",
                    found.len()
                ));
                return Ok(ExitCode::ChangesPending);
            }
        }
        ReferralCommand::Expire { write } => {
            let done = expire::expire(&session, &write.options()).await?;
            if ctx.printer.quiet {
                let ids: String = done.referrals.iter().map(|id| format!("{id}\n")).collect();
                ctx.printer.text(&ids)?;
            } else {
                ctx.printer.outcome(&done.outcome, "")?;
            }
            ctx.printer.done(
                done.outcome.dry_run,
                format!("{} referral(s) expired", done.referrals.len()),
            );
        }
    }
    Ok(ExitCode::Success)
}
