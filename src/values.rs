//! Parsing of the values people type: dates as ISO or as the manuals write them, money
//! as exact decimal cents, names and usernames.

use std::fmt;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

/// Parses `YYYY-MM-DD` or `MM/DD/YYYY` (two-digit month and day, four-digit year, S1).
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate> {
    let v = value.trim();
    let bytes = v.as_bytes();
    let iso = bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
    let us = bytes.len() == 10 && bytes[2] == b'/' && bytes[5] == b'/';
    let digits_ok = bytes.iter().enumerate().all(|(i, b)| {
        b.is_ascii_digit() || (iso && (i == 4 || i == 7)) || (us && (i == 2 || i == 5))
    });
    // Every character is checked above: the digits are read in place.
    let number = |range: std::ops::Range<usize>| {
        bytes[range]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    let parsed = match (iso, us, digits_ok) {
        (true, _, true) => {
            NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10))
        }
        (_, true, true) => {
            NaiveDate::from_ymd_opt(number(6..10) as i32, number(0..2), number(3..5))
        }
        _ => None,
    };
    parsed
        .ok_or_else(|| Error::invalid(field, value, "is not a date: use YYYY-MM-DD or MM/DD/YYYY"))
}

/// A fiscal year, named by the year it ends in (P3): FY25 = 2024-07-01 … 2025-06-30.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FiscalYear(pub i64);

impl FiscalYear {
    /// Accepts `FY25`, `fy2025`, `2025` or `25`.
    pub fn parse(field: &str, value: &str) -> Result<FiscalYear> {
        let v = value.trim();
        let digits = v
            .strip_prefix("FY")
            .or_else(|| v.strip_prefix("fy"))
            .or_else(|| v.strip_prefix("Fy"))
            .unwrap_or(v);
        let year = match (digits.len(), digits.parse::<i64>()) {
            (2, Ok(n)) => 2000 + n,
            (4, Ok(n)) if (2000..=2100).contains(&n) => n,
            _ => {
                return Err(Error::invalid(
                    field,
                    value,
                    "is not a fiscal year: use FY25 or 2025 (P3)",
                ));
            }
        };
        Ok(FiscalYear(year))
    }

    pub fn containing(date: NaiveDate) -> FiscalYear {
        use chrono::Datelike;
        FiscalYear(if date.month() >= 7 {
            i64::from(date.year()) + 1
        } else {
            i64::from(date.year())
        })
    }

    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 as i32 - 1, 7, 1).unwrap_or_default()
    }

    pub fn end(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 as i32, 6, 30).unwrap_or_default()
    }
}

impl fmt::Display for FiscalYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FY{:02}", self.0 % 100)
    }
}

