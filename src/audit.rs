//! The audit log (H1): every write records who, when, the command line, what changed
//! and why, in the same transaction as the change. Records form a SHA-256 chain so a
//! changed or deleted record is found by `isets audit verify`.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::args;
use crate::db::{Backend, Tx};
use crate::error::Result;
use crate::operator::Reach;
use crate::output::{Tabular, opt, time};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Serializes writers of the chain on PostgreSQL (SQLite writers already hold the
/// database write lock from `BEGIN IMMEDIATE`).
const CHAIN_LOCK: i64 = 0x15e7_a0d1;

const COLUMNS: usize = 12;
const ROWS_PER_INSERT: usize = 100;

/// `INSERT INTO audit_log (…) VALUES ($1, …, $12), ($13, …)` for `rows` rows.
fn insert_sql(rows: usize) -> String {
    let values: Vec<String> = (0..rows)
        .map(|r| {
            let cols: Vec<String> = (1..=COLUMNS)
                .map(|c| format!("${}", r * COLUMNS + c))
                .collect();
            format!("({})", cols.join(", "))
        })
        .collect();
    format!(
        "INSERT INTO audit_log (at, operator, command, action, entity_kind, entity_id, \
         organization_id, before, after, reason, prev_hash, hash) VALUES {}",
        values.join(", ")
    )
}

/// One change, recorded with the transaction that makes it.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub action: &'static str,
    pub entity_kind: &'static str,
    pub entity_id: String,
    pub organization_id: Option<i64>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl Change {
    /// The change in one line for people: `created provider "Lakeside Works"`,
    /// `updated contract "FCSABC123": amount 250000.00 → 260000.00`.
    pub fn line(&self) -> String {
        let (noun, verb) = self
            .action
            .rsplit_once('.')
            .unwrap_or((self.entity_kind, self.action));
        let done = match verb {
            "create" => "created",
            "update" => "updated",
            "remove" => "removed",
            "add" => "added",
            "amend" => "amended",
            "reactivate" => "reactivated",
            other => other,
        };
        let mut line = format!("{done} {noun} {:?}", self.entity_id);
        if noun != self.entity_kind {
            line = format!("{done} {noun} of {} {:?}", self.entity_kind, self.entity_id);
        }
        if let (Some(Value::Object(before)), Some(Value::Object(after))) =
            (&self.before, &self.after)
        {
            let fields: Vec<String> = after
                .iter()
                .filter(|(k, v)| before.get(*k) != Some(*v))
                .map(|(k, v)| {
                    format!(
                        "{k} {} → {}",
                        plain(before.get(k).unwrap_or(&Value::Null)),
                        plain(v)
                    )
                })
                .collect();
            if !fields.is_empty() {
                line.push_str(": ");
                line.push_str(&fields.join(", "));
            }
        }
        line
    }
}

/// A JSON value as people read it: text without quotes, nothing as "none".
fn plain(value: &Value) -> String {
    match value {
        Value::Null => "none".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct AuditRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub operator: String,
    pub command: String,
    pub action: String,
    pub entity_kind: String,
    pub entity_id: String,
    pub organization_id: Option<i64>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

#[allow(clippy::too_many_arguments)]
fn digest(
    at: &DateTime<Utc>,
    operator: &str,
    command: &str,
    action: &str,
    entity_kind: &str,
    entity_id: &str,
    organization_id: Option<i64>,
    before: Option<&str>,
    after: Option<&str>,
    reason: Option<&str>,
    prev_hash: &str,
) -> String {
    let canonical = serde_json::json!([
        at.to_rfc3339_opts(SecondsFormat::Micros, true),
        operator,
        command,
        action,
        entity_kind,
        entity_id,
        organization_id,
        before,
        after,
        reason,
        prev_hash
    ]);
    let hash = Sha256::digest(canonical.to_string().as_bytes());
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

impl AuditRecord {
    fn expected_hash(&self) -> String {
        digest(
            &self.at,
            &self.operator,
            &self.command,
            &self.action,
            &self.entity_kind,
            &self.entity_id,
            self.organization_id,
            self.before.as_deref(),
            self.after.as_deref(),
            self.reason.as_deref(),
            &self.prev_hash,
        )
    }
}

impl Tabular for AuditRecord {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "at",
            "operator",
            "action",
            "entity_kind",
            "entity_id",
            "reason",
            "command",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "id",
            "at",
            "operator",
            "command",
            "action",
            "entity_kind",
            "entity_id",
            "organization_id",
            "before",
            "after",
            "reason",
            "prev_hash",
            "hash",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            time(&self.at),
            self.operator.clone(),
            self.action.clone(),
            self.entity_kind.clone(),
            self.entity_id.clone(),
            opt(&self.reason),
            self.command.clone(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// Who and why, shared by every change of one command.
pub struct Context<'a> {
    pub at: DateTime<Utc>,
    pub operator: &'a str,
    pub command: &'a str,
    pub reason: Option<&'a str>,
}

/// Appends `changes` to the chain inside `tx`.
pub async fn append(tx: &mut Tx, ctx: &Context<'_>, changes: &[Change]) -> Result<()> {
    if changes.is_empty() {
        return Ok(());
    }
    if tx.backend() == Backend::Postgres {
        tx.execute("SELECT pg_advisory_xact_lock($1)", args![CHAIN_LOCK])
            .await?;
    }
    let last: Option<(String,)> = tx
        .fetch_optional(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1",
            vec![],
        )
        .await?;
    let mut prev = last.map(|(h,)| h).unwrap_or_else(|| GENESIS.to_string());
    // Many rows per statement: a write of thousands of changes (`isets apply`) costs a
    // few round trips, not one per record. Ids follow the order of the rows, which is
    // the order of the chain.
    for chunk in changes.chunks(ROWS_PER_INSERT) {
        let mut args = Vec::with_capacity(chunk.len() * COLUMNS);
        for change in chunk {
            let before = change.before.as_ref().map(Value::to_string);
            let after = change.after.as_ref().map(Value::to_string);
            let hash = digest(
                &ctx.at,
                ctx.operator,
                ctx.command,
                change.action,
                change.entity_kind,
                &change.entity_id,
                change.organization_id,
                before.as_deref(),
                after.as_deref(),
                ctx.reason,
                &prev,
            );
            args.extend(args![
                ctx.at,
                ctx.operator,
                ctx.command,
                change.action,
                change.entity_kind,
                change.entity_id.as_str(),
                change.organization_id,
                before,
                after,
                ctx.reason,
                prev.as_str(),
                hash.as_str()
            ]);
            prev = hash;
        }
        tx.execute_generated(insert_sql(chunk.len()), args).await?;
    }
    Ok(())
}

#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub entity_kind: Option<String>,
    pub entity_id: Option<String>,
    pub operator: Option<String>,
    pub since: Option<NaiveDate>,
}

/// `isets audit log`: what the operator may read of the log (H1).
pub async fn log(session: &crate::session::Session, filter: &Filter) -> Result<Vec<AuditRecord>> {
    let permit = session.permit(crate::permissions::Action::ReadAudit)?;
    let mut tx = session.read().await?;
    list(&mut tx, filter, permit.reach()).await
}

/// `isets audit verify`: the whole chain, for statewide readers only.
pub async fn verify_chain(session: &crate::session::Session) -> Result<Verification> {
    session.authorize(crate::permissions::Action::VerifyAudit, None)?;
    let mut tx = session.read().await?;
    verify(&mut tx).await
}

/// Records matching `filter` that `reach` covers: a provider-scoped reader sees only
/// records about their own providers. The scope is part of the query, so a reader with
/// a narrow reach does not fetch the whole log.
pub async fn list(tx: &mut Tx, filter: &Filter, reach: &Reach) -> Result<Vec<AuditRecord>> {
    let since = filter
        .since
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc());
    let mut sql = String::from(
        "SELECT id, at, operator, command, action, entity_kind, entity_id, organization_id, \
         before, after, reason, prev_hash, hash FROM audit_log \
         WHERE ($1 IS NULL OR entity_kind = $1) AND ($2 IS NULL OR entity_id = $2) \
         AND ($3 IS NULL OR operator = $3) AND ($4 IS NULL OR at >= $4)",
    );
    let mut binds = args![
        filter.entity_kind.as_ref(),
        filter.entity_id.as_ref(),
        filter.operator.as_ref(),
        since
    ];
    if let Reach::Organizations(ids) = reach {
        let places: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 5)).collect();
        sql.push_str(&format!(" AND organization_id IN ({})", places.join(", ")));
        binds.extend(ids.iter().map(|id| crate::db::Arg::from(*id)));
    }
    sql.push_str(" ORDER BY id");
    tx.fetch_all_generated(sql, binds).await
}

#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub records: u64,
    /// The first record whose hash or link does not match, if any.
    pub first_bad: Option<i64>,
    pub problem: Option<String>,
}

