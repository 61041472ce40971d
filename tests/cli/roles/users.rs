//! Users, organizations, the audit log and the schema (DOMAIN.md §1, U5): who may add,
//! remove and see users and listings, read and verify the audit log, and migrate.

use serde_json::Value;

use isets::permissions::Action;

use super::*;
use crate::both;

use super::Want::{Allowed, Denied, NotFound, Removed, Unknown};

/// Rows any write would touch: users, listings, active listings, organizations and
/// audit records.
type Counts = (i64, i64, i64, i64, i64);

fn counts(db: &TestDb) -> Counts {
    db.rows::<Counts>(
        "SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM listings), \
         (SELECT COUNT(*) FROM listings WHERE removed_at IS NULL), \
         (SELECT COUNT(*) FROM organizations), (SELECT COUNT(*) FROM audit_log)",
    )[0]
}

/// Every listing as "username|organization|role|active" (or "removed").
fn listings(db: &TestDb) -> Vec<String> {
    let mut rows = db.strings(
        "SELECT u.username || '|' || o.name || '|' || l.role || '|' || \
         CASE WHEN l.removed_at IS NULL THEN 'active' ELSE 'removed' END \
         FROM listings l JOIN users u ON u.id = l.user_id JOIN organizations o ON o.id = l.organization_id",
    );
    rows.sort();
    rows
}

fn acme_id(db: &TestDb) -> i64 {
    db.rows::<(i64,)>("SELECT id FROM organizations WHERE name = 'Acme Works'")[0].0
}

/// `user add USERNAME` with every field and the paperwork U3 asks for.
fn add_args(username: &str, org: &str, role: &str) -> Vec<String> {
    let email = format!("{username}@example.org");
    let mut args: Vec<String> = [
        "user",
        "add",
        username,
        "--first",
        "New",
        "--last",
        username,
        "--email",
        &email,
        "--dob",
        "1990-03-04",
        "--org",
        org,
        "--role",
        role,
        "--authorized-by",
        "Pat Approver",
    ]
    .map(String::from)
    .to_vec();
    if org == IDHS {
        args.extend(["--manager-request".into(), "MR-9".into()]);
    } else {
        args.extend(["--access-request".into(), "IL444-2022-0009".into()]);
    }
    args
}

