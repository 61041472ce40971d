//! All output goes through one [`Printer`]: data on stdout as a table, JSON or CSV (the
//! same structs through serde), messages and warnings on stderr, colour only where
//! wanted.

use std::fmt;
use std::io::{IsTerminal, Write};
use std::str::FromStr;

use comfy_table::{Attribute, Cell, Color, ContentArrangement, Table, presets};
use serde::Serialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
}

impl Format {
    pub const NAMES: [&'static str; 3] = ["table", "json", "csv"];
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format> {
        match s {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            _ => Err(Error::invalid(
                "format",
                s,
                "is not one of table, json, csv",
            )),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Csv => "csv",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub const NAMES: [&'static str; 3] = ["auto", "always", "never"];

    /// NO_COLOR wins over everything; `auto` colours only a terminal.
    pub fn enabled(self, is_terminal: bool) -> bool {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return false;
        }
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal,
        }
    }
}

impl FromStr for ColorChoice {
    type Err = Error;
    fn from_str(s: &str) -> Result<ColorChoice> {
        match s {
            "auto" => Ok(ColorChoice::Auto),
            "always" => Ok(ColorChoice::Always),
            "never" => Ok(ColorChoice::Never),
            _ => Err(Error::invalid(
                "color",
                s,
                "is not one of auto, always, never",
            )),
        }
    }
}

impl fmt::Display for ColorChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ColorChoice::Auto => "auto",
            ColorChoice::Always => "always",
            ColorChoice::Never => "never",
        })
    }
}

/// A record that can be shown as a table row. JSON and CSV use its serde field names,
/// which are the documented, stable names for scripts.
pub trait Tabular: Serialize {
    /// Table columns: each is also a JSON field of the record.
    fn headers() -> Vec<&'static str>;
    /// CSV columns: the record's JSON fields in order. Defaults to the table columns;
    /// records whose JSON carries more override it.
    fn fields() -> Vec<&'static str> {
        Self::headers()
    }
    fn cells(&self) -> Vec<String>;
    /// What `-q` prints: the record's id or key.
    fn key(&self) -> String;
}

/// A titled key/value or row section of a `show` view.
pub struct Section {
    pub title: Option<String>,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub quiet: bool,
    color_out: bool,
    color_err: bool,
    terminal_out: bool,
}

impl Printer {
    pub fn new(format: Format, quiet: bool, color: ColorChoice) -> Printer {
        let terminal_out = std::io::stdout().is_terminal();
        Printer {
            format,
            quiet,
            color_out: color.enabled(terminal_out),
            color_err: color.enabled(std::io::stderr().is_terminal()),
            terminal_out,
        }
    }

