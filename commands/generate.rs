//! `isets generate completions DIR` and `isets generate man DIR`: the files committed
//! under `completions/` and `man/`.

use std::path::{Path, PathBuf};

use clap::{CommandFactory, Subcommand};
use clap_complete::Shell;
use isets::{Error, Result};

use super::Cli;

#[derive(Debug, Subcommand)]
pub enum GenerateCommand {
    /// Write completion scripts for bash, zsh, fish, elvish and PowerShell into DIR
    Completions {
        /// Output folder
        dir: PathBuf,
    },
    /// Write man pages into DIR: isets.1, one page per subcommand, isets-apply.5 and
    /// isets-ies.5
    Man {
        /// Output folder
        dir: PathBuf,
    },
}

pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::PowerShell,
];

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::Usage(format!("{}: {e}", path.display()))
}

pub fn completions(dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let mut cmd = Cli::command();
    SHELLS
        .iter()
        .map(|shell| {
            clap_complete::generate_to(*shell, &mut cmd, "isets", dir).map_err(|e| io(dir, e))
        })
        .collect()
}

pub fn man_pages(dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let mut written = Vec::new();
    let mut cmd = Cli::command();
    cmd.build();
    write_page(&cmd, "isets", dir, &mut written)?;
    for (name, page) in [
        ("isets-apply.5", super::apply_format::MAN_PAGE),
        ("isets-ies.5", super::ies_format::MAN_PAGE),
    ] {
        let format = dir.join(name);
        std::fs::write(&format, page).map_err(|e| io(&format, e))?;
        written.push(format);
    }
    Ok(written)
}

fn write_page(
    cmd: &clap::Command,
    name: &str,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> Result<()> {
    let page = cmd.clone().name(name.to_string());
    let mut buffer = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut buffer)
        .map_err(|e| io(dir, e))?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buffer).map_err(|e| io(&path, e))?;
    written.push(path);
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_page(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}

pub fn run(cmd: &GenerateCommand) -> Result<()> {
    let written = match cmd {
        GenerateCommand::Completions { dir } => completions(dir)?,
        GenerateCommand::Man { dir } => man_pages(dir)?,
    };
    for path in written {
        println!("{}", path.display());
    }
    Ok(())
}
