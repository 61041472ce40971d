//! `isets referral list [--pending] [--red-flag] [--overdue] [--provider P] [--customer
//! N]`: referrals within reach with their due moments (D2, F5, F8). A red flag is a
//! referral pending past its 48 business hours, an overdue one pending past its own
//! deadline; both are comparisons of the moments stored at sending, served by indexes.
//! The same rows, read one at a time, are what `referral show` and `respond` start from.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::customers::reach::{self, OrganizationNames};
use crate::db::{Arg, Tx};
use crate::error::{Error, Result};
use crate::output::{Tabular, opt, time};
use crate::permissions::Action;
use crate::session::Session;

use super::{Kind, Status};

/// A referral as its readers see it: the current version (F3) with its deadlines (F5).
#[derive(Debug, Clone, Serialize)]
pub struct Referral {
    pub id: i64,
    /// The customer's individual number.
    pub customer: String,
    pub name: String,
    pub kind: Kind,
    pub from: String,
    pub to: String,
    pub program: Option<i64>,
    pub status: Status,
    /// The current version: `1.2` is referral 1's second (F3).
    pub version: String,
    pub sent_at: DateTime<Utc>,
    pub sent_by: String,
    pub due_at: DateTime<Utc>,
    pub red_flag_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// D2: pending 48 business hours after it was sent.
    pub red_flag: bool,
    /// F5: pending past its own deadline.
    pub overdue: bool,
    pub consent_attested: Option<bool>,
    pub assessment_on: Option<NaiveDate>,
    pub receives_snap: Option<bool>,
    pub eligible: Option<bool>,
    pub appointment: Option<i64>,
    pub note: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answered_by: Option<String>,
    pub reason: Option<String>,
    #[serde(skip)]
    pub(crate) from_organization_id: Option<i64>,
    #[serde(skip)]
    pub(crate) to_organization_id: Option<i64>,
    #[serde(skip)]
    pub(crate) to_location_id: Option<i64>,
}

impl Referral {
    /// The flags of the moment `now`.
    fn flag(&self) -> &'static str {
        match (self.overdue, self.red_flag) {
            (true, _) => "overdue",
            (false, true) => "red flag",
            _ => "",
        }
    }

    /// The columns of a customer's Overview, where the customer goes without saying.
    pub fn overview_headers() -> Vec<&'static str> {
        vec![
            "id", "kind", "from", "to", "program", "status", "version", "sent_at", "due_at", "flag",
        ]
    }

    pub fn overview_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.kind.to_string(),
            self.from.clone(),
            self.to.clone(),
            opt(&self.program),
            self.status.to_string(),
            self.version.clone(),
            time(&self.sent_at),
            time(&self.due_at),
            self.flag().to_string(),
        ]
    }
}

impl Tabular for Referral {
    fn headers() -> Vec<&'static str> {
        vec![
            "id", "customer", "name", "kind", "from", "to", "status", "version", "sent_at",
            "due_at", "flag",
        ]
    }
    fn fields() -> Vec<&'static str> {
        vec![
            "id",
            "customer",
            "name",
            "kind",
            "from",
            "to",
            "program",
            "status",
            "version",
            "sent_at",
            "sent_by",
            "due_at",
            "red_flag_at",
            "expires_at",
            "red_flag",
            "overdue",
            "consent_attested",
            "assessment_on",
            "receives_snap",
            "eligible",
            "appointment",
            "note",
            "answered_at",
            "answered_by",
            "reason",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.customer.clone(),
            self.name.clone(),
            self.kind.to_string(),
            self.from.clone(),
            self.to.clone(),
            self.status.to_string(),
            self.version.clone(),
            time(&self.sent_at),
            time(&self.due_at),
            self.flag().to_string(),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

/// A stored referral with the names it is shown with.
#[derive(sqlx::FromRow)]
pub(crate) struct Row {
    id: i64,
    individual_number: String,
    last_name: String,
    first_name: String,
    kind: String,
    from_organization_id: Option<i64>,
    from_name: Option<String>,
    to_organization_id: Option<i64>,
    to_name: Option<String>,
    program_id: Option<i64>,
    to_location_id: Option<i64>,
    status: String,
    version: i64,
    sent_at: DateTime<Utc>,
    sent_by: String,
    due_at: DateTime<Utc>,
    red_flag_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    consent_attested: Option<bool>,
    assessment_on: Option<NaiveDate>,
    receives_snap: Option<bool>,
    eligible: Option<bool>,
    appointment_id: Option<i64>,
    note: Option<String>,
    answered_at: Option<DateTime<Utc>>,
    answered_by: Option<String>,
    reason: Option<String>,
}

/// Which referrals to read.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub pending: bool,
    pub red_flag: bool,
    pub overdue: bool,
    /// A provider the referral was sent to or by.
    pub provider: Option<String>,
    /// The customer's individual number.
    pub customer: Option<String>,
}

