//! The IES extract and its import (DOMAIN.md §5, I1–I4): `isets ies import FILE` and
//! `isets ies batches`.
//!
//! An import reads the file twice: once for its SHA-256 (an extract already imported is
//! refused unless forced) and its size, then row by row. Before the rows, it reads each
//! customer's individual number and row hash (a few bytes a person, [`skip`]): a checked
//! row whose hash is the one the database holds is unchanged and goes no further. The
//! other rows are loaded into a temporary staging table as they are read (`COPY` on
//! PostgreSQL, one prepared statement on SQLite), so the rows are never held in memory.
//! Bad rows are counted, reported and written to the rejects file, and so are all the
//! rows of an individual number given twice. The staged rows are then applied with a few
//! set-wise statements, in the one transaction of the write with its audit record: new
//! people inserted, changed ones overwritten with each changed field in their history
//! (I2, I3), people missing from the extract kept (I4).

pub mod extract;
mod skip;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::args;
use crate::audit::Change;
use crate::db::{Arg, Backend, Cell, Tx};
use crate::error::{Error, Result};
use crate::output::{Progress, Tabular, time};
use crate::permissions::Action;
use crate::session::Session;
use crate::write::WriteOptions;

pub use extract::{Person, Reject, SnapStatus};

/// Rows read between two updates of the progress bar.
const CHUNK: u64 = 1000;

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

/// The staging table's columns; a row is loaded with [`Tx::bulk_insert`].
fn staging_insert() -> &'static crate::db::Sql {
    crate::sql!(rows: "INSERT INTO ies_staging (line, is_new, individual_number, case_number, \
         last_name, first_name, date_of_birth, ssn_last4, email, phone, street, city, zip, county, \
         snap_status, redetermination_date, midpoint_date, abawd, row_hash)")
}

/// One staged row's values, in the order of [`staging_insert`]: `is_new` when no customer
/// has the individual number.
fn staged_cells<'a>(line: i64, is_new: bool, p: &'a Person, hash: &'a str) -> [Cell<'a>; 19] {
    [
        Cell::Int(line),
        Cell::Bool(is_new),
        (&p.individual_number).into(),
        (&p.case_number).into(),
        (&p.last_name).into(),
        (&p.first_name).into(),
        p.date_of_birth.into(),
        (&p.ssn_last4).into(),
        (&p.email).into(),
        (&p.phone).into(),
        (&p.street).into(),
        (&p.city).into(),
        (&p.zip).into(),
        (&p.county).into(),
        p.snap_status.code().into(),
        p.redetermination_date.into(),
        p.midpoint_date.into(),
        p.abawd.into(),
        hash.into(),
    ]
}

/// Each customer's individual number and row hash, for skipping unchanged rows. A
/// person entered by hand is never skipped (S4): their hash is left out.
async fn known(tx: &mut Tx) -> Result<skip::Known> {
    let mut known = skip::Known::default();
    tx.for_each_text(
        crate::sql!(
            "SELECT individual_number, CASE WHEN entered_by_hand THEN '' ELSE row_hash END \
             FROM customers"
        ),
        vec![],
        |row| {
            if let [Some(number), hash] = row {
                known.add(number, hash.unwrap_or_default());
            }
            Ok(())
        },
    )
    .await?;
    known.seal();
    Ok(known)
}

