//! The data accuracy audit through the binary (B7, B9): a provider's PPTT, as CSV
//! (`tests/fixtures/pptt/acme-2026-01.csv`) and as a workbook written here from the same
//! rows, compared with ISETS for January 2026. Each kind of finding is shown present on
//! one customer and absent on the others; the files that cannot be audited are refused
//! naming what is wrong; nothing is ever written.

use chrono::NaiveDate;

use crate::both;
use crate::records::*;
use crate::support::*;

/// The people of the IES extract, made ISETS customers of Acme Works' program 1. Green's
/// SNAP status is No; Hughes' redetermination date is past in January.
const PEOPLE: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date\n\
100000001,C-1,Adams,Ann,1990-01-01,1111,,,,,,Cook,Y,2026-06-30,\n\
100000002,C-2,Baker,Bo,1990-01-02,1112,,,,,,Cook,Y,2026-06-30,\n\
100000003,C-3,Clark,Cy,1990-01-03,1113,,,,,,Cook,Y,2026-06-30,\n\
100000004,C-4,Davis,Di,1990-01-04,1114,,,,,,Cook,Y,2026-06-30,\n\
100000005,C-5,Evans,Ed,1990-01-05,1115,,,,,,Cook,Y,2026-06-30,\n\
100000006,C-6,Foster,Fay,1990-01-06,1116,,,,,,Cook,Y,2026-06-30,\n\
100000007,C-7,Green,Gus,1990-01-07,1117,,,,,,Cook,N,2026-06-30,\n\
100000008,C-8,Hughes,Hal,1990-01-08,1118,,,,,,Cook,Y,2026-01-15,\n\
100000009,C-9,Irwin,Ida,1990-01-09,1119,,,,,,Cook,Y,2026-06-30,\n\
100000010,C-10,Jones,Jo,1990-01-10,1120,,,,,,Cook,Y,2026-06-30,\n\
100000011,C-11,King,Kim,1990-01-11,1121,,,,,,Cook,Y,2026-06-30,\n\
100000012,C-12,Lopez,Lu,1990-01-12,1122,,,,,,Cook,Y,2026-06-30,\n\
100000013,C-13,Moore,Mo,1990-01-13,1123,,,,,,Cook,Y,2026-06-30,\n\
100000014,C-14,Nash,Nia,1990-01-14,1124,,,,,,Cook,Y,2026-06-30,\n";

const JANUARY: [&str; 6] = [
    "report",
    "pptt-audit",
    "--provider",
    "Acme Works",
    "--month",
    "2026-01",
];

