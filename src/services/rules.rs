//! The pure rules of support-service costs (V1, V3–V7), tested in process: the amounts
//! a cost is made of, the dates it may carry, and the fiscal-year arithmetic against a
//! category's maximum.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::named::named;
use crate::values::{FiscalYear, Money};

named! {
    /// V2: how a cost was paid. **Assumption**: the manual names Direct Payment, Bus Pass
    /// and Gift Card ("…", 002); the others are the usual ways a provider pays for a
    /// support service.
    PaymentMethod {
        DirectPayment = ("direct-payment", "Direct Payment"),
        BusPass = ("bus-pass", "Bus Pass"),
        GiftCard = ("gift-card", "Gift Card"),
        Check = ("check", "Check"),
        Voucher = ("voucher", "Voucher"),
        PurchaseOrder = ("purchase-order", "Purchase Order"),
        Reimbursement = ("reimbursement", "Reimbursement"),
    }
}

/// V6: an override still pending after this many days is flagged.
pub const OVERRIDE_FLAG_DAYS: i64 = 14;

/// V2: the payment method given on the command line.
pub fn method(field: &str, value: &str) -> Result<PaymentMethod> {
    value
        .parse()
        .map_err(|why| Error::invalid(field, value, why))
}

/// V5: the unit amount, exact to the cent and more than nothing.
pub fn unit_amount(field: &str, value: &str) -> Result<Money> {
    let unit = Money::parse(field, value)?;
    if unit.cents() <= 0 {
        return Err(Error::rule_on(
            "V5",
            field,
            format!("{value:?} is not a payment: a unit amount is more than 0.00"),
        ));
    }
    Ok(unit)
}

/// V5: the quantity, a whole number of units above zero.
pub fn quantity(field: &str, value: &str) -> Result<i64> {
    match value.trim().parse::<i64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(Error::rule_on(
            "V5",
            field,
            format!("{value:?} is not a quantity: a whole number of units, 1 or more"),
        )),
    }
}

/// V2, V5: the total of a cost is its unit amount times its quantity, exactly.
pub fn total(unit: Money, quantity: i64) -> Result<Money> {
    unit.cents()
        .checked_mul(quantity)
        .filter(|t| *t < 100_000_000_000)
        .map(Money)
        .ok_or_else(|| {
            Error::rule_on(
                "V5",
                "--quantity",
                format!("{quantity} × {unit} is too large an amount"),
            )
        })
}

/// V1, V7: the day a cost's service was issued and the day it was paid. The issue is
/// not after today nor before the service started; the payment is within the month of
/// the issue (V7) and not after today.
pub fn check_dates(
    issued_on: NaiveDate,
    paid_on: NaiveDate,
    service_started: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    if issued_on > today {
        return Err(Error::rule_on(
            "V1",
            "--issued-on",
            format!("{issued_on} is after today ({today}): a cost is for a service already issued"),
        ));
    }
    if issued_on < service_started {
        return Err(Error::rule_on(
            "V1",
            "--issued-on",
            format!(
                "{issued_on} is before the service started ({service_started}): costs are added \
                 only while the service is Started/Open"
            ),
        ));
    }
    if (paid_on.year(), paid_on.month()) != (issued_on.year(), issued_on.month()) {
        return Err(Error::rule_on(
            "V7",
            "--paid-on",
            format!(
                "{paid_on} is not in the month the service was issued ({issued_on}): a cost is \
                 dated within that month"
            ),
        ));
    }
    if paid_on > today {
        return Err(Error::rule_on(
            "V7",
            "--paid-on",
            format!("{paid_on} is after today ({today}): a cost records a payment made"),
        ));
    }
    Ok(())
}

/// The arithmetic of V3 and V4 for one cost: the customer's fiscal-year total of the
/// category before it (counted and pending costs; void ones are out), the cost, the
/// total after it, the maximum in force and what remains under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Arithmetic {
    pub fiscal_year: FiscalYear,
    pub total_before: Money,
    pub cost: Money,
    pub total_after: Money,
    pub maximum: Money,
    /// What the maximum leaves before this cost (never below zero).
    pub remaining: Money,
    /// V4: the cost takes the total past the maximum and needs an override.
    pub past_maximum: bool,
}

impl Arithmetic {
    pub fn of(fiscal_year: FiscalYear, total_before: Money, cost: Money, maximum: Money) -> Self {
        let total_after = Money(total_before.cents() + cost.cents());
        Arithmetic {
            fiscal_year,
            total_before,
            cost,
            total_after,
            maximum,
            remaining: Money((maximum.cents() - total_before.cents()).max(0)),
            past_maximum: total_after > maximum,
        }
    }

    /// "FY26 total 1425.00 + this cost 125.00 = 1550.00, maximum 1400.00, remaining 0.00".
    pub fn line(&self, category: &str) -> String {
        format!(
            "{} {category} total {} + this cost {} = {}; maximum {}; remaining before this cost {}",
            self.fiscal_year,
            self.total_before,
            self.cost,
            self.total_after,
            self.maximum,
            self.remaining
        )
    }

