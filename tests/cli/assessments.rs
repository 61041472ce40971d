//! Assessments (DOMAIN.md §6): the Initial Screening and the Needs Assessment added and
//! listed with the state of each (A2), the warning of a more recent one entered
//! elsewhere (A4), a new Initial Screening when one exists (A5), the refusals, and the
//! programs recommended on the current Initial Screening (A1, P4).

use crate::both;
use crate::roles::customers::EXTRACT;
use crate::support::*;

fn run(db: &TestDb, args: &[&str]) {
    let out = db.isets(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// Providers with programs of FY26 (the test's today is in it) and one of FY27, Doe
/// (Cook County, born 1990-03-04) an ISETS customer assigned to Acme Works, and a
/// caseworker at each provider, a provider manager of Acme Works and billing staff.
///
/// Programs: 1 Acme Works, Main (Cook), part time, BE VT, for customer service
/// (43-4051) with criteria; 2 Acme Works, Main, full time, SJS, nothing more; 3 Beta
/// Jobs, HQ (Lake), full time, CW, "Lake County"; 4 Acme Works FY27 (not current).
fn doe(db: &TestDb) {
    db.with_providers();
    db.customers_from(EXTRACT, NOW, &[DOE]);
    run(
        db,
        &[
            "provider",
            "add-program",
            "Acme Works",
            "--contract",
            "FCSACME1",
            "--location",
            "Main",
            "--type",
            "snap-jp",
            "--fiscal-year",
            "FY26",
            "--activity",
            "BE",
            "--activity",
            "VT",
            "--part-time",
            "--description",
            "Customer service training with GED classes",
            "--target-occupation",
            "43-4051",
            "--criterion",
            "no high school diploma",
            "--criterion",
            "interested in customer service",
            "--criterion",
            "ABAWD",
        ],
    );
    run(
        db,
        &[
            "provider",
            "add-program",
            "Acme Works",
            "--contract",
            "FCSACME1",
            "--location",
            "Main",
            "--type",
            "snap-jp",
            "--fiscal-year",
            "FY26",
            "--activity",
            "SJS",
            "--full-time",
            "--description",
            "Job search",
        ],
    );
    run(
        db,
        &[
            "provider",
            "add-program",
            "Beta Jobs",
            "--contract",
            "FCSBETA1",
            "--location",
            "HQ",
            "--type",
            "earnfare",
            "--fiscal-year",
            "FY26",
            "--activity",
            "CW",
            "--full-time",
            "--description",
            "Workfare",
            "--criterion",
            "Lake County",
        ],
    );
    run(
        db,
        &[
            "provider",
            "add-program",
            "Acme Works",
            "--contract",
            "FCSACME1",
            "--location",
            "Main",
            "--type",
            "snap-jp",
            "--fiscal-year",
            "FY27",
            "--activity",
            "VT",
            "--part-time",
            "--description",
            "Next year",
        ],
    );
    run(
        db,
        &[
            "customer",
            "assign",
            "123456789",
            "--provider",
            "Acme Works",
            "--program",
            "2",
            "--office",
            "Cook Central FCRC",
        ],
    );
    db.add_user("acmestaff", "Acme Works", "provider-staff");
    db.add_user("betastaff", "Beta Jobs", "provider-staff");
    db.add_user("acmepm", "Acme Works", "provider-manager");
    db.add_user("billing", "IDHS", "billing");
    db.add_user("bothstaff", "Acme Works", "provider-staff");
    db.add_user("bothstaff", "Beta Jobs", "provider-staff");
}

both! {
    fn a2_a4_a5_assessments_added_and_listed_with_their_state(db) {
        doe(db);
        let text = transcript_at(db, &[
            // A1: the Initial Screening with the answers programs match on.
            ("acmestaff", NOW, vec![
                "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
                "--availability", "part-time", "--education", "below-high-school", "--soc", "43-4051",
                "--occupation", "customer service", "--barrier", "childcare", "--barrier", "limited-english",
            ]),
            // A5: IDHS enters a new one while one exists; the county is IES's.
            ("admin", NOW, vec![
                "assessment", "add", "123456789", "--initial", "--completed-on", "02/25/2026",
                "--availability", "either", "--education", "high-school",
            ]),
            // A4: a more recent one by an organization outside the caseworker's reach:
            // added, with a warning that names only the date; this one is superseded.
            ("acmestaff", NOW, vec![
                "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-24",
                "--county", "Lake County", "--availability", "full-time", "--education", "associate",
            ]),
            ("admin", NOW, vec![
                "assessment", "add", "123456789", "--needs", "--completed-on", "2026-03-01", "--provider", "acme works",
            ]),
            // A4: the provider manager enters for IDHS and is told Acme Works did one too.
            ("acmepm", NOW, vec!["assessment", "add", "123456789", "--needs", "--completed-on", "2026-03-01"]),
            ("acmestaff", NOW, vec!["assessment", "list", "123456789"]),
            // A2: current, then due for review at 6 months, due soon in the last 30 days
            // (or as configured), overdue at 12 months.
            ("admin", NOW, vec!["assessment", "list", "123456789"]),
            ("admin", "2026-08-25T12:00:00Z", vec!["assessment", "list", "123456789"]),
            ("admin", "2027-02-01T12:00:00Z", vec!["assessment", "list", "123456789"]),
            ("admin", "2027-02-01T12:00:00Z", vec!["assessment", "list", "123456789", "--due-soon-days", "3"]),
            ("admin", "2027-02-26T12:00:00Z", vec!["assessment", "list", "123456789"]),
        ]);
        snapshot_of("assessments_a2_a4_a5", &text);
        assert_eq!(
            db.strings("SELECT a.kind || ' ' || CAST(a.completed_on AS TEXT) || ' ' || coalesce(o.name, 'IDHS') || ' ' || a.entered_by \
                        FROM assessments a LEFT JOIN organizations o ON o.id = a.organization_id ORDER BY a.id"),
            [
                "initial 2026-02-20 Acme Works acmestaff",
                "initial 2026-02-25 IDHS admin",
                "initial 2026-02-24 Acme Works acmestaff",
                "needs 2026-03-01 Acme Works admin",
                "needs 2026-03-01 IDHS acmepm",
            ]
        );
        assert_eq!(
            db.strings("SELECT CAST(assessment_id AS TEXT) || ' ' || county || ' ' || availability || ' ' || education FROM assessment_screenings ORDER BY assessment_id"),
            ["1 Cook part-time below-high-school", "2 Cook either high-school", "3 Lake full-time associate"]
        );
        assert_eq!(
            db.strings("SELECT barrier FROM assessment_barriers ORDER BY barrier"),
            ["childcare", "limited-english"]
        );
        // Each addition is audited with the customer and the answers.
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'assessment.create'"), 5);
    }
}

both! {
    fn assessment_list_json_carries_the_answers(db) {
        doe(db);
        db.isets_as("acmestaff", &[
            "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
            "--availability", "part-time", "--education", "below-high-school", "--soc", "43-4051",
            "--occupation", "customer service", "--barrier", "limited-english", "--barrier", "childcare",
        ])
        .assert()
        .success();
        let out = db.isets_as("acmestaff", &["assessment", "list", "123456789", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(
            json,
            serde_json::json!([{
                "id": 1,
                "kind": "initial",
                "completed_on": "2026-02-20",
                "state": "current",
                "review_on": "2026-08-20",
                "due_on": "2027-02-20",
                "organization": "Acme Works",
                "entered_by": "acmestaff",
                "entered_at": "2026-03-02T15:04:05Z",
                "screening": {
                    "county": "Cook",
                    "availability": "part-time",
                    "education": "below-high-school",
                    "desired_soc": "43-4051",
                    "desired_occupation": "customer service",
                    "barriers": ["childcare", "limited-english"],
                },
            }])
        );
        let out = db.isets_as("acmestaff", &["assessment", "list", "123456789", "--format", "csv"]).output().expect("run");
        assert_eq!(
            stdout(&out),
            "id,kind,completed_on,state,review_on,due_on,organization,entered_by,entered_at\n\
             1,initial,2026-02-20,current,2026-08-20,2027-02-20,Acme Works,acmestaff,2026-03-02T15:04:05Z\n"
        );
    }
}

both! {
    fn assessment_refusals_write_nothing(db) {
        doe(db);
        let add = |extra: &[&'static str]| {
            let mut args = vec!["assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
                "--availability", "either", "--education", "high-school"];
            args.extend(extra);
            args
        };
        let before = db.count("SELECT COUNT(*) FROM audit_log");
        let text = transcript_at(db, &[
            // A2: the day it was completed: not in the future, not before birth.
            ("acmestaff", NOW, vec!["assessment", "add", "123456789", "--needs", "--completed-on", "2026-03-03"]),
            ("acmestaff", NOW, vec!["assessment", "add", "123456789", "--needs", "--completed-on", "03/03/1990"]),
            ("acmestaff", NOW, vec!["assessment", "add", "123456789", "--needs", "--completed-on", "2026-02-30"]),
            // A1: the screening's answers.
            ("acmestaff", NOW, vec!["assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20", "--availability", "either"]),
            ("acmestaff", NOW, vec![
                "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
                "--availability", "either", "--education", "phd",
            ]),
            ("acmestaff", NOW, add(&["--soc", "434051"])),
            ("acmestaff", NOW, add(&["--barrier", "weather"])),
            ("acmestaff", NOW, vec!["assessment", "add", "123456789", "--needs", "--completed-on", "2026-02-20", "--education", "graduate"]),
            // Unknown, and outside reach, read alike.
            ("acmestaff", NOW, vec!["assessment", "add", "999999999", "--needs", "--completed-on", "2026-02-20"]),
            ("betastaff", NOW, vec!["assessment", "add", "123456789", "--needs", "--completed-on", "2026-02-20"]),
            ("betastaff", NOW, vec!["assessment", "list", "123456789"]),
            // Another provider: not the caseworker's to enter for.
            ("acmestaff", NOW, add(&["--provider", "Beta Jobs"])),
            ("acmestaff", NOW, add(&["--provider", "Nowhere Inc"])),
            ("bothstaff", NOW, add(&[])),
            ("billing", NOW, add(&[])),
            ("billing", NOW, vec!["assessment", "list", "123456789"]),
            ("admin", NOW, vec!["assessment", "list", "123456789", "--due-soon-days", "400"]),
            // A dry run writes nothing either.
            ("acmestaff", NOW, add(&["--dry-run"])),
        ]);
        snapshot_of("assessments_refused", &text);
        // The kind is required (clap's usage line names the operator's environment, so
        // it is not in the snapshot).
        let out = db.isets_as("acmestaff", &["assessment", "add", "123456789", "--completed-on", "2026-02-20"])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("<--initial|--needs>"), "{}", stderr(&out));
        assert_eq!(db.count("SELECT COUNT(*) FROM assessments"), 0);
        assert_eq!(db.count("SELECT COUNT(*) FROM assessment_screenings"), 0);
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), before);
    }
}

both! {
    fn a1_p4_programs_recommended_on_the_current_initial_screening(db) {
        doe(db);
        let text = transcript_at(db, &[
            // A1: no Initial Screening yet.
            ("admin", NOW, vec!["customer", "recommend", "123456789"]),
            ("acmestaff", NOW, vec![
                "assessment", "add", "123456789", "--initial", "--completed-on", "2026-02-20",
                "--availability", "part-time", "--education", "below-high-school", "--soc", "43-4051",
                "--occupation", "customer service", "--barrier", "childcare",
            ]),
            ("admin", NOW, vec!["customer", "recommend", "123456789"]),
            ("admin", NOW, vec!["customer", "recommend", "123456789", "--all"]),
            // Provider staff see their own provider's programs.
            ("acmestaff", NOW, vec!["customer", "recommend", "123456789", "--all"]),
            ("admin", NOW, vec!["customer", "recommend", "123456789", "--format", "csv"]),
            // A2: a year later the screening is no longer current.
            ("admin", "2027-02-20T12:00:00Z", vec!["customer", "recommend", "123456789"]),
            ("betastaff", NOW, vec!["customer", "recommend", "123456789"]),
        ]);
        snapshot_of("customer_recommend", &text);
        let out = db.isets(&["customer", "recommend", "123456789", "--format", "json"]).output().expect("run");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(
            json[0],
            serde_json::json!({
                "rank": 1,
                "percent": 100,
                "program": 1,
                "provider": "Acme Works",
                "location": "Main",
                "county": "Cook",
                "program_type": "snap-jp",
                "fiscal_year": "FY26",
                "full_time": false,
                "part_time": true,
                "activities": ["BE", "VT"],
                "description": "Customer service training with GED classes",
                "target_occupation": "43-4051",
                "parts": [
                    {"part": "location", "earned": 30, "possible": 30},
                    {"part": "schedule", "earned": 20, "possible": 20},
                    {"part": "occupation", "earned": 20, "possible": 20},
                    {"part": "activities", "earned": 15, "possible": 15},
                    {"part": "criteria", "earned": 15, "possible": 15},
                ],
                "not_judged": ["ABAWD"],
            })
        );
        // Beta Jobs' program fits in nothing: listed only with --all.
        assert_eq!(column(&json, "program"), ["1", "2"]);
    }
}
