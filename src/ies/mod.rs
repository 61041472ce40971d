//! The IES extract and its import (DOMAIN.md §5, I1–I4): `isets ies import FILE` and
//! `isets ies batches`.
//!
//! An import reads the file twice: once for its SHA-256 (an extract already imported is
//! refused unless forced) and its size, then row by row. Checked rows go to a temporary
//! staging table in chunks, so memory stays flat whatever the file's size; bad rows are
//! counted, reported and written to the rejects file. The staged rows are then applied
//! with a few set-wise statements, in the one transaction of the write with its audit
//! record: new people inserted, changed ones overwritten with each changed field in
//! their history (I2, I3), unchanged ones (same row hash) skipped, people missing from
//! the extract kept (I4).

pub mod extract;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::args;
use crate::audit::Change;
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::output::{Progress, Tabular, time};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::WriteOptions;

pub use extract::{Person, Reject, SnapStatus};

/// Rows staged per statement batch.
const CHUNK: usize = 1000;

/// Rejects kept in memory for the summary; the rejects file gets every one.
const REJECTS_SHOWN: usize = 20;

/// What `isets ies import` was asked to do.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The date the extract is as of (`--as-of`); the import's date by default.
    pub as_of: Option<NaiveDate>,
    /// Import a file whose SHA-256 matches an earlier batch.
    pub force: bool,
    /// Write every rejected row here (CSV).
    pub rejects: Option<PathBuf>,
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The batch's id; none for a dry run.
    pub batch: Option<i64>,
    pub file: String,
    pub sha256: String,
    pub as_of: NaiveDate,
    pub dry_run: bool,
    pub rows: u64,
    pub new: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub rejected: u64,
    /// Unknown columns, ignored.
    pub ignored_columns: Vec<String>,
    /// The first rejected rows (every one is in the rejects file).
    pub rejects: Vec<Reject>,
}

/// A recorded batch (`isets ies batches`).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Batch {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub operator: String,
    pub imported_at: DateTime<Utc>,
    pub as_of: NaiveDate,
    pub new_count: i64,
    pub changed_count: i64,
    pub unchanged_count: i64,
    pub rejected_count: i64,
    pub forced: bool,
}

