//! The IES extract (`man 5 isets-ies`): UTF-8 CSV with a header row, read as a stream,
//! one row at a time, each checked on its own (I1, I2). Nothing here touches the
//! database.

use std::io::Read;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::values::{parse_date, parse_email};

/// The columns every extract has, in the order `man 5 isets-ies` lists them.
pub const REQUIRED: [&str; 15] = [
    "individual_number",
    "case_number",
    "last_name",
    "first_name",
    "dob",
    "ssn_last4",
    "email",
    "phone",
    "street",
    "city",
    "zip",
    "county",
    "snap_status",
    "redetermination_date",
    "midpoint_date",
];

/// Columns an extract may have: `abawd` (Y/N) for the federal report (§17).
pub const OPTIONAL: [&str; 1] = ["abawd"];

/// A SNAP eligibility status as IES gives it (I2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SnapStatus {
    /// Y: receives SNAP.
    #[serde(rename = "Y")]
    Yes,
    /// N: does not.
    #[serde(rename = "N")]
    No,
    /// P: a pending application.
    #[serde(rename = "P")]
    Pending,
}

impl SnapStatus {
    pub fn code(self) -> &'static str {
        match self {
            SnapStatus::Yes => "Y",
            SnapStatus::No => "N",
            SnapStatus::Pending => "P",
        }
    }

    pub fn parse(value: &str) -> Option<SnapStatus> {
        match value.trim().as_bytes() {
            [b'Y' | b'y'] => Some(SnapStatus::Yes),
            [b'N' | b'n'] => Some(SnapStatus::No),
            [b'P' | b'p'] => Some(SnapStatus::Pending),
            _ => None,
        }
    }
}

/// One person of the extract, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub individual_number: String,
    pub case_number: String,
    pub last_name: String,
    pub first_name: String,
    pub date_of_birth: NaiveDate,
    pub ssn_last4: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub street: Option<String>,
    pub city: Option<String>,
    pub zip: Option<String>,
    pub county: Option<String>,
    pub snap_status: SnapStatus,
    pub redetermination_date: Option<NaiveDate>,
    pub midpoint_date: Option<NaiveDate>,
    pub abawd: Option<bool>,
}

impl Person {
    /// SHA-256 of the IES fields in hexadecimal, as `customers.row_hash` holds it, so an
    /// import can skip a person whose fields are as they stand in the database.
    pub fn row_hash(&self) -> String {
        hex(&self.row_digest())
    }

    /// The SHA-256 of [`Person::row_hash`]. Each field is written with its length, so no
    /// two different rows give the same text.
    pub fn row_digest(&self) -> [u8; 32] {
        fn field(hasher: &mut Sha256, text: &[u8]) {
            let mut digits = [0u8; 20];
            let mut at = digits.len();
            let mut n = text.len();
            loop {
                at -= 1;
                digits[at] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            hasher.update(&digits[at..]);
            hasher.update(b":");
            hasher.update(text);
        }
        fn date(hasher: &mut Sha256, d: Option<NaiveDate>) {
            match d {
                Some(d) => iso_date(d, |text| field(hasher, text)),
                None => field(hasher, b""),
            }
        }
        let h = &mut Sha256::new();
        field(h, self.individual_number.as_bytes());
        field(h, self.case_number.as_bytes());
        field(h, self.last_name.as_bytes());
        field(h, self.first_name.as_bytes());
        date(h, Some(self.date_of_birth));
        field(h, self.ssn_last4.as_bytes());
        for optional in [
            &self.email,
            &self.phone,
            &self.street,
            &self.city,
            &self.zip,
            &self.county,
        ] {
            field(h, optional.as_deref().unwrap_or("").as_bytes());
        }
        field(h, self.snap_status.code().as_bytes());
        date(h, self.redetermination_date);
        date(h, self.midpoint_date);
        let abawd: &[u8] = match self.abawd {
            Some(true) => b"Y",
            Some(false) => b"N",
            None => b"",
        };
        field(h, abawd);
        h.finalize_reset().into()
    }
}

/// A date as `YYYY-MM-DD` (its `Display`), without allocating for the years 0 to 9999.
fn iso_date<T>(d: NaiveDate, then: impl FnOnce(&[u8]) -> T) -> T {
    let (year, month, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&year) {
        return then(d.to_string().as_bytes());
    }
    let year = year as u32;
    let digit = |n: u32| b'0' + (n % 10) as u8;
    then(&[
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// Bytes in lowercase hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        text.push(char::from(DIGITS[usize::from(b >> 4)]));
        text.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    text
}

/// A row refused: its line in the file, the column, the value and why. The value of
/// `ssn_last4` is never repeated (it may hold more than four digits of an SSN).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reject {
    pub line: u64,
    pub field: String,
    pub value: String,
    pub reason: String,
}

impl Reject {
    fn new(line: u64, field: &str, value: &str, reason: impl Into<String>) -> Reject {
        let value = if field == "ssn_last4" && !value.trim().is_empty() {
            "(not shown)".to_string()
        } else {
            value.to_string()
        };
        Reject {
            line,
            field: field.to_string(),
            value,
            reason: reason.into(),
        }
    }
}

impl std::fmt::Display for Reject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}: {}: {:?} {}",
            self.line, self.field, self.value, self.reason
        )
    }
}