impl Serialize for FiscalYear {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A calendar month, the period of a staffing, a report or a lock (B1, B3): `2024-07`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(NaiveDate);

impl Month {
    /// Accepts `YYYY-MM`.
    pub fn parse(field: &str, value: &str) -> Result<Month> {
        let v = value.trim();
        let shaped = v.len() == 7 && v.as_bytes()[4] == b'-';
        shaped
            .then(|| NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d").ok())
            .flatten()
            .map(Month)
            .ok_or_else(|| Error::invalid(field, value, "is not a month: use YYYY-MM"))
    }

    pub fn containing(date: NaiveDate) -> Month {
        use chrono::Datelike;
        Month(date.with_day(1).unwrap_or(date))
    }

    /// Its first day.
    pub fn first(self) -> NaiveDate {
        self.0
    }

    /// Its last day.
    pub fn last(self) -> NaiveDate {
        self.next().0.pred_opt().unwrap_or(self.0)
    }

    pub fn next(self) -> Month {
        Month(
            self.0
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(self.0),
        )
    }

    pub fn previous(self) -> Month {
        Month(
            self.0
                .checked_sub_months(chrono::Months::new(1))
                .unwrap_or(self.0),
        )
    }

    /// The given day of the month after this one (a due date: "July's staffing is due
    /// August 15th", B1), or that month's last day when it is shorter.
    pub fn day_of_next(self, day: u32) -> NaiveDate {
        use chrono::Datelike;
        let next = self.next();
        next.0
            .with_day(day.max(1))
            .filter(|d| *d <= next.last())
            .unwrap_or_else(|| next.last())
    }

    /// "July 2024", as the manuals name a month.
    pub fn name(self) -> String {
        self.0.format("%B %Y").to_string()
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m"))
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// An amount of money in integer cents; never a float (V5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(pub i64);

impl Money {
    /// Parses `1400`, `1400.5`, `1,400.00` or `$1,400.00` exactly. More than two
    /// decimals, a range, or anything else is refused naming rule V5.
    pub fn parse(field: &str, value: &str) -> Result<Money> {
        let bad = |why: &str| Error::rule("V5", format!("{field}: {value:?} {why}"));
        let mut s = value.trim();
        let negative = s.starts_with('-');
        if negative {
            s = &s[1..];
        }
        s = s.strip_prefix('$').unwrap_or(s);
        if s.contains('-') || s.contains(" to ") {
            return Err(bad("is a range, not an amount"));
        }
        let (whole, frac) = match s.split_once('.') {
            Some((w, f)) => (w, f),
            None => (s, ""),
        };
        if frac.len() > 2 {
            return Err(bad("has more than two decimals"));
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (s.contains('.') && frac.is_empty()) {
            return Err(bad("is not an amount of money"));
        }
        let groups: Vec<&str> = whole.split(',').collect();
        let grouped_ok = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        let digits: String = groups.concat();
        if digits.is_empty() || !grouped_ok || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad("is not an amount of money"));
        }
        let whole: i64 = digits.parse().map_err(|_| bad("is too large"))?;
        let frac_cents: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().map_err(|_| bad("is not an amount"))? * 10,
            _ => frac.parse().map_err(|_| bad("is not an amount"))?,
        };
        let cents = whole
            .checked_mul(100)
            .and_then(|c| c.checked_add(frac_cents))
            .ok_or_else(|| bad("is too large"))?;
        Ok(Money(if negative { -cents } else { cents }))
    }

    pub fn cents(self) -> i64 {
        self.0
    }
}

/// Cents read back from the database.
impl From<i64> for Money {
    fn from(cents: i64) -> Money {
        Money(cents)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Usernames double as PostgreSQL login names: lower case, start with a letter.
pub fn parse_username(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    let ok = (2..=63).contains(&v.len())
        && v.starts_with(|c: char| c.is_ascii_lowercase())
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(v.to_string())
    } else {
        Err(Error::invalid(
            field,
            value,
            "is not a username: 2–63 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter",
        ))
    }
}

/// A required free-text field: trimmed and not empty.
pub fn required_text(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        Err(Error::invalid(field, value, "must not be empty"))
    } else {
        Ok(v.to_string())
    }
}

pub fn parse_email(field: &str, value: &str) -> Result<String> {
    let v = value.trim();
    let valid = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    };
    if valid {
        Ok(v.to_string())
    } else {
        Err(Error::invalid(field, value, "is not an email address"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_spellings() {
        let d = NaiveDate::from_ymd_opt(1980, 2, 29).expect("valid");
        assert_eq!(parse_date("dob", "1980-02-29").ok(), Some(d));
        assert_eq!(parse_date("dob", "02/29/1980").ok(), Some(d));
        assert_eq!(
            parse_date("dob", " 0001-12-31 ").ok(),
            NaiveDate::from_ymd_opt(1, 12, 31)
        );
        for bad in [
            "2/29/1980",
            "1981-02-29",
            "1980-00-10",
            "1980-13-10",
            "1980-01-00",
            "1980-04-31",
            "02/30/1980",
            "1980-0a-10",
            "29/02/1980",
            "1980-2-29",
            "",
            "02/29/80",
        ] {
            assert!(parse_date("dob", bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn v5_money_is_exact_cents() {
        assert_eq!(Money::parse("a", "250000.00").ok(), Some(Money(25_000_000)));
        assert_eq!(Money::parse("a", "$1,400.00").ok(), Some(Money(140_000)));
        assert_eq!(Money::parse("a", "0.1").ok(), Some(Money(10)));
        assert_eq!(Money::parse("a", "19.99").ok(), Some(Money(1999)));
        assert_eq!(Money::parse("a", "-5").ok(), Some(Money(-500)));
        for bad in [
            "1.005", "100-200", "1,00.00", "abc", "", "1.", ".5x", "12,3456",
        ] {
            let err = Money::parse("amount", bad).expect_err(bad);
            assert!(err.to_string().contains("V5"), "{err}");
        }
        assert_eq!(Money(140_000).to_string(), "1400.00");
        assert_eq!(Money(-5).to_string(), "-0.05");
    }

    #[test]
    fn p3_fiscal_years_end_in_june() {
        let fy = FiscalYear::parse("fy", "FY25").expect("FY25");
        assert_eq!(fy, FiscalYear(2025));
        assert_eq!(FiscalYear::parse("fy", "2025").ok(), Some(fy));
        assert_eq!(fy.start().to_string(), "2024-07-01");
        assert_eq!(fy.end().to_string(), "2025-06-30");
        assert_eq!(fy.to_string(), "FY25");
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        assert_eq!(FiscalYear::containing(d("2024-07-01")), fy);
        assert_eq!(FiscalYear::containing(d("2025-06-30")), fy);
        assert_eq!(FiscalYear::containing(d("2025-07-01")), FiscalYear(2026));
        assert!(FiscalYear::parse("fy", "FY2").is_err());
        assert!(FiscalYear::parse("fy", "1999").is_err());
    }

    #[test]
    fn usernames_and_emails() {
        assert!(parse_username("u", "jdoe").is_ok());
        assert!(parse_username("u", "JDoe").is_err());
        assert!(parse_username("u", "1abc").is_err());
        assert!(parse_email("e", "a@b.org").is_ok());
        assert!(parse_email("e", "a@b").is_err());
        assert!(parse_email("e", "a b@c.org").is_err());
    }

    #[test]
    fn months_parse_and_give_their_bounds_and_due_days() {
        let month = |v| {
            Month::parse("--month", v)
                .ok()
                .unwrap_or(Month(NaiveDate::MIN))
        };
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let july = month("2024-07");
        assert_eq!(july.to_string(), "2024-07");
        assert_eq!(july.name(), "July 2024");
        assert_eq!(Some(july.first()), day(2024, 7, 1));
        assert_eq!(Some(july.last()), day(2024, 7, 31));
        assert_eq!(Some(july.day_of_next(15)), day(2024, 8, 15));
        let jan = month("2024-01");
        assert_eq!(Some(jan.day_of_next(31)), day(2024, 2, 29));
        assert_eq!(month("2024-12").next().to_string(), "2025-01");
        assert_eq!(jan.previous().to_string(), "2023-12");
        assert_eq!(Month::containing(july.last()), july);
        for bad in ["2024-7", "2024-13", "July", "2024-07-01", "24-07"] {
            let e = Month::parse("--month", bad).err().map(|e| e.to_string());
            assert!(
                e.as_deref()
                    .is_some_and(|e| e.contains("is not a month: use YYYY-MM")),
                "{bad}: {e:?}"
            );
        }
    }
}