impl Tabular for Batch {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "file",
            "sha256",
            "operator",
            "imported_at",
            "as_of",
            "new",
            "changed",
            "unchanged",
            "rejected",
            "forced",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.file_name.clone(),
            self.sha256[..12].to_string(),
            self.operator.clone(),
            time(&self.imported_at),
            self.as_of.to_string(),
            self.new_count.to_string(),
            self.changed_count.to_string(),
            self.unchanged_count.to_string(),
            self.rejected_count.to_string(),
            if self.forced { "yes" } else { "no" }.to_string(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// `isets ies batches`: every import, newest first (I3; statewide readers of the
/// import only).
pub async fn batches(session: &Session) -> Result<Vec<Batch>> {
    session.authorize(Action::ImportIes, None)?;
    let mut tx = session.read().await?;
    tx.fetch_all(
        crate::sql!(
            "SELECT id, file_name, sha256, operator, imported_at, as_of, new_count, changed_count, \
             unchanged_count, rejected_count, forced FROM ies_batches ORDER BY id DESC"
        ),
        vec![],
    )
    .await
}

/// The file's SHA-256 and its number of lines (for the progress bar), in one pass.
fn fingerprint(path: &Path) -> Result<(String, u64)> {
    let file = File::open(path).map_err(|e| unreadable(path, e))?;
    let mut reader = BufReader::with_capacity(1 << 16, file);
    let start = reader.fill_buf().map_err(|e| unreadable(path, e))?;
    extract::check_text(&start[..start.len().min(8192)])?;
    let mut hasher = Sha256::new();
    let mut lines = 0u64;
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = reader.read(&mut buffer).map_err(|e| unreadable(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        lines += buffer[..n].iter().filter(|b| **b == b'\n').count() as u64;
    }
    Ok((format!("{:x}", hasher.finalize()), lines))
}

fn unreadable(path: &Path, e: std::io::Error) -> Error {
    Error::Usage(format!("cannot read {}: {e}", path.display()))
}

/// Writes every rejected row to the `--rejects` file as it is found.
struct RejectsFile(csv::Writer<File>);

impl RejectsFile {
    fn create(path: &Path) -> Result<RejectsFile> {
        let file = File::create(path)
            .map_err(|e| Error::Usage(format!("cannot write {}: {e}", path.display())))?;
        let mut writer = csv::Writer::from_writer(file);
        writer.write_record(["line", "field", "value", "reason"])?;
        Ok(RejectsFile(writer))
    }

    fn write(&mut self, r: &Reject) -> Result<()> {
        self.0
            .write_record([r.line.to_string().as_str(), &r.field, &r.value, &r.reason])?;
        Ok(())
    }
}

/// One staged row's values; the person is consumed, so no field is copied.
fn staged_args(line: u64, p: Person) -> Vec<Arg> {
    let hash = p.row_hash();
    args![
        line as i64,
        p.individual_number,
        p.case_number,
        p.last_name,
        p.first_name,
        p.date_of_birth,
        p.ssn_last4,
        p.email,
        p.phone,
        p.street,
        p.city,
        p.zip,
        p.county,
        p.snap_status.code(),
        p.redetermination_date,
        p.midpoint_date,
        p.abawd,
        hash
    ]
}

async fn stage(tx: &mut Tx, rows: &mut Vec<Vec<Arg>>) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    tx.insert_rows(
        crate::sql!(rows: "INSERT INTO ies_staging (line, individual_number, case_number, last_name, \
             first_name, date_of_birth, ssn_last4, email, phone, street, city, zip, county, \
             snap_status, redetermination_date, midpoint_date, abawd, row_hash)"),
        std::mem::take(rows),
    )
    .await?;
    Ok(())
}

/// The changed fields of every staged person whose row hash differs, as history rows
/// (field, old, new). Dates are compared and written as `YYYY-MM-DD`, booleans as Y/N,
/// alike on both backends.
macro_rules! changed_fields {
    ($date_open:literal, $date_close:literal) => {
        concat!(
            "INSERT INTO customer_history (customer_id, field, old_value, new_value, batch_id, changed_by, changed_at) \
             SELECT ch.id, ch.field, ch.old_value, ch.new_value, $1, $2, $3 FROM (",
            changed_fields!(@text "case_number"), " UNION ALL ",
            changed_fields!(@text "last_name"), " UNION ALL ",
            changed_fields!(@text "first_name"), " UNION ALL ",
            changed_fields!(@date "date_of_birth", $date_open, $date_close), " UNION ALL ",
            changed_fields!(@text "ssn_last4"), " UNION ALL ",
            changed_fields!(@text "email"), " UNION ALL ",
            changed_fields!(@text "phone"), " UNION ALL ",
            changed_fields!(@text "street"), " UNION ALL ",
            changed_fields!(@text "city"), " UNION ALL ",
            changed_fields!(@text "zip"), " UNION ALL ",
            changed_fields!(@text "county"), " UNION ALL ",
            changed_fields!(@text "snap_status"), " UNION ALL ",
            changed_fields!(@date "redetermination_date", $date_open, $date_close), " UNION ALL ",
            changed_fields!(@date "midpoint_date", $date_open, $date_close), " UNION ALL ",
            changed_fields!(@pair "abawd",
                "CASE WHEN c.abawd THEN 'Y' WHEN NOT c.abawd THEN 'N' END",
                "CASE WHEN s.abawd THEN 'Y' WHEN NOT s.abawd THEN 'N' END"),
            // S4: a person entered by hand is now IES's.
            " UNION ALL SELECT c.id, 'entered_by_hand' AS field, 'Y' AS old_value, 'N' AS new_value \
              FROM ies_staging s JOIN customers c ON c.individual_number = s.individual_number \
              WHERE c.entered_by_hand",
            ") ch"
        )
    };
    (@text $field:literal) => {
        changed_fields!(@pair $field, concat!("c.", $field), concat!("s.", $field))
    };
    (@date $field:literal, $open:literal, $close:literal) => {
        changed_fields!(@pair $field,
            concat!($open, "c.", $field, $close),
            concat!($open, "s.", $field, $close))
    };
    (@pair $field:literal, $old:expr, $new:expr) => {
        concat!(
            "SELECT c.id, '", $field, "' AS field, ", $old, " AS old_value, ", $new, " AS new_value \
             FROM ies_staging s JOIN customers c ON c.individual_number = s.individual_number \
             WHERE c.row_hash <> s.row_hash AND ", $old, " IS DISTINCT FROM ", $new
        )
    };
}

/// The staging table of an import: temporary, so row-level security and `COPY`'s
/// refusal of it do not apply, and gone with the transaction (PostgreSQL) or dropped
/// before it commits (SQLite).
pub(crate) async fn create_staging(tx: &mut Tx) -> Result<()> {
    drop_staging(tx).await?;
    tx.execute(
        crate::sql!(
            sqlite: "CREATE TEMP TABLE ies_staging (line INTEGER NOT NULL, individual_number TEXT NOT NULL, \
                case_number TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL, \
                date_of_birth TEXT NOT NULL, ssn_last4 TEXT NOT NULL, email TEXT, phone TEXT, street TEXT, \
                city TEXT, zip TEXT, county TEXT, snap_status TEXT NOT NULL, redetermination_date TEXT, \
                midpoint_date TEXT, abawd INTEGER, row_hash TEXT NOT NULL)",
            postgres: "CREATE TEMP TABLE ies_staging (line BIGINT NOT NULL, individual_number TEXT NOT NULL, \
                case_number TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL, \
                date_of_birth DATE NOT NULL, ssn_last4 TEXT NOT NULL, email TEXT, phone TEXT, street TEXT, \
                city TEXT, zip TEXT, county TEXT, snap_status TEXT NOT NULL, redetermination_date DATE, \
                midpoint_date DATE, abawd BOOLEAN, row_hash TEXT NOT NULL) ON COMMIT DROP",
        ),
        vec![],
    )
    .await?;
    Ok(())
}

async fn drop_staging(tx: &mut Tx) -> Result<()> {
    tx.execute(
        crate::sql!(
            sqlite: "DROP TABLE IF EXISTS temp.ies_staging",
            postgres: "DROP TABLE IF EXISTS pg_temp.ies_staging",
        ),
        vec![],
    )
    .await?;
    Ok(())
}

/// `isets ies import FILE` (I1–I4): statewide, by the roles §1 lets import.
pub async fn import(
    session: &Session,
    path: &Path,
    options: &ImportOptions,
    write_options: &WriteOptions,
    progress: &dyn Progress,
) -> Result<Summary> {
    let permit = session.authorize(Action::ImportIes, None)?;
    let (sha256, lines) = fingerprint(path)?;
    let file = File::open(path).map_err(|e| unreadable(path, e))?;
    let mut write = session.write(&permit).await?;
    let as_of = options.as_of.unwrap_or_else(|| write.today());
    let mut rows = extract::Extract::open(BufReader::with_capacity(1 << 16, file), as_of)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());

    let earlier: Option<(i64, DateTime<Utc>)> = write
        .tx()
        .fetch_optional(
            crate::sql!(
                "SELECT id, imported_at FROM ies_batches WHERE sha256 = $1 ORDER BY id LIMIT 1"
            ),
            args![sha256.as_str()],
        )
        .await?;
    if let (Some((id, at)), false) = (earlier, options.force) {
        return Err(Error::Conflict(format!(
            "{file_name} was imported already as batch {id} on {} (same SHA-256): nothing was written; --force imports it again",
            time(&at)
        )));
    }

    let mut rejects_file = options
        .rejects
        .as_deref()
        .map(RejectsFile::create)
        .transpose()?;
    let mut shown = Vec::new();
    let mut rejected = 0u64;
    let mut reject = |r: Reject, file: &mut Option<RejectsFile>| -> Result<()> {
        rejected += 1;
        if let Some(f) = file.as_mut() {
            f.write(&r)?;
        }
        if shown.len() < REJECTS_SHOWN {
            shown.push(r);
        }
        Ok(())
    };

    create_staging(write.tx()).await?;

    progress.phase("rows", lines.saturating_sub(1));
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut read = 0u64;
    while let Some(row) = rows.next_row() {
        let (line, row) = row?;
        read += 1;
        match row {
            Ok(person) => chunk.push(staged_args(line, person)),
            Err(r) => reject(r, &mut rejects_file)?,
        }
        if chunk.len() >= CHUNK {
            stage(write.tx(), &mut chunk).await?;
        }
        if read.is_multiple_of(CHUNK as u64) {
            progress.advance(CHUNK as u64);
        }
    }
    stage(write.tx(), &mut chunk).await?;
    progress.finish();

    // I1: one row per person. Every row of an individual number that appears more than
    // once is refused: which of them IES meant cannot be known.
    let duplicates: Vec<(String, i64)> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT s.individual_number, s.line FROM ies_staging s \
                 WHERE s.individual_number IN (SELECT d.individual_number FROM ies_staging d \
                 GROUP BY d.individual_number HAVING count(*) > 1) \
                 ORDER BY s.individual_number, s.line"
            ),
            vec![],
        )
        .await?;
    if !duplicates.is_empty() {
        let mut lines_of: std::collections::BTreeMap<&str, Vec<i64>> = Default::default();
        for (number, line) in &duplicates {
            lines_of.entry(number).or_default().push(*line);
        }
        let mut refused: Vec<Reject> = Vec::new();
        for (number, lines) in &lines_of {
            let all = lines
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            for line in lines {
                refused.push(Reject {
                    line: *line as u64,
                    field: "individual_number".into(),
                    value: (*number).to_string(),
                    reason: format!("appears on lines {all}: one row per person (rule I1)"),
                });
            }
        }
        refused.sort_by_key(|r| r.line);
        for r in refused {
            reject(r, &mut rejects_file)?;
        }
        write
            .tx()
            .execute(
                crate::sql!(
                    "DELETE FROM ies_staging WHERE individual_number IN (SELECT d.individual_number \
                     FROM ies_staging d GROUP BY d.individual_number HAVING count(*) > 1)"
                ),
                vec![],
            )
            .await?;
    }
    if let Some(mut f) = rejects_file {
        f.0.flush()
            .map_err(|e| Error::Usage(format!("cannot write the rejects file: {e}")))?;
    }
    shown.sort_by_key(|r| r.line);
    shown.truncate(REJECTS_SHOWN);

    let at = write.at();
    let operator = write.operator().to_string();
    let batch = write
        .tx()
        .insert(
            crate::sql!(
                "INSERT INTO ies_batches (file_name, sha256, operator, imported_at, as_of, new_count, \
                 changed_count, unchanged_count, rejected_count, forced) \
                 VALUES ($1, $2, $3, $4, $5, 0, 0, 0, $6, $7) RETURNING id"
            ),
            args![
                file_name.as_str(),
                sha256.as_str(),
                operator.as_str(),
                at,
                as_of,
                rejected as i64,
                earlier.is_some()
            ],
        )
        .await?;
    let who = args![batch, operator.as_str(), at];

    let (staged,): (i64,) = write
        .tx()
        .fetch_one(crate::sql!("SELECT count(*) FROM ies_staging"), vec![])
        .await?;
    let (changed,): (i64,) = write
        .tx()
        .fetch_one(
            crate::sql!(
                "SELECT count(*) FROM ies_staging s JOIN customers c \
                 ON c.individual_number = s.individual_number \
                 WHERE c.row_hash <> s.row_hash OR c.entered_by_hand"
            ),
            vec![],
        )
        .await?;
    // I2, I3: each changed field into the history, SNAP status changes into the status
    // history, then the IES fields overwrite what the database holds.
    write
        .tx()
        .execute(
            crate::sql!(
                sqlite: changed_fields!("", ""),
                postgres: changed_fields!("to_char(", ", 'YYYY-MM-DD')"),
            ),
            who.clone(),
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO customer_status_history (customer_id, old_status, new_status, batch_id, \
                 changed_by, changed_at) \
                 SELECT c.id, c.snap_status, s.snap_status, $1, $2, $3 \
                 FROM ies_staging s JOIN customers c ON c.individual_number = s.individual_number \
                 WHERE c.row_hash <> s.row_hash AND c.snap_status <> s.snap_status"
            ),
            who.clone(),
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE customers AS c SET case_number = s.case_number, last_name = s.last_name, \
                 first_name = s.first_name, date_of_birth = s.date_of_birth, ssn_last4 = s.ssn_last4, \
                 email = s.email, phone = s.phone, street = s.street, city = s.city, zip = s.zip, \
                 county = s.county, snap_status = s.snap_status, \
                 redetermination_date = s.redetermination_date, midpoint_date = s.midpoint_date, \
                 abawd = s.abawd, entered_by_hand = false, row_hash = s.row_hash, \
                 last_batch_id = $1, updated_at = $2 \
                 FROM ies_staging s WHERE c.individual_number = s.individual_number \
                 AND (c.row_hash <> s.row_hash OR c.entered_by_hand)"
            ),
            args![batch, at],
        )
        .await?;
    let new = write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO customers (individual_number, case_number, last_name, first_name, \
                 date_of_birth, ssn_last4, email, phone, street, city, zip, county, snap_status, \
                 redetermination_date, midpoint_date, abawd, row_hash, first_batch_id, last_batch_id, \
                 created_at, updated_at) \
                 SELECT s.individual_number, s.case_number, s.last_name, s.first_name, s.date_of_birth, \
                 s.ssn_last4, s.email, s.phone, s.street, s.city, s.zip, s.county, s.snap_status, \
                 s.redetermination_date, s.midpoint_date, s.abawd, s.row_hash, $1, $1, $2, $2 \
                 FROM ies_staging s WHERE NOT EXISTS \
                 (SELECT 1 FROM customers c WHERE c.individual_number = s.individual_number) \
                 ORDER BY s.line"
            ),
            args![batch, at],
        )
        .await?;
    // The first SNAP status of each new person.
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO customer_status_history (customer_id, old_status, new_status, batch_id, \
                 changed_by, changed_at) \
                 SELECT c.id, NULL, c.snap_status, $1, $2, $3 FROM customers c \
                 WHERE c.first_batch_id = $1 ORDER BY c.id"
            ),
            who.clone(),
        )
        .await?;
    let changed = changed as u64;
    let unchanged = (staged as u64).saturating_sub(new + changed);
    write
        .tx()
        .execute(
            crate::sql!(
                "UPDATE ies_batches SET new_count = $2, changed_count = $3, unchanged_count = $4 \
                 WHERE id = $1"
            ),
            args![batch, new as i64, changed as i64, unchanged as i64],
        )
        .await?;
    drop_staging(write.tx()).await?;
    let summary = Summary {
        batch: (!write_options.dry_run).then_some(batch),
        file: file_name,
        sha256,
        as_of,
        dry_run: write_options.dry_run,
        rows: read,
        new,
        changed,
        unchanged,
        rejected,
        ignored_columns: rows.unknown.clone(),
        rejects: shown,
    };
    let mut after = serde_json::to_value(&summary)?;
    if let Some(map) = after.as_object_mut() {
        map.remove("rejects");
        map.remove("dry_run");
        map.insert("batch".into(), batch.into());
    }
    write.record(Change {
        action: "ies.import",
        entity_kind: "ies_batch",
        entity_id: batch.to_string(),
        organization_id: None,
        before: None,
        after: Some(after),
    });
    write.finish(write_options).await?;
    Ok(summary)
}
