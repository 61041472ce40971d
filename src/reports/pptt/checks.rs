//! The audit's rules, pure and tested in process: the PPTT compared with ISETS both ways
//! (B7), and the checks of B9 on each customer ISETS has enrolled in the month.
//!
//! **Assumption** (002, "Ensuring Partner Data is Accurate", step 5): a customer needs
//! "at least one SNAP E&T Activity (other than Job Retention) with an Open/Started
//! status", and one who "completed Activities and Employment entered for >20
//! hours/week" must be in Job Retention. Read together with E3 (Job Retention may be
//! the only SNAP E&T activity still open once the others are closed), a customer whose
//! Job Retention is open and who completed a SNAP E&T activity passes the first check;
//! the second then applies. More than 20 hours reads as 20 or more, as M2 resolves it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::isets::Customer;
use super::sheet::{Cell, Field, Pptt, PpttRow, Problem};
use crate::assessments::state::{due_on, is_current};
use crate::employment::rules::RETENTION_HOURS;
use crate::et_status::EtStatus;
use crate::plans::rules::hours_shown;
use crate::values::Month;

/// What a finding is about, in the order findings of one customer are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Check {
    /// A row whose individual number cannot be read, or one listed twice (B7, I1).
    IndividualNumber,
    /// A month cell that cannot be read (B7).
    Month,
    /// In the PPTT and not enrolled with the provider in ISETS during the month (B7, B9).
    InIsets,
    /// Enrolled in ISETS during the month and not in the PPTT (B7).
    InPptt,
    Name,
    CaseNumber,
    ReferralDate,
    StartDate,
    Activities,
    Status,
    /// B9: an accepted referral to the provider (N1).
    Referral,
    /// B9: an E&T status of a customer taking part: Active or Retention (T2).
    ActiveStatus,
    /// B9: SNAP status Yes (I2).
    Eligible,
    /// B9: a redetermination date not past.
    Redetermination,
    /// B9: an assessment under 12 months old (A2).
    Assessment,
    /// B9: an open SNAP E&T activity other than Job Retention (E3).
    OpenActivity,
    /// B9: Job Retention when employed 20 hours a week or more (M2).
    JobRetention,
}

impl Check {
    /// The code the `check` column shows (stable for scripts).
    pub fn code(self) -> &'static str {
        match self {
            Check::IndividualNumber => "individual-number",
            Check::Month => "month",
            Check::InIsets => "in-isets",
            Check::InPptt => "in-pptt",
            Check::Name => "name",
            Check::CaseNumber => "case-number",
            Check::ReferralDate => "referral-date",
            Check::StartDate => "start-date",
            Check::Activities => "activities",
            Check::Status => "status",
            Check::Referral => "referral",
            Check::ActiveStatus => "active-status",
            Check::Eligible => "eligible",
            Check::Redetermination => "redetermination",
            Check::Assessment => "assessment",
            Check::OpenActivity => "open-activity",
            Check::JobRetention => "job-retention",
        }
    }

    /// The rules the finding rests on.
    pub fn rule(self) -> &'static str {
        match self {
            Check::IndividualNumber => "B7, I1",
            Check::InIsets => "B7, B9",
            Check::Referral => "B9, N1",
            Check::ActiveStatus => "B9, T2",
            Check::Eligible => "B9, I2",
            Check::Redetermination => "B9",
            Check::Assessment => "B9, A2",
            Check::OpenActivity => "B9, E3",
            Check::JobRetention => "B9, M2",
            _ => "B7",
        }
    }

    /// The PPTT's column a check compares, for findings about its cells.
    fn field(self) -> Option<Field> {
        match self {
            Check::ReferralDate => Some(Field::ReferralDate),
            Check::StartDate => Some(Field::StartDate),
            Check::Activities => Some(Field::Activities),
            Check::Status => Some(Field::Status),
            Check::Month => Some(Field::Month),
            _ => None,
        }
    }
}

/// One finding: a customer, what was checked, what each side holds, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    /// The PPTT row, when the PPTT lists the customer.
    pub pptt_row: Option<u32>,
    pub check: Check,
    pub pptt: String,
    pub isets: String,
    pub finding: String,
}

