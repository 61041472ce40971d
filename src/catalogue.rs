//! The activity and service catalogue of DOMAIN.md §4, and the program kinds of P2.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A SNAP E&T activity.
    SnapEt,
    /// Another E&T activity.
    Other,
    SupportService,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::SnapEt => "SNAP E&T activity",
            Kind::Other => "other E&T activity",
            Kind::SupportService => "support service",
        }
    }
}

/// Code, name and kind of every activity and support service a provider can offer.
pub const CATALOGUE: &[(&str, &str, Kind)] = &[
    ("BE", "Basic Education (ABE/GED)", Kind::SnapEt),
    ("CW", "Community Workfare", Kind::SnapEt),
    ("ELA", "English Language Acquisition", Kind::SnapEt),
    ("INT", "Internship", Kind::SnapEt),
    ("JR", "Job Retention", Kind::SnapEt),
    ("JST", "Job Search Training", Kind::SnapEt),
    ("OJT", "On-the-Job Training", Kind::SnapEt),
    ("SJS", "Supervised Job Search", Kind::SnapEt),
    ("TJ", "Transitional Job", Kind::SnapEt),
    ("VT", "Vocational Training", Kind::SnapEt),
    ("WRT", "Work Readiness Training", Kind::SnapEt),
    ("A/BA", "Associates/Bachelor degree", Kind::Other),
    ("CS", "Community Service", Kind::Other),
    ("E", "Employment (subsidized or unsubsidized)", Kind::Other),
    ("SE", "Self Employment", Kind::Other),
    ("SET", "Self-Employment Training", Kind::Other),
    ("BOOKS", "Books & Training Supplies", Kind::SupportService),
    ("CHILDCARE", "Childcare/Medical", Kind::SupportService),
    ("CLOTHING", "Clothing", Kind::SupportService),
    (
        "TESTING",
        "Educational/Credential Testing",
        Kind::SupportService,
    ),
    ("HOUSING", "Housing/Utilities", Kind::SupportService),
    ("HYGIENE", "Personal Hygiene", Kind::SupportService),
    ("TRANSPORTATION", "Transportation", Kind::SupportService),
];

fn codes_of(kinds: &[Kind]) -> String {
    CATALOGUE
        .iter()
        .filter(|(_, _, k)| kinds.contains(k))
        .map(|(c, _, _)| *c)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A catalogue code, case-insensitive, of one of `kinds`.
pub fn code(field: &str, value: &str, kinds: &[Kind]) -> Result<&'static str> {
    let wanted = value.trim().to_ascii_uppercase();
    CATALOGUE
        .iter()
        .find(|(c, _, k)| *c == wanted && kinds.contains(k))
        .map(|(c, _, _)| *c)
        .ok_or_else(|| {
            Error::invalid(
                field,
                value,
                format!(
                    "is not in the catalogue (DOMAIN.md §4): one of {}",
                    codes_of(kinds)
                ),
            )
        })
}

pub fn name_of(code: &str) -> &'static str {
    CATALOGUE
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, n, _)| *n)
        .unwrap_or("")
}

pub fn kind_of(code: &str) -> Option<Kind> {
    CATALOGUE
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, k)| *k)
}

/// What a contract offers and what kind a program is (P2, P4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Program {
    SnapJp,
    SnapToSuccess,
    Earnfare,
}

impl Program {
    pub const ALL: [Program; 3] = [Program::SnapJp, Program::SnapToSuccess, Program::Earnfare];

    pub fn code(self) -> &'static str {
        match self {
            Program::SnapJp => "snap-jp",
            Program::SnapToSuccess => "snap-to-success",
            Program::Earnfare => "earnfare",
        }
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Program {
    type Err = Error;
    fn from_str(s: &str) -> Result<Program> {
        let normal = s.trim().to_ascii_lowercase().replace([' ', '_'], "-");
        Program::ALL
            .into_iter()
            .find(|p| p.code() == normal)
            .ok_or_else(|| {
                Error::invalid(
                    "program",
                    s,
                    "is not one of snap-jp, snap-to-success, earnfare (P2)",
                )
            })
    }
}

/// Contract goal categories (P2).
pub const GOAL_CATEGORIES: [&str; 7] = [
    "enrolled",
    "active",
    "employed",
    "retained-90-days",
    "credentials",
    "completed-activity",
    "exits",
];

pub fn goal_category(value: &str) -> Result<&'static str> {
    let v = value.trim().to_ascii_lowercase();
    GOAL_CATEGORIES
        .iter()
        .find(|c| **c == v)
        .copied()
        .ok_or_else(|| {
            Error::invalid(
                "goal category",
                value,
                format!("is not one of {} (P2)", GOAL_CATEGORIES.join(", ")),
            )
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmploymentType {
    WorkExperience,
    Earnfare,
    Ojt,
}

impl EmploymentType {
    pub const ALL: [EmploymentType; 3] = [
        EmploymentType::WorkExperience,
        EmploymentType::Earnfare,
        EmploymentType::Ojt,
    ];
    pub fn code(self) -> &'static str {
        match self {
            EmploymentType::WorkExperience => "work-experience",
            EmploymentType::Earnfare => "earnfare",
            EmploymentType::Ojt => "ojt",
        }
    }
}

impl FromStr for EmploymentType {
    type Err = Error;
    fn from_str(s: &str) -> Result<EmploymentType> {
        let v = s.trim().to_ascii_lowercase();
        EmploymentType::ALL
            .into_iter()
            .find(|t| t.code() == v)
            .ok_or_else(|| {
                Error::invalid(
                    "employment type",
                    s,
                    "is not one of work-experience, earnfare, ojt (P7)",
                )
            })
    }
}
