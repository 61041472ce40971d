//! The dashboard's statements. Lines that count from the same rows form a family: one
//! base statement gives those rows, each with a flag per line (`f1`, `f2`, …) saying
//! whether the line counts it. The family's count is one grouped statement over the base
//! (a count per provider and flag); a line's list is the same base, narrowed to its flag
//! (the referrals' with each customer's number and name looked up). Both texts wrap the
//! same base, so a count and its list never disagree, and the whole dashboard is three
//! grouped statements: the customers (D1, D3, D4), the referrals (D2), the overrides (D4).
//!
//! Every base gives the provider a row counts for (`org`), the customer, the row counted
//! (`item`: the customer, a referral, an override), the days and moments its lines list
//! it by, and its flags. Each window's edge is bound as one value
//! ([`super::window::Window`]), so no date is computed per row.
//!
//! The staffings' lines (D4) are not here: a staffing is due whether or not it was ever
//! opened, so they are counted from the programs and the staffings opened, month by month
//! ([`crate::staffing::due`]).
//!
//! Bound values: the referrals `$1` statewide, `$2` the reach's locations, `$3` the
//! providers, then their moments; the other families `$1`–`$3` the customer reach
//! ([`crate::within_reach!`]), `$4` the providers, then their days or moments.
//!
//! The customers' family is written for each planner (BENCHMARKS.md, the dashboard). On
//! PostgreSQL, under the row-level-security policies, each table's rows of the providers
//! are grouped per customer before the customer is read once for every line, the newest
//! assessments and the last case note are looked up only for the customers whose lines
//! need them, and the base is materialized so that those look-ups run once however many
//! flags read them; written as anti joins (`NOT EXISTS`), the same questions had
//! PostgreSQL's estimates compare every customer with every assignment (seconds). The
//! customer is looked up by key, in a lateral step the planner keeps as it is (`OFFSET
//! 0`): as a plain join, the policy's start-up cost, counted on every look-up, had it
//! hash all 100,000 customers for one provider's 10,000, which cost about a fifth of
//! the dashboard's time. On
//! SQLite, which has no policies to plan around, each table's rows are counted on their
//! own, with the anti joins a DBA would write ([`by_table!`]).

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

/// A family's count per provider: a count per flag, fourteen in all (the unused ones 0).
macro_rules! counted {
    ($flags:tt, $($base:tt)*) => {
        concat!("SELECT q.org, ", flags!($flags), " FROM (", $($base)*, ") q GROUP BY q.org")
    };
}

/// The counts of `f1` … `fN`, padded to fourteen.
macro_rules! flags {
    (2) => {
        "COUNT(CASE WHEN q.f1 THEN 1 END), COUNT(CASE WHEN q.f2 THEN 1 END), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT)"
    };
    (6) => {
        "COUNT(CASE WHEN q.f1 THEN 1 END), COUNT(CASE WHEN q.f2 THEN 1 END), COUNT(CASE WHEN q.f3 THEN 1 END), COUNT(CASE WHEN q.f4 THEN 1 END), COUNT(CASE WHEN q.f5 THEN 1 END), COUNT(CASE WHEN q.f6 THEN 1 END), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT), CAST(0 AS BIGINT)"
    };
    (14) => {
        "COUNT(CASE WHEN q.f1 THEN 1 END), COUNT(CASE WHEN q.f2 THEN 1 END), COUNT(CASE WHEN q.f3 THEN 1 END), COUNT(CASE WHEN q.f4 THEN 1 END), COUNT(CASE WHEN q.f5 THEN 1 END), COUNT(CASE WHEN q.f6 THEN 1 END), COUNT(CASE WHEN q.f7 THEN 1 END), COUNT(CASE WHEN q.f8 THEN 1 END), COUNT(CASE WHEN q.f9 THEN 1 END), COUNT(CASE WHEN q.f10 THEN 1 END), COUNT(CASE WHEN q.f11 THEN 1 END), COUNT(CASE WHEN q.f12 THEN 1 END), COUNT(CASE WHEN q.f13 THEN 1 END), COUNT(CASE WHEN q.f14 THEN 1 END)"
    };
}

/// A line's rows: the base narrowed to `$flag`, with the columns it lists them by, by
/// provider and then by the day or moment that makes them count.
macro_rules! listed {
    ($flag:literal, $day:literal, $at:literal, $other:literal, $what:literal, $peer:literal, $($base:tt)*) => {
        concat!(
            "SELECT q.org, q.individual_number, q.last_name, q.first_name, q.item, ",
            $day, " AS day, ", $at, " AS at, ", $other, " AS other, ", $what, " AS what, ", $peer,
            " AS peer FROM (", $($base)*, ") q WHERE q.", $flag,
            " ORDER BY q.org, 6, 7, q.individual_number, q.item"
        )
    };
}

