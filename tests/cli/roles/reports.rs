//! The monthly reports (B5, B6): every role asks for each report of its own provider's
//! program and of another's. §1 gives reports to every role, provider roles only for
//! their own providers: another provider reads as not found, and a report writes
//! nothing (no audit record either).

use isets::permissions::Action;

use super::customers::programs;
use super::*;
use crate::both;

both! {
    fn b5_b6_reports_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        let mut cases = Cases::new(db);
        for user in operators() {
            for (provider, program) in [(ACME, "1"), (BETA, "2")] {
                let month = ["--provider", provider, "--program", program, "--month", "2026-01"];
                let mut reports = vec![vec!["report", "employment"], vec!["report", "support-services"]];
                reports.push(vec!["report", "4333"]);
                if provider == BETA {
                    // B6: the 2606 is an Earnfare program's (Beta Jobs' program 2).
                    reports.push(vec!["report", "earnfare-2606"]);
                }
                for mut args in reports {
                    args.extend(month);
                    let audits = db.count("SELECT COUNT(*) FROM audit_log");
                    cases.probe(user, &args, Action::Reports, Some(provider));
                    let now = db.count("SELECT COUNT(*) FROM audit_log");
                    cases.check(now == audits, &format!("{user} ran {args:?}"), || {
                        format!("a report wrote {} audit record(s)", now - audits)
                    });
                }
            }
        }
        cases.run("nobody", &["report", "4333", "--provider", ACME, "--program", "1", "--month", "2026-01"], Want::Unknown);
        cases.done();
    }
}
