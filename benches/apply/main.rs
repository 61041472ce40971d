//! `cargo bench --bench apply`: how long `isets apply` takes on a generated onboarding
//! file of 100 (or `ISETS_BENCH_PROVIDERS`) providers (3 locations, 2 contracts, 4
//! programs and 20 users each) on an empty database, and how long applying the same file again (the no-op) takes, on
//! SQLite and on PostgreSQL. See BENCHMARKS.md.
//!
//! The library is driven in-process: the file is generated into a temporary folder,
//! every run gets a fresh database (`isets::setup::init` makes the schema and the super
//! user), and the phases are timed with `Instant`. The results are checked (row counts,
//! audit rows, an empty no-op plan) so the numbers describe a correct apply.
//!
//! PostgreSQL: `ISETS_BENCH_DATABASE_URL` (a superuser url) uses an existing server, in
//! which a fresh database is created and dropped per run; otherwise a private server is
//! started from the installed binaries (as the `postgres` user when root) and stopped at
//! the end; without the binaries PostgreSQL is skipped with a loud message.
//!
//! Environment: `ISETS_BENCH_PROVIDERS` (default 100) providers in the file;
//! `ISETS_BENCH_RUNS` (default 3) runs per backend;
//! `ISETS_BENCH_BACKENDS` (default `sqlite,postgres`); `ISETS_BENCH_PROFILE=0` skips
//! the extra profiled run that breaks the time down by phase and SQL statement.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use isets::apply::{self, Options, Plan, Verb};
use isets::db::Db;
use isets::session::Session;
use isets::users::Person;
use isets::write::{Outcome, WriteOptions};

#[path = "../../tests/cli/pg_cluster.rs"]
mod pg_cluster;
use pg_cluster::{as_postgres, bindir, free_port, init_cluster, is_root};

mod generate;
mod profile;
mod report;
mod server;

use generate::*;
use profile::*;
use report::*;
use server::*;

