//! What ISETS holds for the audit (B7, B9): the provider's customers enrolled during the
//! month, with everything the comparison and the checks read, and whom the findings go
//! to.
//!
//! Every question is one set-based statement over the month's enrolled customers (the
//! provider's enrollments open during the month, found through `enrollments_org_idx`),
//! each reaching the customers' rows through their customer index: a fixed number of
//! statements whatever the number of customers or of rows in the PPTT, plus the 4333
//! roster once per program.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};

use crate::args;
use crate::customers::reach::CustomerReach;
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::et_status::EtStatus;
use crate::permissions::Action;
use crate::session::Session;
use crate::values::Month;

/// What the audit is of, checked against the operator's reach.
#[derive(Debug, Clone)]
pub struct Scope {
    pub provider_id: i64,
    pub provider: String,
    /// The program asked for, if one was.
    pub program: Option<(i64, String)>,
    /// The programs audited: the one asked for, or every program of the provider.
    pub programs: Vec<i64>,
    pub month: Month,
    /// The day the checks are judged on: the month's last day, or today when that is
    /// earlier.
    pub as_of: NaiveDate,
    /// The customers the operator reaches (§1).
    reach: CustomerReach,
}

impl Scope {
    /// Checks that the operator may read the reports of `provider` (§1: provider roles
    /// only their own; another provider reads as not found) and that `program`, if
    /// given, is one of its programs.
    pub async fn of(
        session: &Session,
        tx: &mut Tx,
        provider: &str,
        program: Option<i64>,
        month: Month,
    ) -> Result<Scope> {
        let permit = session.permit(Action::Reports)?;
        let org = crate::providers::find(tx, provider).await?;
        if !permit.covers(org.id) {
            return Err(Error::NotFound(format!(
                "provider {:?} not found (see `isets provider list`)",
                provider.trim()
            )));
        }
        let programs: Vec<(i64, String)> = tx
            .fetch_all(
                crate::sql!(
                    "SELECT id, program_type FROM programs WHERE organization_id = $1 ORDER BY id"
                ),
                args![org.id],
            )
            .await?;
        let (program, programs) = match program {
            None => (None, programs.iter().map(|(id, _)| *id).collect()),
            Some(wanted) => match programs.into_iter().find(|(id, _)| *id == wanted) {
                Some(found) => (Some(found), vec![wanted]),
                None => {
                    return Err(Error::NotFound(format!(
                        "program {wanted} of {} not found (see `isets provider programs {:?}`)",
                        org.name, org.name
                    )));
                }
            },
        };
        let reach = crate::customers::reach::of(session, tx, &permit).await?;
        Ok(Scope {
            provider_id: org.id,
            provider: org.name,
            program,
            programs,
            month,
            as_of: month.last().min(session.today()),
            reach,
        })
    }

    /// "Acme Works, program 1 (snap-jp), January 2026" or "Acme Works, all programs, …".
    pub fn describe(&self) -> String {
        let program = match &self.program {
            Some((id, kind)) => format!("program {id} ({kind})"),
            None => "all programs".to_string(),
        };
        format!("{}, {program}, {}", self.provider, self.month.name())
    }

    /// The first moment after the as-of day in Illinois: what happened before it counts.
    fn as_of_end(&self) -> DateTime<Utc> {
        self.as_of
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|t| t.and_local_timezone(crate::clock::ZONE).earliest())
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    /// `$1` provider, `$2` the programs, `$3` and `$4` the month's first and last day:
    /// what [`enrolled_in_month!`] binds.
    fn month_args(&self) -> Vec<Arg> {
        vec![
            Arg::from(self.provider_id),
            Arg::ints(self.programs.iter().copied()),
            Arg::from(self.month.first()),
            Arg::from(self.month.last()),
        ]
    }
}

/// A referral between the provider and IDHS: sent to it, or a reverse referral it sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub id: i64,
    pub status: String,
    /// The Illinois day it was sent.
    pub sent_on: NaiveDate,
    /// Accepted before the end of the as-of day.
    pub accepted: bool,
}

/// An activity of the customer with the provider as its service provider (E6), started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub code: String,
    pub snap_et: bool,
    pub started_on: NaiveDate,
    pub completed_on: Option<NaiveDate>,
}

