//! The shared test context: a throwaway database of either kind, the binary driven
//! through assert_cmd as a chosen operator, and direct queries to check rows.
//!
//! PostgreSQL: one private server per test run, started from the installed binaries
//! (initdb into a temporary folder, a free loopback port; as root the server runs as
//! the `postgres` user) and stopped when the run ends; each test gets a fresh database.
//! `ISETS_TEST_DATABASE_URL` (a superuser url) uses an existing server instead.
//!
//! The common starting points (schema; schema, IDHS and `admin`; and the two active
//! providers) are built once per run by the real commands and copied for each test
//! that asks for them: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on
//! PostgreSQL.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command as Process, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use isets::db::{Arg, Db, Record};

use crate::pg_cluster::{as_postgres, bindir, free_port, init_cluster, is_root};

/// The time every test command sees, so outputs are exact.
pub const NOW: &str = "2026-03-02T15:04:05Z";

/// A person of a test extract: first name, last name, individual number, email.
pub type Person = (&'static str, &'static str, &'static str, &'static str);
/// The people most tests make customers (in `roles::customers::EXTRACT`).
pub const DOE: Person = ("Jo", "Doe", "123456789", "jo@isets.example");
pub const ROE: Person = ("Al", "Roe", "223456789", "al@isets.example");
pub const ADMIN: &str = "admin";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

struct PgServer {
    /// Superuser url without a database name, e.g. `postgres://postgres@127.0.0.1:5433`.
    base: String,
}

static PG: OnceLock<Option<PgServer>> = OnceLock::new();
static COUNTER: AtomicUsize = AtomicUsize::new(0);

// The server and its watchdog are left running on purpose: the watchdog outlives this
// process and stops the server after it.
#[allow(clippy::zombie_processes)]
fn start_pg() -> Option<PgServer> {
    if let Ok(url) = std::env::var("ISETS_TEST_DATABASE_URL") {
        let base = url
            .rsplit_once('/')
            .map(|(b, _)| b.to_string())
            .unwrap_or(url);
        let server = PgServer { base };
        server.create_group_roles();
        return Some(server);
    }
    let Some(bin) = bindir() else {
        eprintln!(
            "\n*** POSTGRESQL TESTS SKIPPED: no PostgreSQL server binaries found (install postgresql) ***\n"
        );
        if std::env::var_os("ISETS_REQUIRE_POSTGRES").is_some() {
            panic!("ISETS_REQUIRE_POSTGRES is set but PostgreSQL is not installed");
        }
        return None;
    };
    let dir = std::env::temp_dir().join(format!("isets-pg-{}", std::process::id()));
    let root = is_root();
    let data = init_cluster(&bin, &dir, root);
    let port = free_port();
    let log = dir.join("server.log");
    let mut server = as_postgres(root, &bin.join("postgres"));
    server
        .arg("-D")
        .arg(&data)
        .args([
            "-p",
            &port.to_string(),
            "-c",
            "listen_addresses=127.0.0.1",
            "-k",
        ])
        .arg(&dir)
        .args([
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
        ])
        .args(["-c", "max_connections=200"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(
            std::fs::File::create(&log)
                .map(Stdio::from)
                .unwrap_or(Stdio::null()),
        );
    let child = server.spawn().expect("start postgres");
    // The server outlives no test run: a watchdog stops it and removes its folder once
    // this process is gone.
    let watchdog = format!(
        "while kill -0 {parent} 2>/dev/null; do sleep 0.5; done; kill -INT {pid} 2>/dev/null; \
         for i in $(seq 1 40); do kill -0 {pid} 2>/dev/null || break; sleep 0.25; done; \
         kill -KILL {pid} 2>/dev/null; rm -rf '{dir}'",
        parent = std::process::id(),
        pid = child.id(),
        dir = dir.display()
    );
    Process::new("sh")
        .args(["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start watchdog");
    let base = format!("postgres://postgres@127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if block_on(Db::connect(&format!("{base}/postgres"), false)).is_ok() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "postgres did not start: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let server = PgServer { base };
    server.create_group_roles();
    Some(server)
}

impl PgServer {
    /// The group roles are cluster-wide: made once, before any test database, so no two
    /// tests create them at the same time.
    fn create_group_roles(&self) {
        pg_admin(
            &format!("{}/postgres", self.base),
            isets::db::policies::roles_block(),
        )
        .expect("create the group roles");
    }
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(f)
}

/// Runs dynamic DDL (database and role names) on PostgreSQL; test-only names.
fn pg_admin(url: &str, sql: String) -> Result<(), String> {
    let status = Process::new("psql")
        .args([url, "-v", "ON_ERROR_STOP=1", "-q", "-c", &sql])
        .output()
        .map_err(|e| e.to_string())?;
    if status.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&status.stderr).into_owned())
    }
}

/// How far a test database is set up. Each stage is built once per run and kind, by
/// the same commands a test would run, and copied for every test that asks for it: a
/// SQLite file copy, or PostgreSQL's `CREATE DATABASE … TEMPLATE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Migrated,
    Initialized,
    WithProviders,
}

