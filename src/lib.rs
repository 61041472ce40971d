//! The core of `isets`, the ISETS administration toolkit: database access, operator
//! identity and permissions, the audit log, the domain rules, and output rendering.
//! It knows nothing of the command-line parser; `commands/` turns arguments into calls
//! of these functions.

pub mod activities;
pub mod apply;
pub mod assessments;
pub mod audit;
pub mod calendar;
pub mod catalogue;
pub mod clock;
pub mod config;
pub mod credentials;
pub mod customers;
pub mod dashboard;
pub mod db;
pub mod documents;
pub mod earnfare;
pub mod employment;
pub mod enrollment;
pub mod error;
pub mod et_status;
pub mod exits;
pub mod federal;
pub mod ies;
pub mod locks;
pub(crate) mod named;
pub mod operator;
pub mod orgs;
pub mod output;
pub mod permissions;
pub mod plans;
pub mod providers;
pub mod redact;
pub mod referrals;
pub mod reports;
pub mod services;
pub mod session;
pub mod settings;
pub mod setup;
pub mod staffing;
pub mod users;
pub mod values;
pub mod write;

pub use error::{Error, ExitCode, Result};
