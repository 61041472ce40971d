//! The dashboard (DOMAIN.md §14, D1–D4) through the binary: the counts of each
//! operator's providers as table, JSON and CSV, every `--list`, each count's edge with a
//! case on either side (the fiscal year's first moment, 48 business hours and a
//! provider's 10 business days counted on the calendar, 60 and 30 days, an assessment's
//! due-soon window and 12 months, 30 days after enrollment, the 30-day contact, 14 days
//! pending), a count and its list agreeing with each other and with the lists of
//! `referral list`, `override list` and `employment due`, the scope of each role, red
//! flags in red only where colour is on, and nothing written.

use serde_json::Value;

use crate::both;
use crate::roles::customers::programs;
use crate::support::*;

const ACME: &str = "(SELECT id FROM organizations WHERE name = 'Acme Works')";
const BETA: &str = "(SELECT id FROM organizations WHERE name = 'Beta Jobs')";

/// The people of the fixture: Acme Works' customers 1–6, Beta Jobs' 11.
const EXTRACT: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date\n\
100000001,C-1,Able,Ann,1990-01-01,1111,,,,,,Cook,Y,2026-05-01,\n\
100000002,C-2,Baker,Bo,1990-01-02,2222,,,,,,Cook,Y,2026-05-02,\n\
100000003,C-3,Cole,Cy,1990-01-03,3333,,,,,,Cook,Y,2026-03-31,\n\
100000004,C-4,Dunn,Di,1990-01-04,4444,,,,,,Cook,Y,2026-04-01,\n\
100000005,C-5,Eady,Ed,1990-01-05,5555,,,,,,Cook,Y,2026-03-01,\n\
100000006,C-6,Fox,Flo,1990-01-06,6666,,,,,,Cook,Y,2026-03-10,\n\
100000011,C-11,Gray,Gus,1990-01-11,1212,,,,,,Lake,Y,2026-03-05,\n";

fn sql(db: &TestDb, text: String) {
    db.exec(Box::leak(text.into_boxed_str()));
}

fn ok(db: &TestDb, args: &[&str]) {
    let out = db.isets(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

fn org(name: &str) -> &'static str {
    if name == "Acme Works" { ACME } else { BETA }
}

fn customer(number: &str) -> String {
    format!("(SELECT id FROM customers WHERE individual_number = '{number}')")
}

/// Enrolls `number` with `provider`'s program on `on` (exited on `exited`), with a goal.
fn enroll(db: &TestDb, number: &str, provider: &str, on: &str, exited: Option<&str>) {
    let exited = exited.map_or("NULL".to_string(), |d| format!("'{d}'"));
    sql(
        db,
        format!(
            "INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, reverified, \
         enrolled_by, enrolled_at, exited_on) SELECT c.id, p.organization_id, p.id, p.location_id, '{on}', FALSE, \
         'admin', '{on}T15:00:00+00:00', {exited} FROM customers c, programs p \
         WHERE c.individual_number = '{number}' AND p.organization_id = {}",
            org(provider)
        ),
    );
    sql(
        db,
        format!(
            "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
         created_by, created_at, updated_by, updated_at) SELECT e.customer_id, e.organization_id, e.id, \
         'Complete the Program', 'career-plan', 'short', 'not-started', 'admin', '{on}T15:00:00+00:00', 'admin', \
         '{on}T15:00:00+00:00' FROM enrollments e WHERE e.customer_id = {} AND e.organization_id = {}",
            customer(number),
            org(provider)
        ),
    );
}

/// A `kind` activity `code` of `provider` for `number`, started on `started` and, when
/// `completed`, closed successfully then.
fn activity(
    db: &TestDb,
    number: &str,
    provider: &str,
    code: &str,
    started: &str,
    completed: Option<&str>,
) {
    let kind = if code == "E" { "other" } else { "snap-et" };
    let (status, completed) = match completed {
        Some(d) => ("successful", format!("'{d}'")),
        None => ("started", "NULL".to_string()),
    };
    sql(
        db,
        format!(
            "INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, status, \
         planned_start, planned_end, started_on, completed_on, created_by, created_at, updated_by, updated_at) \
         SELECT g.customer_id, g.id, g.enrollment_id, g.organization_id, '{code}', '{kind}', '{status}', '{started}', \
         '2026-06-30', '{started}', {completed}, 'admin', '{started}T15:00:00+00:00', 'admin', \
         '{started}T15:00:00+00:00' FROM ep_goals g WHERE g.customer_id = {} AND g.organization_id = {}",
            customer(number),
            org(provider)
        ),
    );
}

