//! The audit chain (H1): appending records in the writing transaction, reading them,
//! verifying the SHA-256 chain and its heads. Nothing here checks who asks; the
//! operations in [`super`] do.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::args;
use crate::db::{Backend, Tx};
use crate::error::{Error, Result};
use crate::operator::Reach;
use crate::output::{Tabular, opt, time};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

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
    /// The hash this record's content and `prev_hash` give; `verify` compares it with
    /// the stored `hash`.
    pub fn expected_hash(&self) -> String {
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
    // On PostgreSQL the database links each record into the chain (its trigger, under
    // the chain lock: `isets db setup`); the operator, who may not read the log, sends
    // none of the chain's fields it computes.
    let in_database = tx.backend() == Backend::Postgres;
    let mut prev = if in_database {
        String::new()
    } else {
        let last: Option<(String,)> = tx
            .fetch_optional(
                crate::sql!("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"),
                vec![],
            )
            .await?;
        last.map(|(h,)| h).unwrap_or_else(|| GENESIS.to_string())
    };
    // Many rows per statement: a write of thousands of changes (`isets apply`) costs a
    // few round trips, not one per record. Ids follow the order of the rows, which is
    // the order of the chain.
    let mut rows = Vec::with_capacity(changes.len());
    for change in changes {
        let before = change.before.as_ref().map(Value::to_string);
        let after = change.after.as_ref().map(Value::to_string);
        let hash = if in_database {
            String::new()
        } else {
            digest(
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
            )
        };
        rows.push(args![
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
    tx.insert_rows(
        crate::sql!(rows:
            "INSERT INTO audit_log (at, operator, command, action, entity_kind, entity_id, \
             organization_id, before, after, reason, prev_hash, hash)"
        ),
        rows,
    )
    .await?;
    Ok(())
}

#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub entity_kind: Option<String>,
    pub entity_id: Option<String>,
    pub operator: Option<String>,
    pub since: Option<NaiveDate>,
}

/// Records matching `filter` that `reach` covers: a provider-scoped reader sees only
/// records about their own providers. The scope is part of the query, so a reader with
/// a narrow reach does not fetch the whole log.
pub async fn list(tx: &mut Tx, filter: &Filter, reach: &Reach) -> Result<Vec<AuditRecord>> {
    let since = filter
        .since
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc());
    let (everywhere, organizations) = match reach {
        Reach::Organizations(ids) => (false, ids.iter().copied().collect()),
        _ => (true, Vec::new()),
    };
    tx.fetch_all(
        crate::sql!(
            sqlite: "SELECT id, at, operator, command, action, entity_kind, entity_id, \
                     organization_id, before, after, reason, prev_hash, hash FROM audit_log \
                     WHERE ($1 IS NULL OR entity_kind = $1) AND ($2 IS NULL OR entity_id = $2) \
                     AND ($3 IS NULL OR operator = $3) AND ($4 IS NULL OR at >= $4) \
                     AND ($5 OR organization_id IN (SELECT value FROM json_each($6))) \
                     ORDER BY id",
            postgres: "SELECT id, at, operator, command, action, entity_kind, entity_id, \
                       organization_id, before, after, reason, prev_hash, hash FROM audit_log \
                       WHERE ($1::text IS NULL OR entity_kind = $1) \
                       AND ($2::text IS NULL OR entity_id = $2) \
                       AND ($3::text IS NULL OR operator = $3) \
                       AND ($4::timestamptz IS NULL OR at >= $4) \
                       AND ($5 OR organization_id = ANY($6)) \
                       ORDER BY id",
        ),
        args![
            filter.entity_kind.as_ref(),
            filter.entity_id.as_ref(),
            filter.operator.as_ref(),
            since,
            everywhere,
            crate::db::Arg::Ints(organizations)
        ],
    )
    .await
}

#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub records: u64,
    /// The first record whose hash or link does not match, if any.
    pub first_bad: Option<i64>,
    pub problem: Option<String>,
    /// How many expected heads were given.
    pub heads: usize,
    /// The first given head the chain does not extend, if any.
    pub not_extended: Option<NotExtended>,
}

