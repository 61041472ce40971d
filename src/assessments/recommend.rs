//! `isets customer recommend CUSTOMER [--all]`: the programs of the current fiscal year
//! (P3, P4) ranked by how well they fit the customer's current Initial Screening (A1),
//! as the manual's "Recommended Programs" does, with a match percentage
//! ([`super::score`] says how it is made). Programs matching 0% are listed only with
//! `--all` (the manual's "Show 0% matches").

use std::collections::HashMap;

use serde::Serialize;

use crate::catalogue::Program;
use crate::db::Arg;
use crate::error::Result;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::providers::programs;
use crate::session::Session;
use crate::values::FiscalYear;

use super::Screening;
use super::score::{self, Offer, Part};

/// One recommended program.
#[derive(Debug, Clone, Serialize)]
pub struct Recommendation {
    pub rank: usize,
    /// The match, 0 to 100.
    pub percent: u32,
    pub program: i64,
    pub provider: String,
    pub location: String,
    pub county: String,
    pub program_type: Program,
    pub fiscal_year: FiscalYear,
    pub full_time: bool,
    pub part_time: bool,
    pub activities: Vec<String>,
    pub description: String,
    pub target_occupation: Option<String>,
    /// How the match was made: each part's points.
    pub parts: Vec<Part>,
    /// The program's criteria the scoring does not understand.
    pub not_judged: Vec<String>,
}

impl Tabular for Recommendation {
    fn headers() -> Vec<&'static str> {
        vec![
            "rank",
            "match",
            "program",
            "provider",
            "location",
            "county",
            "schedule",
            "activities",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "rank",
            "percent",
            "program",
            "provider",
            "location",
            "county",
            "program_type",
            "fiscal_year",
            "full_time",
            "part_time",
            "activities",
            "description",
            "target_occupation",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let schedule = match (self.full_time, self.part_time) {
            (true, true) => "full/part time",
            (true, false) => "full time",
            _ => "part time",
        };
        vec![
            self.rank.to_string(),
            format!("{}%", self.percent),
            self.program.to_string(),
            self.provider.clone(),
            self.location.clone(),
            self.county.clone(),
            schedule.to_string(),
            self.activities.join(" "),
        ]
    }
    fn key(&self) -> String {
        self.program.to_string()
    }
}

/// The recommendations and the screening they were made from.
#[derive(Debug, Clone, Serialize)]
pub struct Recommended {
    pub screening: Screening,
    pub programs: Vec<Recommendation>,
}

/// The programs the operator may view (§1 "view contracts") of the current fiscal year,
/// best match first; 0% matches only with `all`. Without a current Initial Screening
/// the customer gets none (A1).
pub async fn recommend(session: &Session, customer: &str, all: bool) -> Result<Recommended> {
    let permit = session.permit(Action::Assessments)?;
    let mut tx = session.read().await?;
    let id = crate::customers::reach::find(session, &mut tx, &permit, customer).await?;
    let today = session.today();
    let screening =
        super::require_current_screening(&mut tx, id, today, "programs are recommended").await?;
    let viewing = session.permit(Action::ViewContracts)?;
    let current =
        programs::of_year(&mut tx, FiscalYear::containing(today), viewing.reach()).await?;
    let counties: Vec<(i64, String)> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT p.id, l.county FROM programs p JOIN locations l ON l.id = p.location_id \
                         WHERE p.id IN (SELECT value FROM json_each($1))",
                postgres: "SELECT p.id, l.county FROM programs p JOIN locations l ON l.id = p.location_id \
                           WHERE p.id = ANY($1)",
            ),
            vec![Arg::ints(current.iter().map(|p| p.id))],
        )
        .await?;
    let counties: HashMap<i64, String> = counties.into_iter().collect();
    let mut list: Vec<Recommendation> = current
        .into_iter()
        .map(|p| {
            let county = counties.get(&p.id).cloned().unwrap_or_default();
            let s = score::score(
                &screening.answers,
                &Offer {
                    county: &county,
                    full_time: p.full_time,
                    part_time: p.part_time,
                    activities: &p.activities,
                    target_occupation: p.target_occupation.as_deref(),
                    description: &p.description,
                    criteria: &p.criteria,
                },
            );
            Recommendation {
                rank: 0,
                percent: s.percent,
                program: p.id,
                provider: p.provider,
                location: p.location,
                county,
                program_type: p.program_type,
                fiscal_year: p.fiscal_year,
                full_time: p.full_time,
                part_time: p.part_time,
                activities: p.activities,
                description: p.description,
                target_occupation: p.target_occupation,
                parts: s.parts,
                not_judged: s.not_judged,
            }
        })
        .filter(|r| all || r.percent > 0)
        .collect();
    list.sort_by(|a, b| {
        b.percent
            .cmp(&a.percent)
            .then_with(|| a.provider.cmp(&b.provider))
            .then_with(|| a.program.cmp(&b.program))
    });
    for (i, r) in list.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    Ok(Recommended {
        screening,
        programs: list,
    })
}