fn note(db: &TestDb, number: &str, provider: &str, at: &str) {
    sql(
        db,
        format!(
            "INSERT INTO customer_notes (customer_id, organization_id, subject, message, written_by, written_at) \
         VALUES ({}, {}, 'Retention contact', 'Called', 'admin', '{at}')",
            customer(number),
            org(provider)
        ),
    );
}

fn assessment(db: &TestDb, number: &str, kind: &str, completed: &str) {
    sql(
        db,
        format!(
            "INSERT INTO assessments (customer_id, organization_id, kind, completed_on, entered_by, entered_at) \
         VALUES ({}, NULL, '{kind}', '{completed}', 'admin', '{completed}T15:00:00+00:00')",
            customer(number)
        ),
    );
}

fn employment(db: &TestDb, number: &str, started: &str, ended: Option<&str>) {
    let ended = ended.map_or("NULL".to_string(), |d| format!("'{d}'"));
    sql(
        db,
        format!(
            "INSERT INTO employments (customer_id, organization_id, enrollment_id, activity_id, employer, industry, soc, \
         occupation, job_title, started_on, ended_on, wage, hours, full_time, created_by, created_at, updated_by, \
         updated_at) VALUES ({}, {ACME}, NULL, NULL, 'Acme Tools', NULL, '49-9071', NULL, 'Worker', '{started}', \
         {ended}, 1750, 2550, FALSE, 'admin', '{started}T15:00:00+00:00', 'admin', '{started}T15:00:00+00:00')",
            customer(number)
        ),
    );
}

fn credential(db: &TestDb, number: &str, earned: &str, recognized: bool, removed: bool) {
    let (by, at) = if removed {
        ("'admin'", "'2026-01-10T15:00:00+00:00'")
    } else {
        ("NULL", "NULL")
    };
    sql(
        db,
        format!(
            "INSERT INTO credentials (customer_id, organization_id, activity_id, title, institution, earned_on, \
         credential_type, source, soc, occupation, cip, industry_recognized, added_by, added_at, removed_by, \
         removed_at) VALUES ({}, {ACME}, NULL, 'CDL', 'Truck School', '{earned}', 'license', 'Training', '53-3032', \
         'Truck Drivers', '49.0205', {recognized}, 'admin', '{earned}T15:00:00+00:00', {by}, {at})",
            customer(number)
        ),
    );
}

/// A Books cost of `number` with `provider` and its override, requested at `at`,
/// pending or accepted.
fn cost_override(db: &TestDb, number: &str, provider: &str, at: &str, accepted: bool) {
    sql(
        db,
        format!(
            "INSERT INTO support_services (customer_id, goal_id, enrollment_id, organization_id, category, status, \
         planned_start, planned_end, started_on, completed_on, created_by, created_at, updated_by, updated_at) \
         SELECT g.customer_id, g.id, g.enrollment_id, g.organization_id, 'BOOKS', 'started', '2025-11-03', \
         '2026-06-30', '2025-11-03', NULL, 'admin', '2025-11-03T15:00:00+00:00', 'admin', '2025-11-03T15:00:00+00:00' \
         FROM ep_goals g WHERE g.customer_id = {} AND g.organization_id = {}",
            customer(number),
            org(provider)
        ),
    );
    sql(db, "INSERT INTO service_costs (service_id, customer_id, organization_id, category, fiscal_year, method, \
         description, unit_amount, quantity, total, paid_on, issued_on, state, document_id, created_by, created_at, \
         updated_by, updated_at) SELECT s.id, s.customer_id, s.organization_id, 'BOOKS', 2026, 'gift-card', 'Books', \
         1000, 1, 1000, '2026-01-05', NULL, 'pending', NULL, 'admin', '2026-01-05T15:00:00+00:00', 'admin', \
         '2026-01-05T15:00:00+00:00' FROM support_services s WHERE s.id = (SELECT MAX(id) FROM support_services)".to_string());
    let (status, by, answered) = if accepted {
        ("accepted", "'acmepm'", "'2026-02-20T15:00:00+00:00'")
    } else {
        ("pending", "NULL", "NULL")
    };
    sql(
        db,
        format!(
            "INSERT INTO cost_overrides (cost_id, customer_id, organization_id, reason, total_before, maximum, status, \
         requested_by, requested_at, answered_by, answered_at, answer) SELECT k.id, k.customer_id, k.organization_id, \
         'Over the maximum', 100000, 100000, '{status}', 'admin', '{at}', {by}, {answered}, NULL FROM service_costs k \
         WHERE k.id = (SELECT MAX(id) FROM service_costs)"
        ),
    );
}

