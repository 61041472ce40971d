//! `isets init` and the schema checks.

use crate::both;
use crate::support::*;

both! {
    fn init_creates_idhs_and_first_super_user(db) {
        db.init();
        assert_eq!(db.strings("SELECT name FROM organizations"), vec!["IDHS"]);
        assert_eq!(db.strings("SELECT username FROM users"), vec![ADMIN]);
        assert_eq!(
            db.strings("SELECT role FROM listings WHERE removed_at IS NULL"),
            vec!["super-user"]
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), 3);
    }

    fn init_refuses_once_users_exist(db) {
        db.init();
        let out = db
            .isets(&["init", "--super-user", "other", "--first", "O", "--last", "T",
                     "--email", "o@example.org", "--dob", "1970-01-01"])
            .assert()
            .code(5)
            .get_output()
            .clone();
        assert!(stderr(&out).contains("already initialized"), "{}", stderr(&out));
        assert_eq!(db.count("SELECT COUNT(*) FROM users"), 1);
    }
}