/// A referral line's rows: as [`listed!`], for a base that gives the customer's id (the
/// count needs nothing of the customer), each with the customer's number and name.
macro_rules! listed_customers {
    ($flag:literal, $at:literal, $($base:tt)*) => {
        concat!(
            "SELECT q.org, c.individual_number, c.last_name, c.first_name, q.item, CAST(NULL AS DATE) AS day, ",
            $at, " AS at, CAST(NULL AS DATE) AS other, q.what, q.peer FROM (", $($base)*,
            ") q JOIN customers c ON c.id = q.customer_id WHERE q.", $flag,
            " ORDER BY q.org, 7, c.individual_number, q.item"
        )
    };
}

/// The customer family's base as both backends read it: per provider and customer, the
/// customer once, with the newest assessments and the last case note looked up only for
/// the customers whose lines need them (`o`: the days per provider and customer).
macro_rules! customer_base {
    () => {
        "WITH b AS MATERIALIZED (SELECT o.org, c.individual_number, c.last_name, c.first_name, c.id AS item, \
         o.enrolled_in_year, o.open_since, o.active_since, o.completed_on, o.retention_since, o.employed_on, \
         o.retained_from, o.earned_on, o.exited_on, o.in_caseload, c.redetermination_date, \
         CASE WHEN o.retention_since IS NOT NULL THEN (SELECT MAX(n.written_at) FROM customer_notes n \
         WHERE n.customer_id = c.id AND n.organization_id = o.org) END AS last_note, \
         CASE WHEN o.in_caseload = 1 THEN (SELECT MAX(a.completed_on) FROM assessments a \
         WHERE a.customer_id = c.id AND a.kind = 'initial') END AS initial_on, \
         CASE WHEN o.in_caseload = 1 OR o.open_since IS NOT NULL THEN (SELECT MAX(a.completed_on) FROM assessments a \
         WHERE a.customer_id = c.id AND a.kind = 'needs') END AS needs_on "
    };
}

/// The customer family's flags over its base `b`.
macro_rules! customer_flags {
    () => {
        ") SELECT b.*, b.enrolled_in_year IS NOT NULL AS f1, \
         b.open_since IS NOT NULL AND b.needs_on IS NULL AS f2, \
         b.open_since < $7 AND b.needs_on IS NULL AS f3, \
         b.active_since IS NOT NULL AS f4, b.completed_on IS NOT NULL AS f5, \
         b.retention_since IS NOT NULL AND (b.last_note IS NULL OR b.last_note < $9) AS f6, \
         b.employed_on IS NOT NULL AS f7, b.retained_from IS NOT NULL AS f8, b.earned_on IS NOT NULL AS f9, \
         b.exited_on IS NOT NULL AS f10, \
         b.in_caseload = 1 AND b.redetermination_date >= $6 AND b.redetermination_date <= $12 AS f11, \
         b.in_caseload = 1 AND b.redetermination_date >= $6 AND b.redetermination_date < $13 AS f12, \
         b.in_caseload = 1 AND ((b.initial_on <= $14 AND b.initial_on > $15) OR (b.needs_on <= $14 AND b.needs_on > $15)) \
         AS f13, b.in_caseload = 1 AND (b.initial_on <= $15 OR b.needs_on <= $15) AS f14 FROM b"
    };
}

