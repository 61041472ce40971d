//! `isets ies import|batches`: the IES extract (DOMAIN.md §5, I1–I4).

use crate::roles::customers::EXTRACT;
use crate::support::*;
use crate::{both, snapshot};

const HEADER: &str = "individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,snap_status,redetermination_date,midpoint_date";

fn write(db: &TestDb, name: &str, bytes: &[u8]) -> String {
    let path = db.home().join(name);
    std::fs::write(&path, bytes).expect("write the extract");
    path.display().to_string()
}

/// The people as the database holds them, in individual-number order.
fn people(db: &TestDb) -> Vec<String> {
    db.strings(
        "SELECT individual_number || '|' || case_number || '|' || last_name || '|' || first_name || '|' \
         || CAST(date_of_birth AS TEXT) || '|' || ssn_last4 || '|' || COALESCE(county, '') || '|' \
         || snap_status || '|' || COALESCE(CAST(redetermination_date AS TEXT), '') \
         FROM customers ORDER BY individual_number",
    )
}

fn written(db: &TestDb) -> (i64, i64, i64, i64, i64) {
    (
        db.count("SELECT COUNT(*) FROM ies_batches"),
        db.count("SELECT COUNT(*) FROM customers"),
        db.count("SELECT COUNT(*) FROM customer_history"),
        db.count("SELECT COUNT(*) FROM customer_status_history"),
        db.count("SELECT COUNT(*) FROM audit_log"),
    )
}

