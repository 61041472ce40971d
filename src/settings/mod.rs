//! `isets settings list|set|reset`: the statewide figures the rules read that the
//! manuals leave to configuration (R1, R2), kept in the shared database so that every
//! operator computes the same answer. A setting without a row has its default; the
//! audit log keeps every change (H1).

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::named::named;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::plans::rules::{hours_shown, parse_hours};
use crate::session::Session;
use crate::values::Money;
use crate::write::{Outcome, WriteOptions};

named! {
    /// R1: how monthly benefit hours are rounded to whole hours. **Assumption**: the
    /// manuals do not say; down by default.
    Rounding {
        Down = ("down", "down"),
        Nearest = ("nearest", "nearest"),
        Up = ("up", "up"),
    }
}

/// The kind of value a setting takes, which decides how it is read and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An amount of money above zero (V5).
    Money,
    /// Hours with two decimals at most (V5).
    Hours,
    Rounding,
    /// A whole number of months, or `none`.
    MonthsOrNone,
    /// A day of the month, 1 to 31 (the month's last day when it is shorter).
    DayOfMonth,
}

/// A setting the rules read: its name, default, rule and meaning.
#[derive(Debug, Clone, Copy)]
pub struct Definition {
    pub name: &'static str,
    kind: Kind,
    pub default: &'static str,
    pub rule: &'static str,
    pub meaning: &'static str,
}

pub const BENEFIT_WAGE: &str = "earnfare.benefit-wage";
pub const HOURS_ROUNDING: &str = "earnfare.hours-rounding";
pub const TJ_TARGET: &str = "earnfare.tj-monthly-target";
pub const PARTICIPATION_LIMIT: &str = "earnfare.participation-limit";
pub const PROVIDER_DUE_DAY: &str = "staffing.provider-due-day";
pub const MANAGER_DUE_DAY: &str = "staffing.manager-due-day";
pub const PPTT_DUE_DAY: &str = "pptt.due-day";

/// Every setting, in the order `settings list` shows them.
pub const DEFINITIONS: &[Definition] = &[
    Definition {
        name: BENEFIT_WAGE,
        kind: Kind::Money,
        default: "14.00",
        rule: "R1",
        meaning: "the benefit wage per hour (the state minimum wage): benefit hours are the \
                  benefit amount divided by it, and the stipend is paid at it",
    },
    Definition {
        name: HOURS_ROUNDING,
        kind: Kind::Rounding,
        default: "down",
        rule: "R1",
        meaning: "how monthly benefit hours are rounded to whole hours: down, nearest or up",
    },
    Definition {
        name: TJ_TARGET,
        kind: Kind::Hours,
        default: "35",
        rule: "R1",
        meaning: "the Transitional Job hours a month is measured against",
    },
    Definition {
        name: PARTICIPATION_LIMIT,
        kind: Kind::MonthsOrNone,
        default: "none",
        rule: "R2",
        meaning: "the most months with Transitional Job hours a customer may have, or none",
    },
    Definition {
        name: PROVIDER_DUE_DAY,
        kind: Kind::DayOfMonth,
        default: "15",
        rule: "B1",
        meaning: "the day of the next month a provider's part of a month's staffing is due \
                  (conflict: 002 also says the 10th)",
    },
    Definition {
        name: MANAGER_DUE_DAY,
        kind: Kind::DayOfMonth,
        default: "20",
        rule: "B1",
        meaning: "the day of the next month the provider manager's part (the approval) is due",
    },
    Definition {
        name: PPTT_DUE_DAY,
        kind: Kind::DayOfMonth,
        default: "10",
        rule: "B1",
        meaning: "the day of the next month a provider's tracking spreadsheet (PPTT) is due",
    },
];

