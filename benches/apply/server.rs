//! The databases the bench runs on: a fresh SQLite file or PostgreSQL database per run,
//! from a private PostgreSQL server or `ISETS_BENCH_DATABASE_URL`.

use super::*;
use isets::db::roles::Logins;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Where fresh PostgreSQL databases are made.
pub(crate) struct PgTarget {
    /// A superuser url; its database part is replaced per run.
    pub(crate) admin_url: String,
    /// The private server, when this process started one; held to stop it on drop.
    pub(crate) _server: Option<PgServer>,
    pub(crate) counter: usize,
}

/// A private PostgreSQL server in a temporary folder.
pub(crate) struct PgServer {
    pub(crate) bin: PathBuf,
    pub(crate) dir: PathBuf,
    pub(crate) data: PathBuf,
    pub(crate) root: bool,
    pub(crate) child: Child,
    pub(crate) stopped: bool,
}

impl PgServer {
    pub(crate) fn stop(&mut self) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        let _ = as_postgres(self.root, &self.bin.join("pg_ctl"))
            .args(["stop", "-m", "fast", "-w", "-D"])
            .arg(&self.data)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if Instant::now() > deadline => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `url` with its database replaced by `database` (query parameters kept).
pub(crate) fn with_database(url: &str, database: &str) -> String {
    let (main, query) = match url.split_once('?') {
        Some((m, q)) => (m, format!("?{q}")),
        None => (url, String::new()),
    };
    let host_start = main.find("://").map_or(0, |i| i + 3);
    let base = match main[host_start..].find('/') {
        Some(i) => &main[..host_start + i],
        None => main,
    };
    format!("{base}/{database}{query}")
}

/// The server the PostgreSQL runs use, or `None` (with a loud message) when there is
/// none to use.
pub(crate) fn pg_target(rt: &tokio::runtime::Runtime) -> Option<PgTarget> {
    if let Ok(url) = std::env::var("ISETS_BENCH_DATABASE_URL") {
        return Some(PgTarget {
            admin_url: url,
            _server: None,
            counter: 0,
        });
    }
    let Some(bin) = bindir() else {
        eprintln!(
            "\n*** POSTGRESQL BENCHMARK SKIPPED: no PostgreSQL server binaries found \
             (install postgresql or set ISETS_BENCH_DATABASE_URL) ***\n"
        );
        return None;
    };
    let dir = std::env::temp_dir().join(format!("isets-bench-pg-{}", std::process::id()));
    let root = is_root();
    let data = init_cluster(&bin, &dir, root);
    let port = free_port();
    let log = dir.join("server.log");
    // The server keeps its default durability settings (fsync, synchronous_commit), so
    // commit costs are those of a real deployment.
    let child = as_postgres(root, &bin.join("postgres"))
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
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(
            std::fs::File::create(&log)
                .map(Stdio::from)
                .unwrap_or(Stdio::null()),
        )
        .spawn()
        .expect("start postgres");
    // Should this process be killed before it stops the server, a watchdog does it and
    // removes the folder once this process is gone.
    let pg_ctl = bin.join("pg_ctl");
    let stop = if root {
        format!(
            "runuser -u postgres -- '{}' stop -m fast -w -D '{}'",
            pg_ctl.display(),
            data.display()
        )
    } else {
        format!(
            "'{}' stop -m fast -w -D '{}'",
            pg_ctl.display(),
            data.display()
        )
    };
    let watchdog = format!(
        "while kill -0 {parent} 2>/dev/null; do sleep 0.5; done; \
         if [ -d '{dir}' ]; then {stop} >/dev/null 2>&1; kill -KILL {pid} 2>/dev/null; rm -rf '{dir}'; fi",
        parent = std::process::id(),
        pid = child.id(),
        dir = dir.display(),
    );
    #[allow(clippy::zombie_processes)] // it outlives this process on purpose
    Command::new("sh")
        .args(["-c", &watchdog])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start watchdog");
    let server = PgServer {
        bin,
        dir,
        data,
        root,
        child,
        stopped: false,
    };
    let admin_url = format!("postgres://postgres@127.0.0.1:{port}/postgres");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let up = rt.block_on(async {
            let db = Db::connect(&admin_url, false).await.ok()?;
            db.close().await;
            Some(())
        });
        if up.is_some() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "postgres did not start: {}",
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(PgTarget {
        admin_url,
        _server: Some(server),
        counter: 0,
    })
}

pub(crate) async fn pg_admin(url: &str, sql: String) {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url)
        .await
        .unwrap_or_else(|e| panic!("connect to {}: {e}", isets::redact::url(url)));
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql.clone()))
        .execute(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    let _ = conn.close().await;
}

