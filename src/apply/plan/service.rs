//! Planning what a provider offers on career plans (P5): listed codes disabled; with
//! `--prune` every other code enabled.

use super::*;

pub(super) async fn plan(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    p: &ProviderSpec,
    name: &str,
    org: Option<&Organization>,
) -> Result<()> {
    if let Some((disabled, pos)) = &p.disabled_services {
        let states = match org {
            Some(o) => services::of(tx, o.id).await?,
            None => services::of(tx, -1).await?,
        };
        let mut set = Vec::new();
        let mut changes = Vec::new();
        for state in &states {
            let code = crate::catalogue::CATALOGUE
                .iter()
                .map(|(c, _, _)| *c)
                .find(|c| *c == state.code)
                .unwrap_or("");
            let want = if disabled.contains(&code) {
                false
            } else if pl.options.prune {
                true
            } else {
                state.enabled
            };
            if want != state.enabled {
                set.push((code, want));
                changes.push(FieldChange {
                    field: code.to_string(),
                    before: json!(if state.enabled { "enabled" } else { "disabled" }),
                    after: json!(if want { "enabled" } else { "disabled" }),
                });
            }
        }
        if set.is_empty() {
            pl.push(
                Verb::Unchanged,
                "services",
                name,
                "services".into(),
                pos,
                Vec::new(),
                Op::Nothing,
            );
        } else {
            pl.allow(services::ACTION, org, pos)?;
            pl.push(
                Verb::Update,
                "services",
                name,
                "services".into(),
                pos,
                changes,
                Op::SetServices(set),
            );
        }
    }

    Ok(())
}
