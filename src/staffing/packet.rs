//! `isets staffing show` and `isets staffing list`: a staffing's packet (B2), its
//! customers' lines, its due dates and whether each part is late (B1), and its history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::customers::Line;
use super::flow::Named;
use super::{Row, State, Target};
use crate::args;
use crate::error::Result;
use crate::output::{Section, Tabular, opt};
use crate::permissions::Action;
use crate::session::Session;
use crate::settings::Settings;
use crate::values::Month;

/// B1: when each part of a month's staffing is due, and whether it is late.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub provider_part: NaiveDate,
    pub provider_late: bool,
    pub manager_part: NaiveDate,
    pub manager_late: bool,
    pub pptt: NaiveDate,
}

/// A part is late when it was done after its day, or is still not done after it.
pub(super) fn late(done: Option<DateTime<Utc>>, due: NaiveDate, today: NaiveDate) -> bool {
    match done {
        Some(at) => crate::clock::illinois_date(at) > due,
        None => today > due,
    }
}

fn due(settings: &Settings, month: Month, row: Option<&Row>, today: NaiveDate) -> Due {
    let provider_part = month.day_of_next(settings.provider_due_day);
    let manager_part = month.day_of_next(settings.manager_due_day);
    Due {
        provider_part,
        provider_late: late(row.and_then(|r| r.submitted_at), provider_part, today),
        manager_part,
        manager_late: late(row.and_then(|r| r.approved_at), manager_part, today),
        pptt: month.day_of_next(settings.pptt_due_day),
    }
}

/// One item of the packet (B2): a report to review, or a document the program adds.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub item: String,
    /// How to see it: the report command, or how to add the document.
    pub how: String,
    /// For documents: the file attached, if any.
    pub attached: Option<String>,
}

/// A step of the staffing's history.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Event {
    pub event: String,
    pub message: Option<String>,
    pub done_by: String,
    pub done_at: DateTime<Utc>,
}

/// `isets staffing show`.
#[derive(Debug, Serialize)]
pub struct Packet {
    pub staffing: Option<i64>,
    pub provider: String,
    pub program: i64,
    pub program_type: String,
    pub month: String,
    pub state: State,
    pub due: Due,
    pub submitted_by: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
    pub billing_submitted_by: Option<String>,
    pub billing_submitted_at: Option<DateTime<Utc>>,
    pub billed_by: Option<String>,
    pub billed_at: Option<DateTime<Utc>>,
    pub packet: Vec<Item>,
    pub customers: Vec<Line>,
    pub history: Vec<Event>,
}

/// B2: the documents a program adds to its packet, by program type and month: Earnfare
/// the monthly Administrative Expenses Certification, SNAP to Success the monthly
/// Financial Report, and every program the quarterly Interest Report and Periodic
/// Performance Report in the last month of a quarter of the state fiscal year.
pub fn document_kinds(program_type: &str, month: Month) -> Vec<super::documents::Kind> {
    use super::documents::Kind;
    use chrono::Datelike;
    let mut kinds = Vec::new();
    match program_type {
        "earnfare" => kinds.push(Kind::AdminExpensesCertification),
        "snap-to-success" => kinds.push(Kind::FinancialReport),
        _ => {}
    }
    if month.first().month().is_multiple_of(3) {
        kinds.push(Kind::InterestReport);
        kinds.push(Kind::PeriodicPerformanceReport);
    }
    kinds
}

fn items(target: &Target, attached: &[(String, String)]) -> Vec<Item> {
    let args = format!(
        "--provider {:?} --program {} --month {}",
        target.org.name, target.program_id, target.month
    );
    let report = |item: &str, name: &str| Item {
        item: item.to_string(),
        how: format!("isets report {name} {args}"),
        attached: None,
    };
    let mut items = vec![
        report("Employment Report", "employment"),
        report("Supportive Services Summary", "support-services"),
        report("4333 roster", "4333"),
    ];
    if target.program_type == "earnfare" {
        items.push(report(
            "Earnfare Referral and Attendance Summary (2606)",
            "earnfare-2606",
        ));
    }
    for kind in document_kinds(&target.program_type, target.month) {
        items.push(Item {
            item: kind.shown().to_string(),
            how: format!("isets staffing attach {args} --kind {} FILE", kind.code()),
            attached: attached
                .iter()
                .filter(|(k, _)| k == kind.code())
                .map(|(_, f)| f.clone())
                .next_back(),
        });
    }
    items
}