/// The customer lines of D1, D3 and D4 (`$5` year start, `$6` today, `$7` enrolled
/// before this is late, `$8` Job Retention started by this is due its contact, `$9`
/// unless the provider wrote a case note since this moment, `$10`–`$11` the starts of
/// jobs whose 90th day falls in the year by today, `$12` the last day within 60 days,
/// `$13` under 30 days before this, `$14` completed by this is due soon or overdue, `$15`
/// by this overdue). Per provider and customer, from the rows of each table with the
/// provider (the activity's service provider, E6), the first day each line counts them
/// by; then the customer once, within reach, with what those days ask to look up:
/// - N1, A3: the first enrollment of the year (f1: goal-enrolled); the first open one,
///   without a Needs Assessment (f2: missing; f3: and late);
/// - T2, X5, M5: the first SNAP E&T activity open in the year (f4: goal-active), the
///   first completed in it (f5: goal-completed-activity), the first Job Retention
///   started long enough ago with no case note of the provider since (f6:
///   retention-contact);
/// - M1, X5: the first job started in the year (f7: goal-employed), the first kept 90
///   days with its 90th day in the year (f8: goal-retained-90-days);
/// - C1: the first industry-recognized credential of the year, not removed (f9);
/// - X1, X4: the first exit of the year not taken back (f10: goal-exits);
/// - D3, A2: assigned to one of the provider's programs (S5) and not exited from it (X1:
///   a standing exit and no enrollment open again in that program; told from the rows
///   of the customer and program, as a per-row check on the whole tables costs more
///   under PostgreSQL's policies), with the redetermination date (f11:
///   within 60 days; f12: under 30) and the newest Initial Screening and Needs
///   Assessment (f13: one due soon; f14: one overdue).
///
/// On SQLite the lines are counted table by table instead ([`by_table!`]).
macro_rules! customers {
    (postgres) => {
        concat!(
            customer_base!(),
            "FROM (SELECT p.org, p.customer_id, MIN(p.enrolled_in_year) AS enrolled_in_year, \
             MIN(p.open_since) AS open_since, MIN(p.active_since) AS active_since, MIN(p.completed_on) AS completed_on, \
             MIN(p.retention_since) AS retention_since, MIN(p.employed_on) AS employed_on, \
             MIN(p.retained_from) AS retained_from, MIN(p.earned_on) AS earned_on, MIN(p.exited_on) AS exited_on, \
             MAX(CASE WHEN p.assigned = 1 AND NOT (p.standing_exit = 1 AND p.open_enrollment = 0) THEN 1 ELSE 0 END) \
             AS in_caseload FROM (SELECT u.org, u.customer_id, u.program_id, MIN(u.enrolled_in_year) AS enrolled_in_year, \
             MIN(u.open_since) AS open_since, MIN(u.active_since) AS active_since, MIN(u.completed_on) AS completed_on, \
             MIN(u.retention_since) AS retention_since, MIN(u.employed_on) AS employed_on, \
             MIN(u.retained_from) AS retained_from, MIN(u.earned_on) AS earned_on, MIN(u.exited_on) AS exited_on, \
             MAX(u.assigned) AS assigned, MAX(u.standing_exit) AS standing_exit, MAX(u.open_enrollment) AS open_enrollment \
             FROM (SELECT t.organization_id AS org, t.customer_id, t.program_id, \
             CASE WHEN t.enrolled_on >= $5 AND t.enrolled_on <= $6 THEN t.enrolled_on END AS enrolled_in_year, \
             CASE WHEN t.exited_on IS NULL THEN t.enrolled_on END AS open_since, CAST(NULL AS DATE) AS active_since, \
             CAST(NULL AS DATE) AS completed_on, CAST(NULL AS DATE) AS retention_since, CAST(NULL AS DATE) AS employed_on, \
             CAST(NULL AS DATE) AS retained_from, CAST(NULL AS DATE) AS earned_on, CAST(NULL AS DATE) AS exited_on, \
             0 AS assigned, 0 AS standing_exit, CASE WHEN t.exited_on IS NULL THEN 1 ELSE 0 END AS open_enrollment \
             FROM enrollments t WHERE ",
            in_list!(postgres, "t.organization_id", "4"),
            " UNION ALL SELECT t.organization_id, t.customer_id, NULL, NULL, NULL, \
             CASE WHEN t.kind = 'snap-et' AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5) \
             THEN t.started_on END, \
             CASE WHEN t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6 \
             THEN t.completed_on END, \
             CASE WHEN t.code = 'JR' AND t.status = 'started' AND t.started_on <= $8 THEN t.started_on END, \
             NULL, NULL, NULL, NULL, 0, 0, 0 FROM activities t WHERE t.started_on IS NOT NULL AND ",
            in_list!(postgres, "t.organization_id", "4"),
            " UNION ALL SELECT t.organization_id, t.customer_id, NULL, NULL, NULL, NULL, NULL, NULL, \
             CASE WHEN t.started_on >= $5 AND t.started_on <= $6 THEN t.started_on END, \
             CASE WHEN t.started_on >= $10 AND t.started_on <= $11 AND ",
            kept_90_days!(postgres),
            " THEN t.started_on END, NULL, NULL, 0, 0, 0 FROM employments t WHERE ",
            in_list!(postgres, "t.organization_id", "4"),
            " UNION ALL SELECT t.organization_id, t.customer_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
             t.earned_on, NULL, 0, 0, 0 FROM credentials t WHERE t.removed_at IS NULL AND t.industry_recognized \
             AND t.earned_on >= $5 AND t.earned_on <= $6 AND ",
            in_list!(postgres, "t.organization_id", "4"),
            " UNION ALL SELECT t.organization_id, t.customer_id, t.program_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
             NULL, CASE WHEN t.exited_on >= $5 AND t.exited_on <= $6 THEN t.exited_on END, 0, 1, 0 FROM exits t \
             WHERE t.unexited_at IS NULL AND ",
            in_list!(postgres, "t.organization_id", "4"),
            " UNION ALL SELECT t.organization_id, t.customer_id, t.program_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
             NULL, NULL, 1, 0, 0 FROM customer_assignments t WHERE ",
            in_list!(postgres, "t.organization_id", "4"),
            ") u GROUP BY u.org, u.customer_id, u.program_id) p GROUP BY p.org, p.customer_id) o \
             CROSS JOIN LATERAL (SELECT c.id, c.individual_number, c.last_name, c.first_name, c.redetermination_date \
             FROM customers c WHERE c.id = o.customer_id OFFSET 0) c WHERE ",
            crate::within_reach!(postgres, "1", "2", "3"),
            customer_flags!()
        )
    };
}

