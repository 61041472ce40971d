//! The FNS-583 (G1–G5) and the federal component mapping it counts through (G3), through
//! the binary: each counting rule shown to include or exclude (verified hours above zero,
//! the week counted in the month of its Monday, each person once in a quarter and a year),
//! the ABAWD split and its absence, the federal year's boundaries, the lines ISETS cannot
//! give, the people behind the figures, and the mapping changed by the state.

use chrono::NaiveDate;
use isets::db::Arg;
use serde_json::Value;

use crate::both;
use crate::roles::customers::programs;
use crate::support::*;

/// Five people of the IES extract: Abbot and Ellis ABAWDs, Baker and Dunn not, Cole's
/// status not given.
const EXTRACT: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date,abawd\n\
100000001,C-1,Abbot,Ant,1990-01-01,1111,,,,,,Cook,Y,2026-09-30,,Y\n\
100000002,C-2,Baker,Bea,1991-02-02,2222,,,,,,Cook,Y,2026-09-30,,N\n\
100000003,C-3,Cole,Cy,1992-03-03,3333,,,,,,Cook,Y,2026-09-30,,\n\
100000004,C-4,Dunn,Di,1993-04-04,4444,,,,,,Lake,Y,2026-09-30,,N\n\
100000005,C-5,Ellis,Ed,1994-05-05,5555,,,,,,Lake,Y,2026-09-30,,Y\n";

const ANT: &str = "100000001";
const BEA: &str = "100000002";
const CY: &str = "100000003";
const DI: &str = "100000004";
const ED: &str = "100000005";

/// Program 1 is Acme Works' (SNAP JP at Main), program 2 Beta Jobs' (Earnfare at HQ).
const ACME: i64 = 1;
const BETA: i64 = 2;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a date")
}

/// Providers, their programs and the extract imported.
fn people(db: &TestDb, extract: &str) {
    db.with_providers();
    programs(db);
    let file = db.home().join("extract.csv");
    std::fs::write(&file, extract).expect("write the extract");
    db.isets(&["ies", "import", &file.display().to_string()])
        .assert()
        .success();
}

