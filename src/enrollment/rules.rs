//! The pure rules of enrolling (N1, N3, N5), tested in process: what an enrollment rests
//! on, the default goal's title and the planned end of the activities chosen.

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};

/// N1, F6: a referral accepted this many days before the enrollment, with no enrollment
/// since, serves after re-verification; N5: a return this many days or more after an
/// exit needs a new referral.
pub const RETURN_DAYS: i64 = 45;

/// What the database says about one enrollment asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts<'a> {
    /// The enrolling provider's name, for the messages.
    pub provider: &'a str,
    /// `--date`.
    pub date: NaiveDate,
    /// The day the current Initial Screening was completed (A1).
    pub screening_on: NaiveDate,
    /// The latest exit of the customer from any enrollment (N5).
    pub last_exit: Option<NaiveDate>,
    /// The newest referral to this provider (or reverse referral it sent) accepted on or
    /// after the last exit, ever when there was none.
    pub own_referral: Option<i64>,
    /// The newest referral accepted within [`RETURN_DAYS`] before `date` (and on or after
    /// the last exit) with no enrollment since it: (id, day accepted).
    pub recent_referral: Option<(i64, NaiveDate)>,
    /// `--reverified`: eligibility re-verified and the assessment updated.
    pub reverified: bool,
}

/// Which path of N1/N5 an enrollment took.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Path {
    /// An accepted referral to the provider, or a reverse referral IDHS accepted (N1).
    Referral,
    /// A referral accepted within 45 days with no enrollment since, re-verified (N1, F6).
    Recent,
    /// A return sooner than 45 days after an exit, re-verified (N5).
    Return,
}

/// What an enrollment rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basis {
    pub referral_id: Option<i64>,
    pub path: Path,
}

impl Basis {
    /// Whether the enrollment is stored as re-verified (the paths that need it).
    pub fn reverified(self) -> bool {
        self.path != Path::Referral
    }
}

fn recent(f: &Facts<'_>, rule: &'static str) -> Result<Option<Basis>> {
    let Some((id, accepted_on)) = f.recent_referral else {
        return Ok(None);
    };
    if !f.reverified {
        return Err(Error::rule(
            rule,
            format!(
                "referral {id} was accepted on {accepted_on}, within {RETURN_DAYS} days and with no \
                 enrollment since: it serves only once eligibility is re-verified and the assessment \
                 updated; then give --reverified"
            ),
        ));
    }
    if f.screening_on < accepted_on {
        return Err(Error::rule(
            rule,
            format!(
                "--reverified needs the assessment updated: the current Initial Screening was completed \
                 on {}, before referral {id} was accepted on {accepted_on}; add the updated one with \
                 `isets assessment add CUSTOMER --initial`",
                f.screening_on
            ),
        ));
    }
    Ok(Some(Basis {
        referral_id: Some(id),
        path: Path::Recent,
    }))
}

/// N1 and N5: what the enrollment rests on, or the rule that refuses it.
pub fn basis(f: &Facts<'_>) -> Result<Basis> {
    if let Some(exit) = f.last_exit {
        let days = (f.date - exit).num_days();
        if days < RETURN_DAYS {
            if !f.reverified {
                return Err(Error::rule(
                    "N5",
                    format!(
                        "the customer was exited on {exit}, {days} days before {}: a return sooner than \
                         {RETURN_DAYS} days needs no new referral, but eligibility re-verified and the \
                         assessment updated; then give --reverified",
                        f.date
                    ),
                ));
            }
            if f.screening_on < exit {
                return Err(Error::rule(
                    "N5",
                    format!(
                        "the customer was exited on {exit}: the assessment must be updated after the exit \
                         (the current Initial Screening was completed on {}); add it with \
                         `isets assessment add CUSTOMER --initial`",
                        f.screening_on
                    ),
                ));
            }
            return Ok(Basis {
                referral_id: f.own_referral,
                path: Path::Return,
            });
        }
        if f.screening_on < exit {
            return Err(Error::rule(
                "N5",
                format!(
                    "the customer was exited on {exit}, {days} days before {}: a return after {RETURN_DAYS} \
                     days or more needs a new assessment (the current Initial Screening was completed on {}), \
                     a new referral and a new enrollment",
                    f.date, f.screening_on
                ),
            ));
        }
        if let Some(id) = f.own_referral {
            return Ok(Basis {
                referral_id: Some(id),
                path: Path::Referral,
            });
        }
        if let Some(basis) = recent(f, "N5")? {
            return Ok(basis);
        }
        return Err(Error::rule(
            "N5",
            format!(
                "the customer was exited on {exit}, {days} days before {}: a return after {RETURN_DAYS} days \
                 or more needs a new referral to {} accepted after the exit",
                f.date, f.provider
            ),
        ));
    }
    if let Some(id) = f.own_referral {
        return Ok(Basis {
            referral_id: Some(id),
            path: Path::Referral,
        });
    }
    if let Some(basis) = recent(f, "N1")? {
        return Ok(basis);
    }
    Err(Error::rule(
        "N1",
        format!(
            "enrollment needs an accepted referral to {} (or a reverse referral it sent that IDHS \
             accepted), or one accepted within {RETURN_DAYS} days with no enrollment since; there is none",
            f.provider
        ),
    ))
}

