//! One statement per line of the dashboard, written once as the rows it counts (its
//! base), and run two ways: grouped by provider for the count, and in order for
//! `--list`. Both texts wrap the same base, so a count and its list never disagree.
//!
//! Every base gives the same columns: the provider it counts for (`org`), the
//! customer, the row counted (`item`: the customer, a referral, an override), the day or
//! the moment that makes it count, a second day, a word and another organization where
//! the line has them. Each window's edge is bound as one value
//! ([`super::window::Window`]), so no date is computed per row.
//!
//! Bound values: referral lines `$1` statewide, `$2` the reach's locations, `$3` the
//! providers, then their moments; the other lines `$1`–`$3` the customer reach
//! ([`crate::within_reach!`]), `$4` the providers, then their days or moments.

use chrono::{DateTime, NaiveDate, Utc};

use crate::customers::reach::CustomerReach;
use crate::db::{Arg, Sql};

use super::lines::Line;
use super::window::Window;

/// `COLUMN` is one of the list bound at `$N`.
macro_rules! in_list {
    (sqlite, $column:literal, $n:literal) => {
        concat!($column, " IN (SELECT value FROM json_each($", $n, "))")
    };
    (postgres, $column:literal, $n:literal) => {
        concat!($column, " = ANY($", $n, ")")
    };
}

/// The columns of every base, in order.
macro_rules! columns {
    ($org:literal, $item:literal, $day:literal, $at:literal, $other:literal, $what:literal, $peer:literal) => {
        concat!(
            $org,
            " AS org, c.individual_number, c.last_name, c.first_name, ",
            $item,
            " AS item, ",
            $day,
            " AS day, ",
            $at,
            " AS at, ",
            $other,
            " AS other, ",
            $what,
            " AS what, ",
            $peer,
            " AS peer "
        )
    };
}

/// A line's count per provider.
macro_rules! counted {
    ($($base:tt)*) => {
        concat!("SELECT q.org, COUNT(*) AS n FROM (", $($base)*, ") q GROUP BY q.org")
    };
}

/// A line's rows, by provider, then by the day or moment that makes them count.
macro_rules! listed {
    ($($base:tt)*) => {
        concat!(
            "SELECT q.org, q.individual_number, q.last_name, q.first_name, q.item, q.day, q.at, q.other, \
             q.what, q.peer FROM (",
            $($base)*,
            ") q ORDER BY q.org, q.day, q.at, q.individual_number, q.item"
        )
    };
}

/// A referral within reach (§1, as `referral list` reads them): sent from or to a
/// location the operator's listings cover.
macro_rules! referral_reach {
    ($d:tt) => {
        concat!(
            "($1 OR ",
            in_list!($d, "r.to_location_id", "2"),
            " OR ",
            in_list!($d, "r.from_location_id", "2"),
            ")"
        )
    };
}

/// F1: referrals the providers sent (`$4` ≤ sent_at ≤ `$5`).
macro_rules! referrals_sent {
    ($d:tt) => {
        concat!(
            "SELECT ",
            columns!(
                "r.from_organization_id",
                "r.id",
                "CAST(NULL AS DATE)",
                "r.sent_at",
                "CAST(NULL AS DATE)",
                "'sent ' || r.kind",
                "r.to_organization_id"
            ),
            "FROM referrals r JOIN customers c ON c.id = r.customer_id WHERE ",
            in_list!($d, "r.from_organization_id", "3"),
            " AND r.sent_at >= $4 AND r.sent_at <= $5 AND ",
            referral_reach!($d)
        )
    };
}

/// F1: referrals sent to the providers (`$4` ≤ sent_at ≤ `$5`).
macro_rules! referrals_received {
    ($d:tt) => {
        concat!(
            "SELECT ",
            columns!(
                "r.to_organization_id",
                "r.id",
                "CAST(NULL AS DATE)",
                "r.sent_at",
                "CAST(NULL AS DATE)",
                "'received ' || r.kind",
                "r.from_organization_id"
            ),
            "FROM referrals r JOIN customers c ON c.id = r.customer_id WHERE ",
            in_list!($d, "r.to_organization_id", "3"),
            " AND r.sent_at >= $4 AND r.sent_at <= $5 AND ",
            referral_reach!($d)
        )
    };
}