fn owned(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

fn refs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// `user list --format json` rows as "username|organization|role|active".
fn user_rows(v: &Value) -> Vec<String> {
    let mut rows: Vec<String> = v
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| {
                    format!(
                        "{}|{}|{}|{}",
                        r["username"].as_str().unwrap_or("?"),
                        r["organization"].as_str().unwrap_or("?"),
                        r["role"].as_str().unwrap_or("?"),
                        if r["removed_on"].is_null() {
                            "active"
                        } else {
                            "removed"
                        }
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    rows.sort();
    rows
}

/// The rows of `all` on one of `orgs`.
fn on(all: &[String], orgs: &[&str]) -> Vec<String> {
    all.iter()
        .filter(|row| orgs.iter().any(|o| row.split('|').nth(1) == Some(*o)))
        .cloned()
        .collect()
}

both! {
    fn provider_add_is_for_super_users_only(db) {
        setup(db);
        let mut cases = Cases::new(db);
        for user in operators() {
            let want = want(Action::AddProvider, user, None);
            let name = format!("Gamma {user}");
            let case = format!("[{:?}] provider add {name:?} as {}", db.kind, who(user));
            cases.run(user, &["provider", "add", &name, "--spcq-approved-on", "2025-01-01"], want);
            let allowed = matches!(want, Allowed);
            let orgs = db.strings("SELECT name FROM organizations");
            cases.check(orgs.contains(&name) == allowed, &case, || {
                format!("organization present: {}, expected {allowed}", !allowed)
            });
            let audited = db.strings("SELECT operator || ' ' || action || ' ' || entity_id FROM audit_log");
            let record = format!("{user} organization.create {name}");
            cases.check(audited.contains(&record) == allowed, &case, || {
                format!("audit record {record:?} present: {}, expected {allowed}", !allowed)
            });
        }
        // A dry run is refused before it starts.
        cases.run(
            "prog1",
            &["provider", "add", "Gamma dry", "--spcq-approved-on", "2025-01-01", "--dry-run"],
            Denied(Action::AddProvider),
        );
        cases.done();
    }

    fn user_add_is_for_super_users_only(db) {
        setup(db);
        let mut cases = Cases::new(db);
        for user in operators() {
            let want = want(Action::ManageUsers, user, None);
            // A new caseworker for Acme Works: the own provider of pm1, prog1 and staff1.
            let new = format!("new.{user}");
            let case = format!("[{:?}] user add {new} as {}", db.kind, who(user));
            cases.run(user, &refs(&add_args(&new, ACME, "provider-staff")), want);
            let allowed = matches!(want, Allowed);
            let users = db.strings("SELECT username FROM users");
            cases.check(users.contains(&new) == allowed, &case, || {
                format!("user present: {}, expected {allowed}", !allowed)
            });
            let added = db.strings(
                "SELECT u.username || ' ' || o.name || ' ' || l.role || ' by ' || l.added_by \
                 FROM listings l JOIN users u ON u.id = l.user_id JOIN organizations o ON o.id = l.organization_id",
            );
            let listing = format!("{new} {ACME} provider-staff by {user}");
            cases.check(added.contains(&listing) == allowed, &case, || {
                format!("listing {listing:?} present: {}, expected {allowed}", !allowed)
            });
        }
        // No one below super-user grants a role: not to themselves, not on another
        // provider, not on IDHS, not even with --yes or --dry-run.
        let attempts: [(&str, Vec<String>); 6] = [
            ("wfd1", add_args("wfd1", IDHS, "super-user")),
            ("bill1", add_args("new.idhs", IDHS, "billing")),
            ("pm1", add_args("pm1", ACME, "program-manager")),
            ("pm1", add_args("new.beta", BETA, "provider-staff")),
            ("prog1", [add_args("staff1", ACME, "program-manager"), owned(&["--yes"])].concat()),
            ("staff1", [add_args("new.dry", ACME, "provider-staff"), owned(&["--dry-run"])].concat()),
        ];
        for (user, args) in &attempts {
            cases.run(user, &refs(args), Denied(Action::ManageUsers));
        }
        cases.done();
    }

    fn user_remove_is_for_super_users_only(db) {
        setup(db);
        let mut cases = Cases::new(db);
        // A user of Acme Works, asked for by its own program manager: refused to all
        // but super users, including Acme's own managers.
        for user in ["wfd1", "bill1", "pm1", "prog1", "staff1", "beta1", "both1"] {
            cases.run(
                user,
                &["user", "remove", "staff1", "--all", "--requested-by", "prog1", "--yes"],
                Denied(Action::ManageUsers),
            );
        }
        let attempts: [(&str, &[&str]); 5] = [
            // Another provider's user, asked for by IDHS.
            ("prog1", &["user", "remove", "beta1", "--org", BETA, "--role", "program-manager",
                        "--requested-by", ADMIN, "--yes"]),
            ("pm1", &["user", "remove", "beta1", "--all", "--requested-by", ADMIN, "--yes"]),
            // Themselves.
            ("staff1", &["user", "remove", "staff1", "--all", "--requested-by", ADMIN, "--yes"]),
            ("wfd1", &["user", "remove", "wfd1", "--org", IDHS, "--role", "wfd",
                       "--requested-by", "wfd1", "--yes"]),
            // A dry run is refused before it starts.
            ("prog1", &["user", "remove", "staff1", "--all", "--requested-by", "prog1", "--dry-run"]),
        ];
        for (user, args) in attempts {
            cases.run(user, args, Denied(Action::ManageUsers));
        }
        let case = format!("[{:?}] after the refused removals", db.kind);
        let nothing_removed = listings(db).iter().all(|l| l.ends_with("|active"));
        cases.check(nothing_removed, &case, || format!("a listing was removed: {:?}", listings(db)));

        cases.run(
            "su2",
            &["user", "remove", "staff1", "--org", ACME, "--role", "provider-staff",
              "--requested-by", "prog1", "--yes"],
            Allowed,
        );
        cases.run(
            ADMIN,
            &["user", "remove", "beta1", "--all", "--requested-by", ADMIN, "--yes"],
            Allowed,
        );
        let case = format!("[{:?}] after su2 and admin removed staff1 and beta1", db.kind);
        let mut removed = db.strings(
            "SELECT u.username || ' ' || o.name || ' by ' || l.removed_by || ' for ' || l.removal_requested_by \
             FROM listings l JOIN users u ON u.id = l.user_id JOIN organizations o ON o.id = l.organization_id \
             WHERE l.removed_at IS NOT NULL",
        );
        removed.sort();
        let expected = vec![
            format!("beta1 {BETA} by {ADMIN} for {ADMIN}"),
            format!("staff1 {ACME} by su2 for prog1"),
        ];
        cases.check(removed == expected, &case, || format!("removed listings {removed:?}, expected {expected:?}"));
        let users = db.strings("SELECT username FROM users");
        cases.check(
            users.iter().any(|u| u == "staff1") && users.iter().any(|u| u == "beta1"),
            &case,
            || format!("U5: the accounts stay; users are {users:?}"),
        );
        let audited = db.strings("SELECT operator || ' ' || action || ' ' || entity_id FROM audit_log");
        for record in ["su2 listing.remove staff1".to_string(), format!("{ADMIN} listing.remove beta1")] {
            cases.check(audited.contains(&record), &case, || format!("no audit record {record:?}"));
        }
        cases.done();
    }

    fn org_list_shows_only_the_operators_reach(db) {
        setup(db);
        let mut cases = Cases::new(db);
        let before = counts(db);
        let all: &[&str] = &[IDHS, ACME, BETA];
        let table: [(&str, &[&str]); 9] = [
            (ADMIN, all),
            ("su2", all),
            ("wfd1", all),
            ("bill1", all),
            ("pm1", &[ACME]),
            ("prog1", &[ACME]),
            ("staff1", &[ACME]),
            ("beta1", &[BETA]),
            ("both1", &[ACME, BETA]),
        ];
        for (user, expected) in table {
            if let Some(v) = cases.json(user, &["org", "list"]) {
                let names = column(&v, "name");
                let case = format!("[{:?}] org list as {}", db.kind, who(user));
                cases.check(names == expected, &case, || format!("listed {names:?}, expected {expected:?}"));
            }
        }
        // Every format keeps to the same reach.
        for format in ["table", "csv"] {
            if let Some(run) = cases.run("prog1", &["org", "list", "--format", format], Allowed) {
                let case = format!("[{:?}] org list --format {format} as {}", db.kind, who("prog1"));
                let leaked = run.stdout.contains(BETA) || run.stdout.contains(IDHS);
                cases.check(run.stdout.contains(ACME) && !leaked, &case, || {
                    format!("expected only {ACME}: {}", run.stdout)
                });
            }
        }
        let case = format!("[{:?}] after org list", db.kind);
        cases.check(counts(db) == before, &case, || "reading wrote rows".into());
        cases.done();
    }

    fn user_list_shows_only_listings_within_reach(db) {
        setup(db);
        let mut cases = Cases::new(db);
        let before = counts(db);
        let everything = listings(db);
        let all: &[&str] = &[IDHS, ACME, BETA];
        let table: [(&str, Option<&[&str]>); 9] = [
            (ADMIN, Some(all)),
            ("su2", Some(all)),
            ("wfd1", None),
            ("bill1", None),
            ("pm1", Some(&[ACME])),
            ("prog1", Some(&[ACME])),
            ("staff1", None),
            ("beta1", Some(&[BETA])),
            ("both1", None),
        ];
        for (user, reach) in table {
            match reach {
                None => {
                    cases.run(user, &["user", "list"], Denied(Action::ViewUsers));
                }
                Some(orgs) => {
                    if let Some(v) = cases.json(user, &["user", "list"]) {
                        let rows = user_rows(&v);
                        let expected = on(&everything, orgs);
                        let case = format!("[{:?}] user list as {}", db.kind, who(user));
                        cases.check(!expected.is_empty() && rows == expected, &case, || {
                            format!("listed {rows:?}, expected {expected:?}")
                        });
                    }
                }
            }
        }

        // --org: within reach it filters; outside it reads as absent (exit 3), so the
        // answer does not tell whether the organization exists.
        let by_org: [(&str, &str, bool); 10] = [
            ("su2", BETA, true),
            ("su2", IDHS, true),
            ("prog1", ACME, true),
            ("pm1", ACME, true),
            ("beta1", BETA, true),
            ("prog1", BETA, false),
            ("pm1", BETA, false),
            ("pm1", IDHS, false),
            ("prog1", IDHS, false),
            ("beta1", ACME, false),
        ];
        for (user, org, allowed) in by_org {
            let case = format!("[{:?}] user list --org {org:?} as {}", db.kind, who(user));
            if allowed {
                if let Some(v) = cases.json(user, &["user", "list", "--org", org]) {
                    let rows = user_rows(&v);
                    let expected = on(&everything, &[org]);
                    cases.check(rows == expected, &case, || format!("listed {rows:?}, expected {expected:?}"));
                }
            } else if let Some(run) = cases.run(user, &["user", "list", "--org", org], NotFound) {
                let expected = format!("error: organization {org:?} not found (see `isets org list`)\n");
                cases.check(run.stderr == expected, &case, || {
                    format!("expected {expected:?}, got {:?}", run.stderr)
                });
            }
        }
        for user in ["wfd1", "staff1"] {
            cases.run(user, &["user", "list", "--org", ACME], Denied(Action::ViewUsers));
        }

        // --role filters within reach only.
        if let Some(v) = cases.json("pm1", &["user", "list", "--role", "provider-staff"]) {
            let rows = user_rows(&v);
            let expected: Vec<String> = on(&everything, &[ACME])
                .into_iter()
                .filter(|r| r.contains("|provider-staff|"))
                .collect();
            let case = format!("[{:?}] user list --role provider-staff as {}", db.kind, who("pm1"));
            cases.check(rows == expected, &case, || format!("listed {rows:?}, expected {expected:?}"));
        }
        if let Some(v) = cases.json("prog1", &["user", "list", "--role", "super-user"]) {
            let case = format!("[{:?}] user list --role super-user as {}", db.kind, who("prog1"));
            let rows = user_rows(&v);
            cases.check(rows.is_empty(), &case, || format!("listed {rows:?}, expected none"));
        }
        // Table and CSV keep to the same reach.
        for format in ["table", "csv"] {
            if let Some(run) = cases.run("prog1", &["user", "list", "--format", format], Allowed) {
                let case = format!("[{:?}] user list --format {format} as {}", db.kind, who("prog1"));
                let leaked = ["beta1", "su2", BETA, IDHS].iter().any(|s| run.stdout.contains(s));
                cases.check(run.stdout.contains("staff1") && !leaked, &case, || {
                    format!("expected only {ACME} listings: {}", run.stdout)
                });
            }
        }
        let case = format!("[{:?}] after user list", db.kind);
        cases.check(counts(db) == before, &case, || "reading wrote rows".into());

        // Removed listings (--all) stay within reach too.
        cases.run(
            ADMIN,
            &["user", "remove", "both1", "--org", BETA, "--role", "provider-staff",
              "--requested-by", ADMIN, "--yes"],
            Allowed,
        );
        cases.run(
            ADMIN,
            &["user", "remove", "staff1", "--org", ACME, "--role", "provider-staff",
              "--requested-by", ADMIN, "--yes"],
            Allowed,
        );
        let everything = listings(db);
        let active: Vec<String> = everything.iter().filter(|r| r.ends_with("|active")).cloned().collect();
        let checks: [(&str, &[&str], bool, &[&str]); 4] = [
            ("prog1", &["user", "list"], false, &[ACME]),
            ("prog1", &["user", "list", "--all"], true, &[ACME]),
            ("beta1", &["user", "list", "--all"], true, &[BETA]),
            ("su2", &["user", "list", "--all"], true, all),
        ];
        for (user, args, with_removed, orgs) in checks {
            if let Some(v) = cases.json(user, args) {
                let rows = user_rows(&v);
                let expected = on(if with_removed { &everything } else { &active }, orgs);
                let case = format!("[{:?}] `isets {}` as {} after removals", db.kind, args.join(" "), who(user));
                cases.check(rows == expected, &case, || format!("listed {rows:?}, expected {expected:?}"));
            }
        }
        cases.done();
    }

    fn user_show_is_within_reach_and_out_of_scope_reads_as_absent(db) {
        setup(db);
        let mut cases = Cases::new(db);
        let before = counts(db);
        // (viewer, user shown, outcome, organizations of the listings shown)
        let table: [(&str, &str, Want, &[&str]); 21] = [
            (ADMIN, "staff1", Allowed, &[ACME]),
            ("su2", "beta1", Allowed, &[BETA]),
            ("su2", "both1", Allowed, &[ACME, BETA]),
            ("su2", "wfd1", Allowed, &[IDHS]),
            ("pm1", "staff1", Allowed, &[ACME]),
            ("pm1", "both1", Allowed, &[ACME]),
            ("prog1", "staff1", Allowed, &[ACME]),
            ("prog1", "prog1", Allowed, &[ACME]),
            ("prog1", "both1", Allowed, &[ACME]),
            ("beta1", "both1", Allowed, &[BETA]),
            ("prog1", "beta1", NotFound, &[]),
            ("pm1", "beta1", NotFound, &[]),
            ("prog1", "su2", NotFound, &[]),
            ("pm1", ADMIN, NotFound, &[]),
            ("beta1", "staff1", NotFound, &[]),
            ("prog1", "no.such.user", NotFound, &[]),
            ("wfd1", "staff1", Denied(Action::ViewUsers), &[]),
            ("bill1", "staff1", Denied(Action::ViewUsers), &[]),
            ("staff1", "staff1", Denied(Action::ViewUsers), &[]),
            ("staff1", "prog1", Denied(Action::ViewUsers), &[]),
            ("both1", "beta1", Denied(Action::ViewUsers), &[]),
        ];
        for (viewer, target, want, orgs) in table {
            let case = format!("[{:?}] user show {target} as {}", db.kind, who(viewer));
            match want {
                Allowed => {
                    if let Some(v) = cases.json(viewer, &["user", "show", target]) {
                        let shown = column(&v["listings"], "organization");
                        cases.check(
                            v["username"] == target && shown == orgs,
                            &case,
                            || format!("showed {} with listings on {shown:?}, expected {orgs:?}", v["username"]),
                        );
                    }
                }
                NotFound => {
                    if let Some(run) = cases.run(viewer, &["user", "show", target], want) {
                        // The same words as for a user that does not exist.
                        let expected = format!("user {target:?} not found");
                        let leaked = [IDHS, ACME, BETA, "permission"].iter().any(|s| run.stderr.contains(s));
                        cases.check(run.stderr.contains(&expected) && !leaked, &case, || {
                            format!("expected only {expected:?}: {}", run.stderr)
                        });
                    }
                }
                _ => {
                    cases.run(viewer, &["user", "show", target], want);
                }
            }
        }
        let case = format!("[{:?}] after user show", db.kind);
        cases.check(counts(db) == before, &case, || "reading wrote rows".into());
        cases.done();
    }

    fn audit_log_is_for_super_users_billing_and_provider_managers_within_reach(db) {
        setup(db);
        let mut cases = Cases::new(db);
        let before = counts(db);
        let total = db.count("SELECT COUNT(*) FROM audit_log");
        let on_acme = db.count(
            "SELECT COUNT(*) FROM audit_log a JOIN organizations o ON o.id = a.organization_id \
             WHERE o.name = 'Acme Works'",
        );
        let acme = acme_id(db);
        for user in operators() {
            let want = want(Action::ReadAudit, user, None);
            let case = format!("[{:?}] audit log as {}", db.kind, who(user));
            if !matches!(want, Allowed) {
                cases.run(user, &["audit", "log"], want);
                continue;
            }
            let Some(v) = cases.json(user, &["audit", "log"]) else { continue };
            let orgs = column(&v, "organization_id");
            if user == "pm1" {
                let outside: Vec<&String> = orgs.iter().filter(|o| **o != acme.to_string()).collect();
                cases.check(
                    on_acme > 0 && outside.is_empty() && orgs.len() as i64 == on_acme,
                    &case,
                    || format!(
                        "expected the {on_acme} records of {ACME} (organization_id {acme}), got {} with organization_id {outside:?} outside",
                        orgs.len()
                    ),
                );
            } else {
                cases.check(orgs.len() as i64 == total, &case, || {
                    format!("listed {} records, expected all {total}", orgs.len())
                });
            }
        }
        // Filters narrow the reach; they never widen it.
        let filtered: [(&str, &[&str], &str, &[&str]); 5] = [
            ("pm1", &["--entity", "user:beta1"], "entity_id", &[]),
            ("pm1", &["--entity", "organization"], "entity_id", &[ACME]),
            ("pm1", &["--entity", "user:both1"], "action", &["listing.add"]),
            ("su2", &["--entity", "organization"], "entity_id", &[IDHS, ACME, BETA]),
            ("bill1", &["--entity", "user:beta1"], "action", &["user.create", "listing.add"]),
        ];
        for (user, filter, key, expected) in filtered {
            let args = [&["audit", "log"][..], filter].concat();
            if let Some(v) = cases.json(user, &args) {
                let got = column(&v, key);
                let case = format!("[{:?}] `isets {}` as {}", db.kind, args.join(" "), who(user));
                cases.check(got == expected, &case, || format!("{key}s {got:?}, expected {expected:?}"));
            }
        }
        let case = format!("[{:?}] after audit log", db.kind);
        cases.check(counts(db) == before, &case, || "reading wrote rows".into());
        cases.done();
    }

    fn audit_log_reach_comes_only_from_listings_that_grant_it(db) {
        // pmx oversees Acme Works (provider-manager: may read its audit records) and is
        // also Beta Jobs' program manager (a role that may not read the audit log).
        setup(db);
        db.add_user("pmx", ACME, "provider-manager");
        db.add_user("pmx", BETA, "program-manager");
        let mut cases = Cases::new(db);
        let acme = acme_id(db);
        let on_acme = db.count(
            "SELECT COUNT(*) FROM audit_log a JOIN organizations o ON o.id = a.organization_id \
             WHERE o.name = 'Acme Works'",
        );
        if let Some(v) = cases.json("pmx", &["audit", "log"]) {
            let orgs = column(&v, "organization_id");
            let outside: Vec<&String> = orgs.iter().filter(|o| **o != acme.to_string()).collect();
            let case = format!(
                "[{:?}] audit log as pmx (provider-manager on {ACME}, program-manager on {BETA})",
                db.kind
            );
            cases.check(outside.is_empty() && orgs.len() as i64 == on_acme, &case, || {
                format!(
                    "expected only the {on_acme} records of {ACME} (organization_id {acme}); got {} records, {} of them outside: organization_id {outside:?}",
                    orgs.len(),
                    outside.len()
                )
            });
        }
        // The same person's user list does cover both: a program manager views its own users.
        if let Some(v) = cases.json("pmx", &["user", "list"]) {
            let rows = user_rows(&v);
            let expected = on(&listings(db), &[ACME, BETA]);
            let case = format!("[{:?}] user list as pmx", db.kind);
            cases.check(rows == expected, &case, || format!("listed {rows:?}, expected {expected:?}"));
        }
        cases.run("pmx", &["audit", "verify"], Denied(Action::VerifyAudit));
        cases.done();
    }

    fn audit_verify_and_head_are_for_super_users_and_billing(db) {
        setup(db);
        let mut cases = Cases::new(db);
        for user in operators() {
            let want = want(Action::VerifyAudit, user, None);
            if let Some(run) = cases.run(user, &["audit", "verify"], want)
                && matches!(want, Allowed)
            {
                let case = format!("[{:?}] audit verify as {}", db.kind, who(user));
                cases.check(run.stderr.contains("all intact"), &case, || {
                    format!("expected an intact chain: {}", run.stderr)
                });
            }
            // The head covers records of every provider, so it is as closed as verify.
            cases.run(user, &["audit", "head"], want);
        }
        cases.done();
    }

    fn db_migrate_is_open_until_users_exist_then_super_users_only(db) {
        let mut cases = Cases::new(db);
        // Before any user exists anyone who can reach the database may create the
        // schema. On PostgreSQL that takes the owner's DDL rights (the `postgres`
        // login, not an isets user); on SQLite any name will do.
        match db.kind {
            Kind::Sqlite => {
                cases.run("nobody", &["db", "migrate"], Allowed);
            }
            Kind::Postgres => db.migrate(),
        }
        for user in ["nobody", "stranger"] {
            cases.run(user, &["db", "migrate"], Allowed);
            cases.run(user, &["db", "migrate", "--dry-run"], Allowed);
        }
        let case = format!("[{:?}] before init", db.kind);
        let users = db.count("SELECT COUNT(*) FROM users");
        cases.check(users == 0, &case, || format!("{users} users"));

        setup(db);
        let table: [(&str, Want); 10] = [
            (ADMIN, Allowed),
            ("su2", Allowed),
            ("wfd1", Denied(Action::MigrateSchema)),
            ("bill1", Denied(Action::MigrateSchema)),
            ("pm1", Denied(Action::MigrateSchema)),
            ("prog1", Denied(Action::MigrateSchema)),
            ("staff1", Denied(Action::MigrateSchema)),
            ("beta1", Denied(Action::MigrateSchema)),
            ("both1", Denied(Action::MigrateSchema)),
            ("nobody", Unknown),
        ];
        for (user, want) in table {
            cases.run(user, &["db", "migrate"], want);
        }
        cases.run("prog1", &["db", "migrate", "--dry-run"], Denied(Action::MigrateSchema));
        cases.run("su2", &["db", "migrate", "--dry-run"], Allowed);
        cases.done();
    }

    fn unknown_and_removed_operators_can_do_nothing(db) {
        setup(db);
        let mut cases = Cases::new(db);
        let commands: Vec<Vec<String>> = vec![
            owned(&["provider", "add", "Delta Works", "--spcq-approved-on", "2025-01-01"]),
            owned(&["org", "list"]),
            add_args("new.person", ACME, "provider-staff"),
            owned(&["user", "remove", "prog1", "--all", "--requested-by", ADMIN, "--yes"]),
            owned(&["user", "list"]),
            owned(&["user", "list", "--org", ACME]),
            owned(&["user", "show", "prog1"]),
            owned(&["audit", "log"]),
            owned(&["audit", "verify"]),
            owned(&["db", "migrate"]),
            owned(&["audit", "head"]),
        ];
        for args in &commands {
            cases.run("nobody", &refs(args), Unknown);
        }

        // U5: with every listing removed, even a former super user can do nothing.
        cases.run(ADMIN, &["user", "remove", "staff1", "--all", "--requested-by", ADMIN, "--yes"], Allowed);
        cases.run(ADMIN, &["user", "remove", "su2", "--all", "--requested-by", ADMIN, "--yes"], Allowed);
        for args in &commands {
            cases.run("staff1", &refs(args), Removed);
        }
        for args in [&commands[0], &commands[2], &commands[8], &commands[9], &commands[10]] {
            cases.run("su2", &refs(args), Removed);
        }

        // One listing removed: the others still decide.
        cases.run(
            ADMIN,
            &["user", "remove", "both1", "--org", BETA, "--role", "provider-staff",
              "--requested-by", ADMIN, "--yes"],
            Allowed,
        );
        if let Some(v) = cases.json("both1", &["org", "list"]) {
            let names = column(&v, "name");
            let case = format!("[{:?}] org list as both1 after its {BETA} listing was removed", db.kind);
            cases.check(names == [ACME], &case, || format!("listed {names:?}, expected [{ACME:?}]"));
        }

        // A reactivated account acts again (U4).
        db.add_user("staff1", ACME, "provider-staff");
        db.add_user("su2", IDHS, "super-user");
        if let Some(v) = cases.json("staff1", &["org", "list"]) {
            let names = column(&v, "name");
            let case = format!("[{:?}] org list as staff1 after reactivation", db.kind);
            cases.check(names == [ACME], &case, || format!("listed {names:?}, expected [{ACME:?}]"));
        }
        cases.run("su2", &["provider", "add", "Delta Works", "--spcq-approved-on", "2025-01-01"], Allowed);
        cases.done();
    }
}