/// A row of the extract: its line, and the person or why it was refused.
pub type Row = (u64, std::result::Result<Person, Reject>);

/// Where each known column is in the file's rows.
#[derive(Debug, Clone)]
struct Columns {
    index: Vec<Option<usize>>,
    width: usize,
}

impl Columns {
    fn get<'a>(&self, record: &'a csv::StringRecord, column: usize) -> &'a str {
        self.index[column].and_then(|i| record.get(i)).unwrap_or("")
    }
}

/// An extract being read: the header is checked when it opens; rows come one at a time.
pub struct Extract<R: Read> {
    reader: csv::Reader<R>,
    columns: Columns,
    /// Header columns isets does not know: ignored, with a warning.
    pub unknown: Vec<String>,
    record: csv::StringRecord,
    as_of: NaiveDate,
}

/// The start of a file that is not text: NUL bytes do not occur in UTF-8 CSV.
pub fn check_text(start: &[u8]) -> Result<()> {
    if start.is_empty() {
        return Err(Error::Usage(
            "the extract is empty: it needs a header row (man 5 isets-ies); nothing was written"
                .into(),
        ));
    }
    if start.contains(&0) {
        return Err(Error::Usage(
            "the extract is not a text file (it contains NUL bytes): it must be UTF-8 CSV (man 5 isets-ies); nothing was written"
                .into(),
        ));
    }
    Ok(())
}

fn csv_error(e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => Error::Usage(format!(
            "line {line} of the extract is not UTF-8: the extract must be UTF-8 CSV (man 5 isets-ies); nothing was written"
        )),
        csv::ErrorKind::Io(io) => Error::Usage(format!("cannot read the extract: {io}")),
        _ => Error::Usage(format!(
            "line {line} of the extract: {e}; nothing was written"
        )),
    }
}