/// `number` assigned to and enrolled in `program` since 2024-09-02, with a started
/// activity `code` (its service provider the program's, E6) and its weeks: (Monday,
/// hours entered, hours verified). Written in SQL: the commands only enter the weeks up
/// to today, and these tests need weeks of past federal years.
fn attended(
    db: &TestDb,
    number: &str,
    program: i64,
    code: &str,
    weeks: &[(&str, i64, Option<i64>)],
) {
    let ids = || vec![Arg::from(number), Arg::from(program)];
    db.exec_each(
        "INSERT INTO customer_assignments (customer_id, organization_id, program_id, location_id, office, \
         assigned_at, assigned_by) SELECT c.id, p.organization_id, p.id, p.location_id, 'Cook Central FCRC', \
         '2024-09-02T15:00:00Z', 'admin' FROM customers c, programs p WHERE c.individual_number = $1 AND p.id = $2 \
         AND NOT EXISTS (SELECT 1 FROM customer_assignments x WHERE x.customer_id = c.id AND x.program_id = p.id)",
        vec![ids()],
    );
    db.exec_each(
        "INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, \
         reverified, enrolled_by, enrolled_at) SELECT c.id, p.organization_id, p.id, p.location_id, \
         '2024-09-02', FALSE, 'admin', '2024-09-02T15:00:00Z' FROM customers c, programs p \
         WHERE c.individual_number = $1 AND p.id = $2 \
         AND NOT EXISTS (SELECT 1 FROM enrollments x WHERE x.customer_id = c.id AND x.program_id = p.id)",
        vec![ids()],
    );
    db.exec_each(
        "INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
         created_by, created_at, updated_by, updated_at) SELECT e.customer_id, e.organization_id, e.id, \
         'Complete the Program', 'career-plan', 'short', 'not-started', 'admin', '2024-09-02T15:00:00Z', \
         'admin', '2024-09-02T15:00:00Z' FROM enrollments e JOIN customers c ON c.id = e.customer_id \
         WHERE c.individual_number = $1 AND e.program_id = $2 \
         AND NOT EXISTS (SELECT 1 FROM ep_goals x WHERE x.enrollment_id = e.id)",
        vec![ids()],
    );
    let kind = match isets::catalogue::kind_of(code) {
        Some(isets::catalogue::Kind::SnapEt) => "snap-et",
        _ => "other",
    };
    db.exec_each(
        "INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, status, \
         planned_start, planned_end, started_on, created_by, created_at, updated_by, updated_at) \
         SELECT g.customer_id, g.id, g.enrollment_id, g.organization_id, $3, $4, 'started', '2024-09-02', \
         '2026-06-30', '2024-09-02', 'admin', '2024-09-02T15:00:00Z', 'admin', '2024-09-02T15:00:00Z' \
         FROM ep_goals g JOIN enrollments e ON e.id = g.enrollment_id JOIN customers c ON c.id = e.customer_id \
         WHERE c.individual_number = $1 AND e.program_id = $2",
        vec![vec![number.into(), program.into(), code.into(), kind.into()]],
    );
    let (verified, entered): (Vec<_>, Vec<_>) = weeks.iter().partition(|(_, _, v)| v.is_some());
    db.exec_each(
        "INSERT INTO attendance (activity_id, week, customer_id, hours, entered_by, entered_at, verified_hours, \
         verified_by, verified_at) SELECT a.id, $3, a.customer_id, $4, 'staff', '2025-10-01T12:00:00Z', $5, 'staff', \
         '2025-10-01T12:00:00Z' FROM activities a WHERE a.id = (SELECT MAX(a2.id) FROM activities a2 \
         JOIN customers c ON c.id = a2.customer_id WHERE c.individual_number = $1 AND a2.code = $2)",
        verified
            .iter()
            .map(|(week, hours, v)| {
                vec![number.into(), code.into(), day(week).into(), (hours * 100).into(), v.map(|v| v * 100).into()]
            })
            .collect(),
    );
    db.exec_each(
        "INSERT INTO attendance (activity_id, week, customer_id, hours, entered_by, entered_at) \
         SELECT a.id, $3, a.customer_id, $4, 'staff', '2025-10-01T12:00:00Z' FROM activities a \
         WHERE a.id = (SELECT MAX(a2.id) FROM activities a2 JOIN customers c ON c.id = a2.customer_id \
         WHERE c.individual_number = $1 AND a2.code = $2)",
        entered
            .iter()
            .map(|(week, hours, _)| vec![number.into(), code.into(), day(week).into(), (hours * 100).into()])
            .collect(),
    );
}

/// The attendance the FNS-583 tests count, each week chosen for a rule:
/// - Abbot (ABAWD): Supervised Job Search at Acme in October and November, Community
///   Workfare at Acme in December: two components, one person.
/// - Baker: SJS in the week of Monday 30 September 2024 (FFY24, though it ends in
///   October) and of Monday 28 October (October, though it ends in November).
/// - Cole (no ABAWD status): SJS hours entered but never verified in October, verified as
///   0 in November, verified in December.
/// - Dunn: Vocational Training at Beta Jobs in October and January; Employment (E, no
///   federal component by default) at Acme in November.
/// - Ellis (ABAWD): Community Workfare at Beta Jobs in October 2024, in the weeks of 22
///   and 29 September 2025 (FFY25) and of 6 October 2025 (FFY26).
fn quarter(db: &TestDb) {
    people(db, EXTRACT);
    attended(
        db,
        ANT,
        ACME,
        "SJS",
        &[("2024-10-07", 5, Some(5)), ("2024-11-04", 3, Some(3))],
    );
    attended(db, ANT, ACME, "CW", &[("2024-12-02", 4, Some(4))]);
    attended(
        db,
        BEA,
        ACME,
        "SJS",
        &[("2024-09-30", 6, Some(6)), ("2024-10-28", 6, Some(6))],
    );
    attended(
        db,
        CY,
        ACME,
        "SJS",
        &[
            ("2024-10-14", 8, None),
            ("2024-11-11", 2, Some(0)),
            ("2024-12-09", 2, Some(2)),
        ],
    );
    attended(
        db,
        DI,
        BETA,
        "VT",
        &[("2024-10-21", 3, Some(3)), ("2025-01-06", 10, Some(10))],
    );
    attended(db, DI, ACME, "E", &[("2024-11-18", 20, Some(20))]);
    attended(
        db,
        ED,
        BETA,
        "CW",
        &[
            ("2024-10-07", 6, Some(6)),
            ("2025-09-22", 6, Some(6)),
            ("2025-09-29", 6, Some(6)),
            ("2025-10-06", 6, Some(6)),
        ],
    );
}

