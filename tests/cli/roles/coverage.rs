//! Every command the binary has is probed by the role harness (or named as needing no
//! operator), and every action of the role table is taken by some command or named as
//! having none yet, so a new command cannot arrive without its role cases.

use std::collections::BTreeSet;

use isets::permissions::Action;

use super::PROBES;

/// Actions of DOMAIN.md §1 that no command takes yet; each later issue that adds the
/// command adds its probe and takes the action off this list.
const NO_COMMAND_YET: &[Action] = &[];

/// The subcommands `isets PATH --help` lists (without `help`).
fn subcommands(path: &[&str]) -> Vec<String> {
    let out = assert_cmd::Command::cargo_bin("isets")
        .expect("binary")
        .args(path)
        .arg("--help")
        .env("NO_COLOR", "1")
        .output()
        .expect("run isets --help");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let Some((_, listed)) = text.split_once("Commands:\n") else {
        return Vec::new();
    };
    listed
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(String::from)
        .collect()
}

/// Every leaf command, as "provider add-location" or "service cost add".
fn leaf_commands() -> BTreeSet<String> {
    fn under(path: &[String], leaves: &mut BTreeSet<String>) {
        let words: Vec<&str> = path.iter().map(String::as_str).collect();
        let children = subcommands(&words);
        if children.is_empty() {
            if !path.is_empty() {
                leaves.insert(path.join(" "));
            }
            return;
        }
        for child in children {
            let mut deeper = path.to_vec();
            deeper.push(child);
            under(&deeper, leaves);
        }
    }
    let mut leaves = BTreeSet::new();
    under(&[], &mut leaves);
    leaves
}

#[test]
fn every_command_has_a_role_probe() {
    let probed: BTreeSet<String> = PROBES
        .iter()
        .map(|(command, _)| command.split(" --").next().unwrap_or(command).to_string())
        .collect();
    let leaves = leaf_commands();
    assert!(leaves.len() > 30, "found only {leaves:?}");
    // A probe of a group ("customer team") covers the commands under it.
    let covers =
        |probe: &String, leaf: &String| leaf == probe || leaf.starts_with(&format!("{probe} "));
    let unprobed: Vec<&String> = leaves
        .iter()
        .filter(|leaf| !probed.iter().any(|p| covers(p, leaf)))
        .collect();
    assert!(
        unprobed.is_empty(),
        "commands with no entry in roles::PROBES (add one, and its cases): {unprobed:?}"
    );
    let gone: Vec<&String> = probed
        .iter()
        .filter(|p| !leaves.iter().any(|leaf| covers(p, leaf)))
        .collect();
    assert!(
        gone.is_empty(),
        "probes of commands that do not exist: {gone:?}"
    );
}

#[test]
fn every_action_is_taken_by_a_command_or_listed_as_not_yet() {
    let taken: BTreeSet<Action> = PROBES.iter().filter_map(|(_, a)| *a).collect();
    for &action in Action::ALL {
        let waiting = NO_COMMAND_YET.contains(&action);
        assert!(
            taken.contains(&action) != waiting,
            "{action:?}: {}",
            if waiting {
                "a command takes it now: remove it from NO_COMMAND_YET"
            } else {
                "no command takes it: add its probe, or list it in NO_COMMAND_YET"
            }
        );
    }
}
