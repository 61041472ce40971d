//! A report written to a file, in the format its extension names: `.csv` (UTF-8 with a
//! header row, as a spreadsheet opens it), `.json`, or `.xlsx` (one sheet per section,
//! the header row bold, dates as dates, money and hours as numbers with two decimals,
//! marked rows in red). An existing file is replaced only when asked.

use std::borrow::Cow;
use std::io::Write as _;
use std::path::Path;

use rust_xlsxwriter::{Color, ExcelDateTime, Format, Workbook};

use super::table::{Kind, Report, Value};
use crate::error::{Error, Result};
use crate::output::Progress;

/// The formats a report file can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Json,
    Xlsx,
}

impl FileFormat {
    pub const EXTENSIONS: [&'static str; 3] = ["csv", "json", "xlsx"];

    /// The format `path`'s extension names (any case); another is refused, naming the
    /// field, the value and the extensions allowed.
    pub fn of(field: &str, path: &Path) -> Result<FileFormat> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("csv") => Ok(FileFormat::Csv),
            Some("json") => Ok(FileFormat::Json),
            Some("xlsx") => Ok(FileFormat::Xlsx),
            _ => Err(Error::invalid(
                field,
                &path.display().to_string(),
                "is not a report file: its name ends in .csv, .json or .xlsx",
            )),
        }
    }
}

/// What a report file is written from. A [`Report`] writes its sections in every
/// format. A report whose CSV and JSON have a shape of their own on standard output (the
/// FNS-583's) writes that shape to a `.csv` or `.json` file too, so that a file holds
/// what `--format` prints, and gives the sections its workbook's sheets are made of.
pub trait Contents {
    /// The sections: a sheet each in a workbook.
    fn sections(&self) -> Cow<'_, Report>;

    /// The text of a `.csv` file, and the number of rows it holds.
    fn csv_file(&self) -> Result<(String, usize)> {
        let report = self.sections();
        Ok((report.csv()?, report.row_count()))
    }

    /// The text of a `.json` file, and the number of rows it holds.
    fn json_file(&self) -> Result<(String, usize)> {
        let report = self.sections();
        Ok((report.json()?, report.row_count()))
    }
}

impl Contents for Report {
    fn sections(&self) -> Cow<'_, Report> {
        Cow::Borrowed(self)
    }
}

/// Where a report goes: the file, its format, and whether an existing file is replaced.
#[derive(Debug, Clone)]
pub struct Destination {
    pub path: std::path::PathBuf,
    pub format: FileFormat,
    pub replace: bool,
}

impl Destination {
    /// Checked before the report runs, so that a long report is not computed for a file
    /// it may not write: the extension, and an existing file without `replace`.
    pub fn new(field: &str, path: &Path, replace: bool) -> Result<Destination> {
        let format = FileFormat::of(field, path)?;
        if !replace && path.exists() {
            return Err(Error::invalid(
                field,
                &path.display().to_string(),
                "exists: give --force to replace it",
            ));
        }
        Ok(Destination {
            path: path.to_path_buf(),
            format,
            replace,
        })
    }

    /// Writes `report`; returns the number of rows the file holds (in a workbook, every
    /// sheet's).
    pub fn write(&self, report: &dyn Contents, progress: &dyn Progress) -> Result<usize> {
        let (bytes, rows) = match self.format {
            FileFormat::Csv => report
                .csv_file()
                .map(|(text, rows)| (text.into_bytes(), rows))?,
            FileFormat::Json => report
                .json_file()
                .map(|(text, rows)| (text.into_bytes(), rows))?,
            FileFormat::Xlsx => {
                let sections = report.sections();
                (xlsx(&sections, progress)?, sections.row_count())
            }
        };
        let refused = |e: std::io::Error| {
            Error::invalid(
                "--output",
                &self.path.display().to_string(),
                format!("cannot be written: {e}"),
            )
        };
        // Without `replace` the file is created only if it still does not exist, so a
        // file made since the check is not lost either.
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(!self.replace)
            .create(self.replace)
            .truncate(self.replace)
            .open(&self.path)
            .map_err(refused)?;
        file.write_all(&bytes).map_err(refused)?;
        file.sync_all().map_err(refused)?;
        Ok(rows)
    }
}

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::Internal(format!("xlsx: {e}"))
}

/// A sheet's name: Excel allows 31 characters and none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect()
}

/// The workbook's bytes: one sheet per section, its header row bold and frozen.
fn xlsx(report: &Report, progress: &dyn Progress) -> Result<Vec<u8>> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&rust_xlsxwriter::DocProperties::new().set_title(&report.title));
    let bold = Format::new().set_bold();
    let formats = |red: bool| {
        let base = if red {
            Format::new().set_font_color(Color::Red)
        } else {
            Format::new()
        };
        (
            base.clone().set_num_format("yyyy-mm-dd"),
            base.clone().set_num_format("#,##0.00"),
            base.clone().set_num_format("0.00"),
            base,
        )
    };
    let plain = formats(false);
    let red = formats(true);
    progress.phase("xlsx", report.row_count() as u64);
    for table in &report.tables {
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(table.name)).map_err(xlsx_error)?;
        for (col, column) in table.columns.iter().enumerate() {
            sheet
                .write_string_with_format(0, col as u16, column.name, &bold)
                .map_err(xlsx_error)?;
        }
        for (r, (row, marked)) in table.rows.iter().zip(&table.marked).enumerate() {
            let (date, money, hours, text) = if *marked { &red } else { &plain };
            let at = r as u32 + 1;
            for (col, (value, column)) in row.iter().zip(&table.columns).enumerate() {
                let col = col as u16;
                match value {
                    Value::Empty => sheet.write_blank(at, col, text),
                    Value::Text(s) => sheet.write_string_with_format(at, col, s, text),
                    Value::Integer(n) => sheet.write_number_with_format(at, col, *n as f64, text),
                    Value::Date(d) => {
                        use chrono::Datelike;
                        let day = ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month() as u8,
                            d.day() as u8,
                        )
                        .map_err(xlsx_error)?;
                        sheet.write_date_with_format(at, col, &day, date)
                    }
                    // A spreadsheet's numbers are floating point: exact to the cent for
                    // any amount a report holds (under 2^53 cents).
                    Value::Money(m) => {
                        sheet.write_number_with_format(at, col, m.cents() as f64 / 100.0, money)
                    }
                    Value::Hours(h) if column.kind == Kind::Hours => {
                        sheet.write_number_with_format(at, col, *h as f64 / 100.0, hours)
                    }
                    other => sheet.write_string_with_format(at, col, other.text(), text),
                }
                .map_err(xlsx_error)?;
            }
            progress.advance(1);
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        sheet.autofit();
    }
    progress.finish();
    workbook.save_to_buffer().map_err(xlsx_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_names_the_format_and_any_other_is_refused() {
        let ok = |p: &str| FileFormat::of("--output", Path::new(p)).ok();
        assert_eq!(ok("july.csv"), Some(FileFormat::Csv));
        assert_eq!(ok("JULY.XLSX"), Some(FileFormat::Xlsx));
        assert_eq!(ok("a/b.json"), Some(FileFormat::Json));
        let refused = FileFormat::of("--output", Path::new("july.xls"))
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            refused.as_deref(),
            Some(
                "--output: \"july.xls\" is not a report file: its name ends in .csv, .json or .xlsx"
            )
        );
        assert_eq!(ok("july"), None);
    }

    #[test]
    fn sheet_names_fit_excel() {
        assert_eq!(sheet_name("a/b"), "a-b");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
