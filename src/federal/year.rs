//! The federal fiscal year the FNS-583 is filed for (G1): 1 October – 30 September,
//! named by the year it ends in (FFY25 = 2024-10-01 … 2025-09-30), in quarters from
//! October. Not Illinois' fiscal year of P3 ([`crate::values::FiscalYear`], July – June):
//! a state spelling is refused rather than read as the other year.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

use crate::error::{Error, Result};
use crate::values::Month;

/// A federal fiscal year, named by the year it ends in (G1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FederalFiscalYear(pub i64);

impl FederalFiscalYear {
    /// Accepts `FFY25`, `ffy2025`, `2025` or `25`. `FY25` is Illinois' fiscal year (P3),
    /// which starts three months earlier: refused, naming the federal spelling.
    pub fn parse(field: &str, value: &str) -> Result<FederalFiscalYear> {
        let v = value.trim();
        let upper = v.to_ascii_uppercase();
        let year = |digits: &str| match (digits.len(), digits.parse::<i64>()) {
            (2, Ok(n)) if digits.bytes().all(|b| b.is_ascii_digit()) => Some(2000 + n),
            (4, Ok(n))
                if (2000..=2100).contains(&n) && digits.bytes().all(|b| b.is_ascii_digit()) =>
            {
                Some(n)
            }
            _ => None,
        };
        if let Some(state) = upper.strip_prefix("FY").and_then(year) {
            return Err(Error::invalid(
                field,
                value,
                format!(
                    "is a state fiscal year (P3, July–June); the FNS-583 uses federal years \
                     (October–September): {} (G1)",
                    FederalFiscalYear(state)
                ),
            ));
        }
        year(upper.strip_prefix("FFY").unwrap_or(&upper))
            .map(FederalFiscalYear)
            .ok_or_else(|| {
                Error::invalid(
                    field,
                    value,
                    "is not a federal fiscal year: use FFY25 or 2025 (G1)",
                )
            })
    }

    /// The federal fiscal year a day falls in: October starts the next one.
    pub fn containing(date: NaiveDate) -> FederalFiscalYear {
        let year = i64::from(date.year());
        FederalFiscalYear(if date.month() >= 10 { year + 1 } else { year })
    }

    /// 1 October of the year before the one it is named by.
    pub fn start(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 as i32 - 1, 10, 1).unwrap_or_default()
    }

    /// 30 September of the year it is named by.
    pub fn end(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0 as i32, 9, 30).unwrap_or_default()
    }

    /// The three months of `quarter`, in order.
    pub fn months(self, quarter: Quarter) -> [Month; 3] {
        let first = Month::containing(self.start());
        let mut month = first;
        for _ in 1..quarter.0 {
            month = month.next().next().next();
        }
        [month, month.next(), month.next().next()]
    }

    /// Every month from 1 October to the end of `quarter`: what the year to date covers.
    pub fn months_to(self, quarter: Quarter) -> Vec<Month> {
        let mut months = vec![Month::containing(self.start())];
        while months.len() < usize::from(quarter.0) * 3 {
            let next = months[months.len() - 1].next();
            months.push(next);
        }
        months
    }
}

impl fmt::Display for FederalFiscalYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "FFY{:02}", self.0 % 100)
    }
}

impl Serialize for FederalFiscalYear {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A quarter of the federal fiscal year (G1): 1 = October–December, … 4 = July–September.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Quarter(u8);

impl Quarter {
    pub const FOURTH: Quarter = Quarter(4);

    /// Accepts `1`–`4`, or `Q1`–`Q4`.
    pub fn parse(field: &str, value: &str) -> Result<Quarter> {
        let v = value.trim();
        let digits = v
            .strip_prefix('Q')
            .or_else(|| v.strip_prefix('q'))
            .unwrap_or(v);
        match digits.parse::<u8>() {
            Ok(n) if (1..=4).contains(&n) && digits.len() == 1 => Ok(Quarter(n)),
            _ => Err(Error::invalid(
                field,
                value,
                "is not a quarter of the federal fiscal year: 1 (October–December), \
                 2 (January–March), 3 (April–June) or 4 (July–September) (G1)",
            )),
        }
    }

