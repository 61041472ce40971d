//! `isets audit log`, `isets audit verify` and `isets audit head`.

use std::path::PathBuf;

use clap::Subcommand;
use isets::audit::{Filter, Head};
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
    ///
    /// The chain alone cannot show that its newest records were removed, or that a record
    /// was changed and every later hash recomputed. With --expect-head or --expect-heads
    /// it must also extend heads printed earlier by `isets audit head -q` and kept outside
    /// the database (H1); a head it does not extend exits 5 like a broken chain.
    Verify {
        /// Also check that the chain still extends this head, as printed by `isets audit head -q` (repeatable)
        #[arg(long, value_name = "COUNT:HASH")]
        expect_head: Vec<String>,
        /// Also check every head in FILE: one COUNT:HASH per line; blank lines and text after # are ignored
        #[arg(long, value_name = "FILE")]
        expect_heads: Option<PathBuf>,
    },
    /// Print the record count and the newest hash (the chain's head), to keep outside the database
    ///
    /// With -q it prints COUNT:HASH, the form `isets audit verify --expect-head` and
    /// --expect-heads take. An empty log's head is 0 and the genesis hash. Keep heads where
    /// those who can write the database cannot (a ticket, a log, another machine).
    Head,
}

pub async fn run(ctx: &Ctx, cmd: AuditCommand) -> Result<()> {
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
            let session = ctx.session().await?;
            let records = isets::audit::log(&session, &filter).await?;
            ctx.printer.list(&records, "audit records")
        }
        AuditCommand::Verify {
            expect_head,
            expect_heads,
        } => {
            let mut heads = expect_head
                .iter()
                .map(|h| Head::parse("--expect-head", h))
                .collect::<Result<Vec<Head>>>()?;
            if let Some(path) = &expect_heads {
                heads.extend(isets::audit::read_heads(path)?);
            }
            let session = ctx.session().await?;
            let result = isets::audit::verify_chain(&session, &heads).await?;
            if let (Some(id), Some(problem)) = (result.first_bad, &result.problem) {
                return Err(Error::Conflict(format!(
                    "audit chain broken at record {id}: {problem} ({} records checked)",
                    result.records
                )));
            }
            if let Some(not_extended) = &result.not_extended {
                return Err(Error::Conflict(not_extended.to_string()));
            }
            let extends = match result.heads {
                0 => String::new(),
                1 => ", extending the given head".to_string(),
                n => format!(", extending all {n} given heads"),
            };
            ctx.printer.status(format!(
                "audit chain verified: {} records, all intact{extends}",
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
        AuditCommand::Head => {
            let session = ctx.session().await?;
            let head = isets::audit::chain_head(&session).await?;
            ctx.printer.detail(
                &head.to_string(),
                &head,
                &[isets::output::Section {
                    title: None,
                    headers: vec!["records", "hash"],
                    rows: vec![vec![head.records().to_string(), head.hash().to_string()]],
                }],
            )
        }
    }
}
