//! The State of Illinois holidays of DOMAIN.md F7, computed for any year: each with the
//! date it falls on and the date the state observes it (a Saturday holiday the Friday
//! before, a Sunday holiday the Monday after).
//!
//! The general Election Day is not a rule: it is a holiday only in the years a law makes
//! it one, so those years are data (`calendar_days`, seeded with 2024).

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// One holiday of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    pub name: &'static str,
    /// The date the holiday falls on.
    pub actual: NaiveDate,
    /// The date offices are closed for it: `actual`, or the nearest weekday when it
    /// falls on a weekend.
    pub observed: NaiveDate,
}

/// How a holiday's date is found in a year.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// The nth (1-based) weekday of a month.
    Nth(u32, Weekday, u8),
    /// The last weekday of a month.
    Last(u32, Weekday),
    /// The day after another rule's date (the day after Thanksgiving).
    DayAfter(&'static Rule),
}

const THANKSGIVING: Rule = Rule::Nth(11, Weekday::Thu, 4);

/// F7's default set, the state employees' calendar, in calendar order.
const RULES: [(&str, Rule); 13] = [
    ("New Year's Day", Rule::Fixed(1, 1)),
    ("Martin Luther King Jr. Day", Rule::Nth(1, Weekday::Mon, 3)),
    ("Lincoln's Birthday", Rule::Fixed(2, 12)),
    ("Presidents' Day", Rule::Nth(2, Weekday::Mon, 3)),
    ("Memorial Day", Rule::Last(5, Weekday::Mon)),
    ("Juneteenth", Rule::Fixed(6, 19)),
    ("Independence Day", Rule::Fixed(7, 4)),
    ("Labor Day", Rule::Nth(9, Weekday::Mon, 1)),
    ("Columbus Day", Rule::Nth(10, Weekday::Mon, 2)),
    ("Veterans Day", Rule::Fixed(11, 11)),
    ("Thanksgiving", THANKSGIVING),
    ("Day after Thanksgiving", Rule::DayAfter(&THANKSGIVING)),
    ("Christmas Day", Rule::Fixed(12, 25)),
];

impl Rule {
    fn date(self, year: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
            Rule::Nth(month, weekday, n) => {
                NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
            }
            Rule::Last(month, weekday) => {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)
                }?;
                let back = (next.weekday().num_days_from_monday() + 7
                    - weekday.num_days_from_monday()
                    - 1)
                    % 7
                    + 1;
                next.checked_sub_days(Days::new(u64::from(back)))
            }
            Rule::DayAfter(rule) => rule.date(year)?.succ_opt(),
        }
    }
}

/// F7: a holiday on a Saturday is observed the Friday before, on a Sunday the Monday
/// after.
pub fn observed(actual: NaiveDate) -> NaiveDate {
    let shifted = match actual.weekday() {
        Weekday::Sat => actual.pred_opt(),
        Weekday::Sun => actual.succ_opt(),
        _ => Some(actual),
    };
    shifted.unwrap_or(actual)
}

/// The holidays that fall in `year` (by their actual date), in date order.
fn falling_in(year: i32) -> impl Iterator<Item = Holiday> {
    RULES.iter().filter_map(move |(name, rule)| {
        let actual = rule.date(year)?;
        Some(Holiday {
            name,
            actual,
            observed: observed(actual),
        })
    })
}

/// The holidays observed in `year`, in order of the observed date. A New Year's Day on
/// a Saturday is observed on 31 December: a closure of the year before, so it is listed
/// with that year and not with its own.
pub fn observed_in(year: i32) -> Vec<Holiday> {
    let mut days: Vec<Holiday> = (year - 1..=year + 1)
        .flat_map(falling_in)
        .filter(|h| h.observed.year() == year)
        .collect();
    days.sort_by_key(|h| (h.observed, h.actual));
    days
}

/// The holiday observed on `day`, if any.
pub fn observed_on(day: NaiveDate) -> Option<Holiday> {
    observed_in(day.year())
        .into_iter()
        .find(|h| h.observed == day)
}