/// The changed fields of every staged person whose row hash differs, as history rows
/// (field, old, new), each person's in the order of the fields. Dates are compared and
/// written as `YYYY-MM-DD`, booleans as Y/N, alike on both backends. The staging table
/// is joined to `customers` once; each joined row is then taken field by field.
macro_rules! changed_fields {
    ($date_open:literal, $date_close:literal) => {
        changed_fields!(@fields
            (1, "case_number", "c.case_number", "s.case_number"),
            (2, "last_name", "c.last_name", "s.last_name"),
            (3, "first_name", "c.first_name", "s.first_name"),
            (4, "date_of_birth",
                concat!($date_open, "c.date_of_birth", $date_close),
                concat!($date_open, "s.date_of_birth", $date_close)),
            (5, "ssn_last4", "c.ssn_last4", "s.ssn_last4"),
            (6, "email", "c.email", "s.email"),
            (7, "phone", "c.phone", "s.phone"),
            (8, "street", "c.street", "s.street"),
            (9, "city", "c.city", "s.city"),
            (10, "zip", "c.zip", "s.zip"),
            (11, "county", "c.county", "s.county"),
            (12, "snap_status", "c.snap_status", "s.snap_status"),
            (13, "redetermination_date",
                concat!($date_open, "c.redetermination_date", $date_close),
                concat!($date_open, "s.redetermination_date", $date_close)),
            (14, "midpoint_date",
                concat!($date_open, "c.midpoint_date", $date_close),
                concat!($date_open, "s.midpoint_date", $date_close)),
            (15, "abawd",
                "CASE WHEN c.abawd THEN 'Y' WHEN NOT c.abawd THEN 'N' END",
                "CASE WHEN s.abawd THEN 'Y' WHEN NOT s.abawd THEN 'N' END"),
        )
    };
    (@fields $(($n:literal, $field:literal, $old:expr, $new:expr)),* $(,)?) => {
        concat!(
            "INSERT INTO customer_history (customer_id, field, old_value, new_value, batch_id, \
             changed_by, changed_at) \
             SELECT ch.id, ch.field, ch.old_value, ch.new_value, $1, $2, $3 FROM (\
             SELECT c.id, f.n, f.field, c.entered_by_hand AS by_hand, \
             c.row_hash <> s.row_hash AS differs, CASE f.n",
            $(" WHEN ", $n, " THEN ", $old),*,
            // S4: a person entered by hand is now IES's.
            " WHEN 16 THEN 'Y' END AS old_value, CASE f.n",
            $(" WHEN ", $n, " THEN ", $new),*,
            " WHEN 16 THEN 'N' END AS new_value \
             FROM ies_staging s JOIN customers c ON c.individual_number = s.individual_number \
             CROSS JOIN (",
            $("SELECT ", $n, " AS n, '", $field, "' AS field UNION ALL "),*,
            "SELECT 16 AS n, 'entered_by_hand' AS field) f \
             WHERE c.row_hash <> s.row_hash OR c.entered_by_hand) ch \
             WHERE CASE WHEN ch.n = 16 THEN ch.by_hand \
             ELSE ch.differs AND ch.old_value IS DISTINCT FROM ch.new_value END \
             ORDER BY ch.id, ch.n"
        )
    };
}

/// The IES fields of each changed person, but for the indexed ones (`case_number`, the
/// names, `date_of_birth`), overwritten from the staging table.
macro_rules! update_changed {
    () => {
        "ssn_last4 = s.ssn_last4, email = s.email, phone = s.phone, street = s.street, \
         city = s.city, zip = s.zip, county = s.county, snap_status = s.snap_status, \
         redetermination_date = s.redetermination_date, midpoint_date = s.midpoint_date, \
         abawd = s.abawd, entered_by_hand = false, row_hash = s.row_hash, \
         last_batch_id = $1, updated_at = $2 \
         FROM ies_staging s WHERE c.individual_number = s.individual_number \
         AND (c.row_hash <> s.row_hash OR c.entered_by_hand)"
    };
}

