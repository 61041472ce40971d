//! Enrollment and the Employment Plan's goals (DOMAIN.md §9: N1–N6, E1, E3, E8).
//!
//! - [`enroll`]: `isets enroll`: a customer enrolled in a provider's program on an
//!   accepted referral (N1) or a re-verified return (N5), assigned to the program (S5,
//!   which is how the provider's roles reach them), with the default goal and the
//!   activities chosen as Planned (N3, through [`crate::plans::activity::add`]), and the
//!   E&T status moved to Pending Activity Start Date (T2), in one write.
//! - [`goals`]: `isets ep goal add|edit|remove` (E1).
//! - [`plan`]: `isets ep show`, the Employment Plan as seed 000's "Activities / Case
//!   Management" table, with the E3 and E8 flags; and the enrollments and plan that
//!   `customer show` prints.
//! - [`rules`]: the pure rules, tested in process.
//!
//! The enrollment's `organization_id` is the enrolling provider: it alone counts the
//! enrollment in its monthly reports (N6).

pub mod enroll;
pub mod goals;
pub mod plan;
pub mod rules;

use crate::error::{Error, Result};
use crate::operator::Permit;
use crate::orgs::Organization;
use crate::permissions::Action;
use crate::session::Session;
use crate::write::{Write, WriteOptions};

/// N2: the provider named by `--provider` that the operator does case work for, after
/// the reason a super user gives (§1, note 1). A provider outside the operator's reach
/// reads as absent.
pub(crate) async fn acting_provider(
    session: &Session,
    write: &mut Write,
    permit: &Permit,
    provider: &str,
    options: &WriteOptions,
) -> Result<Organization> {
    let not_found = || Error::NotFound(format!("provider {:?} not found", provider.trim()));
    let org = crate::providers::find(write.tx(), provider)
        .await
        .map_err(|_| not_found())?;
    if !permit.covers(org.id) {
        return Err(not_found());
    }
    session
        .operator()
        .require_reason(Action::CaseWork, org.id, options.reason.as_deref())?;
    Ok(org)
}

/// A title of a goal, trimmed: required, at most [`TITLE_MAX`] characters.
pub(crate) fn title(value: &str) -> Result<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Error::invalid("--title", value, "must not be empty (E1)"));
    }
    if v.chars().count() > TITLE_MAX {
        return Err(Error::invalid(
            "--title",
            &format!("{}…", v.chars().take(20).collect::<String>()),
            format!("is longer than {TITLE_MAX} characters"),
        ));
    }
    Ok(v.to_string())
}

/// The longest goal title.
pub const TITLE_MAX: usize = 200;

/// A named code given for `field` (`--category`, `--term`, `--status`).
pub(crate) fn parsed<T: std::str::FromStr<Err = String>>(field: &str, value: &str) -> Result<T> {
    value
        .parse()
        .map_err(|why: String| Error::invalid(field, value, why))
}