/// Walks the whole chain in pages, names the first record that does not verify, and in
/// the same walk checks that the chain extends every head in `heads` (H1).
pub async fn verify(tx: &mut Tx, heads: &[Head]) -> Result<Verification> {
    const PAGE: i64 = 5000;
    let mut prev = GENESIS.to_string();
    let mut after_id = 0i64;
    let mut count = 0u64;
    let mut check = HeadCheck::new(heads);
    let verification = |records, first_bad, problem: Option<&str>, not_extended| Verification {
        records,
        first_bad,
        problem: problem.map(str::to_string),
        heads: heads.len(),
        not_extended,
    };
    loop {
        let page: Vec<AuditRecord> = tx
            .fetch_all(
                crate::sql!("SELECT id, at, operator, command, action, entity_kind, entity_id, organization_id, \
                 before, after, reason, prev_hash, hash FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2"),
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
            if problem.is_some() {
                return Ok(verification(count, Some(record.id), problem, None));
            }
            if let Some(not_extended) = check.record(count, record.id, &record.hash) {
                return Ok(verification(count, None, None, Some(not_extended)));
            }
            prev = record.hash.clone();
        }
    }
    Ok(verification(count, None, None, check.end(count)))
}

/// The head of the chain now: the number of records and the newest record's hash.
pub async fn head(tx: &mut Tx) -> Result<Head> {
    // One statement: on PostgreSQL each statement sees its own snapshot, and a writer
    // committing between two would pair a count with another record's hash.
    let (records, hash): (i64, Option<String>) = tx
        .fetch_one(
            crate::sql!(
                "SELECT (SELECT COUNT(*) FROM audit_log), \
             (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"
            ),
            vec![],
        )
        .await?;
    Ok(Head {
        records: u64::try_from(records)
            .map_err(|_| Error::Internal(format!("audit_log counts {records} records")))?,
        hash: hash.unwrap_or_else(|| GENESIS.to_string()),
    })
}

/// A head of the chain (H1): how many records the log held and the hash of the newest
/// of them, written `COUNT:HASH`. The chain alone cannot show that its newest records
/// were removed, or that a record was changed and every later hash recomputed; a head
/// kept outside the database can, for every record up to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Head {
    records: u64,
    hash: String,
}

impl Head {
    pub fn records(&self) -> u64 {
        self.records
    }

    pub fn hash(&self) -> &str {
        &self.hash
    }

    /// Parses `text`, the value given for `field`; a usage error names both and why.
    pub fn parse(field: &str, text: &str) -> Result<Head> {
        text.parse()
            .map_err(|e: BadHead| Error::invalid(field, text, e))
    }
}

impl fmt::Display for Head {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.records, self.hash)
    }
}

/// Why a text is not a head: the words that follow the text in a message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadHead {
    #[error("is not COUNT:HASH (H1): it has no ':'")]
    NoColon,
    #[error("is not COUNT:HASH (H1): the count {0:?} is not a whole number of records")]
    Count(String),
    #[error(
        "is not COUNT:HASH (H1): the hash {0:?} is not 64 lowercase hexadecimal digits (SHA-256)"
    )]
    Hash(String),
    #[error(
        "is not COUNT:HASH (H1): the head of an empty log (count 0) is the genesis hash {}",
        GENESIS
    )]
    Genesis,
}

impl FromStr for Head {
    type Err = BadHead;

