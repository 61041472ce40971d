//! Supportive services, costs, maximums and overrides (V1–V6): who adds and starts
//! services and their costs (the case work: a provider's own roles, a super user with a
//! reason), who reads the costs and the overrides (reports), who answers an override (a
//! super user, or a provider manager of the provider: never its own program manager,
//! §1 note 2) and who sets the maximums (super users), for their own provider and for
//! another (§1).

use isets::permissions::Action;

use super::customers::doe_at_acme_roe_at_beta;
use super::*;
use crate::activities::enroll;
use crate::both;

fn ok(db: &TestDb, args: &[&str]) {
    let out = db.isets(args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

fn newest(db: &TestDb, sql: &'static str) -> String {
    db.count(sql).to_string()
}

/// `admin` adds a support service of `category` for `customer` under `goal`, started
/// when `started`; its id.
fn service(db: &TestDb, customer: &str, goal: &str, category: &str, started: bool) -> String {
    let mut args = vec![
        "service",
        "add",
        customer,
        "--category",
        category,
        "--goal",
        goal,
        "--planned-start",
        "2026-02-16",
        "--planned-end",
        "2026-06-30",
        "--note",
        "setup",
        "--reason",
        "setup",
    ];
    if started {
        args.extend(["--start", "2026-02-16"]);
    }
    ok(db, &args);
    newest(db, "SELECT MAX(id) FROM support_services")
}

/// `admin` adds a cost of `unit` to `service`, asking for an override when `reason`;
/// its id.
fn cost(db: &TestDb, service: &str, unit: &str, reason: Option<&str>) -> String {
    let mut args = vec![
        "service",
        "cost",
        "add",
        service,
        "--method",
        "gift-card",
        "--description",
        "setup",
        "--unit",
        unit,
        "--quantity",
        "1",
        "--paid-on",
        "2026-02-20",
        "--reason",
        "setup",
    ];
    if let Some(r) = reason {
        args.extend(["--override-reason", r]);
    }
    ok(db, &args);
    newest(db, "SELECT MAX(id) FROM service_costs")
}

fn pending_override(db: &TestDb, service: &str) -> String {
    cost(db, service, "1.00", Some("setup"));
    newest(db, "SELECT MAX(id) FROM cost_overrides")
}

both! {
    fn services_costs_overrides_and_caps_as_the_role_table_says(db) {
        setup(db);
        doe_at_acme_roe_at_beta(db);
        // Doe is Acme Works' customer, enrolled in its program 1 (goal 1); Roe Beta Jobs',
        // in its program 2 (goal 2); each with SJS started.
        enroll(db, "123456789", 1);
        enroll(db, "223456789", 2);
        for (customer, goal) in [("123456789", "1"), ("223456789", "2")] {
            ok(db, &["activity", "add", customer, "--goal", goal, "--code", "SJS", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "setup", "--reason", "setup"]);
            let id = db.count("SELECT MAX(id) FROM activities").to_string();
            ok(db, &["activity", "start", &id, "--date", "2026-02-16", "--note", "setup", "--reason", "setup"]);
        }
        // Doe's Transportation takes the probes' small costs; Books is at its maximum, so
        // every further Books cost asks for an override. Roe's Books likewise.
        let doe_bus = service(db, "123456789", "1", "TRANSPORTATION", true);
        let doe_books = service(db, "123456789", "1", "BOOKS", true);
        cost(db, &doe_books, "1000.00", None);
        let roe_books = service(db, "223456789", "2", "BOOKS", true);
        cost(db, &roe_books, "1000.00", None);
        let users = operators();
        let targets: Vec<(String, String, String, String, String)> = users
            .iter()
            .map(|_| (
                service(db, "123456789", "1", "CLOTHING", false),
                cost(db, &doe_bus, "10.00", None),
                pending_override(db, &doe_books),
                pending_override(db, &doe_books),
                pending_override(db, &roe_books),
            ))
            .collect();
        let mut cases = Cases::new(db);
        // §1 note 1: a super user without a reason is refused, writing nothing.
        let before = state(db);
        for args in [
            vec!["service", "start", targets[0].0.as_str(), "--date", "2026-02-18", "--note", "x"],
            vec!["service", "cost", "add", &doe_bus, "--method", "gift-card", "--description", "x", "--unit", "1", "--quantity", "1", "--paid-on", "2026-02-20"],
        ] {
            let out = db.isets(&args).output().expect("run");
            cases.check(
                out.status.code() == Some(2) && stderr(&out).contains("--reason: \"\" is required: a super user may"),
                &format!("admin runs {args:?} without --reason"),
                || stderr(&out),
            );
        }
        cases.check(state(db) == before, "admin without --reason", || "it wrote".into());
        for (user, (planned, counted, accept, reject, roe_override)) in users.into_iter().zip(&targets) {
            let own = want(Action::CaseWork, user, Some(ACME));
            let r = ["--reason", "probe"];
            let add = ["service", "add", "123456789", "--category", "HYGIENE", "--goal", "1", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "probe"];
            cases.run(user, &[&add[..], &r].concat(), own);
            cases.run(user, &[&["service", "start", planned, "--date", "2026-02-18", "--note", "probe"][..], &r].concat(), own);
            let add_cost = ["service", "cost", "add", &doe_bus, "--method", "bus-pass", "--description", "probe", "--unit", "5.00", "--quantity", "1", "--paid-on", "2026-02-23"];
            cases.run(user, &[&add_cost[..], &r].concat(), own);
            let unit = format!("{}.00", 11 + user.len());
            cases.run(user, &["service", "cost", "edit", counted, "--unit", &unit, "--reason", "probe"], own);
            cases.run(user, &["service", "cost", "list", "123456789"], want(Action::Reports, user, Some(ACME)));
            cases.run(user, &["override", "list", "--pending"], want(Action::Reports, user, None));
            cases.run(user, &["caps", "list", "--fiscal-year", "FY26"], Want::Allowed);
            let amount = format!("{}.00", 1400 + user.len());
            cases.run(
                user,
                &["caps", "set", "--category", "TRANSPORTATION", "--fiscal-year", "FY27", "--amount", &amount],
                want(Action::ManageSettings, user, None),
            );
            // §1 note 2: a provider manager of the provider, never its program manager.
            cases.run(user, &["override", "accept", accept, "--note", "probe"], want(Action::DecideOverride, user, Some(ACME)));
            cases.run(user, &["override", "reject", reject, "--reason", "probe"], want(Action::DecideOverride, user, Some(ACME)));
            // Another provider's customer.
            let other = want(Action::CaseWork, user, Some(BETA));
            let add = ["service", "add", "223456789", "--category", "HYGIENE", "--goal", "2", "--planned-start", "2026-02-16", "--planned-end", "2026-06-30", "--note", "probe"];
            cases.run(user, &[&add[..], &r].concat(), other);
            let add_cost = ["service", "cost", "add", &roe_books, "--method", "bus-pass", "--description", "probe", "--unit", "5.00", "--quantity", "1", "--paid-on", "2026-02-23", "--override-reason", "probe"];
            cases.run(user, &[&add_cost[..], &r].concat(), other);
            cases.run(user, &["service", "cost", "list", "223456789"], want(Action::Reports, user, Some(BETA)));
            cases.run(user, &["override", "accept", roe_override], want(Action::DecideOverride, user, Some(BETA)));
        }
        cases.done();
    }
}
