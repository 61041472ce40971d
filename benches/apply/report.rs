//! The report: CPU and steal time, and the table of minimum and median times.

use super::*;

/// User + system CPU time of this process so far (Linux, 10 ms resolution; zero
/// elsewhere). Unlike wall time it hardly moves when other work shares the machine.
pub(crate) fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // Fields after the command name: state is field 3, utime 14, stime 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|i| fields.get(*i).and_then(|v| v.parse::<u64>().ok()))
        .sum();
    // USER_HZ is 100 on every Linux platform Rust supports.
    Duration::from_millis(ticks * 10)
}

/// CPU time the host gave to others while this machine wanted it (steal, summed over
/// all CPUs; Linux guests only). Runs during which it grows are slowed by neighbours.
pub(crate) fn steal_time() -> Duration {
    let steal = std::fs::read_to_string("/proc/stat").ok().and_then(|stat| {
        stat.lines()
            .next()
            .and_then(|cpu| cpu.split_whitespace().nth(8))
            .and_then(|v| v.parse::<u64>().ok())
    });
    Duration::from_millis(steal.unwrap_or(0) * 10)
}

/// The 1, 5 and 15 minute load averages, to judge how quiet the machine was.
pub(crate) fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

pub(crate) fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

pub(crate) fn min_median(times: &[Duration]) -> (Duration, Duration) {
    let mut sorted = times.to_vec();
    sorted.sort();
    let min = sorted[0];
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2
    };
    (min, median)
}

pub(crate) struct Row {
    pub(crate) backend: String,
    pub(crate) phase: &'static str,
    pub(crate) items: String,
    pub(crate) times: Vec<Duration>,
    /// CPU time of this process per run (PostgreSQL: the client side only).
    pub(crate) cpu: Vec<Duration>,
}

pub(crate) fn print_table(rows: &[Row]) {
    println!(
        "\n{:<9} {:<24} {:<34} {:>10} {:>10} {:>10}  wall time of each run",
        "backend", "phase", "items", "min", "median", "cpu med."
    );
    println!("{}", "-".repeat(130));
    for r in rows {
        let (min, median) = min_median(&r.times);
        let (_, cpu) = min_median(&r.cpu);
        let all = r
            .times
            .iter()
            .map(|d| ms(*d))
            .collect::<Vec<_>>()
            .join(", ");
        println!(
            "{:<9} {:<24} {:<34} {:>10} {:>10} {:>10}  {all}",
            r.backend,
            r.phase,
            r.items,
            ms(min),
            ms(median),
            ms(cpu)
        );
    }
}
