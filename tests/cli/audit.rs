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

/// `isets audit head -q` as a string without its newline.
fn head_of(db: &TestDb) -> String {
    let out = db.isets(&["audit", "head", "-q"]).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).trim_end().to_string()
}

/// Every audit record, in id order.
fn records(db: &TestDb) -> Vec<isets::audit::AuditRecord> {
    db.rows(
        "SELECT id, at, operator, command, action, entity_kind, entity_id, organization_id, \
         before, after, reason, prev_hash, hash FROM audit_log ORDER BY id",
    )
}

/// Changes the reason of the record with `id` and recomputes its hash and every later
/// link and hash, as someone who can write the table could: the chain still verifies.
fn rewrite(db: &TestDb, id: i64, reason: &str) {
    let all = records(db);
    let at = all
        .iter()
        .position(|r| r.id == id)
        .expect("record to rewrite");
    let mut prev = if at == 0 {
        isets::audit::GENESIS.to_string()
    } else {
        all[at - 1].hash.clone()
    };
    let mut updates = Vec::new();
    for mut record in all.into_iter().skip(at) {
        if record.id == id {
            record.reason = Some(reason.to_string());
        }
        record.prev_hash = prev;
        record.hash = record.expected_hash();
        prev = record.hash.clone();
        updates.push(isets::args![
            record.reason,
            record.prev_hash,
            record.hash,
            record.id
        ]);
    }
    db.exec_each(
        "UPDATE audit_log SET reason = $1, prev_hash = $2, hash = $3 WHERE id = $4",
        updates,
    );
}

