//! Whole results of commands people read most, as snapshots (`tests/cli/snapshots/`):
//! exit code, stdout and stderr together, the same on SQLite and PostgreSQL. A change
//! to any of them shows as a diff to review, not a fragment that still matches.

use crate::{both, snapshot};

both! {
    fn provider_show_for_a_super_user(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        snapshot!("provider_show_super_user", db, &mut db.isets(&["provider", "show", "Acme Works"]));
    }

    fn provider_show_for_wfd_has_no_users(db) {
        db.with_providers();
        db.add_user("wfd1", "IDHS", "wfd");
        db.add_user("staff1", "Acme Works", "provider-staff");
        snapshot!("provider_show_wfd", db, &mut db.isets_as("wfd1", &["provider", "show", "Acme Works"]));
    }

    fn user_add_prints_one_line_per_change(db) {
        db.with_providers();
        snapshot!("user_add", db, &mut db.isets(&[
            "user", "add", "jdoe", "--first", "Jane", "--last", "Doe", "--email", "jane.doe@acme.example",
            "--dob", "1990-05-06", "--org", "Acme Works", "--role", "provider-staff",
            "--access-request", "IL444-2022-0042", "--authorized-by", "Pat Approver",
        ]));
    }

    fn contract_amendment_names_the_fields_it_changes(db) {
        db.with_providers();
        snapshot!("contract_amend", db, &mut db.isets(&[
            "provider", "amend-contract", "FCSACME1", "--amount", "260000", "--goal", "employed=45",
        ]));
    }

    fn a_denial_names_the_action_the_roles_and_the_listing(db) {
        db.with_providers();
        db.add_user("staff1", "Acme Works", "provider-staff");
        snapshot!("denied_provider_add", db, &mut db.isets_as("staff1", &["provider", "add", "Zed", "--spcq-approved-on", "2024-01-01"]));
    }
}
