//! Planning a provider's appointment sites (P7): matched by name.

use super::*;

pub(super) async fn plan(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    p: &ProviderSpec,
    name: &str,
    org: Option<&Organization>,
) -> Result<()> {
    let db_sites = match org {
        Some(o) => sites::of(tx, o.id).await?,
        None => Vec::new(),
    };
    for (new, pos) in &p.sites {
        let old = db_sites
            .iter()
            .find(|s| s.name.eq_ignore_ascii_case(&new.name));
        let before = old.map(|o| json!({"location": o.location, "instructions": o.instructions}));
        let after = json!({"location": new.location, "instructions": new.instructions});
        let subject = Subject {
            kind: "appointment-site",
            provider: name,
            name: old.map_or(new.name.clone(), |o| o.name.clone()),
            pos,
        };
        pl.reconcile(subject, before, after, (sites::ACTION, org), |_| {
            Ok(match old {
                Some(old) => Op::UpdateSite(old.clone(), new.clone()),
                None => Op::CreateSite(new.clone()),
            })
        })?;
    }
    if pl.options.prune {
        for old in &db_sites {
            if !p
                .sites
                .iter()
                .any(|(n, _)| n.name.eq_ignore_ascii_case(&old.name))
            {
                pl.allow(sites::ACTION, org, &p.pos)?;
                pl.push(
                    Verb::Remove,
                    "appointment-site",
                    name,
                    old.name.clone(),
                    &p.pos,
                    Vec::new(),
                    Op::RemoveSite(old.clone()),
                );
            }
        }
    }

    Ok(())
}
