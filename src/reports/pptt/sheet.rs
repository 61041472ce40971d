//! Reading a provider's Periodic Performance Tracking spreadsheet (B7): an Excel workbook
//! read through calamine, or a CSV file, turned into one [`PpttRow`] per customer of the
//! month audited.
//!
//! The columns are found by their header, matched case-insensitively with punctuation and
//! spacing ignored (`E&T Status`, `e t status` and `E/T status` are one name); extra
//! columns are ignored. The header row is the first row, among the first
//! [`HEADER_SEARCH`], that names the individual number; a file without a required column
//! is refused naming it, before anything is compared. A cell that cannot be read is not
//! a refusal: it is kept as [`Cell::Bad`] and reported as a finding of its row (B7: the
//! audit is there to find what the PPTT has wrong), and the row is still compared on its
//! other columns.

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use crate::catalogue::{self, Kind};
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::values::Month;

/// How many rows from the top may come before the header row (a title, a provider name,
/// a blank line).
pub const HEADER_SEARCH: usize = 10;

/// A column of the PPTT the audit reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    IndividualNumber,
    CaseNumber,
    Name,
    LastName,
    FirstName,
    ReferralDate,
    StartDate,
    Activities,
    Status,
    Month,
}

/// Each column: the header the documentation names it by, and every header accepted for
/// it (already normalized, see [`normalize`]).
pub const COLUMNS: &[(Field, &str, &[&str])] = &[
    (
        Field::IndividualNumber,
        "Individual Number",
        &[
            "individual number",
            "ies individual number",
            "individual no",
            "individual",
            "ies number",
        ],
    ),
    (
        Field::CaseNumber,
        "Case Number",
        &[
            "case number",
            "snap case number",
            "ies case number",
            "case no",
            "case",
        ],
    ),
    (
        Field::Name,
        "Customer Name",
        &["customer name", "name", "participant name", "participant"],
    ),
    (Field::LastName, "Last Name", &["last name", "last"]),
    (Field::FirstName, "First Name", &["first name", "first"]),
    (
        Field::ReferralDate,
        "Referral Date",
        &["referral date", "date referred", "referred on", "referral"],
    ),
    (
        Field::StartDate,
        "Start Date",
        &[
            "start date",
            "enrollment date",
            "enrolment date",
            "enrollment start date",
            "enrolled on",
            "program start date",
            "date enrolled",
        ],
    ),
    (
        Field::Activities,
        "Activities",
        &[
            "activities",
            "activity",
            "activity codes",
            "activity code",
            "snap e t activities",
            "e t activities",
        ],
    ),
    (
        Field::Status,
        "E&T Status",
        &["e t status", "snap e t status", "status", "et status"],
    ),
    (
        Field::Month,
        "Month",
        &["month", "report month", "reporting month", "service month"],
    ),
];

/// The header the documentation names `field` by.
pub fn header_of(field: Field) -> &'static str {
    COLUMNS
        .iter()
        .find(|(f, _, _)| *f == field)
        .map_or("", |(_, h, _)| h)
}

/// A header or a name as compared: lower case, every run of characters other than
/// letters and digits one space.
pub fn normalize(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A cell as the file holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    Empty,
    Text(String),
    Number(f64),
    /// A cell the workbook keeps as a date.
    Date(NaiveDate),
}

