//! `isets`: parse the command line, run the command, and turn its result into an exit
//! code. This is the only place the process exit status is decided.

#[path = "../commands/mod.rs"]
mod commands;

use clap::{CommandFactory, FromArgMatches};
use isets::output::{ColorChoice, Format, Printer};

fn init_logging(verbose: u8) {
    let default = match verbose {
        // A large import's statements take seconds by design: sqlx's slow-statement
        // warnings are for `-v`, not for every operator.
        0 => "warn,sqlx::query=error",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ColorChoice::Auto.enabled(std::io::IsTerminal::is_terminal(&std::io::stderr())))
        .init();
}

fn main() -> std::process::ExitCode {
    let matches = commands::Cli::command().get_matches();
    let cli = match commands::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    init_logging(cli.global.verbose);
    let quiet = cli.global.quiet;
    let color = cli
        .global
        .color
        .as_deref()
        .and_then(|c| c.parse().ok())
        .unwrap_or_default();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return std::process::ExitCode::from(isets::ExitCode::Internal.code());
        }
    };
    match runtime.block_on(commands::run(cli, &matches)) {
        Ok(code) => std::process::ExitCode::from(code.code()),
        Err(err) => {
            let printer = Printer::new(Format::Table, quiet, color);
            printer.error(&err);
            std::process::ExitCode::from(err.exit_code().code())
        }
    }
}
