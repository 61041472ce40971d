//! Tests of provider records: P1–P7.