    fn from_str(text: &str) -> std::result::Result<Head, BadHead> {
        let (count, hash) = text.split_once(':').ok_or(BadHead::NoColon)?;
        // Digits only: `u64::from_str` would also take "+12".
        let records = Some(count)
            .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|c| c.parse::<u64>().ok())
            .ok_or_else(|| BadHead::Count(count.to_string()))?;
        // Lowercase only, as `audit head` prints it, so one head has one spelling.
        if hash.len() != 64 || !hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            return Err(BadHead::Hash(hash.to_string()));
        }
        if records == 0 && hash != GENESIS {
            return Err(BadHead::Genesis);
        }
        Ok(Head {
            records,
            hash: hash.to_string(),
        })
    }
}

/// The heads in a file of `COUNT:HASH` lines, as `isets audit head -q >> FILE` writes
/// them. Blank lines and text from `#` on are ignored; `name` is the file as given, for
/// messages, which name it with the line number.
pub fn parse_heads(name: &str, text: &str) -> Result<Vec<Head>> {
    let mut heads = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let value = line.split('#').next().unwrap_or_default().trim();
        if !value.is_empty() {
            heads.push(Head::parse(&format!("{name}:{}", index + 1), value)?);
        }
    }
    Ok(heads)
}

/// Reads and parses a file of heads (see [`parse_heads`]).
pub fn read_heads(path: &Path) -> Result<Vec<Head>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Usage(format!("{name}: cannot read: {e}")))?;
    parse_heads(&name, &text)
}

/// Why the chain does not extend a head (H1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotExtended {
    /// The log ends before the head's record: its newest records were removed.
    Missing { head: Head, records: u64 },
    /// The head's record has another hash now: it or a record before it was changed
    /// and the hashes after it recomputed. `since` is the newest given head the chain
    /// still extends (0 for none), so the rewrite is after that record.
    Rewritten {
        head: Head,
        id: i64,
        hash: String,
        since: u64,
    },
}

impl fmt::Display for NotExtended {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NotExtended::Missing { head, records } => {
                let missing = head.records - records;
                write!(
                    f,
                    "audit chain does not extend head {head}: the log has {records} record{}, \
                     {missing} {} missing (deleted or truncated)",
                    if *records == 1 { "" } else { "s" },
                    if missing == 1 { "is" } else { "are" },
                )
            }
            NotExtended::Rewritten {
                head,
                id,
                hash,
                since,
            } => {
                write!(
                    f,
                    "audit chain does not extend head {head}: record {} (id {id}) now has hash \
                     {hash}: the log was rewritten at or before it",
                    head.records
                )?;
                if *since > 0 {
                    write!(f, ", after record {since} (which still matches its head)")?;
                }
                Ok(())
            }
        }
    }
}

/// Checks expected heads against the chain as `verify` walks it, record by record in id
/// order, so proving the chain extends them costs no second scan (H1). Pure: it sees
/// only positions, ids and hashes.
#[derive(Debug, Clone)]
pub struct HeadCheck {
    /// Ascending by count; heads of the empty log are left out, every log extends them.
    heads: Vec<Head>,
    next: usize,
    /// The count of the newest head matched so far.
    matched: u64,
}

impl HeadCheck {
    pub fn new(heads: &[Head]) -> HeadCheck {
        let mut heads: Vec<Head> = heads.iter().filter(|h| h.records > 0).cloned().collect();
        heads.sort_by(|a, b| (a.records, &a.hash).cmp(&(b.records, &b.hash)));
        heads.dedup();
        HeadCheck {
            heads,
            next: 0,
            matched: 0,
        }
    }

    /// Record number `position` (from 1) has `id` and `hash`: the first given head at
    /// that position it contradicts. Positions must come in order, each once.
    pub fn record(&mut self, position: u64, id: i64, hash: &str) -> Option<NotExtended> {
        let mut matched = false;
        while let Some(head) = self.heads.get(self.next)
            && head.records == position
        {
            self.next += 1;
            if head.hash != hash {
                return Some(NotExtended::Rewritten {
                    head: head.clone(),
                    id,
                    hash: hash.to_string(),
                    since: self.matched,
                });
            }
            matched = true;
        }
        if matched {
            self.matched = position;
        }
        None
    }

