//! Tests of isets apply and isets plan.