impl Activity {
    /// Started on or before the month's last day and not completed before its first (B5).
    pub fn in_month(&self, month: Month) -> bool {
        self.started_on <= month.last() && self.completed_on.is_none_or(|c| c >= month.first())
    }

    /// Open at the end of `day`: started by then, and not completed by then.
    pub fn open_on(&self, day: NaiveDate) -> bool {
        self.started_on <= day && self.completed_on.is_none_or(|c| c > day)
    }
}

/// One of the provider's customers enrolled during the month, as ISETS has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub id: i64,
    pub individual_number: String,
    pub case_number: String,
    pub last_name: String,
    pub first_name: String,
    /// Y, N or P (I2), as of the as-of day.
    pub snap_status: String,
    pub redetermination_date: Option<NaiveDate>,
    /// The E&T status at the end of the as-of day (T1).
    pub status: EtStatus,
    /// The newest assessment of either kind completed by the as-of day (A2).
    pub assessed_on: Option<NaiveDate>,
    /// The days of the enrollments open during the month, sorted.
    pub enrolled_on: Vec<NaiveDate>,
    pub referrals: Vec<Referral>,
    pub activities: Vec<Activity>,
    /// Hours a week (hundredths) of each job held on the as-of day (M2).
    pub jobs: Vec<i64>,
    /// On the month's 4333 roster of one of the programs audited (B5).
    pub on_4333: bool,
}

/// The month's enrolled customers of the provider's programs: `$1` provider, `$2` the
/// programs, `$3` and `$4` the month's first and last day.
macro_rules! enrolled_in_month {
    (sqlite) => {
        "SELECT en.customer_id FROM enrollments en WHERE en.organization_id = $1 \
         AND en.program_id IN (SELECT value FROM json_each($2)) \
         AND en.enrolled_on <= $4 AND (en.exited_on IS NULL OR en.exited_on >= $3)"
    };
    (postgres) => {
        "SELECT en.customer_id FROM enrollments en WHERE en.organization_id = $1 \
         AND en.program_id = ANY($2) \
         AND en.enrolled_on <= $4 AND (en.exited_on IS NULL OR en.exited_on >= $3)"
    };
}

/// The customer statement: one row per enrollment open in the month, each with its
/// customer as of the as-of day. `$5` the first moment after the as-of day, `$6` the
/// as-of day, `$7`–`$9` the operator's reach.
macro_rules! customers_statement {
    ($programs:literal, $before:literal, $newest:literal, $reach:expr) => {
        concat!(
            "SELECT c.id, c.individual_number, c.case_number, c.last_name, c.first_name, \
             c.redetermination_date, \
             COALESCE((SELECT h.new_status FROM customer_status_history h WHERE h.customer_id = c.id \
               AND ", $before, "(h.changed_at) ORDER BY ", $newest, " DESC, h.id DESC LIMIT 1), c.snap_status) \
               AS snap_status, \
             COALESCE((SELECT h.new_value FROM et_status_history h WHERE h.customer_id = c.id \
               AND h.field = 'status' AND ", $before, "(h.changed_at) ORDER BY ", $newest, " DESC, h.id DESC LIMIT 1), \
               (SELECT s.status FROM et_statuses s WHERE s.customer_id = c.id AND NOT EXISTS \
                 (SELECT 1 FROM et_status_history x WHERE x.customer_id = c.id AND x.field = 'status')), \
               'not-enrolled') AS status, \
             (SELECT MAX(a.completed_on) FROM assessments a WHERE a.customer_id = c.id \
               AND a.completed_on <= $6) AS assessed_on, \
             en.enrolled_on \
             FROM enrollments en JOIN customers c ON c.id = en.customer_id \
             WHERE en.organization_id = $1 AND ", $programs, " \
             AND en.enrolled_on <= $4 AND (en.exited_on IS NULL OR en.exited_on >= $3) AND ",
            $reach
        )
    };
}

