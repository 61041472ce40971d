//! How well a program fits a customer's Initial Screening (P4 "matching criteria used
//! when recommending programs"; the manual's "Recommended Programs" with a match
//! percentage). A pure function of the answers and the program, so it is tested here.
//!
//! The manuals give no formula: this one is **design**. Five parts, each with a weight;
//! the match is the points earned over the points of the parts that count, rounded:
//!
//! | part | weight | earned when |
//! | --- | --- | --- |
//! | location | 30 | the program's location is in the customer's county |
//! | schedule | 20 | the program is offered full time / part time as the customer is available (`either` suits both) |
//! | occupation | 20 | the program's target occupation is the desired SOC (20), in its major group, the first two digits (10), or the desired occupation's words appear in the program's description or target occupation (10); counts only when the screening names an occupation or SOC |
//! | activities | 15 | share of the customer's needs the program's activities serve; counts only when the screening shows a need |
//! | criteria | 15 | share of the program's criteria the answers meet; counts only when the program has a criterion this scoring understands |
//!
//! Needs and the activities that serve them: no high school diploma → BE; limited
//! English → ELA; a desired occupation → VT, OJT, INT or A/BA; little or no recent work
//! history → WRT, TJ, CW, INT or CS.
//!
//! Criteria understood (case does not matter): `Cook County` or `county: Cook`; `full
//! time`, `part time`; `no high school diploma`, `high school diploma` (or higher),
//! `education: LEVEL` (exactly) and `education: LEVEL or higher`; a barrier's code
//! (`childcare`, `limited english`, …) or `barrier: CODE` (the customer names it);
//! `interested in TEXT` or `occupation: TEXT` (the desired occupation contains TEXT or
//! is contained in it); `soc: NN-NNNN` or a bare SOC code (`NN-0000` is a whole major
//! group). Other criteria (`ABAWD`, `age 18+`) are not judged: they neither raise nor
//! lower the match, and are listed as such.
//!
//! A part the program says nothing about earns nothing (the manual: a provider without
//! enough information does not match), so a program with little information matches
//! little; a part the screening does not speak to is left out.

use serde::Serialize;

use super::answers::{Answers, Availability, Barrier, Education, county_name};

pub const LOCATION: u32 = 30;
pub const SCHEDULE: u32 = 20;
pub const OCCUPATION: u32 = 20;
pub const ACTIVITIES: u32 = 15;
pub const CRITERIA: u32 = 15;

/// What a program offers, as the scoring reads it.
#[derive(Debug, Clone, Default)]
pub struct Offer<'a> {
    /// The county of the program's location.
    pub county: &'a str,
    pub full_time: bool,
    pub part_time: bool,
    pub activities: &'a [String],
    pub target_occupation: Option<&'a str>,
    pub description: &'a str,
    pub criteria: &'a [String],
}

/// One part of a match: points earned of the points possible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    pub part: &'static str,
    pub earned: u32,
    pub possible: u32,
}

/// A program's match: the percentage and how it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    pub percent: u32,
    pub parts: Vec<Part>,
    /// Criteria the scoring does not understand, so not judged.
    pub not_judged: Vec<String>,
}

/// The needs a screening shows, each with the activities that serve it.
fn needs(answers: &Answers) -> Vec<&'static [&'static str]> {
    let mut needs: Vec<&'static [&'static str]> = Vec::new();
    if answers.education == Education::BelowHighSchool {
        needs.push(&["BE"]);
    }
    if answers.barriers.contains(&Barrier::LimitedEnglish) {
        needs.push(&["ELA"]);
    }
    if answers.desired_soc.is_some() || answers.desired_occupation.is_some() {
        needs.push(&["VT", "OJT", "INT", "A/BA"]);
    }
    if answers.barriers.contains(&Barrier::NoWorkHistory) {
        needs.push(&["WRT", "TJ", "CW", "INT", "CS"]);
    }
    needs
}

fn same_county(a: &str, b: &str) -> bool {
    let (a, b) = (county_name(a), county_name(b));
    !a.is_empty() && a.eq_ignore_ascii_case(&b)
}

fn is_soc(s: &str) -> bool {
    crate::providers::programs::parse_soc(s).is_ok()
}

fn major_group(soc: &str) -> &str {
    soc.get(..2).unwrap_or(soc)
}

fn contains_words(haystack: &str, needle: &str) -> bool {
    let needle = needle.trim().to_lowercase();
    !needle.is_empty() && haystack.to_lowercase().contains(&needle)
}

