//! Planning a provider's locations (P1): matched by name.

use super::*;

pub(super) async fn plan(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    p: &ProviderSpec,
    name: &str,
    org: Option<&Organization>,
) -> Result<()> {
    let db_locations = match org {
        Some(o) => locations::of(tx, o.id).await?,
        None => Vec::new(),
    };
    for (new, pos) in &p.locations {
        let old = db_locations
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(&new.name));
        // The name matched, whatever its case, stays as it is.
        let wanted = NewLocation {
            name: old.map_or(new.name.clone(), |o| o.name.clone()),
            ..new.clone()
        };
        let before = old.map(|o| {
            NewLocation {
                name: o.name.clone(),
                address: o.address.clone(),
                county: o.county.clone(),
                dhs_office: o.dhs_office.clone(),
            }
            .json()
        });
        let subject = Subject {
            kind: "location",
            provider: name,
            name: wanted.name.clone(),
            pos,
        };
        let after = wanted.json();
        pl.reconcile(subject, before, after, (locations::ACTION, org), |verb| {
            Ok(match (verb, old) {
                (Verb::Update, Some(old)) => Op::UpdateLocation(old.clone(), wanted),
                _ => Op::CreateLocation(new.clone()),
            })
        })?;
    }
    Ok(())
}