impl Raw {
    /// The cell as a person reads it, for findings.
    pub fn shown(&self) -> String {
        match self {
            Raw::Empty => String::new(),
            Raw::Text(s) => s.trim().to_string(),
            Raw::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Raw::Number(n) => n.to_string(),
            Raw::Date(d) => d.to_string(),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Raw::Empty => true,
            Raw::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// A cell read for its column: nothing, a value, or what it holds and why it is not one.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<T> {
    Empty,
    Value(T),
    Bad { shown: String, why: String },
}

impl<T> Cell<T> {
    fn read(raw: &Raw, parse: impl FnOnce(&Raw) -> std::result::Result<T, String>) -> Cell<T> {
        if raw.is_empty() {
            return Cell::Empty;
        }
        match parse(raw) {
            Ok(v) => Cell::Value(v),
            Err(why) => Cell::Bad {
                shown: raw.shown(),
                why,
            },
        }
    }

    pub fn value(&self) -> Option<&T> {
        match self {
            Cell::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// One customer's row of the PPTT.
#[derive(Debug, Clone, PartialEq)]
pub struct PpttRow {
    /// The row number a spreadsheet shows (the first row is 1).
    pub row: u32,
    /// Nine digits; a row without one is a [`RowProblem`] instead.
    pub individual_number: String,
    /// The name as the PPTT writes it, split for display: last name, first name.
    pub last_name: String,
    pub first_name: String,
    pub case_number: Option<String>,
    pub referral_date: Cell<NaiveDate>,
    pub start_date: Cell<NaiveDate>,
    /// Catalogue codes, sorted and each once.
    pub activities: Cell<Vec<&'static str>>,
    pub status: Cell<EtStatus>,
    /// Set when the row's month could not be read: it is compared as of the month.
    pub month: Cell<Month>,
}

impl PpttRow {
    /// The words of the name, for comparing names written in either order.
    pub fn name_words(&self) -> Vec<String> {
        name_words(&format!("{} {}", self.first_name, self.last_name))
    }

    pub fn name_shown(&self) -> String {
        match (self.first_name.is_empty(), self.last_name.is_empty()) {
            (true, _) => self.last_name.clone(),
            (_, true) => self.first_name.clone(),
            _ => format!("{} {}", self.first_name, self.last_name),
        }
    }
}

/// The words of a name, lower case and sorted: "Ann Adams" and "ADAMS, Ann" are one name.
pub fn name_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = normalize(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words
}

/// A row that cannot be compared: no readable individual number, or one listed twice.
#[derive(Debug, Clone, PartialEq)]
pub struct RowProblem {
    pub row: u32,
    /// What the row holds in the individual number's column.
    pub shown: String,
    pub last_name: String,
    pub first_name: String,
    pub problem: Problem,
}

/// What is wrong with a row's individual number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Missing,
    /// Not nine digits (I1).
    NotANumber,
    /// The number of an earlier row, which is the one compared.
    Twice {
        first: u32,
    },
}

/// The PPTT as read: where the rows came from, the rows of the month, and the rows that
/// cannot be compared.
#[derive(Debug, Clone)]
pub struct Pptt {
    /// The sheet read (a CSV file has none).
    pub sheet: Option<String>,
    /// The header of each column read, as the file writes it.
    pub headers: Vec<(Field, String)>,
    pub rows: Vec<PpttRow>,
    pub problems: Vec<RowProblem>,
    /// Rows skipped as another month's (the optional month column).
    pub other_months: usize,
}

impl Pptt {
    /// The header `field`'s column has in the file, or the documented one.
    pub fn header(&self, field: Field) -> &str {
        self.headers
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(header_of(field), |(_, h)| h.as_str())
    }
}

/// The rows of a file with their row numbers (the first is 1).
type Lines = Vec<(u32, Vec<Raw>)>;

/// The file formats a PPTT is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Workbook,
    Csv,
}

/// `FILE`'s format from its extension; another is refused naming it.
fn format_of(field: &str, path: &Path) -> Result<Format> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("xlsx" | "xlsm" | "xlsb" | "xls" | "ods") => Ok(Format::Workbook),
        Some("csv") => Ok(Format::Csv),
        _ => Err(Error::invalid(
            field,
            &path.display().to_string(),
            "is not a PPTT file: its name ends in .xlsx (or .xlsm, .xlsb, .xls, .ods) or .csv (B7)",
        )),
    }
}

/// Reads the PPTT at `path` for `month`: the sheet named `sheet`, else one named for the
/// month (`January 2026`, `Jan 2026`, `2026-01`), else one named like the PPTT
/// (`PPTT`, `Periodic Performance Tracking`), else the first. `field` names the file in
/// refusals.
pub fn read(field: &str, path: &Path, sheet: Option<&str>, month: Month) -> Result<Pptt> {
    let shown = path.display().to_string();
    let refused = |why: String| Error::invalid(field, &shown, why);
    let format = format_of(field, path)?;
    let bytes = std::fs::read(path).map_err(|e| refused(format!("cannot be read: {e}")))?;
    let (sheet, cells) = match format {
        Format::Csv => {
            if let Some(name) = sheet {
                return Err(refused(format!(
                    "is a CSV file: it has no sheet {name:?} (--sheet is for workbooks)"
                )));
            }
            (None, csv_cells(&bytes).map_err(refused)?)
        }
        Format::Workbook => {
            let (name, cells) = workbook_cells(bytes, sheet, month).map_err(refused)?;
            (Some(name), cells)
        }
    };
    let place = match &sheet {
        Some(name) => format!("sheet {name:?} "),
        None => String::new(),
    };
    rows_of(cells, month)
        .map(|(headers, rows, problems, other_months)| Pptt {
            sheet,
            headers,
            rows,
            problems,
            other_months,
        })
        .map_err(|why| refused(format!("{place}{why}")))
}

/// The rows of a CSV file with their row numbers (the first is 1), as text cells.
fn csv_cells(bytes: &[u8]) -> std::result::Result<Lines, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("is not UTF-8 text ({e}): save the PPTT as CSV UTF-8"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("is not a CSV file a spreadsheet wrote: {e}"))?;
        rows.push((
            i as u32 + 1,
            record.iter().map(|s| Raw::Text(s.to_string())).collect(),
        ));
    }
    Ok(rows)
}