/// Whether the answers meet one criterion; `None` when the scoring does not understand
/// it.
pub fn criterion_met(answers: &Answers, criterion: &str) -> Option<bool> {
    let c = criterion.trim().to_lowercase();
    let (key, value) = match c.split_once(':') {
        Some((k, v)) => (k.trim(), v.trim()),
        None => ("", c.as_str()),
    };
    match key {
        "county" => return Some(same_county(&answers.county, value)),
        "education" => {
            let (level, higher) = match value.strip_suffix("or higher") {
                Some(level) => (level.trim(), true),
                None => (value, false),
            };
            let level: Education = level.parse().ok()?;
            return Some(if higher {
                answers.education >= level
            } else {
                answers.education == level
            });
        }
        "barrier" => {
            let barrier: Barrier = value.parse().ok()?;
            return Some(answers.barriers.contains(&barrier));
        }
        "occupation" => return Some(occupation_wanted(answers, value)),
        "soc" => return is_soc(value).then(|| soc_wanted(answers, value)),
        "" => {}
        _ => return None,
    }
    let plain = value.replace(['-', '_'], " ");
    match plain.as_str() {
        "full time" => {
            return Some(matches!(
                answers.availability,
                Availability::FullTime | Availability::Either
            ));
        }
        "part time" => {
            return Some(matches!(
                answers.availability,
                Availability::PartTime | Availability::Either
            ));
        }
        "no high school diploma" | "no ged" => {
            return Some(answers.education == Education::BelowHighSchool);
        }
        "high school diploma" | "ged" => return Some(answers.education >= Education::HighSchool),
        _ => {}
    }
    if let Some(county) = value.strip_suffix(" county") {
        return Some(same_county(&answers.county, county));
    }
    if let Some(text) = value.strip_prefix("interested in ") {
        return Some(occupation_wanted(answers, text));
    }
    if is_soc(value) {
        return Some(soc_wanted(answers, value));
    }
    value
        .parse::<Barrier>()
        .ok()
        .map(|b| answers.barriers.contains(&b))
}

fn occupation_wanted(answers: &Answers, text: &str) -> bool {
    answers
        .desired_occupation
        .as_deref()
        .is_some_and(|wanted| contains_words(wanted, text) || contains_words(text, wanted))
}

fn soc_wanted(answers: &Answers, soc: &str) -> bool {
    answers.desired_soc.as_deref().is_some_and(|wanted| {
        if soc.ends_with("-0000") {
            major_group(wanted) == major_group(soc)
        } else {
            wanted == soc
        }
    })
}

fn occupation_points(answers: &Answers, offer: &Offer) -> u32 {
    let by_soc = match (answers.desired_soc.as_deref(), offer.target_occupation) {
        (Some(wanted), Some(target)) if wanted == target => OCCUPATION,
        (Some(wanted), Some(target)) if major_group(wanted) == major_group(target) => {
            OCCUPATION / 2
        }
        _ => 0,
    };
    let by_words = answers.desired_occupation.as_deref().is_some_and(|wanted| {
        contains_words(offer.description, wanted)
            || offer
                .target_occupation
                .is_some_and(|t| contains_words(t, wanted))
    });
    by_soc.max(if by_words { OCCUPATION / 2 } else { 0 })
}

/// How well `offer` fits `answers`.
pub fn score(answers: &Answers, offer: &Offer) -> Score {
    let mut parts = vec![
        Part {
            part: "location",
            earned: if same_county(&answers.county, offer.county) {
                LOCATION
            } else {
                0
            },
            possible: LOCATION,
        },
        Part {
            part: "schedule",
            earned: if answers.availability.suits(offer.full_time, offer.part_time) {
                SCHEDULE
            } else {
                0
            },
            possible: SCHEDULE,
        },
    ];
    if answers.desired_soc.is_some() || answers.desired_occupation.is_some() {
        parts.push(Part {
            part: "occupation",
            earned: occupation_points(answers, offer),
            possible: OCCUPATION,
        });
    }
    let needs = needs(answers);
    if !needs.is_empty() {
        let served = needs
            .iter()
            .filter(|serving| {
                offer
                    .activities
                    .iter()
                    .any(|a| serving.contains(&a.as_str()))
            })
            .count() as u32;
        parts.push(Part {
            part: "activities",
            earned: share(ACTIVITIES, served, needs.len() as u32),
            possible: ACTIVITIES,
        });
    }
    let mut not_judged = Vec::new();
    let mut judged = 0;
    let mut met = 0;
    for criterion in offer.criteria {
        match criterion_met(answers, criterion) {
            Some(yes) => {
                judged += 1;
                met += u32::from(yes);
            }
            None => not_judged.push(criterion.clone()),
        }
    }
    if judged > 0 {
        parts.push(Part {
            part: "criteria",
            earned: share(CRITERIA, met, judged),
            possible: CRITERIA,
        });
    }
    let earned: u32 = parts.iter().map(|p| p.earned).sum();
    let possible: u32 = parts.iter().map(|p| p.possible).sum();
    Score {
        percent: share(100, earned, possible),
        parts,
        not_judged,
    }
}