/// The new people of the staging table into `customers`, in the order `$order` gives. A
/// staged row is new when no customer had its individual number as the import began:
/// SQLite's write transaction keeps other writers out, and on PostgreSQL the unique index
/// refuses a person another import added meanwhile.
macro_rules! new_customers {
    ($order:literal) => {
        concat!(
            "INSERT INTO customers (individual_number, case_number, last_name, first_name, \
             date_of_birth, ssn_last4, email, phone, street, city, zip, county, snap_status, \
             redetermination_date, midpoint_date, abawd, row_hash, first_batch_id, last_batch_id, \
             created_at, updated_at) \
             SELECT s.individual_number, s.case_number, s.last_name, s.first_name, s.date_of_birth, \
             s.ssn_last4, s.email, s.phone, s.street, s.city, s.zip, s.county, s.snap_status, \
             s.redetermination_date, s.midpoint_date, s.abawd, s.row_hash, $1, $1, $2, $2 \
             FROM ies_staging s WHERE s.is_new ORDER BY ",
            $order
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
            sqlite: "CREATE TEMP TABLE ies_staging (line INTEGER NOT NULL, is_new INTEGER NOT NULL, \
                individual_number TEXT NOT NULL, \
                case_number TEXT NOT NULL, last_name TEXT NOT NULL, first_name TEXT NOT NULL, \
                date_of_birth TEXT NOT NULL, ssn_last4 TEXT NOT NULL, email TEXT, phone TEXT, street TEXT, \
                city TEXT, zip TEXT, county TEXT, snap_status TEXT NOT NULL, redetermination_date TEXT, \
                midpoint_date TEXT, abawd INTEGER, row_hash TEXT NOT NULL)",
            postgres: "CREATE TEMP TABLE ies_staging (line BIGINT NOT NULL, is_new BOOLEAN NOT NULL, \
                individual_number TEXT NOT NULL, \
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
    let known = known(write.tx()).await?;

    progress.phase("rows", lines.saturating_sub(1));
    let mut seen = skip::Seen::default();
    let (mut read, mut unchanged, mut changed, mut new) = (0u64, 0u64, 0u64, 0u64);
    let mut load = write.tx().bulk_insert(staging_insert()).await?;
    while let Some(row) = rows.next_row() {
        let (line, row) = row?;
        read += 1;
        if read.is_multiple_of(CHUNK) {
            progress.advance(CHUNK);
        }
        let person = match row {
            Ok(person) => person,
            Err(r) => {
                reject(r, &mut rejects_file)?;
                continue;
            }
        };
        let number = skip::number(&person.individual_number).ok_or_else(|| {
            Error::Internal(format!("line {line}: an unchecked individual number"))
        })?;
        let digest = person.row_digest();
        let standing = known.standing(number, skip::prefix(&digest));
        seen.push(number, line, standing == skip::Standing::Unchanged)?;
        match standing {
            skip::Standing::Unchanged => {
                unchanged += 1;
                continue;
            }
            skip::Standing::Changed => changed += 1,
            skip::Standing::New => new += 1,
        }
        let hash = extract::hex(&digest);
        let is_new = standing == skip::Standing::New;
        load.push(&staged_cells(line as i64, is_new, &person, &hash))
            .await?;
    }
    load.finish().await?;
    progress.finish();

    // I1: one row per person. Every row of an individual number that appears more than
    // once is refused: which of them IES meant cannot be known.
    let mut refused: Vec<Reject> = Vec::new();
    let mut staged_twice: Vec<String> = Vec::new();
    for (number, repeats) in seen.repeated() {
        let value = skip::digits(number);
        let all = repeats
            .iter()
            .map(|r| r.line.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        for repeat in &repeats {
            refused.push(Reject {
                line: repeat.line,
                field: "individual_number".into(),
                value: value.clone(),
                reason: format!("appears on lines {all}: one row per person (rule I1)"),
            });
            if repeat.skipped {
                unchanged -= 1;
            } else if known.contains(number) {
                changed -= 1;
            } else {
                new -= 1;
            }
        }
        if repeats.iter().any(|r| !r.skipped) {
            staged_twice.push(value);
        }
    }
    let customers = known.len() as u64;
    drop(known);
    refused.sort_by_key(|r| r.line);
    for r in refused {
        reject(r, &mut rejects_file)?;
    }
    if !staged_twice.is_empty() {
        write
            .tx()
            .execute(
                crate::sql!(
                    sqlite: "DELETE FROM ies_staging WHERE individual_number IN \
                        (SELECT value FROM json_each($1))",
                    postgres: "DELETE FROM ies_staging WHERE individual_number = ANY($1)",
                ),
                vec![Arg::texts(staged_twice)],
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

    // PostgreSQL plans the set-wise statements on the staging table's real size (a
    // temporary table is never analysed by itself) and, while the changed people are few
    // against all customers, reaches each of them through the index on the individual
    // number instead of hashing every customer (a hash that spills to disk). An index on
    // the line reads the new people in the extract's order without sorting them all.
    let few_changed = changed > 0 && changed * 4 < customers;
    if write.tx().backend() == Backend::Postgres {
        let mut script = String::from("CREATE INDEX ON ies_staging (line); ANALYZE ies_staging");
        if few_changed {
            script.push_str("; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off");
        }
        write.tx().run_script(script).await?;
    }
    // I2, I3: each changed field into the history, SNAP status changes (from that history)
    // into the status history, then the IES fields overwrite what the database holds.
    if changed > 0 {
        // The history rows this batch adds come after every one there is now.
        let (history_before,): (i64,) = write
            .tx()
            .fetch_one(
                crate::sql!("SELECT COALESCE(max(id), 0) FROM customer_history"),
                vec![],
            )
            .await?;
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
                     SELECT h.customer_id, h.old_value, h.new_value, h.batch_id, h.changed_by, h.changed_at \
                     FROM customer_history h WHERE h.id > $1 AND h.batch_id = $2 \
                     AND h.field = 'snap_status' ORDER BY h.id"
                ),
                args![history_before, batch],
            )
            .await?;
        // SQLite rewrites the entries of every index on a column a statement sets, equal or
        // not: there the people whose indexed fields (`case_number`, the names,
        // `date_of_birth`) changed are updated first, then the others, each once (once
        // updated, their row hash is the staged one). PostgreSQL replaces the whole row and
        // its index entries either way: one statement.
        write
            .tx()
            .execute(
                crate::sql!(
                    sqlite: concat!(
                        "UPDATE customers AS c SET case_number = s.case_number, \
                         last_name = s.last_name, first_name = s.first_name, \
                         date_of_birth = s.date_of_birth, ",
                        update_changed!(),
                        " AND (c.case_number IS DISTINCT FROM s.case_number \
                         OR c.last_name IS DISTINCT FROM s.last_name \
                         OR c.first_name IS DISTINCT FROM s.first_name \
                         OR c.date_of_birth IS DISTINCT FROM s.date_of_birth)"
                    ),
                    postgres: concat!(
                        "UPDATE customers AS c SET case_number = s.case_number, \
                         last_name = s.last_name, first_name = s.first_name, \
                         date_of_birth = s.date_of_birth, ",
                        update_changed!()
                    ),
                ),
                args![batch, at],
            )
            .await?;
        if write.tx().backend() == Backend::Sqlite {
            write
                .tx()
                .execute(
                    crate::sql!(sqlite: concat!("UPDATE customers AS c SET ", update_changed!())),
                    args![batch, at],
                )
                .await?;
        }
    }
    if few_changed && write.tx().backend() == Backend::Postgres {
        write
            .tx()
            .run_script(
                "SET LOCAL enable_hashjoin TO DEFAULT; SET LOCAL enable_mergejoin TO DEFAULT"
                    .into(),
            )
            .await?;
    }
    // New people, in the extract's order (SQLite's staging rows are in that order).
    if new > 0 {
        // Their ids come after every id there is now.
        let (before,): (i64,) = write
            .tx()
            .fetch_one(
                crate::sql!("SELECT COALESCE(max(id), 0) FROM customers"),
                vec![],
            )
            .await?;
        new = write
            .tx()
            .execute(
                crate::sql!(
                    sqlite: new_customers!("s.rowid"),
                    postgres: new_customers!("s.line"),
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
                     WHERE c.id > $4 AND c.first_batch_id = $1 ORDER BY c.id"
                ),
                args![batch, operator.as_str(), at, before],
            )
            .await?;
    }
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