/// The sheet to read and its rows with their row numbers, through calamine.
fn workbook_cells(
    bytes: Vec<u8>,
    wanted: Option<&str>,
    month: Month,
) -> std::result::Result<(String, Lines), String> {
    use calamine::{Data, Reader};
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| format!("is not a spreadsheet calamine can read ({e}): save it as .xlsx"))?;
    let names = book.sheet_names();
    let name = choose_sheet(&names, wanted, month).ok_or_else(|| match wanted {
        Some(w) => format!(
            "has no sheet {w:?} (its sheets: {})",
            names
                .iter()
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => "has no sheet".to_string(),
    })?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| format!("sheet {name:?} cannot be read: {e}"))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        // Cells left of the used range are empty: the columns keep their places.
        let mut cells = vec![Raw::Empty; left as usize];
        cells.extend(row.iter().map(|cell| {
            match cell {
                Data::Empty => Raw::Empty,
                Data::String(s) => Raw::Text(s.clone()),
                Data::Int(n) => Raw::Number(*n as f64),
                Data::Float(f) => Raw::Number(*f),
                Data::Bool(b) => Raw::Text(if *b { "TRUE" } else { "FALSE" }.into()),
                Data::DateTime(d) => match d.as_datetime() {
                    Some(t) if d.is_datetime() => Raw::Date(t.date()),
                    _ => Raw::Text(d.to_string()),
                },
                Data::DateTimeIso(s) => s
                    .get(..10)
                    .and_then(|d| d.parse::<NaiveDate>().ok())
                    .map_or_else(|| Raw::Text(s.clone()), Raw::Date),
                Data::DurationIso(s) => Raw::Text(s.clone()),
                Data::Error(e) => Raw::Text(format!("{e}")),
            }
        }));
        rows.push((top + i as u32 + 1, cells));
    }
    Ok((name, rows))
}

