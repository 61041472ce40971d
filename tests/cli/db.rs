//! `isets db migrate|status` and the schema check every other command makes.

use crate::both;
use crate::support::*;

both! {
    fn status_lists_applied_and_pending(db) {
        if db.kind == Kind::Sqlite {
            let out = db.isets(&["db", "status"]).output().expect("run");
            assert_eq!(out.status.code(), Some(9), "no database file yet: {}", stderr(&out));
            db.isets(&["db", "migrate", "--dry-run"]).assert().code(9);
        }
        db.migrate();
        let out = db.isets(&["db", "status", "--format", "csv"]).output().expect("run");
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("version,description,state,applied_at"));
        assert!(lines.next().is_some_and(|l| l.starts_with("1,base,applied,")), "{text}");
        let again = db.isets_as("postgres", &["db", "migrate"]).env("ISETS_DATABASE_URL", db.url("postgres")).output().expect("run");
        assert!(again.status.success(), "{}", stderr(&again));
        assert!(stderr(&again).contains("applied 0 migration(s)"), "{}", stderr(&again));
    }

    fn commands_refuse_a_missing_or_mismatched_schema(db) {
        if db.kind == Kind::Postgres {
            let out = db.isets(&["user", "list"]).output().expect("run");
            assert_eq!(out.status.code(), Some(9));
            assert!(stderr(&out).contains("no isets schema: run `isets init`"), "{}", stderr(&out));
        }
        db.init();
        match db.kind {
            Kind::Sqlite => db.exec("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
                 VALUES (99990101000000, 'from the future', TRUE, X'00', 0)"),
            Kind::Postgres => db.exec("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
                 VALUES (99990101000000, 'from the future', TRUE, '\\x00', 0)"),
        }
        let out = db.isets(&["user", "list"]).output().expect("run");
        assert_eq!(out.status.code(), Some(9));
        assert!(stderr(&out).contains("newer than this isets (migration 99990101000000 is unknown to it): upgrade isets"), "{}", stderr(&out));
        db.exec("DELETE FROM _sqlx_migrations");
        let out = db.isets(&["user", "list"]).output().expect("run");
        assert_eq!(out.status.code(), Some(9));
        assert!(stderr(&out).contains("older than this isets (migration 1 base is pending): run `isets db migrate`"), "{}", stderr(&out));
    }

    fn once_users_exist_only_a_super_user_migrates(db) {
        db.with_providers();
        db.add_user("wfd1", "IDHS", "wfd");
        let out = db.isets_as("wfd1", &["db", "migrate"]).output().expect("run");
        assert_eq!(out.status.code(), Some(7), "{}", stderr(&out));
        db.isets(&["db", "migrate"]).assert().success();
    }

    fn operator_identity_follows_the_backend(db) {
        db.with_providers();
        db.add_user("wfd1", "IDHS", "wfd");
        let out = db.isets_as("wfd1", &["org", "list", "-q", "--as", ADMIN]).output().expect("run");
        match db.kind {
            Kind::Sqlite => {
                assert!(out.status.success(), "{}", stderr(&out));
            }
            Kind::Postgres => {
                assert_eq!(out.status.code(), Some(2));
                assert!(stderr(&out).contains("is refused on PostgreSQL: the operator is the database login (wfd1)"), "{}", stderr(&out));
            }
        }
        let unknown = db.isets_as("nobody", &["org", "list"]).output().expect("run");
        assert_eq!(unknown.status.code(), Some(7));
        assert!(stderr(&unknown).contains("operator \"nobody\" is not an isets user"), "{}", stderr(&unknown));
    }
}

#[test]
fn sqlite_default_database_lives_in_the_data_folder() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let mut cmd = db.isets(&[
        "init",
        "--super-user",
        "admin",
        "--first",
        "A",
        "--last",
        "B",
        "--email",
        "a@b.org",
        "--dob",
        "1970-01-01",
    ]);
    cmd.env_remove("ISETS_DATABASE_URL");
    cmd.assert().success();
    assert!(db.home().join("data/isets/isets.db").exists());
}

#[test]
fn unreachable_postgres_is_database_unavailable() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    let out = db
        .isets(&["user", "list"])
        .env("ISETS_DATABASE_URL", "postgres://nobody@127.0.0.1:1/isets")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(8), "{}", stderr(&out));
    assert!(
        stderr(&out).starts_with("error: database unavailable:"),
        "{}",
        stderr(&out)
    );
}