fn run(db: &TestDb, user: &str, args: &[&str]) {
    let out = db.isets_as(user, args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/pptt/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The customers of [`PEOPLE`] assigned to program 1 ([`customers_assigned`]), and Acme
/// Works' staff `acmestaff`, program manager `acmeprog` and provider manager `acmepm`;
/// Beta Jobs' provider manager `betapm` (not Acme Works': not addressed).
fn customers(db: &TestDb) {
    customers_assigned(db, PEOPLE, &[]);
    db.add_user("acmestaff", "Acme Works", "provider-staff");
    db.add_user("acmeprog", "Acme Works", "program-manager");
    db.add_user("acmepm", "Acme Works", "provider-manager");
    db.add_user("betapm", "Beta Jobs", "provider-manager");
}

/// An assessment of `number` completed on `completed`.
fn assessment(db: &TestDb, number: &str, completed: &str) {
    db.exec_each(
        "INSERT INTO assessments (customer_id, organization_id, kind, completed_on, entered_by, entered_at) \
         SELECT c.id, o.id, 'initial', $2, 'acmestaff', $3 FROM customers c, organizations o \
         WHERE c.individual_number = $1 AND o.name = 'Acme Works'",
        vec![vec![number.into(), day(completed), moment("2025-11-15T16:00:00Z")]],
    );
}

/// A job of `number` with Acme Works from `started`, `hours` hundredths a week.
fn job(db: &TestDb, number: &str, started: &str, hours: i64) {
    db.exec_each(
        "INSERT INTO employments (customer_id, organization_id, enrollment_id, employer, soc, job_title, started_on, \
         wage, hours, full_time, created_by, created_at, updated_by, updated_at) \
         SELECT e.customer_id, e.organization_id, e.id, 'Corner Shop', '41-2031', 'Cashier', $2, 1600, $3, TRUE, \
         'acmestaff', e.enrolled_at, 'acmestaff', e.enrolled_at FROM enrollments e \
         JOIN customers c ON c.id = e.customer_id WHERE c.individual_number = $1",
        vec![vec![number.into(), day(started), hours.into()]],
    );
}

/// Everything B9 asks, for January 2026: a referral sent on 20 November and accepted,
/// enrolled on 5 December, assessed on 15 November, SJS from 10 December, Active since.
fn in_order(db: &TestDb, number: &str) {
    accepted_and_enrolled(db, number);
    assessment(db, number, "2025-11-15");
}

/// ISETS for January 2026, against the CSV fixture:
/// - Adams: in order, and alike in the PPTT (listed twice there).
/// - Baker: in order; the PPTT has every column of his wrong.
/// - Clark: in order, not in the PPTT.
/// - Davis: a customer, never enrolled; in the PPTT.
/// - Evans: the referral still pending.
/// - Foster: Inactive since 20 January.
/// - Green: SNAP status No. Hughes: redetermination on 15 January.
/// - Irwin: assessed on 1 December 2024, more than 12 months before.
/// - Jones: SJS completed on 20 January, nothing open.
/// - King: employed 30 hours a week from 5 January, not in Job Retention.
/// - Lopez: SJS completed on 9 January, Job Retention from the 10th, employed 25 hours:
///   in order (E3, M2).
/// - Moore: in order; the PPTT's referral date, activities and status cannot be read.
/// - Nash: exited on 20 December, not in the PPTT: no finding.
fn audit_fixture(db: &TestDb) {
    customers(db);
    for n in [
        "100000001",
        "100000002",
        "100000003",
        "100000006",
        "100000007",
        "100000008",
        "100000010",
        "100000011",
        "100000012",
        "100000013",
    ] {
        in_order(db, n);
    }
    referral(db, "100000005", 1, "referral", "pending", None);
    enrollment(db, "100000005", 1, "2025-12-05", None);
    assessment(db, "100000005", "2025-11-15");
    referral(
        db,
        "100000009",
        1,
        "referral",
        "accepted",
        Some("2025-12-01T16:00:00Z"),
    );
    enrollment(db, "100000009", 1, "2025-12-05", None);
    assessment(db, "100000009", "2024-12-01");
    for n in [
        "100000001",
        "100000002",
        "100000003",
        "100000005",
        "100000007",
        "100000008",
        "100000009",
        "100000011",
        "100000013",
    ] {
        activity(db, n, "Acme Works", "SJS", "snap-et", "2025-12-10", None);
        statuses(db, n, &[("active", "2025-12-10T16:00:00Z")]);
    }
    activity(
        db,
        "100000006",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        None,
    );
    statuses(
        db,
        "100000006",
        &[
            ("active", "2025-12-10T16:00:00Z"),
            ("inactive", "2026-01-20T16:00:00Z"),
        ],
    );
    activity(
        db,
        "100000010",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        Some("2026-01-20"),
    );
    statuses(db, "100000010", &[("active", "2025-12-10T16:00:00Z")]);
    job(db, "100000011", "2026-01-05", 3000);
    activity(
        db,
        "100000012",
        "Acme Works",
        "SJS",
        "snap-et",
        "2025-12-10",
        Some("2026-01-09"),
    );
    activity(
        db,
        "100000012",
        "Acme Works",
        "JR",
        "snap-et",
        "2026-01-10",
        None,
    );
    job(db, "100000012", "2026-01-10", 2500);
    statuses(
        db,
        "100000012",
        &[
            ("active", "2025-12-10T16:00:00Z"),
            ("retention", "2026-01-10T16:00:00Z"),
        ],
    );
    referral(
        db,
        "100000014",
        1,
        "referral",
        "accepted",
        Some("2025-12-01T16:00:00Z"),
    );
    enrollment(db, "100000014", 1, "2025-10-01", Some("2025-12-20"));
}

/// What the audit may write: nothing at all.
fn written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'audit', COUNT(*) FROM audit_log UNION ALL SELECT 'statuses', COUNT(*) FROM et_status_history \
         UNION ALL SELECT 'referrals', COUNT(*) FROM referrals UNION ALL SELECT 'enrollments', COUNT(*) FROM enrollments \
         UNION ALL SELECT 'activities', COUNT(*) FROM activities UNION ALL SELECT 'notes', COUNT(*) FROM customer_notes",
    )
}

fn with<'a>(file: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = JANUARY.to_vec();
    args.insert(2, file);
    args.extend_from_slice(more);
    args
}

both! {
    fn b7_b9_the_pptt_audit_finds_each_kind_of_finding_both_ways(db) {
        audit_fixture(db);
        let before = written(db);
        let csv = fixture("acme-2026-01.csv");
        let text = transcript(db, &[
            ("admin", with(&csv, &[])),
            ("acmestaff", with(&csv, &["--program", "1", "--format", "csv"])),
            ("acmepm", with(&csv, &["--fix-by", "2026-03-31", "--format", "json"])),
        ]);
        snapshot_of("pptt_audit_b7_b9", &text.replace(env!("CARGO_MANIFEST_DIR"), "[REPO]"));
        assert_eq!(written(db), before, "an audit writes nothing, not even an audit record");
    }
}

