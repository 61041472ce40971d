//! `isets service add|start` and `isets service cost add|edit|list`: support services on
//! a customer's Employment Plan (E1, E3, N5) and their costs against the category's
//! maximum (V1–V5, V7).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use isets::Result;
use isets::services::costs::{self, Saved};
use isets::services::{self, AddRequest, View};

use super::activity::NoteArg;
use super::{Ctx, WriteArgs};

const ADD_HELP: &str = "\
Example:
  isets service add 123456789 --category TRANSPORTATION --goal 1 \\
    --planned-start 2026-03-02 --planned-end 2026-06-30 --start 2026-03-02 --note \"Bus pass for the job search\"

A support service sits under a goal of the plan (E1), in an open enrollment (N5) with a
SNAP E&T activity planned or started (E3). A super user gives --reason (DOMAIN.md §1, note 1).";

const COST_ADD_HELP: &str = "\
Examples:
  isets service cost add 1 --method \"Bus Pass\" --description \"Monthly pass\" --unit 75.00 \\
    --quantity 1 --paid-on 2026-03-02 --document receipt.pdf
  isets service cost add 1 --method gift-card --description \"Work boots\" --unit 125.00 \\
    --quantity 1 --paid-on 2026-03-02 --check

Methods: direct-payment, bus-pass, gift-card, check, voucher, purchase-order,
reimbursement (or their names). The service is Started/Open and the day it was issued
(--issued-on, default the payment date) falls within a started SNAP E&T activity, not
before the service started nor after today (V1); the payment is in the month of issue
(V7). A cost that takes the customer's fiscal-year total of the category past its
maximum is refused (exit 4, rule V4) unless --override-reason asks for an override:
it is then saved pending, counted in the totals and marked \"Override Pending\".";