/// One customer compared: on which side, on the 4333 roster, and how many findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub individual_number: String,
    pub last_name: String,
    pub first_name: String,
    pub pptt_row: Option<u32>,
    pub in_isets: bool,
    pub on_4333: bool,
    pub findings: i64,
}

/// What the checks are judged against.
#[derive(Debug, Clone)]
pub struct Basis<'a> {
    pub provider: &'a str,
    pub month: Month,
    /// The day of the B9 checks (the month's last, or today when earlier).
    pub as_of: NaiveDate,
}

/// The audit: every finding, sorted by customer name and check, and each customer
/// compared. `customers` are ISETS' side (the month's enrolled, by individual number);
/// `known` the PPTT's individual numbers that name a customer within reach.
pub fn audit(
    pptt: &Pptt,
    customers: &BTreeMap<String, Customer>,
    known: &BTreeSet<String>,
    basis: &Basis,
) -> (Vec<Finding>, Vec<Compared>) {
    let mut findings = Vec::new();
    let mut compared = Vec::new();
    for problem in &pptt.problems {
        findings.push(Finding {
            individual_number: problem.shown.clone(),
            last_name: problem.last_name.clone(),
            first_name: problem.first_name.clone(),
            pptt_row: Some(problem.row),
            check: Check::IndividualNumber,
            pptt: problem.shown.clone(),
            isets: String::new(),
            finding: match problem.problem {
                Problem::Missing => format!(
                    "the PPTT's {:?} cell is empty: the row cannot be compared with ISETS",
                    pptt.header(Field::IndividualNumber)
                ),
                Problem::NotANumber => format!(
                    "the PPTT's {:?} cell is not an individual number (nine digits, I1): \
                     the row cannot be compared with ISETS",
                    pptt.header(Field::IndividualNumber)
                ),
                Problem::Twice { first } => format!(
                    "the PPTT lists this individual number twice (rows {first} and {}): row {first} is compared",
                    problem.row
                ),
            },
        });
    }
    let mut listed = BTreeSet::new();
    for row in &pptt.rows {
        listed.insert(row.individual_number.as_str());
        let customer = customers.get(&row.individual_number);
        let before = findings.len();
        let mut found = Found {
            findings: &mut findings,
            row,
            customer,
        };
        found.month_cell(pptt);
        match customer {
            Some(c) => {
                found.compare(pptt, c, basis);
                found.b9(c, basis);
            }
            None => {
                found.bad_cells(pptt);
                found.not_in_isets(known.contains(&row.individual_number), basis);
            }
        }
        compared.push(Compared {
            individual_number: row.individual_number.clone(),
            last_name: customer.map_or(row.last_name.clone(), |c| c.last_name.clone()),
            first_name: customer.map_or(row.first_name.clone(), |c| c.first_name.clone()),
            pptt_row: Some(row.row),
            in_isets: customer.is_some(),
            on_4333: customer.is_some_and(|c| c.on_4333),
            findings: (findings.len() - before) as i64,
        });
    }
    for c in customers.values() {
        if listed.contains(c.individual_number.as_str()) {
            continue;
        }
        let before = findings.len();
        findings.push(finding_on(
            c,
            None,
            Check::InPptt,
            "",
            format!("enrolled {}", dates(&c.enrolled_on)),
            format!(
                "enrolled with {} during {}{} but not in the PPTT: add the customer to the PPTT, or correct ISETS",
                basis.provider,
                basis.month.name(),
                if c.on_4333 {
                    " and on its 4333 roster"
                } else {
                    ""
                }
            ),
        ));
        Found {
            findings: &mut findings,
            row: &PpttRow::absent(),
            customer: Some(c),
        }
        .b9(c, basis);
        compared.push(Compared {
            individual_number: c.individual_number.clone(),
            last_name: c.last_name.clone(),
            first_name: c.first_name.clone(),
            pptt_row: None,
            in_isets: true,
            on_4333: c.on_4333,
            findings: (findings.len() - before) as i64,
        });
    }
    let by_name = |last: &str, first: &str, number: &str| {
        (
            last.to_lowercase(),
            first.to_lowercase(),
            number.to_string(),
        )
    };
    findings.sort_by(|a, b| {
        (
            by_name(&a.last_name, &a.first_name, &a.individual_number),
            a.pptt_row,
            a.check,
        )
            .cmp(&(
                by_name(&b.last_name, &b.first_name, &b.individual_number),
                b.pptt_row,
                b.check,
            ))
    });
    compared.sort_by(|a, b| {
        by_name(&a.last_name, &a.first_name, &a.individual_number).cmp(&by_name(
            &b.last_name,
            &b.first_name,
            &b.individual_number,
        ))
    });
    (findings, compared)
}

