//! The shape every report has, whatever it counts: a title, the parameters it was run
//! with, and one or more sections, each a table of typed columns. One shape so that one
//! piece of output ([`super::file`], and the command line's `report` group) prints any
//! report as a table, CSV or JSON and writes it as `.csv`, `.json` or `.xlsx`.
//!
//! A report's rows are its own structs implementing [`Row`]; their cells are [`Value`]s,
//! typed so that a spreadsheet gets dates as dates and money as numbers.

use chrono::NaiveDate;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::plans::rules::hours_shown;
use crate::values::Money;

/// What a column holds: how each format writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A whole number (a count, an id).
    Integer,
    Date,
    /// Cents: `12.50` in text, a number with two decimals in a spreadsheet.
    Money,
    /// Hundredths of an hour: `7.5` in text, a number with two decimals in a spreadsheet.
    Hours,
    /// Yes or No (true or false in JSON).
    Flag,
}

/// A column: its name (the JSON field and the CSV header, stable for scripts) and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
}

impl Column {
    pub const fn new(name: &'static str, kind: Kind) -> Column {
        Column { name, kind }
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Empty,
    Text(String),
    Integer(i64),
    Date(NaiveDate),
    Money(Money),
    Hours(i64),
    Flag(bool),
}

impl Value {
    /// The cell as a table and CSV show it: dates ISO, money with two decimals, flags
    /// Yes or No, nothing as empty.
    pub fn text(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) => s.clone(),
            Value::Integer(n) => n.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Money(m) => m.to_string(),
            Value::Hours(h) => hours_shown(*h),
            Value::Flag(true) => "Yes".into(),
            Value::Flag(false) => "No".into(),
        }
    }
}

impl Serialize for Value {
    /// JSON as the rest of `isets` writes it: money and hours as exact decimal text,
    /// dates ISO, flags as booleans, nothing as null.
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Value::Empty => s.serialize_none(),
            Value::Integer(n) => s.serialize_i64(*n),
            Value::Flag(b) => s.serialize_bool(*b),
            other => s.serialize_str(&other.text()),
        }
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Text(v.to_string())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Text(v)
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Integer(v)
    }
}
impl From<NaiveDate> for Value {
    fn from(v: NaiveDate) -> Value {
        Value::Date(v)
    }
}
impl From<Money> for Value {
    fn from(v: Money) -> Value {
        Value::Money(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Flag(v)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Empty, Into::into)
    }
}

/// A report's row type: its columns, and its cells in their order.
pub trait Row {
    fn columns() -> Vec<Column>;
    fn values(&self) -> Vec<Value>;
    /// Marked to stand out: red on a colour terminal and in a spreadsheet (the manual's
    /// red amounts of the Supportive Services Report).
    fn marked(&self) -> bool {
        false
    }
}

/// One section of a report: a titled table.
#[derive(Debug, Clone)]
pub struct Table {
    /// Its JSON field, and its sheet in a spreadsheet: `customers`, `totals`.
    pub name: &'static str,
    /// What a person reads above it.
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
    /// Which rows are marked (same length as `rows`).
    pub marked: Vec<bool>,
}

impl Table {
    pub fn of<R: Row>(name: &'static str, title: impl Into<String>, rows: &[R]) -> Table {
        Table {
            name,
            title: title.into(),
            columns: R::columns(),
            rows: rows.iter().map(Row::values).collect(),
            marked: rows.iter().map(Row::marked).collect(),
        }
    }

    pub fn headers(&self) -> Vec<&'static str> {
        self.columns.iter().map(|c| c.name).collect()
    }
}

/// A report: what it is, what it was asked for, and its sections. The first section is
/// the report proper; the others (totals) follow it.
#[derive(Debug, Clone)]
pub struct Report {
    /// Its command: `4333`, `employment`.
    pub name: &'static str,
    pub title: String,
    /// What it was run with, in order: `provider`, `program`, `month`.
    pub parameters: Vec<(&'static str, Value)>,
    pub tables: Vec<Table>,
}

impl Report {
    /// The rows of every section together.
    pub fn row_count(&self) -> usize {
        self.tables.iter().map(|t| t.rows.len()).sum()
    }

