//! The Earnfare arithmetic of R1, pure: monthly benefit hours from the benefit amount,
//! and a month's payment verification (total hours − SNAP work-off hours = stipend
//! hours; stipend hours × the state minimum wage = the stipend issued).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::plans::rules::hours_shown;
use crate::settings::{Rounding, Settings};
use crate::values::Money;

/// R1: monthly benefit hours, whole hours: the benefit amount ÷ the benefit wage,
/// rounded as the settings say (down unless changed, **assumption**).
pub fn benefit_hours(amount: Money, wage: Money, rounding: Rounding) -> i64 {
    let (a, w) = (amount.cents().max(0), wage.cents());
    if w <= 0 {
        return 0;
    }
    match rounding {
        Rounding::Down => a / w,
        Rounding::Up => (a + w - 1) / w,
        Rounding::Nearest => (2 * a + w) / (2 * w),
    }
}

/// Hundredths of an hour × cents an hour, to the nearest cent (half up).
pub fn pay(hours: i64, wage: Money) -> Money {
    Money((hours * wage.cents() + 50) / 100)
}

/// The first day of the month of `date`.
pub fn month_of(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The first day of the month before the month of `date`.
pub fn previous_month(date: NaiveDate) -> NaiveDate {
    let first = month_of(date);
    first.pred_opt().map(month_of).unwrap_or(first)
}

/// The last day of the month of `date`.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    let first = month_of(date);
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    next.and_then(|n| n.pred_opt()).unwrap_or(first)
}

/// "February 2024", as the Overview titles a month.
pub fn month_name(date: NaiveDate) -> String {
    date.format("%B %Y").to_string()
}

/// A month's Earnfare work hours and payment verification (000, "Earnfare Work Hours").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthFigures {
    /// `2024-02`.
    pub month: String,
    pub benefit_amount: Option<Money>,
    /// R1: whole hours; none without a benefit amount.
    pub benefit_hours: Option<i64>,
    /// Community Workfare hours verified in the month (hundredths in the database,
    /// shown as hours).
    #[serde(serialize_with = "hours")]
    pub community_workfare_hours: i64,
    #[serde(serialize_with = "hours")]
    pub transitional_job_hours: i64,
    #[serde(serialize_with = "hours")]
    pub transitional_job_target: i64,
    #[serde(serialize_with = "hours")]
    pub total_hours: i64,
    /// SNAP work-off hours: the Community Workfare hours.
    #[serde(serialize_with = "hours")]
    pub work_off_hours: i64,
    /// Stipend hours: the Transitional Job hours.
    #[serde(serialize_with = "hours")]
    pub stipend_hours: i64,
    pub minimum_wage: Money,
    pub stipend_issued: Money,
}

fn hours<S: serde::Serializer>(value: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hours_shown(*value))
}

/// "7 / 14 (50%)": hours against a target.
pub fn against(hours: i64, target_hundredths: Option<i64>) -> String {
    match target_hundredths {
        Some(target) if target > 0 => format!(
            "{} / {} ({}%)",
            hours_shown(hours),
            hours_shown(target),
            hours * 100 / target
        ),
        Some(target) => format!("{} / {}", hours_shown(hours), hours_shown(target)),
        None => hours_shown(hours),
    }
}

/// R1: a month's figures from the benefit in force and the verified hours (E7:
/// attendance counts once verified).
pub fn figures(
    month: NaiveDate,
    amount: Option<Money>,
    community_workfare: i64,
    transitional_job: i64,
    settings: &Settings,
) -> MonthFigures {
    let wage = settings.benefit_wage;
    let total = community_workfare + transitional_job;
    let stipend_hours = total - community_workfare;
    MonthFigures {
        month: month.format("%Y-%m").to_string(),
        benefit_amount: amount,
        benefit_hours: amount.map(|a| benefit_hours(a, wage, settings.hours_rounding)),
        community_workfare_hours: community_workfare,
        transitional_job_hours: transitional_job,
        transitional_job_target: settings.tj_target,
        total_hours: total,
        work_off_hours: community_workfare,
        stipend_hours,
        minimum_wage: wage,
        stipend_issued: pay(stipend_hours, wage),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            benefit_wage: Money(1400),
            hours_rounding: Rounding::Down,
            tj_target: 3500,
            participation_limit: None,
            provider_due_day: 15,
            manager_due_day: 20,
            pptt_due_day: 10,
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn r1_benefit_hours_are_the_amount_over_the_wage_rounded() {
        // 000's example: 14 monthly benefit hours at $14.00.
        assert_eq!(benefit_hours(Money(19600), Money(1400), Rounding::Down), 14);
        assert_eq!(benefit_hours(Money(20000), Money(1400), Rounding::Down), 14);
        assert_eq!(benefit_hours(Money(20000), Money(1400), Rounding::Up), 15);
        assert_eq!(
            benefit_hours(Money(20300), Money(1400), Rounding::Nearest),
            15
        );
        assert_eq!(
            benefit_hours(Money(20200), Money(1400), Rounding::Nearest),
            14
        );
        assert_eq!(benefit_hours(Money(0), Money(1400), Rounding::Up), 0);
    }

    #[test]
    fn r1_the_stipend_is_total_less_work_off_hours_at_the_minimum_wage() {
        let f = figures(d("2024-02-01"), Some(Money(19600)), 1400, 1050, &settings());
        assert_eq!(f.total_hours, 2450);
        assert_eq!(f.work_off_hours, 1400);
        assert_eq!(f.stipend_hours, 1050);
        assert_eq!(f.stipend_issued, Money(14700));
        assert_eq!(f.benefit_hours, Some(14));
        assert_eq!(f.month, "2024-02");
        let none = figures(d("2024-01-01"), None, 0, 0, &settings());
        assert_eq!((none.benefit_hours, none.stipend_issued), (None, Money(0)));
    }

    #[test]
    fn months_and_their_bounds() {
        assert_eq!(month_of(d("2024-02-29")), d("2024-02-01"));
        assert_eq!(previous_month(d("2024-01-15")), d("2023-12-01"));
        assert_eq!(month_end(d("2024-02-10")), d("2024-02-29"));
        assert_eq!(month_end(d("2023-12-10")), d("2023-12-31"));
        assert_eq!(month_name(d("2024-02-10")), "February 2024");
        assert_eq!(against(700, Some(1400)), "7 / 14 (50%)");
        assert_eq!(pay(1025, Money(1400)), Money(14350));
    }
}