/// A referral of `number` from `from` to `to` (`None`: IDHS) sent at `sent`, with its
/// stored red flag and deadline, in `status`, answered at `answered`.
#[allow(clippy::too_many_arguments)]
fn referral(
    db: &TestDb,
    number: &str,
    from: Option<&str>,
    to: Option<&str>,
    sent: &str,
    red_flag: &str,
    due: &str,
    status: &str,
    answered: Option<&str>,
) {
    let kind = match (from, to) {
        (None, _) => "referral",
        (_, None) => "reverse",
        _ => "provider",
    };
    let side = |p: Option<&str>, what: &str| match p {
        None => "NULL".to_string(),
        Some(p) => format!(
            "(SELECT {what} FROM programs WHERE organization_id = {})",
            org(p)
        ),
    };
    let answered = answered.map_or("NULL, NULL".to_string(), |a| format!("'{a}', 'staff'"));
    sql(
        db,
        format!(
            "INSERT INTO referrals (customer_id, kind, from_organization_id, to_organization_id, program_id, \
         from_location_id, to_location_id, status, version, sent_at, sent_by, due_at, red_flag_at, expires_at, \
         answered_at, answered_by) VALUES ({}, '{kind}', {}, {}, {}, {}, {}, '{status}', 1, '{sent}', 'admin', \
         '{due}', '{red_flag}', '2026-12-31T00:00:00+00:00', {answered})",
            customer(number),
            side(from, "organization_id"),
            side(to, "organization_id"),
            side(to, "id"),
            side(from, "location_id"),
            side(to, "location_id"),
        ),
    );
}