/// Providers in the generated file: `ISETS_BENCH_PROVIDERS`, 100 by default (BENCHMARKS.md
/// also records 1,000: the cost must grow with the file, not faster).
pub(crate) fn providers() -> usize {
    std::env::var("ISETS_BENCH_PROVIDERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(100)
}
pub(crate) const LOCATIONS: usize = 3;
pub(crate) const CONTRACTS: usize = 2;
pub(crate) const PROGRAMS: usize = 4;
pub(crate) const USERS: usize = 20;

/// Targets on SQLite.
pub(crate) const FIRST_APPLY_TARGET: Duration = Duration::from_secs(5);
pub(crate) const NOOP_TARGET: Duration = Duration::from_secs(1);

pub(crate) const COMMAND_LINE: &str = "isets apply bench-apply.toml";

// Runs: a fresh database each, the real apply, the results checked.

/// The numbers of one run on a fresh database.
pub(crate) struct Run {
    pub(crate) first: Duration,
    pub(crate) noop: Duration,
    /// CPU time of this process (both threads: SQLite runs on a worker thread).
    pub(crate) first_cpu: Duration,
    pub(crate) noop_cpu: Duration,
    pub(crate) items: usize,
    pub(crate) first_audit_rows: i64,
}

pub(crate) fn expected_items() -> usize {
    providers() * (1 + LOCATIONS + CONTRACTS + PROGRAMS + USERS)
}

pub(crate) fn check_first(plan: &Plan, outcome: &Outcome, before: &Counts, after: &Counts) {
    assert_eq!(plan.items.len(), expected_items(), "plan items");
    assert!(plan.changes_pending, "the first apply has changes");
    assert!(
        plan.items.iter().all(|i| i.verb == Verb::Create),
        "every item of the first apply is a create"
    );
    let n = providers() as i64;
    let expected = Counts {
        providers: n,
        locations: n * LOCATIONS as i64,
        contracts: n * CONTRACTS as i64,
        programs: n * PROGRAMS as i64,
        users: n * USERS as i64 + 1,
        listings: n * USERS as i64 + 1,
        audit: after.audit,
    };
    assert_eq!(after, &expected, "rows after the first apply");
    let written = after.audit - before.audit;
    assert_eq!(
        written,
        outcome.changes.len() as i64,
        "one audit row per change"
    );
    assert!(
        written >= expected_items() as i64,
        "at least one audit row per item"
    );
}

pub(crate) fn check_noop(plan: &Plan, outcome: &Outcome, before: &Counts, after: &Counts) {
    assert_eq!(plan.items.len(), expected_items(), "no-op plan items");
    assert!(!plan.changes_pending, "the second apply changes nothing");
    assert!(plan.items.iter().all(|i| i.verb == Verb::Unchanged));
    assert!(outcome.changes.is_empty(), "the no-op records no change");
    assert_eq!(before, after, "the no-op writes no row and no audit record");
}

pub(crate) async fn run_once(
    backend: Backend,
    pg: Option<&mut PgTarget>,
    spec: &apply::Spec,
    profile: Option<&Profiler>,
) -> Run {
    let fresh = Fresh::new(backend, pg).await;
    let (session, db) = prepare(&fresh, backend).await;
    let options = Options::default();
    let write_options = WriteOptions::default();

    let before = counts(&db).await;
    if let Some(p) = profile {
        p.start("first apply");
    }
    let (t, cpu) = (Instant::now(), cpu_time());
    let (plan, outcome) = applied(
        apply::apply(
            &session,
            spec,
            &options,
            true,
            &write_options,
            &isets::output::Silent,
        )
        .await,
    )
    .expect("first apply");
    let (first, first_cpu) = (t.elapsed(), cpu_time().saturating_sub(cpu));
    let after = counts(&db).await;
    check_first(&plan, &outcome, &before, &after);
    let items = plan.items.len();
    let first_audit_rows = after.audit - before.audit;

    // The re-apply is another `isets apply`: a process with its own connections.
    session.close().await;
    db.close().await;
    let (session, db) = reopen(&fresh, backend).await;
    if let Some(p) = profile {
        p.start("no-op re-apply");
    }
    let (t, cpu) = (Instant::now(), cpu_time());
    let (plan, outcome) = applied(
        apply::apply(
            &session,
            spec,
            &options,
            true,
            &write_options,
            &isets::output::Silent,
        )
        .await,
    )
    .expect("no-op re-apply");
    let (noop, noop_cpu) = (t.elapsed(), cpu_time().saturating_sub(cpu));
    if let Some(p) = profile {
        p.start("");
    }
    let again = counts(&db).await;
    check_noop(&plan, &outcome, &after, &again);

    session.close().await;
    db.close().await;
    fresh.drop_database().await;
    Run {
        first,
        noop,
        first_cpu,
        noop_cpu,
        items,
        first_audit_rows,
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without
    // it, and a test run is no place for minutes of unoptimized timing.
    if !std::env::args().any(|a| a == "--bench") {
        println!(
            "apply benchmark: not run under `cargo test`; measure with `cargo bench --bench apply`"
        );
        return;
    }
    let runs: usize = std::env::var("ISETS_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(3);
    let backends: Vec<Backend> = std::env::var("ISETS_BENCH_BACKENDS")
        .unwrap_or_else(|_| "sqlite,postgres".into())
        .split(',')
        .filter_map(|b| match b.trim() {
            "sqlite" => Some(Backend::Sqlite),
            "postgres" | "postgresql" => Some(Backend::Postgres),
            _ => None,
        })
        .collect();
    let profile = std::env::var("ISETS_BENCH_PROFILE").map_or(true, |v| v != "0");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench-apply.toml");
    let text = generate(providers());
    std::fs::write(&path, &text).expect("write the apply file");
    println!(
        "isets apply benchmark: {} providers × ({LOCATIONS} locations, {CONTRACTS} contracts, \
         {PROGRAMS} programs, {USERS} users) = {} items; file {} lines, {} KiB; {runs} run(s) per phase",
        providers(),
        expected_items(),
        text.lines().count(),
        text.len() / 1024
    );

    println!(
        "{} CPU(s), load average {} at the start",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average()
    );
    let (started, steal_at_start) = (Instant::now(), steal_time());
    let mut rows = Vec::new();

    // Reading and checking the file (no database).
    let mut read_times = Vec::new();
    let mut read_cpu = Vec::new();
    let mut spec = None;
    for _ in 0..runs.max(3) {
        let (t, cpu) = (Instant::now(), cpu_time());
        let s = apply::read(&path, isets::clock::illinois_date(isets::clock::now()))
            .unwrap_or_else(|errors| {
                let shown: Vec<String> = errors.iter().take(10).map(|e| e.to_string()).collect();
                panic!("the generated file is refused:\n{}", shown.join("\n"))
            });
        read_times.push(t.elapsed());
        read_cpu.push(cpu_time().saturating_sub(cpu));
        spec = Some(s);
    }
    let spec = spec.expect("spec");
    assert_eq!(spec.providers.len(), providers());
    for p in &spec.providers {
        assert_eq!(p.locations.len(), LOCATIONS);
        assert_eq!(p.contracts.len(), CONTRACTS);
        assert_eq!(p.programs.len(), PROGRAMS);
        assert_eq!(p.users.len(), USERS);
    }
    rows.push(Row {
        backend: "-".into(),
        phase: "read + check file",
        items: format!("{} items, {} KiB", expected_items(), text.len() / 1024),
        times: read_times,
        cpu: read_cpu,
    });

    let mut pg = None;
    let mut results: Vec<(Backend, Vec<Run>)> = Vec::new();
    for backend in backends {
        if backend == Backend::Postgres {
            pg = pg_target(&rt);
            if pg.is_none() {
                rows.push(Row {
                    backend: "postgres".into(),
                    phase: "SKIPPED (not installed)",
                    items: String::new(),
                    times: vec![Duration::ZERO],
                    cpu: vec![Duration::ZERO],
                });
                continue;
            }
        }
        let mut backend_runs = Vec::new();
        for i in 0..runs {
            let steal = steal_time();
            let run = rt.block_on(run_once(backend, pg.as_mut(), &spec, None));
            eprintln!(
                "  {} run {}/{runs}: first apply {}, no-op {} (CPU steal during the run {})",
                backend.name(),
                i + 1,
                ms(run.first),
                ms(run.noop),
                ms(steal_time().saturating_sub(steal))
            );
            backend_runs.push(run);
        }
        let items = backend_runs[0].items;
        let audit = backend_runs[0].first_audit_rows;
        rows.push(Row {
            backend: backend.name().into(),
            phase: "first apply (empty db)",
            items: format!("{items} creates, {audit} audit rows"),
            times: backend_runs.iter().map(|r| r.first).collect(),
            cpu: backend_runs.iter().map(|r| r.first_cpu).collect(),
        });
        rows.push(Row {
            backend: backend.name().into(),
            phase: "no-op re-apply",
            items: format!("{items} unchanged, 0 audit rows"),
            times: backend_runs.iter().map(|r| r.noop).collect(),
            cpu: backend_runs.iter().map(|r| r.noop_cpu).collect(),
        });
        results.push((backend, backend_runs));
    }

    print_table(&rows);
    println!(
        "load average {} at the end of the timed runs; CPU steal {} during their {:.1} s",
        load_average(),
        ms(steal_time().saturating_sub(steal_at_start)),
        started.elapsed().as_secs_f64()
    );

    println!("\nTargets (SQLite, median):");
    if !results.iter().any(|(b, _)| *b == Backend::Sqlite) {
        println!("  not checked: SQLite was not run (ISETS_BENCH_BACKENDS)");
    }
    let mut met = true;
    for (backend, runs) in &results {
        if *backend != Backend::Sqlite {
            continue;
        }
        let (_, first) = min_median(&runs.iter().map(|r| r.first).collect::<Vec<_>>());
        let (_, noop) = min_median(&runs.iter().map(|r| r.noop).collect::<Vec<_>>());
        for (what, got, target) in [
            ("first apply", first, FIRST_APPLY_TARGET),
            ("no-op re-apply", noop, NOOP_TARGET),
        ] {
            let ok = got <= target;
            met &= ok;
            println!(
                "  {what:<15} {:>11}  target < {:>6}  {}",
                ms(got),
                format!("{} s", target.as_secs()),
                if ok { "MET" } else { "NOT MET" }
            );
        }
    }

    if profile {
        profile_read(dir.path(), &text);
        // sqlx logs each statement from the thread that runs it (SQLite connections
        // have their own), so the profiler is the process-wide subscriber.
        let profiler = Profiler::default();
        let subscriber =
            tracing_subscriber::layer::SubscriberExt::with(tracing_subscriber::registry(), {
                profiler.clone()
            });
        tracing::subscriber::set_global_default(subscriber).expect("profiling subscriber");
        for (backend, _) in &results {
            profiler.clear();
            let run = rt.block_on(run_once(*backend, pg.as_mut(), &spec, Some(&profiler)));
            print_profile(*backend, &run, &profiler);
        }
    }

    // Stops the private PostgreSQL server and removes its folder.
    drop(pg);
    if !met {
        println!("\nSome targets are NOT met: see the profile above.");
    }
}