/// The fixture's rows as a workbook a provider would keep: a notes sheet first, then
/// the PPTT with a title above the header, other headers for the same columns (the name
/// in two columns), a month column with a December row (Clark's, not audited), dates as
/// dates and individual numbers as numbers (so Nobody's 12345 reads as 000012345, a
/// number whose leading zeros the spreadsheet dropped).
fn workbook(path: &std::path::Path) {
    use rust_xlsxwriter::{ExcelDateTime, Workbook};
    let text = std::fs::read_to_string(fixture("acme-2026-01.csv")).expect("read the fixture");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Notes").expect("name");
    notes
        .write_string(0, 0, "Kept by Acme Works")
        .expect("write");
    let sheet = book.add_worksheet();
    sheet.set_name("PPTT FY26").expect("name");
    let date_format = rust_xlsxwriter::Format::new().set_num_format("mm/dd/yyyy");
    sheet
        .write_string(0, 0, "Acme Works: Periodic Performance Tracking")
        .expect("write");
    let headers = [
        "IES Individual Number",
        "SNAP Case Number",
        "Last Name",
        "First Name",
        "Date Referred",
        "Enrollment/Start Date",
        "SNAP E&T Activities",
        "SNAP E&T Status",
        "Reporting Month",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string(2, col as u16, *header).expect("write");
    }
    let write_date = |sheet: &mut rust_xlsxwriter::Worksheet, row: u32, col: u16, text: &str| {
        match NaiveDate::parse_from_str(text, "%m/%d/%Y") {
            Ok(d) => {
                use chrono::Datelike;
                let d = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
                    .expect("date");
                sheet
                    .write_date_with_format(row, col, &d, &date_format)
                    .expect("write");
            }
            Err(_) => {
                sheet.write_string(row, col, text).expect("write");
            }
        }
    };
    let december = [
        "100000003",
        "C-3",
        "Clark, Cy",
        "11/20/2025",
        "12/05/2025",
        "SJS",
        "Active",
    ];
    let mut all: Vec<(Vec<String>, &str)> =
        vec![(december.iter().map(|s| s.to_string()).collect(), "2025-12")];
    all.extend(reader.records().map(|r| {
        (
            r.expect("record").iter().map(String::from).collect(),
            "January 2026",
        )
    }));
    for (row, (cells, month)) in (3..).zip(all) {
        match cells[0].parse::<f64>() {
            Ok(n) => sheet.write_number(row, 0, n),
            Err(_) => sheet.write_string(row, 0, &cells[0]),
        }
        .expect("write");
        sheet.write_string(row, 1, &cells[1]).expect("write");
        let (last, first) = cells[2]
            .split_once(", ")
            .or_else(|| cells[2].rsplit_once(' ').map(|(first, last)| (last, first)))
            .expect("a name");
        sheet.write_string(row, 2, last).expect("write");
        sheet.write_string(row, 3, first).expect("write");
        write_date(sheet, row, 4, &cells[3]);
        write_date(sheet, row, 5, &cells[4]);
        sheet.write_string(row, 6, &cells[5]).expect("write");
        sheet.write_string(row, 7, &cells[6]).expect("write");
        sheet.write_string(row, 8, month).expect("write");
    }
    book.save(path).expect("save the workbook");
}

both! {
    fn b7_a_workbook_pptt_is_read_as_its_csv_and_the_findings_written_as_xlsx(db) {
        audit_fixture(db);
        let before = written(db);
        let pptt = db.home().join("acme-pptt.xlsx");
        workbook(&pptt);
        let pptt = pptt.display().to_string();
        let findings = db.home().join("findings.xlsx");
        let text = transcript(db, &[
            ("acmeprog", with(&pptt, &["--format", "csv"])),
            ("acmeprog", with(&pptt, &["--output", &findings.display().to_string()])),
            // The notes sheet asked for: it has no header row naming the columns.
            ("acmeprog", with(&pptt, &["--sheet", "notes"])),
        ]);
        snapshot_of("pptt_audit_xlsx", &text);
        snapshot_of("pptt_audit_xlsx_findings", &crate::reports::cells(&findings));
        assert_eq!(written(db), before);
    }
}