/// The statement for both databases but for how a list is bound, with one more
/// condition (`$entry`) that the filter given implies: each optional filter is written
/// `(NOT $n OR …)` so one text serves every combination, and SQLite plans such a
/// disjunction as a scan of every referral; the condition repeated on its own lets the
/// filter's index (or the primary key) find the rows instead. Results are the same.
/// `$order` is `+r.id` where SQLite should read an index and sort what it finds: with
/// `r.id` it may prefer the table's own order to skip the sort, and scan it whole.
macro_rules! referral_query {
    ($in_locations:literal, $entry:literal, $order:literal) => {
        concat!(
            "SELECT r.id, c.individual_number, c.last_name, c.first_name, r.kind, \
             r.from_organization_id, fo.name AS from_name, r.to_organization_id, tor.name AS to_name, \
             r.program_id, r.to_location_id, r.status, r.version, r.sent_at, r.sent_by, r.due_at, \
             r.red_flag_at, r.expires_at, r.consent_attested, r.assessment_on, r.receives_snap, \
             r.eligible, r.appointment_id, r.note, r.answered_at, r.answered_by, r.reason \
             FROM referrals r JOIN customers c ON c.id = r.customer_id \
             LEFT JOIN organizations fo ON fo.id = r.from_organization_id \
             LEFT JOIN organizations tor ON tor.id = r.to_organization_id \
             WHERE ($1 OR r.to_location_id ",
            $in_locations,
            " OR r.from_location_id ",
            $in_locations,
            ") \
             AND (CAST($3 AS BIGINT) IS NULL OR r.id = $3) \
             AND (CAST($4 AS BIGINT) IS NULL OR r.customer_id = $4) \
             AND (CAST($5 AS BIGINT) IS NULL OR r.to_organization_id = $5 OR r.from_organization_id = $5) \
             AND (NOT $6 OR r.status = 'pending') \
             AND (NOT $7 OR (r.status = 'pending' AND r.red_flag_at <= $9)) \
             AND (NOT $8 OR (r.status = 'pending' AND r.due_at <= $9)) ",
            $entry,
            " ORDER BY ",
            $order
        )
    };
}

/// Where a reading starts: the most selective filter given, by its index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// The primary key.
    Id,
    /// `referrals_customer_idx`.
    Customer,
    /// `referrals_due_idx` (status, due_at).
    Overdue,
    /// `referrals_red_flag_idx` (status, red_flag_at).
    RedFlag,
    /// The status, first in either index above.
    Pending,
    /// `referrals_to_org_idx` or `referrals_from_org_idx`.
    Provider,
    /// Every referral (within reach).
    All,
}

impl Entry {
    fn of(
        id: Option<i64>,
        customer_id: Option<i64>,
        provider_id: Option<i64>,
        filter: &Filter,
    ) -> Entry {
        if id.is_some() {
            Entry::Id
        } else if customer_id.is_some() {
            Entry::Customer
        } else if filter.overdue {
            Entry::Overdue
        } else if filter.red_flag {
            Entry::RedFlag
        } else if filter.pending {
            Entry::Pending
        } else if provider_id.is_some() {
            Entry::Provider
        } else {
            Entry::All
        }
    }

    fn statement(self) -> &'static crate::db::Sql {
        match self {
            Entry::Id => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "AND r.id = $3", "r.id"),
                postgres: referral_query!("= ANY($2)", "AND r.id = $3", "r.id"),
            ),
            Entry::Customer => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "AND r.customer_id = $4", "r.id"),
                postgres: referral_query!("= ANY($2)", "AND r.customer_id = $4", "r.id"),
            ),
            Entry::Overdue => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "AND r.status = 'pending' AND r.due_at <= $9", "+r.id"),
                postgres: referral_query!("= ANY($2)", "AND r.status = 'pending' AND r.due_at <= $9", "r.id"),
            ),
            Entry::RedFlag => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "AND r.status = 'pending' AND r.red_flag_at <= $9", "+r.id"),
                postgres: referral_query!("= ANY($2)", "AND r.status = 'pending' AND r.red_flag_at <= $9", "r.id"),
            ),
            Entry::Pending => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "AND r.status = 'pending'", "+r.id"),
                postgres: referral_query!("= ANY($2)", "AND r.status = 'pending'", "r.id"),
            ),
            Entry::Provider => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "AND (r.to_organization_id = $5 OR r.from_organization_id = $5)", "+r.id"),
                postgres: referral_query!("= ANY($2)", "AND (r.to_organization_id = $5 OR r.from_organization_id = $5)", "r.id"),
            ),
            Entry::All => crate::sql!(
                sqlite: referral_query!("IN (SELECT value FROM json_each($2))", "", "r.id"),
                postgres: referral_query!("= ANY($2)", "", "r.id"),
            ),
        }
    }
}