/// F4: referrals to the providers they answered `$status` (`$4` ≤ answered_at ≤ `$5`).
macro_rules! referrals_answered {
    ($d:tt, $status:literal) => {
        concat!(
            "SELECT ",
            columns!(
                "r.to_organization_id",
                "r.id",
                "CAST(NULL AS DATE)",
                "r.answered_at",
                "CAST(NULL AS DATE)",
                "'received ' || r.kind",
                "r.from_organization_id"
            ),
            "FROM referrals r JOIN customers c ON c.id = r.customer_id WHERE ",
            in_list!($d, "r.to_organization_id", "3"),
            " AND r.status = '",
            $status,
            "' AND r.answered_at >= $4 AND r.answered_at <= $5 AND ",
            referral_reach!($d)
        )
    };
}

/// F5: referrals to or from the providers pending past the stored moment `$moment`
/// (`red_flag_at`, `due_at`) at `$4`; each side counts for its own provider.
macro_rules! referrals_pending_past {
    ($d:tt, $moment:literal) => {
        concat!(
            "SELECT ",
            columns!(
                "r.to_organization_id",
                "r.id",
                "CAST(NULL AS DATE)",
                $moment,
                "CAST(NULL AS DATE)",
                "'received ' || r.kind",
                "r.from_organization_id"
            ),
            "FROM referrals r JOIN customers c ON c.id = r.customer_id WHERE ",
            in_list!($d, "r.to_organization_id", "3"),
            " AND r.status = 'pending' AND ",
            $moment,
            " <= $4 AND ",
            referral_reach!($d),
            " UNION ALL SELECT ",
            columns!(
                "r.from_organization_id",
                "r.id",
                "CAST(NULL AS DATE)",
                $moment,
                "CAST(NULL AS DATE)",
                "'sent ' || r.kind",
                "r.to_organization_id"
            ),
            "FROM referrals r JOIN customers c ON c.id = r.customer_id WHERE ",
            in_list!($d, "r.from_organization_id", "3"),
            " AND r.status = 'pending' AND ",
            $moment,
            " <= $4 AND ",
            referral_reach!($d)
        )
    };
}

/// Each customer once per provider: the rows `t` of `$table` of the providers (its
/// `organization_id`) that the condition after it picks, by the first `$day` of them.
macro_rules! customers_of {
    ($d:tt, $table:literal, $day:literal, $($where:tt)+) => {
        concat!(
            "SELECT ",
            columns!("o.organization_id", "c.id", "MIN(o.day)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)"),
            "FROM (SELECT t.customer_id, t.organization_id, ",
            $day,
            " AS day FROM ",
            $table,
            " t WHERE ",
            in_list!($d, "t.organization_id", "4"),
            " AND ",
            $($where)+,
            ") o JOIN customers c ON c.id = o.customer_id WHERE ",
            crate::within_reach!($d, "1", "2", "3"),
            " GROUP BY o.organization_id, c.id, c.individual_number, c.last_name, c.first_name"
        )
    };
}

/// The providers' customers (S5): assigned to one of their programs (`ca`) and not
/// exited from it (X1: a standing exit and no enrollment open again).
macro_rules! caseload {
    ($d:tt) => {
        concat!(
            "FROM customer_assignments ca JOIN customers c ON c.id = ca.customer_id WHERE ",
            in_list!($d, "ca.organization_id", "4"),
            " AND ",
            crate::within_reach!($d, "1", "2", "3"),
            " AND NOT (EXISTS (SELECT 1 FROM exits x WHERE x.customer_id = ca.customer_id \
             AND x.program_id = ca.program_id AND x.unexited_at IS NULL) \
             AND NOT EXISTS (SELECT 1 FROM enrollments y WHERE y.customer_id = ca.customer_id \
             AND y.program_id = ca.program_id AND y.exited_on IS NULL))"
        )
    };
}

