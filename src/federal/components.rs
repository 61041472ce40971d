//! `isets federal-component list|set` (G3): which federal E&T component each activity
//! of the catalogue (§4) is reported under on the FNS-583. The components and the FNS
//! groups they fall in are federal (7 CFR 273.7(e)(2)) and so are code; which activity
//! counts as which is the state's choice, kept as data (`federal_components`, seeded with
//! G3's default mapping) that super users change with their reason, the audit log
//! keeping the mapping before.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, Kind};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::named::named;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, WriteOptions};

named! {
    /// The groups FNS sorts the components into (G3); workfare stands on its own.
    Group {
        NonEducationNonWork = ("non-education-non-work", "Non-education, non-work"),
        Education = ("education", "Education"),
        WorkExperience = ("work-experience", "Work experience"),
        Workfare = ("workfare", "Workfare"),
    }
}

named! {
    /// The federal E&T components of 7 CFR 273.7(e)(2) an activity may be reported under
    /// (G3), in the order the FNS-583 lists them.
    Component {
        SupervisedJobSearch = ("supervised-job-search", "Supervised Job Search"),
        JobSearchTraining = ("job-search-training", "Job Search Training"),
        JobRetention = ("job-retention", "Job Retention"),
        SelfEmploymentTraining = ("self-employment-training", "Self-Employment Training"),
        BasicEducation = ("basic-education", "Basic/foundational skills"),
        EnglishLanguageAcquisition = ("english-language-acquisition", "English Language Acquisition"),
        CareerTechnicalEducation = ("career-technical-education", "Career/technical education"),
        WorkReadinessTraining = ("work-readiness-training", "Work Readiness Training"),
        WorkBasedLearning = ("work-based-learning", "Work-based learning"),
        WorkActivity = ("work-activity", "Work activity"),
        Workfare = ("workfare", "Workfare"),
    }
}

impl Component {
    /// The FNS group the component belongs to (G3).
    pub fn group(self) -> Group {
        use Component::*;
        match self {
            SupervisedJobSearch | JobSearchTraining | JobRetention | SelfEmploymentTraining => {
                Group::NonEducationNonWork
            }
            BasicEducation
            | EnglishLanguageAcquisition
            | CareerTechnicalEducation
            | WorkReadinessTraining => Group::Education,
            WorkBasedLearning | WorkActivity => Group::WorkExperience,
            Workfare => Group::Workfare,
        }
    }

    /// Its place in [`Component::ALL`], the order the report lists components in.
    pub fn rank(self) -> usize {
        Component::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or(usize::MAX)
    }

    /// A component as the database holds it; anything else was not written by isets.
    pub(crate) fn stored(code: &str) -> Result<Component> {
        code.parse().map_err(|_| {
            Error::Internal(format!(
                "federal_components holds {code:?}, which is not a federal component"
            ))
        })
    }
}

/// What `--component` takes to say an activity is reported under no component.
pub const NONE: &str = "none";

/// G3's default mapping, which migration 0017 seeds: the activities of the catalogue
/// not named here (A/BA, CS, E, SE) count under no component until the state maps them.
pub const DEFAULTS: &[(&str, Component)] = &[
    ("SJS", Component::SupervisedJobSearch),
    ("JST", Component::JobSearchTraining),
    ("JR", Component::JobRetention),
    ("SET", Component::SelfEmploymentTraining),
    ("BE", Component::BasicEducation),
    ("ELA", Component::EnglishLanguageAcquisition),
    ("VT", Component::CareerTechnicalEducation),
    ("WRT", Component::WorkReadinessTraining),
    ("CW", Component::Workfare),
    ("INT", Component::WorkBasedLearning),
    ("TJ", Component::WorkBasedLearning),
    ("OJT", Component::WorkBasedLearning),
];

/// The activities of the catalogue: SNAP E&T and other E&T activities (§4); support
/// services are no E&T component.
fn activity_codes() -> impl Iterator<Item = &'static str> {
    catalogue::CATALOGUE
        .iter()
        .filter(|(_, _, k)| matches!(k, Kind::SnapEt | Kind::Other))
        .map(|(c, _, _)| *c)
}

