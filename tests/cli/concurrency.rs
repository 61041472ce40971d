//! Concurrent writers: on SQLite they wait on the busy timeout instead of failing; on
//! both backends the audit chain stays one unbroken chain.

use std::process::Command;

use crate::both;
use crate::support::*;

both! {
    fn concurrent_writers_all_succeed_and_the_chain_holds(db) {
        db.init();
        db.login(ADMIN);
        let bin = assert_cmd::cargo::cargo_bin("isets");
        let handles: Vec<_> = (0..8)
            .map(|i| {
                Command::new(&bin)
                    .args(["provider", "add", &format!("Parallel {i}"), "--spcq-approved-on", "2024-01-01", "-q"])
                    .env_clear()
                    .env("HOME", db.home())
                    .env("XDG_CONFIG_HOME", db.home().join("config"))
                    .env("NO_COLOR", "1")
                    .env("ISETS_DATABASE_URL", db.url(ADMIN))
                    .env("ISETS_USER", ADMIN)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for handle in handles {
            let out = handle.wait_with_output().expect("wait");
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        assert_eq!(db.count("SELECT COUNT(*) FROM organizations WHERE name LIKE 'Parallel %'"), 8);
        let out = db.isets(&["audit", "verify", "--format", "json"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["records"], 3 + 8);
    }
}