    pub fn number(self) -> u8 {
        self.0
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn ffy(v: &str) -> Option<FederalFiscalYear> {
        FederalFiscalYear::parse("--federal-fiscal-year", v).ok()
    }

    #[test]
    fn g1_ffy25_runs_from_october_2024_to_september_2025() {
        let year = FederalFiscalYear(2025);
        for spelling in ["FFY25", "ffy25", "FFY2025", "2025", "25", " Ffy25 "] {
            assert_eq!(ffy(spelling), Some(year), "{spelling}");
        }
        assert_eq!(year.to_string(), "FFY25");
        assert_eq!(year.start(), day("2024-10-01"));
        assert_eq!(year.end(), day("2025-09-30"));
        assert_eq!(
            FederalFiscalYear::containing(day("2024-09-30")),
            FederalFiscalYear(2024)
        );
        assert_eq!(FederalFiscalYear::containing(day("2024-10-01")), year);
        assert_eq!(FederalFiscalYear::containing(day("2025-09-30")), year);
        assert_eq!(
            FederalFiscalYear::containing(day("2025-10-01")),
            FederalFiscalYear(2026)
        );
        assert_eq!(FederalFiscalYear(2100).to_string(), "FFY00");
    }

    #[test]
    fn g1_a_state_fiscal_year_is_refused_with_the_federal_spelling() {
        let err = FederalFiscalYear::parse("--federal-fiscal-year", "FY25")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "--federal-fiscal-year: \"FY25\" is a state fiscal year (P3, July–June); the FNS-583 \
             uses federal years (October–September): FFY25 (G1)"
        );
        assert!(
            FederalFiscalYear::parse("f", "fy2026")
                .err()
                .is_some_and(|e| e.to_string().contains("FFY26"))
        );
        for bad in [
            "FFY2", "FFY", "1999", "FFY2101", "F25", "FFY+5", "2025-26", "",
        ] {
            let e = FederalFiscalYear::parse("f", bad)
                .err()
                .map(|e| e.to_string());
            assert!(
                e.as_deref()
                    .is_some_and(|e| e.contains("is not a federal fiscal year")),
                "{bad}: {e:?}"
            );
        }
    }

    #[test]
    fn g1_quarters_start_in_october() {
        let year = FederalFiscalYear(2025);
        let q = |v: &str| Quarter::parse("--quarter", v).ok();
        let shown = |months: &[Month]| months.iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(
            q("1").map(|q| shown(&year.months(q))),
            Some(vec!["2024-10".into(), "2024-11".into(), "2024-12".into()])
        );
        assert_eq!(
            q("Q2").map(|q| shown(&year.months(q))),
            Some(vec!["2025-01".into(), "2025-02".into(), "2025-03".into()])
        );
        assert_eq!(
            q("q3").map(|q| shown(&year.months(q))),
            Some(vec!["2025-04".into(), "2025-05".into(), "2025-06".into()])
        );
        assert_eq!(
            q("4").map(|q| shown(&year.months(q))),
            Some(vec!["2025-07".into(), "2025-08".into(), "2025-09".into()])
        );
        assert_eq!(q("4"), Some(Quarter::FOURTH));
        assert_eq!(q("1").map(|q| year.months_to(q).len()), Some(3));
        assert_eq!(
            q("4").map(|q| shown(&year.months_to(q))),
            Some(
                [
                    "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04",
                    "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"
                ]
                .map(String::from)
                .to_vec()
            )
        );
        for bad in ["0", "5", "Q", "one", "01", "1.0", ""] {
            let e = Quarter::parse("--quarter", bad)
                .err()
                .map(|e| e.to_string());
            assert!(
                e.as_deref().is_some_and(|e| e.contains("(G1)")),
                "{bad}: {e:?}"
            );
        }
    }
}