both! {
    fn i1_i2_i3_i4_an_import_then_a_changed_extract(db) {
        db.init();
        let first = write(db, "first.csv", EXTRACT.as_bytes());
        snapshot!("ies_import_first", db, &mut db.isets(&["ies", "import", &first, "--as-of", "2026-03-01"]));
        assert_eq!(
            people(db),
            [
                "123456789|C-100|Doe|Jo|1990-03-04|1234|Cook|Y|2026-09-30",
                "223456789|C-200|Roe|Al|1985-03-05|9876||P|",
            ]
        );
        // Each person's first SNAP status is in the status history (I2).
        assert_eq!(
            db.strings(
                "SELECT c.individual_number || ':' || COALESCE(h.old_status, '-') || '>' || h.new_status \
                 FROM customer_status_history h JOIN customers c ON c.id = h.customer_id ORDER BY h.id"
            ),
            ["123456789:->Y", "223456789:->P"]
        );
        // The second extract: Doe moved county and lost SNAP, Roe is missing (I4), a
        // new person arrives; columns in another order, with abawd.
        let second = "snap_status,individual_number,case_number,last_name,first_name,dob,ssn_last4,email,phone,street,city,zip,county,redetermination_date,midpoint_date,abawd\n\
             N,123456789,C-100,Doe,Jo,1990-03-04,1234,jo@example.org,312-555-0100,1 Main St,Chicago,60601,Lake,2026-09-30,2026-06-30,Y\n\
             Y,323456789,C-300,Poe,Ed,1980-01-01,1111,,,,,,,,,N\n";
        let second = write(db, "second.csv", second.as_bytes());
        snapshot!("ies_import_second", db, &mut db.isets(&["ies", "import", &second, "--as-of", "2026-03-14", "--format", "json"]));
        assert_eq!(
            people(db),
            [
                "123456789|C-100|Doe|Jo|1990-03-04|1234|Lake|N|2026-09-30",
                "223456789|C-200|Roe|Al|1985-03-05|9876||P|",
                "323456789|C-300|Poe|Ed|1980-01-01|1111||Y|",
            ]
        );
        assert_eq!(
            db.strings(
                "SELECT c.individual_number || ' ' || h.field || ': ' || COALESCE(h.old_value, '-') || ' > ' \
                 || COALESCE(h.new_value, '-') || ' (batch ' || CAST(h.batch_id AS TEXT) || ', ' || h.changed_by || ')' \
                 FROM customer_history h JOIN customers c ON c.id = h.customer_id ORDER BY h.field"
            ),
            [
                "123456789 abawd: - > Y (batch 2, admin)",
                "123456789 county: Cook > Lake (batch 2, admin)",
                "123456789 snap_status: Y > N (batch 2, admin)",
            ]
        );
        assert_eq!(
            db.strings(
                "SELECT c.individual_number || ':' || COALESCE(h.old_status, '-') || '>' || h.new_status \
                 FROM customer_status_history h JOIN customers c ON c.id = h.customer_id ORDER BY h.id"
            ),
            ["123456789:->Y", "223456789:->P", "123456789:Y>N", "323456789:->Y"]
        );
        // The same extract again changes nothing, once forced (I3).
        let again = db.isets(&["ies", "import", &second, "--force", "--format", "json"]).output().expect("run");
        assert_eq!(out_json(&again)["unchanged"], 2);
        assert_eq!(out_json(&again)["changed"], 0);
        snapshot!("ies_batches", db, &mut db.isets(&["ies", "batches"]));
        // I3: every batch id a person or history row carries names a recorded batch, and
        // a batch is never removed (the rule those ids rely on instead of foreign keys).
        assert_eq!(
            db.count(
                "SELECT COUNT(*) FROM (SELECT first_batch_id AS b FROM customers UNION ALL \
                 SELECT last_batch_id FROM customers UNION ALL SELECT batch_id FROM customer_history \
                 UNION ALL SELECT batch_id FROM customer_status_history) x \
                 WHERE b IS NOT NULL AND b NOT IN (SELECT id FROM ies_batches)"
            ),
            0
        );
        let removed = db.try_exec("DELETE FROM ies_batches WHERE id = 1");
        assert!(
            removed.as_ref().is_err_and(|e| e.contains("I3: IES batches are never removed")),
            "{removed:?}"
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM ies_batches"), 3);
        assert_eq!(
            db.strings("SELECT action || ' ' || entity_kind || ':' || entity_id FROM audit_log WHERE action LIKE 'ies.%' ORDER BY id"),
            ["ies.import ies_batch:1", "ies.import ies_batch:2", "ies.import ies_batch:3"]
        );
    }

    fn i3_the_same_file_twice_is_refused_unless_forced(db) {
        db.init();
        let file = write(db, "extract.csv", EXTRACT.as_bytes());
        assert!(db.isets(&["ies", "import", &file]).output().expect("run").status.success());
        let before = written(db);
        snapshot!("ies_import_same_file", db, &mut db.isets(&["ies", "import", &file]));
        assert_eq!(written(db), before);
        let out = db.isets(&["ies", "import", &file, "--force"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            db.strings("SELECT CASE WHEN forced THEN 'forced' ELSE 'first' END FROM ies_batches ORDER BY id"),
            ["first", "forced"]
        );
    }

    fn i1_bad_rows_are_reported_and_the_good_ones_imported(db) {
        db.init();
        let text = format!(
            "{HEADER},favourite_colour\n\
             123456789,C-1,Doe,Jo,1990-03-04,1234,,,,,,,Y,,,blue\n\
             12345678,C-2,Short,Number,1990-03-04,1234,,,,,,,Y,,,\n\
             323456789,C-3,Bad,Date,1990-02-30,1234,,,,,,,Y,,,\n\
             423456789,C-4,Full,Ssn,1990-03-04,123-45-6789,,,,,,,Y,,,\n\
             523456789,C-5,Bad,Status,1990-03-04,1234,,,,,,,Q,,,\n\
             623456789,,No,Case,1990-03-04,1234,,,,,,,Y,,,\n\
             723456789,C-7,Twice,One,1990-03-04,1234,,,,,,,Y,,,\n\
             723456789,C-7,Twice,Two,1990-03-04,1234,,,,,,,Y,,,\n\
             823456789,C-8,Cut"
        );
        let file = write(db, "bad-rows.csv", text.as_bytes());
        let rejects = db.home().join("rejects.csv");
        let rejects_arg = rejects.display().to_string();
        snapshot!("ies_import_bad_rows", db, &mut db.isets(&["ies", "import", &file, "--rejects", &rejects_arg]));
        assert_eq!(people(db), ["123456789|C-1|Doe|Jo|1990-03-04|1234||Y|"]);
        // The full SSN is never repeated, in messages or in the rejects file.
        let listed = std::fs::read_to_string(&rejects).expect("rejects file");
        assert!(!listed.contains("45-6789"), "{listed}");
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("ies_import_rejects_file", listed);
        });
        assert_eq!(db.strings("SELECT CAST(rejected_count AS TEXT) FROM ies_batches"), ["8"]);
    }

    fn i1_bad_files_stop_before_anything_is_written(db) {
        db.init();
        let before = written(db);
        let latin1 = [HEADER.as_bytes(), b"\n123456789,C-1,M\xfcller,Jo,1990-03-04,1234,,,,,,,Y,,\n"].concat();
        let cases: [(&str, Vec<u8>); 4] = [
            ("empty.csv", Vec::new()),
            ("binary.csv", b"PK\x03\x04\x00\x00\x08\x00binary".to_vec()),
            ("missing.csv", b"individual_number,last_name,first_name\n123456789,Doe,Jo\n".to_vec()),
            ("latin1.csv", latin1),
        ];
        let mut results = String::new();
        for (name, bytes) in cases {
            let file = write(db, name, &bytes);
            results.push_str(&format!("== {name}\n{}", result_of(db, &mut db.isets(&["ies", "import", &file]))));
        }
        let missing = db.home().join("absent.csv").display().to_string();
        results.push_str(&format!("== absent.csv\n{}", result_of(db, &mut db.isets(&["ies", "import", &missing]))));
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!("ies_import_bad_files", results);
        });
        assert_eq!(written(db), before);
    }

    fn i3_a_dry_run_reports_and_writes_nothing(db) {
        db.init();
        let file = write(db, "extract.csv", EXTRACT.as_bytes());
        let before = written(db);
        snapshot!("ies_import_dry_run", db, &mut db.isets(&["ies", "import", &file, "--dry-run", "--as-of", "2026-03-01"]));
        assert_eq!(written(db), before);
        // The dry run recorded no batch, so the real import is not refused as a repeat.
        assert!(db.isets(&["ies", "import", &file]).output().expect("run").status.success());
        assert_eq!(db.count("SELECT COUNT(*) FROM customers"), 2);
    }
}

