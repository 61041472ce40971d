//! Referrals (DOMAIN.md §7): IDHS → provider, provider → IDHS (reverse) and provider →
//! provider (F1), sent on a current Initial Screening (F2), answered by the receiving
//! side (F4), every change a new version (F3), with deadlines, red flags and expiry
//! counted on the business-day calendar (F5, F7) and stored when the referral is sent.
//!
//! - [`send`]: `isets referral send`, with an optional intake appointment.
//! - [`respond`]: `isets referral respond`: one answer, atomically; a second is a
//!   conflict naming the first.
//! - [`show`]: one referral with its versions 1.1, 1.2, … (F3).
//! - [`list`]: the pending, red-flagged and overdue lists (D2, F8).
//! - [`expire`]: the 90-day sweep (F5).
//!
//! Enrollment asks [`accepted_referral`] whether a provider holds an accepted referral
//! of a customer.

pub mod expire;
pub mod list;
pub mod respond;
pub mod send;
pub mod show;

use std::fmt;

use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use crate::args;
use crate::calendar::{Calendar, illinois_date, illinois_day};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::write::Write;

/// F1: the three kinds of referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// IDHS → provider.
    Referral,
    /// Provider → IDHS, asking IDHS to confirm eligibility.
    Reverse,
    /// Provider → provider.
    Provider,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Referral => "referral",
            Kind::Reverse => "reverse",
            Kind::Provider => "provider",
        }
    }

    pub fn from_code(code: &str) -> Result<Kind> {
        match code {
            "referral" => Ok(Kind::Referral),
            "reverse" => Ok(Kind::Reverse),
            "provider" => Ok(Kind::Provider),
            other => Err(Error::Internal(format!("unknown referral kind {other:?}"))),
        }
    }

    /// F5: the business days the receiving side has to answer: IDHS 48 business hours
    /// (two business days), a provider 10.
    pub fn answer_days(self) -> u32 {
        match self {
            Kind::Reverse => RED_FLAG_DAYS,
            Kind::Referral | Kind::Provider => PROVIDER_DAYS,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// F5: a provider's business days to answer a referral.
pub const PROVIDER_DAYS: u32 = 10;
/// F5, D2: "48 business hours" after action was needed, a pending referral is a red flag.
pub const RED_FLAG_DAYS: u32 = 2;
/// F5: referrals expire 90 days after they were sent.
pub const EXPIRY_DAYS: i64 = 90;

/// A referral's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Pending,
    Accepted,
    Rejected,
    Expired,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Expired => "expired",
        }
    }

    pub fn from_code(code: &str) -> Result<Status> {
        match code {
            "pending" => Ok(Status::Pending),
            "accepted" => Ok(Status::Accepted),
            "rejected" => Ok(Status::Rejected),
            "expired" => Ok(Status::Expired),
            other => Err(Error::Internal(format!(
                "unknown referral status {other:?}"
            ))),
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The moments of F5, computed once when a referral is sent (and again when the
/// calendar changes on a day their counting spans).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    /// The referral's own deadline: past it, a pending referral is overdue.
    pub due_at: DateTime<Utc>,
    /// 48 business hours after sending: past it, a pending referral is a red flag (D2).
    pub red_flag_at: DateTime<Utc>,
    /// 90 days after sending: past it, a referral not accepted expires.
    pub expires_at: DateTime<Utc>,
}

impl Deadlines {
    pub fn of(calendar: &Calendar, kind: Kind, sent_at: DateTime<Utc>) -> Result<Deadlines> {
        Ok(Deadlines {
            due_at: calendar.business_days_after(sent_at, kind.answer_days())?,
            red_flag_at: calendar.business_days_after(sent_at, RED_FLAG_DAYS)?,
            expires_at: sent_at + TimeDelta::days(EXPIRY_DAYS),
        })
    }
}

/// The calendar a referral sent at `at` is counted on: its year and the next (10
/// business days never reach further).
pub async fn calendar_for(tx: &mut Tx, at: DateTime<Utc>) -> Result<Calendar> {
    use chrono::Datelike;
    let year = illinois_date(at).year();
    Calendar::load(tx, year, year + 1).await
}

/// A pending referral's id, kind, sending and stored deadlines.
type Counted = (i64, String, DateTime<Utc>, DateTime<Utc>, DateTime<Utc>);

/// F7: after the calendar changed on `day`, the stored deadlines of the pending
/// referrals whose counting spans it (sent before the day ends, due or red-flagged at
/// or after it starts) are computed again on the changed calendar, in the same write.
pub async fn recount_deadlines(write: &mut Write, day: chrono::NaiveDate) -> Result<u64> {
    let (start, end) = illinois_day(day);
    let spanning: Vec<Counted> = write
        .tx()
        .fetch_all(
            crate::sql!(
                "SELECT id, kind, sent_at, due_at, red_flag_at FROM referrals \
                 WHERE status = 'pending' AND sent_at < $1 AND due_at >= $2 \
                 UNION SELECT id, kind, sent_at, due_at, red_flag_at FROM referrals \
                 WHERE status = 'pending' AND sent_at < $1 AND red_flag_at >= $2 \
                 ORDER BY 1"
            ),
            args![end, start],
        )
        .await?;
    let mut moved = 0;
    let mut changes = Vec::new();
    for (id, kind, sent_at, due_at, red_flag_at) in spanning {
        let calendar = calendar_for(write.tx(), sent_at).await?;
        let d = Deadlines::of(&calendar, Kind::from_code(&kind)?, sent_at)?;
        if d.due_at == due_at && d.red_flag_at == red_flag_at {
            continue;
        }
        write
            .tx()
            .execute(
                crate::sql!("UPDATE referrals SET due_at = $2, red_flag_at = $3 WHERE id = $1"),
                args![id, d.due_at, d.red_flag_at],
            )
            .await?;
        moved += 1;
        changes.push(serde_json::json!({
            "referral": id,
            "due_at": [due_at, d.due_at],
            "red_flag_at": [red_flag_at, d.red_flag_at],
        }));
    }
    if !changes.is_empty() {
        write.record(crate::audit::Change {
            action: "referral.deadlines",
            entity_kind: "calendar-day",
            entity_id: day.to_string(),
            organization_id: None,
            before: None,
            after: Some(serde_json::json!({ "referrals": changes })),
        });
    }
    Ok(moved)
}

/// What enrollment rests on (§7, B5): the newest referral of `customer_id` to
/// `organization_id` (a provider) accepted on or after `since`, or a reverse referral
/// this provider sent that IDHS accepted. `None` when there is none.
pub async fn accepted_referral(
    tx: &mut Tx,
    customer_id: i64,
    organization_id: i64,
    since: DateTime<Utc>,
) -> Result<Option<i64>> {
    let found: Option<(i64,)> = tx
        .fetch_optional(
            crate::sql!(
                "SELECT id FROM referrals WHERE customer_id = $1 AND status = 'accepted' \
                 AND answered_at >= $3 \
                 AND (to_organization_id = $2 OR (kind = 'reverse' AND from_organization_id = $2)) \
                 ORDER BY answered_at DESC, id DESC LIMIT 1"
            ),
            args![customer_id, organization_id, since],
        )
        .await?;
    Ok(found.map(|(id,)| id))
}

/// `yes`/`no` of the command line (F2, F4).
pub fn yes_no(field: &str, value: &str) -> Result<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" => Ok(true),
        "no" | "n" => Ok(false),
        _ => Err(Error::invalid(field, value, "is neither yes nor no")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::DayKind;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("moment")
            .with_timezone(&Utc)
    }

    #[test]
    fn f5_deadlines_count_business_days_from_the_sending() {
        let calendar = Calendar::new(2026..=2027, []);
        // Thursday 2026-03-05 10:00 Chicago (16:00Z).
        let sent = t("2026-03-05T16:00:00Z");
        let referral = Deadlines::of(&calendar, Kind::Referral, sent).expect("deadlines");
        assert_eq!(referral.red_flag_at, t("2026-03-09T15:00:00Z")); // Monday, DST began
        assert_eq!(referral.due_at, t("2026-03-19T15:00:00Z"));
        assert_eq!(referral.expires_at, t("2026-06-03T16:00:00Z"));
        let reverse = Deadlines::of(&calendar, Kind::Reverse, sent).expect("deadlines");
        assert_eq!(reverse.due_at, reverse.red_flag_at);
    }

    #[test]
    fn f7_a_closure_moves_the_deadlines_counted_across_it() {
        let sent = t("2026-03-05T16:00:00Z");
        let closed = Calendar::new(
            2026..=2027,
            [(
                chrono::NaiveDate::from_ymd_opt(2026, 3, 6).expect("day"),
                DayKind::Closure,
            )],
        );
        let d = Deadlines::of(&closed, Kind::Reverse, sent).expect("deadlines");
        assert_eq!(d.due_at, t("2026-03-10T15:00:00Z"));
    }

    #[test]
    fn yes_and_no_only() {
        assert!(yes_no("receives_snap", "Yes").expect("yes"));
        assert!(!yes_no("receives_snap", "no").expect("no"));
        assert!(yes_no("receives_snap", "maybe").is_err());
    }
}