/// `isets staffing show --provider … --program … --month …` (Reports: every role within
/// its reach).
pub async fn show(session: &Session, named: Named<'_>) -> Result<Packet> {
    let permit = session.permit(Action::Reports)?;
    let mut tx = session.read().await?;
    let target =
        super::target(&mut tx, &permit, named.provider, named.program, named.month).await?;
    let row = super::load(&mut tx, &target).await?;
    let settings = Settings::load(&mut tx).await?;
    let today = crate::clock::illinois_date(crate::clock::now());
    let (customers, history, attached) = match &row {
        Some(r) => {
            let history: Vec<Event> = tx
                .fetch_all(
                    crate::sql!(
                        "SELECT event, message, done_by, done_at FROM staffing_events \
                         WHERE staffing_id = $1 ORDER BY id"
                    ),
                    args![r.id],
                )
                .await?;
            let attached: Vec<(String, String)> = tx
                .fetch_all(
                    crate::sql!(
                        "SELECT kind, file_name FROM staffing_documents WHERE staffing_id = $1 ORDER BY id"
                    ),
                    args![r.id],
                )
                .await?;
            (
                super::customers::lines(&mut tx, &target, r.id).await?,
                history,
                attached,
            )
        }
        None => (
            super::customers::lines(&mut tx, &target, 0).await?,
            Vec::new(),
            Vec::new(),
        ),
    };
    Ok(Packet {
        staffing: row.as_ref().map(|r| r.id),
        provider: target.org.name.clone(),
        program: target.program_id,
        program_type: target.program_type.clone(),
        month: target.month.to_string(),
        state: match &row {
            Some(r) => r.state()?,
            None => State::Open,
        },
        due: due(&settings, target.month, row.as_ref(), today),
        submitted_by: row.as_ref().and_then(|r| r.submitted_by.clone()),
        submitted_at: row.as_ref().and_then(|r| r.submitted_at),
        approved_by: row.as_ref().and_then(|r| r.approved_by.clone()),
        approved_at: row.as_ref().and_then(|r| r.approved_at),
        billing_submitted_by: row.as_ref().and_then(|r| r.billing_submitted_by.clone()),
        billing_submitted_at: row.as_ref().and_then(|r| r.billing_submitted_at),
        billed_by: row.as_ref().and_then(|r| r.billed_by.clone()),
        billed_at: row.as_ref().and_then(|r| r.billed_at),
        packet: items(&target, &attached),
        customers,
        history,
    })
}

fn yes_no(value: Option<bool>) -> String {
    match value {
        Some(true) => "Yes".into(),
        Some(false) => "No".into(),
        None => String::new(),
    }
}

fn when(by: &Option<String>, at: &Option<DateTime<Utc>>) -> String {
    match (by, at) {
        (Some(by), Some(at)) => format!("{by}, {}", crate::output::time(at)),
        _ => String::new(),
    }
}

impl Packet {
    /// The staffing, its packet, its customers and its history, as `staffing show` prints
    /// them.
    pub fn sections(&self) -> Vec<Section> {
        let row = |k: &str, v: String| vec![k.to_string(), v];
        let late = |l: bool| if l { " (late)" } else { "" };
        let summary = vec![
            row("staffing", opt(&self.staffing)),
            row("provider", self.provider.clone()),
            row(
                "program",
                format!("{} ({})", self.program, self.program_type),
            ),
            row("month", self.month.clone()),
            row("state", self.state.shown().to_string()),
            row(
                "provider part due",
                format!("{}{}", self.due.provider_part, late(self.due.provider_late)),
            ),
            row(
                "manager part due",
                format!("{}{}", self.due.manager_part, late(self.due.manager_late)),
            ),
            row("PPTT due", self.due.pptt.to_string()),
            row("submitted", when(&self.submitted_by, &self.submitted_at)),
            row("approved", when(&self.approved_by, &self.approved_at)),
            row(
                "billing submitted",
                when(&self.billing_submitted_by, &self.billing_submitted_at),
            ),
            row("billed", when(&self.billed_by, &self.billed_at)),
        ];
        let packet = self
            .packet
            .iter()
            .map(|i| {
                vec![
                    i.item.clone(),
                    i.how.clone(),
                    match (&i.attached, i.how.contains(" attach ")) {
                        (Some(file), _) => file.clone(),
                        (None, true) => "missing".into(),
                        (None, false) => String::new(),
                    },
                ]
            })
            .collect();
        let customers = self
            .customers
            .iter()
            .map(|l| {
                vec![
                    l.individual_number.clone(),
                    l.name.clone(),
                    l.status.shown().to_string(),
                    l.activities.join(", "),
                    l.progress
                        .map(|p| p.shown().to_string())
                        .unwrap_or_default(),
                    yes_no(l.full_staffing),
                    opt(&l.note),
                    yes_no(l.eligible),
                    if l.complete() { "yes" } else { "no" }.into(),
                ]
            })
            .collect();
        let history = self
            .history
            .iter()
            .map(|e| {
                vec![
                    e.event.clone(),
                    e.done_by.clone(),
                    crate::output::time(&e.done_at),
                    opt(&e.message),
                ]
            })
            .collect();
        vec![
            Section {
                title: None,
                headers: vec!["field", "value"],
                rows: summary,
            },
            Section {
                title: Some("Staffing packet (B2)".into()),
                headers: vec!["item", "how", "attached"],
                rows: packet,
            },
            Section {
                title: Some(format!("Customers ({})", self.customers.len())),
                headers: vec![
                    "individual_number",
                    "name",
                    "status",
                    "activities",
                    "progress",
                    "full_staffing_4334",
                    "case_note",
                    "idhs_verification",
                    "complete",
                ],
                rows: customers,
            },
            Section {
                title: Some("History".into()),
                headers: vec!["event", "by", "at", "message"],
                rows: history,
            },
        ]
    }
}