/// The holiday whose actual date is `day`, if any (to point from a weekend date to the
/// day it is observed on).
pub fn falling_on(day: NaiveDate) -> Option<Holiday> {
    falling_in(day.year()).find(|h| h.actual == day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    /// F7, year by year: (name, actual, observed), checked by hand against printed
    /// calendars of each year. Only the shifted days are listed here; every other
    /// holiday of the year is observed on its actual date (checked below).
    #[rustfmt::skip]
    const SHIFTED: &[(&str, &str, &str)] = &[
        // 2020: Independence Day on a Saturday.
        ("Independence Day", "2020-07-04", "2020-07-03"),
        // 2021: Juneteenth and Christmas on a Saturday, Independence Day on a Sunday;
        // New Year's Day 2022 on a Saturday, observed on the last day of 2021.
        ("Juneteenth", "2021-06-19", "2021-06-18"),
        ("Independence Day", "2021-07-04", "2021-07-05"),
        ("Christmas Day", "2021-12-25", "2021-12-24"),
        ("New Year's Day", "2022-01-01", "2021-12-31"),
        // 2022: Lincoln's Birthday on a Saturday, Juneteenth and Christmas on a Sunday.
        ("Lincoln's Birthday", "2022-02-12", "2022-02-11"),
        ("Juneteenth", "2022-06-19", "2022-06-20"),
        ("Christmas Day", "2022-12-25", "2022-12-26"),
        // 2023: New Year's Day and Lincoln's Birthday on a Sunday, Veterans Day on a
        // Saturday.
        ("New Year's Day", "2023-01-01", "2023-01-02"),
        ("Lincoln's Birthday", "2023-02-12", "2023-02-13"),
        ("Veterans Day", "2023-11-11", "2023-11-10"),
        // 2024: none. 2025: none.
        // 2026: Independence Day on a Saturday.
        ("Independence Day", "2026-07-04", "2026-07-03"),
        // 2027: Juneteenth and Christmas on a Saturday, Independence Day on a Sunday;
        // New Year's Day 2028 on a Saturday, observed on the last day of 2027.
        ("Juneteenth", "2027-06-19", "2027-06-18"),
        ("Independence Day", "2027-07-04", "2027-07-05"),
        ("Christmas Day", "2027-12-25", "2027-12-24"),
        ("New Year's Day", "2028-01-01", "2027-12-31"),
        // 2028: Lincoln's Birthday and Veterans Day on a Saturday.
        ("Lincoln's Birthday", "2028-02-12", "2028-02-11"),
        ("Veterans Day", "2028-11-11", "2028-11-10"),
        // 2029: Veterans Day on a Sunday.
        ("Veterans Day", "2029-11-11", "2029-11-12"),
        // 2030: none.
    ];

    /// The holidays that move with the weekday, year by year: (year, MLK, Presidents',
    /// Memorial, Labor, Columbus, Thanksgiving).
    #[rustfmt::skip]
    const MOVING: &[(i32, [&str; 6])] = &[
        (2020, ["2020-01-20", "2020-02-17", "2020-05-25", "2020-09-07", "2020-10-12", "2020-11-26"]),
        (2021, ["2021-01-18", "2021-02-15", "2021-05-31", "2021-09-06", "2021-10-11", "2021-11-25"]),
        (2022, ["2022-01-17", "2022-02-21", "2022-05-30", "2022-09-05", "2022-10-10", "2022-11-24"]),
        (2023, ["2023-01-16", "2023-02-20", "2023-05-29", "2023-09-04", "2023-10-09", "2023-11-23"]),
        (2024, ["2024-01-15", "2024-02-19", "2024-05-27", "2024-09-02", "2024-10-14", "2024-11-28"]),
        (2025, ["2025-01-20", "2025-02-17", "2025-05-26", "2025-09-01", "2025-10-13", "2025-11-27"]),
        (2026, ["2026-01-19", "2026-02-16", "2026-05-25", "2026-09-07", "2026-10-12", "2026-11-26"]),
        (2027, ["2027-01-18", "2027-02-15", "2027-05-31", "2027-09-06", "2027-10-11", "2027-11-25"]),
        (2028, ["2028-01-17", "2028-02-21", "2028-05-29", "2028-09-04", "2028-10-09", "2028-11-23"]),
        (2029, ["2029-01-15", "2029-02-19", "2029-05-28", "2029-09-03", "2029-10-08", "2029-11-22"]),
        (2030, ["2030-01-21", "2030-02-18", "2030-05-27", "2030-09-02", "2030-10-14", "2030-11-28"]),
    ];

    const MOVING_NAMES: [&str; 6] = [
        "Martin Luther King Jr. Day",
        "Presidents' Day",
        "Memorial Day",
        "Labor Day",
        "Columbus Day",
        "Thanksgiving",
    ];

    fn find(year: i32, name: &str, actual: NaiveDate) -> Holiday {
        let all: Vec<Holiday> = (year - 1..=year + 1).flat_map(observed_in).collect();
        *all.iter()
            .find(|h| h.name == name && h.actual == actual)
            .unwrap_or_else(|| panic!("{name} {actual} not computed: {all:?}"))
    }

    #[test]
    fn f7_observed_dates_shift_off_weekends_2020_to_2030() {
        for (name, actual, observed) in SHIFTED {
            let h = find(d(actual).year(), name, d(actual));
            assert_eq!(h.observed, d(observed), "{name} {actual}");
        }
    }

    #[test]
    fn f7_moving_holidays_2020_to_2030() {
        for (year, dates) in MOVING {
            for (name, date) in MOVING_NAMES.iter().zip(dates) {
                let h = find(*year, name, d(date));
                assert_eq!(h.observed, h.actual, "{name} {year}");
            }
            let thanksgiving = d(dates[5]);
            let after = find(*year, "Day after Thanksgiving", thanksgiving + Days::new(1));
            assert_eq!(after.observed.weekday(), Weekday::Fri);
        }
    }

    /// Every year 2020–2030 has the thirteen holidays, each observed on a weekday, on
    /// its actual date unless [`SHIFTED`] lists it; a year's list is in date order.
    #[test]
    fn f7_every_year_has_thirteen_holidays_observed_on_weekdays() {
        for year in 2020..=2030 {
            let all: Vec<Holiday> = falling_in(year).collect();
            let mut names: Vec<&str> = all.iter().map(|h| h.name).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), 13, "{year}: {all:?}");
            for h in &all {
                assert!(
                    !matches!(h.observed.weekday(), Weekday::Sat | Weekday::Sun),
                    "{h:?}"
                );
                let listed = SHIFTED
                    .iter()
                    .any(|(n, a, _)| *n == h.name && d(a) == h.actual);
                assert_eq!(h.observed != h.actual, listed, "{h:?}");
            }
            let listed = observed_in(year);
            assert!(listed.iter().all(|h| h.observed.year() == year));
            assert!(listed.windows(2).all(|w| w[0].observed < w[1].observed));
        }
    }

    #[test]
    fn f7_new_years_day_on_a_saturday_is_a_closure_of_the_year_before() {
        let names = |year| -> Vec<(&str, String, String)> {
            observed_in(year)
                .iter()
                .map(|h| (h.name, h.actual.to_string(), h.observed.to_string()))
                .collect()
        };
        let y2021 = names(2021);
        let y2022 = names(2022);
        assert_eq!(
            y2021.last(),
            Some(&("New Year's Day", "2022-01-01".into(), "2021-12-31".into()))
        );
        assert_eq!(y2021[0].0, "New Year's Day");
        assert_eq!(y2021[0].2, "2021-01-01");
        assert!(!y2022.iter().any(|h| h.0 == "New Year's Day"), "{y2022:?}");
        assert_eq!(y2022.len(), 12);
        assert_eq!(names(2021).len(), 14);
    }

    #[test]
    fn f7_the_examples_of_the_rule() {
        // Christmas 2021 on a Saturday, observed Friday 24 December.
        assert_eq!(
            observed_on(d("2021-12-24")).map(|h| h.name),
            Some("Christmas Day")
        );
        assert_eq!(observed_on(d("2021-12-25")), None);
        // Lincoln's Birthday 2023 on a Sunday, observed Monday 13 February.
        assert_eq!(
            observed_on(d("2023-02-13")).map(|h| h.name),
            Some("Lincoln's Birthday")
        );
        assert_eq!(
            falling_on(d("2023-02-12")).map(|h| h.observed),
            Some(d("2023-02-13"))
        );
        assert_eq!(observed_on(d("2025-11-12")), None);
    }
}