/// D3: the providers' customers with a redetermination date from `$5` to `$end`.
macro_rules! redeterminations {
    ($d:tt, $end:literal) => {
        concat!(
            "SELECT DISTINCT ",
            columns!(
                "ca.organization_id",
                "c.id",
                "c.redetermination_date",
                "CAST(NULL AS TIMESTAMPTZ)",
                "CAST(NULL AS DATE)",
                "CAST(NULL AS TEXT)",
                "CAST(NULL AS BIGINT)"
            ),
            caseload!($d),
            " AND c.redetermination_date >= $5 AND c.redetermination_date ",
            $end
        )
    };
}

/// A2: the providers' customers with the newest Initial Screening (`day`) and Needs
/// Assessment (`other`) of each, picked by `$where` on those two (`z.day`, `z.other`).
macro_rules! assessed {
    ($d:tt, $where:literal) => {
        concat!(
            "SELECT * FROM (SELECT DISTINCT ",
            columns!(
                "ca.organization_id",
                "c.id",
                "(SELECT MAX(a.completed_on) FROM assessments a WHERE a.customer_id = c.id AND a.kind = 'initial')",
                "CAST(NULL AS TIMESTAMPTZ)",
                "(SELECT MAX(a.completed_on) FROM assessments a WHERE a.customer_id = c.id AND a.kind = 'needs')",
                "CAST(NULL AS TEXT)",
                "CAST(NULL AS BIGINT)"
            ),
            caseload!($d),
            ") z WHERE ",
            $where
        )
    };
}

/// A3: customers with an open enrollment with the providers and no Needs Assessment,
/// by their first such enrollment, `$more` narrowing the enrollments.
macro_rules! needs_missing {
    ($d:tt, $more:literal) => {
        customers_of!(
            $d,
            "enrollments",
            "t.enrolled_on",
            concat!(
                "t.exited_on IS NULL AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.customer_id = t.customer_id \
                 AND a.kind = 'needs')",
                $more
            )
        )
    };
}

/// M5: customers in Job Retention with the providers (started by `$5`) with no case
/// note of that provider since `$6`, with their first such start and the last note.
macro_rules! retention_contact {
    ($d:tt) => {
        concat!(
            "SELECT ",
            columns!(
                "a.organization_id",
                "c.id",
                "MIN(a.started_on)",
                "(SELECT MAX(n.written_at) FROM customer_notes n WHERE n.customer_id = c.id AND n.organization_id = a.organization_id)",
                "CAST(NULL AS DATE)",
                "CAST(NULL AS TEXT)",
                "CAST(NULL AS BIGINT)"
            ),
            "FROM activities a JOIN customers c ON c.id = a.customer_id WHERE a.code = 'JR' AND a.status = 'started' AND ",
            in_list!($d, "a.organization_id", "4"),
            " AND a.started_on <= $5 AND NOT EXISTS (SELECT 1 FROM customer_notes n WHERE n.customer_id = c.id \
             AND n.organization_id = a.organization_id AND n.written_at >= $6) AND ",
            crate::within_reach!($d, "1", "2", "3"),
            " GROUP BY a.organization_id, c.id, c.individual_number, c.last_name, c.first_name"
        )
    };
}

/// V4, V6: pending overrides of the providers' costs, `$more` narrowing them.
macro_rules! overrides_pending {
    ($d:tt, $more:literal) => {
        concat!(
            "SELECT ",
            columns!("v.organization_id", "v.id", "CAST(NULL AS DATE)", "v.requested_at", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "v.cost_id"),
            "FROM cost_overrides v JOIN customers c ON c.id = v.customer_id WHERE v.status = 'pending' AND ",
            in_list!($d, "v.organization_id", "4"),
            $more,
            " AND ",
            crate::within_reach!($d, "1", "2", "3")
        )
    };
}

/// X5, D1: employment kept 90 days: ended 90 days or more after it started, or not.
macro_rules! kept_90_days {
    (sqlite) => {
        "t.started_on >= $5 AND t.started_on <= $6 AND (t.ended_on IS NULL OR t.ended_on >= date(t.started_on, '+90 days'))"
    };
    (postgres) => {
        "t.started_on >= $5 AND t.started_on <= $6 AND (t.ended_on IS NULL OR t.ended_on >= t.started_on + 90)"
    };
}

/// A row of a line, as its base gives it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct Row {
    pub org: i64,
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub item: i64,
    pub day: Option<NaiveDate>,
    pub at: Option<DateTime<Utc>>,
    pub other: Option<NaiveDate>,
    pub what: Option<String>,
    pub peer: Option<i64>,
}

