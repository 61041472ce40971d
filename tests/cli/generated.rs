//! The generated and documented surface: the committed `completions/` and `man/` match
//! what the binary generates, the bash completion works in a real bash, `--help` shows
//! every command and the exit codes, and the README's exit-code table is the core's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;

use crate::support::*;

/// The top-level subcommands every build must have.
const TOP_LEVEL: [&str; 10] = [
    "init", "db", "user", "org", "provider", "apply", "plan", "audit", "config", "generate",
];

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The binary with an environment that cannot leak into its output.
fn isets(args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("isets").expect("binary");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("NO_COLOR", "1")
        .args(args);
    cmd
}

/// Every file under `dir` (relative path → contents).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let name = path
                    .strip_prefix(root)
                    .expect("path under root")
                    .display()
                    .to_string();
                let bytes = std::fs::read(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                out.insert(name, bytes);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Runs `isets generate KIND <tmp>` and compares the result with the committed folder.
fn assert_up_to_date(kind: &str, committed: &str) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out_dir = tmp.path().join(committed);
    let out_str = out_dir.to_str().expect("utf-8 temp path");
    isets(&["generate", kind, out_str]).assert().success();
    let fresh = files(&out_dir);
    assert!(!fresh.is_empty(), "isets generate {kind} wrote no files");

    let fix = format!(
        "run `isets generate {kind} {committed}` (or `cargo run -- generate {kind} {committed}`) at the repository root and commit the result"
    );
    let committed_dir = repo(committed);
    assert!(committed_dir.is_dir(), "{committed}/ is missing: {fix}");
    let old = files(&committed_dir);

    let mut problems = Vec::new();
    for (name, bytes) in &fresh {
        match old.get(name) {
            None => problems.push(format!("{committed}/{name} is missing")),
            Some(b) if b != bytes => problems.push(format!("{committed}/{name} is out of date")),
            Some(_) => {}
        }
    }
    for name in old.keys().filter(|n| !fresh.contains_key(*n)) {
        problems.push(format!(
            "{committed}/{name} is not generated any more (delete it)"
        ));
    }
    assert!(
        problems.is_empty(),
        "{committed}/ is stale:\n  {}\n{fix}",
        problems.join("\n  ")
    );
}

#[test]
fn committed_completions_are_up_to_date() {
    assert_up_to_date("completions", "completions");
}

#[test]
fn committed_man_pages_are_up_to_date() {
    assert_up_to_date("man", "man");
}

/// Sources the committed bash completion and asks the function it registers for
/// `isets` (clap_complete's `_isets`) to complete `words`, the last of which is the
/// word being completed.
fn bash_complete(words: &[&str]) -> Vec<String> {
    let script = repo("completions/isets.bash");
    assert!(script.is_file(), "{} is missing", script.display());
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let prev = if cword > 0 { words[cword - 1] } else { "" };
    let program = format!(
        "source '{}' || exit 90\n\
         spec=$(complete -p isets) || {{ echo 'no completion registered for isets' >&2; exit 91; }}\n\
         fn=$(printf '%s\\n' \"$spec\" | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')\n\
         declare -F \"$fn\" >/dev/null || {{ echo \"no completion function: $spec\" >&2; exit 92; }}\n\
         COMP_WORDS=({})\nCOMP_CWORD={cword}\nCOMP_LINE='{}'\nCOMP_POINT=${{#COMP_LINE}}\n\
         \"$fn\" isets '{}' '{prev}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.join(" "),
        words[cword],
    );
    let out = Process::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .expect("run bash (the completion test needs bash installed)");
    assert!(
        out.status.success(),
        "bash completion failed ({}): {}",
        out.status,
        stderr(&out)
    );
    stdout(&out)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_a_subcommand_prefix() {
    let replies = bash_complete(&["isets", "us"]);
    assert_eq!(replies, vec!["user"], "completing `isets us`");
}

#[test]
fn bash_completes_the_user_subcommands() {
    let replies = bash_complete(&["isets", "user", ""]);
    for expected in ["add", "remove", "list", "show"] {
        assert!(
            replies.iter().any(|r| r == expected),
            "completing `isets user ` did not offer {expected}: {replies:?}"
        );
    }
    assert!(
        !replies.iter().any(|r| r == "init"),
        "completing `isets user ` offered a top-level command: {replies:?}"
    );
}

/// Text with every run of whitespace made one space, so wrapped help still matches.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every command path of the command tree (`["user", "add"]`, `["provider",
/// "add-location"]`), without the `help` subcommands. Read from a freshly generated
/// bash completion, which names each subcommand once with its parent
/// (`PARENT,NAME)` then `cmd="CHILD"`), so it does not depend on the help text under
/// test and a name that holds a dash stays one name.
fn command_paths() -> Vec<Vec<String>> {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().to_str().expect("utf-8 temp path");
    isets(&["generate", "completions", dir]).assert().success();
    let script = std::fs::read_to_string(tmp.path().join("isets.bash")).expect("isets.bash");
    let lines: Vec<&str> = script.lines().map(str::trim).collect();
    // child id -> (parent id, name)
    let mut edges: BTreeMap<String, (String, String)> = BTreeMap::new();
    for pair in lines.windows(2) {
        let (Some(case), Some(child)) = (
            pair[0].strip_suffix(')'),
            pair[1]
                .strip_prefix("cmd=\"")
                .and_then(|c| c.strip_suffix('"')),
        ) else {
            continue;
        };
        if let Some((parent, name)) = case.split_once(',')
            && parent.starts_with("isets")
        {
            edges.insert(child.to_string(), (parent.to_string(), name.to_string()));
        }
    }
    fn path_of(id: &str, edges: &BTreeMap<String, (String, String)>) -> Vec<String> {
        match edges.get(id) {
            None => Vec::new(),
            Some((parent, name)) => {
                let mut path = path_of(parent, edges);
                path.push(name.clone());
                path
            }
        }
    }
    let mut paths: Vec<Vec<String>> = edges
        .keys()
        .map(|id| path_of(id, &edges))
        .filter(|p| !p.iter().any(|n| n == "help"))
        .collect();
    paths.sort();
    assert!(
        paths.iter().any(|p| p == &["user", "add"]),
        "could not read the command tree from the bash completion: {paths:?}"
    );
    paths
}

/// Paths that are commands to run, not groups of commands.
fn leaf_commands() -> Vec<String> {
    let paths = command_paths();
    paths
        .iter()
        .filter(|p| !paths.iter().any(|q| q.len() > p.len() && q.starts_with(p)))
        .map(|p| format!("isets {}", p.join(" ")))
        .collect()
}

#[test]
fn help_lists_every_top_level_command_and_the_exit_codes() {
    let out = isets(&["--help"]).assert().success().get_output().clone();
    let help = stdout(&out);
    let top: Vec<String> = command_paths()
        .into_iter()
        .filter(|p| p.len() == 1)
        .map(|p| p[0].clone())
        .collect();
    for name in TOP_LEVEL {
        assert!(
            top.iter().any(|t| t == name),
            "the command tree has no `{name}`: {top:?}"
        );
    }
    for name in &top {
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{name} "))),
            "`isets --help` does not list the subcommand {name}:\n{help}"
        );
    }
    let squashed = squash(&help);
    assert!(
        squashed.contains("Exit codes:"),
        "no exit-code table:\n{help}"
    );
    let mut count = 0;
    for (code, meaning) in isets::error::exit_code_table() {
        count += 1;
        let row = format!("{code} {}", squash(meaning));
        assert!(
            squashed.contains(&row),
            "`isets --help` lacks the exit code row {row:?}:\n{help}"
        );
    }
    assert!(count >= 10, "the exit-code table has only {count} codes");
}

