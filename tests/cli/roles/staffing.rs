//! Staffing and billing (B1–B4, B8): who takes each step of a provider program's
//! monthly staffing, for their own provider and for another (DOMAIN.md §1: the
//! provider's part, IDHS's eligibility verification, approve/unlock, the billing packet
//! and billing's answer).

use isets::permissions::Action;

use super::customers::{EXTRACT, programs};
use super::*;
use crate::both;

const FEB_16: &str = "2026-02-16T15:00:00Z";

fn ok_at(db: &TestDb, now: &str, args: &[&str]) {
    let out = db.isets_at(ADMIN, now, args).output().expect("run");
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

/// Doe on the February 2026 roster of Acme Works' program 1 and Roe on Beta Jobs'
/// program 2 (B5): screened, referred, accepted, enrolled and started on 2026-02-16.
fn rostered(db: &TestDb) {
    setup(db);
    programs(db);
    db.customers_from(EXTRACT, FEB_16, &[DOE, ROE]);
    for (number, provider, program, referral) in
        [("123456789", ACME, "1", "1"), ("223456789", BETA, "2", "2")]
    {
        ok_at(
            db,
            FEB_16,
            &[
                "assessment",
                "add",
                number,
                "--initial",
                "--completed-on",
                "2026-02-13",
                "--availability",
                "full-time",
                "--education",
                "high-school",
                "--county",
                "Lake",
            ],
        );
        let mut send = vec![
            "referral",
            "send",
            number,
            "--to",
            provider,
            "--program",
            program,
            "--consent-attested",
            "--receives-snap",
            "yes",
            "--eligible",
            "yes",
        ];
        if program == "2" {
            send.extend(["--benefit-amount", "200.00"]);
        }
        ok_at(db, FEB_16, &send);
        ok_at(db, FEB_16, &["referral", "respond", referral, "--accept"]);
        ok_at(
            db,
            FEB_16,
            &[
                "enroll",
                number,
                "--provider",
                provider,
                "--program",
                program,
                "--date",
                "2026-02-16",
                "--activity",
                "SJS",
                "--reason",
                "setup",
            ],
        );
    }
    for id in ["1", "2"] {
        ok_at(
            db,
            FEB_16,
            &[
                "activity",
                "start",
                id,
                "--date",
                "2026-02-16",
                "--note",
                "setup",
                "--reason",
                "setup",
            ],
        );
    }
}

/// The staffing `--provider P --program N --month 2026-02`, plus `more`.
fn step(
    first: &[&'static str],
    provider: &'static str,
    more: &[&'static str],
) -> Vec<&'static str> {
    let program = if provider == ACME { "1" } else { "2" };
    let mut args = first.to_vec();
    args.extend([
        "--provider",
        provider,
        "--program",
        program,
        "--month",
        "2026-02",
    ]);
    args.extend_from_slice(more);
    args
}

/// Puts both staffings in `state`, approved when the state is past the approval.
fn both_in(db: &TestDb, state: &str) {
    db.exec("DELETE FROM staffing_events");
    match state {
        "submitted" => db.exec(
            "UPDATE staffings SET state = 'submitted', approved_by = NULL, approved_at = NULL, \
             billing_submitted_by = NULL, billing_submitted_at = NULL, billed_by = NULL, billed_at = NULL WHERE submitted_at IS NOT NULL",
        ),
        "approved" => db.exec(
            "UPDATE staffings SET state = 'approved', approved_by = 'admin', approved_at = submitted_at, \
             billing_submitted_by = NULL, billing_submitted_at = NULL, billed_by = NULL, billed_at = NULL WHERE submitted_at IS NOT NULL",
        ),
        _ => db.exec(
            "UPDATE staffings SET state = 'billing-submitted', approved_by = 'admin', approved_at = submitted_at, \
             billing_submitted_by = 'admin', billing_submitted_at = submitted_at, billed_by = NULL, billed_at = NULL WHERE submitted_at IS NOT NULL",
        ),
    }
}

both! {
    fn staffing_and_billing_steps_as_the_role_table_says(db) {
        rostered(db);
        let mut cases = Cases::new(db);
        for user in operators() {
            for provider in [ACME, BETA] {
                let reports = want(Action::Reports, user, Some(provider));
                cases.run(user, &step(&["staffing", "show"], provider, &[]), reports);
                let part = want(Action::StaffingProvider, user, Some(provider));
                let number = if provider == ACME { "123456789" } else { "223456789" };
                cases.run(user, &step(&["staffing", "mark", number], provider, &["--progress", "acceptable"]), part);
                let eligibility = want(Action::StaffingEligibility, user, Some(provider));
                cases.run(user, &step(&["staffing", "verify", number], provider, &["--eligible", "yes"]), eligibility);
                let kind = if provider == ACME { "interest-report" } else { "admin-expenses-certification" };
                let file = db.home().join("form.pdf");
                std::fs::write(&file, "form").expect("write");
                let path = file.display().to_string();
                let program = if provider == ACME { "1" } else { "2" };
                let attach = ["staffing", "attach", "--provider", provider, "--program", program, "--month", "2026-03", "--kind", kind, &path];
                cases.run(user, &attach, part);
                if cases.run(user, &step(&["staffing", "submit"], provider, &[]), part).is_some()
                    && matches!(part, Want::Allowed)
                {
                    db.exec("DELETE FROM staffing_events");
                    db.exec("UPDATE staffings SET state = 'open', submitted_by = NULL, submitted_at = NULL");
                }
            }
            cases.run(user, &["staffing", "list"], want(Action::Reports, user, None));
        }
        // Both staffings submitted and complete, for the steps that follow.
        for provider in [ACME, BETA] {
            let number = if provider == ACME { "123456789" } else { "223456789" };
            ok_at(db, NOW, &step(&["staffing", "mark", number], provider, &["--progress", "acceptable"]));
            ok_at(db, NOW, &step(&["staffing", "verify", number], provider, &["--eligible", "yes"]));
            ok_at(db, NOW, &step(&["staffing", "submit"], provider, &[]));
        }
        let steps: [(&[&'static str], &[&'static str], Action, &str); 6] = [
            (&["staffing", "approve"], &[], Action::StaffingApprove, "submitted"),
            (&["staffing", "unlock"], &["--reason", "probe"], Action::StaffingApprove, "approved"),
            (&["billing", "submit"], &[], Action::BillingSubmit, "approved"),
            (&["billing", "approve"], &["--reason", "probe"], Action::BillingApprove, "billing-submitted"),
            (&["billing", "request-changes"], &["--message", "probe", "--reason", "probe"], Action::BillingApprove, "billing-submitted"),
            (&["staffing", "approve"], &[], Action::StaffingApprove, "submitted"),
        ];
        for (first, more, action, from) in steps {
            both_in(db, from);
            for user in operators() {
                for provider in [ACME, BETA] {
                    let want = want(action, user, Some(provider));
                    if cases.run(user, &step(first, provider, more), want).is_some()
                        && matches!(want, Want::Allowed)
                    {
                        both_in(db, from);
                    }
                }
            }
        }
        // §1, note 1: billing's approval by a super user needs a reason.
        both_in(db, "billing-submitted");
        let before = state(db);
        let out = db.isets(&step(&["billing", "approve"], ACME, &[])).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert_eq!(state(db), before);
        cases.done();
    }
}