/// The built stages: a SQLite file, or a PostgreSQL database name.
static STAGES: [OnceLock<String>; 6] = [const { OnceLock::new() }; 6];

pub struct TestDb {
    pub kind: Kind,
    dir: tempfile::TempDir,
    /// SQLite: the file url. PostgreSQL: base url and database name.
    sqlite_url: String,
    pg_base: String,
    pg_db: String,
}

impl TestDb {
    /// A fresh, empty database; `None` when PostgreSQL is not installed (skipped loudly).
    pub fn new(kind: Kind) -> Option<TestDb> {
        let dir = tempfile::tempdir().expect("tempdir");
        match kind {
            Kind::Sqlite => Some(TestDb {
                kind,
                sqlite_url: format!("sqlite://{}", dir.path().join("isets.db").display()),
                dir,
                pg_base: String::new(),
                pg_db: String::new(),
            }),
            Kind::Postgres => {
                let server = PG.get_or_init(start_pg).as_ref()?;
                let name = format!(
                    "isets_t{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst)
                );
                let admin = format!("{}/postgres", server.base);
                pg_admin(&admin, format!("CREATE DATABASE {name}")).expect("create database");
                Some(TestDb {
                    kind,
                    sqlite_url: String::new(),
                    dir,
                    pg_base: server.base.clone(),
                    pg_db: name,
                })
            }
        }
    }

