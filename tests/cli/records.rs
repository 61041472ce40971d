//! A month of records written directly in SQL for the reports' tests (the 4333 and the
//! other monthly reports, the PPTT audit): people of an IES extract made customers and
//! assigned, their referrals, enrollments, activities and E&T statuses, as the commands
//! would have left them but on any dates a test needs. The moments a record was entered
//! at are fixed, as no report reads them.

use chrono::{DateTime, NaiveDate, Utc};
use isets::db::Arg;

use crate::roles::customers::programs;
use crate::support::*;

/// When the customers were assigned and the enrollments and activities entered.
const ENTERED: &str = "2025-10-01T15:00:00Z";

/// When every referral was sent.
const SENT: &str = "2025-11-20T15:00:00Z";

pub fn day(s: &str) -> Arg {
    Arg::from(s.parse::<NaiveDate>().expect("date"))
}

pub fn opt_day(s: Option<&str>) -> Arg {
    Arg::Date(s.map(|s| s.parse::<NaiveDate>().expect("date")))
}

pub fn moment(s: &str) -> Arg {
    Arg::from(s.parse::<DateTime<Utc>>().expect("RFC 3339"))
}

/// The providers and their programs 1 (Acme Works, SNAP JP) and 2 (Beta Jobs,
/// Earnfare), and the people of the IES extract `people` made ISETS customers, each
/// assigned to program 1, or 2 for those whose individual number is in `beta`.
pub fn customers_assigned(db: &TestDb, people: &str, beta: &[&str]) {
    db.with_providers();
    programs(db);
    let file = db.home().join("people.csv");
    std::fs::write(&file, people).expect("write the extract");
    let out = db
        .isets_as("admin", &["ies", "import", &file.display().to_string()])
        .output()
        .expect("run");
    assert!(out.status.success(), "ies import: {}", stderr(&out));
    db.exec("UPDATE customers SET in_isets_since = updated_at");
    let each: Vec<Vec<Arg>> = people
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .map(|n| {
            let program: i64 = if beta.contains(&n) { 2 } else { 1 };
            vec![n.into(), program.into(), moment(ENTERED)]
        })
        .collect();
    db.exec_each(
        "INSERT INTO customer_assignments (customer_id, organization_id, program_id, location_id, office, \
         assigned_at, assigned_by) SELECT c.id, p.organization_id, p.id, p.location_id, 'Cook Central FCRC', $3, \
         'admin' FROM customers c, programs p WHERE c.individual_number = $1 AND p.id = $2",
        each,
    );
}

/// A referral of `number` to program `program` (`kind` referral), or a reverse referral
/// from the program's provider (`kind` reverse), sent on 20 November 2025, `status` and
/// answered at `answered`.
pub fn referral(
    db: &TestDb,
    number: &str,
    program: i64,
    kind: &str,
    status: &str,
    answered: Option<&str>,
) {
    let answered_at = Arg::Time(answered.map(|a| a.parse().expect("RFC 3339")));
    db.exec_each(
        "INSERT INTO referrals (customer_id, kind, from_organization_id, to_organization_id, program_id, \
         from_location_id, to_location_id, status, version, sent_at, sent_by, due_at, red_flag_at, expires_at, \
         answered_at, answered_by) SELECT c.id, $3, \
         CASE WHEN $3 = 'reverse' THEN p.organization_id END, CASE WHEN $3 = 'reverse' THEN NULL ELSE p.organization_id END, \
         CASE WHEN $3 = 'reverse' THEN NULL ELSE p.id END, CASE WHEN $3 = 'reverse' THEN p.location_id END, \
         CASE WHEN $3 = 'reverse' THEN NULL ELSE p.location_id END, $4, 1, $5, 'admin', $5, $5, $5, $6, \
         CASE WHEN $4 = 'pending' THEN NULL ELSE 'admin' END \
         FROM customers c, programs p WHERE c.individual_number = $1 AND p.id = $2",
        vec![vec![
            number.into(),
            program.into(),
            kind.into(),
            status.into(),
            moment(SENT),
            answered_at,
        ]],
    );
}

/// An enrollment of `number` in `program` from `enrolled` (exited on `exited`), with its
/// default goal.
pub fn enrollment(db: &TestDb, number: &str, program: i64, enrolled: &str, exited: Option<&str>) {
    db.exec_each(
        "INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, \
         reverified, enrolled_by, enrolled_at, exited_on) SELECT c.id, p.organization_id, p.id, p.location_id, \
         $3, FALSE, 'admin', $4, $5 FROM customers c, programs p WHERE c.individual_number = $1 AND p.id = $2",
        vec![vec![
            number.into(),
            program.into(),
            day(enrolled),
            moment(ENTERED),
            opt_day(exited),
        ]],
    );
    db.exec_each(
        "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
         created_by, created_at, updated_by, updated_at) SELECT e.customer_id, e.organization_id, e.id, \
         'Complete the Program', 'career-plan', 'short', 'not-started', 'admin', e.enrolled_at, 'admin', \
         e.enrolled_at FROM enrollments e JOIN customers c ON c.id = e.customer_id \
         WHERE c.individual_number = $1 AND e.program_id = $2",
        vec![vec![number.into(), program.into()]],
    );
}

/// `number` referred to program 1 (sent on 20 November 2025), accepted on 1 December and
/// enrolled on 5 December.
pub fn accepted_and_enrolled(db: &TestDb, number: &str) {
    referral(
        db,
        number,
        1,
        "referral",
        "accepted",
        Some("2025-12-01T16:00:00Z"),
    );
    enrollment(db, number, 1, "2025-12-05", None);
}

/// An activity `code` of `kind` under `number`'s goal, with `provider` its service
/// provider (E6), started on `started` and completed on `completed`.
pub fn activity(
    db: &TestDb,
    number: &str,
    provider: &str,
    code: &str,
    kind: &str,
    started: &str,
    completed: Option<&str>,
) {
    db.exec_each(
        "INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, status, \
         planned_start, planned_end, started_on, completed_on, created_by, created_at, updated_by, updated_at) \
         SELECT g.customer_id, g.id, g.enrollment_id, o.id, $3, $4, \
         CASE WHEN $6 IS NULL THEN 'started' ELSE 'successful' END, $5, $7, $5, $6, 'admin', $8, 'admin', $8 \
         FROM ep_goals g JOIN customers c ON c.id = g.customer_id, organizations o \
         WHERE c.individual_number = $1 AND o.name = $2",
        vec![vec![
            number.into(),
            provider.into(),
            code.into(),
            kind.into(),
            day(started),
            opt_day(completed),
            day("2026-06-30"),
            moment(ENTERED),
        ]],
    );
}

/// The E&T status changes of `number`, in order (T1), the last one being the status now.
pub fn statuses(db: &TestDb, number: &str, changes: &[(&str, &str)]) {
    let mut from = "pending-activity-start";
    for (to, at) in changes {
        db.exec_each(
            "INSERT INTO et_status_history (customer_id, field, old_value, new_value, cause, changed_by, changed_at) \
             SELECT id, 'status', $2, $3, 'test', 'admin', $4 FROM customers WHERE individual_number = $1",
            vec![vec![number.into(), from.into(), (*to).into(), moment(at)]],
        );
        from = to;
    }
    db.exec_each(
        "INSERT INTO et_statuses (customer_id, status, since, updated_by) SELECT id, $2, $3, 'admin' \
         FROM customers WHERE individual_number = $1",
        vec![vec![
            number.into(),
            from.into(),
            moment(changes.last().map_or(ENTERED, |c| c.1)),
        ]],
    );
}
