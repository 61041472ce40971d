//! Employment and its retention (DOMAIN.md §11: M1–M5).

pub mod retention;
