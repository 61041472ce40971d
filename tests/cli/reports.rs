//! The monthly reports through the binary (B5, B6, R1, R2): the 4333 roster's every
//! criterion shown to include and to exclude, judged as of the month; the Employment
//! Report, the Supportive Services Summary and the 2606; and the report output shared by
//! all of them (table, CSV, JSON, and files written as .csv, .json and .xlsx), with the
//! refusals that write nothing.

use crate::both;
use crate::records::*;
use crate::support::*;

/// Thirteen people of the IES extract, each made an ISETS customer assigned to Acme
/// Works' program 1 (SNAP JP at Main) below.
const PEOPLE: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date\n\
100000001,C-1,Adams,Ann,1990-01-01,1111,,,,,,Cook,Y,,\n\
100000002,C-2,Baker,Bo,1990-01-02,1112,,,,,,Cook,Y,,\n\
100000003,C-3,Clark,Cy,1990-01-03,1113,,,,,,Cook,Y,,\n\
100000004,C-4,Davis,Di,1990-01-04,1114,,,,,,Cook,Y,,\n\
100000005,C-5,Evans,Ed,1990-01-05,1115,,,,,,Cook,Y,,\n\
100000006,C-6,Foster,Fay,1990-01-06,1116,,,,,,Cook,Y,,\n\
100000007,C-7,Green,Gus,1990-01-07,1117,,,,,,Cook,Y,,\n\
100000008,C-8,Hughes,Hal,1990-01-08,1118,,,,,,Cook,Y,,\n\
100000009,C-9,Irwin,Ida,1990-01-09,1119,,,,,,Cook,Y,,\n\
100000010,C-10,Jones,Jo,1990-01-10,1120,,,,,,Cook,Y,,\n\
100000011,C-11,King,Kim,1990-01-11,1121,,,,,,Cook,Y,,\n\
100000012,C-12,Lopez,Lu,1990-01-12,1122,,,,,,Cook,Y,,\n\
100000013,C-13,Moore,Mo,1990-01-13,1123,,,,,,Cook,Y,,\n";