    fn out(&self, text: &str) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        match stdout
            .write_all(text.as_bytes())
            .and_then(|_| stdout.flush())
        {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => Ok(other?),
        }
    }

    /// A progress or status line on stderr; silent with `-q`.
    pub fn status(&self, message: impl fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// What a write did, on stderr like [`Printer::status`]; a dry run's message says so.
    pub fn done(&self, dry_run: bool, message: impl fmt::Display) {
        if dry_run {
            self.status(format_args!("dry run: {message}"));
        } else {
            self.status(message);
        }
    }

    pub fn warn(&self, message: impl fmt::Display) {
        eprintln!("{} {message}", self.paint_err("warning:", "33;1"));
    }

    pub fn error(&self, message: impl fmt::Display) {
        eprintln!("{} {message}", self.paint_err("error:", "31;1"));
    }

    fn paint_err(&self, text: &str, sgr: &str) -> String {
        if self.color_err {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn table(&self, headers: &[&str]) -> Table {
        let mut table = Table::new();
        if self.terminal_out {
            // For people: a light, borderless table like kubectl's, wrapped to the
            // terminal's width (comfy-table's own detection is off when colour is, so
            // the width is read here); the full values stay in json and csv.
            table
                .load_preset(presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Dynamic);
            if let Some((terminal_size::Width(width), _)) = terminal_size::terminal_size() {
                table.set_width(width);
            }
        } else {
            table
                .load_preset(presets::ASCII_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
        if self.color_out {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        if !headers.is_empty() {
            table.set_header(headers.iter().map(|h| {
                let cell = Cell::new(h);
                if self.color_out {
                    cell.add_attribute(Attribute::Bold)
                } else {
                    cell
                }
            }));
        }
        table
    }

    /// A list of records. An empty table says so on stderr; JSON prints `[]` and CSV
    /// its header alone, so scripts always get a document.
    pub fn list<T: Tabular>(&self, rows: &[T], noun: &str) -> Result<()> {
        if self.quiet {
            let keys: String = rows.iter().map(|r| format!("{}\n", r.key())).collect();
            return self.out(&keys);
        }
        match self.format {
            Format::Table => {
                if rows.is_empty() {
                    self.status(format!("no {noun}"));
                    return Ok(());
                }
                let mut table = self.table(&T::headers());
                for row in rows {
                    table.add_row(row.cells());
                }
                self.out(&format!("{table}\n"))
            }
            Format::Json => self.out(&format!("{}\n", serde_json::to_string_pretty(rows)?)),
            Format::Csv => {
                let fields = T::fields();
                let mut writer = csv::Writer::from_writer(Vec::new());
                writer.write_record(&fields)?;
                for row in rows {
                    let value = serde_json::to_value(row)?;
                    writer.write_record(fields.iter().map(|f| csv_cell(value.get(*f))))?;
                }
                let bytes = writer
                    .into_inner()
                    .map_err(|e| Error::Internal(format!("csv: {e}")))?;
                self.out(&String::from_utf8_lossy(&bytes))
            }
        }
    }

    /// One record in detail: JSON prints `value` whole; a table prints the sections;
    /// CSV prints the first section as `field,value` rows.
    pub fn detail<T: Serialize>(&self, key: &str, value: &T, sections: &[Section]) -> Result<()> {
        self.detail_marked(key, value, sections, |_, _, _| false)
    }

    /// [`Printer::detail`], with the table cells `marked` names (section, row and column,
    /// from 0) in red where colour is on: red flags.
    pub fn detail_marked<T: Serialize>(
        &self,
        key: &str,
        value: &T,
        sections: &[Section],
        marked: impl Fn(usize, usize, usize) -> bool,
    ) -> Result<()> {
        if self.quiet {
            return self.out(&format!("{key}\n"));
        }
        match self.format {
            Format::Json => self.out(&format!("{}\n", serde_json::to_string_pretty(value)?)),
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(Vec::new());
                if let Some(first) = sections.first() {
                    writer.write_record(&first.headers)?;
                    for row in &first.rows {
                        writer.write_record(row)?;
                    }
                }
                let bytes = writer
                    .into_inner()
                    .map_err(|e| Error::Internal(format!("csv: {e}")))?;
                self.out(&String::from_utf8_lossy(&bytes))
            }
            Format::Table => {
                let mut text = String::new();
                for (s, section) in sections.iter().enumerate() {
                    if let Some(title) = &section.title {
                        text.push_str(&format!("\n{title}\n"));
                    }
                    if section.rows.is_empty() {
                        text.push_str("(none)\n");
                        continue;
                    }
                    let mut table = self.table(&section.headers);
                    for (r, row) in section.rows.iter().enumerate() {
                        table.add_row(row.iter().enumerate().map(|(c, value)| {
                            let cell = Cell::new(value);
                            if self.color_out && marked(s, r, c) {
                                cell.fg(Color::Red).add_attribute(Attribute::Bold)
                            } else {
                                cell
                            }
                        }));
                    }
                    text.push_str(&format!("{table}\n"));
                }
                self.out(&text)
            }
        }
    }

    /// What a write changed, or for a dry run would have changed: one line per change
    /// for people, the whole report in JSON, a row per change in CSV.
    /// Text for scripts on standard output, as is (SQL for a DBA to run).
    pub fn text(&self, text: &str) -> Result<()> {
        self.out(text)
    }

    pub fn outcome<R: Report>(&self, report: &R, key: &str) -> Result<()> {
        if report.dry_run() {
            self.status("dry run: nothing was written");
        }
        if self.quiet {
            return self.out(&format!("{key}\n"));
        }
        match self.format {
            Format::Json => self.out(&format!("{}\n", serde_json::to_string_pretty(report)?)),
            Format::Csv => self.list(&report.rows(), "changes"),
            Format::Table => {
                let lines = report.lines();
                if lines.is_empty() {
                    self.status("no changes");
                    return Ok(());
                }
                let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
                self.out(&text)
            }
        }
    }
}

impl Printer {
    /// A table for people, as [`Printer::list`] draws one, with each row given as its
    /// cells and whether it is marked: a marked row is red where stdout takes colour.
    pub fn grid(&self, headers: &[&str], rows: &[(Vec<String>, bool)]) -> String {
        let mut table = self.table(headers);
        for (cells, marked) in rows {
            table.add_row(cells.iter().map(|c| {
                let cell = Cell::new(c);
                if *marked && self.color_out {
                    cell.fg(comfy_table::Color::Red)
                } else {
                    cell
                }
            }));
        }
        format!("{table}\n")
    }
}

/// Progress of long work (thousands of items). A bar on a terminal; nothing when
/// stderr is piped or with `-q`.
pub trait Progress {
    /// A new phase of `total` items.
    fn phase(&self, name: &str, total: u64);
    fn advance(&self, n: u64);
    fn finish(&self);
}

/// No progress to show: piped, quiet, or a caller with nobody watching.
pub struct Silent;

impl Progress for Silent {
    fn phase(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
    fn finish(&self) {}
}

/// A progress bar on stderr with the rate and the time left.
pub struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn phase(&self, name: &str, total: u64) {
        self.0.set_length(total);
        self.0.set_position(0);
        self.0.set_message(name.to_string());
    }
    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Printer {
    /// A progress bar when a person is watching stderr, else [`Silent`].
    pub fn progress(&self) -> Box<dyn Progress> {
        if self.quiet || !std::io::stderr().is_terminal() {
            return Box::new(Silent);
        }
        let bar = indicatif::ProgressBar::new(0);
        let style = indicatif::ProgressStyle::with_template(
            "{msg:>9} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
        )
        .map(|s| s.progress_chars("=> "));
        if let Ok(style) = style {
            bar.set_style(style);
        }
        Box::new(Bar(bar))
    }
}

/// What a write reports: a line per change for people, rows for CSV, the whole value
/// for JSON.
pub trait Report: Serialize {
    type Row: Tabular;
    fn dry_run(&self) -> bool;
    fn lines(&self) -> Vec<String>;
    fn rows(&self) -> Vec<Self::Row>;
}

/// A JSON value as one CSV cell: text as is, nothing as empty, lists and objects as
/// compact JSON.
fn csv_cell(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Shared cell formatting: dates ISO, empty for none.
pub fn opt<T: fmt::Display>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

pub fn time(value: &chrono::DateTime<chrono::Utc>) -> String {
    value.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}