/// On SQLite, the customer lines of [`customers!`] counted as a DBA would, table by table:
/// each table's rows of the providers (`$4`) within reach (per row, by its customer),
/// each with the flags of the lines it counts, the numbers of [`customers!`]; a line's
/// count is its table's distinct customers flagged, and its list those same rows grouped
/// per customer ([`listed_per_customer!`]). Grouping every table's rows per customer first,
/// as PostgreSQL's statement does, sorted them twice and cost twice the counts by hand
/// (BENCHMARKS.md, the dashboard). A look-up only some rows need sits in a `CASE` (or a
/// materialized step): SQLite evaluates it for every row of a grouped statement otherwise.
macro_rules! by_table {
    // N1, A3: enrollments of the year (f1), open without a Needs Assessment (f2), late (f3).
    (enrollments) => {
        concat!(
            "SELECT t.organization_id AS org, t.customer_id, t.enrolled_on, \
             t.enrolled_on >= $5 AND t.enrolled_on <= $6 AS f1, \
             CASE WHEN t.exited_on IS NULL THEN NOT EXISTS (SELECT 1 FROM assessments a \
             WHERE a.customer_id = t.customer_id AND a.kind = 'needs') END AS f2, \
             CASE WHEN t.exited_on IS NULL AND t.enrolled_on < $7 THEN NOT EXISTS (SELECT 1 FROM assessments a \
             WHERE a.customer_id = t.customer_id AND a.kind = 'needs') END AS f3 FROM enrollments t WHERE ",
            in_list!(sqlite, "t.organization_id", "4"),
            " AND (t.exited_on IS NULL OR (t.enrolled_on >= $5 AND t.enrolled_on <= $6)) AND ",
            crate::within_reach!(sqlite, "1", "2", "3", "t.customer_id")
        )
    };
    // T2, X5, M5: SNAP E&T activities open in the year (f4), completed in it (f5), Job
    // Retention started long enough ago with no case note of the provider since (f6).
    (activities) => {
        concat!(
            "SELECT t.organization_id AS org, t.customer_id, t.started_on, t.completed_on, \
             t.kind = 'snap-et' AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5) AS f4, \
             t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6 AS f5, \
             CASE WHEN t.code = 'JR' AND t.status = 'started' AND t.started_on <= $8 THEN NOT EXISTS (SELECT 1 \
             FROM customer_notes n WHERE n.customer_id = t.customer_id AND n.organization_id = t.organization_id \
             AND n.written_at >= $9) END AS f6 FROM activities t WHERE t.started_on IS NOT NULL AND ",
            in_list!(sqlite, "t.organization_id", "4"),
            " AND ((t.kind = 'snap-et' AND t.started_on <= $6 AND (t.completed_on IS NULL OR t.completed_on >= $5)) \
             OR (t.kind = 'snap-et' AND t.status = 'successful' AND t.completed_on >= $5 AND t.completed_on <= $6) \
             OR (t.code = 'JR' AND t.status = 'started' AND t.started_on <= $8)) AND ",
            crate::within_reach!(sqlite, "1", "2", "3", "t.customer_id")
        )
    };
    // M1, X5: jobs started in the year (f7), kept 90 days with the 90th day in it (f8).
    (jobs) => {
        concat!(
            "SELECT t.organization_id AS org, t.customer_id, t.started_on, \
             t.started_on >= $5 AND t.started_on <= $6 AS f7, \
             t.started_on >= $10 AND t.started_on <= $11 AND ",
            kept_90_days!(sqlite),
            " AS f8 FROM employments t WHERE ",
            in_list!(sqlite, "t.organization_id", "4"),
            " AND ((t.started_on >= $5 AND t.started_on <= $6) OR (t.started_on >= $10 AND t.started_on <= $11 AND ",
            kept_90_days!(sqlite),
            ")) AND ",
            crate::within_reach!(sqlite, "1", "2", "3", "t.customer_id")
        )
    };
    // C1: industry-recognized credentials of the year, not removed (f9).
    (credentials) => {
        concat!(
            "SELECT t.organization_id AS org, t.customer_id, t.earned_on, TRUE AS f9 FROM credentials t \
             WHERE t.removed_at IS NULL AND t.industry_recognized AND t.earned_on >= $5 AND t.earned_on <= $6 AND ",
            in_list!(sqlite, "t.organization_id", "4"),
            " AND ",
            crate::within_reach!(sqlite, "1", "2", "3", "t.customer_id")
        )
    };
    // X1, X4: exits of the year not taken back (f10).
    (exits) => {
        concat!(
            "SELECT t.organization_id AS org, t.customer_id, t.exited_on, TRUE AS f10 FROM exits t \
             WHERE t.unexited_at IS NULL AND t.exited_on >= $5 AND t.exited_on <= $6 AND ",
            in_list!(sqlite, "t.organization_id", "4"),
            " AND ",
            crate::within_reach!(sqlite, "1", "2", "3", "t.customer_id")
        )
    };
    // D3, A2: assignments to the provider's programs not exited from (X1), with the
    // redetermination date (f11, f12) and the newest assessments (f13, f14), looked up
    // once per row.
    (caseload) => {
        concat!(
            "WITH k AS MATERIALIZED (SELECT t.organization_id AS org, t.customer_id, c.redetermination_date, \
             (SELECT MAX(a.completed_on) FROM assessments a WHERE a.customer_id = t.customer_id AND a.kind = 'initial') \
             AS initial_on, (SELECT MAX(a.completed_on) FROM assessments a WHERE a.customer_id = t.customer_id \
             AND a.kind = 'needs') AS needs_on FROM customer_assignments t JOIN customers c ON c.id = t.customer_id WHERE ",
            in_list!(sqlite, "t.organization_id", "4"),
            " AND NOT (EXISTS (SELECT 1 FROM exits x WHERE x.customer_id = t.customer_id \
             AND x.organization_id = t.organization_id AND x.program_id = t.program_id AND x.unexited_at IS NULL) \
             AND NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.customer_id = t.customer_id \
             AND e.program_id = t.program_id AND e.exited_on IS NULL AND e.organization_id = t.organization_id)) AND ",
            crate::within_reach!(sqlite, "1", "2", "3"),
            ") SELECT k.*, k.redetermination_date >= $6 AND k.redetermination_date <= $12 AS f11, \
             k.redetermination_date >= $6 AND k.redetermination_date < $13 AS f12, \
             (k.initial_on <= $14 AND k.initial_on > $15) OR (k.needs_on <= $14 AND k.needs_on > $15) AS f13, \
             k.initial_on <= $15 OR k.needs_on <= $15 AS f14 FROM k"
        )
    };
}

