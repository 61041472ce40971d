//! §1: a provider listing limited to some of the provider's locations. A listing with no
//! limit covers all of them; the limits narrow which customers the listing reaches.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::json;

use crate::args;
use crate::audit::Change;
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::write::Write;

use super::{ACTION, ListingView};

/// One location a listing is limited to.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct LocationLimit {
    pub listing_id: i64,
    pub location: String,
}

/// The limits of these listings, by listing, each listing's locations by name.
pub async fn limits_of(tx: &mut Tx, listing_ids: &[i64]) -> Result<BTreeMap<i64, Vec<String>>> {
    let rows: Vec<LocationLimit> = tx
        .fetch_all(
            crate::sql!(
                sqlite: "SELECT ll.listing_id, x.name AS location FROM listing_locations ll \
                    JOIN locations x ON x.id = ll.location_id \
                    WHERE ll.listing_id IN (SELECT value FROM json_each($1)) ORDER BY ll.listing_id, x.name",
                postgres: "SELECT ll.listing_id, x.name AS location FROM listing_locations ll \
                    JOIN locations x ON x.id = ll.location_id \
                    WHERE ll.listing_id = ANY($1) ORDER BY ll.listing_id, x.name",
            ),
            args![Arg::ints(listing_ids.iter().copied())],
        )
        .await?;
    let mut limits: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for r in rows {
        limits.entry(r.listing_id).or_default().push(r.location);
    }
    Ok(limits)
}

/// Whether two lists of location names are the same limit (names are matched without
/// regard to case, in any order).
pub fn same_limit(a: &[String], b: &[String]) -> bool {
    let norm = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|s| s.trim().to_lowercase()).collect();
        v.sort();
        v.dedup();
        v
    };
    norm(a) == norm(b)
}

/// Sets the locations an active listing is limited to (none: all of them), inside an
/// open write, with its audit record.
pub(crate) async fn set_limit_in(
    write: &mut Write,
    permit: &Permit,
    listing: &ListingView,
    names: &[String],
) -> Result<()> {
    permit.require(ACTION, None)?;
    let before = limits_of(write.tx(), &[listing.id])
        .await?
        .remove(&listing.id)
        .unwrap_or_default();
    let mut ids = Vec::new();
    let mut after = Vec::new();
    for name in names {
        let found: Option<(i64, String)> = write
            .tx()
            .fetch_optional(
                crate::sql!(
                    "SELECT id, name FROM locations WHERE organization_id = $1 AND lower(name) = lower($2)"
                ),
                args![listing.organization_id, name.trim()],
            )
            .await?;
        let (id, name) = found.ok_or_else(|| {
            Error::invalid(
                "location",
                name,
                format!("is not a location of {}", listing.organization),
            )
        })?;
        if !ids.contains(&id) {
            ids.push(id);
            after.push(name);
        }
    }
    after.sort();
    write
        .tx()
        .execute(
            crate::sql!("DELETE FROM listing_locations WHERE listing_id = $1"),
            args![listing.id],
        )
        .await?;
    write
        .tx()
        .execute(
            crate::sql!(
                sqlite: "INSERT INTO listing_locations (listing_id, location_id) SELECT $1, value FROM json_each($2)",
                postgres: "INSERT INTO listing_locations (listing_id, location_id) SELECT $1, unnest($2::bigint[])",
            ),
            args![listing.id, Arg::Ints(ids)],
        )
        .await?;
    write.record(Change {
        action: "listing.update",
        entity_kind: "user",
        entity_id: listing.username.clone(),
        organization_id: Some(listing.organization_id),
        before: Some(json!({"role": listing.role, "locations": before})),
        after: Some(json!({"role": listing.role, "locations": after})),
    });
    Ok(())
}
