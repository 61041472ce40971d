//! Profiling the real `isets::apply::apply`: every SQL statement counted and timed from
//! sqlx's own `sqlx::query` events.

use super::*;

// from sqlx's own `sqlx::query` events.

/// (phase, statement) → (count, seconds inside the driver).
pub(crate) type Stats = BTreeMap<(String, String), (u64, f64)>;

#[derive(Clone, Default)]
pub(crate) struct Profiler {
    /// The phase statements are counted under ("" = not counted).
    pub(crate) phase: Arc<Mutex<String>>,
    pub(crate) stats: Arc<Mutex<Stats>>,
}

impl Profiler {
    pub(crate) fn start(&self, phase: &str) {
        *self.phase.lock().expect("phase") = phase.to_string();
    }

    pub(crate) fn clear(&self) {
        self.stats.lock().expect("stats").clear();
    }
}

#[derive(Default)]
pub(crate) struct QueryEvent {
    pub(crate) summary: String,
    pub(crate) statement: String,
    pub(crate) secs: f64,
}

impl tracing::field::Visit for QueryEvent {
    fn record_f64(&mut self, field: &tracing::field::Field, value: f64) {
        if field.name() == "elapsed_secs" {
            self.secs = value;
        }
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        match field.name() {
            "summary" => self.summary = value.to_string(),
            "db.statement" => self.statement = value.to_string(),
            _ => {}
        }
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.summary = format!("{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Profiler {
    fn on_event(
        &self,
        event: &tracing::Event<'_>,
        _ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let phase = self.phase.lock().expect("phase").clone();
        if phase.is_empty() {
            return;
        }
        let mut e = QueryEvent::default();
        event.record(&mut e);
        let text = if e.statement.trim().is_empty() {
            e.summary
        } else {
            e.statement
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut stats = self.stats.lock().expect("stats");
        let entry = stats.entry((phase, text)).or_default();
        entry.0 += 1;
        entry.1 += e.secs;
    }
}

/// What the real `isets::apply::apply` did; the bench always confirms.
pub(crate) fn applied(result: isets::Result<apply::Applied>) -> isets::Result<(Plan, Outcome)> {
    match result? {
        apply::Applied::Done(plan, outcome) => Ok((plan, outcome)),
        apply::Applied::NeedsConfirmation(items) => Err(isets::Error::NotConfirmed(format!(
            "{} items need confirmation",
            items.len()
        ))),
    }
}

pub(crate) fn print_profile(backend: Backend, run: &Run, p: &Profiler) {
    println!(
        "\nProfile of one extra {} run (statement logging on, so slightly slower): first apply {}, no-op {}",
        backend.name(),
        ms(run.first),
        ms(run.noop)
    );
    let stats = p.stats.lock().expect("stats");
    for phase in ["first apply", "no-op re-apply"] {
        let mut rows: Vec<(&String, u64, f64)> = stats
            .iter()
            .filter(|((ph, _), _)| ph == phase)
            .map(|((_, sql), (n, secs))| (sql, *n, *secs))
            .collect();
        let total_n: u64 = rows.iter().map(|r| r.1).sum();
        let total_s: f64 = rows.iter().map(|r| r.2).sum();
        println!(
            "  {phase}: {total_n} statements, {:.0} ms inside the driver; the most expensive:",
            total_s * 1e3
        );
        rows.sort_by(|a, b| b.2.total_cmp(&a.2));
        println!(
            "    {:>6}  {:>9}  {:>8}  statement",
            "count", "total", "each"
        );
        for (sql, n, secs) in rows.iter().take(10) {
            let mut sql = (*sql).clone();
            if sql.chars().count() > 110 {
                sql = sql.chars().take(107).collect::<String>() + "...";
            }
            println!(
                "    {n:>6}  {:>6.0} ms  {:>5.0} µs  {sql}",
                secs * 1e3,
                secs * 1e6 / *n as f64
            );
        }
    }
}

/// Where reading the file goes: TOML parsing alone, and the whole read at growing
/// sizes (a cost that grows faster than the file shows up here).
pub(crate) fn profile_read(dir: &Path, text: &str) {
    let best = |f: &dyn Fn()| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    println!("\nProfile of reading the file (best of 3):");
    let parse = best(&|| {
        let _: toml::Table = toml::from_str(text).expect("toml");
    });
    println!(
        "  TOML parse alone ({} providers, {} KiB)       {:>10}",
        providers(),
        text.len() / 1024,
        ms(parse)
    );
    for providers in [25, 50, 100] {
        let path = dir.join(format!("bench-apply-{providers}.toml"));
        let text = generate(providers);
        std::fs::write(&path, &text).expect("write the apply file");
        let d = best(&|| {
            apply::read(&path, isets::clock::illinois_date(isets::clock::now()))
                .expect("the generated file reads");
        });
        println!(
            "  apply::read, {providers:>3} providers ({:>4} KiB)           {:>10}",
            text.len() / 1024,
            ms(d)
        );
    }
}