/// The fixture, judged at [`NOW`] (2026-03-02 09:04:05 in Illinois, FY26 from
/// 2025-07-01): Acme Works with two contracts in force (goals summed) and one ended, Beta
/// Jobs with one; their customers and staff, and on each side of every edge a case in
/// and a case out (the comments say which).
fn fixture(db: &TestDb) {
    db.with_providers();
    programs(db);
    ok(
        db,
        &[
            "provider",
            "amend-contract",
            "FCSACME1",
            "--goal",
            "active=80",
            "--goal",
            "retained-90-days=20",
            "--goal",
            "credentials=10",
            "--goal",
            "completed-activity=30",
            "--goal",
            "exits=25",
        ],
    );
    ok(
        db,
        &[
            "provider",
            "add-contract",
            "Acme Works",
            "--number",
            "FCSACME2",
            "--program",
            "earnfare",
            "--start",
            "2025-07-01",
            "--end",
            "2026-06-30",
            "--amount",
            "1000",
            "--goal",
            "enrolled=20",
        ],
    );
    ok(
        db,
        &[
            "provider",
            "add-contract",
            "Acme Works",
            "--number",
            "FCSACME0",
            "--program",
            "snap-jp",
            "--start",
            "2023-07-01",
            "--end",
            "2024-06-30",
            "--amount",
            "1000",
            "--goal",
            "exits=99",
        ],
    );
    for (user, org, role) in [
        ("acmestaff", "Acme Works", "provider-staff"),
        ("acmepm", "Acme Works", "provider-manager"),
        ("betapm", "Beta Jobs", "program-manager"),
        ("bill1", "IDHS", "billing"),
        ("wfd1", "IDHS", "wfd"),
    ] {
        db.add_user(user, org, role);
    }
    let file = db.home().join("extract.csv");
    std::fs::write(&file, EXTRACT).expect("write the extract");
    ok(db, &["ies", "import", &file.display().to_string()]);
    sql(
        db,
        "UPDATE customers SET in_isets_since = '2025-06-01T15:00:00+00:00'".to_string(),
    );
    for (numbers, provider, office) in [
        (
            "'100000001', '100000002', '100000003', '100000004', '100000005', '100000006'",
            ACME,
            "Cook Central FCRC",
        ),
        ("'100000011'", BETA, "Lake FCRC"),
    ] {
        sql(
            db,
            format!(
                "INSERT INTO customer_assignments (customer_id, organization_id, program_id, location_id, office, \
             assigned_at, assigned_by) SELECT c.id, p.organization_id, p.id, p.location_id, '{office}', \
             '2025-06-01T15:00:00+00:00', 'admin' FROM customers c, programs p \
             WHERE c.individual_number IN ({numbers}) AND p.organization_id = {provider}"
            ),
        );
    }
    // D1 enrolled: Cole on the year's first day (in), Dunn the day before (out); A3:
    // Able enrolled 31 days ago (late), Baker 30 (missing, not late). Fox exited (X1):
    // out of the caseload (D3) and an exit of the year (D1).
    enroll(db, "100000001", "Acme Works", "2026-01-30", None);
    enroll(db, "100000002", "Acme Works", "2026-01-31", None);
    enroll(db, "100000003", "Acme Works", "2025-07-01", None);
    enroll(db, "100000004", "Acme Works", "2025-06-30", None);
    enroll(
        db,
        "100000006",
        "Acme Works",
        "2025-06-01",
        Some("2025-12-01"),
    );
    enroll(db, "100000011", "Beta Jobs", "2025-10-01", None);
    // D4, B1, B8: Beta's staffings from its first enrollment (October): October billed,
    // November sent back by billing, December submitted (its approval late since 20
    // January), January open (its provider part late since 15 February), February never
    // opened (due 15 March). Acme's, from June, were never opened: nine due, eight late.
    for (month, state, approved) in [
        ("2025-10-01", "billed", true),
        ("2025-11-01", "changes-requested", true),
        ("2025-12-01", "submitted", false),
        ("2026-01-01", "open", false),
    ] {
        let (by, at) = if approved {
            ("'betapm'", "'2026-01-05T15:00:00+00:00'")
        } else {
            ("NULL", "NULL")
        };
        let billed = if state == "billed" {
            "'2026-01-06T15:00:00+00:00'"
        } else {
            "NULL"
        };
        sql(
            db,
            format!(
                "INSERT INTO staffings (organization_id, program_id, month, state, approved_by, approved_at, billed_by, \
             billed_at, updated_by, updated_at) SELECT p.organization_id, p.id, '{month}', '{state}', {by}, {at}, \
             CASE WHEN {billed} IS NULL THEN NULL ELSE 'bill1' END, {billed}, 'admin', '2026-01-06T15:00:00+00:00' \
             FROM programs p WHERE p.organization_id = {BETA}"
            ),
        );
    }
    sql(
        db,
        format!(
            "INSERT INTO exits (enrollment_id, customer_id, organization_id, program_id, status, reason, exited_on, \
         skill_gain, exited_by, exited_at, unexited_by, unexited_at, unexit_employment_id) SELECT e.id, \
         e.customer_id, e.organization_id, e.program_id, 'successful', NULL, '2025-12-01', NULL, 'admin', \
         '2025-12-01T15:00:00+00:00', NULL, NULL, NULL FROM enrollments e WHERE e.customer_id = {}",
            customer("100000006")
        ),
    );
    // D1 active and completed: Cole's SJS in the year; Dunn's closed the day before it.
    activity(
        db,
        "100000003",
        "Acme Works",
        "SJS",
        "2025-08-01",
        Some("2025-12-15"),
    );
    activity(
        db,
        "100000004",
        "Acme Works",
        "SJS",
        "2025-06-30",
        Some("2025-06-30"),
    );
    // M5: Job Retention. Able's last Acme note is 1 February at midnight in Illinois
    // (not due until 3 March); Baker's one second earlier, 31 January (due today);
    // Cole's started 30 days ago (due today), with only another provider's note; Dunn's
    // 29 days ago (not due).
    activity(db, "100000001", "Acme Works", "JR", "2025-12-01", None);
    activity(db, "100000002", "Acme Works", "JR", "2025-12-01", None);
    activity(db, "100000003", "Acme Works", "JR", "2026-01-31", None);
    activity(db, "100000004", "Acme Works", "JR", "2026-02-01", None);
    note(db, "100000001", "Acme Works", "2026-02-01T06:00:00+00:00");
    note(db, "100000002", "Acme Works", "2026-02-01T05:59:59+00:00");
    note(db, "100000003", "Beta Jobs", "2026-02-20T15:00:00+00:00");
    // A2 (30 days' due-soon window): Able's Initial Screening is 12 months old today
    // (overdue), Baker's a day younger (due soon); Cole's due in 30 days (due soon),
    // Dunn's in 31 (not). Cole and Dunn have a Needs Assessment; Gray, at Beta, none.
    assessment(db, "100000001", "initial", "2025-03-02");
    assessment(db, "100000002", "initial", "2025-03-03");
    assessment(db, "100000003", "initial", "2025-04-01");
    assessment(db, "100000003", "needs", "2025-04-02");
    assessment(db, "100000004", "initial", "2025-04-02");
    assessment(db, "100000004", "needs", "2025-04-02");
    assessment(db, "100000011", "initial", "2025-09-01");
    // D1 employed: Able and Baker this year, Dunn the day before it. Retained 90 days:
    // Able's reached today, Baker's tomorrow; Dunn's in September.
    employment(db, "100000001", "2025-12-02", None);
    employment(db, "100000002", "2025-12-03", None);
    employment(db, "100000004", "2025-06-30", None);
    // C1: only industry-recognized credentials not removed count.
    credential(db, "100000003", "2025-07-01", true, false);
    credential(db, "100000003", "2025-09-01", false, false);
    credential(db, "100000005", "2025-09-01", true, true);
    // V6: pending 15 days (flagged), 14 days from Illinois midnight (not), 15 days by a
    // second before it (flagged), and an accepted one; Beta's since January.
    cost_override(
        db,
        "100000001",
        "Acme Works",
        "2026-02-15T18:00:00+00:00",
        false,
    );
    cost_override(
        db,
        "100000001",
        "Acme Works",
        "2026-02-16T06:00:00+00:00",
        false,
    );
    cost_override(
        db,
        "100000001",
        "Acme Works",
        "2026-02-16T05:59:59+00:00",
        false,
    );
    cost_override(
        db,
        "100000001",
        "Acme Works",
        "2026-02-10T15:00:00+00:00",
        true,
    );
    cost_override(
        db,
        "100000011",
        "Beta Jobs",
        "2026-01-02T15:00:00+00:00",
        false,
    );
    // D2: the red flags and deadlines as `referral send` stores them (F5; the edges of
    // their counting are tested below through the binary).
    let acme = Some("Acme Works");
    // Red flag and overdue now, at their very moment.
    referral(
        db,
        "100000001",
        None,
        acme,
        "2026-02-13T15:04:05+00:00",
        "2026-02-18T15:04:05+00:00",
        "2026-03-02T15:04:05+00:00",
        "pending",
        None,
    );
    // A red flag at this moment, not overdue; and one sent a second later, neither.
    referral(
        db,
        "100000002",
        None,
        acme,
        "2026-02-26T15:04:05+00:00",
        "2026-03-02T15:04:05+00:00",
        "2026-03-12T15:04:05+00:00",
        "pending",
        None,
    );
    referral(
        db,
        "100000003",
        None,
        acme,
        "2026-02-26T15:04:06+00:00",
        "2026-03-02T15:04:06+00:00",
        "2026-03-12T15:04:06+00:00",
        "pending",
        None,
    );
    // Sent by Acme, accepted by IDHS: Acme's sent, not its accepted.
    referral(
        db,
        "100000004",
        acme,
        None,
        "2026-02-20T16:00:00+00:00",
        "2026-02-24T16:00:00+00:00",
        "2026-02-24T16:00:00+00:00",
        "accepted",
        Some("2026-02-23T16:00:00+00:00"),
    );
    // Sent last year, accepted this year.
    referral(
        db,
        "100000005",
        None,
        acme,
        "2025-06-30T17:00:00+00:00",
        "2025-07-02T17:00:00+00:00",
        "2025-07-15T17:00:00+00:00",
        "accepted",
        Some("2025-07-02T15:00:00+00:00"),
    );
    // Acme → Beta, pending: a red flag and overdue on both sides.
    referral(
        db,
        "100000011",
        acme,
        Some("Beta Jobs"),
        "2026-02-02T15:00:00+00:00",
        "2026-02-04T15:00:00+00:00",
        "2026-02-17T15:00:00+00:00",
        "pending",
        None,
    );
    referral(
        db,
        "100000006",
        None,
        acme,
        "2025-11-03T15:00:00+00:00",
        "2025-11-05T15:00:00+00:00",
        "2025-11-17T15:00:00+00:00",
        "rejected",
        Some("2025-11-04T15:00:00+00:00"),
    );
    // The fiscal year's first moment in Illinois: a second before it (out), at it (in).
    referral(
        db,
        "100000004",
        None,
        acme,
        "2025-07-01T04:59:59+00:00",
        "2025-07-03T04:59:59+00:00",
        "2025-07-16T04:59:59+00:00",
        "expired",
        None,
    );
    referral(
        db,
        "100000005",
        None,
        acme,
        "2025-07-01T05:00:00+00:00",
        "2025-07-03T05:00:00+00:00",
        "2025-07-16T05:00:00+00:00",
        "expired",
        None,
    );
}