impl PpttRow {
    /// The row of a customer the PPTT does not list: nothing in any cell.
    fn absent() -> PpttRow {
        PpttRow {
            row: 0,
            individual_number: String::new(),
            last_name: String::new(),
            first_name: String::new(),
            case_number: None,
            referral_date: Cell::Empty,
            start_date: Cell::Empty,
            activities: Cell::Empty,
            status: Cell::Empty,
            month: Cell::Empty,
        }
    }
}

fn finding_on(
    c: &Customer,
    row: Option<u32>,
    check: Check,
    pptt: impl Into<String>,
    isets: impl Into<String>,
    finding: String,
) -> Finding {
    Finding {
        individual_number: c.individual_number.clone(),
        last_name: c.last_name.clone(),
        first_name: c.first_name.clone(),
        pptt_row: row,
        check,
        pptt: pptt.into(),
        isets: isets.into(),
        finding,
    }
}

fn dates(days: &[NaiveDate]) -> String {
    days.iter()
        .map(NaiveDate::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the PPTT's cell holds, as a finding shows it.
fn shown<T>(cell: &Cell<T>, value: impl Fn(&T) -> String) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Value(v) => value(v),
        Cell::Bad { shown, .. } => shown.clone(),
    }
}

/// The findings of one customer, PPTT row and ISETS record.
struct Found<'a> {
    findings: &'a mut Vec<Finding>,
    row: &'a PpttRow,
    customer: Option<&'a Customer>,
}