/// A staffing as `staffing list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    pub id: i64,
    pub provider: String,
    pub program: i64,
    pub month: String,
    pub state: State,
    pub submitted_at: Option<DateTime<Utc>>,
    pub approved_at: Option<DateTime<Utc>>,
    pub billed_at: Option<DateTime<Utc>>,
    pub provider_late: bool,
    pub manager_late: bool,
}

impl Tabular for Listed {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "provider",
            "program",
            "month",
            "state",
            "submitted_at",
            "approved_at",
            "billed_at",
            "provider_late",
            "manager_late",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let t = |v: &Option<DateTime<Utc>>| v.as_ref().map(crate::output::time).unwrap_or_default();
        let yes = |b: bool| if b { "yes" } else { "" }.to_string();
        vec![
            self.id.to_string(),
            self.provider.clone(),
            self.program.to_string(),
            self.month.clone(),
            self.state.code().to_string(),
            t(&self.submitted_at),
            t(&self.approved_at),
            t(&self.billed_at),
            yes(self.provider_late),
            yes(self.manager_late),
        ]
    }
    fn key(&self) -> String {
        self.id.to_string()
    }
}

#[derive(sqlx::FromRow)]
struct ListedRow {
    provider: String,
    #[sqlx(flatten)]
    row: Row,
}

/// `isets staffing list [--provider …] [--month …]`: the staffings opened in the
/// operator's reach, newest month first, with whether each part is late (B1).
pub async fn list(
    session: &Session,
    provider: Option<&str>,
    month: Option<&str>,
) -> Result<Vec<Listed>> {
    let permit = session.permit(Action::Reports)?;
    let month = month.map(|m| Month::parse("--month", m)).transpose()?;
    let mut tx = session.read().await?;
    let org = match provider {
        Some(name) => {
            let not_found =
                || crate::Error::NotFound(format!("provider {:?} not found", name.trim()));
            let org = crate::providers::find(&mut tx, name)
                .await
                .map_err(|_| not_found())?;
            if !permit.covers(org.id) {
                return Err(not_found());
            }
            Some(org.id)
        }
        None => None,
    };
    let staffings: Vec<ListedRow> = tx
        .fetch_all(
            crate::sql!(
                "SELECT o.name AS provider, s.id, s.organization_id, s.program_id, s.month, s.state, \
                 s.submitted_by, s.submitted_at, s.approved_by, s.approved_at, s.billing_submitted_by, \
                 s.billing_submitted_at, s.billed_by, s.billed_at FROM staffings s \
                 JOIN organizations o ON o.id = s.organization_id \
                 ORDER BY s.month DESC, s.organization_id, s.program_id"
            ),
            args![],
        )
        .await?;
    let settings = Settings::load(&mut tx).await?;
    let today = crate::clock::illinois_date(crate::clock::now());
    staffings
        .into_iter()
        .map(|l| (l.provider, l.row))
        .filter(|(_, r)| permit.covers(r.organization_id))
        .filter(|(_, r)| org.is_none_or(|o| o == r.organization_id))
        .filter(|(_, r)| month.is_none_or(|m| m.first() == r.month))
        .map(|(provider, r)| {
            let due = due(&settings, Month::containing(r.month), Some(&r), today);
            Ok(Listed {
                id: r.id,
                provider,
                program: r.program_id,
                month: Month::containing(r.month).to_string(),
                state: r.state()?,
                submitted_at: r.submitted_at,
                approved_at: r.approved_at,
                billed_at: r.billed_at,
                provider_late: due.provider_late,
                manager_late: due.manager_late,
            })
        })
        .collect()
}