/// The distinct customers of the rows `q` with flag `$flag`.
macro_rules! customers_flagged {
    ($flag:literal) => {
        concat!(
            "COUNT(DISTINCT CASE WHEN q.",
            $flag,
            " THEN q.customer_id END)"
        )
    };
}

/// SQLite's count of the customer lines per provider: `(org, n1, …, n14)` as
/// [`counted!`] gives them, one grouped statement per table of [`by_table!`].
macro_rules! counted_by_table {
    () => {
        concat!(
            "SELECT p.value AS org, COALESCE(e.n1, 0), COALESCE(e.n2, 0), COALESCE(e.n3, 0), COALESCE(a.n4, 0), \
             COALESCE(a.n5, 0), COALESCE(a.n6, 0), COALESCE(m.n7, 0), COALESCE(m.n8, 0), COALESCE(r.n9, 0), \
             COALESCE(x.n10, 0), COALESCE(k.n11, 0), COALESCE(k.n12, 0), COALESCE(k.n13, 0), COALESCE(k.n14, 0) \
             FROM json_each($4) p LEFT JOIN (SELECT q.org, ",
            customers_flagged!("f1"),
            " AS n1, ",
            customers_flagged!("f2"),
            " AS n2, ",
            customers_flagged!("f3"),
            " AS n3 FROM (",
            by_table!(enrollments),
            ") q GROUP BY q.org) e ON e.org = p.value LEFT JOIN (SELECT q.org, ",
            customers_flagged!("f4"),
            " AS n4, ",
            customers_flagged!("f5"),
            " AS n5, ",
            customers_flagged!("f6"),
            " AS n6 FROM (",
            by_table!(activities),
            ") q GROUP BY q.org) a ON a.org = p.value LEFT JOIN (SELECT q.org, ",
            customers_flagged!("f7"),
            " AS n7, ",
            customers_flagged!("f8"),
            " AS n8 FROM (",
            by_table!(jobs),
            ") q GROUP BY q.org) m ON m.org = p.value LEFT JOIN (SELECT q.org, ",
            customers_flagged!("f9"),
            " AS n9 FROM (",
            by_table!(credentials),
            ") q GROUP BY q.org) r ON r.org = p.value LEFT JOIN (SELECT q.org, ",
            customers_flagged!("f10"),
            " AS n10 FROM (",
            by_table!(exits),
            ") q GROUP BY q.org) x ON x.org = p.value LEFT JOIN (SELECT q.org, ",
            customers_flagged!("f11"),
            " AS n11, ",
            customers_flagged!("f12"),
            " AS n12, ",
            customers_flagged!("f13"),
            " AS n13, ",
            customers_flagged!("f14"),
            " AS n14 FROM (",
            by_table!(caseload),
            ") q GROUP BY q.org) k ON k.org = p.value"
        )
    };
}

