//! `isets document add|list|get` (E8): documents attached to customers, in a store
//! addressed by content that never overwrites one.

use crate::both;
use crate::customer_record::assigned;
use crate::support::*;

/// The store's contents: files beside a SQLite database, rows on PostgreSQL.
fn stored(db: &TestDb) -> Vec<String> {
    match db.kind {
        Kind::Sqlite => {
            let folder = db.home().join("isets.db.documents");
            let mut names = Vec::new();
            if let Ok(dirs) = std::fs::read_dir(&folder) {
                for dir in dirs {
                    for file in std::fs::read_dir(dir.expect("dir").path()).expect("list") {
                        names.push(
                            file.expect("file")
                                .file_name()
                                .to_string_lossy()
                                .into_owned(),
                        );
                    }
                }
            }
            names.sort();
            names
        }
        Kind::Postgres => db.strings("SELECT sha256 FROM document_contents ORDER BY sha256"),
    }
}

both! {
    fn e8_a_signed_plan_is_stored_once_and_read_back_whole(db) {
        assigned(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        let plan = db.home().join("signed-plan.pdf");
        std::fs::write(&plan, b"%PDF-1.4 signed employment plan\n").expect("write");
        let copy = db.home().join("copy.pdf");
        std::fs::write(&copy, b"%PDF-1.4 signed employment plan\n").expect("write");
        let empty = db.home().join("empty.pdf");
        std::fs::write(&empty, b"").expect("write");
        let plan = plan.display().to_string();
        let copy = copy.display().to_string();
        let empty = empty.display().to_string();
        let missing = db.home().join("missing.pdf").display().to_string();
        let out = db.home().join("out.pdf").display().to_string();
        let text = transcript(db, &[
            ("acmestaff", vec!["document", "add", "123456789", "--category", "Plan", &plan]),
            // The same content again: a second document, one stored content.
            ("acmestaff", vec!["document", "add", "123456789", "--category", "plan", &copy]),
            ("acmestaff", vec!["document", "add", "123456789", "--category", "Resume", &plan]),
            ("acmestaff", vec!["document", "add", "123456789", "--category", "Plan", &empty]),
            ("acmestaff", vec!["document", "add", "123456789", "--category", "Plan", &missing]),
            // Outside reach: the customer reads as absent.
            ("betastaff", vec!["document", "add", "123456789", "--category", "Plan", &plan]),
            // A super user acts in the provider's place only with a reason (§1, note 1).
            ("admin", vec!["document", "add", "123456789", "--category", "Plan", &plan, "--org", "Acme Works"]),
            ("acmestaff", vec!["document", "list", "123456789"]),
            ("betastaff", vec!["document", "list", "123456789"]),
            ("betastaff", vec!["document", "get", "1", "--output", &out]),
            ("acmestaff", vec!["document", "get", "1", "--output", &out]),
            ("acmestaff", vec!["document", "get", "2", "--output", &out]),
        ]);
        snapshot_of("documents_e8", &text);
        assert_eq!(
            std::fs::read(db.home().join("out.pdf")).expect("read"),
            b"%PDF-1.4 signed employment plan\n"
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM customer_documents"), 2);
        let sha = db.strings("SELECT DISTINCT sha256 FROM customer_documents");
        assert_eq!(stored(db), sha);
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'document.%' ORDER BY id"),
            ["document.add", "document.add"]
        );
        // With a reason the super user may.
        db.isets(&["document", "add", "123456789", "--category", "Plan", &plan, "--org", "Acme Works", "--reason", "provider asked for help"])
            .assert()
            .success();
        assert_eq!(
            db.strings("SELECT COALESCE(reason, '-') FROM audit_log WHERE action = 'document.add' ORDER BY id"),
            ["-", "-", "provider asked for help"]
        );
    }

    fn e8_a_damaged_content_is_refused_not_returned(db) {
        assigned(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        let plan = db.home().join("plan.pdf");
        std::fs::write(&plan, b"plan").expect("write");
        db.isets_as("acmestaff", &["document", "add", "123456789", "--category", "Plan", &plan.display().to_string()])
            .assert()
            .success();
        let sha = db.strings("SELECT sha256 FROM customer_documents").remove(0);
        match db.kind {
            Kind::Sqlite => {
                let path = db.home().join("isets.db.documents").join(&sha[..2]).join(&sha);
                std::fs::write(path, b"tampered").expect("tamper");
            }
            Kind::Postgres => {
                // Stored contents never change: the trigger refuses, even for the owner.
                let changed = db.try_exec("UPDATE document_contents SET content = 'x'");
                assert!(changed.as_ref().is_err_and(|e| e.contains("E8: stored documents are never overwritten")), "{changed:?}");
                let removed = db.try_exec("DELETE FROM document_contents");
                assert!(removed.is_err(), "{removed:?}");
                return;
            }
        }
        let out = db.home().join("out.pdf");
        let run = db.isets_as("acmestaff", &["document", "get", "1", "--output", &out.display().to_string()])
            .output()
            .expect("run");
        assert_eq!(run.status.code(), Some(70), "{}", stderr(&run));
        assert!(stderr(&run).contains("no longer matches its hash"), "{}", stderr(&run));
        assert!(!out.exists());
    }
}