/// The description of `flag` in squashed help text: up to the next option.
fn flag_help<'a>(help: &'a str, flag: &str) -> &'a str {
    let start = help
        .find(flag)
        .unwrap_or_else(|| panic!("help does not mention {flag}:\n{help}"));
    let rest = &help[start + flag.len()..];
    let end = rest
        .match_indices(" -")
        .find(|(i, _)| {
            rest[i + 2..]
                .chars()
                .next()
                .is_some_and(|c| c == '-' || c.is_ascii_alphabetic())
        })
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn user_add_help_names_the_rules_and_their_flags() {
    let out = isets(&["user", "add", "--help"])
        .assert()
        .success()
        .get_output()
        .clone();
    let help = squash(&stdout(&out));
    assert!(help.contains("U1–U4"), "no U1–U4 in:\n{help}");
    for flag in ["--first", "--last", "--email", "--dob"] {
        let text = flag_help(&help, flag);
        assert!(text.contains("U1"), "{flag} does not name U1: {text:?}");
    }
    for flag in ["--access-request", "--manager-request", "--authorized-by"] {
        let text = flag_help(&help, flag);
        assert!(text.contains("U3"), "{flag} does not name U3: {text:?}");
    }
    assert!(
        flag_help(&help, "--access-request").contains("IL444-2022"),
        "--access-request does not name form IL444-2022"
    );
    assert!(
        flag_help(&help, "--yes").contains("U4"),
        "--yes does not name U4"
    );
}

fn readme() -> String {
    let path = repo("README.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rows of the README's `| code | meaning |` table.
fn readme_exit_codes(readme: &str) -> Vec<(String, String)> {
    let mut lines = readme.lines().skip_while(|l| {
        let cells: Vec<&str> = l
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        cells != ["code", "meaning"]
    });
    assert!(
        lines.next().is_some(),
        "README.md has no `| code | meaning |` table"
    );
    lines
        .skip(1) // the | --- | --- | line
        .take_while(|l| l.trim_start().starts_with('|'))
        .map(|l| {
            let cells: Vec<String> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            assert_eq!(cells.len(), 2, "README exit-code row is not two cells: {l}");
            (cells[0].clone(), cells[1].clone())
        })
        .collect()
}

#[test]
fn readme_exit_codes_are_the_core_table() {
    let rows = readme_exit_codes(&readme());
    let expected: Vec<(String, String)> = isets::error::exit_code_table()
        .map(|(code, meaning)| (code.to_string(), meaning.to_string()))
        .collect();
    assert_eq!(
        rows, expected,
        "README.md's exit-code table differs from isets::error::exit_code_table(): \
         rewrite it as `| code | meaning |` rows from the core table"
    );
}

#[test]
fn readme_names_every_command() {
    let readme = readme();
    let commands = leaf_commands();
    assert!(
        commands.len() > TOP_LEVEL.len(),
        "too few commands: {commands:?}"
    );
    let missing: Vec<&String> = commands
        .iter()
        .filter(|c| !readme.contains(&format!("`{c}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "README.md does not list these commands (as `isets …` in its Commands table): {missing:?}"
    );
}
