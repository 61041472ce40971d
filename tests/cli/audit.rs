//! The audit log (H1): a record per change in the same transaction, filters, and the
//! tamper-evident hash chain.

use crate::both;
use crate::support::*;

both! {
    fn every_write_is_audited_with_command_operator_and_reason(db) {
        db.init();
        db.isets(&["provider", "add", "Acme Works", "--spcq-approved-on", "2024-01-15",
                   "--reason", "new contract FCSABC123"])
            .assert()
            .success();
        assert_eq!(
            db.rows::<(String, String, String, String, Option<String>)>(
                "SELECT operator, action, entity_id, command, reason FROM audit_log WHERE entity_kind = 'organization' AND entity_id = 'Acme Works'"
            ),
            vec![(
                ADMIN.into(),
                "organization.create".into(),
                "Acme Works".into(),
                "isets provider add 'Acme Works' --spcq-approved-on 2024-01-15 --reason 'new contract FCSABC123'".into(),
                Some("new contract FCSABC123".into()),
            )]
        );
    }

    fn a_refused_command_leaves_no_audit_record(db) {
        db.init();
        db.isets(&["provider", "add", "Acme Works", "--spcq-approved-on", "2024-01-15"]).assert().success();
        let before = db.count("SELECT COUNT(*) FROM audit_log");
        db.isets(&["provider", "add", "ACME WORKS", "--spcq-approved-on", "2024-01-15"]).assert().code(5);
        db.isets(&["provider", "add", "Other", "--spcq-approved-on", "2024-01-15", "--dry-run"]).assert().success();
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), before);
        assert_eq!(db.count("SELECT COUNT(*) FROM organizations"), 2);
    }

    fn log_filters_by_entity_operator_and_date(db) {
        db.with_providers();
        db.add_user("ops1", "IDHS", "super-user");
        db.isets_at("ops1", "2026-04-01T09:00:00Z", &["provider", "add", "Gamma", "--spcq-approved-on", "2024-01-01"])
            .assert()
            .success();
        let ids = |args: &[&str]| {
            let mut all = vec!["audit", "log", "--format", "json"];
            all.extend(args);
            let out = db.isets(&all).output().expect("run");
            assert!(out.status.success(), "{}", stderr(&out));
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
            v.as_array()
                .expect("array")
                .iter()
                .map(|r| format!("{} {}:{}", r["action"].as_str().unwrap_or(""), r["entity_kind"].as_str().unwrap_or(""), r["entity_id"].as_str().unwrap_or("")))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&["--entity", "user:ops1"]), vec!["user.create user:ops1", "listing.add user:ops1"]);
        assert_eq!(
            ids(&["--entity", "organization"]),
            vec!["organization.create organization:IDHS", "organization.create organization:Acme Works",
                 "organization.create organization:Beta Jobs", "organization.create organization:Gamma"]
        );
        assert_eq!(ids(&["--operator", "ops1"]), vec!["organization.create organization:Gamma"]);
        assert_eq!(ids(&["--since", "04/01/2026"]), vec!["organization.create organization:Gamma"]);
        assert_eq!(ids(&["--since", "2026-04-02"]), Vec::<String>::new());
        let bad = db.isets(&["audit", "log", "--since", "April"]).output().expect("run");
        assert_eq!(bad.status.code(), Some(2));
    }

    fn verify_passes_on_an_intact_chain(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        let out = db.isets(&["audit", "verify", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["records"], 11);
        assert_eq!(v["first_bad"], serde_json::Value::Null);
        assert!(stderr(&out).contains("audit chain verified: 11 records"), "{}", stderr(&out));
    }

    fn verify_names_the_first_changed_record(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        db.exec("UPDATE audit_log SET reason = 'rewritten' WHERE id = 4");
        let out = db.isets(&["audit", "verify"]).output().expect("run");
        assert_eq!(out.status.code(), Some(5));
        assert_eq!(
            stderr(&out),
            "error: audit chain broken at record 4: its content does not match its hash (the record was changed) (4 records checked)\n"
        );
    }

    fn verify_names_the_record_after_a_deleted_one(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        db.exec("DELETE FROM audit_log WHERE id = 5");
        let out = db.isets(&["audit", "verify"]).output().expect("run");
        assert_eq!(out.status.code(), Some(5));
        assert!(stderr(&out).contains("audit chain broken at record 6: its link to the previous record is broken"), "{}", stderr(&out));
    }
}