#[derive(sqlx::FromRow)]
struct CustomerRow {
    id: i64,
    individual_number: String,
    case_number: String,
    last_name: String,
    first_name: String,
    redetermination_date: Option<NaiveDate>,
    snap_status: String,
    status: String,
    assessed_on: Option<NaiveDate>,
    enrolled_on: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct ReferralRow {
    customer_id: i64,
    id: i64,
    status: String,
    sent_at: DateTime<Utc>,
    answered_at: Option<DateTime<Utc>>,
}

#[derive(sqlx::FromRow)]
struct ActivityRow {
    customer_id: i64,
    code: String,
    kind: String,
    started_on: NaiveDate,
    completed_on: Option<NaiveDate>,
}

/// The provider's customers enrolled during the month within the operator's reach,
/// keyed by individual number.
pub async fn customers(tx: &mut Tx, scope: &Scope) -> Result<BTreeMap<String, Customer>> {
    let end = scope.as_of_end();
    let mut bound = scope.month_args();
    bound.extend([Arg::from(end), Arg::from(scope.as_of)]);
    bound.extend(scope.reach.args());
    let rows: Vec<CustomerRow> = tx
        .fetch_all(
            crate::sql!(
                // SQLite keeps moments as RFC 3339 text: `julianday` compares them as
                // moments whatever their offset is written as.
                sqlite: customers_statement!(
                    "en.program_id IN (SELECT value FROM json_each($2))",
                    "julianday($5) > julianday",
                    "julianday(h.changed_at)",
                    crate::within_reach!(sqlite, "7", "8", "9")
                ),
                postgres: customers_statement!(
                    "en.program_id = ANY($2)",
                    "$5 > ",
                    "h.changed_at",
                    crate::within_reach!(postgres, "7", "8", "9")
                ),
            ),
            bound,
        )
        .await?;
    let mut customers: BTreeMap<i64, Customer> = BTreeMap::new();
    for row in rows {
        if let Some(known) = customers.get_mut(&row.id) {
            known.enrolled_on.push(row.enrolled_on);
            known.enrolled_on.sort();
            known.enrolled_on.dedup();
            continue;
        }
        let status = row
            .status
            .parse()
            .map_err(|why| Error::Internal(format!("stored E&T status {:?} {why}", row.status)))?;
        customers.insert(
            row.id,
            Customer {
                id: row.id,
                individual_number: row.individual_number,
                case_number: row.case_number,
                last_name: row.last_name,
                first_name: row.first_name,
                snap_status: row.snap_status,
                redetermination_date: row.redetermination_date,
                status,
                assessed_on: row.assessed_on,
                enrolled_on: vec![row.enrolled_on],
                referrals: Vec::new(),
                activities: Vec::new(),
                jobs: Vec::new(),
                on_4333: false,
            },
        );
    }
    let referrals: Vec<ReferralRow> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(
                    "SELECT r.customer_id, r.id, r.status, r.sent_at, r.answered_at FROM referrals r \
                     WHERE ((r.kind <> 'reverse' AND r.to_organization_id = $1) \
                       OR (r.kind = 'reverse' AND r.from_organization_id = $1)) \
                     AND r.customer_id IN (",
                    enrolled_in_month!(sqlite),
                    ") ORDER BY r.id"
                ),
                postgres: concat!(
                    "SELECT r.customer_id, r.id, r.status, r.sent_at, r.answered_at FROM referrals r \
                     WHERE ((r.kind <> 'reverse' AND r.to_organization_id = $1) \
                       OR (r.kind = 'reverse' AND r.from_organization_id = $1)) \
                     AND r.customer_id IN (",
                    enrolled_in_month!(postgres),
                    ") ORDER BY r.id"
                ),
            ),
            scope.month_args(),
        )
        .await?;
    for r in referrals {
        if let Some(c) = customers.get_mut(&r.customer_id) {
            c.referrals.push(Referral {
                id: r.id,
                accepted: r.status == "accepted" && r.answered_at.is_some_and(|at| at < end),
                status: r.status,
                sent_on: crate::clock::illinois_date(r.sent_at),
            });
        }
    }

    let activities: Vec<ActivityRow> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(
                    "SELECT a.customer_id, a.code, a.kind, a.started_on, a.completed_on FROM activities a \
                     WHERE a.organization_id = $1 AND a.started_on IS NOT NULL AND a.customer_id IN (",
                    enrolled_in_month!(sqlite),
                    ") ORDER BY a.id"
                ),
                postgres: concat!(
                    "SELECT a.customer_id, a.code, a.kind, a.started_on, a.completed_on FROM activities a \
                     WHERE a.organization_id = $1 AND a.started_on IS NOT NULL AND a.customer_id IN (",
                    enrolled_in_month!(postgres),
                    ") ORDER BY a.id"
                ),
            ),
            scope.month_args(),
        )
        .await?;
    for a in activities {
        if let Some(c) = customers.get_mut(&a.customer_id) {
            c.activities.push(Activity {
                code: a.code,
                snap_et: a.kind == "snap-et",
                started_on: a.started_on,
                completed_on: a.completed_on,
            });
        }
    }

    let mut bound = scope.month_args();
    bound.push(Arg::from(scope.as_of));
    let jobs: Vec<(i64, i64)> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(
                    "SELECT e.customer_id, e.hours FROM employments e WHERE e.organization_id = $1 \
                     AND e.started_on <= $5 AND (e.ended_on IS NULL OR e.ended_on >= $5) AND e.customer_id IN (",
                    enrolled_in_month!(sqlite),
                    ") ORDER BY e.id"
                ),
                postgres: concat!(
                    "SELECT e.customer_id, e.hours FROM employments e WHERE e.organization_id = $1 \
                     AND e.started_on <= $5 AND (e.ended_on IS NULL OR e.ended_on >= $5) AND e.customer_id IN (",
                    enrolled_in_month!(postgres),
                    ") ORDER BY e.id"
                ),
            ),
            bound,
        )
        .await?;
    for (customer_id, hours) in jobs {
        if let Some(c) = customers.get_mut(&customer_id) {
            c.jobs.push(hours);
        }
    }

    for program in &scope.programs {
        let roster =
            crate::reports::roster::roster_4333(tx, scope.provider_id, *program, scope.month)
                .await?;
        for row in roster {
            if let Some(c) = customers.get_mut(&row.customer_id) {
                c.on_4333 = true;
            }
        }
    }
    Ok(customers
        .into_values()
        .map(|c| (c.individual_number.clone(), c))
        .collect())
}