    /// Sets this (still empty) database to `stage`, building the stage first if no
    /// test of this run has.
    fn restore(&self, stage: Stage, build: impl FnOnce(&TestDb)) {
        let index = stage as usize * 2 + usize::from(self.kind == Kind::Postgres);
        let built = STAGES[index].get_or_init(|| {
            let db = TestDb::new(self.kind).expect("a database to build the stage in");
            build(&db);
            match db.kind {
                Kind::Sqlite => {
                    let dir = db.dir.keep();
                    dir.join("isets.db").display().to_string()
                }
                Kind::Postgres => db.pg_db.clone(),
            }
        });
        match self.kind {
            Kind::Sqlite => {
                let target = self.dir.path().join("isets.db");
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
                }
                std::fs::copy(built, &target).expect("copy the stage");
                let wal = format!("{built}-wal");
                if Path::new(&wal).exists() {
                    std::fs::copy(&wal, format!("{}-wal", target.display())).expect("copy its log");
                }
            }
            Kind::Postgres => {
                let admin = format!("{}/postgres", self.pg_base);
                pg_admin(&admin, format!("DROP DATABASE {}", self.pg_db)).expect("drop");
                pg_admin(
                    &admin,
                    format!("CREATE DATABASE {} TEMPLATE {built}", self.pg_db),
                )
                .expect("create from the stage");
            }
        }
    }

    pub fn home(&self) -> &Path {
        self.dir.path()
    }

    /// The database url as `user` would connect (SQLite: the same file), with the
    /// test time [`NOW`].
    pub fn url(&self, user: &str) -> String {
        self.url_at(user, NOW)
    }

    /// The url with the database's clock pinned to `now` (RFC 3339): on PostgreSQL a
    /// write's time is the database's, which a test build reads from `isets.now`.
    pub fn url_at(&self, user: &str, now: &str) -> String {
        match self.kind {
            Kind::Sqlite => self.sqlite_url.clone(),
            Kind::Postgres => format!("{}?options[isets.now]={now}", self.url_unpinned(user)),
        }
    }

    /// The database url with the real clock (PostgreSQL's own `now()`).
    pub fn url_unpinned(&self, user: &str) -> String {
        match self.kind {
            Kind::Sqlite => self.sqlite_url.clone(),
            Kind::Postgres => format!(
                "{}/{}",
                self.pg_base.replacen("postgres@", &format!("{user}@"), 1),
                self.pg_db
            ),
        }
    }

    fn owner_url(&self) -> String {
        self.url_unpinned("postgres")
    }

    /// Makes `user` a database login (PostgreSQL); a no-op on SQLite. Logins are
    /// cluster-wide, so each is created once per run; and as the same name plays
    /// different roles in different test databases, it is a member of every role's
    /// group. What it reaches in each database is decided there, by its listings
    /// (`tests/cli/pg_roles.rs` tests logins with exactly their own groups).
    pub fn login(&self, user: &str) {
        static MADE: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
        if self.kind != Kind::Postgres || user == "postgres" {
            return;
        }
        let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
        if made.iter().any(|m| m == user) {
            return;
        }
        let admin = format!("{}/postgres", self.pg_base);
        let mut groups: Vec<String> = isets::permissions::Role::ALL
            .iter()
            .map(|r| isets::db::policies::group_role(*r))
            .collect();
        // The first super user makes logins (`user add --create-login`), as
        // `init --create-login` lets it.
        if user == ADMIN {
            groups.push(isets::db::policies::LOGIN_ADMIN.to_string());
        }
        let _ = pg_admin(
            &admin,
            format!("CREATE ROLE \"{user}\" LOGIN IN ROLE {}", groups.join(", ")),
        );
        made.push(user.to_string());
    }

    /// The binary with a clean environment, acting as `user`.
    pub fn cmd_as(&self, user: &str) -> Command {
        self.login(user);
        let mut cmd = Command::cargo_bin("isets").expect("binary");
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join("config"))
            .env("XDG_DATA_HOME", self.home().join("data"))
            .env("NO_COLOR", "1")
            .env("ISETS_NOW", NOW)
            .env("ISETS_DATABASE_URL", self.url(user))
            .env("USER", user);
        if self.kind == Kind::Sqlite {
            cmd.env("ISETS_USER", user);
        }
        cmd
    }

    pub fn isets_as(&self, user: &str, args: &[&str]) -> Command {
        let mut cmd = self.cmd_as(user);
        cmd.args(args);
        cmd
    }

    pub fn isets(&self, args: &[&str]) -> Command {
        self.isets_as(ADMIN, args)
    }

    /// The binary as `user` at the time `now` (RFC 3339), on both clocks.
    pub fn isets_at(&self, user: &str, now: &str, args: &[&str]) -> Command {
        let mut cmd = self.isets_as(user, args);
        cmd.env("ISETS_NOW", now)
            .env("ISETS_DATABASE_URL", self.url_at(user, now));
        cmd
    }

    /// Imports `extract` (an IES extract, man 5 isets-ies) as the super user at `now`
    /// and makes each of `people` (first name, last name, individual number, email) an
    /// ISETS customer, as a caseworker would: found with `customer search-ies` and
    /// linked (S1, S3).
    pub fn customers_from(&self, extract: &str, now: &str, people: &[Person]) {
        let file = self.home().join("extract.csv");
        std::fs::write(&file, extract).expect("write the extract");
        let path = file.display().to_string();
        let mut steps = vec![vec!["ies", "import", path.as_str()]];
        for (first, last, number, email) in people {
            steps.push(vec![
                "customer",
                "search-ies",
                "--first",
                first,
                "--last",
                last,
                "--individual-number",
                number,
                "--email",
                email,
            ]);
        }
        for args in steps {
            let out = self.isets_at(ADMIN, now, &args).output().expect("run");
            assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        }
    }

    /// Applies the schema as the database owner, which on PostgreSQL also sets up the
    /// roles and policies.
    pub fn migrate(&self) {
        self.restore(Stage::Migrated, |db| db.migrate_for_real());
    }

    fn migrate_for_real(&self) {
        let mut cmd = self.cmd_as("postgres");
        if self.kind == Kind::Postgres {
            cmd.env("ISETS_DATABASE_URL", self.owner_url());
        }
        cmd.args(["db", "migrate"]).assert().success();
    }

    /// The binary as the database owner (PostgreSQL; on SQLite as `admin`): `init`,
    /// `db setup`, and what only the owner runs.
    pub fn isets_owner(&self, args: &[&str]) -> Command {
        match self.kind {
            Kind::Sqlite => self.isets(args),
            Kind::Postgres => {
                let mut cmd = self.cmd_as("postgres");
                cmd.env("ISETS_DATABASE_URL", self.url("postgres"))
                    .args(args);
                cmd
            }
        }
    }

    /// Schema plus IDHS and the first super user `admin`.
    pub fn init(&self) -> &Self {
        self.restore(Stage::Initialized, |db| {
            db.migrate();
            db.init_for_real();
        });
        self
    }

    fn init_for_real(&self) {
        self.isets_owner(&[
            "init",
            "--super-user",
            ADMIN,
            "--first",
            "Ada",
            "--last",
            "Admin",
            "--email",
            "ada.admin@illinois.example",
            "--dob",
            "1970-01-02",
        ])
        .assert()
        .success();
    }

    /// `init` plus two active providers (SPCQ approved, a location and an executed
    /// contract, so their users may act: U2, P1):
    /// Acme Works: `Main` in Cook County, FCSACME1 (SNAP JP, 2024-07-01 … 2027-06-30);
    /// Beta Jobs: `HQ` in Lake County, FCSBETA1 (Earnfare, FY26 only).
    pub fn with_providers(&self) -> &Self {
        self.restore(Stage::WithProviders, |db| {
            db.init();
            db.with_providers_for_real();
        });
        self
    }

    fn with_providers_for_real(&self) {
        let run = |args: &[&str]| {
            let out = self.isets(args).output().expect("run");
            assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        };
        run(&[
            "provider",
            "add",
            "Acme Works",
            "--spcq-approved-on",
            "2024-01-15",
        ]);
        run(&[
            "provider",
            "add",
            "Beta Jobs",
            "--spcq-approved-on",
            "2024-02-01",
        ]);
        run(&[
            "provider",
            "add-location",
            "Acme Works",
            "--name",
            "Main",
            "--address",
            "100 Main St, Chicago",
            "--county",
            "Cook",
            "--dhs-office",
            "Cook Central FCRC",
        ]);
        run(&[
            "provider",
            "add-contract",
            "Acme Works",
            "--number",
            "FCSACME1",
            "--program",
            "snap-jp",
            "--start",
            "2024-07-01",
            "--end",
            "2027-06-30",
            "--amount",
            "250000.00",
            "--goal",
            "enrolled=100",
            "--goal",
            "employed=40",
        ]);
        run(&[
            "provider",
            "add-location",
            "Beta Jobs",
            "--name",
            "HQ",
            "--address",
            "5 Oak Ave, Waukegan",
            "--county",
            "Lake",
            "--dhs-office",
            "Lake FCRC",
        ]);
        run(&[
            "provider",
            "add-contract",
            "Beta Jobs",
            "--number",
            "FCSBETA1",
            "--program",
            "earnfare",
            "--start",
            "2025-07-01",
            "--end",
            "2026-06-30",
            "--amount",
            "1000",
            "--goal",
            "enrolled=10",
        ]);
    }

    /// Adds `username` listed as `role` on `org` with the paperwork U3 asks for.
    pub fn add_user(&self, username: &str, org: &str, role: &str) {
        let email = format!("{username}@example.org");
        let mut args = vec![
            "user",
            "add",
            username,
            "--first",
            username,
            "--last",
            "Tester",
            "--email",
            &email,
            "--dob",
            "1985-06-07",
            "--org",
            org,
            "--role",
            role,
            "--authorized-by",
            "Pat Approver",
            "--yes",
        ];
        // U3: IDHS staff (provider managers too) bring a manager's request.
        if matches!(role, "super-user" | "wfd" | "billing" | "provider-manager") {
            args.extend(["--manager-request", "MR-1"]);
        } else {
            args.extend(["--access-request", "IL444-2022-0001"]);
        }
        self.isets(&args).assert().success();
    }

    async fn connect(&self) -> Db {
        let url = match self.kind {
            Kind::Sqlite => self.sqlite_url.clone(),
            Kind::Postgres => self.owner_url(),
        };
        Db::connect(&url, false)
            .await
            .expect("connect for assertions")
    }

    pub fn rows<T: Record>(&self, sql: &'static str) -> Vec<T> {
        block_on(async {
            let db = self.connect().await;
            let mut tx = db.begin(false).await.expect("begin");
            let rows = tx.fetch_all(ad_hoc(sql), vec![]).await.expect("query");
            drop(tx);
            db.close().await;
            rows
        })
    }

    pub fn count(&self, sql: &'static str) -> i64 {
        let rows: Vec<(i64,)> = self.rows(sql);
        rows[0].0
    }

    pub fn strings(&self, sql: &'static str) -> Vec<String> {
        self.rows::<(String,)>(sql)
            .into_iter()
            .map(|(s,)| s)
            .collect()
    }

    /// Runs `f` while another connection holds an open write: on SQLite the database
    /// write lock (`BEGIN IMMEDIATE`), on PostgreSQL an uncommitted change to IDHS.
    pub fn while_writing(&self, f: impl FnOnce()) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let (db, tx) = runtime.block_on(async {
            let db = self.connect().await;
            let mut tx = db.begin(true).await.expect("begin");
            tx.execute(
                ad_hoc("UPDATE organizations SET created_at = created_at WHERE name = 'IDHS'"),
                vec![],
            )
            .await
            .expect("hold the write");
            (db, tx)
        });
        f();
        runtime.block_on(async {
            tx.rollback().await.expect("rollback");
            db.close().await;
        });
    }

    /// Runs `script` through `psql` as `login` on this database (PostgreSQL), as a
    /// person with a database login and no isets binary would: unaligned, tuples only,
    /// stopping at the first error. Returns standard output, or the error text.
    pub fn psql_as(&self, login: &str, script: &str) -> Result<String, String> {
        assert_eq!(self.kind, Kind::Postgres, "psql is for PostgreSQL");
        let out = Process::new("psql")
            .args([
                &self.url_unpinned(login),
                "-X",
                "-A",
                "-t",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
            ])
            .args(["-c", script])
            .env("PGOPTIONS", "-c client_min_messages=warning")
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }

    /// The name of this PostgreSQL database.
    pub fn pg_name(&self) -> &str {
        &self.pg_db
    }

    /// Runs a statement as the database owner with every trigger in force: the error
    /// text when the database refuses it.
    pub fn try_exec(&self, sql: &'static str) -> Result<u64, String> {
        block_on(async {
            let db = self.connect().await;
            let mut tx = db.begin(true).await.expect("begin");
            let done = tx.execute(ad_hoc(sql), vec![]).await;
            match done {
                Ok(n) => {
                    tx.commit().await.expect("commit");
                    db.close().await;
                    Ok(n)
                }
                Err(e) => {
                    drop(tx);
                    db.close().await;
                    Err(e.to_string())
                }
            }
        })
    }

    /// Runs a statement directly (for tamper tests).
    pub fn exec(&self, sql: &'static str) {
        self.exec_each(sql, vec![vec![]]);
    }

    /// Runs `sql` once per set of arguments, in one transaction, as the database owner
    /// (for tamper tests that write computed values). On PostgreSQL the superuser turns
    /// the triggers off for it, as only a superuser can: the audit log's triggers would
    /// refuse the tampering the tests need.
    pub fn exec_each(&self, sql: &'static str, each: Vec<Vec<Arg>>) {
        block_on(async {
            let db = self.connect().await;
            let mut tx = db.begin(true).await.expect("begin");
            if self.kind == Kind::Postgres {
                tx.execute(
                    ad_hoc("SET LOCAL session_replication_role = replica"),
                    vec![],
                )
                .await
                .expect("tamper as the superuser");
            }
            let sql = ad_hoc(sql);
            for args in each {
                tx.execute(sql, args).await.expect("exec");
            }
            tx.commit().await.expect("commit");
            db.close().await;
        })
    }
}