both! {
    fn head_prints_the_count_and_the_newest_hash(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        let newest = db.strings("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").remove(0);
        let json = db.isets(&["audit", "head", "--format", "json"]).output().expect("run");
        assert!(json.status.success(), "{}", stderr(&json));
        assert_eq!(stdout(&json), format!("{{\n  \"records\": 11,\n  \"hash\": \"{newest}\"\n}}\n"));
        let quiet = db.isets(&["audit", "head", "-q"]).output().expect("run");
        assert_eq!((stdout(&quiet), stderr(&quiet)), (format!("11:{newest}\n"), String::new()));
        let csv = db.isets(&["audit", "head", "--format", "csv"]).output().expect("run");
        assert_eq!(stdout(&csv), format!("records,hash\n11,{newest}\n"));
        let table = db.isets(&["audit", "head"]).output().expect("run");
        let rule = format!("+{}+{}+", "-".repeat(9), "-".repeat(66));
        assert_eq!(
            stdout(&table),
            format!(
                "{rule}\n| records | hash{} |\n+{}+\n| 11      | {newest} |\n{rule}\n",
                " ".repeat(60),
                "=".repeat(76)
            )
        );
    }

    fn head_of_an_empty_log_is_the_genesis_hash(db) {
        db.init();
        db.exec("DELETE FROM audit_log");
        assert_eq!(head_of(db), format!("0:{}", isets::audit::GENESIS));
        let out = db.isets(&["audit", "verify", "--expect-head", &head_of(db)]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
    }

    fn verify_accepts_heads_the_chain_extends(db) {
        db.with_providers();
        let older = head_of(db);
        db.add_user("staff1", "Acme Works", "provider-staff");
        let newest = head_of(db);
        let out = db.isets(&["audit", "verify", "--expect-head", &older, "--expect-head", &newest])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stderr(&out), "audit chain verified: 11 records, all intact, extending all 2 given heads\n");

        let first = format!("1:{}", db.strings("SELECT hash FROM audit_log WHERE id = 1")[0]);
        let file = db.home().join("heads");
        std::fs::write(&file, format!("# isets audit head -q, daily\n{first}\n\n{older}  # before staff1\n   \n{newest}\n"))
            .expect("write heads");
        let out = db.isets(&["audit", "verify", "--expect-heads", file.to_str().expect("path"), "--format", "json"])
            .output()
            .expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stderr(&out), "audit chain verified: 11 records, all intact, extending all 3 given heads\n");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!((v["records"].clone(), v["heads"].clone()), (11.into(), 3.into()));
        assert_eq!(v["not_extended"], serde_json::Value::Null);
    }

    fn removed_newest_records_pass_verify_but_not_an_expected_head(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        let head = head_of(db);
        db.exec("DELETE FROM audit_log WHERE id > 9");
        let plain = db.isets(&["audit", "verify"]).output().expect("run");
        assert!(plain.status.success(), "{}", stderr(&plain));
        assert_eq!(stderr(&plain), "audit chain verified: 9 records, all intact\n");
        let out = db.isets(&["audit", "verify", "--expect-head", &head]).output().expect("run");
        assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!("error: audit chain does not extend head {head}: the log has 9 records, 2 are missing (deleted or truncated)\n")
        );
    }

    fn a_rewrite_with_recomputed_hashes_passes_verify_but_not_an_expected_head(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        let head = head_of(db);
        let old: Vec<String> = db.strings("SELECT hash FROM audit_log ORDER BY id");
        let (head3, head4) = (format!("3:{}", old[2]), format!("4:{}", old[3]));
        rewrite(db, 4, "rewritten");
        let new: Vec<String> = db.strings("SELECT hash FROM audit_log ORDER BY id");
        assert_eq!(new[..3], old[..3]);
        assert_ne!(new[3], old[3]);

        let plain = db.isets(&["audit", "verify"]).output().expect("run");
        assert!(plain.status.success(), "{}", stderr(&plain));

        let out = db.isets(&["audit", "verify", "--expect-head", &head]).output().expect("run");
        assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!("error: audit chain does not extend head {head}: record 11 (id 11) now has hash {}: the log was rewritten at or before it\n", new[10])
        );

        // Heads kept more often narrow the rewrite down to one record.
        let file = db.home().join("heads");
        std::fs::write(&file, format!("{head3}\n{head4}\n{head}\n")).expect("write heads");
        let out = db.isets(&["audit", "verify", "--expect-heads", file.to_str().expect("path")])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
        assert_eq!(
            stderr(&out),
            format!(
                "error: audit chain does not extend head {head4}: record 4 (id 4) now has hash {}: \
                 the log was rewritten at or before it, after record 3 (which still matches its head)\n",
                new[3]
            )
        );
    }

    fn a_malformed_head_is_a_usage_error(db) {
        db.init();
        let out = db.isets(&["audit", "verify", "--expect-head", "7:XYZ"]).output().expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            "error: --expect-head: \"7:XYZ\" is not COUNT:HASH (H1): the hash \"XYZ\" is not 64 lowercase hexadecimal digits (SHA-256)\n"
        );
        let hash = isets::audit::GENESIS.replace('0', "a");
        let out = db.isets(&["audit", "verify", "--expect-head", &format!("seven:{hash}")]).output().expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            format!("error: --expect-head: \"seven:{hash}\" is not COUNT:HASH (H1): the count \"seven\" is not a whole number of records\n")
        );

        let file = db.home().join("heads");
        let path = file.to_str().expect("path");
        std::fs::write(&file, format!("# heads\n{}\n\n7 {hash}\n", head_of(db))).expect("write heads");
        let out = db.isets(&["audit", "verify", "--expect-heads", path]).output().expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            format!("error: {path}:4: \"7 {hash}\" is not COUNT:HASH (H1): it has no ':'\n")
        );
        let missing = db.home().join("no-such-file");
        let out = db.isets(&["audit", "verify", "--expect-heads", missing.to_str().expect("path")])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).starts_with(&format!("error: {}: cannot read: ", missing.display())), "{}", stderr(&out));
    }

    fn head_is_for_statewide_readers_only(db) {
        db.with_providers();
        db.add_user("pm1", "Acme Works", "provider-manager");
        db.add_user("staff1", "Acme Works", "provider-staff");
        db.add_user("bill1", "IDHS", "billing");
        for user in ["pm1", "staff1"] {
            let out = db.isets_as(user, &["audit", "head"]).output().expect("run");
            assert_eq!(out.status.code(), Some(7), "{user}: {}", stderr(&out));
            assert_eq!(stdout(&out), "");
        }
        let out = db.isets_as("bill1", &["audit", "head", "-q"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stdout(&out), format!("{}\n", head_of(db)));
    }
}