/// The referrals within the operator's reach (read as `Reports`, D2) that `filter`
/// names, as of `now`; `id` narrows to one.
pub(crate) async fn rows(
    session: &Session,
    tx: &mut Tx,
    id: Option<i64>,
    customer_id: Option<i64>,
    provider_id: Option<i64>,
    filter: &Filter,
    now: DateTime<Utc>,
) -> Result<Vec<Referral>> {
    let permit = session.permit(Action::Reports)?;
    let reach = reach::of(session, tx, &permit).await?;
    let [s, l, _] = reach.args();
    let rows: Vec<Row> = tx
        .fetch_all(
            Entry::of(id, customer_id, provider_id, filter).statement(),
            vec![
                s,
                l,
                Arg::Int(id),
                Arg::Int(customer_id),
                Arg::Int(provider_id),
                Arg::Bool(Some(filter.pending)),
                Arg::Bool(Some(filter.red_flag)),
                Arg::Bool(Some(filter.overdue)),
                Arg::Time(Some(now)),
            ],
        )
        .await?;
    let names = OrganizationNames::of(session);
    rows.into_iter().map(|r| shown(r, &names, now)).collect()
}

fn shown(r: Row, names: &OrganizationNames, now: DateTime<Utc>) -> Result<Referral> {
    let side = |id: Option<i64>, name: Option<String>| match id {
        None => crate::orgs::IDHS.to_string(),
        Some(id) => names.shown(id, name.as_deref().unwrap_or_default()),
    };
    let status = Status::from_code(&r.status)?;
    let pending = status == Status::Pending;
    Ok(Referral {
        id: r.id,
        customer: r.individual_number,
        name: format!("{}, {}", r.last_name, r.first_name),
        kind: Kind::from_code(&r.kind)?,
        from: side(r.from_organization_id, r.from_name),
        to: side(r.to_organization_id, r.to_name),
        program: r.program_id,
        status,
        version: format!("{}.{}", r.id, r.version),
        sent_at: r.sent_at,
        sent_by: r.sent_by,
        due_at: r.due_at,
        red_flag_at: r.red_flag_at,
        expires_at: r.expires_at,
        red_flag: pending && r.red_flag_at <= now,
        overdue: pending && r.due_at <= now,
        consent_attested: r.consent_attested,
        assessment_on: r.assessment_on,
        receives_snap: r.receives_snap,
        eligible: r.eligible,
        appointment: r.appointment_id,
        note: r.note,
        answered_at: r.answered_at,
        answered_by: r.answered_by,
        reason: r.reason,
        from_organization_id: r.from_organization_id,
        to_organization_id: r.to_organization_id,
        to_location_id: r.to_location_id,
    })
}

/// One referral within reach; one outside it reads as absent.
pub(crate) async fn one(session: &Session, tx: &mut Tx, id: i64) -> Result<Referral> {
    let now = session.now();
    rows(session, tx, Some(id), None, None, &Filter::default(), now)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| Error::NotFound(format!("referral {id} not found")))
}

/// A customer's referrals within reach, for the Overview (`customer show`).
pub(crate) async fn of_customer(
    session: &Session,
    tx: &mut Tx,
    customer_id: i64,
) -> Result<Vec<Referral>> {
    let now = session.now();
    rows(
        session,
        tx,
        None,
        Some(customer_id),
        None,
        &Filter::default(),
        now,
    )
    .await
}

/// `isets referral list`.
pub async fn list(session: &Session, filter: &Filter) -> Result<Vec<Referral>> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let customer = match &filter.customer {
        Some(number) => Some(reach::find(session, &mut tx, &permit, number).await?),
        None => None,
    };
    let provider = match &filter.provider {
        Some(name) => {
            let not_found = || Error::NotFound(format!("provider {:?} not found", name.trim()));
            let org = crate::orgs::find(&mut tx, name)
                .await
                .map_err(|_| not_found())?;
            if !org.is_provider() || !permit.covers(org.id) {
                return Err(not_found());
            }
            Some(org.id)
        }
        None => None,
    };
    let now = session.now();
    rows(session, &mut tx, None, customer, provider, filter, now).await
}

/// "yes", "no" or "" for a yes/no answer.
pub fn yes_no(v: Option<bool>) -> String {
    opt(&v.map(|b| if b { "yes" } else { "no" }))
}
