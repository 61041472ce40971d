//! `isets audit log` and `isets audit verify`.

use clap::Subcommand;
use isets::audit::Filter;
use isets::values::parse_date;
use isets::{Error, Result};

use super::Ctx;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit records, oldest first
    Log {
        /// Only records about this entity: KIND (user, organization, contract, …) or KIND:ID (user:jdoe)
        #[arg(long, value_name = "KIND[:ID]")]
        entity: Option<String>,
        /// Only records made by this operator
        #[arg(long, value_name = "USER")]
        operator: Option<String>,
        /// Only records made on or after this date
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// Check the hash chain and name the first record that does not verify
    Verify,
}

pub async fn run(ctx: &Ctx, cmd: AuditCommand) -> Result<()> {
    let session = ctx.session().await?;
    match cmd {
        AuditCommand::Log {
            entity,
            operator,
            since,
        } => {
            let (entity_kind, entity_id) = match entity {
                Some(e) => match e.split_once(':') {
                    Some((k, id)) => (Some(k.to_string()), Some(id.to_string())),
                    None => (Some(e), None),
                },
                None => (None, None),
            };
            let filter = Filter {
                entity_kind,
                entity_id,
                operator,
                since: since.map(|s| parse_date("--since", &s)).transpose()?,
            };
            let records = isets::audit::log(&session, &filter).await?;
            ctx.printer.list(&records, "audit records")
        }
        AuditCommand::Verify => {
            let result = isets::audit::verify_chain(&session, &[]).await?;
            match (result.first_bad, &result.problem) {
                (Some(id), Some(problem)) => Err(Error::Conflict(format!(
                    "audit chain broken at record {id}: {problem} ({} records checked)",
                    result.records
                ))),
                _ => {
                    ctx.printer.status(format!(
                        "audit chain verified: {} records, all intact",
                        result.records
                    ));
                    ctx.printer.detail(
                        &result.records.to_string(),
                        &result,
                        &[isets::output::Section {
                            title: None,
                            headers: vec!["records", "first_bad"],
                            rows: vec![vec![result.records.to_string(), String::new()]],
                        }],
                    )
                }
            }
        }
    }
}