    /// CSV: a header row and the rows; a report of several sections writes each after
    /// the one before, separated by an empty line.
    pub fn csv(&self) -> crate::Result<String> {
        let mut text = String::new();
        for (i, table) in self.tables.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(table.headers())?;
            for row in &table.rows {
                writer.write_record(row.iter().map(Value::text))?;
            }
            let bytes = writer
                .into_inner()
                .map_err(|e| crate::Error::Internal(format!("csv: {e}")))?;
            text.push_str(&String::from_utf8_lossy(&bytes));
        }
        Ok(text)
    }

    /// JSON: `report`, `title`, the parameters, then each section's rows by its name.
    pub fn json(&self) -> crate::Result<String> {
        Ok(format!("{}\n", serde_json::to_string_pretty(self)?))
    }
}

struct Rows<'a>(&'a Table);

struct Record<'a>(&'a [Column], &'a [Value]);

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (column, value) in self.0.iter().zip(self.1) {
            map.serialize_entry(column.name, value)?;
        }
        map.end()
    }
}

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.rows.len()))?;
        for row in &self.0.rows {
            seq.serialize_element(&Record(&self.0.columns, row))?;
        }
        seq.end()
    }
}

impl Serialize for Report {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("report", self.name)?;
        map.serialize_entry("title", &self.title)?;
        for (name, value) in &self.parameters {
            map.serialize_entry(name, value)?;
        }
        for table in &self.tables {
            map.serialize_entry(table.name, &Rows(table))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Line(&'static str, i64, bool);

    impl Row for Line {
        fn columns() -> Vec<Column> {
            vec![
                Column::new("name", Kind::Text),
                Column::new("amount", Kind::Money),
                Column::new("ok", Kind::Flag),
            ]
        }
        fn values(&self) -> Vec<Value> {
            vec![self.0.into(), Money(self.1).into(), self.2.into()]
        }
        fn marked(&self) -> bool {
            !self.2
        }
    }

    fn report() -> Report {
        Report {
            name: "test",
            title: "A test".into(),
            parameters: vec![("month", "2024-07".into())],
            tables: vec![
                Table::of(
                    "lines",
                    "Lines",
                    &[Line("a, b", 1250, true), Line("c", 5, false)],
                ),
                Table::of::<Line>("none", "None", &[]),
            ],
        }
    }

    #[test]
    fn csv_writes_each_section_with_its_header_quoted_as_csv_wants() {
        assert_eq!(
            report().csv().expect("csv"),
            "name,amount,ok\n\"a, b\",12.50,Yes\nc,0.05,No\n\nname,amount,ok\n"
        );
    }

    #[test]
    fn json_keeps_the_order_of_parameters_sections_and_columns() {
        let text = report().json().expect("json");
        let v: serde_json::Value = serde_json::from_str(&text).expect("parses");
        assert_eq!(v["report"], "test");
        assert_eq!(v["lines"][0]["amount"], "12.50");
        assert_eq!(v["lines"][1]["ok"], false);
        assert_eq!(v["none"], serde_json::json!([]));
        let order: Vec<usize> = [
            "\"report\"",
            "\"title\"",
            "\"month\"",
            "\"lines\"",
            "\"none\"",
        ]
        .iter()
        .map(|k| text.find(k).expect("key"))
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
        assert_eq!(report().row_count(), 2);
    }

    #[test]
    fn values_read_as_people_write_them() {
        assert_eq!(Value::Hours(750).text(), "7.5");
        assert_eq!(Value::from(None::<i64>).text(), "");
        assert_eq!(
            Value::from(NaiveDate::from_ymd_opt(2024, 7, 1)).text(),
            "2024-07-01"
        );
    }
}