    /// V4: refused past the maximum unless an override is asked for.
    pub fn check(&self, category: &str, override_asked: bool) -> Result<()> {
        if self.past_maximum && !override_asked {
            return Err(Error::rule(
                "V4",
                format!(
                    "the cost takes the customer's {} total past the maximum: {}; give \
                     --override-reason to save it pending a cost override",
                    self.fiscal_year,
                    self.line(category)
                ),
            ));
        }
        Ok(())
    }
}

/// V3: a category without a maximum in force takes no cost.
pub fn no_maximum(category: &str, fiscal_year: FiscalYear) -> Error {
    Error::rule_on(
        "V3",
        "--category",
        format!(
            "{category} has no maximum for {fiscal_year}: no cost can be added until a super user \
             sets one (`isets caps set --category {category} --fiscal-year {fiscal_year} --amount …`, \
             or `--fiscal-year default` for every year)"
        ),
    )
}

/// V6: days an override has been pending on `today`, and whether that is flagged.
pub fn pending_days(requested_on: NaiveDate, today: NaiveDate) -> (i64, bool) {
    let days = (today - requested_on).num_days().max(0);
    (days, days > OVERRIDE_FLAG_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn v5_amounts_are_exact_positive_and_whole_quantities() {
        assert_eq!(unit_amount("--unit", "25.00").expect("unit"), Money(2500));
        for bad in ["0", "0.00", "-5", "1.005", "10-20"] {
            let e = unit_amount("--unit", bad).expect_err(bad);
            assert!(e.to_string().starts_with("rule V5"), "{bad}: {e}");
        }
        assert_eq!(quantity("--quantity", "2").expect("q"), 2);
        for bad in ["0", "-1", "2.5", "two", ""] {
            let e = quantity("--quantity", bad).expect_err(bad);
            assert!(
                e.to_string().starts_with("rule V5: --quantity"),
                "{bad}: {e}"
            );
        }
        assert_eq!(total(Money(2500), 3).expect("total"), Money(7500));
        assert!(total(Money(i64::MAX / 2), 3).is_err());
    }

    #[test]
    fn v2_methods_by_code_or_name() {
        assert_eq!(
            method("--method", "Bus Pass").expect("m"),
            PaymentMethod::BusPass
        );
        assert_eq!(
            method("--method", "gift-card").expect("m"),
            PaymentMethod::GiftCard
        );
        let e = method("--method", "cash").expect_err("cash");
        assert!(e.to_string().contains("direct-payment"), "{e}");
    }

    #[test]
    fn v1_v7_dates_of_a_cost() {
        let (start, today) = (d("2026-02-18"), d("2026-03-02"));
        assert!(check_dates(d("2026-02-20"), d("2026-02-27"), start, today).is_ok());
        assert!(check_dates(d("2026-02-18"), d("2026-02-18"), start, today).is_ok());
        let rule = |i: &str, p: &str| {
            check_dates(d(i), d(p), start, today)
                .expect_err("refused")
                .to_string()
        };
        assert!(rule("2026-03-03", "2026-03-03").starts_with("rule V1: --issued-on"));
        assert!(rule("2026-02-17", "2026-02-17").starts_with("rule V1: --issued-on"));
        assert!(rule("2026-02-27", "2026-03-01").starts_with("rule V7: --paid-on"));
        assert!(rule("2026-02-20", "2026-01-31").starts_with("rule V7: --paid-on"));
        assert!(rule("2026-03-01", "2026-03-05").starts_with("rule V7: --paid-on"));
    }

    #[test]
    fn v3_v4_the_fiscal_year_arithmetic() {
        let fy = FiscalYear(2024);
        // Seed 000: three July 2023 costs come to 1425.00 against 1400.00.
        let a = Arithmetic::of(fy, Money(130000), Money(12500), Money(140000));
        assert_eq!(a.total_after, Money(142500));
        assert_eq!(a.remaining, Money(10000));
        assert!(a.past_maximum);
        let e = a.check("TRANSPORTATION", false).expect_err("past");
        assert!(e.to_string().starts_with("rule V4:"), "{e}");
        assert!(e.to_string().contains("maximum 1400.00"), "{e}");
        assert!(a.check("TRANSPORTATION", true).is_ok());
        let exact = Arithmetic::of(fy, Money(130000), Money(10000), Money(140000));
        assert!(!exact.past_maximum, "reaching the maximum is within it");
        let over = Arithmetic::of(fy, Money(150000), Money(100), Money(140000));
        assert_eq!(over.remaining, Money(0));
    }

    #[test]
    fn v6_pending_more_than_fourteen_days_is_flagged() {
        assert_eq!(pending_days(d("2026-02-16"), d("2026-03-02")), (14, false));
        assert_eq!(pending_days(d("2026-02-15"), d("2026-03-02")), (15, true));
    }
}
