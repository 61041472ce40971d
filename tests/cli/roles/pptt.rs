//! The data accuracy audit (B7, B9): every role audits its own provider's PPTT and
//! another provider's. §1 gives reports to every role, provider roles only for their own
//! providers: another provider reads as not found, and the audit writes nothing (no
//! audit record either).

use isets::permissions::Action;

use super::customers::programs;
use super::*;
use crate::both;

/// A PPTT with a header row and one customer ISETS does not have.
const PPTT: &str = "Individual Number,Case Number,Customer Name,Referral Date,Start Date,Activities,E&T Status\n\
100000001,C-1,\"Adams, Ann\",11/20/2025,12/05/2025,SJS,Active\n";

both! {
    fn b7_b9_the_pptt_audit_as_the_role_table_says(db) {
        setup(db);
        programs(db);
        let file = db.home().join("pptt.csv");
        std::fs::write(&file, PPTT).expect("write the PPTT");
        let file = file.display().to_string();
        let mut cases = Cases::new(db);
        for user in operators() {
            for (provider, program) in [(ACME, "1"), (BETA, "2")] {
                let all = vec!["report", "pptt-audit", &file, "--provider", provider, "--month", "2026-01"];
                let mut one = all.clone();
                one.extend(["--program", program]);
                for args in [all, one] {
                    let audits = db.count("SELECT COUNT(*) FROM audit_log");
                    if let Some(run) = cases.probe(user, &args, Action::Reports, Some(provider))
                        && allows(Action::Reports, user, Some(provider))
                    {
                        let case = format!("[{:?}] {} audited {provider}", db.kind, who(user));
                        cases.check(run.stdout.contains("in-isets"), &case, || {
                            format!("expected the PPTT's customer as a finding: {}", run.stdout)
                        });
                    }
                    let now = db.count("SELECT COUNT(*) FROM audit_log");
                    cases.check(now == audits, &format!("{user} ran {args:?}"), || {
                        format!("the audit wrote {} audit record(s)", now - audits)
                    });
                }
            }
        }
        cases.run("nobody", &["report", "pptt-audit", &file, "--provider", ACME, "--month", "2026-01"], Want::Unknown);
        cases.done();
    }
}