/// What the statements bind besides each line's own days: the reach, the providers.
pub(super) struct Bound<'a> {
    pub reach: &'a CustomerReach,
    pub providers: Vec<i64>,
    pub window: Window,
    pub due_soon_days: u32,
}

impl Line {
    /// The line's count per provider, and its list: the same base.
    pub(super) fn statements(self) -> (&'static Sql, &'static Sql) {
        use Line::*;
        match self {
            GoalEnrolled => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "enrollments", "t.enrolled_on", "t.enrolled_on >= $5 AND t.enrolled_on <= $6")), postgres: counted!(customers_of!(postgres, "enrollments", "t.enrolled_on", "t.enrolled_on >= $5 AND t.enrolled_on <= $6"))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "enrollments", "t.enrolled_on", "t.enrolled_on >= $5 AND t.enrolled_on <= $6")), postgres: listed!(customers_of!(postgres, "enrollments", "t.enrolled_on", "t.enrolled_on >= $5 AND t.enrolled_on <= $6"))),
            ),
            GoalActive => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "activities", "t.started_on", "t.kind = 'snap-et' AND t.started_on IS NOT NULL AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5)")), postgres: counted!(customers_of!(postgres, "activities", "t.started_on", "t.kind = 'snap-et' AND t.started_on IS NOT NULL AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5)"))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "activities", "t.started_on", "t.kind = 'snap-et' AND t.started_on IS NOT NULL AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5)")), postgres: listed!(customers_of!(postgres, "activities", "t.started_on", "t.kind = 'snap-et' AND t.started_on IS NOT NULL AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5)"))),
            ),
            GoalEmployed => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "employments", "t.started_on", "t.started_on >= $5 AND t.started_on <= $6")), postgres: counted!(customers_of!(postgres, "employments", "t.started_on", "t.started_on >= $5 AND t.started_on <= $6"))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "employments", "t.started_on", "t.started_on >= $5 AND t.started_on <= $6")), postgres: listed!(customers_of!(postgres, "employments", "t.started_on", "t.started_on >= $5 AND t.started_on <= $6"))),
            ),
            GoalRetained90Days => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "employments", "t.started_on", kept_90_days!(sqlite))), postgres: counted!(customers_of!(postgres, "employments", "t.started_on", kept_90_days!(postgres)))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "employments", "t.started_on", kept_90_days!(sqlite))), postgres: listed!(customers_of!(postgres, "employments", "t.started_on", kept_90_days!(postgres)))),
            ),
            GoalCredentials => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "credentials", "t.earned_on", "t.removed_at IS NULL AND t.industry_recognized AND t.earned_on >= $5 AND t.earned_on <= $6")), postgres: counted!(customers_of!(postgres, "credentials", "t.earned_on", "t.removed_at IS NULL AND t.industry_recognized AND t.earned_on >= $5 AND t.earned_on <= $6"))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "credentials", "t.earned_on", "t.removed_at IS NULL AND t.industry_recognized AND t.earned_on >= $5 AND t.earned_on <= $6")), postgres: listed!(customers_of!(postgres, "credentials", "t.earned_on", "t.removed_at IS NULL AND t.industry_recognized AND t.earned_on >= $5 AND t.earned_on <= $6"))),
            ),
            GoalCompletedActivity => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "activities", "t.completed_on", "t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6")), postgres: counted!(customers_of!(postgres, "activities", "t.completed_on", "t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6"))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "activities", "t.completed_on", "t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6")), postgres: listed!(customers_of!(postgres, "activities", "t.completed_on", "t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6"))),
            ),
            GoalExits => (
                crate::sql!(sqlite: counted!(customers_of!(sqlite, "exits", "t.exited_on", "t.unexited_at IS NULL AND t.exited_on >= $5 AND t.exited_on <= $6")), postgres: counted!(customers_of!(postgres, "exits", "t.exited_on", "t.unexited_at IS NULL AND t.exited_on >= $5 AND t.exited_on <= $6"))),
                crate::sql!(sqlite: listed!(customers_of!(sqlite, "exits", "t.exited_on", "t.unexited_at IS NULL AND t.exited_on >= $5 AND t.exited_on <= $6")), postgres: listed!(customers_of!(postgres, "exits", "t.exited_on", "t.unexited_at IS NULL AND t.exited_on >= $5 AND t.exited_on <= $6"))),
            ),
            ReferralsSent => (
                crate::sql!(sqlite: counted!(referrals_sent!(sqlite)), postgres: counted!(referrals_sent!(postgres))),
                crate::sql!(sqlite: listed!(referrals_sent!(sqlite)), postgres: listed!(referrals_sent!(postgres))),
            ),
            ReferralsReceived => (
                crate::sql!(sqlite: counted!(referrals_received!(sqlite)), postgres: counted!(referrals_received!(postgres))),
                crate::sql!(sqlite: listed!(referrals_received!(sqlite)), postgres: listed!(referrals_received!(postgres))),
            ),
            ReferralsAccepted => (
                crate::sql!(sqlite: counted!(referrals_answered!(sqlite, "accepted")), postgres: counted!(referrals_answered!(postgres, "accepted"))),
                crate::sql!(sqlite: listed!(referrals_answered!(sqlite, "accepted")), postgres: listed!(referrals_answered!(postgres, "accepted"))),
            ),
            ReferralsRejected => (
                crate::sql!(sqlite: counted!(referrals_answered!(sqlite, "rejected")), postgres: counted!(referrals_answered!(postgres, "rejected"))),
                crate::sql!(sqlite: listed!(referrals_answered!(sqlite, "rejected")), postgres: listed!(referrals_answered!(postgres, "rejected"))),
            ),
            ReferralsRedFlag => (
                crate::sql!(sqlite: counted!(referrals_pending_past!(sqlite, "r.red_flag_at")), postgres: counted!(referrals_pending_past!(postgres, "r.red_flag_at"))),
                crate::sql!(sqlite: listed!(referrals_pending_past!(sqlite, "r.red_flag_at")), postgres: listed!(referrals_pending_past!(postgres, "r.red_flag_at"))),
            ),
            ReferralsOverdue => (
                crate::sql!(sqlite: counted!(referrals_pending_past!(sqlite, "r.due_at")), postgres: counted!(referrals_pending_past!(postgres, "r.due_at"))),
                crate::sql!(sqlite: listed!(referrals_pending_past!(sqlite, "r.due_at")), postgres: listed!(referrals_pending_past!(postgres, "r.due_at"))),
            ),
            Redeterminations60 => (
                crate::sql!(sqlite: counted!(redeterminations!(sqlite, "<= $6")), postgres: counted!(redeterminations!(postgres, "<= $6"))),
                crate::sql!(sqlite: listed!(redeterminations!(sqlite, "<= $6")), postgres: listed!(redeterminations!(postgres, "<= $6"))),
            ),
            Redeterminations30 => (
                crate::sql!(sqlite: counted!(redeterminations!(sqlite, "< $6")), postgres: counted!(redeterminations!(postgres, "< $6"))),
                crate::sql!(sqlite: listed!(redeterminations!(sqlite, "< $6")), postgres: listed!(redeterminations!(postgres, "< $6"))),
            ),
            AssessmentsDue => (
                crate::sql!(sqlite: counted!(assessed!(sqlite, "(z.day <= $5 AND z.day > $6) OR (z.other <= $5 AND z.other > $6)")), postgres: counted!(assessed!(postgres, "(z.day <= $5 AND z.day > $6) OR (z.other <= $5 AND z.other > $6)"))),
                crate::sql!(sqlite: listed!(assessed!(sqlite, "(z.day <= $5 AND z.day > $6) OR (z.other <= $5 AND z.other > $6)")), postgres: listed!(assessed!(postgres, "(z.day <= $5 AND z.day > $6) OR (z.other <= $5 AND z.other > $6)"))),
            ),
            AssessmentsOverdue => (
                crate::sql!(sqlite: counted!(assessed!(sqlite, "z.day <= $5 OR z.other <= $5")), postgres: counted!(assessed!(postgres, "z.day <= $5 OR z.other <= $5"))),
                crate::sql!(sqlite: listed!(assessed!(sqlite, "z.day <= $5 OR z.other <= $5")), postgres: listed!(assessed!(postgres, "z.day <= $5 OR z.other <= $5"))),
            ),
            NeedsAssessmentMissing => (
                crate::sql!(sqlite: counted!(needs_missing!(sqlite, "")), postgres: counted!(needs_missing!(postgres, ""))),
                crate::sql!(sqlite: listed!(needs_missing!(sqlite, "")), postgres: listed!(needs_missing!(postgres, ""))),
            ),
            NeedsAssessmentLate => (
                crate::sql!(sqlite: counted!(needs_missing!(sqlite, " AND t.enrolled_on < $5")), postgres: counted!(needs_missing!(postgres, " AND t.enrolled_on < $5"))),
                crate::sql!(sqlite: listed!(needs_missing!(sqlite, " AND t.enrolled_on < $5")), postgres: listed!(needs_missing!(postgres, " AND t.enrolled_on < $5"))),
            ),
            RetentionContact => (
                crate::sql!(sqlite: counted!(retention_contact!(sqlite)), postgres: counted!(retention_contact!(postgres))),
                crate::sql!(sqlite: listed!(retention_contact!(sqlite)), postgres: listed!(retention_contact!(postgres))),
            ),
            OverridesPending => (
                crate::sql!(sqlite: counted!(overrides_pending!(sqlite, "")), postgres: counted!(overrides_pending!(postgres, ""))),
                crate::sql!(sqlite: listed!(overrides_pending!(sqlite, "")), postgres: listed!(overrides_pending!(postgres, ""))),
            ),
            OverridesPast14Days => (
                crate::sql!(sqlite: counted!(overrides_pending!(sqlite, " AND v.requested_at < $5")), postgres: counted!(overrides_pending!(postgres, " AND v.requested_at < $5"))),
                crate::sql!(sqlite: listed!(overrides_pending!(sqlite, " AND v.requested_at < $5")), postgres: listed!(overrides_pending!(postgres, " AND v.requested_at < $5"))),
            ),
        }
    }

    /// The values the line's statements bind, in their order.
    pub(super) fn args(self, b: &Bound) -> Vec<Arg> {
        use Line::*;
        let w = &b.window;
        let [s, l, t] = b.reach.args();
        let providers = Arg::ints(b.providers.iter().copied());
        let on = |days: &[NaiveDate]| -> Vec<Arg> { days.iter().map(|d| Arg::from(*d)).collect() };
        match self {
            ReferralsSent | ReferralsReceived | ReferralsAccepted | ReferralsRejected => {
                vec![
                    s,
                    l,
                    providers,
                    Arg::from(w.year_start_moment()),
                    Arg::from(w.now),
                ]
            }
            ReferralsRedFlag | ReferralsOverdue => vec![s, l, providers, Arg::from(w.now)],
            _ => {
                let mut args = vec![s, l, t, providers];
                args.extend(match self {
                    GoalEnrolled
                    | GoalActive
                    | GoalEmployed
                    | GoalCredentials
                    | GoalCompletedActivity
                    | GoalExits => on(&[w.year_start(), w.today]),
                    GoalRetained90Days => on(&[w.retained_from(), w.retained_by()]),
                    Redeterminations60 => on(&[w.today, w.redetermination_last()]),
                    Redeterminations30 => on(&[w.today, w.redetermination_red_flag_before()]),
                    AssessmentsDue => on(&[
                        w.assessment_due_by(b.due_soon_days),
                        w.assessment_overdue_by(),
                    ]),
                    AssessmentsOverdue => on(&[w.assessment_overdue_by()]),
                    NeedsAssessmentMissing | OverridesPending => Vec::new(),
                    NeedsAssessmentLate => on(&[w.needs_assessment_late_before()]),
                    RetentionContact => vec![
                        Arg::from(w.contact_started_by()),
                        Arg::from(w.contact_noted_since()),
                    ],
                    OverridesPast14Days => vec![Arg::from(w.override_flag_before())],
                    ReferralsSent | ReferralsReceived | ReferralsAccepted | ReferralsRejected
                    | ReferralsRedFlag | ReferralsOverdue => Vec::new(),
                });
                args
            }
        }
    }
}