fn definition(name: &str) -> Result<&'static Definition> {
    let wanted = name.trim().to_ascii_lowercase();
    DEFINITIONS
        .iter()
        .find(|d| d.name == wanted)
        .ok_or_else(|| {
            Error::invalid(
                "NAME",
                name,
                format!(
                    "is not a setting: one of {}",
                    DEFINITIONS
                        .iter()
                        .map(|d| d.name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
}

/// A value for `definition` as given, in the form it is stored and shown.
fn normalize(definition: &Definition, value: &str) -> Result<String> {
    let field = definition.name;
    match definition.kind {
        Kind::Money => {
            let money = Money::parse(field, value)?;
            if money.cents() <= 0 {
                return Err(Error::invalid(field, value, "must be more than 0.00"));
            }
            Ok(money.to_string())
        }
        Kind::Hours => {
            let hours = parse_hours(field, value)?;
            if hours == 0 {
                return Err(Error::invalid(field, value, "must be more than 0 hours"));
            }
            Ok(hours_shown(hours))
        }
        Kind::Rounding => value
            .parse::<Rounding>()
            .map(|r| r.code().to_string())
            .map_err(|why| Error::invalid(field, value, why)),
        Kind::MonthsOrNone => {
            let v = value.trim().to_ascii_lowercase();
            if v == "none" {
                return Ok(v);
            }
            match v.parse::<u32>() {
                Ok(months) if (1..=600).contains(&months) => Ok(months.to_string()),
                _ => Err(Error::invalid(
                    field,
                    value,
                    "is not a number of months from 1 to 600, or none",
                )),
            }
        }
        Kind::DayOfMonth => match value.trim().parse::<u32>() {
            Ok(day) if (1..=31).contains(&day) => Ok(day.to_string()),
            _ => Err(Error::invalid(
                field,
                value,
                "is not a day of the month from 1 to 31",
            )),
        },
    }
}

/// The settings in force, as the rules read them.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    /// R1: cents an hour.
    pub benefit_wage: Money,
    pub hours_rounding: Rounding,
    /// R1: hundredths of an hour.
    pub tj_target: i64,
    /// R2: months, if a limit is set.
    pub participation_limit: Option<u32>,
    /// B1: the days of the next month a staffing's provider part, its approval and the
    /// PPTT are due.
    pub provider_due_day: u32,
    pub manager_due_day: u32,
    pub pptt_due_day: u32,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct Row {
    name: String,
    value: String,
    changed_by: String,
    changed_at: DateTime<Utc>,
    reason: Option<String>,
}

async fn rows(tx: &mut Tx) -> Result<Vec<Row>> {
    tx.fetch_all(
        crate::sql!(
            "SELECT name, value, changed_by, changed_at, reason FROM settings ORDER BY name"
        ),
        args![],
    )
    .await
}

/// A stored value read back: it was checked when set.
fn stored<T>(name: &str, value: &str, parsed: Option<T>) -> Result<T> {
    parsed.ok_or_else(|| Error::Internal(format!("setting {name} holds {value:?}")))
}

impl Settings {
    /// The settings in force: each row's value, or the default. Every operator reads them.
    pub async fn load(tx: &mut Tx) -> Result<Settings> {
        let rows = rows(tx).await?;
        let value = |name: &str| -> &str {
            rows.iter()
                .find(|r| r.name == name)
                .map(|r| r.value.as_str())
                .or_else(|| {
                    DEFINITIONS
                        .iter()
                        .find(|d| d.name == name)
                        .map(|d| d.default)
                })
                .unwrap_or_default()
        };
        let wage = value(BENEFIT_WAGE);
        let rounding = value(HOURS_ROUNDING);
        let target = value(TJ_TARGET);
        let limit = value(PARTICIPATION_LIMIT);
        let day = |name: &str| stored(name, value(name), value(name).parse::<u32>().ok());
        Ok(Settings {
            benefit_wage: stored(BENEFIT_WAGE, wage, Money::parse(BENEFIT_WAGE, wage).ok())?,
            hours_rounding: stored(HOURS_ROUNDING, rounding, rounding.parse().ok())?,
            tj_target: stored(TJ_TARGET, target, parse_hours(TJ_TARGET, target).ok())?,
            participation_limit: match limit {
                "none" => None,
                v => Some(stored(PARTICIPATION_LIMIT, v, v.parse().ok())?),
            },
            provider_due_day: day(PROVIDER_DUE_DAY)?,
            manager_due_day: day(MANAGER_DUE_DAY)?,
            pptt_due_day: day(PPTT_DUE_DAY)?,
        })
    }
}

/// A setting as `settings list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Setting {
    pub name: String,
    pub value: String,
    pub default: String,
    pub rule: String,
    pub meaning: String,
    pub changed_by: Option<String>,
    pub changed_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

impl Tabular for Setting {
    fn headers() -> Vec<&'static str> {
        vec![
            "name",
            "value",
            "default",
            "rule",
            "changed_by",
            "changed_at",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "name",
            "value",
            "default",
            "rule",
            "meaning",
            "changed_by",
            "changed_at",
            "reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.value.clone(),
            self.default.clone(),
            self.rule.clone(),
            crate::output::opt(&self.changed_by),
            self.changed_at
                .as_ref()
                .map(crate::output::time)
                .unwrap_or_default(),
        ]
    }
    fn key(&self) -> String {
        self.name.clone()
    }
}

fn shown(definition: &Definition, row: Option<&Row>) -> Setting {
    Setting {
        name: definition.name.to_string(),
        value: row
            .map_or(definition.default, |r| r.value.as_str())
            .to_string(),
        default: definition.default.to_string(),
        rule: definition.rule.to_string(),
        meaning: definition
            .meaning
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        changed_by: row.map(|r| r.changed_by.clone()),
        changed_at: row.map(|r| r.changed_at),
        reason: row.and_then(|r| r.reason.clone()),
    }
}

/// `isets settings list`: every setting with its value in force. Statewide reference
/// data without personal data: every operator reads it.
pub async fn list(session: &Session) -> Result<Vec<Setting>> {
    let mut tx = session.read().await?;
    let rows = rows(&mut tx).await?;
    Ok(DEFINITIONS
        .iter()
        .map(|d| shown(d, rows.iter().find(|r| r.name == d.name)))
        .collect())
}

/// What a settings write did.
pub struct Done {
    pub setting: Setting,
    pub outcome: Outcome,
}

/// `isets settings set NAME VALUE` (super users): the value in force from now on.
pub async fn set(
    session: &Session,
    name: &str,
    value: &str,
    options: &WriteOptions,
) -> Result<Done> {
    change(session, name, Some(value), options).await
}

/// `isets settings reset NAME` (super users): back to the default.
pub async fn reset(session: &Session, name: &str, options: &WriteOptions) -> Result<Done> {
    change(session, name, None, options).await
}

async fn change(
    session: &Session,
    name: &str,
    value: Option<&str>,
    options: &WriteOptions,
) -> Result<Done> {
    let permit = session.permit(Action::ManageSettings)?;
    let definition = definition(name)?;
    let value = value.map(|v| normalize(definition, v)).transpose()?;
    let mut write = session.write(&permit).await?;
    let before = rows(write.tx())
        .await?
        .into_iter()
        .find(|r| r.name == definition.name);
    let at = write.at();
    let by = write.operator().to_string();
    let reason = options.reason.clone();
    match &value {
        Some(value) => {
            write
                .tx()
                .execute(
                    crate::sql!(
                        "INSERT INTO settings (name, value, changed_by, changed_at, reason) VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by, \
                         changed_at = excluded.changed_at, reason = excluded.reason"
                    ),
                    args![definition.name, value.as_str(), by.as_str(), at, reason.clone()],
                )
                .await?;
        }
        None => {
            write
                .tx()
                .execute(
                    crate::sql!("DELETE FROM settings WHERE name = $1"),
                    args![definition.name],
                )
                .await?;
        }
    }
    let in_force = |v: Option<&str>| v.unwrap_or(definition.default).to_string();
    write.record(Change {
        action: if value.is_some() {
            "setting.set"
        } else {
            "setting.reset"
        },
        entity_kind: "setting",
        entity_id: definition.name.to_string(),
        organization_id: None,
        before: Some(json!({ "value": in_force(before.as_ref().map(|r| r.value.as_str())) })),
        after: Some(json!({ "value": in_force(value.as_deref()) })),
    });
    let row = value.map(|value| Row {
        name: definition.name.to_string(),
        value,
        changed_by: by,
        changed_at: at,
        reason,
    });
    let setting = shown(definition, row.as_ref());
    Ok(Done {
        setting,
        outcome: write.finish(options).await?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(name: &str) -> &'static Definition {
        definition(name).expect("a setting")
    }

    #[test]
    fn every_default_is_a_value_its_setting_takes() {
        for d in DEFINITIONS {
            assert_eq!(
                normalize(d, d.default).expect(d.name),
                d.default,
                "{}",
                d.name
            );
        }
    }

    #[test]
    fn r1_values_are_read_in_their_kind() {
        assert_eq!(normalize(def(BENEFIT_WAGE), "$15").expect("wage"), "15.00");
        assert!(normalize(def(BENEFIT_WAGE), "14.005").is_err());
        assert!(normalize(def(BENEFIT_WAGE), "0").is_err());
        assert_eq!(normalize(def(TJ_TARGET), "40.5").expect("hours"), "40.5");
        assert_eq!(
            normalize(def(HOURS_ROUNDING), "Nearest").expect("rounding"),
            "nearest"
        );
        assert!(normalize(def(HOURS_ROUNDING), "half-even").is_err());
        assert_eq!(
            normalize(def(PARTICIPATION_LIMIT), "NONE").expect("none"),
            "none"
        );
        assert_eq!(
            normalize(def(PARTICIPATION_LIMIT), "6").expect("months"),
            "6"
        );
        assert!(normalize(def(PARTICIPATION_LIMIT), "0").is_err());
        assert!(definition("earnfare.wage").is_err());
    }
}
