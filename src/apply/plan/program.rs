//! Planning a provider's E&T programs (P3, P4, P6): matched on contract, location, type
//! and fiscal year; programs of past fiscal years are read-only.

use super::*;

pub(super) async fn plan(
    tx: &mut Tx,
    pl: &mut Planner<'_>,
    p: &ProviderSpec,
    name: &str,
    org: Option<&Organization>,
) -> Result<()> {
    let spec = pl.spec;
    let db_programs = match org {
        Some(o) => programs::of(tx, o.id, None).await?,
        None => Vec::new(),
    };
    for (new, pos) in &p.programs {
        let key = programs::key(new);
        let matches: Vec<&ProgramView> = db_programs
            .iter()
            .filter(|d| programs::key(&d.as_new()).eq_ignore_ascii_case(&key))
            .collect();
        let old = match matches.as_slice() {
            [] => None,
            [old] => Some(*old),
            several => {
                let ids = several
                    .iter()
                    .map(|p| p.id.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(at(
                    spec,
                    pos,
                    Error::Conflict(format!(
                        "programs {ids} all match {key}: the file cannot tell them apart"
                    )),
                ));
            }
        };
        // The contract and location as stored, whatever the case the file uses.
        let mut wanted = new.clone();
        if let Some(old) = old {
            wanted.contract = old.contract.clone();
            wanted.location = old.location.clone();
        }
        let before = old.map(|o| programs::program_json(&o.as_new()));
        let after = programs::program_json(&wanted);
        let subject = Subject {
            kind: "program",
            provider: name,
            name: key,
            pos,
        };
        let today = pl.session.today();
        pl.reconcile(
            subject,
            before,
            after,
            (programs::ACTION, org),
            |_| match old {
                Some(old) => {
                    programs::check_p6(old, today, "changed")?;
                    Ok(Op::UpdateProgram(Box::new(old.clone()), wanted))
                }
                None => Ok(Op::CreateProgram(new.clone())),
            },
        )?;
    }
    if pl.options.prune {
        let current_fy = FiscalYear::containing(pl.session.today());
        for old in &db_programs {
            let key = programs::key(&old.as_new());
            if p.programs
                .iter()
                .any(|(n, _)| programs::key(n).eq_ignore_ascii_case(&key))
            {
                continue;
            }
            if old.fiscal_year < current_fy {
                let item = pl.push(
                    Verb::Unchanged,
                    "program",
                    name,
                    key,
                    &p.pos,
                    Vec::new(),
                    Op::Nothing,
                );
                item.note = Some(format!(
                    "kept: {} is a past fiscal year, its programs are read-only (P6)",
                    old.fiscal_year
                ));
                continue;
            }
            pl.allow(programs::ACTION, org, &p.pos)?;
            pl.push(
                Verb::Remove,
                "program",
                name,
                key,
                &p.pos,
                Vec::new(),
                Op::RemoveProgram(Box::new(old.clone())),
            );
        }
    }
    Ok(())
}