/// The JSON of `isets ARGS --format json` as `user`.
fn json_of(db: &TestDb, user: &str, args: &[&str]) -> Value {
    let mut full = args.to_vec();
    full.extend(["--format", "json"]);
    let out = db.isets_as(user, &full).output().expect("run");
    assert!(out.status.success(), "{full:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("json")
}

/// Every count of the dashboard `user` sees: (line, provider, count).
fn counts(db: &TestDb, user: &str) -> Vec<(String, String, Option<i64>)> {
    let v = json_of(db, user, &["dashboard"]);
    v["counts"]
        .as_array()
        .expect("counts")
        .iter()
        .map(|c| {
            (
                c["line"].as_str().unwrap_or_default().to_string(),
                c["provider"].as_str().unwrap_or_default().to_string(),
                c["count"].as_i64(),
            )
        })
        .collect()
}

fn count_of(counts: &[(String, String, Option<i64>)], line: &str, provider: &str) -> Option<i64> {
    counts
        .iter()
        .find(|(l, p, _)| l == line && p == provider)
        .and_then(|(_, _, n)| *n)
}

/// The lines every operator of the fixture may list.
const LINES: [&str; 24] = [
    "goal-enrolled",
    "goal-active",
    "goal-employed",
    "goal-retained-90-days",
    "goal-credentials",
    "goal-completed-activity",
    "goal-exits",
    "referrals-sent",
    "referrals-received",
    "referrals-accepted",
    "referrals-rejected",
    "referrals-red-flag",
    "referrals-overdue",
    "redeterminations-60",
    "redeterminations-30",
    "assessments-due",
    "assessments-overdue",
    "needs-assessment-missing",
    "needs-assessment-late",
    "retention-contact",
    "overrides-pending",
    "overrides-past-14-days",
    "staffings-due",
    "staffings-late",
];

both! {
    fn d1_d4_each_operator_sees_the_counts_of_their_providers(db) {
        fixture(db);
        let audit = db.count("SELECT COUNT(*) FROM audit_log");
        let text = transcript(db, &[
            ("admin", vec!["dashboard"]),
            ("admin", vec!["dashboard", "--provider", "beta jobs", "--format", "json"]),
            ("admin", vec!["dashboard", "--format", "csv"]),
            // A provider's own staff: their provider alone; another reads as not found.
            ("acmestaff", vec!["dashboard"]),
            ("acmestaff", vec!["dashboard", "--provider", "Beta Jobs"]),
            ("betapm", vec!["dashboard"]),
            // Billing reads reports but not assessments or case notes (§1).
            ("bill1", vec!["dashboard", "--provider", "Acme Works"]),
            // A2: a wider due-soon window counts Dunn's Initial Screening too.
            ("acmepm", vec!["dashboard", "--due-soon-days", "31", "--format", "csv"]),
            ("admin", vec!["dashboard", "--provider", "Nobody"]),
            ("admin", vec!["dashboard", "--provider", "IDHS"]),
        ]);
        snapshot_of("dashboard_d1_d4", &text);
        // A read: nothing audited.
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), audit);
    }

    fn d1_d4_the_list_behind_every_count(db) {
        fixture(db);
        let mut steps: Vec<(&str, Vec<&str>)> = LINES
            .iter()
            .map(|line| ("admin", vec!["dashboard", "--list", *line]))
            .collect();
        steps.push(("acmestaff", vec!["dashboard", "--list", "referrals-red-flag", "--format", "json"]));
        steps.push(("betapm", vec!["dashboard", "--list", "referrals-red-flag", "--format", "csv"]));
        steps.push(("acmestaff", vec!["dashboard", "--list", "overrides-pending", "--provider", "Beta Jobs"]));
        // Billing may not list what is counted from assessments or case notes.
        steps.push(("bill1", vec!["dashboard", "--list", "assessments-due"]));
        steps.push(("bill1", vec!["dashboard", "--list", "retention-contact"]));
        steps.push(("admin", vec!["dashboard", "--list", "no-such-line"]));
        let text = transcript(db, &steps);
        snapshot_of("dashboard_lists", &text);
    }

    // Each count is the number of rows of its list, for every provider and operator;
    // and the lines kept elsewhere agree with the commands that list them.
    fn d1_d4_a_count_and_its_list_never_disagree(db) {
        fixture(db);
        for user in ["admin", "acmestaff", "acmepm", "betapm", "wfd1", "bill1"] {
            let counts = counts(db, user);
            assert!(!counts.is_empty(), "{user}");
            for line in LINES {
                let shown: Vec<&(String, String, Option<i64>)> = counts.iter().filter(|(l, _, _)| l == line).collect();
                let out = db.isets_as(user, &["dashboard", "--list", line, "--format", "json"]).output().expect("run");
                if shown.iter().all(|(_, _, n)| n.is_none()) && !shown.is_empty() {
                    // Not counted for this operator: not listed either (§1).
                    assert_eq!(out.status.code(), Some(7), "{user} {line}: {}", stderr(&out));
                    continue;
                }
                assert!(out.status.success(), "{user} {line}: {}", stderr(&out));
                let rows: Value = serde_json::from_str(&stdout(&out)).expect("json");
                let providers = column(&rows, "provider");
                for (_, provider, n) in &shown {
                    let listed = providers.iter().filter(|p| p == &provider).count() as i64;
                    assert_eq!(Some(listed), *n, "{user}: {line} of {provider}");
                }
                // Nothing is listed for a provider the dashboard does not count.
                assert!(
                    providers.iter().all(|p| shown.iter().any(|(_, q, _)| q == p)) || line.starts_with("goal-"),
                    "{user}: {line} lists {providers:?}"
                );
            }
        }
        let admin = counts(db, "admin");
        // D2: `referral list` gives the same red flags and overdue referrals (F5, F8).
        for (flag, line) in [("--red-flag", "referrals-red-flag"), ("--overdue", "referrals-overdue")] {
            for provider in ["Acme Works", "Beta Jobs"] {
                let listed = json_of(db, "admin", &["referral", "list", flag, "--provider", provider]);
                let n = listed.as_array().map_or(0, Vec::len) as i64;
                assert_eq!(count_of(&admin, line, provider), Some(n), "{flag} {provider}");
            }
        }
        // V6: `override list --pending`, and its flags.
        for provider in ["Acme Works", "Beta Jobs"] {
            let listed = json_of(db, "admin", &["override", "list", "--pending", "--provider", provider]);
            let rows = listed.as_array().cloned().unwrap_or_default();
            assert_eq!(count_of(&admin, "overrides-pending", provider), Some(rows.len() as i64));
            let flagged = rows.iter().filter(|r| r["flagged"] == Value::Bool(true)).count() as i64;
            assert_eq!(count_of(&admin, "overrides-past-14-days", provider), Some(flagged));
        }
        // M5: `employment due --contact` lists the same customers.
        let due = json_of(db, "admin", &["employment", "due", "--contact"]);
        let mut due = column(&due, "customer");
        due.sort();
        let listed = json_of(db, "admin", &["dashboard", "--list", "retention-contact"]);
        assert_eq!(column(&listed, "customer"), due);
    }

    // F5, F7, D2: the red flag and the deadline counted on the business-day calendar
    // by `referral send`, each on either side of its moment: sent on Friday 13 February
    // 2026, 48 business hours skip Presidents' Day (Monday the 16th) to Wednesday the
    // 18th; a provider's 10 business days end on Monday 2 March.
    fn d2_f5_red_flag_and_overdue_at_their_moments(db) {
        db.with_providers();
        programs(db);
        db.add_user("wfd1", "IDHS", "wfd");
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let file = db.home().join("extract.csv");
        std::fs::write(&file, EXTRACT).expect("write the extract");
        ok(db, &["ies", "import", &file.display().to_string()]);
        sql(db, "UPDATE customers SET in_isets_since = '2025-06-01T15:00:00+00:00'".to_string());
        ok(db, &["assessment", "add", "100000001", "--initial", "--completed-on", "2026-02-02",
            "--availability", "full-time", "--education", "high-school"]);
        let sent = "2026-02-13T15:04:05Z";
        let out = db.isets_at("wfd1", sent, &["referral", "send", "100000001", "--to", "Acme Works", "--program", "1",
            "--consent-attested", "--receives-snap", "yes", "--eligible", "yes"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let mut steps: Vec<(&str, &str, Vec<&str>)> = Vec::new();
        for now in ["2026-02-18T15:04:04Z", "2026-02-18T15:04:05Z", "2026-03-02T15:04:04Z", "2026-03-02T15:04:05Z"] {
            steps.push(("acmestaff", now, vec!["dashboard", "--format", "csv"]));
        }
        steps.push(("acmestaff", "2026-03-02T15:04:05Z", vec!["dashboard", "--list", "referrals-overdue"]));
        let text = transcript_at(db, &steps);
        let csv: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("referrals,referrals-red-flag,") || l.starts_with("referrals,referrals-overdue,"))
            .collect();
        assert_eq!(csv, [
            "referrals,referrals-red-flag,\"D2, F5\",Acme Works,[],,0,true",
            "referrals,referrals-overdue,\"D2, F5\",Acme Works,[],,0,true",
            "referrals,referrals-red-flag,\"D2, F5\",Acme Works,[],,1,true",
            "referrals,referrals-overdue,\"D2, F5\",Acme Works,[],,0,true",
            "referrals,referrals-red-flag,\"D2, F5\",Acme Works,[],,1,true",
            "referrals,referrals-overdue,\"D2, F5\",Acme Works,[],,0,true",
            "referrals,referrals-red-flag,\"D2, F5\",Acme Works,[],,1,true",
            "referrals,referrals-overdue,\"D2, F5\",Acme Works,[],,1,true",
        ], "{text}");
        snapshot_of("dashboard_f5_moments", &text);
    }

    // D4, B1, B8: a staffing leaves the provider's "due" as it goes through its steps,
    // and stays due after billing sends it back; the count is its list's length.
    fn d4_staffings_due_follow_the_staffing_steps(db) {
        fixture(db);
        let program: &'static str = Box::leak(
            db.count(Box::leak(format!("SELECT id FROM programs WHERE organization_id = {BETA}").into_boxed_str()))
                .to_string()
                .into_boxed_str(),
        );
        let due = |db: &TestDb| {
            let c = counts(db, "betapm");
            (count_of(&c, "staffings-due", "Beta Jobs"), count_of(&c, "staffings-late", "Beta Jobs"))
        };
        assert_eq!(due(db), (Some(4), Some(2)));
        let at = |month: &'static str| -> Vec<&'static str> {
            vec!["--provider", "Beta Jobs", "--program", program, "--month", month]
        };
        let mut steps: Vec<(&str, Vec<&str>)> = vec![("betapm", vec!["dashboard", "--list", "staffings-due"])];
        // February's provider part, on time: now waiting for the approval.
        steps.push(("admin", [vec!["staffing", "submit"], at("2026-02")].concat()));
        // December's approval, late: no longer the provider's.
        steps.push(("admin", [vec!["staffing", "approve"], at("2025-12")].concat()));
        steps.push(("betapm", vec!["dashboard", "--list", "staffings-due"]));
        steps.push(("betapm", vec!["dashboard", "--list", "staffings-late", "--format", "csv"]));
        let text = transcript(db, &steps);
        snapshot_of("dashboard_staffings_due", &text);
        assert_eq!(due(db), (Some(3), Some(1)));
        // Acme's are not Beta's, nor shown to Beta.
        let acme = counts(db, "acmepm");
        assert_eq!((count_of(&acme, "staffings-due", "Acme Works"), count_of(&acme, "staffings-late", "Acme Works")), (Some(9), Some(8)));
    }

    // Red flags above zero are red where colour is on (`--color always`), and nowhere
    // else; piped with `--color auto` nothing is coloured.
    fn d1_d4_red_flags_in_red_on_colour_only(db) {
        fixture(db);
        let mut piped = db.isets_as("acmestaff", &["dashboard"]);
        piped.env_remove("NO_COLOR");
        let plain = piped.output().expect("run");
        assert!(!stdout(&plain).contains('\u{1b}'), "{}", stdout(&plain));
        let mut no_color = db.isets_as("acmestaff", &["dashboard", "--color", "always"]);
        no_color.env("NO_COLOR", "1");
        assert!(!stdout(&no_color.output().expect("run")).contains('\u{1b}'));
        let mut cmd = db.isets_as("acmestaff", &["dashboard", "--color", "always"]);
        cmd.env_remove("NO_COLOR");
        let out = cmd.output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        // comfy-table's red (colour 9 of 256) and bold, then the value, then a reset.
        let red: Vec<String> = text
            .split("\u{1b}[38;5;9m")
            .skip(1)
            .map(|part| {
                let part = part.strip_prefix("\u{1b}[1m").unwrap_or(part);
                part.chars().take_while(|c| *c != '\u{1b}').collect::<String>().trim().to_string()
            })
            .collect();
        // Acme's red flags: 3 referrals, 2 overdue, 1 redetermination, 1 overdue
        // assessment, 1 late Needs Assessment, 2 overrides past 14 days, 8 late
        // staffings; nothing else.
        assert_eq!(red, ["3", "2", "1", "1", "1", "2", "8"], "{text:?}");
        assert_eq!(text.matches("\u{1b}[38;5;9m").count(), 7, "{text:?}");
    }
}