/// A fresh, empty database for one run, dropped (PostgreSQL) or deleted (SQLite) after.
pub(crate) struct Fresh {
    pub(crate) url: String,
    /// SQLite: the folder holding the file.
    pub(crate) _dir: Option<tempfile::TempDir>,
    /// PostgreSQL: admin url and database name, to drop it.
    pub(crate) pg: Option<(String, String)>,
}

impl Fresh {
    pub(crate) async fn new(backend: Backend, pg: Option<&mut PgTarget>) -> Fresh {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("tempdir");
                Fresh {
                    url: format!("sqlite://{}", dir.path().join("isets.db").display()),
                    _dir: Some(dir),
                    pg: None,
                }
            }
            Backend::Postgres => {
                let target = pg.expect("postgres target");
                target.counter += 1;
                let name = format!("isets_bench_{}_{}", std::process::id(), target.counter);
                pg_admin(&target.admin_url, format!("CREATE DATABASE {name}")).await;
                Fresh {
                    url: with_database(&target.admin_url, &name),
                    _dir: None,
                    pg: Some((target.admin_url.clone(), name)),
                }
            }
        }
    }

    pub(crate) async fn drop_database(self) {
        if let Some((admin, name)) = self.pg {
            pg_admin(
                &admin,
                format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            )
            .await;
        }
    }
}

/// The operator on PostgreSQL: a login of its own, subject to the policies as every
/// operator is (the server's superuser only sets the database up).
const PG_OPERATOR: &str = "isets_bench_op";

/// `url` with its user replaced by `user`.
fn with_user(url: &str, user: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    match url[start..].find('@') {
        Some(at) => format!("{}{user}{}", &url[..start], &url[start + at..]),
        None => format!("{}{user}@{}", &url[..start], &url[start..]),
    }
}

/// A new connection and session on the same database, as a second `isets apply`
/// process would open: nothing it prepared for the first apply carries over.
pub(crate) async fn reopen(fresh: &Fresh, backend: Backend) -> (Session, Db) {
    let (url, requested) = match backend {
        Backend::Sqlite => (fresh.url.clone(), Some("admin")),
        Backend::Postgres => (with_user(&fresh.url, PG_OPERATOR), None),
    };
    let db = Db::connect(&url, false).await.expect("connect");
    let session = Session::open(db.clone(), requested, COMMAND_LINE.to_string())
        .await
        .expect("open session");
    (session, db)
}

/// Schema, IDHS and the super user; the session the apply runs in. On PostgreSQL the
/// superuser of the bench's server initializes, as a database owner would, and the
/// super user gets a login of its own (`--create-login`) to act through.
pub(crate) async fn prepare(fresh: &Fresh, backend: Backend) -> (Session, Db) {
    let owner = Db::connect(&fresh.url, true).await.expect("connect");
    let (identity, username, logins) = match backend {
        Backend::Sqlite => ("admin".to_string(), "admin", Logins::InStep),
        Backend::Postgres => (
            isets::operator::identity(&owner, None)
                .await
                .expect("database login"),
            PG_OPERATOR,
            Logins::Create,
        ),
    };
    let person = Person {
        username: username.to_string(),
        first_name: "Ada".into(),
        last_name: "Admin".into(),
        email: "ada.admin@illinois.example".into(),
        date_of_birth: NaiveDate::from_ymd_opt(1970, 1, 2).expect("date"),
    };
    isets::setup::init(
        &owner,
        &identity,
        "isets init",
        &person,
        logins,
        &WriteOptions::default(),
    )
    .await
    .expect("isets init");
    owner.close().await;
    reopen(fresh, backend).await
}

pub(crate) async fn count(db: &Db, sql: &'static isets::db::Sql) -> i64 {
    let mut tx = db.begin(false).await.expect("begin");
    let (n,): (i64,) = tx.fetch_one(sql, vec![]).await.expect("count");
    n
}

/// What is in the database, for checking an apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) providers: i64,
    pub(crate) locations: i64,
    pub(crate) contracts: i64,
    pub(crate) programs: i64,
    pub(crate) users: i64,
    pub(crate) listings: i64,
    pub(crate) audit: i64,
}

pub(crate) async fn counts(db: &Db) -> Counts {
    Counts {
        providers: count(
            db,
            isets::sql!("SELECT COUNT(*) FROM organizations WHERE kind = 'provider'"),
        )
        .await,
        locations: count(db, isets::sql!("SELECT COUNT(*) FROM locations")).await,
        contracts: count(db, isets::sql!("SELECT COUNT(*) FROM contracts")).await,
        programs: count(
            db,
            isets::sql!("SELECT COUNT(*) FROM programs WHERE removed_at IS NULL"),
        )
        .await,
        users: count(db, isets::sql!("SELECT COUNT(*) FROM users")).await,
        listings: count(
            db,
            isets::sql!("SELECT COUNT(*) FROM listings WHERE removed_at IS NULL"),
        )
        .await,
        audit: count(db, isets::sql!("SELECT COUNT(*) FROM audit_log")).await,
    }
}
