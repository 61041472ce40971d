//! The E&T statuses and levels of progress of DOMAIN.md §8, and which statuses a person
//! may set by hand (T5); the pure rules, tested in process.

use crate::error::{Error, Result};

use crate::named::named;

named! {
    /// The E&T statuses (§8), Not Enrolled being the default.
    EtStatus {
        NotEnrolled = ("not-enrolled", "Not Enrolled"),
        IesMatched = ("ies-matched", "IES Matched"),
        InitialAssessmentComplete = ("initial-assessment-complete", "Initial Assessment Complete"),
        PendingReferralApproval = ("pending-referral-approval", "Pending Referral Approval"),
        ReferralRejected = ("referral-rejected", "Referral Rejected"),
        WaitList = ("wait-list", "Wait List"),
        PendingActivityStart = ("pending-activity-start", "Pending Activity Start Date"),
        Active = ("active", "Active"),
        Inactive = ("inactive", "Inactive"),
        Retention = ("retention", "Retention"),
        NeverActive = ("never-active", "Never Active"),
        Exited = ("exited", "Exited"),
        ConsentRevoked = ("consent-revoked", "Consent Revoked"),
    }
}

named! {
    /// T4: the level of progress.
    Progress {
        Acceptable = ("acceptable", "Acceptable Progress/Participation"),
        NotParticipating = ("not-participating", "Not Participating"),
        NotProgressing = ("not-progressing", "Not Progressing"),
        NotAppropriate = ("not-appropriate", "No longer appropriate for provider services"),
    }
}

impl EtStatus {
    /// The statuses before enrollment: a customer in one of them is eligible or being
    /// taken in, not enrolled.
    fn before_enrollment(self) -> bool {
        matches!(
            self,
            EtStatus::NotEnrolled
                | EtStatus::IesMatched
                | EtStatus::InitialAssessmentComplete
                | EtStatus::PendingReferralApproval
                | EtStatus::ReferralRejected
                | EtStatus::NeverActive
        )
    }

    /// Enrolled with a provider (taking part, paused, or in Job Retention): a referral
    /// sent then does not take the customer back to intake (T2).
    pub fn enrolled(self) -> bool {
        matches!(
            self,
            EtStatus::PendingActivityStart
                | EtStatus::Active
                | EtStatus::Inactive
                | EtStatus::Retention
        )
    }

    /// What moves a customer into a status ISETS sets itself (T2 and the temporary
    /// statuses of T5), for the refusal of setting it by hand.
    fn set_by(self) -> &'static str {
        match self {
            EtStatus::NotEnrolled => "it is the default, before anything is recorded",
            EtStatus::IesMatched => "the customer is matched with IES",
            EtStatus::InitialAssessmentComplete => "the Initial Screening is completed",
            EtStatus::PendingReferralApproval => "a referral is sent",
            EtStatus::ReferralRejected => "a referral is rejected",
            EtStatus::PendingActivityStart => "the customer is enrolled",
            EtStatus::Active => "the first SNAP E&T activity starts",
            EtStatus::Retention => "employment puts the customer in Job Retention",
            EtStatus::NeverActive | EtStatus::Exited => "the customer is exited",
            EtStatus::WaitList | EtStatus::Inactive | EtStatus::ConsentRevoked => "",
        }
    }
}

/// T5: whether a person may move a customer from `from` to `to` by hand. Providers set
/// Inactive for a pause of an Active customer and Active again when it ends (T3), Wait
/// List for an eligible customer a program has no room for yet, and Consent Revoked at
/// any time; every other status is ISETS' own, moved by the command that causes it (T2).
pub fn may_set_by_hand(from: EtStatus, to: EtStatus) -> Result<()> {
    use EtStatus::*;
    let refuse = |why: String| Err(Error::rule("T5", why));
    if from == to {
        return Err(Error::Conflict(format!(
            "the E&T status is {to} already (T1: nothing to record)"
        )));
    }
    match to {
        Inactive if from == Active => Ok(()),
        Inactive => refuse(format!(
            "Inactive pauses an Active customer (T3); this customer is {from}"
        )),
        Active if from == Inactive => Ok(()),
        WaitList if from.before_enrollment() => Ok(()),
        WaitList => refuse(format!(
            "Wait List is for an eligible customer not enrolled yet; this customer is {from}"
        )),
        ConsentRevoked => Ok(()),
        _ => refuse(format!(
            "{to} is not set by hand: ISETS sets it when {} (T2)",
            if to == Active {
                "the first SNAP E&T activity starts, or by hand only when an Inactive customer returns"
            } else {
                to.set_by()
            }
        )),
    }
}

/// T3: more than 30 days Inactive is flagged (never refused).
pub const INACTIVE_DAYS_FLAGGED: i64 = 30;

#[cfg(test)]
mod tests {
    use super::EtStatus::*;
    use super::*;

    #[test]
    fn t5_what_a_person_may_set_by_hand() {
        let allowed = [
            (Active, Inactive),
            (Inactive, Active),
            (NotEnrolled, WaitList),
            (ReferralRejected, WaitList),
            (Active, ConsentRevoked),
            (Exited, ConsentRevoked),
        ];
        for (from, to) in allowed {
            assert!(may_set_by_hand(from, to).is_ok(), "{from} -> {to}");
        }
        let refused = [
            (NotEnrolled, Inactive),
            (PendingActivityStart, Active),
            (Active, WaitList),
            (NotEnrolled, Exited),
            (Active, Retention),
            (NotEnrolled, PendingReferralApproval),
            (WaitList, NotEnrolled),
        ];
        for (from, to) in refused {
            let e = may_set_by_hand(from, to).expect_err("refused");
            assert!(e.to_string().starts_with("rule T5:"), "{from} -> {to}: {e}");
        }
        assert!(matches!(
            may_set_by_hand(Inactive, Inactive),
            Err(Error::Conflict(_))
        ));
    }

    #[test]
    fn codes_and_the_manuals_names_both_parse() {
        for s in EtStatus::ALL {
            assert_eq!(s.code().parse::<EtStatus>(), Ok(*s));
            assert_eq!(s.shown().to_uppercase().parse::<EtStatus>(), Ok(*s));
        }
        for p in Progress::ALL {
            assert_eq!(p.code().parse::<Progress>(), Ok(*p));
        }
        assert!("busy".parse::<EtStatus>().is_err());
    }
}
