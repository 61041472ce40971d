//! Tests of db.
