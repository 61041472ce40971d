//! The E&T status (DOMAIN.md §8): set by hand only as T5 allows, every change kept with
//! who, when, why and its cause (T1), more than 30 days Inactive flagged (T3), the level
//! of progress (T4), and the status in the Overview.

use crate::both;
use crate::customer_record::assigned;
use crate::support::*;

both! {
    fn t1_t3_t4_t5_the_status_set_by_hand_and_kept(db) {
        assigned(db);
        db.add_user("acmestaff", "Acme Works", "provider-staff");
        db.add_user("betastaff", "Beta Jobs", "provider-staff");
        // Enrolled and active, as the enrollment of a later record will make them (T2).
        db.exec(
            "INSERT INTO et_statuses (customer_id, status, since, updated_by) \
             SELECT id, 'active', '2026-03-01T00:00:00Z', 'admin' FROM customers WHERE individual_number = '123456789'",
        );
        let march = "2026-03-02T15:04:05Z";
        let april = "2026-04-10T15:00:00Z";
        let text = transcript_at(db, &[
            ("acmestaff", march, vec!["customer", "status", "123456789", "--set", "inactive"]),
            ("acmestaff", march, vec!["customer", "status", "123456789", "--set", "exited", "--reason", "left"]),
            ("acmestaff", march, vec!["customer", "status", "123456789", "--set", "wait-list", "--reason", "full"]),
            ("acmestaff", march, vec!["customer", "status", "123456789", "--set", "busy", "--reason", "x"]),
            ("betastaff", march, vec!["customer", "status", "123456789", "--set", "inactive", "--reason", "x"]),
            ("acmestaff", march, vec!["customer", "status", "123456789", "--set", "inactive", "--reason", "surgery, back in three weeks"]),
            ("acmestaff", march, vec!["customer", "status", "123456789", "--set", "Inactive", "--reason", "again"]),
            ("acmestaff", march, vec!["customer", "progress", "123456789", "--level", "not-participating", "--reason", "on leave"]),
            // T3: more than 30 days later the pause is flagged, never refused.
            ("acmestaff", april, vec!["customer", "status", "123456789"]),
            ("acmestaff", april, vec!["customer", "show", "123456789", "--format", "json"]),
            ("acmestaff", april, vec!["customer", "status", "123456789", "--set", "active", "--reason", "back at class"]),
            ("admin", april, vec!["customer", "status", "123456789", "--set", "consent-revoked"]),
            ("admin", april, vec!["customer", "status", "123456789", "--set", "consent-revoked", "--reason", "asked IDHS by phone", "--format", "json"]),
            ("acmestaff", april, vec!["customer", "status", "123456789", "--format", "json"]),
        ]);
        snapshot_of("et_status_t1_t5", &text);
        assert_eq!(
            db.strings(
                "SELECT field || ':' || COALESCE(old_value, '-') || '>' || new_value || ' by ' || changed_by \
                 FROM et_status_history ORDER BY id"
            ),
            [
                "status:active>inactive by acmestaff",
                "progress:->not-participating by acmestaff",
                "status:inactive>active by acmestaff",
                "status:active>consent-revoked by admin",
            ]
        );
        assert_eq!(
            db.strings("SELECT action FROM audit_log WHERE action LIKE 'et-status.%' ORDER BY id"),
            ["et-status.set", "et-status.progress", "et-status.set", "et-status.set"]
        );
    }
}
