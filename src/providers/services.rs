//! Activities and support services a provider may use on career plans (P5): every one
//! is enabled unless a choice to disable it was recorded.

use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::catalogue::{self, CATALOGUE, Kind};
use crate::db::Tx;
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::output::Tabular;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Outcome, Write, WriteOptions};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ServiceState {
    pub code: String,
    pub name: String,
    pub kind: Kind,
    pub enabled: bool,
}

impl Tabular for ServiceState {
    fn headers() -> Vec<&'static str> {
        vec!["code", "name", "kind", "enabled"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.name.clone(),
            self.kind.label().into(),
            if self.enabled { "yes" } else { "no" }.into(),
        ]
    }
    fn key(&self) -> String {
        self.code.clone()
    }
}

pub async fn of(tx: &mut Tx, organization_id: i64) -> Result<Vec<ServiceState>> {
    let disabled: Vec<(String,)> = tx
        .fetch_all(
            crate::sql!(
                "SELECT code FROM provider_services WHERE organization_id = $1 AND enabled = $2"
            ),
            args![organization_id, false],
        )
        .await?;
    Ok(CATALOGUE
        .iter()
        .map(|(code, name, kind)| ServiceState {
            code: code.to_string(),
            name: name.to_string(),
            kind: *kind,
            enabled: !disabled.iter().any(|(d,)| d == code),
        })
        .collect())
}

/// Every catalogue code, for `--enable`/`--disable`.
pub fn parse_code(value: &str) -> Result<&'static str> {
    catalogue::code(
        "service",
        value,
        &[Kind::SnapEt, Kind::Other, Kind::SupportService],
    )
}

/// Sets codes on or off; returns the codes that actually changed.
/// Enabling or disabling what a provider offers (§1).
pub const ACTION: Action = Action::EnableServices;

pub(crate) async fn set(
    write: &mut Write,
    permit: &Permit,
    org: &Organization,
    codes: &[(&'static str, bool)],
) -> Result<Vec<&'static str>> {
    permit.require(ACTION, Some(org.id))?;
    let current = of(write.tx(), org.id).await?;
    let at = write.at();
    let mut changed = Vec::new();
    for (code, enabled) in codes {
        let was = current
            .iter()
            .find(|s| s.code == *code)
            .is_some_and(|s| s.enabled);
        if was == *enabled {
            continue;
        }
        let updated = write
            .tx()
            .execute(
                crate::sql!("UPDATE provider_services SET enabled = $1, updated_at = $2 WHERE organization_id = $3 AND code = $4"),
                args![*enabled, at, org.id, *code],
            )
            .await?;
        if updated == 0 {
            write
                .tx()
                .execute(
                    crate::sql!("INSERT INTO provider_services (organization_id, code, enabled, updated_at) VALUES ($1, $2, $3, $4)"),
                    args![org.id, *code, *enabled, at],
                )
                .await?;
        }
        write.record(Change {
            action: if *enabled {
                "service.enable"
            } else {
                "service.disable"
            },
            entity_kind: "provider-service",
            entity_id: format!("{}/{code}", org.name),
            organization_id: Some(org.id),
            before: Some(json!({"code": code, "enabled": was})),
            after: Some(json!({"code": code, "enabled": enabled})),
        });
        changed.push(*code);
    }
    Ok(changed)
}

pub async fn update(
    session: &Session,
    provider: &str,
    enable: &[String],
    disable: &[String],
    options: &WriteOptions,
) -> Result<(Vec<ServiceState>, Outcome)> {
    let mut codes = Vec::new();
    for e in enable {
        codes.push((parse_code(e)?, true));
    }
    for d in disable {
        let code = parse_code(d)?;
        if codes.iter().any(|(c, _)| *c == code) {
            return Err(Error::Usage(format!("{code} is both enabled and disabled")));
        }
        codes.push((code, false));
    }
    let (mut write, org, permit) = super::write_on(session, provider, ACTION).await?;
    set(&mut write, &permit, &org, &codes).await?;
    let states = of(write.tx(), org.id).await?;
    Ok((states, write.finish(options).await?))
}

pub async fn list(session: &Session, provider: &str) -> Result<Vec<ServiceState>> {
    let (mut tx, org) = super::read_on(session, provider, Action::ViewContracts).await?;
    of(&mut tx, org.id).await
}
