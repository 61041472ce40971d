//! Tests of generated.
