//! Planning a provider's contracts (P2): matched by number; a change is an amendment
//! that keeps the earlier version.

use super::*;

pub(super) async fn plan(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    p: &ProviderSpec,
    name: &str,
    org: Option<&Organization>,
) -> Result<()> {
    let spec = pl.spec;
    let db_contracts = match org {
        Some(o) => contracts::of(tx, o.id).await?,
        None => Vec::new(),
    };
    for (number, terms, pos) in &p.contracts {
        let current = db_contracts.iter().find(|c| &c.number == number);
        let mut wanted = terms.clone();
        match current {
            None => {
                // Only those who may add contracts anywhere learn whose a number is.
                pl.allow(contracts::ACTION_ADD, None, pos)?;
                if let Ok(other) = contracts::find(tx, number).await {
                    return Err(at(spec, pos, contracts::duplicate(number, &other.provider)));
                }
            }
            // Goals the file omits are kept unless pruning.
            Some(current) if !pl.options.prune => {
                for (category, target) in &current.terms.goals {
                    wanted.goals.entry(category.clone()).or_insert(*target);
                }
            }
            Some(_) => {}
        }
        let before = current
            .map(|c| serde_json::to_value(&c.terms))
            .transpose()?;
        let after = serde_json::to_value(&wanted)?;
        let action = match current {
            None => (contracts::ACTION_ADD, None),
            Some(_) => (contracts::ACTION_AMEND, org),
        };
        let subject = Subject {
            kind: "contract",
            provider: name,
            name: number.clone(),
            pos,
        };
        let item = pl.reconcile(subject, before, after, action, |_| {
            Ok(match current {
                Some(current) => Op::AmendContract(Box::new(current.clone()), wanted),
                None => Op::CreateContract(number.clone(), terms.clone()),
            })
        })?;
        if let (Verb::Update, Some(current)) = (item.verb, current) {
            item.note = Some(format!("amendment: version {} is kept", current.version));
        }
    }
    Ok(())
}