/// `CODE` as an activity of the catalogue, case-insensitive (G3: only activities map to
/// components).
fn activity(value: &str) -> Result<&'static str> {
    let wanted = value.trim().to_ascii_uppercase();
    activity_codes().find(|c| *c == wanted).ok_or_else(|| {
        Error::invalid(
            "CODE",
            value,
            format!(
                "is not an activity of the catalogue (DOMAIN.md §4), so no federal component \
                 maps to it (G3): one of {}",
                activity_codes().collect::<Vec<_>>().join(", ")
            ),
        )
    })
}

/// `--component` as a federal component, or `none`.
fn component(value: &str) -> Result<Option<Component>> {
    if value.trim().eq_ignore_ascii_case(NONE) {
        return Ok(None);
    }
    value.parse::<Component>().map(Some).map_err(|_| {
        Error::invalid(
            "--component",
            value,
            format!(
                "is not a federal component of 7 CFR 273.7(e)(2) (G3): one of {}, or {NONE}",
                Component::ALL
                    .iter()
                    .map(|c| c.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    code: String,
    component: Option<String>,
    changed_by: String,
    changed_at: DateTime<Utc>,
    reason: Option<String>,
}

async fn rows(tx: &mut Tx) -> Result<Vec<Row>> {
    tx.fetch_all(
        crate::sql!(
            "SELECT code, component, changed_by, changed_at, reason FROM federal_components ORDER BY code"
        ),
        args![],
    )
    .await
}

/// An activity with the federal component it is reported under, as `list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Mapping {
    pub code: String,
    pub activity: String,
    /// `snap-et` or `other` (§4).
    pub kind: Kind,
    /// None: the activity counts under no federal component.
    pub component: Option<Component>,
    pub group: Option<Group>,
    pub changed_by: Option<String>,
    pub changed_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

impl Tabular for Mapping {
    fn headers() -> Vec<&'static str> {
        vec![
            "code",
            "activity",
            "component",
            "group",
            "changed_by",
            "changed_at",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "code",
            "activity",
            "kind",
            "component",
            "group",
            "changed_by",
            "changed_at",
            "reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.activity.clone(),
            self.component.map_or(NONE, Component::code).to_string(),
            self.group.map(Group::code).unwrap_or_default().to_string(),
            crate::output::opt(&self.changed_by),
            self.changed_at
                .as_ref()
                .map(crate::output::time)
                .unwrap_or_default(),
        ]
    }
    fn key(&self) -> String {
        self.code.clone()
    }
}

fn mapping(code: &'static str, row: Option<&Row>) -> Result<Mapping> {
    let component = row
        .and_then(|r| r.component.as_deref())
        .map(Component::stored)
        .transpose()?;
    Ok(Mapping {
        code: code.to_string(),
        activity: catalogue::name_of(code).to_string(),
        kind: catalogue::kind_of(code).unwrap_or(Kind::Other),
        component,
        group: component.map(Component::group),
        changed_by: row.map(|r| r.changed_by.clone()),
        changed_at: row.map(|r| r.changed_at),
        reason: row.and_then(|r| r.reason.clone()),
    })
}

/// `isets federal-component list`: every activity of the catalogue with its component.
/// Statewide reference data without personal data: every operator reads it.
pub async fn list(session: &Session) -> Result<Vec<Mapping>> {
    let mut tx = session.read().await?;
    let rows = rows(&mut tx).await?;
    activity_codes()
        .map(|code| mapping(code, rows.iter().find(|r| r.code == code)))
        .collect()
}

/// What `set` did: the mapping now.
pub struct Done {
    pub mapping: Mapping,
    pub outcome: Outcome,
}

/// `isets federal-component set CODE --component NAME` (super users, G3): the activity
/// is reported under that component (or `none`) from now on, in every report run after,
/// whatever the period it covers.
pub async fn set(session: &Session, code: &str, to: &str, options: &WriteOptions) -> Result<Done> {
    let permit = session.permit(Action::ManageSettings)?;
    let code = activity(code)?;
    let to = component(to)?;
    let mut write = session.write(&permit).await?;
    let before = rows(write.tx()).await?.into_iter().find(|r| r.code == code);
    let was = before
        .as_ref()
        .and_then(|r| r.component.as_deref())
        .map(Component::stored)
        .transpose()?;
    if was == to {
        return Err(Error::Conflict(format!(
            "{code} is reported under {} already: nothing to change",
            to.map_or("no federal component", Component::code)
        )));
    }
    let at = write.at();
    let by = write.operator().to_string();
    let reason = options.reason.clone();
    write
        .tx()
        .execute(
            crate::sql!(
                "INSERT INTO federal_components (code, component, fns_group, changed_by, changed_at, reason) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO UPDATE SET component = excluded.component, \
                 fns_group = excluded.fns_group, changed_by = excluded.changed_by, \
                 changed_at = excluded.changed_at, reason = excluded.reason"
            ),
            args![
                code,
                to.map(Component::code),
                to.map(|c| c.group().code()),
                by.as_str(),
                at,
                reason.clone()
            ],
        )
        .await?;
    let shown = |c: Option<Component>| {
        json!({
            "component": c.map(Component::code),
            "group": c.map(|c| c.group().code()),
        })
    };
    write.record(Change {
        action: "federal-component.set",
        entity_kind: "federal-component",
        entity_id: code.to_string(),
        organization_id: None,
        before: Some(shown(was)),
        after: Some(shown(to)),
    });
    let row = Row {
        code: code.to_string(),
        component: to.map(|c| c.code().to_string()),
        changed_by: by,
        changed_at: at,
        reason,
    };
    Ok(Done {
        mapping: mapping(code, Some(&row))?,
        outcome: write.finish(options).await?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g3_the_default_mapping_and_its_groups() {
        let group_of = |code: &str| {
            DEFAULTS
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, component)| component.group())
        };
        for code in ["SJS", "JST", "JR", "SET"] {
            assert_eq!(group_of(code), Some(Group::NonEducationNonWork), "{code}");
        }
        for code in ["BE", "ELA", "VT", "WRT"] {
            assert_eq!(group_of(code), Some(Group::Education), "{code}");
        }
        for code in ["INT", "TJ", "OJT"] {
            assert_eq!(group_of(code), Some(Group::WorkExperience), "{code}");
        }
        assert_eq!(group_of("CW"), Some(Group::Workfare));
        for code in ["A/BA", "CS", "E", "SE"] {
            assert_eq!(group_of(code), None, "{code}");
        }
        for (code, _) in DEFAULTS {
            assert!(activity(code).is_ok(), "{code} is an activity");
        }
    }

    #[test]
    fn g3_codes_and_components_are_checked() {
        assert_eq!(activity("sjs").ok(), Some("SJS"));
        assert_eq!(activity("a/ba").ok(), Some("A/BA"));
        let refused = |r: Result<&str>| r.err().map(|e| e.to_string()).unwrap_or_default();
        let e = refused(activity("TRANSPORTATION"));
        assert!(
            e.starts_with("CODE: \"TRANSPORTATION\" is not an activity"),
            "{e}"
        );
        assert!(e.contains("(G3)"), "{e}");
        assert_eq!(component("workfare").ok(), Some(Some(Component::Workfare)));
        assert_eq!(
            component("Job Retention").ok(),
            Some(Some(Component::JobRetention))
        );
        assert_eq!(component("NONE").ok(), Some(None));
        let e = component("workshop")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            e.starts_with("--component: \"workshop\" is not a federal component"),
            "{e}"
        );
        assert!(e.contains("(G3)") && e.ends_with("or none"), "{e}");
        for c in Component::ALL {
            assert_eq!(Component::stored(c.code()).ok(), Some(*c));
        }
        assert!(Component::stored("hiking").is_err());
    }

    /// JSON and CSV carry the codes `--component` takes.
    #[test]
    fn g3_components_and_groups_serialize_as_their_codes() {
        for c in Component::ALL {
            assert_eq!(serde_json::to_value(c).ok(), Some(json!(c.code())));
        }
        for g in Group::ALL {
            assert_eq!(serde_json::to_value(g).ok(), Some(json!(g.code())));
        }
    }
}