/// A test's own statement, the same text on both backends. Tests look at and tamper
/// with tables directly; their statements are not the binary's, so they are not
/// registered with the binary's (`isets db check`).
pub fn ad_hoc(sql: &'static str) -> &'static isets::db::Sql {
    Box::leak(Box::new(isets::db::Sql::new(
        "test",
        sql,
        sql,
        isets::db::sql::Shape::Whole,
        "",
        false,
    )))
}

/// Runs each `(user, args)` in turn and gathers the whole results, the test's home
/// folder shown as `[HOME]`, for one snapshot.
pub fn transcript<'a, A: AsRef<[&'a str]>>(db: &TestDb, steps: &[(&str, A)]) -> String {
    let home = db.home().display().to_string();
    let mut text = String::new();
    for (user, args) in steps {
        let args = args.as_ref();
        text.push_str(&format!(
            "== {user}: isets {}\n{}",
            args.join(" ").replace(&home, "[HOME]"),
            result_of(db, &mut db.isets_as(user, args))
        ));
    }
    text
}

/// [`transcript`] with each step at its own time (RFC 3339): `(user, now, args)`.
pub fn transcript_at(db: &TestDb, steps: &[(&str, &str, Vec<&str>)]) -> String {
    let home = db.home().display().to_string();
    let mut text = String::new();
    for (user, now, args) in steps {
        text.push_str(&format!(
            "== {user} at {now}: isets {}\n{}",
            args.join(" ").replace(&home, "[HOME]"),
            result_of(db, &mut db.isets_at(user, now, args))
        ));
    }
    text
}