/// `weight` × `of` / `out_of`, rounded half up.
fn share(weight: u32, of: u32, out_of: u32) -> u32 {
    if out_of == 0 {
        return 0;
    }
    (weight * of * 2 + out_of) / (out_of * 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers() -> Answers {
        Answers {
            county: "Cook".into(),
            availability: Availability::PartTime,
            education: Education::BelowHighSchool,
            desired_soc: Some("43-4051".into()),
            desired_occupation: Some("customer service".into()),
            barriers: vec![Barrier::Childcare],
        }
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_program_that_fits_every_part_matches_fully() {
        let activities = strings(&["BE", "VT"]);
        let criteria = strings(&[
            "no high school diploma",
            "Cook County",
            "childcare",
            "ABAWD",
        ]);
        let offer = Offer {
            county: "Cook County",
            part_time: true,
            activities: &activities,
            target_occupation: Some("43-4051"),
            description: "Customer service training",
            criteria: &criteria,
            ..Offer::default()
        };
        let s = score(&answers(), &offer);
        assert_eq!(s.percent, 100);
        assert_eq!(s.not_judged, ["ABAWD"]);
        assert_eq!(
            s.parts
                .iter()
                .map(|p| (p.part, p.earned, p.possible))
                .collect::<Vec<_>>(),
            [
                ("location", 30, 30),
                ("schedule", 20, 20),
                ("occupation", 20, 20),
                ("activities", 15, 15),
                ("criteria", 15, 15)
            ]
        );
    }

    #[test]
    fn a_program_with_nothing_in_common_matches_zero() {
        let activities = strings(&["SJS"]);
        let criteria = strings(&["Lake County", "full time"]);
        let offer = Offer {
            county: "Lake",
            full_time: true,
            activities: &activities,
            target_occupation: Some("35-2014"),
            description: "Job search",
            criteria: &criteria,
            ..Offer::default()
        };
        assert_eq!(score(&answers(), &offer).percent, 0);
    }

    #[test]
    fn parts_the_screening_does_not_speak_to_are_left_out() {
        let plain = Answers {
            education: Education::HighSchool,
            desired_soc: None,
            desired_occupation: None,
            barriers: vec![],
            availability: Availability::Either,
            ..answers()
        };
        let activities = strings(&["SJS"]);
        let offer = Offer {
            county: "Cook",
            full_time: true,
            activities: &activities,
            description: "Job search",
            ..Offer::default()
        };
        let s = score(&plain, &offer);
        assert_eq!(s.parts.len(), 2);
        assert_eq!(s.percent, 100);
        // Another county: the schedule's 20 of 50.
        let elsewhere = Offer {
            county: "Lake",
            ..offer
        };
        assert_eq!(score(&plain, &elsewhere).percent, 40);
    }

    #[test]
    fn occupation_by_major_group_or_words_earns_half() {
        let offer = Offer {
            county: "Cook",
            part_time: true,
            target_occupation: Some("43-9061"),
            description: "Office work",
            ..Offer::default()
        };
        let a = Answers {
            education: Education::HighSchool,
            barriers: vec![],
            ..answers()
        };
        let s = score(&a, &offer);
        assert_eq!(
            s.parts[2],
            Part {
                part: "occupation",
                earned: 10,
                possible: 20
            }
        );
        let words = Offer {
            target_occupation: None,
            description: "Training for customer service jobs",
            ..offer
        };
        assert_eq!(score(&a, &words).parts[2].earned, 10);
        // 30 + 20 + 10 + activities 0 of 15 (no VT/OJT/INT/A/BA) = 60 of 85.
        assert_eq!(score(&a, &words).percent, 71);
    }

    #[test]
    fn criteria_understood_and_not() {
        let a = answers();
        assert_eq!(criterion_met(&a, "county: cook"), Some(true));
        assert_eq!(criterion_met(&a, "DuPage County"), Some(false));
        assert_eq!(criterion_met(&a, "Part-Time"), Some(true));
        assert_eq!(criterion_met(&a, "full time"), Some(false));
        assert_eq!(
            criterion_met(&a, "education: high-school or higher"),
            Some(false)
        );
        assert_eq!(
            criterion_met(&a, "education: below-high-school"),
            Some(true)
        );
        assert_eq!(criterion_met(&a, "high school diploma"), Some(false));
        assert_eq!(criterion_met(&a, "barrier: childcare"), Some(true));
        assert_eq!(criterion_met(&a, "limited english"), Some(false));
        assert_eq!(
            criterion_met(&a, "interested in Customer Service"),
            Some(true)
        );
        assert_eq!(criterion_met(&a, "occupation: welding"), Some(false));
        assert_eq!(criterion_met(&a, "43-0000"), Some(true));
        assert_eq!(criterion_met(&a, "soc: 43-4051"), Some(true));
        assert_eq!(criterion_met(&a, "soc: 35-2014"), Some(false));
        assert_eq!(criterion_met(&a, "ABAWD"), None);
        assert_eq!(criterion_met(&a, "age 18+"), None);
        assert_eq!(criterion_met(&a, "education: phd"), None);
    }

    #[test]
    fn shares_round_half_up() {
        assert_eq!(share(15, 1, 2), 8);
        assert_eq!(share(15, 1, 3), 5);
        assert_eq!(share(100, 60, 85), 71);
        assert_eq!(share(100, 0, 0), 0);
    }
}