/// Which of `numbers` (individual numbers the PPTT lists) name a customer within the
/// operator's reach; one outside it reads as absent (§1).
pub async fn known(tx: &mut Tx, scope: &Scope, numbers: &[String]) -> Result<BTreeSet<String>> {
    if numbers.is_empty() {
        return Ok(BTreeSet::new());
    }
    let mut bound = vec![Arg::texts(numbers.iter().cloned())];
    bound.extend(scope.reach.args());
    let found: Vec<(String,)> = tx
        .fetch_all(
            crate::sql!(
                sqlite: concat!(
                    "SELECT c.individual_number FROM customers c \
                     WHERE c.individual_number IN (SELECT value FROM json_each($1)) AND ",
                    crate::within_reach!(sqlite, "2", "3", "4")
                ),
                postgres: concat!(
                    "SELECT c.individual_number FROM customers c WHERE c.individual_number = ANY($1) AND ",
                    crate::within_reach!(postgres, "2", "3", "4")
                ),
            ),
            bound,
        )
        .await?;
    Ok(found.into_iter().map(|(n,)| n).collect())
}

/// Whom the findings go to (B9): the provider's program managers, copied to the
/// provider managers listed on it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Recipient {
    pub role: String,
    pub username: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
}

/// The active program-manager and provider-manager listings on the provider, program
/// managers first, each by name. On PostgreSQL a helper answers for those who read the
/// provider's reports: WFD, billing and provider staff may not read the users table.
pub async fn recipients(tx: &mut Tx, scope: &Scope) -> Result<Vec<Recipient>> {
    let mut found: Vec<Recipient> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT l.role, u.username, u.first_name, u.last_name, u.email FROM listings l \
                    JOIN users u ON u.id = l.user_id WHERE l.organization_id = $1 AND l.removed_at IS NULL \
                    AND l.role IN ('program-manager', 'provider-manager')",
                postgres: "SELECT role, username, first_name, last_name, email FROM isets_audit_recipients($1)",
            ),
            args![scope.provider_id],
        )
        .await?;
    found.sort_by(|a, b| {
        (
            a.role != "program-manager",
            &a.last_name,
            &a.first_name,
            &a.username,
        )
            .cmp(&(
                b.role != "program-manager",
                &b.last_name,
                &b.first_name,
                &b.username,
            ))
    });
    found.dedup();
    Ok(found)
}
