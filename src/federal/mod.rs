//! Federal reporting (DOMAIN.md §17): the federal fiscal year (G1), the mapping of the
//! catalogue's activities to the federal E&T components (G3), and the FNS-583 built on
//! them (G2, G4, G5).

pub mod components;
pub mod fns583;
pub mod year;

pub use components::{Component, Group};
pub use year::{FederalFiscalYear, Quarter};
