//! The Initial Screening's answers that programs are matched on (A1): county,
//! availability, education level, desired occupation (SOC and/or text) and barriers,
//! each level and barrier from a fixed list.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::{Error, Result};

/// Declares a fixed list of codes: the enum, its codes in order, parsing and display.
macro_rules! codes {
    ($(#[$doc:meta])* $name:ident, $field:literal { $($variant:ident = $code:literal: $label:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),*
        }

        impl $name {
            /// Every value, in the order of the list.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),* }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<$name> {
                let wanted = s.trim().to_ascii_lowercase().replace([' ', '_'], "-");
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code() == wanted)
                    .ok_or_else(|| Error::invalid(
                        $field,
                        s,
                        format!(
                            "is not one of {}",
                            $name::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
                        ),
                    ))
            }
        }
    };
}

codes! {
    /// When the customer can take part.
    Availability, "availability" {
        FullTime = "full-time": "full time",
        PartTime = "part-time": "part time",
        Either = "either": "full time or part time",
    }
}

codes! {
    /// The highest level of education completed, lowest first.
    Education, "education" {
        BelowHighSchool = "below-high-school": "no high school diploma or equivalency",
        HighSchool = "high-school": "high school diploma or equivalency (GED, HiSET)",
        SomeCollege = "some-college": "some college or a certificate, no degree",
        Associate = "associate": "associate degree",
        Bachelor = "bachelor": "bachelor's degree",
        Graduate = "graduate": "graduate degree",
    }
}

codes! {
    /// What stands between the customer and work or training.
    Barrier, "barrier" {
        Transportation = "transportation": "no reliable transportation",
        Childcare = "childcare": "needs childcare",
        Housing = "housing": "unstable housing",
        Health = "health": "physical or mental health",
        Disability = "disability": "a disability",
        LimitedEnglish = "limited-english": "limited English",
        CriminalRecord = "criminal-record": "a criminal record",
        NoWorkHistory = "no-work-history": "little or no recent work history",
        NoInternet = "no-internet": "no computer or internet access",
    }
}

impl Availability {
    /// Whether a program offered full time and/or part time suits this availability.
    pub fn suits(self, full_time: bool, part_time: bool) -> bool {
        match self {
            Availability::FullTime => full_time,
            Availability::PartTime => part_time,
            Availability::Either => full_time || part_time,
        }
    }
}

/// The Initial Screening's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answers {
    pub county: String,
    pub availability: Availability,
    pub education: Education,
    pub desired_soc: Option<String>,
    pub desired_occupation: Option<String>,
    pub barriers: Vec<Barrier>,
}

/// The answers as given on the command line, checked by [`Given::checked`].
#[derive(Debug, Clone, Default)]
pub struct Given {
    pub county: Option<String>,
    pub availability: Option<String>,
    pub education: Option<String>,
    pub desired_soc: Option<String>,
    pub desired_occupation: Option<String>,
    pub barriers: Vec<String>,
}

impl Given {
    /// Whether any answer was given (a Needs Assessment takes none).
    pub fn any(&self) -> bool {
        self.county.is_some()
            || self.availability.is_some()
            || self.education.is_some()
            || self.desired_soc.is_some()
            || self.desired_occupation.is_some()
            || !self.barriers.is_empty()
    }

    /// The answers, the county defaulting to the one IES has for the customer.
    pub fn checked(&self, ies_county: Option<&str>) -> Result<Answers> {
        let required = |field: &str, what: &str| {
            Error::rule_on(
                "A1",
                field,
                format!(
                    "is required: the Initial Screening records {what}, which programs are matched on"
                ),
            )
        };
        let county = self
            .county
            .as_deref()
            .or(ies_county)
            .map(county_name)
            .filter(|c| !c.is_empty())
            .ok_or_else(|| {
                required(
                    "county",
                    "the county the customer lives in (IES has none for them)",
                )
            })?;
        let availability: Availability = self
            .availability
            .as_deref()
            .ok_or_else(|| {
                required(
                    "availability",
                    "whether the customer can take part full time, part time or either",
                )
            })?
            .parse()?;
        let education: Education = self
            .education
            .as_deref()
            .ok_or_else(|| required("education", "the highest level of education completed"))?
            .parse()?;
        let desired_soc = self
            .desired_soc
            .as_deref()
            .map(|s| {
                crate::providers::programs::parse_soc(s).map_err(|_| {
                    Error::invalid("soc", s, "is not a six-digit SOC code such as 43-4051")
                })
            })
            .transpose()?;
        let desired_occupation = self
            .desired_occupation
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_string);
        let mut barriers = self
            .barriers
            .iter()
            .map(|b| b.parse())
            .collect::<Result<Vec<Barrier>>>()?;
        barriers.sort();
        barriers.dedup();
        Ok(Answers {
            county,
            availability,
            education,
            desired_soc,
            desired_occupation,
            barriers,
        })
    }
}

/// A county as compared and stored: trimmed, without a trailing "County".
pub fn county_name(value: &str) -> String {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    match lower.strip_suffix("county") {
        Some(rest) if !rest.trim().is_empty() => v[..rest.trim_end().len()].to_string(),
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_forgivingly_and_name_the_list_when_refused() {
        assert_eq!(
            "Full Time".parse::<Availability>().ok(),
            Some(Availability::FullTime)
        );
        assert_eq!(
            "limited_english".parse::<Barrier>().ok(),
            Some(Barrier::LimitedEnglish)
        );
        let err = "phd".parse::<Education>().err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some(
                "education: \"phd\" is not one of below-high-school, high-school, some-college, associate, bachelor, graduate"
            )
        );
    }

    #[test]
    fn a1_the_screening_needs_county_availability_and_education() {
        let given = Given {
            availability: Some("either".into()),
            education: Some("high-school".into()),
            barriers: vec![
                "childcare".into(),
                "transportation".into(),
                "childcare".into(),
            ],
            ..Given::default()
        };
        let answers = given.checked(Some("Cook County")).expect("answers");
        assert_eq!(answers.county, "Cook");
        assert_eq!(
            answers.barriers,
            [Barrier::Transportation, Barrier::Childcare]
        );
        let err = given.checked(None).err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("rule A1: county is required")));
        let no_education = Given {
            education: None,
            ..given
        };
        assert!(no_education.checked(Some("Cook")).is_err());
    }

    #[test]
    fn county_names_drop_the_word_county() {
        assert_eq!(county_name(" Cook County "), "Cook");
        assert_eq!(county_name("DuPage"), "DuPage");
        assert_eq!(county_name("County"), "County");
    }
}