/// Walks the whole chain in pages and names the first record that does not verify.
pub async fn verify(tx: &mut Tx) -> Result<Verification> {
    const PAGE: i64 = 5000;
    let mut prev = GENESIS.to_string();
    let mut after_id = 0i64;
    let mut count = 0u64;
    loop {
        let page: Vec<AuditRecord> = tx
            .fetch_all(
                "SELECT id, at, operator, command, action, entity_kind, entity_id, organization_id, \
                 before, after, reason, prev_hash, hash FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
                args![after_id, PAGE],
            )
            .await?;
        let Some(last) = page.last() else { break };
        after_id = last.id;
        for record in &page {
            count += 1;
            let problem = if record.prev_hash != prev {
                Some(
                    "its link to the previous record is broken (a record was removed or reordered)",
                )
            } else if record.expected_hash() != record.hash {
                Some("its content does not match its hash (the record was changed)")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Ok(Verification {
                    records: count,
                    first_bad: Some(record.id),
                    problem: Some(problem.to_string()),
                });
            }
            prev = record.hash.clone();
        }
    }
    Ok(Verification {
        records: count,
        first_bad: None,
        problem: None,
    })
}

/// The newest audit time per operator username: their last activity (U6).
pub async fn last_activity(tx: &mut Tx, username: &str) -> Result<Option<DateTime<Utc>>> {
    let row: Option<(Option<DateTime<Utc>>,)> = tx
        .fetch_optional(
            "SELECT MAX(at) FROM audit_log WHERE operator = $1",
            args![username],
        )
        .await?;
    Ok(row.and_then(|(t,)| t))
}

#[cfg(test)]
mod line_tests {
    use super::*;

    fn change(action: &'static str, before: Option<Value>, after: Option<Value>) -> Change {
        Change {
            action,
            entity_kind: "contract",
            entity_id: "FCSABC123".into(),
            organization_id: Some(1),
            before,
            after,
        }
    }

    #[test]
    fn a_change_reads_as_one_line_naming_what_changed() {
        assert_eq!(
            change(
                "contract.create",
                None,
                Some(serde_json::json!({"amount": "1.00"}))
            )
            .line(),
            "created contract \"FCSABC123\""
        );
        assert_eq!(
            change(
                "contract.amend",
                Some(serde_json::json!({"amount": "250000.00", "program": "snap-jp", "end": null})),
                Some(serde_json::json!({"amount": "260000.00", "program": "snap-jp", "end": "2027-06-30"})),
            )
            .line(),
            "amended contract \"FCSABC123\": amount 250000.00 → 260000.00, end none → 2027-06-30"
        );
        let listing = Change {
            action: "listing.add",
            entity_kind: "user",
            entity_id: "jdoe".into(),
            organization_id: Some(1),
            before: None,
            after: None,
        };
        assert_eq!(listing.line(), "added listing of user \"jdoe\"");
    }
}