fn run(db: &TestDb, user: &str, args: &[&str]) {
    let out = db.isets_as(user, args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// The customers of [`PEOPLE`] assigned to program 1 (program 2 for those in `beta`)
/// ([`customers_assigned`]), and Acme Works' staff `acmestaff` and Beta Jobs' `betastaff`.
fn customers(db: &TestDb, beta: &[&str]) {
    customers_assigned(db, PEOPLE, beta);
    db.add_user("acmestaff", "Acme Works", "provider-staff");
    db.add_user("betastaff", "Beta Jobs", "provider-staff");
}

/// Everything B5 asks, for a customer of program 1 from December 2025: the referral
/// accepted on 1 December, enrolled on 5 December, Active from 10 December.
fn qualified(db: &TestDb, number: &str) {
    accepted_and_enrolled(db, number);
    statuses(db, number, &[("active", "2025-12-10T16:00:00Z")]);
}

/// The roster of January 2026, one customer per criterion:
/// - Adams: every criterion held: listed.
/// - Baker: Active in January, Inactive since 10 February: listed (as of the month).
/// - Clark: Inactive from 20 December until Active again on 3 February: not listed.
/// - Davis: the activity completed on 20 December, before the month: not listed.
/// - Evans: the activity completed on 1 January, the month's first day: listed.
/// - Foster: the only activity is Beta Jobs' (another service provider): not listed.
/// - Green: the enrollment exited on 31 December, before the month: not listed.
/// - Hughes: the referral accepted on 2 February, after the month: not listed.
/// - Irwin: the referral still pending: not listed.
/// - Jones: a reverse referral of Acme Works IDHS accepted: listed.
/// - King: SJS completed on 19 January, JR from 20 January, Retention from then: listed,
///   Retention, both activities.
/// - Lopez: Inactive until Active at 23:30 on 31 January in Illinois (05:30 UTC on 1
///   February): listed.
/// - Moore: Inactive until Active at 00:30 on 1 February in Illinois: not listed.
fn roster_fixture(db: &TestDb) {
    customers(db, &[]);
    for n in [
        "100000001",
        "100000002",
        "100000004",
        "100000005",
        "100000006",
        "100000007",
        "100000011",
    ] {
        qualified(db, n);
    }
    activity(
        db,
        "100000001",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    activity(
        db,
        "100000002",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    db.exec_each(
        "INSERT INTO et_status_history (customer_id, field, old_value, new_value, cause, changed_by, changed_at) \
         SELECT id, 'status', 'active', 'inactive', 'set by hand', 'acmestaff', $2 FROM customers WHERE individual_number = $1",
        vec![vec!["100000002".into(), moment("2026-02-10T16:00:00Z")]],
    );
    db.exec("UPDATE et_statuses SET status = 'inactive' WHERE customer_id = (SELECT id FROM customers WHERE individual_number = '100000002')");
    referral(
        db,
        "100000003",
        1,
        "referral",
        "accepted",
        Some("2025-12-01T16:00:00Z"),
    );
    enrollment(db, "100000003", 1, "2025-12-05", None);
    statuses(
        db,
        "100000003",
        &[
            ("active", "2025-12-15T16:00:00Z"),
            ("inactive", "2025-12-20T16:00:00Z"),
            ("active", "2026-02-03T16:00:00Z"),
        ],
    );
    activity(
        db,
        "100000003",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-15",
        None,
    );
    activity(
        db,
        "100000004",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        Some("2025-12-20"),
    );
    activity(
        db,
        "100000005",
        "Acme Works",
        "JST",
        "snap-et",
        "2025-12-10",
        Some("2026-01-01"),
    );
    activity(
        db,
        "100000006",
        "Beta Jobs",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    db.exec("UPDATE enrollments SET exited_on = '2025-12-31' WHERE customer_id = (SELECT id FROM customers WHERE individual_number = '100000007')");
    activity(
        db,
        "100000007",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    referral(
        db,
        "100000008",
        1,
        "referral",
        "accepted",
        Some("2026-02-02T16:00:00Z"),
    );
    enrollment(db, "100000008", 1, "2025-12-05", None);
    statuses(db, "100000008", &[("active", "2025-12-10T16:00:00Z")]);
    activity(
        db,
        "100000008",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    referral(db, "100000009", 1, "referral", "pending", None);
    enrollment(db, "100000009", 1, "2025-12-05", None);
    statuses(db, "100000009", &[("active", "2025-12-10T16:00:00Z")]);
    activity(
        db,
        "100000009",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    referral(
        db,
        "100000010",
        1,
        "reverse",
        "accepted",
        Some("2025-12-01T16:00:00Z"),
    );
    enrollment(db, "100000010", 1, "2025-12-05", None);
    statuses(db, "100000010", &[("active", "2025-12-10T16:00:00Z")]);
    activity(
        db,
        "100000010",
        "Acme Works",
        "WRT",
        "snap-et",
        "2025-12-10",
        None,
    );
    activity(
        db,
        "100000010",
        "Acme Works",
        "E",
        "other",
        "2025-12-10",
        None,
    );
    activity(
        db,
        "100000011",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        Some("2026-01-19"),
    );
    activity(
        db,
        "100000011",
        "Acme Works",
        "JR",
        "snap-et",
        "2026-01-20",
        None,
    );
    db.exec_each(
        "INSERT INTO et_status_history (customer_id, field, old_value, new_value, cause, changed_by, changed_at) \
         SELECT id, 'status', 'active', 'retention', 'employment', 'acmestaff', $2 FROM customers WHERE individual_number = $1",
        vec![vec!["100000011".into(), moment("2026-01-20T16:00:00Z")]],
    );
    for (n, at) in [
        ("100000012", "2026-02-01T05:30:00Z"),
        ("100000013", "2026-02-01T06:30:00Z"),
    ] {
        referral(
            db,
            n,
            1,
            "referral",
            "accepted",
            Some("2025-11-21T16:00:00Z"),
        );
        enrollment(db, n, 1, "2025-11-21", None);
        statuses(
            db,
            n,
            &[
                ("active", "2025-11-21T16:00:00Z"),
                ("inactive", "2025-12-01T16:00:00Z"),
                ("active", at),
            ],
        );
        activity(db, n, "Acme Works", "SJS", "snap-et", "2025-11-21", None);
    }
}

const JANUARY: [&str; 8] = [
    "report",
    "4333",
    "--provider",
    "Acme Works",
    "--program",
    "1",
    "--month",
    "2026-01",
];

/// What a report may write: nothing at all.
fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'audit', COUNT(*) FROM audit_log UNION ALL SELECT 'statuses', COUNT(*) FROM et_status_history \
         UNION ALL SELECT 'referrals', COUNT(*) FROM referrals UNION ALL SELECT 'enrollments', COUNT(*) FROM enrollments",
    )
}

both! {
    fn b5_the_4333_lists_each_customer_as_of_the_month_by_every_criterion(db) {
        roster_fixture(db);
        let before = written(db);
        let text = transcript(db, &[
            ("admin", JANUARY.to_vec()),
            ("acmestaff", joined(&JANUARY, &["--format", "csv"])),
            ("acmestaff", joined(&JANUARY, &["--format", "json"])),
            ("acmestaff", joined(&JANUARY, &["-q"])),
            // December: Clark was Active until the 20th and is listed; King was Active.
            ("admin", vec!["report", "4333", "--provider", "Acme Works", "--program", "1", "--month", "2025-12"]),
            // February: Baker is Inactive from the 10th, Active before; Hughes' referral is accepted.
            ("admin", vec!["report", "4333", "--provider", "acme works", "--program", "1", "--month", "2026-02", "--format", "csv"]),
        ]);
        snapshot_of("report_4333_b5", &text);
        assert_eq!(written(db), before, "a report writes nothing, not even an audit record");
    }
}

both! {
    fn b5_the_roster_query_reads_within_the_callers_transaction(db) {
        roster_fixture(db);
        let numbers: Vec<String> = block_on(async {
            let url = match db.kind {
                Kind::Sqlite => db.url("admin"),
                Kind::Postgres => db.url_unpinned("postgres"),
            };
            let pool = isets::db::Db::connect(&url, false).await.expect("connect");
            let mut tx = pool.begin(false).await.expect("begin");
            let month = isets::values::Month::parse("--month", "2026-01").expect("month");
            let rows = isets::reports::roster::roster_4333(&mut tx, 2, 1, month).await.expect("roster");
            let numbers = rows.iter().map(|r| format!("{} {} {}", r.individual_number, r.status, r.activities.join("+"))).collect();
            drop(tx);
            pool.close().await;
            numbers
        });
        assert_eq!(
            numbers,
            [
                "100000001 Active SJS",
                "100000002 Active SJS",
                "100000005 Active JST",
                "100000010 Active WRT",
                "100000011 Retention JR+SJS",
                "100000012 Active SJS",
            ]
        );
    }
}

both! {
    fn report_files_are_written_by_their_extension_and_refused_otherwise(db) {
        roster_fixture(db);
        let csv = db.home().join("january.csv");
        let json = db.home().join("january.json");
        let xlsx = db.home().join("january.xlsx");
        let path = |p: &std::path::Path| p.display().to_string();
        let before = written(db);
        let text = transcript(db, &[
            ("acmestaff", joined(&JANUARY, &["--output", &path(&csv)])),
            // An existing file is kept unless --force replaces it.
            ("acmestaff", joined(&JANUARY, &["--output", &path(&csv)])),
            ("acmestaff", joined(&JANUARY, &["-o", &path(&json)])),
            ("acmestaff", joined(&JANUARY, &["--output", &path(&xlsx), "--format", "json"])),
            ("acmestaff", joined(&JANUARY, &["--output", "january.xls"])),
            ("acmestaff", joined(&JANUARY, &["--output", "january"])),
            ("acmestaff", vec!["report", "4333", "--provider", "Acme Works", "--program", "1", "--month", "2026-13", "--output", "x.csv"]),
        ]);
        let text = format!(
            "{text}== {}\n{}== {}\n{}",
            "january.csv",
            std::fs::read_to_string(&csv).expect("csv written"),
            "january.json",
            std::fs::read_to_string(&json).expect("json written")
        );
        snapshot_of("report_files", &text);
        assert!(!db.home().join("january.xls").exists() && !db.home().join("x.csv").exists());
        // --force replaces a file: without --output it is a usage error.
        let out = db.isets_as("acmestaff", &joined(&JANUARY, &["--force"])).output().expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("--output <FILE>"), "{}", stderr(&out));
        std::fs::write(&csv, "old").expect("write");
        db.isets_as("acmestaff", &joined(&JANUARY, &["--output", &path(&csv), "--force", "-q"])).assert().success().stdout("").stderr("");
        assert!(std::fs::read_to_string(&csv).expect("read").starts_with("individual_number,last_name"));
        snapshot_of("report_4333_xlsx", &cells(&xlsx));
        assert_eq!(written(db), before);
    }
}

/// Every sheet of a workbook and each cell with its type, read back as a spreadsheet
/// reads it.
pub(crate) fn cells(path: &std::path::Path) -> String {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(path).expect("open the workbook");
    let mut text = String::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        text.push_str(&format!("== sheet {name}\n"));
        for row in range.rows() {
            let shown: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    Data::Empty => "·".to_string(),
                    Data::String(s) => format!("{s:?}"),
                    Data::Float(f) => format!("{f}"),
                    Data::Int(i) => format!("{i}"),
                    Data::Bool(b) => format!("{b}"),
                    Data::DateTime(d) => format!(
                        "date {}",
                        d.as_datetime()
                            .map(|t| t.date().to_string())
                            .unwrap_or_default()
                    ),
                    other => format!("{other:?}"),
                })
                .collect();
            text.push_str(&format!("{}\n", shown.join(" | ")));
        }
    }
    text
}

/// Adams and Baker in program 1 from November 2025 with SJS; Adams' employment at Acme
/// Tools entered (25.5 hours: Job Retention), its 30-day check verified and approved;
/// and, in SQL, a job of Baker's of 30 hours without Job Retention (M2 flagged) and one of
/// Adams' of 10 hours that ended before January.
fn employment_fixture(db: &TestDb) {
    customers(db, &[]);
    db.add_user("acmepm", "Acme Works", "provider-manager");
    for n in ["100000001", "100000002"] {
        referral(
            db,
            n,
            1,
            "referral",
            "accepted",
            Some("2025-10-20T16:00:00Z"),
        );
        enrollment(db, n, 1, "2025-11-03", None);
        statuses(db, n, &[("active", "2025-11-10T16:00:00Z")]);
        activity(db, n, "Acme Works", "SJS", "snap-et", "2025-11-10", None);
    }
    run(
        db,
        "acmestaff",
        &[
            "employment",
            "add",
            "100000001",
            "--employer",
            "Acme Tools",
            "--soc",
            "49-9071",
            "--job-title",
            "Maintenance Worker",
            "--start",
            "2025-12-01",
            "--wage",
            "17.50",
            "--hours",
            "25.5",
            "--note",
            "hired",
        ],
    );
    let stub = db.home().join("paystub.pdf");
    std::fs::write(&stub, b"%PDF-1.4 pay stub").expect("write the stub");
    run(
        db,
        "acmestaff",
        &[
            "employment",
            "verify",
            "1",
            "--period",
            "30",
            "--document",
            &stub.display().to_string(),
            "--note",
            "pay stub",
        ],
    );
    run(
        db,
        "acmepm",
        &["employment", "approve", "1", "--period", "30"],
    );
    db.exec_each(
        "INSERT INTO employments (customer_id, organization_id, enrollment_id, employer, soc, job_title, started_on, \
         ended_on, wage, hours, full_time, created_by, created_at, updated_by, updated_at) \
         SELECT e.customer_id, e.organization_id, e.id, $2, '41-2031', $3, $4, $5, $6, $7, $8, 'acmestaff', \
         e.enrolled_at, 'acmestaff', e.enrolled_at FROM enrollments e JOIN customers c ON c.id = e.customer_id \
         WHERE c.individual_number = $1",
        vec![
            vec!["100000002".into(), "Corner Shop".into(), "Cashier".into(), day("2026-01-12"), opt_day(None), 1600i64.into(), 3000i64.into(), true.into()],
            vec!["100000001".into(), "Night Diner".into(), "Cook".into(), day("2025-11-15"), opt_day(Some("2025-12-20")), 1500i64.into(), 1000i64.into(), false.into()],
        ],
    );
}

both! {
    fn b6_m2_m3_the_employment_report_lists_the_jobs_of_the_month(db) {
        employment_fixture(db);
        let before = written(db);
        let text = transcript(db, &[
            ("acmestaff", vec!["report", "employment", "--provider", "Acme Works", "--program", "1", "--month", "2026-01"]),
            ("acmepm", vec!["report", "employment", "--provider", "Acme Works", "--program", "1", "--month", "2026-01", "--format", "json"]),
            // December: the diner job ended on the 20th; the shop job had not started.
            ("admin", vec!["report", "employment", "--provider", "Acme Works", "--program", "1", "--month", "2025-12", "--format", "csv"]),
        ]);
        snapshot_of("report_employment_b6", &text);
        assert_eq!(written(db), before);
    }
}

/// Adams (program 1) with Transportation costs in January 2026 (one pending an override
/// requested in January, one counted whose override was accepted in January, one whose
/// override was requested on 31 December in Illinois), a Clothing cost, a void one, and
/// one paid in February; Baker with a Books cost on 31 January.
fn support_fixture(db: &TestDb) {
    customers(db, &[]);
    for n in ["100000001", "100000002"] {
        referral(
            db,
            n,
            1,
            "referral",
            "accepted",
            Some("2025-10-20T16:00:00Z"),
        );
        enrollment(db, n, 1, "2025-11-03", None);
        statuses(db, n, &[("active", "2025-11-10T16:00:00Z")]);
        activity(db, n, "Acme Works", "SJS", "snap-et", "2025-11-10", None);
    }
    db.exec_each(
        "INSERT INTO support_services (customer_id, goal_id, enrollment_id, organization_id, category, status, \
         planned_start, planned_end, started_on, created_by, created_at, updated_by, updated_at) \
         SELECT g.customer_id, g.id, g.enrollment_id, g.organization_id, $2, 'started', $3, $4, $3, 'acmestaff', \
         g.created_at, 'acmestaff', g.created_at FROM ep_goals g JOIN customers c ON c.id = g.customer_id \
         WHERE c.individual_number = $1",
        vec![
            vec!["100000001".into(), "TRANSPORTATION".into(), day("2025-11-10"), day("2026-06-30")],
            vec!["100000001".into(), "CLOTHING".into(), day("2025-11-10"), day("2026-06-30")],
            vec!["100000002".into(), "BOOKS".into(), day("2025-11-10"), day("2026-06-30")],
        ],
    );
    db.exec_each(
        "INSERT INTO service_costs (service_id, customer_id, organization_id, category, fiscal_year, method, \
         description, unit_amount, quantity, total, paid_on, state, created_by, created_at, updated_by, updated_at) \
         SELECT s.id, s.customer_id, s.organization_id, s.category, 2026, $3, $4, $5, $6, $5 * $6, $7, $8, \
         'acmestaff', s.created_at, 'acmestaff', s.created_at FROM support_services s \
         JOIN customers c ON c.id = s.customer_id WHERE c.individual_number = $1 AND s.category = $2",
        vec![
            vec!["100000001".into(), "TRANSPORTATION".into(), "Bus Pass".into(), "January pass".into(), 10000i64.into(), 1i64.into(), day("2026-01-05"), "counted".into()],
            vec!["100000001".into(), "TRANSPORTATION".into(), "Gift Card".into(), "Gas card".into(), 2500i64.into(), 1i64.into(), day("2026-01-20"), "pending".into()],
            vec!["100000001".into(), "TRANSPORTATION".into(), "Direct Payment".into(), "Car repair".into(), 30000i64.into(), 1i64.into(), day("2026-01-25"), "counted".into()],
            vec!["100000001".into(), "CLOTHING".into(), "Direct Payment".into(), "Work boots".into(), 4500i64.into(), 1i64.into(), day("2026-01-07"), "counted".into()],
            vec!["100000001".into(), "CLOTHING".into(), "Direct Payment".into(), "Rejected coat".into(), 40000i64.into(), 1i64.into(), day("2026-01-08"), "void".into()],
            vec!["100000001".into(), "TRANSPORTATION".into(), "Bus Pass".into(), "February pass".into(), 10000i64.into(), 1i64.into(), day("2026-02-02"), "counted".into()],
            vec!["100000002".into(), "BOOKS".into(), "Direct Payment".into(), "Textbook".into(), 4999i64.into(), 2i64.into(), day("2026-01-31"), "counted".into()],
        ],
    );
    db.exec_each(
        "INSERT INTO cost_overrides (cost_id, customer_id, organization_id, reason, total_before, maximum, status, \
         requested_by, requested_at, answered_by, answered_at, answer) \
         SELECT sc.id, sc.customer_id, sc.organization_id, 'needed', 140000, 140000, $2, 'acmestaff', $3, \
         CASE WHEN $2 = 'pending' THEN NULL ELSE 'acmepm' END, CASE WHEN $2 = 'pending' THEN NULL ELSE $3 END, \
         CASE WHEN $2 = 'rejected' THEN 'no' END FROM service_costs sc WHERE sc.description = $1",
        vec![
            vec!["Gas card".into(), "pending".into(), moment("2026-01-20T16:00:00Z")],
            vec!["Car repair".into(), "accepted".into(), moment("2026-01-26T16:00:00Z")],
            vec!["Rejected coat".into(), "rejected".into(), moment("2026-01-08T16:00:00Z")],
            // Requested on 31 December in Illinois: not an override of January.
            vec!["January pass".into(), "accepted".into(), moment("2026-01-01T05:30:00Z")],
        ],
    );
}

both! {
    fn b6_v4_the_support_services_summary_marks_the_overrides_of_the_month(db) {
        support_fixture(db);
        let before = written(db);
        let args = ["report", "support-services", "--provider", "Acme Works", "--program", "1", "--month", "2026-01"];
        let xlsx = db.home().join("support.xlsx");
        let text = transcript(db, &[
            ("acmestaff", args.to_vec()),
            ("admin", joined(&args, &["--format", "csv"])),
            ("admin", joined(&args, &["--format", "json"])),
            ("admin", joined(&args, &["--output", &xlsx.display().to_string()])),
        ]);
        snapshot_of("report_support_services_b6", &text);
        snapshot_of("report_support_services_xlsx", &cells(&xlsx));
        // Red on a colour terminal only: asked for colour, the marked rows are red.
        let out = db.isets_as("admin", &args).env_remove("NO_COLOR").args(["--color", "always"]).output().expect("run");
        let shown = stdout(&out);
        let red: Vec<&str> = shown.lines().filter(|l| l.contains("\u{1b}[38;5;9m") || l.contains("\u{1b}[31m")).collect();
        assert_eq!(red.len(), 2, "the two costs whose override was requested in January:\n{shown}");
        assert!(red.iter().all(|l| l.contains("Gas card") || l.contains("Car repair")), "{shown}");
        assert_eq!(written(db), before);
    }
}

/// Beta Jobs' Earnfare program 2: Adams enrolled from 16 February 2026 with CW and TJ, a
/// benefit of $196.00 (and $210.00 from April), hours in February and March (the March
/// week not verified yet); Baker enrolled with no benefit or hours yet.
fn earnfare_fixture(db: &TestDb) {
    customers(db, &["100000001", "100000002"]);
    db.add_user("beta1", "Beta Jobs", "program-manager");
    for n in ["100000001", "100000002"] {
        referral(
            db,
            n,
            2,
            "referral",
            "accepted",
            Some("2026-02-10T16:00:00Z"),
        );
        enrollment(db, n, 2, "2026-02-16", None);
        statuses(db, n, &[("active", "2026-02-16T16:00:00Z")]);
    }
    activity(
        db,
        "100000001",
        "Beta Jobs",
        "CW",
        "snap-et",
        "2026-02-16",
        None,
    );
    activity(
        db,
        "100000001",
        "Beta Jobs",
        "TJ",
        "snap-et",
        "2026-02-16",
        None,
    );
    db.exec_each(
        "INSERT INTO earnfare_benefits (customer_id, amount, effective_on, changed_by, changed_at) \
         SELECT id, $2, $3, 'wfd1', $4 FROM customers WHERE individual_number = $1",
        vec![
            vec![
                "100000001".into(),
                19600i64.into(),
                day("2026-02-01"),
                moment("2026-02-10T16:00:00Z"),
            ],
            vec![
                "100000001".into(),
                21000i64.into(),
                day("2026-04-01"),
                moment("2026-02-11T16:00:00Z"),
            ],
        ],
    );
    for (code, week, hours, verified) in [
        ("CW", "2026-02-16", "7", true),
        ("CW", "2026-02-23", "6", true),
        ("TJ", "2026-02-23", "10.5", true),
        ("TJ", "2026-03-02", "5", false),
    ] {
        let id = if code == "CW" { "1" } else { "2" };
        run(
            db,
            "betastaff",
            &["attendance", "add", id, "--week", week, "--hours", hours],
        );
        if verified {
            run(db, "beta1", &["attendance", "verify", id, "--week", week]);
        }
    }
}

both! {
    fn b6_r1_r2_the_2606_is_an_earnfare_programs_hours_and_progress(db) {
        earnfare_fixture(db);
        let before = written(db);
        let args = ["report", "earnfare-2606", "--provider", "Beta Jobs", "--program", "2", "--month", "2026-02"];
        let text = transcript(db, &[
            ("betastaff", args.to_vec()),
            ("admin", joined(&args, &["--format", "json"])),
            ("admin", vec!["settings", "set", "earnfare.participation-limit", "1"]),
            ("admin", vec!["attendance", "verify", "2", "--week", "2026-03-02", "--reason", "help request 9", "-q"]),
            // March: TJ hours in two months, past the limit of one (R2); the unverified
            // hours counted once verified (E7).
            ("betastaff", vec!["report", "earnfare-2606", "--provider", "Beta Jobs", "--program", "2", "--month", "2026-03", "--format", "csv"]),
            // B6: the 2606 is for Earnfare programs only.
            ("admin", vec!["report", "earnfare-2606", "--provider", "Acme Works", "--program", "1", "--month", "2026-02"]),
        ]);
        snapshot_of("report_earnfare_2606", &text);
        let mut after = written(db);
        after[0].1 -= 2; // the setting and the verification, audited
        assert_eq!(after, before);
    }
}

both! {
    fn reports_refuse_what_they_cannot_read_and_write_nothing(db) {
        roster_fixture(db);
        let before = written(db);
        let text = transcript(db, &[
            // §1: another provider reads as not found; so does another provider's program.
            ("acmestaff", vec!["report", "4333", "--provider", "Beta Jobs", "--program", "2", "--month", "2026-01"]),
            ("admin", vec!["report", "4333", "--provider", "Beta Jobs", "--program", "1", "--month", "2026-01"]),
            ("admin", vec!["report", "employment", "--provider", "Nobody", "--program", "1", "--month", "2026-01"]),
            ("admin", vec!["report", "support-services", "--provider", "Acme Works", "--program", "9", "--month", "2026-01"]),
            ("admin", vec!["report", "4333", "--provider", "Acme Works", "--program", "1", "--month", "January"]),
            ("nobody", JANUARY.to_vec()),
        ]);
        snapshot_of("report_refusals", &text);
        assert_eq!(written(db), before);
    }
}