impl<R: Read> Extract<R> {
    /// Reads and checks the header: every required column present once (in any order),
    /// unknown columns noted. `as_of` is the extract's date: no one is born after it.
    pub fn open(source: R, as_of: NaiveDate) -> Result<Extract<R>> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(source);
        let header = reader.headers().map_err(csv_error)?.clone();
        if header.iter().all(|h| h.trim().is_empty()) {
            return Err(Error::Usage(
                "the extract is empty: it needs a header row (man 5 isets-ies); nothing was written"
                    .into(),
            ));
        }
        let known: Vec<&str> = REQUIRED.iter().chain(OPTIONAL.iter()).copied().collect();
        let mut index = vec![None; known.len()];
        let mut unknown = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim().to_ascii_lowercase();
            match known.iter().position(|k| *k == name) {
                Some(k) if index[k].is_some() => {
                    return Err(Error::Usage(format!(
                        "the extract's header names column {name:?} twice; nothing was written"
                    )));
                }
                Some(k) => index[k] = Some(i),
                None => unknown.push(name),
            }
        }
        let missing: Vec<&str> = REQUIRED
            .iter()
            .enumerate()
            .filter(|(k, _)| index[*k].is_none())
            .map(|(_, name)| *name)
            .collect();
        if !missing.is_empty() {
            return Err(Error::Usage(format!(
                "the extract lacks required column(s) {} (man 5 isets-ies); nothing was written",
                missing.join(", ")
            )));
        }
        Ok(Extract {
            reader,
            columns: Columns {
                index,
                width: header.len(),
            },
            unknown,
            record: csv::StringRecord::new(),
            as_of,
        })
    }

    /// The next row: a person, or a reject naming its line. `None` at the end of the
    /// file; an error when the file cannot be read on (not UTF-8).
    pub fn next_row(&mut self) -> Option<Result<Row>> {
        match self.reader.read_record(&mut self.record) {
            Ok(false) => None,
            Ok(true) => {
                let line = self.record.position().map(|p| p.line()).unwrap_or(0);
                Some(Ok((line, self.check(line))))
            }
            Err(e) => Some(Err(csv_error(e))),
        }
    }

    fn check(&self, line: u64) -> std::result::Result<Person, Reject> {
        let r = &self.record;
        if r.len() != self.columns.width {
            return Err(Reject::new(
                line,
                "(row)",
                "",
                format!(
                    "has {} field(s), the header has {} (a truncated or broken line)",
                    r.len(),
                    self.columns.width
                ),
            ));
        }
        let c = &self.columns;
        let text = |k: usize| c.get(r, k).trim();
        let optional = |k: usize| Some(text(k).to_string()).filter(|v| !v.is_empty());
        let digits = |k: usize, n: usize, what: &str| -> std::result::Result<String, Reject> {
            let v = text(k);
            if v.len() == n && v.bytes().all(|b| b.is_ascii_digit()) {
                Ok(v.to_string())
            } else {
                Err(Reject::new(
                    line,
                    REQUIRED[k],
                    c.get(r, k),
                    format!("must be {what}: {n} digits (rule I1)"),
                ))
            }
        };
        let required = |k: usize| -> std::result::Result<String, Reject> {
            let v = text(k);
            if v.is_empty() {
                Err(Reject::new(line, REQUIRED[k], "", "must not be empty"))
            } else {
                Ok(v.to_string())
            }
        };
        let date = |k: usize| -> std::result::Result<Option<NaiveDate>, Reject> {
            let v = text(k);
            if v.is_empty() {
                return Ok(None);
            }
            parse_date(REQUIRED[k], v).map(Some).map_err(|_| {
                Reject::new(
                    line,
                    REQUIRED[k],
                    v,
                    "is not a real date (YYYY-MM-DD or MM/DD/YYYY)",
                )
            })
        };
        let individual_number = digits(0, 9, "the individual number")?;
        let case_number = required(1)?;
        let last_name = required(2)?;
        let first_name = required(3)?;
        let date_of_birth = match date(4)? {
            Some(d) if d > self.as_of => {
                return Err(Reject::new(
                    line,
                    "dob",
                    text(4),
                    format!("is after the extract's date {}", self.as_of),
                ));
            }
            Some(d) => d,
            None => return Err(Reject::new(line, "dob", "", "must not be empty")),
        };
        let ssn_last4 = digits(5, 4, "the last four SSN digits")?;
        let email = match optional(6) {
            Some(v) => Some(
                parse_email("email", &v)
                    .map_err(|_| Reject::new(line, "email", &v, "is not an email address"))?,
            ),
            None => None,
        };
        let snap_status = SnapStatus::parse(text(12)).ok_or_else(|| {
            Reject::new(
                line,
                "snap_status",
                text(12),
                "is not a SNAP status: Y, N or P (pending application)",
            )
        })?;
        let abawd = c.get(r, REQUIRED.len()).trim();
        let abawd = match abawd.as_bytes() {
            [] => None,
            [b'Y' | b'y'] => Some(true),
            [b'N' | b'n'] => Some(false),
            _ => {
                let shown = abawd.to_ascii_uppercase();
                return Err(Reject::new(line, "abawd", &shown, "must be Y or N"));
            }
        };
        Ok(Person {
            individual_number,
            case_number,
            last_name,
            first_name,
            date_of_birth,
            ssn_last4,
            email,
            phone: optional(7),
            street: optional(8),
            city: optional(9),
            zip: optional(10),
            county: optional(11),
            snap_status,
            redetermination_date: date(13)?,
            midpoint_date: date(14)?,
            abawd,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date";

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).expect("date")
    }

    fn rows(text: &str) -> Result<Vec<std::result::Result<Person, Reject>>> {
        let mut extract = Extract::open(text.as_bytes(), as_of())?;
        let mut out = Vec::new();
        while let Some(row) = extract.next_row() {
            out.push(row?.1);
        }
        Ok(out)
    }

    #[test]
    fn i1_a_bom_crlf_quoted_commas_and_newlines_and_any_column_order_are_read() {
        let text = format!(
            "\u{feff}{}\r\n\"123456789\",C-1,\"Doe, Jr.\",\"Jo\nAnn\",03/04/1990,1234,jo@example.org,,\"1 Main St, Apt 2\",Chicago,60601,Cook,y,2026-09-30,\r\n",
            HEADER
        );
        let got = rows(&text).expect("reads");
        let person = got[0].clone().expect("valid");
        assert_eq!(person.individual_number, "123456789");
        assert_eq!(person.last_name, "Doe, Jr.");
        assert_eq!(person.first_name, "Jo\nAnn");
        assert_eq!(person.street.as_deref(), Some("1 Main St, Apt 2"));
        assert_eq!(person.snap_status, SnapStatus::Yes);
        assert_eq!(
            person.date_of_birth,
            NaiveDate::from_ymd_opt(1990, 3, 4).expect("date")
        );
        assert_eq!(person.midpoint_date, None);
        let reordered = "snap_status,dob,first_name,last_name,individual_number,case_number,ssn_last4,email,phone,street,city,zip,county,redetermination_date,midpoint_date,abawd,favourite_colour\nP,1990-03-04,Jo,Doe,123456789,C-1,1234,,,,,,,,,N,blue\n";
        let mut extract = Extract::open(reordered.as_bytes(), as_of()).expect("opens");
        assert_eq!(extract.unknown, ["favourite_colour"]);
        let (line, person) = extract.next_row().expect("row").expect("reads");
        assert_eq!(line, 2);
        let person = person.expect("valid");
        assert_eq!(
            (person.snap_status, person.abawd, person.last_name.as_str()),
            (SnapStatus::Pending, Some(false), "Doe")
        );
    }

    #[test]
    fn i1_each_bad_field_is_named_with_its_line_and_reason() {
        let bad = [
            (
                "12345678",
                "individual_number",
                "\"12345678\" must be the individual number: 9 digits (rule I1)",
            ),
            ("", "case_number", "\"\" must not be empty"),
            ("", "last_name", "\"\" must not be empty"),
            ("", "first_name", "\"\" must not be empty"),
            (
                "02/30/1990",
                "dob",
                "\"02/30/1990\" is not a real date (YYYY-MM-DD or MM/DD/YYYY)",
            ),
            (
                "2027-01-01",
                "dob",
                "\"2027-01-01\" is after the extract's date 2026-03-01",
            ),
            (
                "123-45-6789",
                "ssn_last4",
                "\"(not shown)\" must be the last four SSN digits: 4 digits (rule I1)",
            ),
            (
                "not-an-email",
                "email",
                "\"not-an-email\" is not an email address",
            ),
            (
                "X",
                "snap_status",
                "\"X\" is not a SNAP status: Y, N or P (pending application)",
            ),
            (
                "2026-13-01",
                "redetermination_date",
                "\"2026-13-01\" is not a real date (YYYY-MM-DD or MM/DD/YYYY)",
            ),
        ];
        let good = [
            "123456789",
            "C-1",
            "Doe",
            "Jo",
            "1990-03-04",
            "1234",
            "",
            "",
            "",
            "",
            "",
            "",
            "Y",
            "",
            "",
        ];
        for (value, field, message) in bad {
            let k = REQUIRED.iter().position(|c| *c == field).expect("column");
            let mut row = good.map(String::from);
            row[k] = value.to_string();
            let text = format!("{HEADER}\n{}\n", row.join(","));
            let got = rows(&text).expect("reads");
            let reject = got[0].clone().expect_err("refused");
            assert_eq!(reject.to_string(), format!("line 2: {field}: {message}"));
        }
    }

    #[test]
    fn a_truncated_last_line_is_rejected_with_its_line() {
        let text =
            format!("{HEADER}\n123456789,C-1,Doe,Jo,1990-03-04,1234,,,,,,,Y,,\n223456789,C-2,Roe");
        let got = rows(&text).expect("reads");
        assert!(got[0].is_ok());
        assert_eq!(
            got[1].clone().expect_err("refused").to_string(),
            "line 3: (row): \"\" has 3 field(s), the header has 15 (a truncated or broken line)"
        );
    }

    #[test]
    fn bad_files_stop_before_any_row() {
        let missing = "individual_number,last_name\n123456789,Doe\n";
        assert_eq!(
            Extract::open(missing.as_bytes(), as_of()).err().map(|e| e.to_string()),
            Some("the extract lacks required column(s) case_number, first_name, dob, ssn_last4, email, phone, street, city, zip, county, snap_status, redetermination_date, midpoint_date (man 5 isets-ies); nothing was written".into())
        );
        assert!(Extract::open("".as_bytes(), as_of()).is_err());
        assert!(check_text(b"").is_err());
        assert!(check_text(b"\x00\x01PK").is_err());
        let latin1 = [
            HEADER.as_bytes(),
            b"\n123456789,C-1,M\xfcller,Jo,1990-03-04,1234,,,,,,,Y,,\n",
        ]
        .concat();
        let mut extract = Extract::open(&latin1[..], as_of()).expect("header is fine");
        assert_eq!(
            extract.next_row().expect("row").err().map(|e| e.to_string()),
            Some("line 2 of the extract is not UTF-8: the extract must be UTF-8 CSV (man 5 isets-ies); nothing was written".into())
        );
    }

    #[test]
    fn the_row_hash_changes_with_any_field_and_only_then() {
        let text = format!("{HEADER}\n123456789,C-1,Doe,Jo,1990-03-04,1234,,,,,,,Y,,\n");
        let person = rows(&text).expect("reads")[0].clone().expect("valid");
        // The encoding `customers.row_hash` holds: a new build must compare equal to the
        // hashes earlier imports stored.
        assert_eq!(
            person.row_hash(),
            "c9b4bc05e31c68e8fa151af19d16249b772bc900e21befe33aa4ecc4e56b170f"
        );
        assert_eq!(person.row_digest()[..2], [0xc9, 0xb4]);
        let mut other = person.clone();
        assert_eq!(person.row_hash(), other.row_hash());
        other.county = Some("Cook".into());
        assert_ne!(person.row_hash(), other.row_hash());
        let mut shifted = person.clone();
        shifted.case_number = "C-1D".into();
        shifted.last_name = "oe".into();
        assert_ne!(person.row_hash(), shifted.row_hash());
    }
}
