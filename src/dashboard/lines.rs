//! The dashboard's sections (D1–D4) and their lines: each line is one count per
//! provider, with a stable name that `isets dashboard --list NAME` takes to list what
//! it counted. A section is a list of lines, so one more line is one more entry here
//! and its statement in [`super::queries`].

use serde::Serialize;

use crate::permissions::Action;

/// The four sections of 002's "ISETS Dashboard", in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// D1: year-to-date counts against the contract's goals.
    Goals,
    /// D2: referrals sent, received, accepted, rejected, red flags and overdue.
    Referrals,
    /// D3: redeterminations within 60 days, under 30 red.
    Redeterminations,
    /// D4: what needs doing: assessments, retention contacts, overrides, staffings.
    FollowUp,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Goals,
        Section::Referrals,
        Section::Redeterminations,
        Section::FollowUp,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Goals => "goals",
            Section::Referrals => "referrals",
            Section::Redeterminations => "redeterminations",
            Section::FollowUp => "follow-up",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::Goals => "Contract goals (D1)",
            Section::Referrals => "Referrals (D2)",
            Section::Redeterminations => "Redeterminations (D3)",
            Section::FollowUp => "Follow-up (D4)",
        }
    }

    /// The lines of the section, in the order they are shown.
    pub fn lines(self) -> impl Iterator<Item = Line> {
        Line::ALL
            .iter()
            .copied()
            .filter(move |l| l.section() == self)
    }
}

/// Declares [`Line`] and [`Line::ALL`] from one list, so the two cannot differ.
macro_rules! lines {
    ($($name:ident),* $(,)?) => {
        /// One count of the dashboard per provider, and the list behind it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Line {
            $($name),*
        }

        impl Line {
            /// Every line, in the order shown.
            pub const ALL: &'static [Line] = &[$(Line::$name),*];
        }
    };
}

lines! {
    GoalEnrolled,
    GoalActive,
    GoalEmployed,
    GoalRetained90Days,
    GoalCredentials,
    GoalCompletedActivity,
    GoalExits,
    ReferralsSent,
    ReferralsReceived,
    ReferralsAccepted,
    ReferralsRejected,
    ReferralsRedFlag,
    ReferralsOverdue,
    Redeterminations60,
    Redeterminations30,
    AssessmentsDue,
    AssessmentsOverdue,
    NeedsAssessmentMissing,
    NeedsAssessmentLate,
    RetentionContact,
    OverridesPending,
    OverridesPast14Days,
    StaffingsDue,
    StaffingsLate,
}

