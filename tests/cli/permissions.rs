//! Tests of permissions.