    /// The log ended after `records` records: the newest given head beyond its end,
    /// which tells the most about what is missing.
    pub fn end(&self, records: u64) -> Option<NotExtended> {
        self.heads
            .last()
            .filter(|h| h.records > records)
            .map(|head| NotExtended::Missing {
                head: head.clone(),
                records,
            })
    }
}

/// The newest audit time per operator username: their last activity (U6).
pub async fn last_activity(tx: &mut Tx, username: &str) -> Result<Option<DateTime<Utc>>> {
    let row: Option<(Option<DateTime<Utc>>,)> = tx
        .fetch_optional(
            crate::sql!(
                sqlite: "SELECT MAX(at) FROM audit_log WHERE operator = $1",
                postgres: "SELECT MAX(at) FROM isets_last_activity() WHERE operator = $1",
            ),
            args![username],
        )
        .await?;
    Ok(row.and_then(|(t,)| t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(c: char) -> String {
        c.to_string().repeat(64)
    }

    fn head(records: u64, c: char) -> Head {
        Head {
            records,
            hash: hex(c),
        }
    }

    #[test]
    fn a_head_is_count_colon_lowercase_sha256() {
        let h: Head = format!("120:{}", hex('a')).parse().expect("head");
        assert_eq!((h.records(), h.hash()), (120, hex('a').as_str()));
        assert_eq!(h.to_string(), format!("120:{}", hex('a')));
        let genesis: Head = format!("0:{GENESIS}").parse().expect("empty log");
        assert_eq!(genesis.records(), 0);
    }

    #[test]
    fn a_malformed_head_says_why() {
        let cases = [
            ("120", BadHead::NoColon),
            (&format!("x:{}", hex('a')), BadHead::Count("x".into())),
            (&format!(":{}", hex('a')), BadHead::Count("".into())),
            (&format!("+5:{}", hex('a')), BadHead::Count("+5".into())),
            (&format!("-5:{}", hex('a')), BadHead::Count("-5".into())),
            ("5:abc", BadHead::Hash("abc".into())),
            (&format!("5:{}", hex('A')), BadHead::Hash(hex('A'))),
            (&format!("5:{}", hex('g')), BadHead::Hash(hex('g'))),
            (
                &format!("5:{}0", hex('a')),
                BadHead::Hash(format!("{}0", hex('a'))),
            ),
            (
                &format!("5: {}", hex('a')),
                BadHead::Hash(format!(" {}", hex('a'))),
            ),
            (&format!("0:{}", hex('a')), BadHead::Genesis),
        ];
        for (text, why) in cases {
            assert_eq!(text.parse::<Head>(), Err(why), "{text}");
        }
        let err = Head::parse("--expect-head", "7:xyz").expect_err("bad hash");
        assert_eq!(err.exit_code(), crate::ExitCode::Usage);
        assert_eq!(
            err.to_string(),
            "--expect-head: \"7:xyz\" is not COUNT:HASH (H1): the hash \"xyz\" is not 64 \
             lowercase hexadecimal digits (SHA-256)"
        );
    }

    #[test]
    fn a_file_of_heads_skips_blanks_and_comments_and_names_a_bad_line() {
        let text = format!(
            "# daily heads\n\n3:{}\n  7:{}   # after the upgrade\n",
            hex('a'),
            hex('b')
        );
        assert_eq!(
            parse_heads("heads", &text).expect("heads"),
            vec![head(3, 'a'), head(7, 'b')]
        );
        let err = parse_heads("heads", &format!("3:{}\n\n7;{}\n", hex('a'), hex('b')))
            .expect_err("line 3");
        assert_eq!(
            err.to_string(),
            format!(
                "heads:3: \"7;{}\" is not COUNT:HASH (H1): it has no ':'",
                hex('b')
            )
        );
    }

    /// Feeds `hashes` (one per record, ids from 1) through a check of `heads`.
    fn walk(heads: &[Head], hashes: &[char]) -> Option<NotExtended> {
        let mut check = HeadCheck::new(heads);
        for (i, c) in hashes.iter().enumerate() {
            let position = i as u64 + 1;
            if let Some(found) = check.record(position, position as i64 * 10, &hex(*c)) {
                return Some(found);
            }
        }
        check.end(hashes.len() as u64)
    }

    #[test]
    fn heads_the_chain_extends_pass() {
        let chain = ['a', 'b', 'c', 'd'];
        assert_eq!(walk(&[], &chain), None);
        assert_eq!(walk(&[head(4, 'd')], &chain), None);
        assert_eq!(
            walk(&[head(1, 'a'), head(3, 'c'), head(1, 'a')], &chain),
            None
        );
        assert_eq!(
            walk(
                &[Head::parse("h", &format!("0:{GENESIS}")).expect("genesis")],
                &[]
            ),
            None
        );
    }

    #[test]
    fn a_removed_newest_record_is_missing_from_the_newest_head() {
        let found = walk(
            &[head(2, 'b'), head(5, 'e'), head(4, 'd')],
            &['a', 'b', 'c'],
        );
        assert_eq!(
            found,
            Some(NotExtended::Missing {
                head: head(5, 'e'),
                records: 3
            })
        );
        let message = found.map(|f| f.to_string()).unwrap_or_default();
        assert!(
            message.ends_with(": the log has 3 records, 2 are missing (deleted or truncated)"),
            "{message}"
        );
        let one = walk(&[head(2, 'b')], &['a'])
            .map(|f| f.to_string())
            .unwrap_or_default();
        assert!(
            one.ends_with("the log has 1 record, 1 is missing (deleted or truncated)"),
            "{one}"
        );
    }

    #[test]
    fn a_rewrite_is_found_at_the_first_head_after_it() {
        // Record 3 was rewritten and the hashes after it recomputed.
        let found = walk(
            &[head(2, 'b'), head(4, 'd'), head(3, 'c')],
            &['a', 'b', 'x', 'y'],
        );
        assert_eq!(
            found,
            Some(NotExtended::Rewritten {
                head: head(3, 'c'),
                id: 30,
                hash: hex('x'),
                since: 2
            })
        );
        assert_eq!(
            found.map(|f| f.to_string()).unwrap_or_default(),
            format!(
                "audit chain does not extend head 3:{}: record 3 (id 30) now has hash {}: the \
                 log was rewritten at or before it, after record 2 (which still matches its head)",
                hex('c'),
                hex('x')
            )
        );
        // Two heads for one record: the log cannot extend both.
        assert!(matches!(
            walk(&[head(1, 'a'), head(1, 'z')], &['a', 'b']),
            Some(NotExtended::Rewritten { since: 0, .. })
        ));
    }

    #[test]
    fn the_expected_hash_is_the_stored_one_for_a_record_written_by_append() {
        let at = DateTime::parse_from_rfc3339("2026-03-02T15:04:05.123456Z")
            .expect("time")
            .with_timezone(&Utc);
        let hash = digest(
            &at,
            "admin",
            "isets init",
            "user.create",
            "user",
            "admin",
            None,
            None,
            Some("{}"),
            None,
            GENESIS,
        );
        let record = AuditRecord {
            id: 1,
            at,
            operator: "admin".into(),
            command: "isets init".into(),
            action: "user.create".into(),
            entity_kind: "user".into(),
            entity_id: "admin".into(),
            organization_id: None,
            before: None,
            after: Some("{}".into()),
            reason: None,
            prev_hash: GENESIS.into(),
            hash: hash.clone(),
        };
        assert_eq!(record.expected_hash(), hash);
        let changed = AuditRecord {
            reason: Some("rewritten".into()),
            ..record
        };
        assert_ne!(changed.expected_hash(), hash);
    }
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