fn report(year: &str, quarter: &str, more: &[&'static str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "report",
        "fns-583",
        "--federal-fiscal-year",
        year,
        "--quarter",
        quarter,
    ]
    .map(String::from)
    .to_vec();
    args.extend(more.iter().map(|m| m.to_string()));
    args
}

fn json_of(db: &TestDb, user: &str, args: &[String]) -> Value {
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    args.extend(["--format", "json"]);
    let out = db.isets_as(user, &args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("json")
}

/// The figure of `column` (`month_1` … `year_to_date`) on the line of `component` (none:
/// any component) for `population`.
fn figure(report: &Value, component: Option<&str>, population: &str, column: &str) -> Value {
    let lines = report["lines"].as_array().expect("lines");
    let line = lines
        .iter()
        .find(|l| {
            l["rule"] == "G2"
                && l["line"] != "participants during the fiscal year"
                && l["component"].as_str() == component
                && l["population"] == population
        })
        .unwrap_or_else(|| panic!("no line for {component:?} {population}"));
    line[column].clone()
}

fn steps(user: &'static str, runs: Vec<Vec<String>>) -> Vec<(&'static str, Vec<String>)> {
    runs.into_iter().map(|r| (user, r)).collect()
}

/// [`transcript`] of owned arguments.
fn transcript_of(db: &TestDb, steps: &[(&'static str, Vec<String>)]) -> String {
    let borrowed: Vec<(&str, Vec<&str>)> = steps
        .iter()
        .map(|(u, a)| (*u, a.iter().map(String::as_str).collect()))
        .collect();
    transcript(db, &borrowed)
}

both! {
    fn g2_g5_ffy25_q1_by_component_and_month_split_into_abawds_and_others(db) {
        quarter(db);
        snapshot_of("fns583_ffy25_q1", &transcript_of(db, &steps("admin", vec![report("FFY25", "1", &[])])));
        snapshot_of("fns583_ffy25_q1_json", &transcript_of(db, &steps("admin", vec![report("FFY25", "1", &["--format", "json"])])));
        snapshot_of("fns583_ffy25_q1_csv", &transcript_of(db, &steps("admin", vec![report("FFY25", "1", &["--format", "csv"])])));
        snapshot_of(
            "fns583_ffy25_q1_detail",
            &transcript_of(db, &steps("admin", vec![
                report("FFY25", "1", &["--detail"]),
                report("FFY25", "1", &["--detail", "--format", "csv"]),
            ])),
        );
        let q1 = json_of(db, "admin", &report("FFY25", "1", &[]));
        let sjs = Some("supervised-job-search");
        // G2, E7: Baker's week of Monday 28 October counts in October alone; Cole's
        // unverified October hours do not count.
        assert_eq!(figure(&q1, sjs, "all", "month_1"), 2, "Abbot and Baker in October");
        // G2: Cole's November hours were verified as 0: a person counts with hours above zero.
        assert_eq!(figure(&q1, sjs, "all", "month_2"), 1, "Abbot alone in November");
        assert_eq!(figure(&q1, sjs, "all", "month_3"), 1, "Cole in December");
        // G1: Baker's week of Monday 30 September 2024 is FFY24's, not October's.
        assert_eq!(figure(&q1, sjs, "all", "quarter"), 3, "Abbot, Baker and Cole, each once");
        // G2: the ABAWD split; Cole, whose status the extract does not give, is among the others.
        assert_eq!(figure(&q1, sjs, "abawd", "month_1"), 1);
        assert_eq!(figure(&q1, sjs, "others", "month_1"), 1);
        assert_eq!(figure(&q1, sjs, "abawd", "month_3"), 0);
        assert_eq!(figure(&q1, sjs, "others", "month_3"), 1);
        // G3: Dunn's Employment (E) is no federal component by default.
        assert_eq!(figure(&q1, Some("work-activity"), "all", "month_2"), 0);
        assert_eq!(figure(&q1, None, "all", "month_2"), 1, "Abbot alone in November, in any component");
        // G2: Abbot took part in two components and counts once in the distinct lines.
        assert_eq!(figure(&q1, Some("workfare"), "all", "quarter"), 2, "Abbot and Ellis");
        assert_eq!(figure(&q1, Some("career-technical-education"), "all", "quarter"), 1, "Dunn");
        assert_eq!(figure(&q1, None, "all", "quarter"), 5, "five people, not 3 + 2 + 1");
        assert_eq!(figure(&q1, None, "all", "year_to_date"), 5);
        assert_eq!(figure(&q1, None, "abawd", "year_to_date"), 2, "Abbot and Ellis");
        assert_eq!(q1["abawd_split"], true);
        // G4: never a number.
        for line in q1["lines"].as_array().expect("lines").iter().filter(|l| l["rule"] == "G4") {
            for column in ["month_1", "month_2", "month_3", "quarter", "year_to_date"] {
                assert_eq!(line[column], "not available from ISETS", "{line}");
            }
        }
        // G1: the second quarter's year to date counts October to March, each person once.
        let q2 = json_of(db, "admin", &report("FFY25", "2", &[]));
        let vt = Some("career-technical-education");
        assert_eq!(figure(&q2, vt, "all", "month_1"), 1, "Dunn in January");
        assert_eq!(figure(&q2, vt, "all", "quarter"), 1);
        assert_eq!(figure(&q2, vt, "all", "year_to_date"), 1, "Dunn once, in October and January");
        assert_eq!(figure(&q2, None, "all", "quarter"), 1);
        assert_eq!(figure(&q2, None, "all", "year_to_date"), 5);
        // G5: the people behind the figures, each (person, component, month) once, no SSN.
        let detail = json_of(db, "admin", &report("FFY25", "1", &["--detail"]));
        let people = detail["people"].as_array().expect("people");
        assert_eq!(people.len(), 7, "{people:#?}");
        assert!(!detail.to_string().contains("1111") && !detail.to_string().contains("ssn"));
        assert!(q1.get("people").is_none(), "only on request");
        // A report writes nothing.
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'federal%'"), 0);
    }
}

both! {
    fn g1_the_federal_year_runs_from_october_to_september(db) {
        quarter(db);
        // G1: Ellis's weeks of Monday 22 and 29 September 2025 are FFY25's September; the
        // week of 6 October 2025 is FFY26's first month.
        snapshot_of("fns583_ffy25_q4", &transcript_of(db, &steps("admin", vec![report("FFY25", "4", &[])])));
        let q4 = json_of(db, "admin", &report("FFY25", "4", &[]));
        let cw = Some("workfare");
        assert_eq!(figure(&q4, cw, "all", "month_3"), 1, "Ellis in September");
        assert_eq!(figure(&q4, cw, "all", "quarter"), 1);
        assert_eq!(figure(&q4, cw, "all", "year_to_date"), 2, "Abbot and Ellis, from 1 October 2024");
        // G2: with the fourth quarter, the people who took part during the year, once each.
        let year = q4["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .find(|l| l["line"] == "participants during the fiscal year")
            .expect("the fourth quarter's line")
            .clone();
        assert_eq!(year["year_to_date"], 5);
        assert_eq!(year["month_1"], Value::Null);
        let q1 = json_of(db, "admin", &report("FFY25", "1", &[]));
        assert!(
            !q1["lines"].as_array().expect("lines").iter().any(|l| l["line"] == "participants during the fiscal year"),
            "only with the fourth quarter"
        );
        let ffy26 = json_of(db, "admin", &report("FFY26", "1", &[]));
        assert_eq!(figure(&ffy26, cw, "all", "month_1"), 1, "Ellis in October 2025");
        assert_eq!(figure(&ffy26, cw, "all", "year_to_date"), 1, "September's weeks are last year's");
        let ffy24 = json_of(db, "admin", &report("2024", "4", &[]));
        assert_eq!(figure(&ffy24, Some("supervised-job-search"), "all", "month_3"), 1, "Baker in September 2024");
        assert_eq!(ffy24["federal_fiscal_year"], "FFY24");
        // G1: the state's fiscal year is refused by name; a quarter is 1 to 4.
        let refused = transcript(db, &[
            ("admin", vec!["report", "fns-583", "--federal-fiscal-year", "FY25", "--quarter", "1"]),
            ("admin", vec!["report", "fns-583", "--federal-fiscal-year", "fy2026", "--quarter", "1"]),
            ("admin", vec!["report", "fns-583", "--federal-fiscal-year", "FFY2", "--quarter", "1"]),
            ("admin", vec!["report", "fns-583", "--federal-fiscal-year", "FFY25", "--quarter", "5"]),
            ("admin", vec!["report", "fns-583", "--federal-fiscal-year", "FFY25", "--quarter", "1", "--provider", "Nobody Inc"]),
            ("nobody", vec!["report", "fns-583", "--federal-fiscal-year", "FFY25", "--quarter", "1"]),
        ]);
        snapshot_of("fns583_refusals", &refused);
    }
}

/// The time migration 0017 seeded the mapping at, which is when the test's stage
/// database was built, written as `[MIGRATED]` (as a table shows it and as JSON does).
fn seeded_time_hidden(db: &TestDb, text: &str) -> String {
    let out = db
        .isets(&["federal-component", "list", "--format", "json"])
        .output()
        .expect("run");
    let list: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let mut text = text.to_string();
    for row in list.as_array().expect("rows") {
        if row["changed_by"] == "isets"
            && let Some(at) = row["changed_at"].as_str()
        {
            let shown = chrono::DateTime::parse_from_rfc3339(at)
                .expect("a time")
                .with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M:%S UTC")
                .to_string();
            let padded = format!("{:<1$}", "[MIGRATED]", shown.len());
            text = text.replace(at, "[MIGRATED]").replace(&shown, &padded);
        }
    }
    text
}

fn mapping_written(db: &TestDb) -> Vec<(String, i64)> {
    db.rows(
        "SELECT 'mapped', COUNT(component) FROM federal_components \
         UNION ALL SELECT 'rows', COUNT(*) FROM federal_components \
         UNION ALL SELECT 'by admin', COUNT(*) FROM federal_components WHERE changed_by <> 'isets' \
         UNION ALL SELECT 'audit', COUNT(*) FROM audit_log",
    )
}

both! {
    fn g3_the_mapping_is_data_the_state_changes_and_the_report_follows(db) {
        quarter(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let before = mapping_written(db);
        let refused = transcript(db, &[
            // G3: only activities of the catalogue map, only to federal components.
            ("admin", vec!["federal-component", "set", "TRANSPORTATION", "--component", "workfare"]),
            ("admin", vec!["federal-component", "set", "XYZ", "--component", "workfare"]),
            ("admin", vec!["federal-component", "set", "E", "--component", "employment"]),
            ("admin", vec!["federal-component", "set", "SJS", "--component", "supervised-job-search"]),
            ("admin", vec!["federal-component", "set", "CS", "--component", "none"]),
            // The state's data: super users change it (ManageSettings).
            ("acmestaff", vec!["federal-component", "set", "E", "--component", "work-activity"]),
            ("admin", vec!["federal-component", "set", "E", "--component", "work-activity", "--dry-run"]),
        ]);
        assert_eq!(mapping_written(db), before, "refused or dry run: nothing written\n{refused}");
        let nov = |db: &TestDb| {
            let q1 = json_of(db, "acmestaff", &report("FFY25", "1", &[]));
            (
                figure(&q1, Some("work-activity"), "all", "month_2"),
                figure(&q1, None, "all", "month_2"),
                figure(&q1, None, "all", "year_to_date"),
            )
        };
        // Acme Works' staff see Acme's activities: Dunn's Employment is no component yet.
        assert_eq!(nov(db), (0.into(), 1.into(), 3.into()));
        let changed = transcript(db, &[
            ("acmestaff", vec!["federal-component", "list"]),
            ("admin", vec!["federal-component", "set", "e", "--component", "Work activity", "--reason", "subsidized employment is work activity"]),
            ("admin", vec!["federal-component", "set", "JR", "--component", "none"]),
            ("acmestaff", vec!["federal-component", "list", "--format", "csv"]),
            ("acmestaff", vec!["federal-component", "list", "--format", "json"]),
        ]);
        snapshot_of("fns583_g3_mapping", &seeded_time_hidden(db, &format!("{refused}{changed}")));
        // G3: Dunn's Employment in November is work activity now, in every report run after.
        assert_eq!(nov(db), (1.into(), 2.into(), 4.into()));
        assert_eq!(
            db.strings("SELECT code || ' ' || COALESCE(component, 'none') || ' ' || COALESCE(fns_group, '-') || ' ' || changed_by \
                        FROM federal_components WHERE changed_by <> 'isets' ORDER BY code"),
            ["E work-activity work-experience admin", "JR none - admin"]
        );
        assert_eq!(
            db.strings("SELECT action || ' ' || entity_id || ' ' || COALESCE(reason, '-') FROM audit_log \
                        WHERE entity_kind = 'federal-component' ORDER BY id"),
            ["federal-component.set E subsidized employment is work activity", "federal-component.set JR -"]
        );
    }
}

both! {
    fn g2_without_abawd_in_the_extract_all_are_others_and_hours_count_once_verified(db) {
        // Doe's extract has no abawd column; Doe is enrolled at Acme Works since 2026-02-16.
        crate::activities::enrolled(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        for args in [
            vec!["activity", "add", "123456789", "--goal", "1", "--code", "SJS", "--planned-start", "2026-02-16",
                 "--planned-end", "2026-06-30", "--note", "job search"],
            vec!["activity", "start", "1", "--date", "2026-02-16", "--note", "started"],
            vec!["attendance", "add", "1", "--week", "2026-02-23", "--hours", "5"],
        ] {
            db.isets_as("acmestaff", &args).assert().success();
        }
        let text = transcript(db, &[
            // E7: entered, not verified yet: nobody counts.
            ("acmestaff", vec!["report", "fns-583", "--federal-fiscal-year", "FFY26", "--quarter", "2", "--format", "csv"]),
            ("acmestaff", vec!["attendance", "verify", "1", "--week", "2026-02-23", "-q"]),
            ("acmestaff", vec!["report", "fns-583", "--federal-fiscal-year", "FFY26", "--quarter", "2"]),
            ("acmestaff", vec!["report", "fns-583", "--federal-fiscal-year", "FFY26", "--quarter", "2", "--detail", "--format", "csv"]),
        ]);
        snapshot_of("fns583_g2_no_abawd_status", &text);
        let q2 = json_of(db, "acmestaff", &report("FFY26", "2", &[]));
        assert_eq!(q2["abawd_split"], false);
        assert_eq!(figure(&q2, Some("supervised-job-search"), "abawd", "month_2"), "not available from ISETS");
        assert_eq!(figure(&q2, Some("supervised-job-search"), "others", "month_2"), 1);
        assert_eq!(q2["scope"], "Acme Works");
    }
}

/// `args` with `more` after them.
fn and(mut args: Vec<String>, more: &[&str]) -> Vec<String> {
    args.extend(more.iter().map(|m| m.to_string()));
    args
}

/// The cell of `sheet` in the column headed `column`, on the first row whose columns
/// `keys` name hold the strings they give.
fn cell_of(
    book: &mut calamine::Xlsx<std::io::BufReader<std::fs::File>>,
    sheet: &str,
    keys: &[(&str, &str)],
    column: &str,
) -> calamine::Data {
    use calamine::{Data, Reader};
    let range = book.worksheet_range(sheet).expect("the sheet");
    let mut rows = range.rows();
    let header = rows.next().expect("a header row");
    let at = |name: &str| {
        header
            .iter()
            .position(|h| *h == Data::String(name.to_string()))
            .unwrap_or_else(|| panic!("no column {name} in {sheet}"))
    };
    let keys: Vec<(usize, Data)> = keys
        .iter()
        .map(|(k, v)| (at(k), Data::String(v.to_string())))
        .collect();
    rows.find(|r| keys.iter().all(|(k, v)| r[*k] == *v))
        .unwrap_or_else(|| panic!("no row {keys:?} in {sheet}"))[at(column)]
    .clone()
}

both! {
    fn g1_g5_report_files_hold_what_format_prints_and_a_workbook_a_sheet_per_section(db) {
        use calamine::{Data, Reader, Xlsx, open_workbook};
        quarter(db);
        let file = |name: &str| db.home().join(name);
        let path = |name: &str| file(name).display().to_string();
        let q1 = report("FFY25", "1", &[]);
        let detail = report("FFY25", "1", &["--detail"]);
        let audit = db.count("SELECT COUNT(*) FROM audit_log");
        let text = transcript_of(db, &steps("admin", vec![
            and(q1.clone(), &["--output", &path("q1.csv")]),
            // An existing file is kept unless --force replaces it.
            and(q1.clone(), &["--output", &path("q1.csv")]),
            and(q1.clone(), &["-o", &path("q1.json")]),
            // A file's format is its extension's, whatever --format says.
            and(q1.clone(), &["--output", &path("q1.xlsx"), "--format", "json"]),
            and(detail.clone(), &["--output", &path("q1-detail.csv")]),
            and(detail.clone(), &["--output", &path("q1-detail.json")]),
            and(detail.clone(), &["--output", &path("q1-detail.xlsx")]),
            and(report("FFY25", "4", &[]), &["--output", &path("q4.xlsx")]),
            and(q1.clone(), &["--output", &path("q1.xls")]),
            and(q1.clone(), &["--output", &path("q1")]),
        ]));
        let read = |name: &str| std::fs::read_to_string(file(name)).expect("written");
        snapshot_of(
            "fns583_files",
            &format!("{text}== q1.csv\n{}== q1-detail.csv\n{}", read("q1.csv"), read("q1-detail.csv")),
        );
        // The files hold what --format prints, byte for byte.
        let admin = |args: Vec<String>| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            db.isets_as("admin", &args)
        };
        let printed = |args: Vec<String>| {
            let out = admin(args).output().expect("run");
            assert!(out.status.success(), "{}", stderr(&out));
            stdout(&out)
        };
        assert_eq!(read("q1.csv"), printed(and(q1.clone(), &["--format", "csv"])));
        assert_eq!(read("q1-detail.csv"), printed(and(detail.clone(), &["--format", "csv"])));
        let parsed = |name: &str| -> Value { serde_json::from_str(&read(name)).expect("json") };
        assert_eq!(parsed("q1.json"), json_of(db, "admin", &q1));
        assert_eq!(parsed("q1-detail.json"), json_of(db, "admin", &detail));
        assert_eq!(parsed("q1-detail.json")["people"].as_array().map(Vec::len), Some(7));
        // Refused: nothing written, nothing replaced.
        assert!(!file("q1.xls").exists() && !file("q1").exists());
        let before = read("q1.csv");
        let out = admin(and(detail.clone(), &["--output", &path("q1.csv")])).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(read("q1.csv"), before, "an existing file is kept without --force");
        // --force replaces a file, with or without --detail.
        std::fs::write(file("q1.csv"), "old").expect("write");
        admin(and(q1.clone(), &["--output", &path("q1.csv"), "--force", "-q"])).assert().success().stdout("").stderr("");
        assert_eq!(read("q1.csv"), before);
        admin(and(detail.clone(), &["-o", &path("q1.csv"), "--force"])).assert().success().stdout("");
        assert_eq!(read("q1.csv"), read("q1-detail.csv"));
        // The workbook: a sheet per section, figures as numbers, dates as dates.
        let q1_cells = crate::reports::cells(&file("q1.xlsx"));
        let detail_cells = crate::reports::cells(&file("q1-detail.xlsx"));
        snapshot_of("fns583_files_detail_xlsx", &detail_cells);
        // Without --detail, the same sheets but the people.
        assert!(detail_cells.starts_with(&q1_cells) && detail_cells[q1_cells.len()..].starts_with("== sheet people\n"));
        let mut book: Xlsx<_> = open_workbook(file("q1.xlsx")).expect("open the workbook");
        assert_eq!(book.sheet_names(), ["report", "participants", "not available", "notes"]);
        let participants = |book: &mut Xlsx<_>, component: &str, population: &str, column: &str| {
            let key = if component == "any" { ("line", "participants in any component") } else { ("component", component) };
            cell_of(book, "participants", &[key, ("population", population)], column)
        };
        assert_eq!(participants(&mut book, "supervised-job-search", "all", "month_1"), Data::Float(2.0), "Abbot and Baker");
        assert_eq!(participants(&mut book, "any", "all", "quarter"), Data::Float(5.0), "G2: five people, each once");
        assert_eq!(participants(&mut book, "any", "abawd", "year_to_date"), Data::Float(2.0));
        assert_eq!(
            cell_of(&mut book, "not available", &[("line", "new work registrants")], "quarter"),
            Data::String("not available from ISETS".into()),
            "G4: never a number"
        );
        let date = |cell: Data| match cell {
            Data::DateTime(d) => d.as_datetime().map(|t| t.date()),
            other => panic!("not a date: {other:?}"),
        };
        assert_eq!(date(cell_of(&mut book, "report", &[("field", "fiscal year from")], "value")), Some(day("2024-10-01")));
        assert_eq!(date(cell_of(&mut book, "report", &[("field", "quarter to")], "value")), Some(day("2024-12-31")));
        assert_eq!(cell_of(&mut book, "report", &[("field", "quarter")], "value"), Data::Float(1.0));
        let mut book: Xlsx<_> = open_workbook(file("q1-detail.xlsx")).expect("open the workbook");
        assert_eq!(book.sheet_names(), ["report", "participants", "not available", "notes", "people"]);
        assert_eq!(cell_of(&mut book, "people", &[("last_name", "Cole")], "month"), Data::String("2024-12".into()));
        assert_eq!(cell_of(&mut book, "people", &[("last_name", "Cole")], "abawd"), Data::Empty, "G2: not given");
        let mut book: Xlsx<_> = open_workbook(file("q4.xlsx")).expect("open the workbook");
        assert_eq!(
            cell_of(&mut book, "report", &[("field", "people who took part during the fiscal year")], "value"),
            Data::Float(5.0)
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), audit, "a report writes nothing");
    }
}