/// The sheet to read among `names` (see [`read`]).
fn choose_sheet(names: &[String], wanted: Option<&str>, month: Month) -> Option<String> {
    let find = |test: &dyn Fn(&str) -> bool| names.iter().find(|n| test(&normalize(n))).cloned();
    if let Some(wanted) = wanted {
        let wanted = normalize(wanted);
        return find(&|n| n == wanted);
    }
    let first = month.first();
    let long = first.format("%B %Y").to_string();
    let short = first.format("%b %Y").to_string();
    let month_names = [
        normalize(&long),
        normalize(&short),
        normalize(&month.to_string()),
        normalize(&first.format("%m/%Y").to_string()),
    ];
    find(&|n| month_names.iter().any(|m| m == n))
        .or_else(|| find(&|n| n.split(' ').any(|w| w == "pptt")))
        .or_else(|| find(&|n| n.contains("periodic performance tracking")))
        .or_else(|| names.first().cloned())
}

type Read = (Vec<(Field, String)>, Vec<PpttRow>, Vec<RowProblem>, usize);

/// The header row, the columns it names, and the rows of `month` below it.
fn rows_of(cells: Lines, month: Month) -> std::result::Result<Read, String> {
    let filled: Vec<&(u32, Vec<Raw>)> = cells
        .iter()
        .filter(|(_, row)| row.iter().any(|c| !c.is_empty()))
        .collect();
    if filled.is_empty() {
        return Err("has no header row: it is empty (B7)".to_string());
    }
    let names_individual = |row: &[Raw]| {
        row.iter()
            .any(|c| field_of(&normalize(&c.shown())) == Some(Field::IndividualNumber))
    };
    let header_at = filled
        .iter()
        .take(HEADER_SEARCH)
        .position(|(_, row)| names_individual(row))
        .unwrap_or(0);
    let (header_row, header) = filled[header_at];
    let columns = columns_of(*header_row, header)?;
    let at = |field: Field| columns.iter().find(|(f, _, _)| *f == field).map(|c| c.1);
    let headers: Vec<(Field, String)> = columns.iter().map(|(f, _, h)| (*f, h.clone())).collect();
    let mut rows: Vec<PpttRow> = Vec::new();
    let mut problems = Vec::new();
    let mut other_months = 0;
    for (number, row) in filled.into_iter().skip(header_at + 1) {
        let cell = |field: Field| {
            at(field)
                .and_then(|i| row.get(i))
                .cloned()
                .unwrap_or(Raw::Empty)
        };
        let month_cell = match at(Field::Month) {
            Some(_) => Cell::read(&cell(Field::Month), read_month),
            None => Cell::Empty,
        };
        if month_cell.value().is_some_and(|m| *m != month) {
            other_months += 1;
            continue;
        }
        let (last_name, first_name) = match at(Field::Name) {
            Some(_) => split_name(&cell(Field::Name).shown()),
            None => (
                cell(Field::LastName).shown(),
                cell(Field::FirstName).shown(),
            ),
        };
        let number_cell = cell(Field::IndividualNumber);
        let individual_number = match read_individual_number(&number_cell) {
            Ok(n) => n,
            Err(problem) => {
                problems.push(RowProblem {
                    row: *number,
                    shown: number_cell.shown(),
                    last_name,
                    first_name,
                    problem,
                });
                continue;
            }
        };
        if let Some(first) = rows
            .iter()
            .find(|r| r.individual_number == individual_number)
        {
            problems.push(RowProblem {
                row: *number,
                shown: individual_number.clone(),
                last_name,
                first_name,
                problem: Problem::Twice { first: first.row },
            });
            continue;
        }
        let case = cell(Field::CaseNumber);
        rows.push(PpttRow {
            row: *number,
            individual_number,
            last_name,
            first_name,
            case_number: (!case.is_empty()).then(|| case.shown()),
            referral_date: Cell::read(&cell(Field::ReferralDate), read_date),
            start_date: Cell::read(&cell(Field::StartDate), read_date),
            activities: Cell::read(&cell(Field::Activities), read_activities),
            status: Cell::read(&cell(Field::Status), read_status),
            month: match month_cell {
                Cell::Bad { shown, why } => Cell::Bad { shown, why },
                _ => Cell::Empty,
            },
        });
    }
    Ok((headers, rows, problems, other_months))
}