both! {
    fn i1_i3_changed_keys_and_repeated_rows_whether_unchanged_or_new(db) {
        db.init();
        let first = write(db, "first.csv", EXTRACT.as_bytes());
        assert!(db.isets(&["ies", "import", &first]).output().expect("run").status.success());
        // Doe's case number and name change (indexed fields); Roe's row, unchanged, comes
        // twice, and so does a new person: all four rows are refused (I1); one new person.
        let second = format!(
            "{HEADER}\n\
             123456789,C-101,Doe-Smith,Jo,1990-03-04,1234,jo@example.org,312-555-0100,1 Main St,Chicago,60601,Cook,Y,2026-09-30,2026-06-30\n\
             223456789,C-200,Roe,Al,03/05/1985,9876,,,,,,,P,,\n\
             323456789,C-300,Poe,Ed,1980-01-01,1111,,,,,,,Y,,\n\
             223456789,C-200,Roe,Al,03/05/1985,9876,,,,,,,P,,\n\
             423456789,C-400,Lee,Ann,1981-01-01,2222,,,,,,,N,,\n\
             323456789,C-300,Poe,Ed,1980-01-01,1111,,,,,,,Y,,\n"
        );
        let second = write(db, "second.csv", second.as_bytes());
        let out = db.isets(&["ies", "import", &second, "--format", "json"]).output().expect("run");
        let json = out_json(&out);
        assert_eq!(
            [&json["new"], &json["changed"], &json["unchanged"], &json["rejected"]],
            [1, 1, 0, 4]
        );
        let lines: Vec<String> = json["rejects"]
            .as_array()
            .expect("rejects")
            .iter()
            .map(|r| format!("{} {}: {}", r["line"], r["value"], r["reason"]))
            .collect();
        assert_eq!(
            lines,
            [
                "3 \"223456789\": \"appears on lines 3, 5: one row per person (rule I1)\"",
                "4 \"323456789\": \"appears on lines 4, 7: one row per person (rule I1)\"",
                "5 \"223456789\": \"appears on lines 3, 5: one row per person (rule I1)\"",
                "7 \"323456789\": \"appears on lines 4, 7: one row per person (rule I1)\"",
            ]
        );
        assert_eq!(
            people(db),
            [
                "123456789|C-101|Doe-Smith|Jo|1990-03-04|1234|Cook|Y|2026-09-30",
                "223456789|C-200|Roe|Al|1985-03-05|9876||P|",
                "423456789|C-400|Lee|Ann|1981-01-01|2222||N|",
            ]
        );
        assert_eq!(
            db.strings(
                "SELECT c.individual_number || ' ' || h.field || ': ' || COALESCE(h.old_value, '-') || ' > ' \
                 || COALESCE(h.new_value, '-') FROM customer_history h JOIN customers c ON c.id = h.customer_id \
                 ORDER BY h.id"
            ),
            ["123456789 case_number: C-100 > C-101", "123456789 last_name: Doe > Doe-Smith"]
        );
        assert_eq!(
            db.strings(
                "SELECT c.individual_number || ':' || COALESCE(h.old_status, '-') || '>' || h.new_status \
                 FROM customer_status_history h JOIN customers c ON c.id = h.customer_id ORDER BY h.id"
            ),
            ["123456789:->Y", "223456789:->P", "423456789:->N"]
        );
        // Found by its new name and case number.
        assert_eq!(
            db.count("SELECT COUNT(*) FROM customers WHERE last_name_key = 'doe-smith' AND case_number = 'C-101'"),
            1
        );
    }
}

fn out_json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("json")
}