impl Found<'_> {
    fn push(&mut self, check: Check, pptt: String, isets: String, finding: String) {
        let row = (self.row.row > 0).then_some(self.row.row);
        let (number, last, first) = match self.customer {
            Some(c) => (&c.individual_number, &c.last_name, &c.first_name),
            None => (
                &self.row.individual_number,
                &self.row.last_name,
                &self.row.first_name,
            ),
        };
        self.findings.push(Finding {
            individual_number: number.clone(),
            last_name: last.clone(),
            first_name: first.clone(),
            pptt_row: row,
            check,
            pptt,
            isets,
            finding,
        });
    }

    /// B7: a cell that cannot be read is a finding of its own, with what ISETS holds.
    fn bad(&mut self, pptt: &Pptt, check: Check, shown: &str, why: &str, isets: String) {
        let header = check.field().map_or("", |f| pptt.header(f));
        let finding = format!(
            "the PPTT's {header:?} cell {why}{}",
            if check == Check::Month {
                ": the row is compared as of the month audited"
            } else {
                ""
            }
        );
        self.push(check, shown.to_string(), isets, finding);
    }

    fn month_cell(&mut self, pptt: &Pptt) {
        if let Cell::Bad { shown, why } = &self.row.month {
            self.bad(pptt, Check::Month, shown, why, String::new());
        }
    }

    /// The cells that cannot be read of a row ISETS has no customer for.
    fn bad_cells(&mut self, pptt: &Pptt) {
        let row = self.row;
        let bad = [
            (Check::ReferralDate, bad_of(&row.referral_date)),
            (Check::StartDate, bad_of(&row.start_date)),
            (Check::Activities, bad_of(&row.activities)),
            (Check::Status, bad_of(&row.status)),
        ];
        for (check, cell) in bad {
            if let Some((shown, why)) = cell {
                self.bad(pptt, check, shown, why, String::new());
            }
        }
    }

    /// B7, B9: a customer of the PPTT that ISETS does not have enrolled in the month.
    fn not_in_isets(&mut self, known: bool, basis: &Basis) {
        let (isets, finding) = if known {
            (
                format!("not enrolled in {}", basis.month.name()),
                format!(
                    "in the PPTT but not enrolled with {} during {} in ISETS (B9: every customer is enrolled): \
                     enroll them in ISETS, or take them off the PPTT",
                    basis.provider,
                    basis.month.name()
                ),
            )
        } else {
            (
                "no such customer".to_string(),
                "in the PPTT but ISETS has no customer with this individual number: \
                 correct the number, or add the customer to ISETS"
                    .to_string(),
            )
        };
        self.push(Check::InIsets, self.row.name_shown(), isets, finding);
    }

    /// B7: the PPTT's columns against ISETS, for a customer on both sides.
    fn compare(&mut self, pptt: &Pptt, c: &Customer, basis: &Basis) {
        let row = self.row;
        let header = |field: Field| pptt.header(field).to_string();
        let isets_name = format!("{} {}", c.first_name, c.last_name);
        if row.name_words() != super::sheet::name_words(&isets_name) {
            self.push(
                Check::Name,
                row.name_shown(),
                isets_name,
                "the PPTT names the customer differently from ISETS (IES's name, I2)".into(),
            );
        }
        let pptt_case = row.case_number.clone().unwrap_or_default();
        let same_case = |a: &str, b: &str| {
            let key = |s: &str| s.split_whitespace().collect::<String>().to_uppercase();
            key(a) == key(b)
        };
        if !same_case(&pptt_case, &c.case_number) {
            self.push(
                Check::CaseNumber,
                pptt_case,
                c.case_number.clone(),
                "the case number differs from ISETS (it should always match IES, I2)".into(),
            );
        }
        // The referrals the PPTT's date is compared with: the accepted ones, or every
        // one with the provider when none is accepted yet.
        let accepted: Vec<NaiveDate> = c
            .referrals
            .iter()
            .filter(|r| r.accepted)
            .map(|r| r.sent_on)
            .collect();
        let referred = if accepted.is_empty() {
            c.referrals.iter().map(|r| r.sent_on).collect()
        } else {
            accepted
        };
        match &row.referral_date {
            Cell::Value(day) if !referred.is_empty() && !referred.contains(day) => self.push(
                Check::ReferralDate,
                day.to_string(),
                dates(&referred),
                format!(
                    "the referral date differs from the day ISETS has the referral to {} sent",
                    basis.provider
                ),
            ),
            Cell::Empty if !referred.is_empty() => self.push(
                Check::ReferralDate,
                String::new(),
                dates(&referred),
                format!("the PPTT's {:?} is empty", header(Field::ReferralDate)),
            ),
            Cell::Bad { shown, why } => {
                self.bad(pptt, Check::ReferralDate, shown, why, dates(&referred))
            }
            _ => {}
        }
        match &row.start_date {
            Cell::Value(day) if !c.enrolled_on.contains(day) => self.push(
                Check::StartDate,
                day.to_string(),
                dates(&c.enrolled_on),
                "the start date differs from the enrollment date in ISETS".into(),
            ),
            Cell::Empty => self.push(
                Check::StartDate,
                String::new(),
                dates(&c.enrolled_on),
                format!("the PPTT's {:?} is empty", header(Field::StartDate)),
            ),
            Cell::Bad { shown, why } => {
                self.bad(pptt, Check::StartDate, shown, why, dates(&c.enrolled_on))
            }
            _ => {}
        }
        let mut in_month: Vec<&str> = c
            .activities
            .iter()
            .filter(|a| a.in_month(basis.month))
            .map(|a| a.code.as_str())
            .collect();
        in_month.sort_unstable();
        in_month.dedup();
        let listed: Option<Vec<&str>> = match &row.activities {
            Cell::Value(codes) => Some(codes.clone()),
            Cell::Empty => Some(Vec::new()),
            Cell::Bad { shown, why } => {
                self.bad(pptt, Check::Activities, shown, why, in_month.join(", "));
                None
            }
        };
        if let Some(listed) = listed
            && listed != in_month
        {
            let missing: Vec<&str> = in_month
                .iter()
                .filter(|a| !listed.contains(a))
                .copied()
                .collect();
            let extra: Vec<&str> = listed
                .iter()
                .filter(|a| !in_month.contains(a))
                .copied()
                .collect();
            let mut why = Vec::new();
            if !extra.is_empty() {
                why.push(format!(
                    "ISETS has no {} of {} in {}",
                    extra.join(", "),
                    basis.provider,
                    basis.month.name()
                ));
            }
            if !missing.is_empty() {
                why.push(format!("the PPTT leaves out {}", missing.join(", ")));
            }
            self.push(
                Check::Activities,
                listed.join(", "),
                in_month.join(", "),
                format!(
                    "the activities differ from those open in ISETS during the month: {}",
                    why.join("; ")
                ),
            );
        }
        match &row.status {
            Cell::Value(status) if *status != c.status => self.push(
                Check::Status,
                status.to_string(),
                c.status.to_string(),
                format!(
                    "the E&T status differs from the one ISETS has on {}",
                    basis.as_of
                ),
            ),
            Cell::Empty => self.push(
                Check::Status,
                String::new(),
                c.status.to_string(),
                format!("the PPTT's {:?} is empty", header(Field::Status)),
            ),
            Cell::Bad { shown, why } => {
                self.bad(pptt, Check::Status, shown, why, c.status.to_string())
            }
            _ => {}
        }
    }

    /// B9: the checks every customer enrolled in the month is held to, on ISETS' data
    /// as of the as-of day.
    fn b9(&mut self, c: &Customer, basis: &Basis) {
        let row = self.row;
        let day = basis.as_of;
        if !c.referrals.iter().any(|r| r.accepted) {
            let isets = match c.referrals.last() {
                Some(r) => format!("referral {} {} (sent {})", r.id, r.status, r.sent_on),
                None => "none".into(),
            };
            self.push(
                Check::Referral,
                shown(&row.referral_date, NaiveDate::to_string),
                isets,
                format!(
                    "no referral to {} accepted by {day} (N1: enrollment rests on an accepted referral)",
                    basis.provider
                ),
            );
        }
        if !matches!(c.status, EtStatus::Active | EtStatus::Retention) {
            self.push(
                Check::ActiveStatus,
                shown(&row.status, EtStatus::to_string),
                c.status.to_string(),
                format!(
                    "the E&T status on {day} is not one of a customer taking part (Active or Retention)"
                ),
            );
        }
        if c.snap_status != "Y" {
            let status = match c.snap_status.as_str() {
                "N" => "No",
                "P" => "Pending Application",
                other => other,
            };
            self.push(
                Check::Eligible,
                String::new(),
                format!("SNAP status {status}"),
                format!(
                    "not eligible on {day}: the SNAP status from IES is {status} (I2): verify in IES, or exit the customer"
                ),
            );
        }
        match c.redetermination_date {
            None => self.push(
                Check::Redetermination,
                String::new(),
                "none".into(),
                "no redetermination date on file (it comes from IES, I2)".into(),
            ),
            Some(date) if date < day => self.push(
                Check::Redetermination,
                String::new(),
                date.to_string(),
                format!("the redetermination date is past on {day}: verify eligibility in IES"),
            ),
            _ => {}
        }
        match c.assessed_on {
            Some(done) if is_current(done, day) => {}
            Some(done) => self.push(
                Check::Assessment,
                String::new(),
                done.to_string(),
                format!(
                    "the newest assessment is 12 months old or more on {day} (overdue from {}): update it",
                    due_on(done)
                ),
            ),
            None => self.push(
                Check::Assessment,
                String::new(),
                "none".into(),
                format!("no assessment completed by {day}"),
            ),
        }
        let snap_et = |a: &&super::isets::Activity| a.snap_et;
        let open_other = c
            .activities
            .iter()
            .filter(snap_et)
            .any(|a| a.code != "JR" && a.open_on(day));
        let in_retention = c
            .activities
            .iter()
            .any(|a| a.code == "JR" && a.open_on(day));
        let completed = c
            .activities
            .iter()
            .filter(snap_et)
            .any(|a| a.completed_on.is_some_and(|d| d <= day));
        // E3 (the assumption above): Job Retention after a completed activity counts.
        let taking_part = open_other || (in_retention && completed);
        if !taking_part {
            let mut open: Vec<&str> = c
                .activities
                .iter()
                .filter(|a| a.open_on(day))
                .map(|a| a.code.as_str())
                .collect();
            open.sort_unstable();
            open.dedup();
            self.push(
                Check::OpenActivity,
                shown(&row.activities, |codes| codes.join(", ")),
                if open.is_empty() {
                    "none open".into()
                } else {
                    format!("open: {}", open.join(", "))
                },
                format!(
                    "no SNAP E&T activity other than Job Retention Started/Open with {} on {day} \
                     (nor Job Retention after a completed one, E3)",
                    basis.provider
                ),
            );
        }
        if let Some(hours) = c
            .jobs
            .iter()
            .copied()
            .filter(|h| *h >= RETENTION_HOURS)
            .max()
            && !in_retention
        {
            self.push(
                Check::JobRetention,
                shown(&row.activities, |codes| codes.join(", ")),
                format!("employed {} hours a week, no Job Retention", hours_shown(hours)),
                format!(
                    "employed 20 hours a week or more on {day} and not in Job Retention (M2): add Job Retention"
                ),
            );
        }
    }
}