/// The field a normalized header names, if any.
fn field_of(header: &str) -> Option<Field> {
    COLUMNS
        .iter()
        .find(|(_, _, aliases)| aliases.contains(&header))
        .map(|(f, _, _)| *f)
}

/// Each field the header row names: its column and its header as written. A required
/// column missing, or a field named by two columns, is refused.
fn columns_of(
    row_number: u32,
    header: &[Raw],
) -> std::result::Result<Vec<(Field, usize, String)>, String> {
    let mut columns: Vec<(Field, usize, String)> = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let written = cell.shown();
        let Some(field) = field_of(&normalize(&written)) else {
            continue;
        };
        if let Some((_, _, other)) = columns.iter().find(|(f, _, _)| *f == field) {
            return Err(format!(
                "has columns {other:?} and {written:?} in its header row {row_number}: both name the {} (B7): keep one",
                header_of(field)
            ));
        }
        columns.push((field, i, written));
    }
    let has = |field: Field| columns.iter().any(|(f, _, _)| *f == field);
    let mut missing: Vec<&str> = [
        Field::IndividualNumber,
        Field::CaseNumber,
        Field::ReferralDate,
        Field::StartDate,
        Field::Activities,
        Field::Status,
    ]
    .into_iter()
    .filter(|f| !has(*f))
    .map(header_of)
    .collect();
    let named = has(Field::Name) || (has(Field::LastName) && has(Field::FirstName));
    if !named {
        missing.insert(1, "Customer Name (or Last Name and First Name)");
    }
    if missing.is_empty() {
        return Ok(columns);
    }
    let found: Vec<String> = header
        .iter()
        .map(Raw::shown)
        .filter(|h| !h.is_empty())
        .map(|h| format!("{h:?}"))
        .collect();
    Err(format!(
        "has no column {} in its header row {row_number} (B7: see `isets report pptt-audit --help` for the columns \
         and the headers each may have); its columns: {}",
        missing
            .iter()
            .map(|m| format!("{m:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        if found.is_empty() {
            "none".to_string()
        } else {
            found.join(", ")
        }
    ))
}

/// "Adams, Ann" or "Ann Adams" as (last, first).
fn split_name(name: &str) -> (String, String) {
    let name = name.trim();
    if let Some((last, first)) = name.split_once(',') {
        return (last.trim().to_string(), first.trim().to_string());
    }
    match name.rsplit_once(char::is_whitespace) {
        Some((first, last)) => (last.trim().to_string(), first.trim().to_string()),
        None => (name.to_string(), String::new()),
    }
}

/// I1: nine digits. A number cell lost its leading zeros to the spreadsheet: they are
/// put back.
fn read_individual_number(raw: &Raw) -> std::result::Result<String, Problem> {
    let number = match raw {
        Raw::Number(n) if n.fract() == 0.0 && (0.0..1e9).contains(n) => {
            format!("{:09}", *n as i64)
        }
        other => other.shown(),
    };
    if number.is_empty() {
        Err(Problem::Missing)
    } else if number.len() == 9 && number.bytes().all(|b| b.is_ascii_digit()) {
        Ok(number)
    } else {
        Err(Problem::NotANumber)
    }
}

/// A date cell, or a date written `YYYY-MM-DD` or `M/D/YYYY` (as a spreadsheet writes
/// it to CSV), a time after it ignored.
fn read_date(raw: &Raw) -> std::result::Result<NaiveDate, String> {
    match raw {
        Raw::Date(d) => Ok(*d),
        Raw::Number(_) => Err("is a number, not a date: format the column as dates".into()),
        other => parse_text_date(&other.shown())
            .ok_or_else(|| "is not a date (YYYY-MM-DD or MM/DD/YYYY)".into()),
    }
}

fn parse_text_date(text: &str) -> Option<NaiveDate> {
    let day = text.split([' ', 'T']).next()?;
    if let Ok(d) = NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        return Some(d);
    }
    let parts: Vec<&str> = day.split('/').collect();
    match parts.as_slice() {
        [m, d, y] if (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) && y.len() == 4 => {
            NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        _ => None,
    }
}