/// A customer line's rows on SQLite: its table's rows of [`by_table!`] narrowed to
/// `$flag`, one per provider and customer, with the day (an aggregate of the rows) and
/// the other columns it lists them by, as [`listed!`] orders them.
macro_rules! listed_per_customer {
    ($flag:literal, $day:literal, $at:literal, $other:literal, $($base:tt)*) => {
        concat!(
            "SELECT q.org, c.individual_number, c.last_name, c.first_name, c.id AS item, ",
            $day, " AS day, ", $at, " AS at, ", $other,
            " AS other, CAST(NULL AS TEXT) AS what, CAST(NULL AS BIGINT) AS peer FROM (", $($base)*,
            ") q JOIN customers c ON c.id = q.customer_id WHERE q.", $flag,
            " GROUP BY q.org, c.id ORDER BY q.org, 6, 7, c.individual_number, c.id"
        )
    };
}

/// X5, D1: employment kept 90 days: ended 90 days or more after it started, or not.
macro_rules! kept_90_days {
    (sqlite) => {
        "(t.ended_on IS NULL OR t.ended_on >= date(t.started_on, '+90 days'))"
    };
    (postgres) => {
        "(t.ended_on IS NULL OR t.ended_on >= t.started_on + 90)"
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

/// The referrals `r` whose `COLUMN` is one of the providers bound at `$N`, and the
/// statement's conditions after it (`WHERE`). On SQLite, the providers first: written as
/// `IN`, the planner read every referral instead of the provider's through their index.
macro_rules! referrals_of {
    (sqlite, $column:literal, $n:literal) => {
        concat!(
            "json_each($",
            $n,
            ") p CROSS JOIN referrals r WHERE ",
            $column,
            " = p.value"
        )
    };
    (postgres, $column:literal, $n:literal) => {
        concat!("referrals r WHERE ", in_list!(postgres, $column, $n))
    };
}

/// F1, F4, F5 (`$4` the year's first moment, `$5` now): the providers' referrals, once
/// for each side a provider of theirs is on, that count in a line: sent in the year (f1,
/// the sending side) or received in it (f2), accepted (f3) or rejected (f4) by the
/// receiving side in it, pending past their 48 business hours (f5) or their deadline
/// (f6), on either side. The customer is looked up for the list only
/// ([`listed_customers!`]): a referral within reach has its customer within reach (§1).
macro_rules! referrals {
    ($d:tt) => {
        concat!(
            "SELECT r.to_organization_id AS org, r.customer_id, r.id AS item, r.sent_at, r.answered_at, r.red_flag_at, \
             r.due_at, 'received ' || r.kind AS what, r.from_organization_id AS peer, FALSE AS f1, \
             r.sent_at >= $4 AND r.sent_at <= $5 AS f2, \
             r.status = 'accepted' AND r.answered_at >= $4 AND r.answered_at <= $5 AS f3, \
             r.status = 'rejected' AND r.answered_at >= $4 AND r.answered_at <= $5 AS f4, \
             r.status = 'pending' AND r.red_flag_at <= $5 AS f5, r.status = 'pending' AND r.due_at <= $5 AS f6 \
             FROM ",
            referrals_of!($d, "r.to_organization_id", "3"),
            " AND (r.sent_at >= $4 OR r.answered_at >= $4 OR r.status = 'pending') AND ",
            referral_reach!($d),
            " UNION ALL SELECT r.from_organization_id AS org, r.customer_id, r.id AS item, r.sent_at, r.answered_at, \
             r.red_flag_at, r.due_at, 'sent ' || r.kind AS what, r.to_organization_id AS peer, \
             r.sent_at >= $4 AND r.sent_at <= $5 AS f1, FALSE AS f2, FALSE AS f3, FALSE AS f4, \
             r.status = 'pending' AND r.red_flag_at <= $5 AS f5, r.status = 'pending' AND r.due_at <= $5 AS f6 \
             FROM ",
            referrals_of!($d, "r.from_organization_id", "3"),
            " AND (r.sent_at >= $4 OR r.status = 'pending') AND ",
            referral_reach!($d)
        )
    };
}

/// V4, V6 (`$5` requested before this moment is more than 14 days ago): the providers'
/// pending overrides (f1) and those pending more than 14 days (f2).
macro_rules! overrides {
    ($d:tt) => {
        concat!(
            "SELECT v.organization_id AS org, c.individual_number, c.last_name, c.first_name, v.id AS item, \
             v.requested_at, v.cost_id, TRUE AS f1, v.requested_at < $5 AS f2 \
             FROM cost_overrides v JOIN customers c ON c.id = v.customer_id WHERE v.status = 'pending' AND ",
            in_list!($d, "v.organization_id", "4"),
            " AND ",
            crate::within_reach!($d, "1", "2", "3")
        )
    };
}

/// Lines counted from the same rows by one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Family {
    Customers,
    Referrals,
    Overrides,
}

impl Family {
    pub(super) const ALL: [Family; 3] = [Family::Customers, Family::Referrals, Family::Overrides];

    /// The family's lines, in the order of their flags `f1`, `f2`, ….
    pub(super) fn lines(self) -> &'static [Line] {
        use Line::*;
        match self {
            Family::Customers => &[
                GoalEnrolled,
                NeedsAssessmentMissing,
                NeedsAssessmentLate,
                GoalActive,
                GoalCompletedActivity,
                RetentionContact,
                GoalEmployed,
                GoalRetained90Days,
                GoalCredentials,
                GoalExits,
                Redeterminations60,
                Redeterminations30,
                AssessmentsDue,
                AssessmentsOverdue,
            ],
            Family::Referrals => &[
                ReferralsSent,
                ReferralsReceived,
                ReferralsAccepted,
                ReferralsRejected,
                ReferralsRedFlag,
                ReferralsOverdue,
            ],
            Family::Overrides => &[OverridesPending, OverridesPast14Days],
        }
    }

    /// The family's counts per provider: `(org, n1, …, n14)`, one per line in order.
    pub(super) fn counts(self) -> &'static Sql {
        match self {
            Family::Customers => {
                crate::sql!(sqlite: counted_by_table!(), postgres: counted!(14, customers!(postgres)))
            }
            Family::Referrals => {
                crate::sql!(sqlite: counted!(6, referrals!(sqlite)), postgres: counted!(6, referrals!(postgres)))
            }
            Family::Overrides => {
                crate::sql!(sqlite: counted!(2, overrides!(sqlite)), postgres: counted!(2, overrides!(postgres)))
            }
        }
    }

    /// The values the family's statements bind, in their order.
    pub(super) fn args(self, b: &Bound) -> Vec<Arg> {
        let w = &b.window;
        let [s, l, t] = b.reach.args();
        let providers = Arg::ints(b.providers.iter().copied());
        match self {
            Family::Referrals => {
                vec![
                    s,
                    l,
                    providers,
                    Arg::from(w.year_start_moment()),
                    Arg::from(w.now),
                ]
            }
            Family::Overrides => vec![s, l, t, providers, Arg::from(w.override_flag_before())],
            Family::Customers => vec![
                s,
                l,
                t,
                providers,
                Arg::from(w.year_start()),
                Arg::from(w.today),
                Arg::from(w.needs_assessment_late_before()),
                Arg::from(w.contact_started_by()),
                Arg::from(w.contact_noted_since()),
                Arg::from(w.retained_from()),
                Arg::from(w.retained_by()),
                Arg::from(w.redetermination_last()),
                Arg::from(w.redetermination_red_flag_before()),
                Arg::from(w.assessment_due_by(b.due_soon_days)),
                Arg::from(w.assessment_overdue_by()),
            ],
        }
    }
}