/// Compares `text` with the snapshot `name` (shared by both databases).
pub fn snapshot_of(name: &str, text: &str) {
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, text);
    });
}

/// Defines each test twice: `NAME::sqlite` and `NAME::postgres`.
#[macro_export]
macro_rules! both {
    ($(fn $name:ident($db:ident) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                fn body($db: &$crate::support::TestDb) $body
                #[test]
                fn sqlite() {
                    body(&$crate::support::TestDb::new($crate::support::Kind::Sqlite).expect("sqlite"));
                }
                #[test]
                fn postgres() {
                    if let Some(db) = $crate::support::TestDb::new($crate::support::Kind::Postgres) {
                        body(&db);
                    }
                }
            }
        )*
    };
}

/// The arguments `base` followed by `more`.
pub fn joined<'a>(base: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
    let mut args = base.to_vec();
    args.extend_from_slice(more);
    args
}

/// The values of `key` in each element of the JSON array `v`, as strings.
pub fn column(v: &serde_json::Value, key: &str) -> Vec<String> {
    v.as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| match &r[key] {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A command's whole result for a snapshot: exit code, stdout and stderr, with this
/// test's temporary folder written as `[HOME]` so the text is the same on every run
/// and both backends.
pub fn result_of(db: &TestDb, cmd: &mut Command) -> String {
    let out = cmd.output().expect("run");
    let text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().unwrap_or(-1),
        stdout(&out),
        stderr(&out)
    );
    text.replace(&db.home().display().to_string(), "[HOME]")
        .replace(env!("CARGO_MANIFEST_DIR"), "[REPO]")
}

/// Compares a command's whole result with the named snapshot in `tests/cli/snapshots/`.
/// SQLite and PostgreSQL share it: the same command gives the same answer on both.
#[macro_export]
macro_rules! snapshot {
    ($name:expr, $db:expr, $cmd:expr) => {{
        let text = $crate::support::result_of($db, $cmd);
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!($name, text);
        });
    }};
}