/// The month a row is of: `2026-01`, `01/2026`, `January 2026`, `Jan 2026`, or any date
/// in it.
fn read_month(raw: &Raw) -> std::result::Result<Month, String> {
    let bad = || "is not a month (YYYY-MM, MM/YYYY, January 2026, or a date in it)".to_string();
    if let Raw::Date(d) = raw {
        return Ok(Month::containing(*d));
    }
    let text = raw.shown();
    if let Some(d) = parse_text_date(&text) {
        return Ok(Month::containing(d));
    }
    if let Ok(m) = Month::parse("month", &text) {
        return Ok(m);
    }
    if let Some((m, y)) = text.split_once('/')
        && let (Ok(m), Ok(y)) = (m.trim().parse::<u32>(), y.trim().parse::<i32>())
        && let Some(d) = NaiveDate::from_ymd_opt(y, m, 1)
    {
        return Ok(Month::containing(d));
    }
    for format in ["%B %Y %d", "%b %Y %d"] {
        if let Ok(d) = NaiveDate::parse_from_str(&format!("{} 1", text.trim()), format) {
            return Ok(Month::containing(d.with_day(1).unwrap_or(d)));
        }
    }
    Err(bad())
}

/// The activities of a cell: codes or catalogue names, separated by commas, semicolons,
/// line breaks or spaces (`SJS, JST`, `SJS JST`, `Supervised Job Search`,
/// `Supervised Job Search (SJS)`). Support services are not activities.
fn read_activities(raw: &Raw) -> std::result::Result<Vec<&'static str>, String> {
    let kinds = [Kind::SnapEt, Kind::Other];
    let known = |item: &str| -> Option<&'static str> {
        let item = item.trim();
        let by_code = catalogue::code("activities", item, &kinds).ok();
        let by_name = || {
            catalogue::CATALOGUE
                .iter()
                .find(|(_, name, kind)| kinds.contains(kind) && normalize(name) == normalize(item))
                .map(|(code, _, _)| *code)
        };
        let in_brackets = || {
            let (_, rest) = item.rsplit_once('(')?;
            catalogue::code("activities", rest.strip_suffix(')')?, &kinds).ok()
        };
        by_code.or_else(by_name).or_else(in_brackets)
    };
    let mut codes = Vec::new();
    let mut unknown = Vec::new();
    for item in raw.shown().split([',', ';', '\n', '+', '|']) {
        if item.trim().is_empty() {
            continue;
        }
        if let Some(code) = known(item) {
            codes.push(code);
            continue;
        }
        let words: Vec<Option<&'static str>> = item.split_whitespace().map(known).collect();
        if words.iter().all(Option::is_some) {
            codes.extend(words.into_iter().flatten());
        } else {
            unknown.push(item.trim().to_string());
        }
    }
    if !unknown.is_empty() {
        return Err(format!(
            "names {}, which {} not an activity of the catalogue (§4: SNAP E&T or other E&T activities)",
            unknown
                .iter()
                .map(|u| format!("{u:?}"))
                .collect::<Vec<_>>()
                .join(", "),
            if unknown.len() == 1 { "is" } else { "are" }
        ));
    }
    codes.sort_unstable();
    codes.dedup();
    Ok(codes)
}