/// The name the manuals give a program kind, for the default goal (N3).
pub fn program_name(program_type: &str) -> &str {
    match program_type {
        "snap-jp" => "SNAP JP",
        "snap-to-success" => "SNAP to Success",
        "earnfare" => "Earnfare",
        other => other,
    }
}

/// N3: the default short-term goal of an enrollment in a program of this kind.
pub fn default_goal(program_type: &str) -> String {
    format!("Complete the {} Program", program_name(program_type))
}

/// The planned end of the activities chosen at enrollment when `--planned-end` is not
/// given (**design**: the manuals give none): the last day of the state fiscal year
/// (P3, 30 June) the enrollment date falls in.
pub fn default_planned_end(date: NaiveDate) -> NaiveDate {
    let year = if date.month() >= 7 {
        date.year() + 1
    } else {
        date.year()
    };
    NaiveDate::from_ymd_opt(year, 6, 30).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn facts() -> Facts<'static> {
        Facts {
            provider: "Acme Works",
            date: d("2026-03-02"),
            screening_on: d("2026-02-27"),
            last_exit: None,
            own_referral: None,
            recent_referral: None,
            reverified: false,
        }
    }

    fn refused(f: &Facts<'_>) -> String {
        basis(f).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn n1_an_accepted_referral_to_the_provider_serves() {
        let f = Facts {
            own_referral: Some(7),
            ..facts()
        };
        assert_eq!(
            basis(&f).expect("basis"),
            Basis {
                referral_id: Some(7),
                path: Path::Referral
            }
        );
        assert!(
            refused(&facts())
                .starts_with("rule N1: enrollment needs an accepted referral to Acme Works")
        );
    }

    #[test]
    fn n1_a_recent_referral_serves_only_reverified_with_the_assessment_updated() {
        let f = Facts {
            recent_referral: Some((3, d("2026-02-10"))),
            ..facts()
        };
        assert!(refused(&f).contains("give --reverified"), "{}", refused(&f));
        let f = Facts {
            reverified: true,
            screening_on: d("2026-02-01"),
            ..f
        };
        assert!(
            refused(&f).contains("needs the assessment updated"),
            "{}",
            refused(&f)
        );
        let f = Facts {
            screening_on: d("2026-02-10"),
            ..f
        };
        let b = basis(&f).expect("basis");
        assert_eq!(
            (b.referral_id, b.path, b.reverified()),
            (Some(3), Path::Recent, true)
        );
    }

    #[test]
    fn n5_a_return_sooner_than_45_days_needs_no_referral_but_reverification() {
        let exit = d("2026-01-20"); // 41 days before 2026-03-02
        let f = Facts {
            last_exit: Some(exit),
            ..facts()
        };
        assert!(refused(&f).starts_with("rule N5: the customer was exited on 2026-01-20, 41 days"));
        let f = Facts {
            reverified: true,
            ..f
        };
        assert_eq!(basis(&f).expect("basis").path, Path::Return);
        let f = Facts {
            screening_on: d("2026-01-19"),
            ..f
        };
        assert!(refused(&f).contains("updated after the exit"));
    }

    #[test]
    fn n5_a_return_after_45_days_or_more_needs_a_new_assessment_and_referral() {
        let f = Facts {
            last_exit: Some(d("2026-01-16")), // 45 days before
            screening_on: d("2026-02-27"),
            ..facts()
        };
        assert!(refused(&f).contains("needs a new referral to Acme Works accepted after the exit"));
        let f = Facts {
            own_referral: Some(9),
            ..f
        };
        assert_eq!(basis(&f).expect("basis").path, Path::Referral);
        let f = Facts {
            screening_on: d("2026-01-10"),
            ..f
        };
        assert!(refused(&f).contains("needs a new assessment"));
    }

    #[test]
    fn n3_the_default_goal_and_planned_end() {
        assert_eq!(default_goal("snap-jp"), "Complete the SNAP JP Program");
        assert_eq!(default_goal("earnfare"), "Complete the Earnfare Program");
        assert_eq!(default_planned_end(d("2026-03-02")), d("2026-06-30"));
        assert_eq!(default_planned_end(d("2026-07-01")), d("2027-06-30"));
        assert_eq!(default_planned_end(d("2026-06-30")), d("2026-06-30"));
    }
}