#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// Add a support service under a goal of the customer's plan (E1, E3, N5)
    #[command(after_long_help = ADD_HELP)]
    Add {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// BOOKS, CHILDCARE, CLOTHING, TESTING, HOUSING, HYGIENE or TRANSPORTATION (DOMAIN.md §4)
        #[arg(long)]
        category: String,
        /// The goal of the Employment Plan it sits under (E1)
        #[arg(long)]
        goal: i64,
        #[arg(long, value_name = "DATE")]
        planned_start: String,
        #[arg(long, value_name = "DATE")]
        planned_end: String,
        /// Started/Open at once, on this day (not a day to come)
        #[arg(long, value_name = "DATE")]
        start: Option<String>,
        /// The provider giving it [default: the enrolling provider]
        #[arg(long, value_name = "NAME")]
        provider: Option<String>,
        /// The enrollment, when the customer has several open ones with your providers
        #[arg(long, value_name = "ID")]
        enrollment: Option<i64>,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Start a planned support service on the day it started (E2, E4)
    Start {
        /// The service's id
        id: i64,
        #[arg(long, value_name = "DATE")]
        date: String,
        #[command(flatten)]
        note: NoteArg,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Costs of support services: add, edit, list (V1–V5, V7)
    #[command(subcommand)]
    Cost(CostCommand),
}

/// What `cost edit` changes; what is not given stays.
#[derive(Debug, Args, Clone)]
pub struct CostFields {
    /// Direct Payment, Bus Pass, Gift Card, Check, Voucher, Purchase Order, Reimbursement (V2)
    #[arg(long, value_name = "METHOD")]
    method: Option<String>,
    /// What was paid for (V2)
    #[arg(long, value_name = "TEXT")]
    description: Option<String>,
    /// The dollar amount per unit, two decimals at most (V5)
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
    unit: Option<String>,
    /// A whole number of units, 1 or more (V5)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    quantity: Option<String>,
    /// The payment date: within the month the service was issued (V7)
    #[arg(long, value_name = "DATE")]
    paid_on: Option<String>,
    /// The day the service was issued [default: the payment date] (V1)
    #[arg(long, value_name = "DATE")]
    issued_on: Option<String>,
    /// Past the maximum: ask for a cost override with this explanation (V4)
    #[arg(long, value_name = "TEXT")]
    override_reason: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CostCommand {
    /// Add a cost to a Started/Open support service (V1–V5, V7)
    #[command(after_long_help = COST_ADD_HELP)]
    Add {
        /// The support service's id
        service: i64,
        /// Direct Payment, Bus Pass, Gift Card, Check, Voucher, Purchase Order, Reimbursement (V2)
        #[arg(long, value_name = "METHOD")]
        method: String,
        /// What was paid for (V2)
        #[arg(long, value_name = "TEXT")]
        description: String,
        /// The dollar amount per unit, two decimals at most (V5)
        #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
        unit: String,
        /// A whole number of units, 1 or more (V5)
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        quantity: String,
        /// The payment date: within the month the service was issued (V7)
        #[arg(long, value_name = "DATE")]
        paid_on: String,
        /// The day the service was issued [default: the payment date] (V1)
        #[arg(long, value_name = "DATE")]
        issued_on: Option<String>,
        /// Past the maximum: ask for a cost override with this explanation (V4)
        #[arg(long, value_name = "TEXT")]
        override_reason: Option<String>,
        /// A receipt to keep with the cost (category "Support Service")
        #[arg(long, value_name = "FILE")]
        document: Option<PathBuf>,
        /// Show the fiscal-year arithmetic against the maximum and write nothing
        #[arg(long)]
        check: bool,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// Change a cost: the same rules as adding; a void cost is not edited (V1–V5, V7)
    Edit {
        /// The cost's id
        cost: i64,
        #[command(flatten)]
        fields: CostFields,
        #[command(flatten)]
        write: WriteArgs,
    },
    /// List a customer's support-service costs
    List {
        /// The customer's 9-digit individual number
        individual_number: String,
        /// Only this fiscal year's (FY26 or 2026, P3)
        #[arg(long, value_name = "FY")]
        fiscal_year: Option<String>,
        /// Only this category's
        #[arg(long)]
        category: Option<String>,
    },
}

fn shown(ctx: &Ctx, view: &View, dry_run: bool, did: &str) -> Result<()> {
    ctx.printer
        .detail(&view.id.to_string(), view, &[view.section()])?;
    ctx.printer.done(
        dry_run,
        format!(
            "support service {} ({}) of customer {} {did}, case note {}",
            view.id, view.category, view.customer, view.case_note
        ),
    );
    Ok(())
}

fn saved(ctx: &Ctx, saved: &Saved, dry_run: bool, did: &str) -> Result<()> {
    let key = saved.cost.id.map(|i| i.to_string()).unwrap_or_default();
    ctx.printer.detail(&key, saved, &[saved.cost.section()])?;
    let line = saved.arithmetic.line(&saved.cost.category);
    if saved.checked {
        let verdict = if saved.arithmetic.past_maximum {
            "past the maximum: it needs --override-reason (V4)"
        } else {
            "within the maximum"
        };
        ctx.printer
            .status(format!("check: {line}; {verdict}; nothing was written"));
        return Ok(());
    }
    let pending = if saved.cost.state == "pending" {
        "; pending a cost override (V4)"
    } else {
        ""
    };
    ctx.printer.done(
        dry_run,
        format!(
            "cost {key} of support service {} {did}: {line}{pending}",
            saved.cost.service
        ),
    );
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: ServiceCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        ServiceCommand::Add {
            individual_number,
            category,
            goal,
            planned_start,
            planned_end,
            start,
            provider,
            enrollment,
            note,
            write,
        } => {
            let view = services::add(
                &session,
                &AddRequest {
                    customer: &individual_number,
                    category: &category,
                    goal,
                    planned_start: &planned_start,
                    planned_end: &planned_end,
                    start: start.as_deref(),
                    provider: provider.as_deref(),
                    enrollment,
                    note: note.note.as_deref(),
                },
                &write.options(),
            )
            .await?;
            shown(ctx, &view, write.dry_run, "added")
        }
        ServiceCommand::Start {
            id,
            date,
            note,
            write,
        } => {
            let view = services::start(&session, id, &date, note.note.as_deref(), &write.options())
                .await?;
            shown(ctx, &view, write.dry_run, "started")
        }
        ServiceCommand::Cost(CostCommand::Add {
            service,
            method,
            description,
            unit,
            quantity,
            paid_on,
            issued_on,
            override_reason,
            document,
            check,
            write,
        }) => {
            let done = costs::add(
                &session,
                &costs::AddRequest {
                    service,
                    method: &method,
                    description: &description,
                    unit: &unit,
                    quantity: &quantity,
                    paid_on: &paid_on,
                    issued_on: issued_on.as_deref(),
                    document: document.as_deref(),
                    override_reason: override_reason.as_deref(),
                    check,
                },
                &write.options(),
            )
            .await?;
            saved(ctx, &done, write.dry_run, "added")
        }
        ServiceCommand::Cost(CostCommand::Edit {
            cost,
            fields,
            write,
        }) => {
            let done = costs::edit(
                &session,
                &costs::EditRequest {
                    cost,
                    method: fields.method.as_deref(),
                    description: fields.description.as_deref(),
                    unit: fields.unit.as_deref(),
                    quantity: fields.quantity.as_deref(),
                    paid_on: fields.paid_on.as_deref(),
                    issued_on: fields.issued_on.as_deref(),
                    override_reason: fields.override_reason.as_deref(),
                },
                &write.options(),
            )
            .await?;
            saved(ctx, &done, write.dry_run, "edited")
        }
        ServiceCommand::Cost(CostCommand::List {
            individual_number,
            fiscal_year,
            category,
        }) => {
            let list = costs::list(
                &session,
                &individual_number,
                fiscal_year.as_deref(),
                category.as_deref(),
            )
            .await?;
            ctx.printer.list(&list, "costs")
        }
    }
}