/// A family's counts for one provider, as its statement gives them.
pub(super) type Counts = (
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
    i64,
);

/// The `n`th count (0 for `f1`) of a provider's row.
pub(super) fn nth(c: &Counts, n: usize) -> i64 {
    let all = [
        c.1, c.2, c.3, c.4, c.5, c.6, c.7, c.8, c.9, c.10, c.11, c.12, c.13, c.14,
    ];
    all.get(n).copied().unwrap_or(0)
}

/// A row of a line's list, as its statement gives it.
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

/// What the statements bind besides each family's own days: the reach, the providers.
pub(super) struct Bound<'a> {
    pub reach: &'a CustomerReach,
    pub providers: Vec<i64>,
    pub window: Window,
    pub due_soon_days: u32,
}

impl Line {
    /// The family the line is counted in, and its place there (0 for `f1`); none for
    /// the staffings' lines, counted from [`crate::staffing::due`].
    pub(super) fn family(self) -> Option<(Family, usize)> {
        Family::ALL
            .iter()
            .find_map(|f| f.lines().iter().position(|l| *l == self).map(|i| (*f, i)))
    }

    /// The line's list: its family's base narrowed to its flag.
    pub(super) fn list(self) -> Option<&'static Sql> {
        use Line::*;
        Some(match self {
            StaffingsDue | StaffingsLate => return None,
            GoalEnrolled => {
                crate::sql!(sqlite: listed_per_customer!("f1", "MIN(q.enrolled_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(enrollments)), postgres: listed!("f1", "q.enrolled_in_year", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            NeedsAssessmentMissing => {
                crate::sql!(sqlite: listed_per_customer!("f2", "MIN(q.enrolled_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(enrollments)), postgres: listed!("f2", "q.open_since", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            NeedsAssessmentLate => {
                crate::sql!(sqlite: listed_per_customer!("f3", "MIN(q.enrolled_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(enrollments)), postgres: listed!("f3", "q.open_since", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            GoalActive => {
                crate::sql!(sqlite: listed_per_customer!("f4", "MIN(q.started_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(activities)), postgres: listed!("f4", "q.active_since", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            GoalCompletedActivity => {
                crate::sql!(sqlite: listed_per_customer!("f5", "MIN(q.completed_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(activities)), postgres: listed!("f5", "q.completed_on", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            RetentionContact => {
                crate::sql!(sqlite: listed_per_customer!("f6", "MIN(q.started_on)", "(SELECT MAX(n.written_at) FROM customer_notes n WHERE n.customer_id = c.id AND n.organization_id = q.org)", "CAST(NULL AS DATE)", by_table!(activities)), postgres: listed!("f6", "q.retention_since", "q.last_note", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            GoalEmployed => {
                crate::sql!(sqlite: listed_per_customer!("f7", "MIN(q.started_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(jobs)), postgres: listed!("f7", "q.employed_on", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            GoalRetained90Days => {
                crate::sql!(sqlite: listed_per_customer!("f8", "MIN(q.started_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(jobs)), postgres: listed!("f8", "q.retained_from", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            GoalCredentials => {
                crate::sql!(sqlite: listed_per_customer!("f9", "MIN(q.earned_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(credentials)), postgres: listed!("f9", "q.earned_on", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            GoalExits => {
                crate::sql!(sqlite: listed_per_customer!("f10", "MIN(q.exited_on)", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(exits)), postgres: listed!("f10", "q.exited_on", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            ReferralsSent => {
                crate::sql!(sqlite: listed_customers!("f1", "q.sent_at", referrals!(sqlite)), postgres: listed_customers!("f1", "q.sent_at", referrals!(postgres)))
            }
            ReferralsReceived => {
                crate::sql!(sqlite: listed_customers!("f2", "q.sent_at", referrals!(sqlite)), postgres: listed_customers!("f2", "q.sent_at", referrals!(postgres)))
            }
            ReferralsAccepted => {
                crate::sql!(sqlite: listed_customers!("f3", "q.answered_at", referrals!(sqlite)), postgres: listed_customers!("f3", "q.answered_at", referrals!(postgres)))
            }
            ReferralsRejected => {
                crate::sql!(sqlite: listed_customers!("f4", "q.answered_at", referrals!(sqlite)), postgres: listed_customers!("f4", "q.answered_at", referrals!(postgres)))
            }
            ReferralsRedFlag => {
                crate::sql!(sqlite: listed_customers!("f5", "q.red_flag_at", referrals!(sqlite)), postgres: listed_customers!("f5", "q.red_flag_at", referrals!(postgres)))
            }
            ReferralsOverdue => {
                crate::sql!(sqlite: listed_customers!("f6", "q.due_at", referrals!(sqlite)), postgres: listed_customers!("f6", "q.due_at", referrals!(postgres)))
            }
            Redeterminations60 => {
                crate::sql!(sqlite: listed_per_customer!("f11", "c.redetermination_date", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(caseload)), postgres: listed!("f11", "q.redetermination_date", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            Redeterminations30 => {
                crate::sql!(sqlite: listed_per_customer!("f12", "c.redetermination_date", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", by_table!(caseload)), postgres: listed!("f12", "q.redetermination_date", "CAST(NULL AS TIMESTAMPTZ)", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            AssessmentsDue => {
                crate::sql!(sqlite: listed_per_customer!("f13", "MAX(q.initial_on)", "CAST(NULL AS TIMESTAMPTZ)", "MAX(q.needs_on)", by_table!(caseload)), postgres: listed!("f13", "q.initial_on", "CAST(NULL AS TIMESTAMPTZ)", "q.needs_on", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            AssessmentsOverdue => {
                crate::sql!(sqlite: listed_per_customer!("f14", "MAX(q.initial_on)", "CAST(NULL AS TIMESTAMPTZ)", "MAX(q.needs_on)", by_table!(caseload)), postgres: listed!("f14", "q.initial_on", "CAST(NULL AS TIMESTAMPTZ)", "q.needs_on", "CAST(NULL AS TEXT)", "CAST(NULL AS BIGINT)", customers!(postgres)))
            }
            OverridesPending => {
                crate::sql!(sqlite: listed!("f1", "CAST(NULL AS DATE)", "q.requested_at", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "q.cost_id", overrides!(sqlite)), postgres: listed!("f1", "CAST(NULL AS DATE)", "q.requested_at", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "q.cost_id", overrides!(postgres)))
            }
            OverridesPast14Days => {
                crate::sql!(sqlite: listed!("f2", "CAST(NULL AS DATE)", "q.requested_at", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "q.cost_id", overrides!(sqlite)), postgres: listed!("f2", "CAST(NULL AS DATE)", "q.requested_at", "CAST(NULL AS DATE)", "CAST(NULL AS TEXT)", "q.cost_id", overrides!(postgres)))
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_counted_in_one_family_once() {
        for &line in Line::ALL {
            let homes = Family::ALL
                .iter()
                .filter(|f| f.lines().contains(&line))
                .count();
            let staffings = matches!(line, Line::StaffingsDue | Line::StaffingsLate);
            assert_eq!(homes, usize::from(!staffings), "{line:?}");
            assert_eq!(line.list().is_none(), staffings, "{line:?}");
        }
        for family in Family::ALL {
            assert!(
                !family.lines().is_empty() && family.lines().len() <= 14,
                "{family:?}"
            );
        }
    }
}