impl Line {
    /// The stable name: the table's column, the JSON and CSV `line`, `--list NAME`.
    pub fn name(self) -> &'static str {
        use Line::*;
        match self {
            GoalEnrolled => "goal-enrolled",
            GoalActive => "goal-active",
            GoalEmployed => "goal-employed",
            GoalRetained90Days => "goal-retained-90-days",
            GoalCredentials => "goal-credentials",
            GoalCompletedActivity => "goal-completed-activity",
            GoalExits => "goal-exits",
            ReferralsSent => "referrals-sent",
            ReferralsReceived => "referrals-received",
            ReferralsAccepted => "referrals-accepted",
            ReferralsRejected => "referrals-rejected",
            ReferralsRedFlag => "referrals-red-flag",
            ReferralsOverdue => "referrals-overdue",
            Redeterminations60 => "redeterminations-60",
            Redeterminations30 => "redeterminations-30",
            AssessmentsDue => "assessments-due",
            AssessmentsOverdue => "assessments-overdue",
            NeedsAssessmentMissing => "needs-assessment-missing",
            NeedsAssessmentLate => "needs-assessment-late",
            RetentionContact => "retention-contact",
            OverridesPending => "overrides-pending",
            OverridesPast14Days => "overrides-past-14-days",
            StaffingsDue => "staffings-due",
            StaffingsLate => "staffings-late",
        }
    }

    pub fn section(self) -> Section {
        use Line::*;
        match self {
            GoalEnrolled
            | GoalActive
            | GoalEmployed
            | GoalRetained90Days
            | GoalCredentials
            | GoalCompletedActivity
            | GoalExits => Section::Goals,
            ReferralsSent | ReferralsReceived | ReferralsAccepted | ReferralsRejected
            | ReferralsRedFlag | ReferralsOverdue => Section::Referrals,
            Redeterminations60 | Redeterminations30 => Section::Redeterminations,
            AssessmentsDue
            | AssessmentsOverdue
            | NeedsAssessmentMissing
            | NeedsAssessmentLate
            | RetentionContact
            | OverridesPending
            | OverridesPast14Days
            | StaffingsDue
            | StaffingsLate => Section::FollowUp,
        }
    }

    /// The contract goal category (P2) a line of D1 counts.
    pub fn category(self) -> Option<&'static str> {
        use Line::*;
        match self {
            GoalEnrolled => Some("enrolled"),
            GoalActive => Some("active"),
            GoalEmployed => Some("employed"),
            GoalRetained90Days => Some("retained-90-days"),
            GoalCredentials => Some("credentials"),
            GoalCompletedActivity => Some("completed-activity"),
            GoalExits => Some("exits"),
            _ => None,
        }
    }

    /// The line of D1 counting a goal category.
    pub fn of_category(category: &str) -> Option<Line> {
        Line::ALL
            .iter()
            .copied()
            .find(|l| l.category() == Some(category))
    }

    /// The rules the line counts by.
    pub fn rule(self) -> &'static str {
        use Line::*;
        match self {
            GoalEnrolled => "D1, N1",
            GoalActive => "D1, T2, E6",
            GoalEmployed => "D1, M1",
            GoalRetained90Days => "D1, X5",
            GoalCredentials => "D1, C1",
            GoalCompletedActivity => "D1, X5",
            GoalExits => "D1, X1, X4",
            ReferralsSent | ReferralsReceived | ReferralsAccepted | ReferralsRejected => {
                "D2, F1, F4"
            }
            ReferralsRedFlag | ReferralsOverdue => "D2, F5",
            Redeterminations60 | Redeterminations30 => "D3",
            AssessmentsDue | AssessmentsOverdue => "D4, A2",
            NeedsAssessmentMissing | NeedsAssessmentLate => "D4, A3",
            RetentionContact => "D4, M5",
            OverridesPending | OverridesPast14Days => "D4, V6",
            StaffingsDue | StaffingsLate => "D4, B1, B8",
        }
    }

    /// Whether what the line counts are red flags (002: action is overdue).
    pub fn red_flag(self) -> bool {
        use Line::*;
        matches!(
            self,
            ReferralsRedFlag
                | ReferralsOverdue
                | Redeterminations30
                | AssessmentsOverdue
                | NeedsAssessmentLate
                | OverridesPast14Days
                | StaffingsLate
        )
    }

    /// The action the line needs besides reading reports: assessments and case notes are
    /// read by those who write them (§1), so an operator without it (billing) gets the
    /// line uncounted rather than counted from rows it cannot see.
    pub fn needs(self) -> Option<Action> {
        use Line::*;
        match self {
            AssessmentsDue
            | AssessmentsOverdue
            | NeedsAssessmentMissing
            | NeedsAssessmentLate
            | RetentionContact => Some(Action::Assessments),
            _ => None,
        }
    }

    /// What the line counts, for `--help` and the README.
    pub fn about(self) -> &'static str {
        use Line::*;
        match self {
            GoalEnrolled => {
                "customers enrolled with the provider this fiscal year (enrollment date, N1)"
            }
            GoalActive => {
                "customers with a SNAP E&T activity of the provider (its service provider, E6) started and open at some time this fiscal year (T2)"
            }
            GoalEmployed => {
                "customers with employment entered by the provider that started this fiscal year (M1)"
            }
            GoalRetained90Days => {
                "customers whose employment entered by the provider reached 90 days kept this fiscal year, to its end or to today (X5)"
            }
            GoalCredentials => {
                "customers who earned an industry-recognized credential entered by the provider this fiscal year; removed ones not counted (C1)"
            }
            GoalCompletedActivity => {
                "customers who completed a SNAP E&T activity of the provider successfully this fiscal year (X5)"
            }
            GoalExits => {
                "customers exited from the provider's programs this fiscal year; exits taken back not counted (X1, X4)"
            }
            ReferralsSent => {
                "referrals the provider sent this fiscal year: reverse, and to other providers (F1)"
            }
            ReferralsReceived => {
                "referrals sent to the provider this fiscal year, by IDHS or another provider (F1)"
            }
            ReferralsAccepted => "referrals to the provider that it accepted this fiscal year (F4)",
            ReferralsRejected => "referrals to the provider that it rejected this fiscal year (F4)",
            ReferralsRedFlag => {
                "referrals to or from the provider still pending 48 business hours after they were sent (D2, F5)"
            }
            ReferralsOverdue => {
                "referrals to or from the provider still pending past their own deadline, 48 business hours for IDHS and 10 business days for a provider (F5)"
            }
            Redeterminations60 => {
                "the provider's customers whose redetermination date is today or within 60 days (D3)"
            }
            Redeterminations30 => "of those, the ones under 30 days away (D3)",
            AssessmentsDue => {
                "the provider's customers whose newest Initial Screening or Needs Assessment is due soon: in the last --due-soon-days days of its 12 months (A2)"
            }
            AssessmentsOverdue => {
                "the provider's customers whose newest Initial Screening or Needs Assessment is 12 months old or more (A2)"
            }
            NeedsAssessmentMissing => {
                "customers enrolled with the provider (enrollment open) who have no Needs Assessment (A3)"
            }
            NeedsAssessmentLate => "of those, the ones enrolled more than 30 days ago (A3)",
            RetentionContact => {
                "customers in Job Retention with the provider due their 30-day contact: no case note of the provider for 30 days (M5)"
            }
            OverridesPending => "cost overrides of the provider's costs still pending (V4)",
            OverridesPast14Days => "of those, the ones pending more than 14 days (V6)",
            StaffingsDue => {
                "staffings of the provider's programs for months ended in the last 12 (from the program's first enrollment) not yet approved: waiting for the provider's part, the provider manager's approval, or changes billing asked for (B1, B8)"
            }
            StaffingsLate => {
                "of those, the ones whose provider part or approval is past its due day (B1)"
            }
        }
    }

    pub fn named(name: &str) -> Option<Line> {
        Line::ALL.iter().copied().find(|l| l.name() == name)
    }

    /// Every line's name, for `--list`.
    pub fn names() -> Vec<&'static str> {
        Line::ALL.iter().map(|l| l.name()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// P2: every goal category a contract may set is counted by a line of D1, and no
    /// line counts a category contracts cannot set.
    #[test]
    fn d1_every_goal_category_has_its_line() {
        for category in crate::catalogue::GOAL_CATEGORIES {
            let line = Line::of_category(category).expect(category);
            assert_eq!(line.name(), format!("goal-{category}"));
            assert_eq!(line.section(), Section::Goals);
        }
        let goals: Vec<Line> = Section::Goals.lines().collect();
        assert_eq!(goals.len(), crate::catalogue::GOAL_CATEGORIES.len());
    }

    #[test]
    fn names_are_unique_kebab_case_and_found_again() {
        let mut names = Line::names();
        for name in &names {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}"
            );
            assert_eq!(Line::named(name).map(Line::name), Some(*name));
        }
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Line::ALL.len());
        for section in Section::ALL {
            assert!(section.lines().count() > 0, "{section:?}");
        }
    }
}
