//! PostgreSQL enforces DOMAIN.md §1 itself: logins tried through `psql`, as someone
//! with a login and no isets binary would, against the policies `isets db setup`
//! generates from the permission table (src/db/policies.rs), the insert-only audit
//! log, and the logins `--create-login` keeps in step with the listings.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use isets::db::policies::{Scope, TABLES, TablePolicy, UNSCOPED};
use isets::permissions::{Action, Grant, Role};

use crate::support::*;

/// A login name no other test of this run uses: logins are cluster-wide.
fn unique(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{prefix}{}x{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    )
}

fn pg() -> Option<TestDb> {
    TestDb::new(Kind::Postgres)
}

/// `user add USERNAME` on ORG as ROLE with the U3 paperwork, plus `extra`.
fn add_user_args(username: &str, org: &str, role: Role, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "user",
        "add",
        username,
        "--first",
        "Rls",
        "--last",
        username,
        "--email",
        &format!("{username}@example.org"),
        "--dob",
        "1980-02-03",
        "--org",
        org,
        "--role",
        role.code(),
        "--authorized-by",
        "Pat Approver",
        "--yes",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    if role.idhs_staff() {
        args.extend(["--manager-request".into(), "MR-9".into()]);
    } else {
        args.extend(["--access-request".into(), "IL444-2022-0009".into()]);
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn add_login(db: &TestDb, username: &str, org: &str, role: Role) {
    let args = add_user_args(username, org, role, &["--create-login"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = db.isets(&args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// The login's direct memberships among the isets groups.
fn groups_of(db: &TestDb, login: &str) -> Vec<String> {
    let out = db
        .psql_as(
            "postgres",
            &format!(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid \
                 WHERE m.member = '{login}'::regrole AND g.rolname LIKE 'isets\\_%' ORDER BY 1"
            ),
        )
        .expect("memberships");
    out.lines().map(str::to_string).collect()
}

fn can_login(db: &TestDb, login: &str) -> bool {
    db.psql_as(
        "postgres",
        &format!("SELECT rolcanlogin FROM pg_roles WHERE rolname = '{login}'"),
    )
    .expect("login")
    .trim()
        == "t"
}

/// Rows in both providers of every table that holds provider data, for the matrix:
/// `with_providers` gives locations, contracts and their goals; the rest is added
/// here directly.
fn fill_both_providers(db: &TestDb) {
    for org in ["Acme Works", "Beta Jobs"] {
        let sql = format!(
            "WITH o AS (SELECT id FROM organizations WHERE name = '{org}'), \
             c AS (SELECT id FROM contracts WHERE organization_id = (SELECT id FROM o)), \
             l AS (SELECT id FROM locations WHERE organization_id = (SELECT id FROM o)), \
             p AS (INSERT INTO programs (organization_id, contract_id, location_id, program_type, fiscal_year, \
                   full_time, part_time, description, created_at, updated_at) \
                   SELECT (SELECT id FROM o), c.id, (SELECT id FROM l), 'snap-jp', 2026, true, false, 'x', now(), now() FROM c RETURNING id), \
             pa AS (INSERT INTO program_activities SELECT id, 'JS' FROM p), \
             pc AS (INSERT INTO program_criteria SELECT id, 'age 18+' FROM p), \
             cv AS (INSERT INTO contract_versions (contract_id, version, snapshot, replaced_at, replaced_by) \
                    SELECT id, 0, '{{}}', now(), 'admin' FROM c), \
             s AS (INSERT INTO appointment_sites (organization_id, name, created_at) \
                   SELECT id, 'Front desk', now() FROM o RETURNING id), \
             a AS (INSERT INTO appointments (site_id, starts_at, ends_at, openings, created_at) \
                   SELECT id, '2026-03-03 09:00', '2026-03-03 10:00', 2, now() FROM s), \
             w AS (INSERT INTO worksites (organization_id, name, address, employment_type, contact_name, created_at) \
                   SELECT id, 'Shop', '1 Way', 'ojt', 'Kim', now() FROM o), \
             sv AS (INSERT INTO provider_services (organization_id, code, enabled, updated_at) \
                    SELECT id, 'JS', false, now() FROM o), \
             pau AS (INSERT INTO provider_audits (organization_id, audit_date, title, entered_by, created_at) \
                     SELECT id, '2026-01-05', 'Annual', 'admin', now() FROM o), \
             pn AS (INSERT INTO provider_notes (organization_id, subject, message, written_by, written_at) \
                    SELECT id, 'Visit', 'ok', 'admin', now() FROM o), \
             cu AS (INSERT INTO customers (individual_number, case_number, last_name, first_name, \
                    date_of_birth, ssn_last4, snap_status, row_hash, created_at, updated_at) \
                    VALUES ('{number}', 'C1', 'Doe', 'Jo', '1990-01-01', '1234', 'Y', 'h', now(), now()) \
                    RETURNING id), \
             ca AS (INSERT INTO customer_assignments (customer_id, organization_id, program_id, location_id, office, \
                    assigned_at, assigned_by) \
                    SELECT cu.id, o.id, p.id, (SELECT id FROM l), 'Cook Central FCRC', now(), 'admin' FROM cu, o, p), \
             ct AS (INSERT INTO customer_team (customer_id, user_id, member, organization_id, added_at, added_by) \
                    SELECT cu.id, (SELECT id FROM users WHERE username = 'admin'), 'admin', o.id, now(), 'admin' \
                    FROM cu, o), \
             cn AS (INSERT INTO customer_notes (customer_id, organization_id, subject, message, written_by, written_at) \
                    SELECT cu.id, o.id, 'Intake', 'x', 'admin', now() FROM cu, o RETURNING id), \
             asm AS (INSERT INTO assessments (customer_id, organization_id, kind, completed_on, entered_by, entered_at) \
                    SELECT cu.id, o.id, 'initial', '2026-02-20', 'admin', now() FROM cu, o RETURNING id, customer_id), \
             asc_ AS (INSERT INTO assessment_screenings (assessment_id, customer_id, county, availability, education) \
                    SELECT id, customer_id, 'Cook', 'either', 'high-school' FROM asm RETURNING assessment_id, customer_id), \
             asb AS (INSERT INTO assessment_barriers (assessment_id, customer_id, barrier) \
                    SELECT assessment_id, customer_id, 'childcare' FROM asc_), \
             rf AS (INSERT INTO referrals (customer_id, kind, to_organization_id, program_id, to_location_id, \
                    status, version, sent_at, sent_by, due_at, red_flag_at, expires_at) \
                    SELECT cu.id, 'referral', o.id, p.id, (SELECT id FROM l), 'pending', 1, now(), 'admin', \
                    now(), now(), now() FROM cu, o, p RETURNING id, due_at), \
             rv AS (INSERT INTO referral_versions (referral_id, version, status, due_at, changed_by, changed_at) \
                    SELECT id, 1, 'pending', due_at, 'admin', now() FROM rf), \
             en AS (INSERT INTO enrollments (customer_id, organization_id, program_id, location_id, enrolled_on, \
                    reverified, enrolled_by, enrolled_at) \
                    SELECT cu.id, o.id, p.id, (SELECT id FROM l), '2026-03-02', false, 'admin', now() FROM cu, o, p \
                    RETURNING id, customer_id, organization_id), \
             eg AS (INSERT INTO ep_goals (customer_id, organization_id, enrollment_id, title, category, term, status, \
                    created_by, created_at, updated_by, updated_at) \
                    SELECT customer_id, organization_id, id, 'Complete', 'career-plan', 'short', 'not-started', \
                    'admin', now(), 'admin', now() FROM en RETURNING id, customer_id, organization_id, enrollment_id), \
             ac AS (INSERT INTO activities (customer_id, goal_id, enrollment_id, organization_id, code, kind, status, \
                    planned_start, planned_end, started_on, created_by, created_at, updated_by, updated_at) \
                    SELECT customer_id, id, enrollment_id, organization_id, 'SJS', 'snap-et', 'started', '2026-03-02', \
                    '2026-06-30', '2026-03-02', 'admin', now(), 'admin', now() FROM eg RETURNING id, customer_id), \
             at AS (INSERT INTO attendance (activity_id, week, customer_id, hours, entered_by, entered_at) \
                    SELECT id, '2026-03-02', customer_id, 1000, 'admin', now() FROM ac), \
             ss AS (INSERT INTO support_services (customer_id, goal_id, enrollment_id, organization_id, category, \
                    status, planned_start, planned_end, started_on, created_by, created_at, updated_by, updated_at) \
                    SELECT customer_id, id, enrollment_id, organization_id, 'TRANSPORTATION', 'started', '2026-03-02', \
                    '2026-06-30', '2026-03-02', 'admin', now(), 'admin', now() FROM eg \
                    RETURNING id, customer_id, organization_id, category), \
             sc AS (INSERT INTO service_costs (service_id, customer_id, organization_id, category, fiscal_year, method, \
                    description, unit_amount, quantity, total, paid_on, state, created_by, created_at, updated_by, \
                    updated_at) \
                    SELECT id, customer_id, organization_id, category, 2026, 'bus-pass', 'Bus pass', 150000, 1, 150000, \
                    '2026-03-03', 'pending', 'admin', now(), 'admin', now() FROM ss \
                    RETURNING id, customer_id, organization_id), \
             co AS (INSERT INTO cost_overrides (cost_id, customer_id, organization_id, reason, total_before, maximum, \
                    status, requested_by, requested_at) \
                    SELECT id, customer_id, organization_id, 'car repair', 0, 140000, 'pending', 'admin', now() FROM sc), \
             em AS (INSERT INTO employments (customer_id, organization_id, employer, soc, job_title, started_on, wage, \
                    hours, full_time, created_by, created_at, updated_by, updated_at) \
                    SELECT customer_id, organization_id, 'Shop', '49-9071', 'Fixer', '2026-03-09', 1750, 2550, false, \
                    'admin', now(), 'admin', now() FROM eg RETURNING id, customer_id, organization_id), \
             cr AS (INSERT INTO credentials (customer_id, organization_id, title, institution, earned_on, \
                    credential_type, source, soc, occupation, cip, industry_recognized, added_by, added_at) \
                    SELECT customer_id, organization_id, 'Forklift', 'College', '2026-03-05', 'certification', \
                    'training', '53-7051', 'Operators', '03.0502', true, 'admin', now() FROM eg), \
             ex AS (INSERT INTO exits (enrollment_id, customer_id, organization_id, program_id, status, reason, \
                    exited_on, exited_by, exited_at, unexited_by, unexited_at) \
                    SELECT id, customer_id, organization_id, (SELECT id FROM p), 'successful', 'retention', '2026-03-20', \
                    'admin', now(), 'admin', now() FROM en), \
             eb AS (INSERT INTO earnfare_benefits (customer_id, amount, effective_on, changed_by, changed_at) \
                    SELECT id, 19600, '2026-03-01', 'admin', now() FROM cu), \
             ch AS (INSERT INTO customer_history (customer_id, field, old_value, new_value, changed_by, changed_at) \
                    SELECT id, 'case_number', 'C0', 'C1', 'admin', now() FROM cu), \
             es AS (INSERT INTO et_statuses (customer_id, status, since, updated_by) \
                    SELECT id, 'active', now(), 'admin' FROM cu), \
             eh AS (INSERT INTO et_status_history (customer_id, field, old_value, new_value, cause, \
                    changed_by, changed_at) SELECT id, 'status', 'not-enrolled', 'active', 'test', 'admin', now() FROM cu), \
             cd AS (INSERT INTO customer_documents (customer_id, organization_id, category, file_name, sha256, \
                    size_bytes, added_by, added_at) \
                    SELECT cu.id, o.id, 'Plan', 'plan.pdf', encode(sha256(convert_to('{org}', 'UTF8')), 'hex'), \
                    octet_length('{org}'), 'admin', now() FROM cu, o RETURNING id), \
             sf AS (INSERT INTO staffings (organization_id, program_id, month, state, updated_by, updated_at) \
                    SELECT o.id, p.id, '2026-02-01', 'open', 'admin', now() FROM o, p RETURNING id), \
             se AS (INSERT INTO staffing_events (staffing_id, event, done_by, done_at) \
                    SELECT id, 'submitted', 'admin', now() FROM sf), \
             sd AS (INSERT INTO staffing_documents (staffing_id, kind, file_name, sha256, size_bytes, added_by, \
                    added_at) SELECT id, 'interest-report', 'i.pdf', repeat('b', 64), 1, 'admin', now() FROM sf), \
             sk AS (INSERT INTO staffing_customers (staffing_id, customer_id, progress, marked_by, marked_at) \
                    SELECT sf.id, cu.id, 'acceptable', 'admin', now() FROM sf, cu), \
             ev AS (INSERT INTO employment_verifications (employment_id, period, customer_id, document_id, note_id, \
                    entered_by, entered_at) \
                    SELECT em.id, 30, em.customer_id, cd.id, cn.id, 'admin', now() FROM em, cd, cn), \
             dc AS (INSERT INTO document_contents (sha256, size_bytes, content) \
                    SELECT encode(sha256(convert_to('{org}', 'UTF8')), 'hex'), octet_length('{org}'), \
                    convert_to('{org}', 'UTF8')) \
             INSERT INTO customer_status_history (customer_id, old_status, new_status, changed_by, changed_at) \
             SELECT id, 'P', 'Y', 'admin', now() FROM cu",
            number = if org == "Acme Works" {
                "100000001"
            } else {
                "100000002"
            }
        );
        db.psql_as("postgres", &sql).expect("fill");
    }
    db.psql_as(
        "postgres",
        "INSERT INTO ies_batches (file_name, sha256, operator, imported_at, as_of, new_count, \
         changed_count, unchanged_count, rejected_count, forced) \
         VALUES ('ies.csv', repeat('a', 64), 'admin', now(), '2026-03-01', 2, 0, 0, 0, false); \
         INSERT INTO settings (name, value, changed_by, changed_at) \
         VALUES ('earnfare.benefit-wage', '14.00', 'admin', now())",
    )
    .expect("batch");
}

/// The organization a row of `t` belongs to, as SQL over the alias `t`.
fn org_of(t: &TablePolicy) -> String {
    match t.scope {
        Scope::Organization => "t.id".into(),
        Scope::Column => "t.organization_id".into(),
        Scope::Parent(column, parent) => {
            format!("(SELECT p.organization_id FROM {parent} p WHERE p.id = t.{column})")
        }
        // A person belongs to the organizations they are listed on; the login itself
        // is left out (everyone sees their own account).
        Scope::Person => {
            "(SELECT min(l.organization_id) FROM listings l WHERE l.user_id = t.id)".into()
        }
        // A customer belongs to the providers they are assigned to.
        Scope::Customer(column) => format!(
            "(SELECT min(a.organization_id) FROM customer_assignments a WHERE a.customer_id = t.{column})"
        ),
        Scope::Location => {
            "(SELECT x.organization_id FROM locations x WHERE x.id = t.location_id)".into()
        }
        // A referral belongs to the provider it was sent to (the fill sends each
        // provider one).
        Scope::Referral("id") => "t.to_organization_id".into(),
        Scope::Referral(column) => {
            format!("(SELECT r.to_organization_id FROM referrals r WHERE r.id = t.{column})")
        }
        Scope::Statewide | Scope::Reference => "0".into(),
        // A content belongs to the providers of the customers whose rows refer to it.
        Scope::Content(referring) => format!(
            "(SELECT min(a.organization_id) FROM {} r \
             JOIN customer_assignments a ON a.customer_id = r.customer_id WHERE r.sha256 = t.sha256)",
            referring[0]
        ),
    }
}

/// Rows of `t` other than the test logins' own (their accounts and listings, which
/// each login sees whatever its role).
fn not_own(t: &TablePolicy, logins: &[(String, Role, bool)]) -> String {
    let names: Vec<String> = logins.iter().map(|(l, _, _)| format!("'{l}'")).collect();
    let names = names.join(", ");
    match t.table {
        "users" => format!(" AND t.username NOT IN ({names})"),
        "listings" => {
            format!(" AND t.user_id NOT IN (SELECT id FROM users WHERE username IN ({names}))")
        }
        _ => String::new(),
    }
}

/// The column a no-op UPDATE of `t` sets to itself.
fn same_column(t: &TablePolicy) -> &'static str {
    match t.scope {
        Scope::Organization => "name",
        Scope::Column => "organization_id",
        Scope::Parent(column, _) => column,
        Scope::Person => "first_name",
        Scope::Customer("id") => "case_number",
        Scope::Customer(column) => column,
        Scope::Location => "location_id",
        Scope::Referral("id") => "note",
        Scope::Referral(column) => column,
        Scope::Statewide => "file_name",
        Scope::Content(_) => "sha256",
        Scope::Reference if t.table == "service_caps" => "category",
        Scope::Reference if t.table == "federal_components" => "code",
        Scope::Reference => "name",
    }
}

/// What the permission table lets `role` do with `actions` on a row of its own
/// provider (`own`) or of another.
fn expected(actions: &[Action], role: Role, own: bool) -> bool {
    actions.iter().any(|a| match a.grant(role) {
        Some(Grant::All) => true,
        Some(Grant::Own) => own,
        None => false,
    })
}

/// Whether `role` reads the rows of `t`: reference data every operator reads.
fn readable_by(t: &TablePolicy, role: Role, own: bool) -> bool {
    matches!(t.scope, Scope::Reference) || expected(t.read, role, own)
}

/// Per table and provider, how many rows each login sees and changes, against the
/// truth the owner sees: all of them where the permission table allows, none where
/// it does not. One `psql` per login for the reads and one for the updates (rolled
/// back).
fn matrix(db: &TestDb, logins: &[(String, Role, bool)], acme: i64, beta: i64) -> Vec<String> {
    let cases: Vec<(&TablePolicy, i64, bool, String)> = TABLES
        .iter()
        .flat_map(|t| {
            // Statewide records belong to no provider: one case, nobody's own.
            let orgs = match t.scope {
                Scope::Statewide | Scope::Reference => vec![(0, false)],
                _ => vec![(acme, true), (beta, false)],
            };
            orgs.into_iter().map(move |(org, own_org)| {
                (
                    t,
                    org,
                    own_org,
                    format!("{} = {org}{}", org_of(t), not_own(t, logins)),
                )
            })
        })
        .collect();
    let reads = cases
        .iter()
        .map(|(t, org, _, filter)| {
            format!(
                "SELECT '{}|{org}|' || count(*) FROM {} t WHERE {filter}",
                t.table, t.table
            )
        })
        .collect::<Vec<_>>()
        .join("\nUNION ALL ");
    let updates: String = cases
        .iter()
        // Stored contents are never changed, whoever asks (a trigger refuses it).
        .filter(|(t, ..)| !t.write.is_empty() && !matches!(t.scope, Scope::Content(_)))
        .map(|(t, org, _, filter)| {
            let column = same_column(t);
            format!(
                "WITH u AS (UPDATE {table} t SET {column} = t.{column} WHERE {filter} RETURNING 1) \
                 SELECT '{table}|{org}|' || count(*) FROM u;\n",
                table = t.table
            )
        })
        .collect();
    let updates = format!("BEGIN;\n{updates}ROLLBACK;");
    let counts = |login: &str, script: &str| -> BTreeMap<String, i64> {
        db.psql_as(login, script)
            .unwrap_or_else(|e| panic!("{login}: {e}"))
            .lines()
            .map(|line| {
                let (case, n) = line.rsplit_once('|').expect("case|count");
                (case.to_string(), n.parse().expect("count"))
            })
            .collect()
    };
    let truth = counts("postgres", &reads);
    let mut failures = Vec::new();
    for (t, org, _, _) in &cases {
        if truth[&format!("{}|{org}", t.table)] == 0 {
            failures.push(format!(
                "{}: no rows of organization {org} to test",
                t.table
            ));
        }
    }
    for (login, role, on_acme) in logins {
        let seen = counts(login, &reads);
        let changed = counts(login, &updates);
        for (t, org, own_org, _) in &cases {
            let own = *own_org && *on_acme;
            let case = format!("{}|{org}", t.table);
            let all = truth[&case];
            // An UPDATE changes only the rows its login reads: a write grant wider
            // than the read grant (S4: a provider manager enters people statewide)
            // inserts, but changes only what it reads.
            let mut check = |what: &str, allowed: bool, got: i64| {
                let want = if allowed { all } else { 0 };
                if got != want {
                    failures.push(format!(
                        "{role} {what} {} {} rows: {got}, expected {want} of {all}",
                        if own { "own" } else { "other" },
                        t.table
                    ));
                }
            };
            let readable = readable_by(t, *role, own);
            check("reading", readable, seen[&case]);
            if !t.write.is_empty() && !matches!(t.scope, Scope::Content(_)) {
                let writes = expected(t.write, *role, own);
                check("updating", readable && writes, changed[&case]);
            }
        }
    }
    failures
}

fn org_id(db: &TestDb, name: &str) -> i64 {
    db.psql_as(
        "postgres",
        &format!("SELECT id FROM organizations WHERE name = '{name}'"),
    )
    .expect("org")
    .trim()
    .parse()
    .expect("id")
}

#[test]
fn every_role_reads_and_changes_each_table_as_the_permission_table_says() {
    let Some(db) = pg() else { return };
    db.with_providers();
    fill_both_providers(&db);
    // Users of each provider other than the logins under test.
    db.add_user("acmeone", "Acme Works", "provider-staff");
    db.add_user("betaone", "Beta Jobs", "provider-staff");
    db.psql_as(
        "postgres",
        "INSERT INTO listing_locations (listing_id, location_id) \
         SELECT l.id, x.id FROM listings l JOIN users u ON u.id = l.user_id \
         JOIN locations x ON x.organization_id = l.organization_id \
         WHERE u.username IN ('acmeone', 'betaone')",
    )
    .expect("location limits");
    let mut logins = Vec::new();
    for role in Role::ALL {
        let login = unique(&role.code().replace('-', ""));
        let (org, on_acme) = if role.listed_on_idhs() {
            ("IDHS", false)
        } else {
            ("Acme Works", true)
        };
        add_login(&db, &login, org, role);
        logins.push((login, role, on_acme));
    }
    let acme = org_id(&db, "Acme Works");
    let beta = org_id(&db, "Beta Jobs");
    // Records about each provider, and the matrix reads the audit log too.
    let failures = matrix(&db, &logins, acme, beta);
    assert!(
        failures.is_empty(),
        "{} case(s) differ from the permission table:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn provider_staff_cannot_list_itself_raise_its_role_or_rewrite_the_audit_log() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let staff = unique("staff");
    add_login(&db, &staff, "Acme Works", Role::ProviderStaff);
    let before = db.count("SELECT COUNT(*) FROM audit_log");
    let idhs = org_id(&db, "IDHS");
    let attempts: BTreeMap<&str, String> = BTreeMap::from([
        (
            "insert a listing for itself",
            format!(
                "INSERT INTO listings (user_id, organization_id, role, request_kind, request_ref, authorized_by, added_at, added_by) \
                 SELECT id, {idhs}, 'super-user', 'init', 'x', 'x', now(), 'x' FROM users WHERE username = session_user"
            ),
        ),
        (
            "grant itself a group",
            format!("GRANT isets_super_user TO \"{staff}\""),
        ),
        ("become a super user", "SET ROLE isets_super_user".into()),
        (
            "update audit records",
            "UPDATE audit_log SET reason = 'edited'".into(),
        ),
        ("delete audit records", "DELETE FROM audit_log".into()),
        ("truncate the audit log", "TRUNCATE audit_log".into()),
        (
            "disable the policies",
            "ALTER TABLE listings DISABLE ROW LEVEL SECURITY".into(),
        ),
        ("read a user as the owner", "SET ROLE postgres".into()),
    ]);
    let mut outcomes = Vec::new();
    for (what, sql) in &attempts {
        let result = db.psql_as(&staff, sql);
        outcomes.push(format!(
            "{what}: {}",
            match result {
                Ok(_) => "ALLOWED".to_string(),
                Err(e) => e.lines().next().unwrap_or("").to_string(),
            }
        ));
    }
    let text = outcomes.join("\n").replace(&staff, "[STAFF]");
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("pg_staff_attempts", text);
    });
    // Its own listing cannot be raised either: the update finds nothing it may change.
    let raised = db
        .psql_as(
            &staff,
            "WITH u AS (UPDATE listings SET role = 'super-user' RETURNING 1) SELECT count(*) FROM u",
        )
        .expect("update runs");
    assert_eq!(raised.trim(), "0");
    assert_eq!(
        db.count("SELECT COUNT(*) FROM listings WHERE role = 'super-user'"),
        1
    );
    assert_eq!(db.count("SELECT COUNT(*) FROM audit_log"), before);
}

/// U2, U5, P1: a login reads its own active listings, and whether each grants anything,
/// through `isets_operator_listings` (how the binary identifies its operator), and
/// nobody else's: another login's name gives no row.
#[test]
fn a_login_reads_its_own_listings_and_nobody_elses() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let staff = unique("staff");
    let other = unique("other");
    add_login(&db, &staff, "Acme Works", Role::ProviderStaff);
    add_login(&db, &other, "Beta Jobs", Role::ProgramManager);
    let query = |name: &str| {
        format!(
            "SELECT organization, role, complete FROM isets_operator_listings('{name}') ORDER BY 1"
        )
    };
    assert_eq!(
        db.psql_as(&staff, &query(&staff)).expect("own"),
        "Acme Works|provider-staff|t\n"
    );
    assert_eq!(db.psql_as(&staff, &query(&other)).expect("other"), "");
    assert_eq!(db.psql_as(&staff, &query("admin")).expect("admin"), "");
    // The table itself shows the staff login nothing of its provider's listings
    // (provider staff do not view users, §1).
    assert_eq!(
        db.psql_as(&staff, "SELECT count(*) FROM listings")
            .expect("read"),
        "0\n"
    );
}

#[test]
fn a_direct_audit_insert_is_the_logins_own_and_cannot_fork_the_chain() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let staff = unique("staff");
    add_login(&db, &staff, "Acme Works", Role::ProviderStaff);
    let before = db.count("SELECT COUNT(*) FROM audit_log");
    db.psql_as(
        &staff,
        "INSERT INTO audit_log (id, at, operator, command, action, entity_kind, entity_id, prev_hash, hash) \
         VALUES (1, now(), 'admin', 'forged', 'user.create', 'user', 'x', 'forged', 'forged'), \
                (1, now(), 'admin', 'forged', 'user.create', 'user', 'y', 'forged', 'forged')",
    )
    .expect("a login appends");
    let rows: Vec<(i64, String, String)> =
        db.rows("SELECT id, operator, command FROM audit_log ORDER BY id DESC LIMIT 2");
    assert_eq!(
        rows,
        [
            (before + 2, staff.clone(), "forged".to_string()),
            (before + 1, staff.clone(), "forged".to_string()),
        ]
    );
    // The staff login reads none of it (§1: provider staff do not read the audit log).
    assert_eq!(
        db.psql_as(&staff, "SELECT count(*) FROM audit_log")
            .expect("read"),
        "0\n"
    );
    let out = db.isets(&["audit", "verify"]).output().expect("run");
    assert_eq!(
        (out.status.code(), stderr(&out)),
        (
            Some(0),
            format!("audit chain verified: {} records, all intact\n", before + 2)
        )
    );
}

#[test]
fn the_audit_log_refuses_changes_from_its_owner_too() {
    let Some(db) = pg() else { return };
    db.init();
    let err = db
        .psql_as("postgres", "UPDATE audit_log SET reason = 'edited'")
        .expect_err("refused");
    assert_eq!(
        err.lines().next(),
        Some("ERROR:  rule H1: the audit log is append-only (UPDATE refused)")
    );
    let err = db
        .psql_as("postgres", "TRUNCATE audit_log")
        .expect_err("refused");
    assert_eq!(
        err.lines().next(),
        Some("ERROR:  rule H1: the audit log is append-only (TRUNCATE refused)")
    );
}

#[test]
fn a_listing_grants_nothing_through_the_database_without_its_group() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let staff = unique("staff");
    let args = add_user_args(&staff, "Acme Works", Role::ProviderStaff, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    db.isets(&args).assert().success();
    // A DBA makes the login but grants no group.
    db.psql_as("postgres", &format!("CREATE ROLE \"{staff}\" LOGIN"))
        .expect("login");
    assert_eq!(
        db.psql_as(&staff, "SELECT count(*) FROM locations")
            .map_err(|e| e.lines().next().map(str::to_string)),
        Err(Some(
            "ERROR:  permission denied for table locations".to_string()
        ))
    );
    // With only the operator group's privileges, the policies still find no listing
    // backed by the role's group.
    db.psql_as("postgres", &format!("GRANT isets_operator TO \"{staff}\""))
        .expect("grant");
    assert_eq!(
        db.psql_as(&staff, "SELECT count(*) FROM locations")
            .expect("read"),
        "0\n"
    );
    db.psql_as(
        "postgres",
        &format!("GRANT isets_provider_staff TO \"{staff}\""),
    )
    .expect("grant");
    assert_eq!(
        db.psql_as(&staff, "SELECT count(*) FROM locations")
            .expect("read"),
        "1\n"
    );
}

#[test]
fn every_table_has_forced_row_level_security_and_policies() {
    let Some(db) = pg() else { return };
    db.migrate();
    let rows = db
        .psql_as(
            "postgres",
            "SELECT c.relname || '|' || c.relrowsecurity || '|' || c.relforcerowsecurity || '|' || \
                    coalesce((SELECT string_agg(p.polname, ',' ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = c.oid), '') \
             FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY c.relname",
        )
        .expect("catalog");
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for line in rows.lines() {
        let parts: Vec<&str> = line.split('|').collect();
        let (table, enabled, forced, policies) = (parts[0], parts[1], parts[2], parts[3]);
        seen.push(table.to_string());
        if UNSCOPED.contains(&table) {
            continue;
        }
        let Some(policy) = TABLES.iter().find(|t| t.table == table) else {
            problems.push(format!(
                "{table}: not in isets::db::policies::TABLES (every table needs its scope and actions)"
            ));
            continue;
        };
        let want = if policy.write.is_empty() {
            "isets_insert,isets_owner,isets_read"
        } else {
            "isets_delete,isets_insert,isets_owner,isets_read,isets_update"
        };
        if (enabled, forced, policies) != ("true", "true", want) {
            problems.push(format!(
                "{table}: row level security {enabled}, forced {forced}, policies {policies:?} (want {want:?})"
            ));
        }
    }
    for t in TABLES {
        if !seen.iter().any(|s| s == t.table) {
            problems.push(format!("{}: in TABLES but not in the schema", t.table));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn db_setup_is_the_owners_idempotent_and_prints_the_committed_script() {
    let Some(db) = pg() else { return };
    db.init();
    let dry = db
        .isets_owner(&["db", "setup", "--dry-run"])
        .output()
        .expect("run");
    assert!(dry.status.success());
    assert!(
        stdout(&dry) == include_str!("../../migrations/setup/postgres.sql"),
        "db setup --dry-run differs from migrations/setup/postgres.sql"
    );
    for _ in 0..2 {
        let out = db.isets_owner(&["db", "setup"]).output().expect("run");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out = db.isets(&["db", "setup"]).output().expect("run");
    assert_eq!(
        (out.status.code(), stderr(&out)),
        (
            Some(7),
            "error: permission denied: `isets db setup` is run by the database owner or a superuser; admin is neither\n".to_string()
        )
    );
    // A database set up by another build is refused until its owner sets it up again.
    db.psql_as(
        "postgres",
        "COMMENT ON FUNCTION isets_grants() IS 'isets setup old'",
    )
    .expect("age the stamp");
    let out = db.isets(&["org", "list"]).output().expect("run");
    assert_eq!(out.status.code(), Some(9), "{}", stderr(&out));
    db.isets_owner(&["db", "migrate"]).assert().success();
    db.isets(&["org", "list"]).assert().success();
}

#[test]
fn logins_follow_the_listings() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let login = unique("kim");
    add_login(&db, &login, "Acme Works", Role::ProviderStaff);
    assert_eq!(groups_of(&db, &login), ["isets_provider_staff"]);
    assert_eq!(
        db.psql_as(&login, "SELECT name FROM organizations ORDER BY name")
            .expect("read"),
        "Acme Works\n"
    );
    // A second listing, without any flag: the managed login is kept in step.
    let args = add_user_args(&login, "Acme Works", Role::ProgramManager, &[]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = db.isets(&args).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).replace(&login, "[LOGIN]"),
        "added listing of user \"[LOGIN]\"\n\
         updated login \"[LOGIN]\": groups [\"isets_provider_staff\"] → [\"isets_program_manager\",\"isets_provider_staff\"]\n"
    );
    assert_eq!(
        groups_of(&db, &login),
        ["isets_program_manager", "isets_provider_staff"]
    );
    db.isets(&[
        "user",
        "remove",
        &login,
        "--org",
        "Acme Works",
        "--role",
        "provider-staff",
        "--requested-by",
        "admin",
        "--yes",
    ])
    .assert()
    .success();
    assert_eq!(groups_of(&db, &login), ["isets_program_manager"]);
    db.isets(&[
        "user",
        "remove",
        &login,
        "--all",
        "--requested-by",
        "admin",
        "--yes",
    ])
    .assert()
    .success();
    assert_eq!(groups_of(&db, &login), Vec::<String>::new());
    assert!(!can_login(&db, &login));
    let actions =
        db.strings("SELECT action FROM audit_log WHERE entity_kind = 'login' ORDER BY id");
    assert_eq!(
        actions,
        [
            "login.create",
            "login.update",
            "login.update",
            "login.update"
        ]
    );
}

#[test]
fn print_sql_changes_no_login_and_prints_what_a_dba_runs() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let login = unique("lee");
    let args = add_user_args(
        &login,
        "Acme Works",
        Role::ProviderManager,
        &["--print-sql"],
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let text = result_of(&db, &mut db.isets(&args)).replace(&login, "[LOGIN]");
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("pg_print_sql", text);
    });
    assert_eq!(
        db.psql_as(
            "postgres",
            &format!("SELECT count(*) FROM pg_roles WHERE rolname = '{login}'")
        )
        .expect("read"),
        "0\n"
    );
}

#[test]
fn create_login_needs_the_login_administrators_group() {
    let Some(db) = pg() else { return };
    db.with_providers();
    // su2's harness login has every role's group but not isets_login_admin.
    db.add_user("su2", "IDHS", "super-user");
    let login = unique("max");
    let args = add_user_args(
        &login,
        "Acme Works",
        Role::ProviderStaff,
        &["--create-login"],
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = db.isets_as("su2", &args).output().expect("run");
    assert_eq!(
        (out.status.code(), stderr(&out).replace(&login, "[LOGIN]")),
        (
            Some(7),
            "error: permission denied: creating login [LOGIN] needs membership of isets_login_admin (super users' logins get it from --create-login); use --print-sql and give the SQL to a DBA instead\n".to_string()
        )
    );
    assert_eq!(
        db.count("SELECT COUNT(*) FROM users WHERE first_name = 'Rls'"),
        0,
        "nothing written"
    );
}

#[test]
fn check_roles_reports_logins_that_differ_from_their_listings() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let login = unique("ann");
    add_login(&db, &login, "Acme Works", Role::ProviderStaff);
    db.psql_as("postgres", &format!("GRANT isets_wfd TO \"{login}\""))
        .expect("grant");
    let out = db
        .isets_owner(&["db", "check-roles", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mine: Vec<&serde_json::Value> = rows
        .as_array()
        .expect("rows")
        .iter()
        .filter(|r| r["login"] == login.as_str())
        .collect();
    assert_eq!(
        mine,
        [&serde_json::json!({
            "login": login, "missing": [], "extra": ["isets_wfd"], "problem": ""
        })]
    );
    // A super user sees every listing, so may ask too.
    let out = db
        .isets(&["db", "check-roles", "--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    // Provider staff may not ask: the policies would hide most listings from them.
    let out = db
        .isets_as(&login, &["db", "check-roles"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(7));
}

#[test]
fn a_fresh_database_gets_three_working_logins_with_the_readmes_commands() {
    let Some(db) = pg() else { return };
    // README: a DBA makes the owner (not a superuser) and the database.
    let owner = unique("owner");
    db.psql_as(
        "postgres",
        &format!("CREATE ROLE \"{owner}\" LOGIN CREATEROLE"),
    )
    .expect("owner");
    db.psql_as(
        "postgres",
        &format!("ALTER DATABASE {} OWNER TO \"{owner}\"", db.pg_name()),
    )
    .expect("own the database");
    let run = |login: &str, args: &[&str]| {
        let mut cmd = db.isets_as(login, args);
        cmd.env("ISETS_DATABASE_URL", db.url(login));
        let out = cmd.output().expect("run");
        assert!(out.status.success(), "{login} {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let su = unique("ada");
    run(
        &owner,
        &[
            "init",
            "--super-user",
            &su,
            "--first",
            "Ada",
            "--last",
            "Admin",
            "--email",
            "ada@illinois.example",
            "--dob",
            "1970-01-02",
            "--create-login",
        ],
    );
    assert_eq!(
        groups_of(&db, &su),
        ["isets_login_admin", "isets_super_user"]
    );
    run(
        &su,
        &[
            "provider",
            "add",
            "Acme Works",
            "--spcq-approved-on",
            "2024-01-15",
        ],
    );
    run(
        &su,
        &[
            "provider",
            "add-location",
            "Acme Works",
            "--name",
            "Main",
            "--address",
            "1 Main",
            "--county",
            "Cook",
            "--dhs-office",
            "Cook FCRC",
        ],
    );
    run(
        &su,
        &[
            "provider",
            "add-contract",
            "Acme Works",
            "--number",
            "FCS1",
            "--program",
            "snap-jp",
            "--start",
            "2025-07-01",
            "--end",
            "2027-06-30",
            "--amount",
            "1000",
        ],
    );
    let pm = unique("pm");
    let staff = unique("staff");
    for (login, role) in [(&pm, Role::ProviderManager), (&staff, Role::ProviderStaff)] {
        let args = add_user_args(login, "Acme Works", role, &["--create-login"]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&su, &args);
    }
    for login in [&su, &pm, &staff] {
        let listed: serde_json::Value =
            serde_json::from_str(&run(login, &["provider", "list", "--format", "json"]))
                .expect("json");
        assert_eq!(column(&listed, "name"), ["Acme Works"], "{login}");
    }
    // The chain the database computed verifies, the owner's records included.
    run(&su, &["audit", "verify"]);
}

#[test]
fn the_postgresql_tools_are_refused_on_sqlite() {
    let db = TestDb::new(Kind::Sqlite).expect("sqlite");
    db.with_providers();
    let args = add_user_args(
        "kim",
        "Acme Works",
        Role::ProviderStaff,
        &["--create-login"],
    );
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    for args in [
        &args[..],
        &["db", "setup"],
        &["db", "setup", "--dry-run"],
        &["db", "check-roles"],
    ] {
        out.push(result_of(&db, &mut db.isets(args)));
    }
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("sqlite_refuses_postgresql_tools", out.join("\n"));
    });
    assert_eq!(
        db.count("SELECT COUNT(*) FROM users WHERE username = 'kim'"),
        0
    );
}

#[test]
fn an_apply_file_keeps_managed_logins_in_step() {
    let Some(db) = pg() else { return };
    db.with_providers();
    let login = unique("joe");
    add_login(&db, &login, "Acme Works", Role::ProviderStaff);
    let file = db.home().join("delta.toml");
    std::fs::write(
        &file,
        format!(
            r#"[[provider]]
name = "Delta Works"
spcq_approved_on = 2024-01-15

  [[provider.location]]
  name = "Main"
  address = "1 Main St"
  county = "Cook"
  dhs_office = "Cook Central FCRC"

  [[provider.contract]]
  number = "FCSDELTA1"
  program = "snap-jp"
  start = 2024-07-01
  end = 2027-06-30
  amount = "1000.00"

  [[provider.user]]
  username = "{login}"
  first = "Rls"
  last = "{login}"
  email = "{login}@example.org"
  dob = "1980-02-03"
  role = "program-manager"
  access_request = "IL444-2022-0010"
  authorized_by = "Pat Approver"
"#
        ),
    )
    .expect("write");
    let out = db
        .isets(&["apply", &file.display().to_string(), "--yes"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        groups_of(&db, &login),
        ["isets_program_manager", "isets_provider_staff"]
    );
    assert_eq!(
        db.strings("SELECT action FROM audit_log WHERE entity_kind = 'login' ORDER BY id"),
        ["login.create", "login.update"]
    );
}

#[test]
fn logins_that_bypass_the_policies_are_never_operators() {
    let Some(db) = pg() else { return };
    db.init();
    // `postgres` is a superuser (and owns the test database); make it an isets user
    // too, so only the bypass stops it.
    let out = db
        .isets(
            &add_user_args("postgres", "IDHS", Role::SuperUser, &[])
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let out = db.isets_owner(&["org", "list"]).output().expect("run");
    assert_eq!(
        (out.status.code(), stderr(&out)),
        (
            Some(7),
            "error: permission denied: login postgres bypasses row-level security (superuser, BYPASSRLS or the database owner): operators connect with their own login (SECURITY.md)\n".to_string()
        )
    );
}