fn bad_of<T>(cell: &Cell<T>) -> Option<(&String, &String)> {
    match cell {
        Cell::Bad { shown, why } => Some((shown, why)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::isets::{Activity, Referral};
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn basis() -> Basis<'static> {
        Basis {
            provider: "Acme Works",
            month: Month::parse("--month", "2026-01").expect("month"),
            as_of: day("2026-01-31"),
        }
    }

    fn activity(code: &str, started: &str, completed: Option<&str>) -> Activity {
        Activity {
            code: code.into(),
            snap_et: code != "E",
            started_on: day(started),
            completed_on: completed.map(day),
        }
    }

    /// A customer every B9 check passes.
    fn good() -> Customer {
        Customer {
            id: 1,
            individual_number: "100000001".into(),
            case_number: "C-1".into(),
            last_name: "Adams".into(),
            first_name: "Ann".into(),
            snap_status: "Y".into(),
            redetermination_date: Some(day("2026-06-30")),
            status: EtStatus::Active,
            assessed_on: Some(day("2025-11-15")),
            enrolled_on: vec![day("2025-12-05")],
            referrals: vec![Referral {
                id: 1,
                status: "accepted".into(),
                sent_on: day("2025-11-20"),
                accepted: true,
            }],
            activities: vec![activity("SJS", "2025-12-10", None)],
            jobs: Vec::new(),
            on_4333: true,
        }
    }

    fn row(c: &Customer) -> PpttRow {
        PpttRow {
            row: 2,
            individual_number: c.individual_number.clone(),
            last_name: c.last_name.clone(),
            first_name: c.first_name.clone(),
            case_number: Some(c.case_number.clone()),
            referral_date: Cell::Value(day("2025-11-20")),
            start_date: Cell::Value(day("2025-12-05")),
            activities: Cell::Value(vec!["SJS"]),
            status: Cell::Value(EtStatus::Active),
            month: Cell::Empty,
        }
    }

    fn pptt(rows: Vec<PpttRow>) -> Pptt {
        Pptt {
            sheet: None,
            headers: Vec::new(),
            rows,
            problems: Vec::new(),
            other_months: 0,
        }
    }

    fn checks_of(customer: Customer, row: Option<PpttRow>) -> Vec<&'static str> {
        let customers = BTreeMap::from([(customer.individual_number.clone(), customer)]);
        let (findings, _) = audit(
            &pptt(row.into_iter().collect()),
            &customers,
            &BTreeSet::new(),
            &basis(),
        );
        findings.iter().map(|f| f.check.code()).collect()
    }

    #[test]
    fn b7_b9_a_customer_alike_on_both_sides_and_in_order_has_no_finding() {
        let c = good();
        let r = row(&c);
        assert_eq!(checks_of(c, Some(r)), Vec::<&str>::new());
    }

    #[test]
    fn b7_each_column_that_differs_is_a_finding() {
        let c = good();
        let mut r = row(&c);
        r.first_name = "Anne".into();
        r.case_number = Some(" c-1 ".into());
        r.referral_date = Cell::Value(day("2025-11-21"));
        r.start_date = Cell::Empty;
        r.activities = Cell::Value(vec!["JST", "SJS"]);
        r.status = Cell::Value(EtStatus::Inactive);
        assert_eq!(
            checks_of(c, Some(r)),
            [
                "name",
                "referral-date",
                "start-date",
                "activities",
                "status"
            ]
        );
    }

    #[test]
    fn b7_names_match_in_either_order_and_case() {
        let c = good();
        let mut r = row(&c);
        r.last_name = "ANN".into();
        r.first_name = "adams".into();
        assert!(checks_of(c, Some(r)).is_empty());
    }

    #[test]
    fn b7_both_ways_missing_customers_are_findings() {
        let c = good();
        let mut stranger = row(&c);
        stranger.individual_number = "100000099".into();
        let customers = BTreeMap::from([(c.individual_number.clone(), c)]);
        let (findings, compared) = audit(
            &pptt(vec![stranger]),
            &customers,
            &BTreeSet::new(),
            &basis(),
        );
        let codes: Vec<(&str, &str)> = findings
            .iter()
            .map(|f| (f.individual_number.as_str(), f.check.code()))
            .collect();
        assert_eq!(codes, [("100000001", "in-pptt"), ("100000099", "in-isets")]);
        assert_eq!(findings[1].isets, "no such customer");
        assert_eq!(compared.len(), 2);
        let known = BTreeSet::from(["100000099".to_string()]);
        let mut stranger = row(&good());
        stranger.individual_number = "100000099".into();
        let (findings, _) = audit(&pptt(vec![stranger]), &BTreeMap::new(), &known, &basis());
        assert_eq!(findings[0].isets, "not enrolled in January 2026");
    }

    type Change = Box<dyn Fn(&mut Customer)>;

    #[test]
    fn b9_each_check_fails_on_its_own() {
        let cases: Vec<(&str, Change)> = vec![
            ("referral", Box::new(|c| c.referrals[0].accepted = false)),
            ("active-status", Box::new(|c| c.status = EtStatus::Inactive)),
            ("eligible", Box::new(|c| c.snap_status = "N".into())),
            (
                "redetermination",
                Box::new(|c| c.redetermination_date = Some(day("2026-01-30"))),
            ),
            (
                "redetermination",
                Box::new(|c| c.redetermination_date = None),
            ),
            (
                "assessment",
                Box::new(|c| c.assessed_on = Some(day("2025-01-31"))),
            ),
            ("assessment", Box::new(|c| c.assessed_on = None)),
            (
                "open-activity",
                Box::new(|c| {
                    c.activities = vec![activity("SJS", "2025-12-10", Some("2026-01-31"))]
                }),
            ),
            ("job-retention", Box::new(|c| c.jobs = vec![2000])),
        ];
        for (check, change) in cases {
            let mut c = good();
            change(&mut c);
            let r = row(&c);
            let found = checks_of(c, Some(r));
            assert!(found.contains(&check), "{check}: {found:?}");
            let b9: Vec<&&str> = found
                .iter()
                .filter(|f| !["referral-date", "status", "activities"].contains(f))
                .collect();
            assert_eq!(b9, [&check], "{check}: only its own finding: {found:?}");
        }
    }

    #[test]
    fn b9_e3_job_retention_after_a_completed_activity_is_an_open_activity() {
        let mut c = good();
        c.activities = vec![
            activity("SJS", "2025-12-10", Some("2026-01-09")),
            activity("JR", "2026-01-10", None),
        ];
        c.status = EtStatus::Retention;
        c.jobs = vec![3000];
        let mut r = row(&c);
        r.activities = Cell::Value(vec!["JR", "SJS"]);
        r.status = Cell::Value(EtStatus::Retention);
        assert!(checks_of(c.clone(), Some(r)).is_empty());
        // Job Retention alone, nothing completed: no activity of E3.
        c.activities = vec![activity("JR", "2026-01-10", None)];
        let mut r = row(&c);
        r.activities = Cell::Value(vec!["JR"]);
        r.status = Cell::Value(EtStatus::Retention);
        assert_eq!(checks_of(c, Some(r)), ["open-activity"]);
    }

    #[test]
    fn m2_fewer_than_20_hours_needs_no_job_retention() {
        let mut c = good();
        c.jobs = vec![1999];
        let r = row(&c);
        assert!(checks_of(c, Some(r)).is_empty());
    }
}