/// An E&T status by its name (§8) or code, in any case.
fn read_status(raw: &Raw) -> std::result::Result<EtStatus, String> {
    let text = raw.shown();
    text.parse::<EtStatus>()
        .or_else(|_| normalize(&text).replace(' ', "-").parse::<EtStatus>())
        .map_err(|_| {
            format!(
                "is not an E&T status (§8: {})",
                EtStatus::ALL
                    .iter()
                    .map(|s| s.shown())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn january() -> Month {
        Month::parse("--month", "2026-01").expect("month")
    }

    fn text_rows(lines: &[&[&str]]) -> Vec<(u32, Vec<Raw>)> {
        lines
            .iter()
            .enumerate()
            .map(|(i, cells)| {
                (
                    i as u32 + 1,
                    cells.iter().map(|c| Raw::Text(c.to_string())).collect(),
                )
            })
            .collect()
    }

    const HEADER: &[&str] = &[
        "Individual Number",
        "Case Number",
        "Customer Name",
        "Referral Date",
        "Start Date",
        "Activities",
        "E&T Status",
    ];

    #[test]
    fn b7_headers_match_in_any_case_with_punctuation_ignored() {
        assert_eq!(normalize("  E&T  Status "), "e t status");
        assert_eq!(field_of(&normalize("SNAP E/T STATUS")), Some(Field::Status));
        assert_eq!(
            field_of(&normalize("Individual #")),
            Some(Field::IndividualNumber)
        );
        assert_eq!(
            field_of(&normalize("Enrollment/Start Date")),
            Some(Field::StartDate)
        );
        assert_eq!(field_of(&normalize("Notes")), None);
    }

    #[test]
    fn b7_the_header_row_may_follow_a_title_and_extra_columns_are_ignored() {
        let mut header = HEADER.to_vec();
        header.insert(2, "Notes");
        let cells = text_rows(&[
            &["Acme Works PPTT FY26"],
            &[],
            &header,
            &[
                "100000001",
                "C-1",
                "note",
                "Adams, Ann",
                "2025-11-20",
                "12/05/2025",
                "SJS",
                "Active",
            ],
        ]);
        let (headers, rows, problems, _) = rows_of(cells, january()).expect("read");
        assert_eq!(headers.len(), 7);
        assert!(problems.is_empty());
        assert_eq!(rows.len(), 1);
        let row = &rows[0];
        assert_eq!(row.row, 4);
        assert_eq!(
            (row.last_name.as_str(), row.first_name.as_str()),
            ("Adams", "Ann")
        );
        assert_eq!(
            row.start_date.value(),
            NaiveDate::from_ymd_opt(2025, 12, 5).as_ref()
        );
        assert_eq!(row.activities, Cell::Value(vec!["SJS"]));
        assert_eq!(row.status, Cell::Value(EtStatus::Active));
    }

    #[test]
    fn b7_a_missing_required_column_is_refused_naming_it() {
        let header: Vec<&str> = HEADER
            .iter()
            .copied()
            .filter(|h| *h != "Case Number")
            .collect();
        let why = rows_of(text_rows(&[&header]), january())
            .err()
            .unwrap_or_default();
        assert!(
            why.starts_with("has no column \"Case Number\" in its header row 1"),
            "{why}"
        );
        let why = rows_of(text_rows(&[&["Last Name", "individual number"]]), january())
            .err()
            .unwrap_or_default();
        assert!(
            why.contains("\"Customer Name (or Last Name and First Name)\""),
            "{why}"
        );
        let two = rows_of(
            text_rows(&[&["Status", "E&T Status", "Individual Number"]]),
            january(),
        )
        .err()
        .unwrap_or_default();
        assert!(two.contains("both name the E&T Status"), "{two}");
        assert_eq!(
            rows_of(text_rows(&[&[""]]), january()).err().as_deref(),
            Some("has no header row: it is empty (B7)")
        );
    }

    #[test]
    fn b7_bad_cells_are_kept_for_findings_and_bad_numbers_are_row_problems() {
        let cells = text_rows(&[
            HEADER,
            &[
                "12345",
                "C-1",
                "Ann Adams",
                "13/45/2026",
                "",
                "SJS, XYZ",
                "Busy",
            ],
            &[
                "100000002",
                "C-2",
                "Bo Baker",
                "1/5/2026",
                "2026-01-06",
                "sjs; Job Search Training",
                "retention",
            ],
            &["100000002", "C-2", "Bo Baker", "", "", "", ""],
            &[
                "100000003",
                "C-3",
                "Cy Clark",
                "13/45/2026",
                "",
                "SJS, XYZ",
                "Busy",
            ],
        ]);
        let (_, rows, problems, _) = rows_of(cells, january()).expect("read");
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].row, 2);
        assert_eq!(problems[0].problem, Problem::NotANumber);
        assert_eq!(
            (problems[1].row, problems[1].problem),
            (4, Problem::Twice { first: 3 })
        );
        assert_eq!(
            rows[0].referral_date.value(),
            NaiveDate::from_ymd_opt(2026, 1, 5).as_ref()
        );
        assert_eq!(rows[0].activities, Cell::Value(vec!["JST", "SJS"]));
        assert_eq!(rows[0].status, Cell::Value(EtStatus::Retention));
        let clark = &rows[1];
        assert!(matches!(&clark.referral_date, Cell::Bad { shown, .. } if shown == "13/45/2026"));
        assert!(
            matches!(&clark.activities, Cell::Bad { why, .. } if why.contains("\"XYZ\"")),
            "{:?}",
            clark.activities
        );
        assert!(matches!(&clark.status, Cell::Bad { .. }));
        assert_eq!(clark.start_date, Cell::Empty);
    }

    #[test]
    fn b7_a_month_column_keeps_the_rows_of_the_month() {
        let mut header = HEADER.to_vec();
        header.push("Month");
        let cells = text_rows(&[
            &header,
            &["100000001", "C-1", "Ann Adams", "", "", "", "", "2026-01"],
            &[
                "100000002",
                "C-2",
                "Bo Baker",
                "",
                "",
                "",
                "",
                "December 2025",
            ],
            &["100000003", "C-3", "Cy Clark", "", "", "", "", "Jan 2026"],
            &["100000004", "C-4", "Di Davis", "", "", "", "", "01/2026"],
            &["100000005", "C-5", "Ed Evans", "", "", "", "", "soon"],
        ]);
        let (_, rows, _, other) = rows_of(cells, january()).expect("read");
        assert_eq!(other, 1);
        let numbers: Vec<&str> = rows.iter().map(|r| r.individual_number.as_str()).collect();
        assert_eq!(
            numbers,
            ["100000001", "100000003", "100000004", "100000005"]
        );
        assert!(matches!(rows[3].month, Cell::Bad { .. }));
    }

    #[test]
    fn i1_a_number_cell_gets_its_leading_zeros_back() {
        assert_eq!(
            read_individual_number(&Raw::Number(12345678.0)).as_deref(),
            Ok("012345678")
        );
        assert_eq!(
            read_individual_number(&Raw::Number(1.5)),
            Err(Problem::NotANumber)
        );
        assert_eq!(
            read_individual_number(&Raw::Text("10000000A".into())),
            Err(Problem::NotANumber)
        );
        assert_eq!(
            read_individual_number(&Raw::Text(" ".into())),
            Err(Problem::Missing)
        );
    }

    #[test]
    fn the_sheet_is_the_one_asked_for_or_the_months_or_the_pptts_or_the_first() {
        let names: Vec<String> = ["Notes", "PPTT FY26", "January 2026", "Summary"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            choose_sheet(&names, Some("summary"), january()).as_deref(),
            Some("Summary")
        );
        assert_eq!(choose_sheet(&names, Some("Other"), january()), None);
        assert_eq!(
            choose_sheet(&names, None, january()).as_deref(),
            Some("January 2026")
        );
        let december = Month::parse("--month", "2025-12").expect("month");
        assert_eq!(
            choose_sheet(&names, None, december).as_deref(),
            Some("PPTT FY26")
        );
        assert_eq!(
            choose_sheet(&names[..1], None, december).as_deref(),
            Some("Notes")
        );
        assert_eq!(
            split_name("Mary Ann Smith"),
            ("Smith".into(), "Mary Ann".into())
        );
        assert_eq!(name_words("SMITH, Mary-Ann"), name_words("mary ann smith"));
    }
}