both! {
    fn b7_b9_files_that_cannot_be_audited_are_refused_and_nothing_is_written(db) {
        audit_fixture(db);
        let before = written(db);
        let csv = fixture("acme-2026-01.csv");
        let missing = fixture("no-status-column.csv");
        let empty = fixture("empty.csv");
        let text_file = fixture("not-a-workbook.xlsx");
        let blank = db.home().join("blank.xlsx");
        rust_xlsxwriter::Workbook::new().save(&blank).expect("save");
        let blank = blank.display().to_string();
        let other = db.home().join("pptt.txt");
        std::fs::write(&other, "Individual Number\n").expect("write");
        let other = other.display().to_string();
        let text = transcript(db, &[
            ("admin", with(&missing, &[])),
            ("admin", with(&empty, &[])),
            ("admin", with(&blank, &[])),
            ("admin", with(&text_file, &[])),
            ("admin", with(&other, &[])),
            ("admin", with("nowhere.csv", &[])),
            ("admin", with(&csv, &["--sheet", "PPTT"])),
            // B9: at least 14 days to fix.
            ("admin", with(&csv, &["--fix-by", "2026-03-15"])),
            ("admin", with(&csv, &["--fix-by", "03/15/2026x"])),
            // §1: another provider, or another provider's program, reads as not found.
            ("acmestaff", vec!["report", "pptt-audit", &csv, "--provider", "Beta Jobs", "--month", "2026-01"]),
            ("admin", with(&csv, &["--program", "2"])),
            ("admin", vec!["report", "pptt-audit", &csv, "--provider", "Acme Works", "--month", "January"]),
            ("nobody", with(&csv, &[])),
        ]);
        snapshot_of("pptt_audit_refusals", &text.replace(env!("CARGO_MANIFEST_DIR"), "[REPO]"));
        assert_eq!(written(db), before);
    }
}

both! {
    fn b7_the_audit_asks_the_same_statements_for_three_rows_as_for_three_hundred(db) {
        audit_fixture(db);
        // Three hundred rows of people ISETS does not have, then the fixture's.
        let mut many = std::fs::read_to_string(fixture("acme-2026-01.csv")).expect("read");
        for n in 0..300 {
            many.push_str(&format!("{},C-{n},\"Extra, Person\",11/20/2025,12/05/2025,SJS,Active,\n", 300_000_000 + n));
        }
        let big = db.home().join("big.csv");
        std::fs::write(&big, many).expect("write");
        let statements = |file: &str| -> usize {
            let out = db
                .isets_as("acmestaff", &with(file, &["-q"]))
                .env("RUST_LOG", "sqlx::query=debug")
                .output()
                .expect("run");
            assert!(out.status.success(), "{}", stderr(&out));
            stderr(&out).lines().filter(|l| l.contains("sqlx::query")).count()
        };
        let small = statements(&fixture("acme-2026-01.csv"));
        assert!(small > 5, "the statements are logged: {small}");
        assert_eq!(statements(&big.display().to_string()), small);
    }
}

/// PostgreSQL: whom findings go to is read through `isets_audit_recipients`, for the
/// providers whose reports the login reads, and nothing else; provider staff still read
/// no user or listing through the tables (§1).
#[test]
fn b9_the_recipients_helper_answers_only_for_providers_whose_reports_the_login_reads() {
    let Some(db) = TestDb::new(Kind::Postgres) else {
        return;
    };
    customers(&db);
    // The staff login is made by running isets as it.
    run(&db, "acmestaff", &["org", "list", "-q"]);
    let recipients = |login: &str, provider: &str| {
        db.psql_as(
            login,
            &format!(
                "SELECT role, username FROM isets_audit_recipients((SELECT id FROM organizations \
                 WHERE name = '{provider}')) ORDER BY 1, 2"
            ),
        )
        .expect("the helper answers")
    };
    assert_eq!(
        recipients("acmestaff", "Acme Works"),
        "program-manager|acmeprog\nprovider-manager|acmepm\n"
    );
    // Beta Jobs is not visible to Acme Works' staff: its id is NULL, and a number
    // given outright answers nothing either.
    assert_eq!(recipients("acmestaff", "Beta Jobs"), "");
    let beta: Vec<(i64,)> = db.rows("SELECT id FROM organizations WHERE name = 'Beta Jobs'");
    assert_eq!(
        db.psql_as(
            "acmestaff",
            &format!("SELECT count(*) FROM isets_audit_recipients({})", beta[0].0)
        )
        .expect("the helper answers"),
        "0\n"
    );
    assert_eq!(
        recipients("admin", "Beta Jobs"),
        "provider-manager|betapm\n"
    );
    assert_eq!(
        db.psql_as("acmestaff", "SELECT count(*) FROM listings")
            .expect("read"),
        "0\n"
    );
}
